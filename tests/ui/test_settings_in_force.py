"""Issue 26: one source of truth for settings. `companion config set` (the real command, in its
own process) reaches the running app through its instance socket and applies at once; the
settings window, open meanwhile, shows the new value; a later Save never writes back a value
the window showed before (that is how 40 s breaks came back while settings.toml said 20 s); and
a hand edit of settings.toml applies the same way."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.app import CompanionApp
from companion.domain.clock import FixedClock
from companion.ipc.channel import SingleInstance
from companion.ipc.protocol import Call, GetSettings, SetSetting, encode
from companion.paths import AppPaths
from companion.ui.settings import SettingsDialog
from tests.helpers.app import start_app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="talks to the Unix socket directly")

# Monday 23 November 2026, 14:30 in Shanghai (the `clock` fixture): on shift from 09:00 to 18:00.
WEEKDAYS = '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri"]\nhours = ["09:00-18:00"]\n'


@dataclass
class Running:
    app: CompanionApp
    paths: AppPaths
    instance: SingleInstance

    def settings_file(self) -> dict:
        return tomllib.loads(self.paths.settings_file.read_text(encoding="utf-8"))


@pytest.fixture
def running(qtbot, tmp_path: Path, clock: FixedClock) -> Iterator[Running]:
    """The app in-process, listening on its instance socket as `run_app` makes it listen."""
    paths = AppPaths(tmp_path, tmp_path)
    paths.settings_file.write_text(WEEKDAYS, encoding="utf-8")
    app = start_app(qtbot, paths, "en", clock=clock)
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    assert instance.acquire()
    instance.answer = app.live_settings.answer
    assert instance.listen(), instance.listen_error
    instance.request_received.connect(app.handle_request)
    yield Running(app, paths, instance)
    dialog = app.settings_window.dialog
    if dialog is not None:
        dialog.close()
    instance.release()
    app.speech.translations.apply("en")
    app.shut_down()


def companion(qtbot, running: Running, *args: str) -> subprocess.CompletedProcess:
    """The real `companion` command, in its own process, while this one's event loop runs."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "COMPANION_", "PYTEST_"))
    }
    env.update(COMPANION_HOME=str(running.paths.data_dir), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def open_settings(qtbot, app: CompanionApp) -> SettingsDialog:
    app.settings_window.show()
    dialog = app.settings_window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def rules(app: CompanionApp):
    assert app.breaks.driver is not None
    return app.breaks.driver.cycle.rules


def test_a_value_set_while_the_window_is_open_shows_and_a_save_never_undoes_it(qtbot, running):
    app = running.app
    dialog = open_settings(qtbot, app)
    assert dialog.breaks.spins["breaks.micro_seconds"].value() == 40

    result = companion(qtbot, running, "config", "set", "breaks.micro_seconds", "20")

    assert result.returncode == 0, result.stderr
    assert rules(app).micro_length == timedelta(seconds=20)  # the breaks the app runs
    assert dialog.breaks.spins["breaks.micro_seconds"].value() == 20  # the window shows it
    assert dialog.news.isVisible() and "changed outside this window" in dialog.news.text()
    assert result.stdout == (
        "breaks.micro_seconds = 20 saved. Companion is running and uses it now.\n"
    )

    dialog.breaks.dim_screen.setChecked(True)  # the person changes something else, and saves
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert running.settings_file()["breaks"] == {"micro_seconds": 20, "dim_screen": True}
    assert rules(app).micro_length == timedelta(seconds=20)
    assert app.settings.get("breaks.dim_screen") is True
    listed = companion(qtbot, running, "config", "get", "breaks.micro_seconds")
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, "20\n", "")


def test_a_field_the_person_changed_keeps_their_change_and_the_window_says_so(qtbot, running):
    app = running.app
    dialog = open_settings(qtbot, app)
    dialog.breaks.spins["breaks.micro_interval_minutes"].setValue(45)  # not saved yet

    for key, value in (("breaks.micro_interval_minutes", "30"), ("breaks.long_minutes", "10")):
        assert companion(qtbot, running, "config", "set", key, value).returncode == 0

    spins = dialog.breaks.spins
    assert spins["breaks.micro_interval_minutes"].value() == 45  # theirs, kept
    assert spins["breaks.long_minutes"].value() == 10  # untouched: the new value
    assert rules(app).micro_interval == timedelta(minutes=30)  # in force until they save
    assert "yours is kept" in dialog.news.text() and "“Breaks”" in dialog.news.text()

    dialog.reject()  # Cancel: the values in force stay, in the app and the file
    assert running.settings_file()["breaks"] == {"micro_interval_minutes": 30, "long_minutes": 10}
    assert rules(app).micro_interval == timedelta(minutes=30)

    dialog = open_settings(qtbot, app)  # opened again: what is in force, no news
    spins = dialog.breaks.spins
    assert spins["breaks.micro_interval_minutes"].value() == 30 and not dialog.news.isVisible()
    spins["breaks.micro_interval_minutes"].setValue(45)
    assert companion(qtbot, running, "config", "set", "breaks.micro_seconds", "60").returncode == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # their change, on purpose
    assert running.settings_file()["breaks"] == {
        "micro_interval_minutes": 45,
        "long_minutes": 10,
        "micro_seconds": 60,
    }
    assert (rules(app).micro_interval, rules(app).micro_length) == (
        timedelta(minutes=45),
        timedelta(seconds=60),
    )


