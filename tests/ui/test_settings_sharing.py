"""The "Your team" tab of the settings, in the running app on a real SQLite file: ticking the
box shares from today with a pseudonym made here, unticking keeps it, the days sent are shown as
they were sent, and without team.url and team.name the box cannot be ticked."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import CompanionApp
from companion.paths import AppPaths, resources_dir
from companion.storage.team_days import shared_day
from companion.storage.team_share import TeamShare
from companion.ui.settings import SettingsDialog
from companion.ui.style import STYLE_SHEET
from tests.helpers.app import start_app
from tests.helpers.clock import FakeClock
from tests.ui.test_settings_dialog import assert_nothing_clipped

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # Monday 14:30 in Shanghai
SHIFT = (
    '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nhours = ["09:00-18:00"]\n'
)
TEAM = (
    '[team]\nurl = "postgresql://agent7:s3cret@team.example.com:5432/companion"\n'
    'name = "售后二组"\n'
)
SENT = {
    "day": "2026-11-20",
    "entries": 3,
    "mean_stress": 6.3333,
    "max_stress": 9,
    "by_category": {
        "complaint": {"entries": 2, "mean_stress": 7.5},
        "none": {"entries": 1, "mean_stress": 4.0},
    },
    "by_emotion": {"wronged": 2},
    "breaks": {"offered": 8, "taken": 6, "skipped": 2},
    "exercises": 1,
    "checkin_low": None,
}


def start(qtbot, tmp_path: Path, settings: str) -> CompanionApp:
    paths = AppPaths(tmp_path, tmp_path)
    (tmp_path / "settings.toml").write_text(
        settings + "[calls]\ndetect_microphone = false\n", encoding="utf-8"
    )
    app = start_app(
        qtbot, paths, clock=FakeClock(NOW, SHANGHAI), ready=lambda app: app.journal is not None
    )
    return app


def stored(tmp_path: Path) -> tuple | None:
    """The sharing row as a second process would read it from the file."""
    with sqlite3.connect(tmp_path / "companion.db") as other:
        return other.execute("SELECT pseudonym, sharing, since_day FROM team_share").fetchone()


def sharing_tab(qtbot, app: CompanionApp) -> SettingsDialog:
    app.settings_window.show()
    dialog = app.settings_window.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.findChild(QWidget, "sharingPage"))
    return dialog


def tick(qtbot, box) -> None:
    """Click the box where a person does: on its square (the row is wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def texts(dialog: SettingsDialog) -> str:
    tab = dialog.sharing
    labels = (tab.where, tab.what, tab.counted, tab.stop, tab.pseudonym, tab.last_sync)
    labels = (*labels, tab.last_result)
    return "\n".join(label.text() for label in (*labels, tab.pending) if label.isVisible())


@pytest.fixture
def app(qtbot, tmp_path):
    started = start(qtbot, tmp_path, SHIFT + TEAM)
    assert (tmp_path / "companion.db").exists()
    yield started
    started.shut_down()


def test_ticking_the_box_makes_a_pseudonym_and_unticking_keeps_it(qtbot, app, tmp_path):
    dialog = sharing_tab(qtbot, app)
    box = dialog.sharing.share
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "&Your team"
    assert box.isEnabled() and not box.isChecked()
    assert stored(tmp_path) is None  # nothing until the agent says so
    shown = texts(dialog)
    assert "Sent to the team “售后二组” on the server team.example.com:5432." in shown
    assert "s3cret" not in shown and "agent7" not in shown  # never the login or password
    for sent in ("pseudonym", "team name", "the date", "mean stress", "per call type"):
        assert sent in dialog.sharing.what.text()
    for never in ("notes", "thought records", "check-in answers", "times of day"):
        assert never in dialog.sharing.what.text()
    assert "companion team withdraw" in dialog.sharing.stop.text()

    with qtbot.waitSignal(app.settings_window.sharing_changed):
        tick(qtbot, box)
    pseudonym, sharing, since = stored(tmp_path)
    assert len(pseudonym) == 32 and sharing == 1 and since == "2026-11-23"
    assert box.isChecked()
    assert f"Your pseudonym: {pseudonym}" in texts(dialog)
    assert "No days are waiting to be sent." in texts(dialog)  # today's shift is not over
    assert "Last send: none yet." in texts(dialog)

    tick(qtbot, box)  # at once: no Save
    assert stored(tmp_path) == (pseudonym, 0, "2026-11-23")  # the pseudonym is kept
    assert not box.isChecked()
    dialog.reject()  # Cancel does not undo it either
    assert stored(tmp_path) == (pseudonym, 0, "2026-11-23")

    dialog = sharing_tab(qtbot, app)
    assert not dialog.sharing.share.isChecked()
    tick(qtbot, dialog.sharing.share)
    assert stored(tmp_path) == (pseudonym, 1, "2026-11-23")  # the same pseudonym again


def test_the_days_sent_are_shown_as_they_were_sent_with_the_last_send_and_the_days_waiting(
    qtbot, app, tmp_path
):
    # What `companion team sync` leaves behind, from its own connection to the file.
    with sqlite3.connect(tmp_path / "companion.db") as other:
        share = TeamShare(other)
        share.turn_on(date(2026, 11, 20), NOW)
        # as sync sends them: today's counts of those days (a day whose counts changed since
        # would be due again)
        first, second = (
            shared_day(other, day, SHANGHAI).as_sent()
            for day in (date(2026, 11, 20), date(2026, 11, 21))
        )
        share.record_sent("售后二组", [first, second], NOW)
        share.record_result(NOW, False, "not sent, kept for later: team server down")
    dialog = sharing_tab(qtbot, app)
    tab = dialog.sharing
    assert tab.share.isChecked()
    rows = tab.rows
    assert rows.isReadOnly()
    assert QFontInfo(rows.font()).fixedPitch()
    assert json.loads(rows.toPlainText()) == [second, first]  # the newest first
    assert rows.accessibleName() == "Last days sent, exactly as they were sent"
    shown = texts(dialog)
    assert "Last send: 2026-11-23 14:30, it did not go through" in shown  # local time
    assert "team server down" in shown
    assert "Days waiting to be sent (1): 2026-11-22." in shown  # Sunday's shift is over

    with sqlite3.connect(tmp_path / "companion.db") as other:
        TeamShare(other).record_result(NOW, True, "sent 1 day(s) (2026-11-22)")
    app.settings_window.show()  # shown again: as it is now
    assert "Last send: 2026-11-23 14:30, it went through." in texts(dialog)


def test_without_team_url_and_name_the_box_cannot_be_ticked(qtbot, tmp_path):
    app = start(qtbot, tmp_path, SHIFT + '[team]\nname = "售后二组"\n')
    try:
        dialog = sharing_tab(qtbot, app)
        box = dialog.sharing.share
        assert not box.isEnabled() and not box.isChecked()
        assert "team.url and team.name in settings.toml" in dialog.sharing.where.text()
        tick(qtbot, box)
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert stored(tmp_path) is None
        assert app.team.sharing.turn_on() is False  # nor from anywhere else in the app
        assert stored(tmp_path) is None
    finally:
        app.shut_down()


def test_the_tab_and_the_box_are_reached_from_the_keyboard(qtbot, app, tmp_path):
    dialog = sharing_tab(qtbot, app)
    dialog.tabs.setCurrentIndex(0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.shift.hours.setFocus()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Y, alt)
    assert dialog.tabs.currentWidget() is dialog.sharing
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_W, alt)
    qtbot.waitUntil(lambda: stored(tmp_path) is not None)
    assert dialog.sharing.share.isChecked()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_L, alt)
    assert QApplication.focusWidget() is dialog.sharing.rows
    qtbot.keyClick(dialog.sharing.rows, Qt.Key.Key_Tab)  # the page's scroll area is no stop
    assert QApplication.focusWidget() in (dialog.save_button, dialog.cancel_button)


