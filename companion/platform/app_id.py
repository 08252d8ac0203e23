"""Companion's AppUserModelID on Windows: the name Windows files its notices under.

Windows 10/11 show a tray balloon as a toast and group it under the sending program's
AppUserModelID (AUMID). Without one, Windows guesses it from the executable (python.exe when
run from source), so notices may carry the wrong name and icon. Companion sets its own, once,
at start, before any window exists, and the installer gives the Start-menu shortcut the same
one (scripts/windows/installer.nsi), which is where Windows finds the name *Companion* and the
icon to show with it.

    APP_USER_MODEL_ID = "Companion.Companion"   (Company.Product, as Microsoft recommends;
                                                 never to change: Windows keys notification
                                                 settings and the shortcut match on it)

Both calls are shell32's, through ctypes: `SetCurrentProcessExplicitAppUserModelID` and, to
read it back (tests, the log), `GetCurrentProcessExplicitAppUserModelID`, whose string is freed
with ole32's `CoTaskMemFree`. Anywhere else they do nothing; they never raise.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

APP_USER_MODEL_ID = "Companion.Companion"
ON_WINDOWS = sys.platform == "win32"  # a plain bool: no code here is unreachable for mypy


def _shell32() -> Any:
    if sys.platform == "win32":
        shell32 = ctypes.WinDLL("shell32")
        shell32.SetCurrentProcessExplicitAppUserModelID.argtypes = (ctypes.c_wchar_p,)
        shell32.SetCurrentProcessExplicitAppUserModelID.restype = ctypes.c_long  # HRESULT
        shell32.GetCurrentProcessExplicitAppUserModelID.argtypes = (
            ctypes.POINTER(ctypes.c_wchar_p),
        )
        shell32.GetCurrentProcessExplicitAppUserModelID.restype = ctypes.c_long
        return shell32
    raise OSError("shell32 exists on Windows only")


def _ole32() -> Any:
    if sys.platform == "win32":
        ole32 = ctypes.WinDLL("ole32")
        ole32.CoTaskMemFree.argtypes = (ctypes.c_void_p,)
        ole32.CoTaskMemFree.restype = None
        return ole32
    raise OSError("ole32 exists on Windows only")


def set_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Give this process Companion's AppUserModelID (Windows only); whether it took."""
    if not ON_WINDOWS:
        return False
    try:
        result = int(_shell32().SetCurrentProcessExplicitAppUserModelID(app_id))
    except Exception:
        log.warning("AppUserModelID: could not be set", exc_info=True)
        return False
    if result != 0:
        log.warning("AppUserModelID: SetCurrentProcessExplicitAppUserModelID said %#x", result)
        return False
    log.info("AppUserModelID: %s", app_id)
    return True


def current_app_user_model_id() -> str | None:
    """This process's explicit AppUserModelID (Windows only); None when it has none."""
    if not ON_WINDOWS:
        return None
    try:
        shell32 = _shell32()
        found = ctypes.c_wchar_p()
        result = int(shell32.GetCurrentProcessExplicitAppUserModelID(ctypes.byref(found)))
    except Exception:
        log.warning("AppUserModelID: could not be read", exc_info=True)
        return None
    if result != 0:
        return None
    try:
        return found.value
    finally:
        _ole32().CoTaskMemFree(ctypes.cast(found, ctypes.c_void_p))