def test_each_kind_of_setting_reaches_the_running_parts_and_the_open_window(qtbot, running):
    from companion.domain.breaks import Phase

    app = running.app
    assert app.breaks.view is not None and app.breaks.view.phase is Phase.WORKING
    dialog = open_settings(qtbot, app)

    def config_set(key: str, value: str) -> None:
        result = companion(qtbot, running, "config", "set", key, value)
        assert result.returncode == 0, result.stderr
        assert result.stdout.endswith(" saved. Companion is running and uses it now.\n")

    config_set("breaks.long_interval_minutes", "120")  # a number
    assert rules(app).long_interval == timedelta(minutes=120)
    assert dialog.values()["breaks.long_interval_minutes"] == 120

    config_set("shift.hours", "18:00-22:00")  # shift hours: 14:30 is now before the shift
    assert app.breaks.view.phase is Phase.OFF_SHIFT
    next_shift = app.breaks.next_shift()
    assert next_shift is not None and (next_shift.hour, next_shift.minute) == (18, 0)
    assert dialog.values()["shift.hours"] == ["18:00-22:00"]

    config_set("calls.offer_mood_log", "yes")  # a boolean the app reads after each call
    assert dialog.calls.offer_mood_log.isChecked()
    app.handle_request(Call(started=True))  # `companion call start`, then `call end`
    app.handle_request(Call(started=False))
    assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
    app.mood.quick_log.close()

    config_set("breaks.dim_screen", "true")  # read as each break starts
    assert app.settings.get("breaks.dim_screen") is True
    assert dialog.breaks.dim_screen.isChecked()

    config_set("shortcuts.quick_log", "ctrl+alt+k")  # the hotkey: the field shows it now…
    assert dialog.values()["shortcuts.quick_log"] == "Ctrl+Alt+K"
    dialog.close()  # …and the app holds it once the window lets go of the keys
    assert app.mood.shortcut is not None and app.mood.shortcut.sequence == "Ctrl+Alt+K"

    dialog = open_settings(qtbot, app)
    config_set("language", "zh_CN")  # the language: the app and its open window speak it
    assert app.speech.language == "zh_CN"
    assert dialog.windowTitle() == "设置 · 心伴"
    assert app.menu.log_action.text() == "记录心情(&L)…"

    # The command asks the running app what it uses: the same as the file says.
    listed = companion(qtbot, running, "config", "get")
    assert listed.returncode == 0 and listed.stderr == ""
    assert 'language = "zh_CN"' in listed.stdout.splitlines()
    assert 'shortcuts.quick_log = "Ctrl+Alt+K"' in listed.stdout.splitlines()
    assert running.settings_file() == {
        "language": "zh_CN",
        "shift": {"days": ["mon", "tue", "wed", "thu", "fri"], "hours": ["18:00-22:00"]},
        "breaks": {"long_interval_minutes": 120, "dim_screen": True},
        "calls": {"offer_mood_log": True},
        "shortcuts": {"quick_log": "Ctrl+Alt+K"},
    }


