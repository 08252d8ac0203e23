"""No Chinese line ends with one character alone, in any window, on a 1366×768 or a 1024×600
screen: every wrapped label of every window (each state of it, with a history and without) is
laid out at the width the window gives it, and no line may hold a single character (see
tests/helpers/line_breaks.py).

The windows are opened in a process of their own whose offscreen screen has the size (as
test_screen_fit.py does): `test_no_chinese_line_ends_with_a_lone_character` starts one per size.
Run this file alone with COMPANION_LINE_BREAKS=1024x600 and
QT_QPA_PLATFORM=offscreen:configfile=FILE to see each window's result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from companion.domain.clock import FixedClock
from companion.ui.style import STYLE_SHEET
from tests.helpers.app import start_app
from tests.helpers.line_breaks import units, widows, wrapped_lines
from tests.helpers.screens import WINDOWS
from tests.ui.test_screen_fit import a_home, small_screen_config

SIZES = ("1366x768", "1024x600")
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # a Monday, 14:30 in Shanghai
ROOT = Path(__file__).resolve().parents[2]
SCREEN = os.environ.get("COMPANION_LINE_BREAKS", "")
CASES = [(name, history) for name in WINDOWS for history in ("demo", "empty")]


@pytest.mark.parametrize("size", SIZES)
def test_no_chinese_line_ends_with_a_lone_character(tmp_path, size):
    """The checks below, in a process whose one screen is `size`."""
    if SCREEN:
        pytest.skip("this process is the one that checks")
    width, height = (int(side) for side in size.split("x"))
    config = small_screen_config(tmp_path, (width, height))
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    environment["COMPANION_LINE_BREAKS"] = size
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-12000:] + run.stderr[-3000:]
    assert f"{len(CASES) + 4} passed" in run.stdout.splitlines()[-1], run.stdout[-3000:]


def test_a_widow_is_found_where_qt_puts_it(qtbot):
    """The layout here is QLabel's own: a text one character longer than a line leaves that
    character alone, and punctuation does not make a line."""
    label = QLabel("我的日常生活中充满了让我感兴趣的事情。")
    label.setFont(QFont(label.font().family(), 12))
    label.setWordWrap(True)
    qtbot.addWidget(label)
    lines = wrapped_lines(label, 10_000)
    assert lines == [["我的日常生活中充满了让我感兴趣的事情。"]]
    one = label.fontMetrics().horizontalAdvance("我")
    narrow = wrapped_lines(label, one * 17.5)  # 17 characters on the first line
    assert [units(line) for line in narrow[0]] == [17, 1]
    assert narrow[0][1] == "情。"


def shown_content() -> list[str]:
    """The Chinese content the windows show as it comes (companion.ui.lines binds it): the
    WHO-5 statements, the practice thoughts, the day's sentences, the exercises' words and the
    thinking traps' questions."""
    from companion.content.checkin import load_who5
    from companion.content.reframing import load_reframing
    from companion.content.summary import shipped_sentences

    who5 = load_who5()["zh_CN"]
    reframing = load_reframing("zh_CN")
    texts = [f"{row + 1}. {item}" for row, item in enumerate(who5.items)]
    texts += [f"“{item.thought}”" for item in reframing.practice]
    texts += [text for kind in shipped_sentences().values() for text in kind["zh_CN"]]
    for exercise in reframing.exercises.values():
        texts += [exercise.intro or exercise.summary, *exercise.steps]
    texts += [
        "\n".join(f"• {q}" for q in distortion.questions)
        for distortion in reframing.distortions.values()
    ]
    return texts


def widest_widows(texts: list[str], bind) -> list[str]:
    """The texts that leave a line of one character at some width from six characters to
    their whole length, laid out as a wrapped label lays them out after `bind`."""
    label = QLabel()
    label.setWordWrap(True)
    one = label.fontMetrics().horizontalAdvance("字")
    found = []
    for text in texts:
        label.setText(bind(text))
        longest = label.fontMetrics().horizontalAdvance(text)
        width = 6.0 * one
        while width < longest + one:
            if any(units(line) < 2 for lines in wrapped_lines(label, width) for line in lines
                   if len(lines) > 1):  # fmt: skip
                found.append(f"{width:.0f} px: {text}")
                break
            width += one / 3
    return found


def test_content_never_leaves_one_character_on_a_line_at_any_width(qtbot):
    """Content lands on whatever width its window has, in whatever font: bound, no width leaves
    a character alone (unbound, many do)."""
    from companion.ui.lines import keep_last_two

    texts = shown_content()
    assert len(texts) > 60
    assert widest_widows(texts, lambda text: text)  # the test sees widows where there are
    assert widest_widows(texts, keep_last_two) == []


def the_window_has_no_lone_character(qtbot, tmp_path, name, history):
    clock = FixedClock(NOW, ZoneInfo("Asia/Shanghai"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(STYLE_SHEET)
    started = start_app(qtbot, a_home(tmp_path, clock, history), "zh_CN", clock=clock)
    problems: list[str] = []
    try:
        for state, window in enumerate(WINDOWS[name](started)):
            qtbot.addWidget(window)
            problems += [f"{name} ({state}): {found}" for found in widows(window)]
    finally:
        started.reframing.drop_unsaved()
        QApplication.closeAllWindows()
        started.speech.translations.apply("en")
        started.shut_down()
        app.setStyleSheet("")
    assert not problems, "\n".join(problems)


def the_team_window_has_no_lone_character(qtbot, vocabulary):
    """The Team window, as `companion team view` opens it, on made-up figures."""
    from companion.ui.i18n import Speech
    from companion.ui.screen_fit import keep_on_screen
    from companion.ui.team_window import TeamWindow
    from companion.ui.window_slot import speaks
    from tests.helpers.clock import FakeClock
    from tests.helpers.team_figures import sample_reading

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(STYLE_SHEET)
    speech = Speech("auto", "zh_CN")
    clock = FakeClock(datetime(2026, 12, 3, 3, 0, tzinfo=UTC), ZoneInfo("Asia/Shanghai"))
    window = TeamWindow(lambda team, weeks: sample_reading(weeks), None, 13, vocabulary, clock)
    qtbot.addWidget(window)
    try:
        keep_on_screen(window)
        speaks(window, speech)
        window.show()
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.refresh()
        problems = []
        for weeks in (13, 52):
            if weeks != window.weeks:
                with qtbot.waitSignal(window.loaded, timeout=10_000):
                    window.set_weeks(weeks)
            for _ in range(5):
                QApplication.processEvents()
            problems += [f"team ({weeks} weeks): {found}" for found in widows(window)]
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        speech.translations.apply("en")
        app.setStyleSheet("")


def the_screen_is_the_size_asked_for():
    app = QApplication.instance() or QApplication([])
    size = app.primaryScreen().availableGeometry().size()  # type: ignore[union-attr]
    assert f"{size.width()}x{size.height()}" == SCREEN


# Collected only in the process with the screen of that size.
if SCREEN:
    test_the_screen_is_the_size_asked_for = the_screen_is_the_size_asked_for
    test_the_team_window_has_no_lone_character = the_team_window_has_no_lone_character
    test_the_window_has_no_lone_character = pytest.mark.parametrize(("name", "history"), CASES)(
        the_window_has_no_lone_character
    )
