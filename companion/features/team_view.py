"""The Team window from the tray menu: `companion team view` in a process of its own.

The tray never connects to the team server: the menu entry is there when a team server is set
(`team.url`), and choosing it starts this copy of Companion with `team view`, in the tray's
language. Whether the login may read the team's figures is the server's to say, in that window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QProcess

from companion.settings import Settings
from companion.ui.tray import TrayMenu

log = logging.getLogger(__name__)


def team_view_command(language: str) -> list[str]:
    """This copy of Companion, as the login entry starts it, with `team view`."""
    from companion.platform.desktop import launch_command

    return [*launch_command(), "--lang", language, "team", "view"]


class TeamView:
    def __init__(
        self,
        settings: Callable[[], Settings],
        menu: TrayMenu,
        language: Callable[[], str],
        tell: Callable[[str, str], None],
        command: Callable[[str], Sequence[str]] = team_view_command,
    ) -> None:
        self._settings = settings
        self._menu = menu
        self._language = language
        self._tell = tell
        self.command = command

    def show_entry(self) -> None:
        """The menu entry, there when a team server is set."""
        self._menu.show_team(bool(str(self._settings().get("team.url") or "").strip()))

    def open(self) -> bool:
        """Start the Team window's process (not waiting for it); False, and said, when it
        could not start."""
        program, *arguments = self.command(self._language())
        started, _pid = QProcess.startDetached(program, arguments)
        if started:
            log.info("team view started")
            return True
        log.warning("the team view could not start: %s", program)
        self._tell(
            QCoreApplication.translate("TeamView", "Team figures"),
            QCoreApplication.translate(
                "TeamView", "The Team window could not start. The log has the details."
            ),
        )
        return False
