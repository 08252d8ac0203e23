"""The Team window's date axes: at the widths a 1366×768 and a 1024×600 screen give it, for 13,
26 and 52 weeks, in both languages, around a new year too, no two labels drawn on an axis touch
(a day label is never run into by a month or a year), and each axis says its dates one way.

What the axes draw is read from pyqtgraph's own drawing specs, as tests/ui/test_trends_at_1024.py
reads the trends window's.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from companion.domain.team import TeamReading
from companion.ui.charts.team_weeks import TeamWeeksChart
from companion.ui.i18n import Translations
from companion.ui.team_window import TeamWindow
from tests.helpers.clock import FakeClock
from tests.helpers.team_figures import sample_figures

SIZES = [(1024, 570), (1366, 728)]  # a 1024×600 and a 1366×768 screen, less a panel
LAST_MONDAYS = [date(2026, 11, 30), date(2027, 1, 4), date(2027, 2, 1)]  # and across a new year
GAP = 6  # pixels between two labels at least
STYLES = {
    "en": re.compile(
        r"^(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$|^\d{4}$"
    ),
    "zh_CN": re.compile(r"^(\d{4}年)?(\d{1,2}月(\d{1,2}日)?)?$"),
}


def drawn(axis) -> list[tuple[float, float, str]]:
    """(left, right, text) of each label the axis draws, left to right."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    return sorted((rect.left(), rect.right(), text) for rect, _flags, text in specs[2])


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    translations = Translations()
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


@pytest.mark.parametrize("last_monday", LAST_MONDAYS)
@pytest.mark.parametrize("size", SIZES)
def test_no_two_date_labels_touch(qtbot, vocabulary, language, size, last_monday):
    def load(team: str | None, weeks: int) -> TeamReading:
        return TeamReading(sample_figures(weeks, last_monday), ["客服一组"])

    now = datetime.combine(last_monday, datetime.min.time(), UTC).replace(hour=3)
    window = TeamWindow(load, None, 13, vocabulary, FakeClock(now, ZoneInfo("Asia/Shanghai")))
    qtbot.addWidget(window)
    window.retranslate(language)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for weeks in (13, 26, 52):
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            if weeks == window.weeks:
                window.refresh()
            else:
                window.set_weeks(weeks)
        for _ in range(3):
            QApplication.processEvents()
        charts = [card.chart for card in window.cards.values()]
        axes = [chart.axis for chart in charts if isinstance(chart, TeamWeeksChart)]
        assert len(axes) == 3
        for axis in axes:
            labels = drawn(axis)
            assert len(labels) >= 2, (weeks, labels)
            where = f"{weeks} weeks to {last_monday} at {size[0]} px"
            for (_l, right, text), (left, _r, after) in pairwise(labels):
                if left - right < GAP:
                    problems.append(f"{where}: {text!r} and {after!r} touch")
            for _l, _r, text in labels:
                if not STYLES[language].match(text):
                    problems.append(f"{where}: {text!r} is not a date in the axis' style")
    assert not problems, "\n".join(problems)
