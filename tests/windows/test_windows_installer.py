"""The Windows bundle and its installer, built and run under Wine.

build.spec is built by the harness's Windows CPython (scripts/build_windows.py, as a release is
built), once per state of the sources, into the harness cache; makensis wraps it. Then, as an IT
roll-out would: a silent install, a start from the installed folder until `ready`, a silent
uninstall that keeps the user's data, and one that removes it when asked."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from tests.helpers.sources import add_files
from tests.windows.conftest import remove_user_dirs, wine_user_dirs
from tests.windows.harness import ROOT, WineEnvironment


def _load_build_script() -> ModuleType:
    """scripts/build_windows.py, the release build, as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "build_windows", ROOT / "scripts" / "build_windows.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_windows = _load_build_script()

SOURCES = (
    "build.spec",
    "pyproject.toml",
    "companion",
    "data",
    "resources",
    "scripts/windows",
    "scripts/build_windows.py",
)
RUN_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Companion"
STARTUP_APPROVED_KEY = (
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
)
APP_KEY = r"HKCU\Software\Companion"
SMI_2005 = "http://schemas.microsoft.com/SMI/2005/WindowsSettings"
SMI_2016 = "http://schemas.microsoft.com/SMI/2016/WindowsSettings"
AUMID_FORMAT = uuid.UUID("9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3")  # PKEY_AppUserModel_ID's


def sources_key(wine: WineEnvironment) -> str:
    digest = hashlib.sha256((wine.root / "packages.stamp").read_bytes())
    add_files(digest, ROOT, (ROOT / name for name in SOURCES))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class WindowsBuild:
    bundle: Path
    installer: Path


@pytest.fixture(scope="module")
def windows_build(wine: WineEnvironment) -> WindowsBuild:
    """The bundle and installer of these sources (about 4 minutes the first time)."""
    from tests.e2e.conftest import need_tools

    need_tools("makensis")
    builds = wine.root / "builds"
    target = builds / sources_key(wine)
    installer = target / f"Companion-{build_windows.version()}-setup.exe"
    if not installer.is_file():
        shutil.rmtree(builds, ignore_errors=True)  # one build is kept: they are 150 MB each
        started = time.monotonic()
        scratch = builds / "partial"
        bundle = build_windows.build_bundle(scratch)
        made = build_windows.build_installer(bundle, scratch)
        scratch.rename(target)
        print(f"\nWindows bundle and installer built in {time.monotonic() - started:.0f} s")
        assert made.name == installer.name
    build = WindowsBuild(target / "companion", installer)
    mib = 1024 * 1024
    print(
        f"\nWindows bundle {build_windows.folder_size(build.bundle) / mib:.1f} MiB, "
        f"installer {build.installer.stat().st_size / mib:.1f} MiB"
    )
    return build


def reg_query(wine: WineEnvironment, key: str, value: str) -> str | None:
    result = wine.wine("reg", "query", key, "/v", value)
    if result.returncode != 0:
        return None
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        fields = line.strip().split(None, 2)
        if len(fields) == 3 and fields[0] == value:
            return fields[2]
    return None


def test_the_bundle_answers_version_from_both_executables(wine, windows_build):
    for name in ("companion.exe", "companion-cli.exe"):
        answered = wine.wine(str(windows_build.bundle / name), "--version")
        assert answered.returncode == 0, answered.stderr
        assert answered.stdout.decode().strip() == f"companion {build_windows.version()}"


def manifest_of(executable: Path) -> ElementTree.Element:
    """The application manifest embedded in an executable (its RT_MANIFEST resource: UTF-8 XML,
    stored as it is), parsed."""
    found = re.findall(rb"<assembly\b.*?</assembly>", executable.read_bytes(), re.DOTALL)
    assert len(found) == 1, f"{executable.name}: {len(found)} manifests"
    return ElementTree.fromstring(found[0])


def test_both_executables_declare_per_monitor_dpi_awareness(windows_build):
    for name in ("companion.exe", "companion-cli.exe"):
        manifest = manifest_of(windows_build.bundle / name)
        awareness = manifest.find(f".//{{{SMI_2016}}}dpiAwareness")
        assert awareness is not None and awareness.text is not None, name
        assert awareness.text.split(",")[0].strip() == "PerMonitorV2"
        legacy = manifest.find(f".//{{{SMI_2005}}}dpiAware")  # before Windows 10 1607
        assert legacy is not None and legacy.text == "true/pm", name
        level = manifest.find(".//{urn:schemas-microsoft-com:asm.v3}requestedExecutionLevel")
        assert level is not None and level.get("level") == "asInvoker"  # never asks for admin
        long_paths = manifest.find(f".//{{{SMI_2016}}}longPathAware")
        assert long_paths is not None and long_paths.text == "true"  # PyInstaller's default kept


def shortcut_app_id(shortcut: Path) -> str | None:
    """System.AppUserModel.ID in a .lnk's property store block (its format id, then the
    property id 5 and a VT_LPWSTR value), or None where the shortcut carries none."""
    data = shortcut.read_bytes()
    at = data.find(AUMID_FORMAT.bytes_le)
    if at < 0:
        return None
    found = re.search(rb"((?:[\x20-\x7e]\x00){3,128})\x00\x00", data[at:])
    return found.group(1).decode("utf-16-le") if found else None


