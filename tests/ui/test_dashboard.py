"""The trends dashboard on a real store: empty, full, ranges, click-through and export."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QShortcut
from PySide6.QtWidgets import QPushButton

from companion.domain.breaks import BreakRecord
from companion.domain.mood import MoodFilter, make_mood_input
from companion.ui.dashboard import DashboardWindow

SHANGHAI = ZoneInfo("Asia/Shanghai")


def exercise_name(kind: str, language: str) -> str:
    return {"breathing": "Breathing"}.get(kind, kind)


@pytest.fixture
def window(qtbot, store, clock, vocabulary):
    shown = DashboardWindow(
        lambda span, today: store.dashboard(span, today),
        store.first_entry_day,
        clock,
        vocabulary,
        exercise_name,
    )
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    return shown


def fill(store, clock, days: int = 60) -> None:
    """Entries on weekdays for `days` days: 10:00 calm, 15:00 tense complaints."""
    now = clock.now()
    today = now.astimezone(SHANGHAI).date()
    for back in range(days):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for hour, stress, category, emotions in (
            (10, 3, "order", ["calm"]),
            (15, 8, "complaint", ["angry", "wronged"]),
        ):
            at = datetime(day.year, day.month, day.day, hour, tzinfo=SHANGHAI)
            if at > now:
                continue
            store.add_mood(
                make_mood_input(at=at, now=now, stress=stress, category=category, emotions=emotions)
            )
        due = datetime(day.year, day.month, day.day, 14, tzinfo=SHANGHAI)
        if due <= now:
            outcome = "taken" if back % 3 else "skipped"
            store.add_break(BreakRecord("micro", due, due, outcome, 0, 300))


def test_a_new_user_sees_what_will_appear_and_how_to_start(qtbot, window):
    window.show()
    assert window.pages.currentWidget() is window.welcome
    assert "appear" in window.welcome_title.text()
    assert not window.range_bar.isVisible()  # no ranges to choose between yet
    with qtbot.waitSignal(window.log_requested):
        qtbot.mouseClick(window.welcome_button, Qt.MouseButton.LeftButton)


def test_a_full_history_draws_every_chart_and_a_summary(qtbot, window, store, clock):
    fill(store, clock)
    window.refresh()
    window.show()
    assert window.pages.currentWidget() is window.scroller
    optional = ("what-helps", "wellbeing", "goals")  # no exercise rated, check-in or goal
    assert not any(card.is_empty for name, card in window.cards.items() if name not in optional)
    summary = window.summary.text()
    assert "This week: mean stress" in summary
    assert "15:00–16:00" in summary  # the tense hour
    assert "Complaint" in summary or "complaint" in summary.lower()
    assert "in a row" in summary
    board = window.board
    assert board is not None and board.entries > 0
    assert window.over_time.dots.data.shape[0] == len(board.days)
    assert window.heat_map.cell(0, 15) is not None  # Mondays at 15:00
    assert window.cards["what-helps"].is_empty is False  # entries follow the 14:00 breaks


def test_switching_ranges_reloads_the_data(qtbot, window, store, clock):
    fill(store, clock, days=200)
    window.refresh()
    four_weeks = window.board.entries
    window.set_preset("1y")
    assert window.board.range.days > 300
    assert window.board.entries > four_weeks
    window.show()
    # Alt+2 chooses 12 weeks (offscreen windows never become active, so the shortcut is fired
    # directly; its key is what is checked).
    shortcut = next(s for s in window.findChildren(QShortcut) if s.key().toString() == "Alt+2")
    shortcut.activated.emit()
    assert window.preset == "12w" and window.range_buttons["12w"].isChecked()
    window.set_custom_range(date(2026, 11, 2), date(2026, 11, 8))
    assert window.board.range.first == date(2026, 11, 2)
    assert {point.day for point in window.board.days} <= {
        date(2026, 11, 2) + timedelta(days=n) for n in range(7)
    }
    assert window.from_edit.isVisible()


def test_a_range_without_entries_offers_all_time(qtbot, window, store, clock):
    now = clock.now()
    store.add_mood(make_mood_input(at=now - timedelta(days=200), now=now, stress=5))
    window.show()
    window.set_preset("4w")
    assert window.pages.currentWidget() is window.nothing
    assert "Nothing was logged" in window.nothing_text.text()
    qtbot.mouseClick(window.nothing_button, Qt.MouseButton.LeftButton)
    assert window.preset == "all"
    assert window.pages.currentWidget() is window.scroller


def test_clicking_a_cell_or_a_bar_asks_for_its_entries(qtbot, window, store, clock):
    fill(store, clock)
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    heat = window.heat_map
    with qtbot.waitSignal(window.entries_requested) as caught:
        rect = heat._rect(0, 15)
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    (flt,) = caught.args
    assert isinstance(flt, MoodFilter) and (flt.weekday, flt.hour) == (0, 15)
    assert flt.since == window.current_range().bounds(SHANGHAI)[0]
    # The keyboard does the same: the arrow keys move the marked cell, Enter opens it.
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.entries_requested) as caught:
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert caught.args[0].weekday == 1
    with qtbot.waitSignal(window.entries_requested) as caught:
        window.categories.group_clicked.emit("complaint")
    assert caught.args[0].category == "complaint"
    day = window.board.days[-1].day
    with qtbot.waitSignal(window.entries_requested) as caught:
        window.over_time.day_clicked.emit(day)
    assert caught.args[0].until - caught.args[0].since == timedelta(days=1)
    assert heat.describe(0, 15).startswith("Mon 15:00–16:00: mean stress 8.0")


def test_the_days_can_be_read_and_opened_from_the_keyboard(qtbot, window, store, clock):
    fill(store, clock)
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    chart = window.over_time
    days = [point.day for point in window.board.days]
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert chart.current_day == days[-1]  # the newest day first
    assert chart.accessibleDescription().startswith(
        f"{days[-1]:%a} {days[-1].day} {days[-1]:%b} {days[-1].year}: mean stress"
    )
    assert len(chart.marker.data) == 1  # the ring on that day
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_day == days[-2]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_day == days[0]
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # stays on the first
    assert chart.current_day == days[0]
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.entries_requested) as caught:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    flt = caught.args[0]
    assert flt.since == datetime.combine(days[1], datetime.min.time(), tzinfo=SHANGHAI)
    window.heat_map.setFocus()  # leaving the chart takes the ring away
    qtbot.waitUntil(lambda: len(chart.marker.data) == 0)


def test_export_a_chart_as_png_and_its_series_as_csv(qtbot, window, store, clock, tmp_path):
    fill(store, clock)
    window.refresh()
    window.show()
    card = window.cards["stress-over-time"]
    png = tmp_path / "over-time.png"
    card.save_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400
    table = tmp_path / "over-time.csv"
    card.save_csv(table)
    with table.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["date", "entries", "mean_stress"]
    assert len(rows) - 1 == len(window.board.days)
    assert rows[1][1] in ("1", "2")
    for name in ("call-types", "breaks", "weekday-hour"):  # plots, a view, a plain widget
        picture = tmp_path / f"{name}.png"
        window.cards[name].save_png(picture)
        assert QImage(str(picture)).width() > 400, name
    heat_table = tmp_path / "heat.csv"
    window.cards["weekday-hour"].save_csv(heat_table)
    assert "monday,15,".replace(",", ",") in heat_table.read_text(encoding="utf-8-sig")


def test_chinese_labels_on_axes_and_in_the_summary(qtbot, window, store, clock):
    fill(store, clock)
    window.retranslate("zh_CN")
    assert window.over_time.axis.language == "zh_CN"
    labels = window.over_time.axis.tickStrings(
        [datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")).timestamp()], 1, 30 * 86400
    )
    assert labels == ["11月"]
    labels = window.over_time.axis.tickStrings(
        [datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")).timestamp()], 1, 30 * 86400
    )
    assert labels == ["2026年1月"]
    assert window.heat_map.describe(0, 15).startswith("周一")


def test_every_control_has_an_accessible_name(window, store, clock):
    fill(store, clock)
    window.refresh()
    for button in window.findChildren(QPushButton):
        assert button.accessibleName() or button.text(), button.objectName()
    for card in window.cards.values():
        assert card.chart.accessibleName()
        assert card.export_button.accessibleName()
    assert window.from_edit.accessibleName() and window.heat_mode.accessibleName()


@pytest.fixture
def no_app_sheet(qapp):
    """No application style sheet during the test (an earlier test in the same process may have
    left the app's one set, and a sheet's colours win over a widget's palette); put back after."""
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(sheet)


def test_charts_follow_a_dark_palette(qtbot, no_app_sheet, window, store, clock):
    from PySide6.QtGui import QColor, QPalette

    fill(store, clock)
    window.refresh()
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1b1b1d"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    window.setPalette(dark)
    background = window.categories.backgroundBrush().color()
    assert background.lightness() < 60
    image = window.heat_map.grab().toImage()
    assert QColor(image.pixel(2, 2)).lightness() < 60


def test_a_bar_says_how_many_entries_it_stands_on_in_the_readers_words(qtbot):
    """n=377 is statistics shorthand a Chinese reader does not use: 6.8 · 377 条."""
    from companion.domain.trends import AfterBreak, ExerciseEffect, GroupStress
    from companion.ui.charts import StressBars, WhatHelps
    from companion.ui.i18n import Translations

    groups = [GroupStress("complaint", 377, 6.8), GroupStress(None, 5, 4.25)]
    translations = Translations()
    for language, expected in (("zh_CN", ["6.8 · 377 条", "4.2 · 5 条"]), ("en", None)):
        translations.apply(language)
        bars = StressBars()
        qtbot.addWidget(bars)
        bars.set_data(groups, lambda code: code or "")
        texts = bars.bar_labels()
        assert texts == (expected or ["6.8 · n=377", "4.2 · n=5"])
        helps = WhatHelps()
        qtbot.addWidget(helps)
        helps.set_data(
            [ExerciseEffect("breathing", 10, 6.0, 4.2)], [AfterBreak("taken", 297, 3.7)], str, str
        )
        texts = helps.bar_labels()
        chinese = ["6.0 → 4.2 · 10 次", "3.7 · 297 条"]
        assert texts == (chinese if expected else ["6.0 → 4.2 · n=10", "3.7 · n=297"])
    translations.apply("en")