def test_a_dialog_without_the_app_says_nothing_can_be_shared(qtbot, tmp_path):
    from companion.settings import load_settings
    from tests.ui.test_settings_dialog import WORKS

    dialog = SettingsDialog(load_settings(tmp_path / "settings.toml"), WORKS)
    qtbot.addWidget(dialog)
    assert not dialog.sharing.share.isEnabled()
    assert not dialog.sharing.pending.isVisibleTo(dialog)
    assert dialog.sharing.rows.toPlainText() == ""


# what the agent is told of the lead's figures: only weeks of enough people, published once
# closed and frozen; withdrawing deletes the days, weeks already published stay
PUBLISHED = {
    "en": (
        "Your days count in a week's figures only if enough people shared that week: 10 or more",
        "published to your lead once it closes, 8 days after its Sunday, and never changes after",
        "which deletes your days there. Weeks already published stay as they were",
    ),
    "zh_CN": (
        "只有一周内分享的人足够多（10 人或以上，除非管理员另行设定），你的数据才会计入",
        "每周在截止后（周日之后 8 天）才公布给组长，公布后不再改变。",
        "把你的数据从服务器上删除。已经公布的周保持原样",
    ),
}


def test_the_smallest_group_said_is_the_team_servers_default():
    from companion.team.schema import DEFAULT_MIN_GROUP
    from companion.ui.settings.sharing_tab import DEFAULT_MIN_GROUP as SAID

    assert SAID == DEFAULT_MIN_GROUP


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_tab_fits_in_both_languages(qtbot, app, tmp_path, language):
    with sqlite3.connect(tmp_path / "companion.db") as other:
        share = TeamShare(other)
        share.turn_on(date(2026, 11, 16), NOW)
        share.record_sent("售后二组", [SENT], NOW)
        share.record_result(NOW, False, "not sent, kept for later: team server down")
    translator = QTranslator()
    locale = QLocale()
    if language != "en":
        assert translator.load(f"companion_{language}", str(resources_dir() / "translations"))
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
    try:
        dialog = sharing_tab(qtbot, app)
        dialog.setStyleSheet(STYLE_SHEET)
        dialog.retranslate(language)
        app.settings_window.show()
        QApplication.processEvents()
        if language == "zh_CN":
            assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "我的团队(&Y)"
            assert "、" in dialog.sharing.pending.text()
            assert "companion team withdraw" in dialog.sharing.stop.text()
        for words in PUBLISHED[language]:
            assert words in texts(dialog), words
        if language == "zh_CN":
            from tests.helpers.chinese_punctuation import problems

            assert not problems(dialog.sharing.counted.text() + dialog.sharing.stop.text())
        assert dialog.minimumSizeHint().width() <= 800  # every section's tab in sight
        assert dialog.minimumSizeHint().height() <= 560
        dialog.resize(640, 560)  # the smallest it opens at (as wide as its tabs need)
        QApplication.processEvents()
        assert_nothing_clipped(dialog)
        # As short as it goes (shorter than a 1024×600 screen leaves it): the page scrolls,
        # nothing in it is squeezed and the rows sent are scrolled to in full.
        shortest = dialog.minimumSizeHint().height()
        assert shortest < 500
        dialog.resize(640, shortest)
        QApplication.processEvents()
        page = dialog.sharing.scroller
        assert page.verticalScrollBar().maximum() > 0
        assert_nothing_clipped(page.widget())
        rows = dialog.sharing.rows
        assert rows.height() >= rows.minimumHeight()
        page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())  # scrolled down
        QApplication.processEvents()
        top_left = rows.mapTo(page.viewport(), QPoint(0, 0))
        assert page.viewport().rect().contains(rows.rect().translated(top_left))
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_erasing_says_how_many_shared_days_stay_on_the_server(qtbot, app, tmp_path):
    from tests.ui.test_settings_data import confirm_box

    dialog = sharing_tab(qtbot, app)
    dialog.data.confirm_erase()
    box = confirm_box(dialog)
    assert "team server" not in box.text()  # nothing was shared
    box.reject()
    with sqlite3.connect(tmp_path / "companion.db") as other:
        share = TeamShare(other)
        share.turn_on(date(2026, 11, 20), NOW)
        days = (date(2026, 11, 20), date(2026, 11, 21))
        share.record_sent("售后二组", [shared_day(other, d, SHANGHAI).as_sent() for d in days], NOW)
    app.settings_window.show()  # shown again: as it is now
    dialog.data.confirm_erase()
    box = confirm_box(dialog)
    assert "2 days shared with your team stay on the team server." in box.text()
    assert "run “companion team withdraw” first" in box.text()
    box.reject()
