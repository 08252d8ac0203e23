"""Sharing with the team, from the tray: the settings tab's service (`sharing_service`), the
short `companion team sync` processes, and the Team window's menu entry, made and wired
together so that the composition root only asks for `Team`.

The tray never connects to the team server and never loads SQLAlchemy or the database driver.
When sharing is on and where to share is set, `TeamSync` starts `companion team sync` with
QProcess (never waiting for it) once after each shift day ends, and soon after start-up when
days are pending; a sync that fails is tried again later (`domain.team_sync` has the rules).
The sync process writes the details to the same log and to what `companion team status` and
the settings window show; the tray logs one line per outcome. `TeamView` shows the Team
window's menu entry when a team server is set (`team.url`) and starts `companion team view`
in the tray's language; whether the login may read the team's figures is the server's to say,
in that window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from companion.domain.clock import Clock
from companion.domain.shift import ShiftPlan
from companion.domain.team_sync import SyncPlanner, next_day_done
from companion.features import Services
from companion.settings import Settings
from companion.team.sharing_service import TeamSharing
from companion.ui.tray import TrayMenu

log = logging.getLogger(__name__)

CHECK_MS = 60_000  # how often the times are compared (no database work unless one is due)
RUN_LIMIT_MS = 5 * 60_000  # a sync still running then is stopped and counts as failed


def sync_command() -> list[str]:
    """This copy of Companion, as the login entry starts it, with `team sync`."""
    from companion.platform.desktop import launch_command

    return [*launch_command(), "team", "sync"]


class TeamSync(QObject):
    """Starts `companion team sync` when days are due, and again later after a failure."""

    finished = Signal(bool)  # a sync ended: True when it exited 0

    def __init__(
        self,
        ready: Callable[[], bool],
        days_due: Callable[[], list[date]],
        plan: Callable[[], ShiftPlan],
        clock: Clock,
        command: Callable[[], Sequence[str]] = sync_command,
        *,
        check_ms: int = CHECK_MS,
        run_limit_ms: int = RUN_LIMIT_MS,
    ) -> None:
        super().__init__()
        self._ready = ready  # sharing is on, and team.url and team.name are set
        self._days_due = days_due
        self._plan = plan
        self._clock = clock
        self.command = command  # what to run: `companion team sync`, or a stand-in
        self.planner = SyncPlanner()
        self.process: QProcess | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(run_limit_ms)
        self._limit.timeout.connect(self._too_long)

    def start(self) -> None:
        """The first look comes one interval after start-up: the tray shows first."""
        self.timer.start()

    def reconsider(self) -> None:
        """Sharing or the settings changed: look again at the next check."""
        self.planner.look_again()

    def shut_down(self) -> None:
        self.timer.stop()
        self._limit.stop()
        process = self.process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            # Safe to stop: the server upserts each day, and a day is marked sent only after
            # the server stored it, so a day cut off here is sent again next time.
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(2000)
            log.info("team sync stopped: Companion is quitting")

    def check(self) -> None:
        now = self._clock.now()
        if not self.planner.wants_look(now):
            return
        plan = self._plan()
        next_done = next_day_done(plan, now, self._clock.local_zone())
        due = self._days_due() if self._ready() else []
        if self.planner.looked(now, due, next_done):
            self._run(len(due))

    def _run(self, days: int) -> None:
        command = list(self.command())
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        # Its one line goes to the log through the process itself; nothing is read here.
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        self.process = process
        log.info("team sync started for %d day(s)", days)
        self._limit.start()
        process.start()

    def _error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:  # no `finished` follows
            process = self.process
            detail = process.errorString() if process is not None else str(error)
            self._outcome(False, f"could not start ({detail})")

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        if status is QProcess.ExitStatus.CrashExit:
            self._outcome(False, "stopped before it finished")
        elif code == 0:
            self._outcome(True, "done (exit 0)")
        else:
            self._outcome(False, f"not sent (exit {code}); the days are kept")

    def _too_long(self) -> None:
        process = self.process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            seconds = self._limit.interval() // 1000
            log.warning("team sync still running after %d s: stopped", seconds)
            process.kill()  # `finished` follows, as a crash

    def _outcome(self, ok: bool, what: str) -> None:
        self._limit.stop()
        if self.process is not None:
            self.process.deleteLater()
            self.process = None
        retry_at = self.planner.finished(self._clock.now(), ok)
        if ok:
            log.info("team sync %s", what)
        elif retry_at is not None:
            local = retry_at.astimezone(self._clock.local_zone())
            log.warning("team sync %s; trying again at %s", what, f"{local:%H:%M}")
        else:
            log.warning("team sync %s; trying again after the next shift day ends", what)
        self.finished.emit(ok)


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


class Team:
    def __init__(self, services: Services, menu: TrayMenu) -> None:
        def settings() -> Settings:
            return services.keeper.settings

        self.sharing = TeamSharing(
            lambda: services.data.journal,
            settings,
            services.clock,
            changed=lambda: self.sync.reconsider(),  # turned on or off in the settings window
        )
        self.sync = TeamSync(
            self.sharing.ready,
            self.sharing.days_due,
            lambda: settings().shift_plan(),
            services.clock,
        )
        self.view = TeamView(
            settings, menu, lambda: services.speech.language, services.notices.tray_message
        )
        menu.team_requested.connect(self.view.open)
        self.view.show_entry()
        # look again when the settings or one's data change
        services.events.settings_changed.connect(lambda _values: self._settings_changed())
        services.events.data_replaced.connect(self.sync.reconsider)

    def _settings_changed(self) -> None:
        self.sync.reconsider()
        self.view.show_entry()

    def start(self) -> None:
        self.sync.start()  # its first look a minute from now

    def shut_down(self) -> None:
        self.sync.shut_down()
