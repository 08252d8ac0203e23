"""The desktop's entries: `install-desktop` (the menu entry and icon, Linux) and the login
entry that `config set startup.at_login` writes or removes."""

from __future__ import annotations

import argparse

from companion.cli.parser import EXIT_OK, Failure


def run_install_desktop(args: argparse.Namespace) -> int:
    from companion.platform.desktop import install_desktop, is_freedesktop, uninstall_desktop

    if not is_freedesktop():
        raise Failure(
            "menu entries are for Linux desktops; on Windows and macOS use the installed "
            "application (Start at login is in Companion's settings)"
        )
    try:
        if args.uninstall:
            removed = uninstall_desktop()
            print("\n".join(f"Removed {path}" for path in removed) or "Nothing to remove.")
            return EXIT_OK
        written = install_desktop()
    except OSError as error:
        if error.filename and error.strerror:
            raise Failure(f"{error.filename}: {error.strerror}") from None
        raise Failure(str(error)) from None
    print("\n".join(f"Wrote {path}" for path in written))
    return EXIT_OK


def apply_at_login(on: bool) -> None:
    """Write or remove the login entry at once, as the settings window does."""
    from companion.platform.desktop import AutostartError, autostart_backend

    backend = autostart_backend()
    try:
        backend.set_enabled(on)
    except AutostartError as error:
        raise Failure(f"{error}; the setting was not changed") from None
    state = "starts" if on else "no longer starts"
    print(f"Companion {state} when you log in ({backend.location}).")
