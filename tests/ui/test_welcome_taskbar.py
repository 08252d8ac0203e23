"""On Windows the welcome says, in words, how to keep the icon on the taskbar (Windows 11 and
10 put a new program's icon in the overflow) and that the shortcut works wherever the icon is;
elsewhere it says nothing of the kind."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QIcon

from companion.settings import Settings
from companion.ui.welcome import WelcomeWindow, WhereItLives
from tests.helpers.clock import FakeClock

MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TRAY = QRect(1300, 740, 22, 22)


def welcome(qtbot, platform: str, shortcut: str = "Ctrl+Alt+M", in_tray: bool = True, tray=TRAY):
    where = WhereItLives(in_tray, tray, shortcut, "Log mood…", platform=platform)
    window = WelcomeWindow(Settings(), where, lambda *_: None, FakeClock(MONDAY_10), QIcon())
    qtbot.addWidget(window)
    window.retranslate("en")
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_windows_it_says_where_to_keep_the_icon_and_that_the_shortcut_always_works(qtbot):
    window = welcome(qtbot, "win32")
    text = window.taskbar.text()
    assert window.taskbar.isVisible()
    assert (
        "on Windows 11, open Settings › Personalisation › Taskbar › Other system tray icons "
        "and switch Companion on" in text
    )
    assert (
        "on Windows 10, Settings › Personalisation › Taskbar › Select which icons appear on "
        "the taskbar." in text
    )
    assert text.endswith("Wherever the icon is, Ctrl+Alt+M always opens the mood log.")
    # and a small picture of it: the ^ button's pop-up and the icon's place on the taskbar
    picture = window.taskbar_picture
    assert picture.isVisible() and picture.accessibleName() == (
        "Picture: the taskbar's hidden icons"
    )
    image = picture.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert len(colours) > 4  # drawn: the bar, the pop-up, the arrow
    # Nothing is cut off: the label is as tall as its words at the window's width.
    label = window.taskbar
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 20)


def test_without_a_shortcut_it_does_not_promise_one(qtbot):
    window = welcome(qtbot, "win32", shortcut="")
    text = window.taskbar.text()
    assert "Other system tray icons" in text and "always" not in text


@pytest.mark.parametrize(("platform", "in_tray"), [("linux", True), ("win32", False)])
def test_elsewhere_or_without_a_tray_it_says_nothing_of_the_taskbar(qtbot, platform, in_tray):
    window = welcome(qtbot, platform, in_tray=in_tray)
    assert not window.taskbar.isVisible() and window.taskbar.text() == ""
    assert not window.taskbar_picture.isVisible()


def test_where_the_tray_does_not_say_it_names_the_overflow_arrow(qtbot):
    window = welcome(qtbot, "win32", tray=None)
    assert "(it may be behind the ^ arrow there)" in window.where.text()


def test_in_chinese_it_names_windows_own_chinese_settings(qtbot):
    from companion.ui.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        where = WhereItLives(True, TRAY, "Ctrl+Alt+M", "记录心情…", platform="win32")
        clock = FakeClock(MONDAY_10)
        window = WelcomeWindow(Settings(), where, lambda *_: None, clock, QIcon())
        qtbot.addWidget(window)
        window.retranslate("zh_CN")
        text = window.taskbar.text()
        assert "Windows 11 请打开“设置 › 个性化 › 任务栏 › 其他系统托盘图标”" in text
        assert "Windows 10 请打开“设置 › 个性化 › 任务栏 › 选择哪些图标显示在任务栏上”" in text
        assert text.endswith("。无论图标在哪里，按 Ctrl+Alt+M 都能打开心情记录。")
    finally:
        translations.apply("en")
