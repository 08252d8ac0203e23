"""The whole app wired together in-process: stand-in window, menu, language, bad files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.app import CompanionApp
from companion.ipc.protocol import Activate, Call
from companion.paths import AppPaths
from companion.settings import load_settings
from tests.helpers.app import notices, start_app


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path, tmp_path)


def start(qtbot, paths, language=None) -> CompanionApp:
    return start_app(qtbot, paths, language)


def test_without_a_tray_a_stand_in_window_says_why(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        assert app.presence.tray is None
        assert app.presence.stand_in is not None and app.presence.stand_in.isVisible()
        assert "no system tray" in app.presence.stand_in.why.text()
        app.presence.stand_in.log_button.click()
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
        app.presence.stand_in.close()  # closing hides it; the app keeps running
        assert not app.presence.stand_in.isVisible()
        app.handle_request(Activate())  # a second start brings it back
        assert app.presence.stand_in.isVisible()
    finally:
        app.shut_down()


def test_language_chosen_in_the_menu_applies_at_once_and_is_kept(qtbot, paths):
    app = start(qtbot, paths, None)
    try:
        app.mood.show_history()  # open windows follow the language at once
        app.mood.show_quick_log()
        app.menu.language_actions["zh_CN"].trigger()
        assert app.speech.language == "zh_CN"
        assert load_settings(paths.settings_file).language == "zh_CN"
        assert app.menu.log_action.text() == "记录心情(&L)…"
        assert app.mood.quick_log is not None and app.mood.quick_log.title.text().startswith(
            "刚接待完"
        )
        assert app.mood.history is not None and app.mood.history.windowTitle() == "心情记录 · 心伴"
        assert (
            app.presence.stand_in is not None
            and app.presence.stand_in.title.text() == "心伴正在运行"
        )
        app.menu.language_actions["en"].trigger()
        assert app.mood.quick_log.title.text() == "How are you after that contact?"
        assert app.mood.history.windowTitle() == "Mood log · Companion"
        assert paths.settings_file.read_text(encoding="utf-8").strip() == 'language = "en"'
    finally:
        app.speech.translations.apply("en")
        app.shut_down()


def test_a_damaged_database_is_kept_aside_and_the_user_told(qtbot, paths):
    paths.database.write_bytes(b"this is not a database at all" * 10)
    app = start(qtbot, paths, "en")
    try:
        asides = list(paths.data_dir.glob("companion.db.corrupt-*"))
        assert len(asides) == 1
        assert asides[0].read_bytes() == b"this is not a database at all" * 10
        shown = notices(app)
        assert len(shown) == 1
        assert str(asides[0]) in shown[0].text()
        assert str(paths.database) in shown[0].text()
        assert app.store is not None and app.store.count_moods() == 0
    finally:
        app.shut_down()


def test_bad_settings_are_reported_and_the_rest_applies(qtbot, paths):
    paths.settings_file.write_text('language = "fr"\ncolour = "blue"\n', encoding="utf-8")
    app = start(qtbot, paths, None)
    try:
        text = notices(app)[0].text()
        assert "language" in text and "zh_CN" in text and "colour" in text
        assert paths.settings_file.read_text(encoding="utf-8").startswith('language = "fr"')
    finally:
        app.shut_down()


# offscreen has no tray: Qt finds no signal to connect a tray icon's window to
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_stand_in_moves_to_a_tray_that_appears_later(qtbot, paths, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    app = start(qtbot, paths, "en")
    try:
        assert app.presence.stand_in is not None and app.presence.tray is None
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
        app.presence.tray_watch.check()  # what the two-minute watch does every five seconds
        assert app.presence.tray is not None
        assert app.presence.stand_in is None
        assert not app.presence.tray_watch.watching  # nothing polls once the tray is there
    finally:
        app.shut_down()


def test_the_tray_watch_gives_up_after_two_minutes(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        assert app.presence.tray_watch.watching
        for _ in range(24):
            app.presence.tray_watch.check()
        assert not app.presence.tray_watch.watching
        assert app.presence.stand_in is not None and app.presence.stand_in.isVisible()
    finally:
        app.shut_down()


ALL_DAY = (
    '[shift]\ndays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\nhours = ["00:00-24:00"]\n'
)


def test_breaks_from_the_menu_and_a_call_from_the_command_line(qtbot, paths):
    from companion.domain.breaks import Phase

    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    app = start(qtbot, paths, "en")
    try:
        assert app.breaks.driver is not None and app.breaks.presenter is not None
        assert "micro-break in 25 min" in app.presence.stand_in.status.text()
        app.menu.break_action.trigger()
        assert app.breaks.driver.view.phase is Phase.BREAK
        assert app.breaks.presenter.window.isVisible()
        app.handle_request(Call(started=True))  # `companion call start`
        assert app.breaks.driver.view.on_call
        assert not app.breaks.presenter.window.isVisible()  # a call ends the break at once
        assert app.menu.call_action.isChecked()
        assert "on a call" in app.presence.stand_in.status.text()
        assert [r.outcome for _id, r in app.store.breaks_between()] == ["ended_early"]
        app.handle_request(Call(started=False))
        assert not app.breaks.driver.view.on_call
        app.menu.pause_actions[30].trigger()
        assert app.breaks.driver.view.phase is Phase.PAUSED
        assert "paused until" in app.presence.stand_in.status.text()
        assert app.menu.resume_action.isEnabled()
        app.menu.resume_action.trigger()
        assert app.breaks.driver.view.phase is Phase.WORKING
    finally:
        app.shut_down()


def test_settings_saved_in_the_dialog_apply_at_once_and_keep_the_file(qtbot, paths):
    paths.settings_file.write_text("# set up by IT\n" + ALL_DAY, encoding="utf-8")
    app = start(qtbot, paths, "en")
    try:
        app.settings_window.show()
        dialog = app.settings_window.dialog
        assert dialog is not None and dialog.isVisible()
        values = dialog.values()
        values["breaks.micro_interval_minutes"] = 40
        app.settings_window.apply(values)
        text = paths.settings_file.read_text(encoding="utf-8")
        assert text.startswith("# set up by IT\n")  # the administrator's file is kept
        assert "micro_interval_minutes = 40" in text
        assert "long_minutes" not in text  # unchanged keys are not written
        assert app.breaks.driver is not None
        assert app.breaks.driver.cycle.rules.micro_interval.total_seconds() == 40 * 60
    finally:
        dialog.close()
        app.shut_down()


def test_after_a_call_the_mood_log_is_offered_when_asked_for(qtbot, paths):
    paths.settings_file.write_text(ALL_DAY + "[calls]\noffer_mood_log = true\n", encoding="utf-8")
    app = start(qtbot, paths, "en")
    try:
        app.breaks.set_on_call(True)
        assert app.mood.quick_log is None or not app.mood.quick_log.isVisible()
        app.breaks.set_on_call(False)
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
    finally:
        app.shut_down()


def test_a_high_stress_log_offers_breathing_or_reframing_and_never_forces_it(qtbot, paths):
    from PySide6.QtCore import Qt

    app = start(qtbot, paths, "en")
    try:
        app.mood.show_quick_log()
        quick = app.mood.quick_log
        assert quick is not None
        qtbot.keyClick(quick, Qt.Key.Key_8)
        qtbot.keyClick(quick, Qt.Key.Key_Return)
        offer = app.reframing.support_offer
        assert offer is not None and offer.isVisible()
        assert "8" in offer.text.text()
        assert offer.later_button.isDefault()  # Enter dismisses; it never starts anything
        offer.reframe_button.click()
        assert not offer.isVisible()
        wizard = app.reframing.wizard
        assert wizard is not None and wizard.isVisible()
        [entry] = app.store.recent_moods(1)
        assert wizard.record is not None and wizard.record.mood_entry_id == entry.id

        quick.open_fresh()
        qtbot.keyClick(quick, Qt.Key.Key_3)  # low stress: nothing offered
        offer.hide()
        qtbot.keyClick(quick, Qt.Key.Key_Return)
        assert not offer.isVisible()
    finally:
        if app.reframing.wizard is not None:
            app.reframing.wizard.hide()
        app.shut_down()


def test_breathing_from_the_offer_is_kept_as_an_exercise(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        app.reframing.breathe_for_a_minute()
        window = app.reframing.breathing_window
        assert window is not None and window.isVisible()
        window.end_early()
        [use] = app.store.exercises_between()
        assert use.kind == "breathing"
    finally:
        app.shut_down()


def test_reframing_from_the_menu_and_records_afterwards(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        app.menu.reframe_action.trigger()
        wizard = app.reframing.wizard
        assert wizard is not None and wizard.isVisible()
        wizard.thought.setPlainText("I always get the angry ones")
        wizard.finish()
        [record] = app.store.thoughts()
        [use] = app.store.exercises_between()
        assert use.kind == "thought_record" and use.thought_record_id == record.id
        app.menu.records_action.trigger()
        assert (
            app.reframing.records_window is not None
            and app.reframing.records_window.list.count() == 1
        )
        app.reframing.records_window.hide()
    finally:
        app.shut_down()


def test_the_exercises_open_from_the_menu_and_are_kept(qtbot, paths):
    app = start(qtbot, paths, "zh_CN")
    try:
        app.menu.exercises_action.trigger()
        window = app.reframing.exercises_window
        assert window is not None and window.isVisible()
        app.reframing.show_exercises("task_split")
        assert window.current_page() is window.pages["task_split"]
        window.hide()
    finally:
        app.speech.translations.apply("en")
        app.shut_down()


def test_trends_from_the_menu_and_the_entries_behind_a_day(qtbot, paths):
    from datetime import timedelta

    from companion.domain.mood import make_mood_input

    app = start(qtbot, paths, "en")
    try:
        assert app.store is not None
        now = app.clock.now()
        for back, stress in ((0, 7), (0, 5), (3, 2)):
            at = now - timedelta(days=back, minutes=5)
            app.store.add_mood(make_mood_input(at=at, now=now, stress=stress))
        app.menu.dashboard_action.trigger()
        dashboard = app.mood.dashboard
        assert dashboard is not None and dashboard.isVisible()
        qtbot.addWidget(dashboard)
        assert dashboard.board is not None and dashboard.board.entries == 3
        today = now.astimezone(app.clock.local_zone()).date()
        dashboard.over_time.day_clicked.emit(today)  # as a click on today's dot does
        assert app.mood.history is not None and app.mood.history.isVisible()
        assert app.mood.history.model.rowCount() == 2  # only today's two entries
        # A new entry logged meanwhile shows at once on the open dashboard.
        app.store.add_mood(make_mood_input(at=now, now=now, stress=9))
        app.events.mood_saved.emit(app.store.recent_moods(1)[0])  # as the quick log does
        assert dashboard.board.entries == 4
    finally:
        app.shut_down()


def test_a_binding_that_loses_references_is_named_once_with_what_to_install(qtbot, paths):
    from companion.process.qt_binding import GOOD_BINDING, BindingReport, Drift

    leaking = BindingReport(Drift(20, none=-20, true=-40, false=0), pinned=True)
    app = start_app(qtbot, paths, ready=lambda app: app.breaks.driver is not None, binding=leaking)
    try:
        [box] = notices(app)
        assert "Qt library" in box.windowTitle()
        assert app.binding.pyside_version in box.text() and GOOD_BINDING in box.text()
        assert f"Python {app.binding.python_version}" in box.text()
    finally:
        app.shut_down()


def test_a_sound_binding_and_a_clean_last_stop_say_nothing(qtbot, paths):
    from companion.process.qt_binding import check_binding

    app = start_app(
        qtbot, paths, ready=lambda app: app.breaks.driver is not None, binding=check_binding()
    )
    try:
        assert notices(app) == []
        assert app.findChildren(QMessageBox) == []
    finally:
        app.shut_down()
