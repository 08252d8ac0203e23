"""The weekly check-in wired into the app: from the tray menu, offered again, saved once."""

from __future__ import annotations

from companion.app import CompanionApp
from tests.ui.test_app import paths, start  # noqa: F401 (the fixture is used by name)


def test_the_check_in_opens_from_the_menu_once_and_is_saved(qtbot, paths):  # noqa: F811
    app: CompanionApp = start(qtbot, paths, "en")
    try:
        assert app.menu.checkin_action.text() == "&Weekly check-in…"
        app.menu.checkin_action.trigger()
        dialog = app.wellbeing.checkin
        assert dialog is not None and dialog.isVisible()
        qtbot.addWidget(dialog)
        dialog.answer(0, 4)
        app.wellbeing.offer_checkin()  # offered again while open: the same window, answers kept
        assert app.wellbeing.checkin is dialog and dialog.answers()[0] == 4
        for row in range(1, 5):
            dialog.answer(row, 3)
        dialog.submit()
        assert not dialog.help_button.isVisible()  # 64: not low
        dialog.help_button.click()  # "Where to turn…" leads to the help contacts
        assert app.wellbeing.help_window is not None and app.wellbeing.help_window.isVisible()
        qtbot.addWidget(app.wellbeing.help_window)
        assert app.store is not None
        latest = app.store.latest_check_in()
        assert latest is not None and latest.answers == (4, 3, 3, 3, 3)
        dialog.hide()
        app.wellbeing.offer_checkin()  # done this week: it says so, and allows another
        assert dialog.isVisible() and dialog.last_done.isVisible()
        assert dialog.answers() == [None] * 5
        app.choose_language("zh_CN")
        assert dialog.source.text().startswith("WHO-5 幸福感指数（心伴译本）\n")
    finally:
        app.speech.translations.apply("en")
        app.shut_down()


def test_a_check_in_that_falls_due_never_takes_the_keyboard(qtbot, paths, monkeypatch):  # noqa: F811
    """It opened by itself minutes after the first start and took the focus. When its time
    comes now, someone typing goes on typing: a tray message offers it (a click opens it with
    the keyboard), and where there is no tray it shows without being activated."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QSystemTrayIcon

    from tests.helpers.app import start_app

    app = start_app(qtbot, paths, ready=lambda app: app.wellbeing.driver is not None)
    try:
        typing = QLineEdit()  # a chat window being typed into
        qtbot.addWidget(typing)
        typing.show()
        typing.activateWindow()
        qtbot.waitUntil(typing.isActiveWindow)
        typing.setFocus()
        qtbot.keyClicks(typing, "Your refund ")

        assert not app.presence.can_tell()  # offscreen: no tray
        app.wellbeing.driver.checkin_due.emit()
        dialog = app.wellbeing.checkin
        assert dialog is not None and dialog.isVisible()
        qtbot.wait(200)
        assert QApplication.activeWindow() is typing
        qtbot.keyClicks(QApplication.focusWidget(), "is on its way 3")
        assert typing.text() == "Your refund is on its way 3"
        assert dialog.answers() == [None] * 5  # not one key reached the questions
        dialog.hide()

        shown: list[str] = []
        monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
        app.presence.tray = QSystemTrayIcon()
        monkeypatch.setattr(app.presence.tray, "showMessage", lambda *args: shown.append(args[0]))
        app.wellbeing.driver.checkin_due.emit()
        assert shown == ["Your weekly check-in"] and not dialog.isVisible()
        assert QApplication.activeWindow() is typing
        app.wellbeing.message_opened()  # the person clicked the message: now it may
        assert dialog.isVisible()
        qtbot.waitUntil(dialog.isActiveWindow)
        app.presence.tray = None
    finally:
        app.shut_down()