def ask(qtbot, running: Running, request) -> dict:
    """One request through the socket as any client sends it; the answer, once it comes."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(running.instance.name)
    client.setblocking(False)
    client.sendall(encode(request))
    answer = b""

    def answered() -> bool:
        nonlocal answer
        with contextlib.suppress(BlockingIOError):  # nothing yet
            answer += client.recv(65536)
        return answer.endswith(b"\n")

    qtbot.waitUntil(answered)
    client.close()
    return json.loads(answer)


def test_a_bad_value_is_refused_with_its_reason_and_changes_nothing(qtbot, running):
    app = running.app
    before = running.paths.settings_file.read_bytes()
    dialog = open_settings(qtbot, app)

    result = companion(qtbot, running, "config", "set", "breaks.micro_seconds", "5")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("companion config: breaks.micro_seconds must be a whole")
    # Even a request that passed the command's own check is checked again by the app.
    answer = ask(qtbot, running, SetSetting("breaks.micro_interval_minutes", "110"))
    assert answer["ok"] is False and answer["refused"] is True
    assert "a long break can't come more often than a micro-break" in answer["error"]
    assert ask(qtbot, running, SetSetting("team.share", "true"))["refused"] is True

    assert running.paths.settings_file.read_bytes() == before
    assert rules(app).micro_length == timedelta(seconds=40)
    assert not dialog.news.isVisible()
    values = ask(qtbot, running, GetSettings())["values"]
    assert values["breaks.micro_seconds"] == 40 and values["shift.days_off"] == []


def test_a_hand_edit_of_the_file_applies_and_shows_and_a_broken_one_changes_nothing(qtbot, running):
    app = running.app
    dialog = open_settings(qtbot, app)
    file = running.paths.settings_file
    file.write_text(
        "# edited by IT\n" + WEEKDAYS + "[breaks]\nmicro_seconds = 60\n", encoding="utf-8"
    )
    qtbot.waitUntil(lambda: rules(app).micro_length == timedelta(seconds=60))
    assert dialog.breaks.spins["breaks.micro_seconds"].value() == 60

    file.write_text(WEEKDAYS + "[breaks\nmicro_seconds = 90\n", encoding="utf-8")  # mid-edit
    qtbot.waitUntil(lambda: any("cannot be used" in box.text() for box in app.notices.boxes))
    [said] = app.notices.boxes  # said once, without taking the keyboard (no tray here)
    assert said.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert rules(app).micro_length == timedelta(seconds=60)  # kept until the file is fixed
    assert file.read_text(encoding="utf-8").endswith("micro_seconds = 90\n")  # left in place

    file.write_text(WEEKDAYS + "[breaks]\nmicro_seconds = 90\n", encoding="utf-8")  # fixed
    qtbot.waitUntil(lambda: rules(app).micro_length == timedelta(seconds=90))
    assert dialog.breaks.spins["breaks.micro_seconds"].value() == 90


def test_a_companion_that_cannot_answer_gets_the_file_and_the_command_says_so(qtbot, tmp_path):
    """A Companion started before an update (it does not know the request), or one that holds
    the lock but does not answer: the file is written, and the command says what to do."""
    from companion.ipc.protocol import Reply

    paths = AppPaths(tmp_path, tmp_path)
    instance = SingleInstance(paths.data_dir, paths.instance_lock)
    assert instance.acquire()  # runs, but does not listen yet: no answer
    try:
        fake = Running(None, paths, instance)  # type: ignore[arg-type]
        silent = companion(qtbot, fake, "config", "set", "breaks.micro_seconds", "20")
        assert silent.returncode == 1 and silent.stdout == ""
        assert silent.stderr.startswith("companion config: breaks.micro_seconds = 20 saved, but")
        assert "did not answer" in silent.stderr
        assert fake.settings_file() == {"breaks": {"micro_seconds": 20}}

        instance.answer = lambda _request: Reply(False, "unknown command")  # an older one
        assert instance.listen(), instance.listen_error
        older = companion(qtbot, fake, "config", "set", "breaks.micro_seconds", "30")
        assert older.returncode == 1
        assert "older version" in older.stderr and "restart Companion" in older.stderr
        assert fake.settings_file() == {"breaks": {"micro_seconds": 30}}
        got = companion(qtbot, fake, "config", "get", "breaks.micro_seconds")
        assert got.returncode == 0 and got.stdout == "30\n"
        assert "did not say which settings it uses" in got.stderr
    finally:
        instance.release()


def test_a_tab_being_typed_into_is_left_alone_and_its_untouched_fields_are_never_saved(qtbot):
    from PySide6.QtGui import QKeySequence

    from companion.settings import Settings
    from tests.ui.test_settings_dialog import WORKS

    dialog = SettingsDialog(Settings(), WORKS)
    qtbot.addWidget(dialog)
    dialog.calls.spins["calls.auto_end_minutes"].setValue(90)  # theirs
    dialog.keys.shortcut_edit.setKeySequence(QKeySequence("K"))  # invalid, being fixed
    assert not dialog.save_button.isEnabled()

    elsewhere = {"shortcuts.call": "Ctrl+Alt+X", "breaks.micro_seconds": 20}
    dialog.follow(Settings(values=elsewhere), WORKS)

    assert dialog.breaks.spins["breaks.micro_seconds"].value() == 20  # another tab: shown
    call_keys = dialog.keys.edits["shortcuts.call"].keySequence()
    assert call_keys == QKeySequence("Ctrl+Alt+C")  # the tab being typed in: left as it is…
    assert dialog.calls.spins["calls.auto_end_minutes"].value() == 90
    assert "“Quick keys”" in dialog.news.text()  # …and said
    dialog.keys.shortcut_edit.setKeySequence(QKeySequence("Ctrl+Alt+J"))  # fixed
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert dialog.edited(saved.args[0]) == {  # what a Save writes: never the stale box
        "calls.auto_end_minutes": 90,
        "shortcuts.quick_log": "Ctrl+Alt+J",
        "startup.at_login": False,
    }
