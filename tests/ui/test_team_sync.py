"""The tray starts `companion team sync` in its own process, with real QProcesses running a tiny
stand-in command, on a replaced clock: once for days pending at start-up, again after a
failure in 5 min, 15 min and 1 h, then when the next shift day ends; never while sharing is off;
and in the running app, on a real SQLite file, only when sharing is on and team.url is set."""

from __future__ import annotations

import logging
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QProcess

from companion.domain.shift import ShiftPlan
from companion.features.team import TeamSync, sync_command
from companion.paths import AppPaths
from companion.platform.desktop import launch_command
from companion.storage.team_share import TeamShare
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # Monday 14:30 in Shanghai
PLAN = ShiftPlan()  # Monday to Friday, 09:00-18:00
FRIDAY, MONDAY = date(2026, 11, 20), date(2026, 11, 23)
TICK_MS = 10


class StandIn:
    """The command: a Python one-liner exiting with the next code, each run counted."""

    def __init__(self, *codes: int) -> None:
        self.codes = list(codes)
        self.runs = 0

    def __call__(self) -> list[str]:
        self.runs += 1
        return [sys.executable, "-c", f"import sys; sys.exit({self.codes.pop(0)})"]


def syncing(qtbot, clock, command, due, ready=lambda: True) -> TeamSync:
    sync = TeamSync(ready, lambda: list(due), lambda: PLAN, clock, command, check_ms=TICK_MS)
    sync.start()
    return sync


def wait_ticks(qtbot, count: int = 5) -> None:
    qtbot.wait(TICK_MS * count)


def test_the_command_is_this_companion_with_team_sync():
    assert sync_command() == [*launch_command(), "team", "sync"]


def test_days_pending_at_start_up_are_sent_once_and_failures_back_off(qtbot, caplog):
    caplog.set_level(logging.INFO, logger="companion.features.team")
    clock = FakeClock(NOW, SHANGHAI)
    command = StandIn(1, 1, 1, 1, 0)
    due = [FRIDAY]
    sync = syncing(qtbot, clock, command, due)
    with qtbot.waitSignal(sync.finished, timeout=10_000) as ended:
        pass  # soon after start-up: Friday is pending
    assert ended.args == [False] and command.runs == 1
    assert "team sync not sent (exit 1); the days are kept; trying again at 14:35" in caplog.text

    for wait in (timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1)):
        clock.advance(wait - timedelta(seconds=1))
        wait_ticks(qtbot)
        runs = command.runs
        assert sync.process is None  # not yet
        clock.advance(timedelta(seconds=1))
        with qtbot.waitSignal(sync.finished, timeout=10_000):
            pass
        assert command.runs == runs + 1
    assert command.runs == 4  # 14:30, 14:35, 14:50, 15:50
    assert caplog.text.count("team sync not sent (exit 1)") == 4
    assert "trying again after the next shift day ends" in caplog.text

    clock.advance(timedelta(hours=2, minutes=9))  # 17:59: nothing more today
    wait_ticks(qtbot)
    assert command.runs == 4
    clock.advance(timedelta(minutes=1))  # 18:00: Monday's shift is over
    due.append(MONDAY)
    with qtbot.waitSignal(sync.finished, timeout=10_000) as ended:
        pass
    assert ended.args == [True] and command.runs == 5
    assert "team sync done (exit 0)" in caplog.text
    due.clear()  # what a sync that went through leaves
    clock.advance(timedelta(hours=3))
    wait_ticks(qtbot)
    assert command.runs == 5
    sync.shut_down()


def test_the_tray_never_waits_for_the_sync(qtbot):
    clock = FakeClock(NOW, SHANGHAI)
    slow = [sys.executable, "-c", "import time; time.sleep(30)"]
    sync = syncing(qtbot, clock, lambda: slow, [FRIDAY])
    qtbot.waitUntil(lambda: sync.process is not None)
    qtbot.waitUntil(lambda: sync.process.state() == QProcess.ProcessState.Running)
    wait_ticks(qtbot)  # the event loop goes on meanwhile, and starts no second one
    assert sync.process.state() == QProcess.ProcessState.Running
    process = sync.process
    sync.shut_down()  # quitting stops it, without waiting 30 s
    assert process.state() == QProcess.ProcessState.NotRunning


def test_a_sync_running_too_long_is_stopped_and_tried_again(qtbot, caplog):
    clock = FakeClock(NOW, SHANGHAI)
    slow = [sys.executable, "-c", "import time; time.sleep(30)"]
    sync = TeamSync(
        lambda: True,
        lambda: [FRIDAY],
        lambda: PLAN,
        clock,
        lambda: slow,
        check_ms=TICK_MS,
        run_limit_ms=300,
    )
    sync.start()
    with qtbot.waitSignal(sync.finished, timeout=10_000) as ended:
        pass
    assert ended.args == [False]
    assert "team sync stopped before it finished; trying again at 14:35" in caplog.text
    sync.shut_down()


def test_a_command_that_cannot_start_counts_as_a_failure(qtbot, caplog, tmp_path):
    clock = FakeClock(NOW, SHANGHAI)
    sync = syncing(qtbot, clock, lambda: [str(tmp_path / "no-such-companion")], [FRIDAY])
    with qtbot.waitSignal(sync.finished, timeout=10_000) as ended:
        pass
    assert ended.args == [False]
    assert "team sync could not start" in caplog.text
    sync.shut_down()


def test_nothing_starts_while_sharing_is_off_or_nothing_is_due(qtbot):
    clock = FakeClock(NOW, SHANGHAI)
    command = StandIn(0)
    ready = [False]
    due: list[date] = [FRIDAY]
    sync = syncing(qtbot, clock, command, due, ready=lambda: ready[0])
    wait_ticks(qtbot)
    clock.advance(timedelta(hours=6))
    wait_ticks(qtbot)
    assert command.runs == 0
    ready[0] = True  # turned on in the settings window
    sync.reconsider()
    with qtbot.waitSignal(sync.finished, timeout=10_000):
        pass
    assert command.runs == 1
    sync.shut_down()


# -- in the running app -------------------------------------------------------------------------

SETTINGS = """\
[shift]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = ["09:00-18:00"]
[calls]
detect_microphone = false
"""
TEAM = '[team]\nurl = "postgresql://agent7@team.example.com/companion"\nname = "售后二组"\n'


@pytest.mark.parametrize("team", [True, False], ids=["team-url-set", "no-team-url"])
def test_the_app_starts_a_sync_for_the_days_pending_only_with_a_team_url(qtbot, tmp_path, team):
    (tmp_path / "settings.toml").write_text(SETTINGS + (TEAM if team else ""), encoding="utf-8")
    paths = AppPaths(tmp_path, tmp_path)
    clock = FakeClock(NOW, SHANGHAI)
    app = start_app(qtbot, paths, clock=clock, ready=lambda app: app.journal is not None)
    try:
        with sqlite3.connect(Path(tmp_path) / "companion.db") as other:  # `team share on`, Friday
            TeamShare(other).turn_on(FRIDAY, NOW)
        assert app.team.sharing.days_due() == [FRIDAY, date(2026, 11, 21), date(2026, 11, 22)]
        command = StandIn(0)
        app.team.sync.command = command  # the stand-in for `companion team sync`
        app.team.sync.timer.setInterval(TICK_MS)
        app.team.sync.reconsider()
        if team:
            with qtbot.waitSignal(app.team.sync.finished, timeout=10_000):
                pass
            assert command.runs == 1
        else:
            wait_ticks(qtbot, 10)
            assert command.runs == 0
    finally:
        app.shut_down()
