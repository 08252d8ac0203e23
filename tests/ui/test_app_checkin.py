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
