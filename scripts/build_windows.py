"""Build Companion for Windows: the one-folder bundle (build.spec) and its per-user installer.

    .venv/bin/python scripts/build_windows.py [--out DIR]

On Linux the bundle is built by the Windows CPython of the test harness under Wine
(tests/windows/harness.py: `python3 scripts/dev.py test` installs Wine and mingw-w64, or see the
README), and the installer by NSIS's `makensis` (Debian package `nsis`). On Windows, the
PyInstaller of the running Python and `makensis` from PATH do the same. The output:

    DIR/companion/                    the bundle (companion.exe, companion-cli.exe, _internal/)
    DIR/Companion-<version>-setup.exe the installer

DIR defaults to dist/windows. Both sizes are printed at the end.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER_SCRIPT = ROOT / "scripts" / "windows" / "installer.nsi"
ICON = ROOT / "resources" / "icons" / "companion.ico"
sys.path.insert(0, str(ROOT))


class BuildError(RuntimeError):
    """A step failed; the message has its output."""


def version() -> str:
    text = (ROOT / "companion" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def folder_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def build_bundle(target: Path) -> Path:
    """build.spec's one-folder bundle, as `target`/companion (replaced if there)."""
    scratch = Path(tempfile.mkdtemp(prefix="companion-windows-build-"))
    try:
        spec_args = ["--noconfirm", "--log-level", "WARN"]
        if sys.platform == "win32":
            spec_args += ["--distpath", str(scratch / "dist"), "--workpath", str(scratch / "w")]
            command = [sys.executable, "-m", "PyInstaller", *spec_args, str(ROOT / "build.spec")]
            result = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        else:
            from tests.windows.harness import prepare, windows_path

            wine = prepare()
            spec_args += ["--distpath", windows_path(scratch / "dist")]
            spec_args += ["--workpath", windows_path(scratch / "w")]
            result = wine.run(
                "-m", "PyInstaller", *spec_args, windows_path(ROOT / "build.spec"), timeout=3600
            )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).decode("utf-8", "replace")
            raise BuildError(f"PyInstaller failed (exit {result.returncode}):\n{output[-6000:]}")
        built = scratch / "dist" / "companion"
        if not (built / "companion.exe").is_file():
            raise BuildError(f"PyInstaller made no companion.exe in {built}")
        target.mkdir(parents=True, exist_ok=True)
        final = target / "companion"
        shutil.rmtree(final, ignore_errors=True)
        shutil.move(str(built), final)
        return final
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def build_installer(bundle: Path, target: Path) -> Path:
    """The NSIS installer of `bundle`, as `target`/Companion-<version>-setup.exe."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError("makensis is missing (Debian: apt-get install nsis; Windows: NSIS 3)")
    out = target / f"Companion-{version()}-setup.exe"
    option = "/" if sys.platform == "win32" else "-"
    defines = {"VERSION": version(), "BUNDLE": bundle, "ICON": ICON, "OUTFILE": out}
    command = [makensis, f"{option}V2", *(f"{option}D{k}={v}" for k, v in defines.items())]
    result = subprocess.run([*command, str(INSTALLER_SCRIPT)], capture_output=True, check=False)
    if result.returncode != 0 or not out.is_file():
        output = (result.stdout + result.stderr).decode("utf-8", "replace")
        raise BuildError(f"makensis failed (exit {result.returncode}):\n{output[-4000:]}")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "windows")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        bundle = build_bundle(args.out.absolute())
        bundled = time.monotonic()
        installer = build_installer(bundle, args.out.absolute())
    except RuntimeError as error:  # BuildError, or the harness's HarnessError: what is missing
        print(f"build_windows: {error}", file=sys.stderr)
        return 1
    mib = 1024 * 1024
    print(f"bundle     {bundle}  {folder_size(bundle) / mib:6.1f} MiB  ({bundled - started:.0f} s)")
    print(
        f"installer  {installer}  {installer.stat().st_size / mib:6.1f} MiB"
        f"  ({time.monotonic() - bundled:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
