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