def test_the_bundle_leaves_out_what_companion_never_loads(windows_build):
    names = {path.name.lower() for path in windows_build.bundle.rglob("*")}
    assert "opengl32sw.dll" not in names
    assert "qwindows.dll" in names
    # The harness's stand-ins for what Wine lacks must never ship: Windows has the real ones
    assert "icuuc.dll" not in names and "mscms.dll" not in names
    assert not any(name.startswith("qt6quick") or name.startswith("qt6qml") for name in names)


def forget_installs(wine: WineEnvironment, program: Path) -> None:
    """No trace of an earlier install in the shared prefix (an interrupted run leaves some):
    the installer would otherwise take the next install for an update."""
    shutil.rmtree(program, ignore_errors=True)
    remove_user_dirs(wine)
    start_menu_entry(wine).unlink(missing_ok=True)
    for key, value in ((RUN_KEY, "Companion"), (STARTUP_APPROVED_KEY, "Companion")):
        wine.wine("reg", "delete", key, "/v", value, "/f")
    for key in (UNINSTALL_KEY, APP_KEY):
        wine.wine("reg", "delete", key, "/f")


@pytest.fixture
def installed(wine: WineEnvironment, windows_build: WindowsBuild) -> Iterator[Path]:
    """The program folder a silent install makes; every trace removed before and after."""
    program = wine.user_profile / "AppData" / "Local" / "Programs" / "Companion"
    forget_installs(wine, program)
    yield program
    forget_installs(wine, program)


def install(wine: WineEnvironment, build: WindowsBuild, *options: str) -> None:
    started = time.monotonic()
    done = wine.wine(str(build.installer), "/S", *options, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    print(f"\nsilent install in {time.monotonic() - started:.1f} s")


def uninstall(wine: WineEnvironment, program: Path, *options: str) -> None:
    """NSIS's uninstaller copies itself away and returns at once: wait for the folder to go."""
    done = wine.wine(str(program / "uninstall.exe"), "/S", *options, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    deadline = time.monotonic() + 120
    while program.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not program.exists(), sorted(str(path) for path in program.rglob("*"))[:20]


def start_menu_entry(wine: WineEnvironment) -> Path:
    programs = wine.user_profile / "AppData" / "Roaming" / "Microsoft" / "Windows"
    return programs / "Start Menu" / "Programs" / "Companion.lnk"


def test_a_silent_install_runs_from_its_folder_and_uninstalls_keeping_the_data(
    wine, windows_build, installed, start_windows_app
):
    install(wine, windows_build)
    exe = installed / "companion.exe"
    assert exe.is_file() and (installed / "companion-cli.exe").is_file()
    assert start_menu_entry(wine).is_file()
    assert reg_query(wine, RUN_KEY, "Companion") == f'"{windows_path_c(wine, exe)}"'
    assert reg_query(wine, UNINSTALL_KEY, "DisplayVersion") == build_windows.version()
    assert reg_query(wine, UNINSTALL_KEY, "QuietUninstallString").endswith('uninstall.exe" /S')

    data = wine_user_dirs(wine)["local"]
    app = start_windows_app(program=["wine", str(exe), "--no-welcome"],
                            log_file=data / "logs" / "companion.log")  # fmt: skip
    ready = app.wait_for(r"ready in (\d+) ms \(Companion [^,]+, tray")
    app.wait_for("store open")
    app.wait_for(r"AppUserModelID: Companion\.Companion")  # set by the installed program
    # The installer writes the same id on the shortcut (NSIS's COM headers). Wine 8's shell
    # links keep no property store, so under Wine the .lnk carries none: the shortcut must
    # still be whole; on Windows it carries the id (docs/windows-desk-checklist.md).
    assert shortcut_app_id(start_menu_entry(wine)) in (None, "Companion.Companion")
    app.assert_running()
    print(f"\ninstalled companion.exe ready in {ready.group(1)} ms")
    # The console twin reaches the tray app through its socket, as a softphone's script would
    told = wine.wine(str(installed / "companion-cli.exe"), "call", "start")
    assert told.returncode == 0, told.stderr.decode("utf-8", "replace")
    app.wait_for(r"call start \(from the command line\)")
    app.stop()

    uninstall(wine, installed)
    assert not start_menu_entry(wine).exists()
    assert reg_query(wine, RUN_KEY, "Companion") is None
    assert reg_query(wine, UNINSTALL_KEY, "DisplayName") is None
    assert (data / "companion.db").is_file(), "the user's data must stay"
    assert (data / "logs" / "companion.log").is_file()


def test_roll_out_options_leave_login_off_and_remove_the_data_when_asked(
    wine, windows_build, installed
):
    install(wine, windows_build)
    assert reg_query(wine, RUN_KEY, "Companion") is not None
    install(wine, windows_build, "/AUTOSTART=0")  # an update that turns it off
    assert (installed / "companion.exe").is_file()
    assert reg_query(wine, RUN_KEY, "Companion") is None
    install(wine, windows_build)  # a later update keeps it off
    assert reg_query(wine, RUN_KEY, "Companion") is None
    data = wine_user_dirs(wine)["local"]
    made = wine.wine(str(installed / "companion-cli.exe"), "log", "--stress", "4")
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    assert (data / "companion.db").is_file()

    uninstall(wine, installed, "/REMOVEDATA")
    assert not data.exists()


def windows_path_c(wine: WineEnvironment, path: Path) -> str:
    """A path inside the prefix's C: drive as Windows writes it (C:\\users\\...)."""
    drive = wine.prefix / "drive_c"
    return "C:\\" + "\\".join(path.relative_to(drive).parts)
