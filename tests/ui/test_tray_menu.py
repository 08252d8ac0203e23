"""The tray menu and the stand-in window in both languages: one name for the mood log, and an
accelerator that is unique in its menu for every item."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QPushButton

from companion.ui.i18n import Translations
from companion.ui.tray import StandInWindow, TrayMenu


def accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        found = re.search(r"&(\w)", text)
        assert found, f"no accelerator: {text!r}"
        keys.append(found.group(1).lower())
    return keys


def menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        text = sub.title() if isinstance(sub, QMenu) else action.text()
        if text in ("Language / 语言", "语言 / Language"):  # named in both, for anyone
            continue
        texts.append(text)
    return texts


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def test_every_item_of_the_tray_menu_has_its_own_accelerator(qtbot, language):
    menu = TrayMenu("en")
    texts = menu_texts(menu.menu)
    assert len(texts) >= 15
    keys = accelerators(texts)
    assert len(keys) == len(set(keys)), dict(zip(texts, keys, strict=True))
    pause = [action.text() for action in menu.pause_menu.actions() if not action.isSeparator()]
    assert len(accelerators([t for t in pause if "&" in t])) == 1  # resume; the rest are spans


def test_the_mood_log_is_one_name_in_the_menu_the_stand_in_and_the_window(
    qtbot, language, store, clock, vocabulary
):
    from companion.ui.history import HistoryWindow

    menu = TrayMenu("en")
    stand_in = StandInWindow(QIcon(), menu)
    qtbot.addWidget(stand_in)
    window = HistoryWindow(lambda: store, clock, vocabulary)
    qtbot.addWidget(window)
    window.retranslate(language)
    name = {"en": "Mood log", "zh_CN": "心情记录"}[language]
    companion = {"en": "Companion", "zh_CN": "心伴"}[language]
    assert menu.history_action.text().replace("&", "").replace("(O)", "") == f"{name}…"
    assert stand_in.history_button.text() == menu.history_action.text()
    assert window.windowTitle() == f"{name} · {companion}"
    assert window.title.text() == name
    buttons = [b.text() for b in stand_in.findChildren(QPushButton)]
    keys = accelerators(buttons)
    assert len(keys) == len(set(keys)), buttons


def test_the_menu_shows_each_window_s_global_keys_and_follows_their_change(qtbot):
    """Issue 32: the keyboard routes are written beside their menu entries (on the right, as
    every menu shows a key), and change when the settings do; they are shown, never a second
    application shortcut that would make the window's own keys ambiguous."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QStyleOptionMenuItem, QWidget

    menu = TrayMenu("en")
    changed: list[None] = []
    menu.keys_changed.connect(lambda: changed.append(None))
    menu.show_keys(
        {
            "shortcuts.quick_log": "Ctrl+Alt+M",
            "shortcuts.mood_log": "Ctrl+Alt+H",
            "shortcuts.trends": "Ctrl+Alt+R",
            "shortcuts.settings": "Ctrl+Alt+Shift+S",
        }
    )
    shown = {action.text(): action.shortcut().toString() for action in menu.menu.actions()}
    assert shown["&Log mood…"] == "Ctrl+Alt+M"
    assert shown["Mood l&og…"] == "Ctrl+Alt+H"
    assert shown["&Trends…"] == "Ctrl+Alt+R"
    assert shown["&Settings…"] == "Ctrl+Alt+Shift+S"
    assert shown["&My plan…"] == ""  # no global keys: nothing beside it
    # what the menu draws on an entry's right (QMenu's tab part of the item's text)
    option = QStyleOptionMenuItem()
    menu.menu.ensurePolished()
    menu.menu.adjustSize()
    QMenu.initStyleOption(menu.menu, option, menu.dashboard_action)
    assert option.text.split("\t")[1] == "Ctrl+Alt+R"
    for action in menu.keyed_actions.values():
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut

    menu.show_keys({**menu.keys, "shortcuts.trends": "Ctrl+Alt+Y", "shortcuts.settings": ""})
    assert menu.dashboard_action.shortcut().toString() == "Ctrl+Alt+Y"
    assert menu.settings_action.shortcut().isEmpty()
    assert len(changed) == 2

    # A window's own shortcut on the same keys still works: the menu's keys are not a rival.
    window = QWidget()
    qtbot.addWidget(window)
    own = QShortcut(QKeySequence("Ctrl+Alt+Y"), window)
    fired: list[str] = []
    own.activated.connect(lambda: fired.append("own"))
    own.activatedAmbiguously.connect(lambda: fired.append("ambiguous"))
    menu.dashboard_action.triggered.connect(lambda: fired.append("menu"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert fired == ["own"]
