"""Loaded by the Windows Python of the test harness at every start (tests/windows/harness.py
copies it into that Python's site-packages). On real Windows it does nothing; under Wine it works
round what Wine 8 lacks, so that Companion's own code runs unchanged:

- (`_wmi`, which reaches an unimplemented Wine function, is kept from loading by the harness's
  WINEDLLOVERRIDES, so that the same holds for the PyInstaller bundle, which has no
  sitecustomize.)
- `_winapi.CopyFile2` is unimplemented: removed, so shutil copies with its portable code.
- Wine does not hand `QT_*` variables to a Windows program: the harness passes them in
  `COMPANION_WINE_ENV` (`NAME=value` pairs separated by newlines), set here before Qt loads.
"""

import os
import sys


def _under_wine() -> bool:
    try:
        import ctypes

        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except (OSError, AttributeError):
        return False


if sys.platform == "win32" and _under_wine():
    import _winapi

    if hasattr(_winapi, "CopyFile2"):
        del _winapi.CopyFile2
    for _line in os.environ.pop("COMPANION_WINE_ENV", "").splitlines():
        _name, _, _value = _line.partition("=")
        if _name:
            os.environ[_name] = _value
