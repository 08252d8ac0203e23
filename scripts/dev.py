#!/usr/bin/env python3
"""Set up and run Companion, or its check suite, on a fresh machine (stdlib only).

    python3 scripts/dev.py run [ARGS...]         set up, then run ``companion ARGS...``
    python3 scripts/dev.py test [PYTEST ARGS...] set up, then run ruff, mypy and pytest

Setting up means:

1. On Debian/Ubuntu, make sure the system libraries Qt needs (and, for ``test``, the X
   tools the tray tests use, and Wine, mingw-w64 and NSIS for the Windows leg on x86-64) are
   installed: installed with apt-get when running as root, otherwise the exact
   ``sudo apt-get install`` line to run is printed.
2. Create the virtual environment ``.venv`` at the repository root, and ``pip install -e``
   the project into it (with the ``test`` extra for ``test``) unless a stamp file shows
   the same ``pyproject.toml`` is already installed with those extras.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".companion-install-stamp"
IS_WINDOWS = os.name == "nt"

# Each requirement is a tuple of alternative package names; any one installed satisfies it.
# Ubuntu 24.04 renamed some libraries for the 64-bit time_t transition (the "t64" names).
RUN_PACKAGES: list[tuple[str, ...]] = [
    ("libglib2.0-0t64", "libglib2.0-0"),
    ("libdbus-1-3",),
    ("libegl1",),
    ("libgl1",),
    ("libfontconfig1",),
    ("libfreetype6",),
    ("libx11-6",),
    ("libxkbcommon0",),
    ("libxkbcommon-x11-0",),
    ("libxcb-cursor0",),
    ("libxcb-icccm4",),
    ("libxcb-image0",),
    ("libxcb-keysyms1",),
    ("libxcb-render-util0",),
    ("libxcb-shape0",),
    ("libxcb-xkb1",),
    ("libxss1",),  # X11 screen-saver extension: time away from the keyboard
    ("pulseaudio-utils",),  # pactl: is the microphone in use (a call)? Works with PipeWire too
    ("fonts-wqy-microhei",),  # a CJK font, for the Chinese user interface
]
TEST_PACKAGES: list[tuple[str, ...]] = [
    ("xvfb",),
    ("xauth",),
    ("trayer",),  # a light system-tray host for the tray tests
    ("openbox",),  # a window manager: the Windows leg's screen, and the screenshot scripts
    ("xdotool",),
    # Xorg's dummy driver and xrandr: an X desktop with two screens (tests/helpers/x_two_screens.py)
    ("xserver-xorg-core",),
    ("xserver-xorg-video-dummy",),
    ("x11-xserver-utils",),
    ("binutils",),  # strip: build.spec strips debug symbols from the bundle's libraries
    ("desktop-file-utils",),  # desktop-file-validate checks the menu and login entries
    ("pulseaudio",),  # a private sound server: call detection tested against a real one
    ("faketime",),  # libfaketime: the whole-shift test runs the real app's clocks 200x faster
    ("postgresql",),  # the team view's tests start a private PostgreSQL server
    # Real Wayland sessions (tests/helpers/wayland_session.py): headless sway and mutter, run as
    # an unprivileged user on a private session bus
    ("sway",),  # wlroots compositor; swaymsg reads window geometry, focus and fullscreen
    ("swayidle",),  # idle time on wlroots desktops (the app's own source there, too)
    ("wtype",),  # types keys through the virtual-keyboard protocol: input on sway
    ("grim",),  # screenshots of a wlroots compositor
    ("waybar",),  # a tray host (StatusNotifierItem) on sway
    ("mutter",),  # GNOME's compositor: its IdleMonitor, and how GNOME places windows
    ("kwin-wayland",),  # KDE Plasma's compositor (about 135 small packages of KDE libraries)
    ("dbus",),  # dbus-daemon and dbus-send: the sessions' private buses
    ("wayland-utils",),  # wayland-info: what a compositor offers
    ("xwayland",),  # X11 programs inside the Wayland sessions
    ("x11-xserver-utils",),  # xhost: the tests' user may use the session's XWayland
    # LibreOffice Calc opens the CSV files Companion writes (no formula may run); about 200 MB
    ("libreoffice-calc-nogui", "libreoffice-calc"),
    # A private session bus with a fake notification daemon and a fake GlobalShortcuts portal
    # (dbus-daemon), read with dbus-monitor (dbus-bin; both in "dbus" before Debian 12)
    ("dbus-daemon", "dbus"),
    ("dbus-bin", "dbus"),
    ("libglib2.0-bin",),  # gsettings: GNOME's custom keybinding for the quick log
    ("gnome-settings-daemon-common",),  # the media-keys schema those keybindings live in
    # Qt's accessibility tree read as a screen reader reads it: the AT-SPI bus, and Debian's
    # python3 with pyatspi (tests/helpers/atspi_probe.py)
    ("at-spi2-core",),
    ("python3-pyatspi",),
    ("gir1.2-atspi-2.0",),
]
# The Windows leg (tests/windows): a Windows CPython under Wine builds and runs Companion, its
# bundle and its installer. x86-64 only (Wine's 64-bit loader); elsewhere the leg is skipped.
WINDOWS_LEG_PACKAGES: list[tuple[str, ...]] = [
    ("wine",),
    ("wine64",),
    ("gcc-mingw-w64-x86-64-win32",),  # builds the harness's stand-in DLLs for what Wine lacks
    ("nsis",),  # makensis: the Windows installer, built on Linux
    ("locales",),  # en_US and zh_CN sources: Wine's code pages 1252 and 936 on a terminal
]
CHECK_PATHS = ("companion", "tests", "scripts", "benchmarks")
PYTEST_NO_TESTS_COLLECTED = 5

USAGE = """\
usage: python3 scripts/dev.py run [ARGS...]          set up, then run the app
       python3 scripts/dev.py test [PYTEST ARGS...]  set up, then run the whole check suite"""


class SetupError(Exception):
    """A set-up step failed; the message says what to do."""


def note(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


# --- 1. System packages ---------------------------------------------------------------


def is_installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Abbrev}\n", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return any(line.startswith("ii") for line in result.stdout.splitlines())


def has_candidate(package: str) -> bool:
    if shutil.which("apt-cache") is None:
        return False
    result = subprocess.run(
        ["apt-cache", "policy", package], capture_output=True, text=True, check=False
    )
    for line in result.stdout.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "Candidate":
            return value.strip() not in ("", "(none)")
    return False


def pick_alternative(alternatives: tuple[str, ...]) -> str:
    """The first alternative apt can install, else the first name."""
    return next((name for name in alternatives if has_candidate(name)), alternatives[0])


def missing_requirements(requirements: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [alts for alts in requirements if not any(is_installed(name) for name in alts)]


def run_apt(args: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"$ {' '.join(args)}", flush=True)
    if subprocess.run(args, env=env, check=False).returncode != 0:
        raise SetupError(f"'{' '.join(args)}' failed; see the apt output above.")


def ensure_system_packages(requirements: Sequence[tuple[str, ...]]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        note("not a Debian/Ubuntu system: skipping the system package check.")
        return
    missing = missing_requirements(requirements)
    if not missing:
        return
    can_install = os.geteuid() == 0 and shutil.which("apt-get") is not None
    if can_install:
        run_apt(["apt-get", "update"])
    packages = [pick_alternative(alts) for alts in missing]
    if can_install:
        note(f"installing missing system packages: {' '.join(packages)}")
        run_apt(["apt-get", "install", "-y", "--no-install-recommends", *packages])
        return
    raise SetupError(
        "these system packages are missing: "
        + ", ".join(" or ".join(alts) for alts in missing)
        + "\nInstall them with:\n"
        + f"sudo apt-get install -y --no-install-recommends {' '.join(packages)}"
    )


# --- 2. Virtual environment -----------------------------------------------------------


def venv_executable(name: str) -> Path:
    if IS_WINDOWS:
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def venv_hint() -> str:
    minor = f"python3.{sys.version_info.minor}-venv"
    return (
        "Python's venv/ensurepip modules are needed. On Debian/Ubuntu install them with:\n"
        f"sudo apt-get install -y {minor} python3-venv"
    )


def venv_works() -> bool:
    python = venv_executable("python")
    if not python.exists():
        return False
    probe = subprocess.run([str(python), "-c", "import pip"], capture_output=True, check=False)
    return probe.returncode == 0


def create_venv() -> None:
    if VENV.exists():
        note(f"{VENV} is broken (no working python or pip): recreating it.")
        shutil.rmtree(VENV)
    if importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None:
        raise SetupError(venv_hint())
    note(f"creating the virtual environment {VENV}")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
    if result.returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        raise SetupError(f"creating {VENV} failed.\n{venv_hint()}")


def pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def read_stamp() -> dict[str, object]:
    try:
        data = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_up_to_date(extras: frozenset[str]) -> bool:
    """True when this pyproject.toml is installed with (at least) these extras."""
    stamp = read_stamp()
    stamped_extras = stamp.get("extras")
    return (
        stamp.get("pyproject") == pyproject_hash()
        and isinstance(stamped_extras, list)
        and extras <= set(stamped_extras)
    )


def install_project(extras: frozenset[str]) -> None:
    target = f".[{','.join(sorted(extras))}]" if extras else "."
    note(f"installing the project into .venv (pip install -e {target})")
    STAMP.unlink(missing_ok=True)
    command = [str(venv_executable("python")), "-m", "pip", "install"]
    command += ["--disable-pip-version-check", "-q", "-e", target]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise SetupError(f"'pip install -e {target}' failed; see the pip output above.")
    stamp = {"pyproject": pyproject_hash(), "extras": sorted(extras)}
    STAMP.write_text(json.dumps(stamp) + "\n", encoding="utf-8")


def ensure_venv(extras: frozenset[str]) -> None:
    if is_up_to_date(extras) and venv_executable("python").exists():
        return
    if not venv_works():
        create_venv()
    install_project(extras)


# --- 3. and 4. The commands -----------------------------------------------------------


def run_app(args: list[str]) -> int:
    ensure_system_packages(RUN_PACKAGES)
    ensure_venv(frozenset())
    program = str(venv_executable("companion"))
    if not IS_WINDOWS:
        os.execv(program, [program, *args])  # does not return
    return subprocess.run([program, *args], check=False).returncode


def check_steps(pytest_args: list[str]) -> list[tuple[str, list[str]]]:
    paths = [path for path in CHECK_PATHS if (ROOT / path).exists()]
    return [
        ("ruff check", ["ruff", "check", *paths]),
        ("ruff format --check", ["ruff", "format", "--check", *paths]),
        ("mypy", ["mypy"]),
        # The slowest tests named at the end, where CI's 30 minutes go.
        ("pytest", ["pytest", "--durations=25", *pytest_args]),
    ]


def python_library_packages() -> list[tuple[str, ...]]:
    """PyInstaller (the bundle test) needs the interpreter's shared library. Debian's own
    python3 is linked statically and ships `libpython3.X.so.1.0` in a package of its own."""
    if sys.base_prefix != "/usr":
        return []  # not Debian's Python: it brings its own library, or none apt could add
    library = Path(str(sysconfig.get_config_var("LIBDIR"))) / str(
        sysconfig.get_config_var("INSTSONAME")
    )
    if library.exists():
        return []
    minor = f"{sys.version_info.major}.{sys.version_info.minor}"
    return [(f"libpython{minor}t64", f"libpython{minor}")]


def windows_leg_packages() -> list[tuple[str, ...]]:
    if shutil.which("dpkg") is None:
        return []
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return WINDOWS_LEG_PACKAGES if architecture == "amd64" else []


def run_tests(pytest_args: list[str]) -> int:
    ensure_system_packages(
        [*RUN_PACKAGES, *TEST_PACKAGES, *python_library_packages(), *windows_leg_packages()]
    )
    ensure_venv(frozenset({"test"}))
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    python = str(venv_executable("python"))
    for title, args in check_steps(pytest_args):
        print(f"== {title} ==", flush=True)
        code = subprocess.run([python, "-m", *args], cwd=ROOT, env=env, check=False).returncode
        if code == PYTEST_NO_TESTS_COLLECTED and title == "pytest":
            note("pytest collected no tests: that counts as a failure.")
        if code != 0:
            note(f"{title} failed (exit code {code}).")
            return code
    print("== all checks passed ==", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "-h", "--help"):
        print(USAGE, file=sys.stderr)
        return 2
    command, args = argv[0], argv[1:]
    if command in ("-h", "--help"):
        print(USAGE)
        return 0
    try:
        return run_app(args) if command == "run" else run_tests(args)
    except SetupError as error:
        note(str(error))
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
