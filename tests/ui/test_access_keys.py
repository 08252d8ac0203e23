"""Access keys are unique where they act (issue 15): in every menu, and in every window and
dialog the app makes, in English and in Chinese (where they are the (&X) suffixes).

The real app is started and every window the tray menu offers is opened; then each menu is read
item by item, and each window page by page (a key on a hidden tab or page does not act), so a
key given twice in one place — which makes Qt cycle between the two instead of acting — fails.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from companion.paths import AppPaths
from tests.helpers.app import start_app


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def menu_duplicates(menu: QMenu) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        text = sub.title() if isinstance(sub, QMenu) else action.text()
        if key := mnemonic(text):
            keys[key].append(text)
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def acting_texts(window: QWidget) -> list[str]:
    """The texts whose access keys act in `window` as it stands (visible parts only)."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and (
            widget.window() is not window or not widget.isVisibleTo(window)
        ):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return [text for text in texts if mnemonic(text)]


def window_duplicates(window: QWidget) -> list[str]:
    """Each page of each tab widget or stack in turn, the others as they are."""
    problems = []

    def look(where: str) -> None:
        keys: dict[str, list[str]] = defaultdict(list)
        for text in acting_texts(window):
            keys[mnemonic(text)].append(text)
        for key, texts in keys.items():
            if len(texts) > 1:
                problems.append(
                    f"{window.objectName() or type(window).__name__}{where}: {key} {texts}"
                )

    look("")
    for stack in [*window.findChildren(QTabWidget), *window.findChildren(QStackedWidget)]:
        if stack.window() is not window:
            continue
        was = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            look(f" [{type(stack).__name__} page {index}]")
        stack.setCurrentIndex(was)
    return problems


def every_window(app) -> Iterator[QWidget]:
    seen: set[int] = set()
    for top in QApplication.topLevelWidgets():
        for window in [top, *top.findChildren(QWidget)]:
            if window.isWindow() and not isinstance(window, QMenu) and id(window) not in seen:
                seen.add(id(window))
                yield window


@pytest.fixture(params=["en", "zh_CN"])
def app(request, qtbot, tmp_path):
    companion = start_app(qtbot, AppPaths(tmp_path, tmp_path), request.param)
    menu = companion.menu
    for action in (
        menu.log_action,
        menu.history_action,
        menu.dashboard_action,
        menu.summary_action,
        menu.plan_action,
        menu.reframe_action,
        menu.records_action,
        menu.exercises_action,
        menu.checkin_action,
        menu.help_action,
        menu.settings_action,
    ):
        action.trigger()
        qtbot.wait(10)
    yield companion
    for window in every_window(companion):
        window.hide()
    companion.shut_down()
    companion.speech.translations.apply("en")  # the app's language was the whole process's


def test_no_access_key_is_given_twice_in_any_menu(app):
    menus = [app.menu.menu, *app.menu.menu.findChildren(QMenu)]
    for window in every_window(app):
        menus += window.findChildren(QMenu)
    assert len(menus) >= 3
    problems = {menu.title() or menu.objectName(): menu_duplicates(menu) for menu in menus}
    assert not {name: found for name, found in problems.items() if found}


def test_no_access_key_is_given_twice_in_any_window(app):
    windows = list(every_window(app))
    assert len(windows) >= 10, [w.objectName() for w in windows]
    problems = [problem for window in windows for problem in window_duplicates(window)]
    assert not problems, "\n".join(problems)
