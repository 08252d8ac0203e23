"""How the app looks in a light and a dark palette: contrast of chart marks and control borders
(WCAG 1.4.11: at least 3:1 for graphics), headings that stand out by size and colour rather than
by weight alone, and a Chinese font with a real bold where one is installed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from companion.ui.fonts import (
    FontBook,
    apply_language_font,
    choose_chinese_family,
    has_real_bold,
)
from companion.ui.palette import contrast_ratio, readable_on
from companion.ui.style import STYLE_SHEET, TITLE_PX, apply_style, style_sheet_for
from companion.ui.widgets import Chip, StressScale


def make_palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


R = QPalette.ColorRole
LIGHT = {R.Window: "#efefef", R.WindowText: "#000000", R.Base: "#ffffff", R.Text: "#000000",
         R.Button: "#efefef", R.ButtonText: "#000000", R.Mid: "#b8b8b8"}  # fmt: skip
# scripts/dashboard_screenshots.py's dark palette, and one like Windows 11's dark mode.
DARK = {R.Window: "#202124", R.WindowText: "#e8eaed", R.Base: "#17181a", R.Text: "#e8eaed",
        R.Button: "#2d2e31", R.ButtonText: "#e8eaed", R.Mid: "#5f6368",
        R.PlaceholderText: "#9aa0a6"}  # fmt: skip
DARK_GREY = {R.Window: "#2b2b2b", R.WindowText: "#ffffff", R.Base: "#1c1c1c", R.Text: "#ffffff",
             R.Button: "#373737", R.ButtonText: "#ffffff", R.Mid: "#3c3c3c"}  # fmt: skip
PALETTES = pytest.mark.parametrize(
    "colours", [LIGHT, DARK, DARK_GREY], ids=["light", "dark", "dark-grey"]
)


def test_contrast_ratio_is_wcag():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    dark_blue, dark_grey = QColor("#0072B2"), QColor("#202124")
    lighter = readable_on(dark_blue, dark_grey, 4.5)
    assert contrast_ratio(lighter, dark_grey) >= 4.5
    assert lighter.hue() == pytest.approx(dark_blue.hue(), abs=6)  # still the same blue


# -- charts ----------------------------------------------------------------------------------


def colour_of(value) -> QColor:
    """A pen's, a brush's or a plain colour, as pyqtgraph keeps them."""
    return QColor(value.color() if hasattr(value, "color") else value)


def blend(colour: QColor, background: QColor) -> QColor:
    """A see-through colour as it shows over the background."""
    alpha = colour.alphaF()
    return QColor(
        *(
            round(alpha * mine + (1 - alpha) * theirs)
            for mine, theirs in zip(
                (colour.red(), colour.green(), colour.blue()),
                (background.red(), background.green(), background.blue()),
                strict=True,
            )
        )
    )


def pen_colour(item) -> QColor:
    return colour_of(item.opts["pen"])


@PALETTES
def test_chart_dots_and_lines_stand_out_from_the_chart_background(qtbot, colours):
    from companion.ui.charts.stress_over_time import StressOverTime
    from companion.ui.charts.wellbeing import WellbeingOverTime

    palette = make_palette(colours)
    over_time = StressOverTime()
    wellbeing = WellbeingOverTime(52)
    for chart in (over_time, wellbeing):
        qtbot.addWidget(chart)
        chart.setPalette(palette)  # as a palette change from the desktop arrives
    background = palette.color(R.Base)
    over_time.set_data([], [], [], date(2025, 3, 1), date(2025, 3, 28))
    marks = {
        "daily dots": colour_of(over_time.dots.opts["pen"]),
        "daily dots' fill": blend(colour_of(over_time.dots.opts["brush"]), background),
        "7-day line": pen_colour(over_time.rolling_line),
        "weekly line": pen_colour(over_time.weekly_line),
        "keyboard ring": colour_of(over_time.marker.opts["pen"]),
        "entries bars": colour_of(over_time.bars.opts["brush"]),
        "wellbeing line": pen_colour(wellbeing.line),
        "wellbeing dots": colour_of(wellbeing.line.opts["symbolBrush"]),
        "low line": pen_colour(wellbeing.threshold),
    }
    for name, colour in marks.items():
        ratio = contrast_ratio(colour, background)
        assert ratio >= 3.0, f"{name} {colour.name()} on {background.name()}: {ratio:.2f}"


# -- chips and stress buttons ----------------------------------------------------------------


def edge_contrast(widget: QWidget, background: QColor) -> float:
    """The strongest contrast among the pixels of the widget's left edge, half way down:
    where its border is drawn."""
    image = widget.grab().toImage()
    y = image.height() // 2
    return max(contrast_ratio(image.pixelColor(x, y), background) for x in range(0, 3))


@PALETTES
def test_chip_and_stress_button_borders_stand_out_from_the_window(qtbot, colours):
    palette = make_palette(colours)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(palette)
    holder.setStyleSheet(style_sheet_for(palette))
    chip = Chip("calm", holder)
    chip.setText("calm")
    scale = StressScale(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(chip)
    layout.addWidget(scale)
    holder.show()
    qtbot.waitExposed(holder)
    window = palette.color(R.Window)
    assert edge_contrast(chip, window) >= 3.0
    for button in (scale.buttons[0], scale.buttons[5], scale.buttons[10]):
        assert edge_contrast(button, window) >= 3.0, button.text()


@PALETTES
def test_no_stress_button_looks_chosen_before_one_is(qtbot, colours):
    """With nothing chosen every button's coloured mark stands out from the window about as
    much as the next: the 5's near-white mark glowed like a highlight on a dark desktop and
    vanished on a light one, so the 5 looked preselected."""
    app = QApplication.instance()
    before_palette, before_sheet = app.palette(), app.styleSheet()
    try:
        palette = make_palette(colours)
        app.setPalette(palette)  # as a light or dark desktop gives it, with the app's sheet
        apply_style(app)
        scale = StressScale()
        qtbot.addWidget(scale)
        scale.show()
        qtbot.waitExposed(scale)
        assert scale.value() is None
        window = palette.color(R.Window)
        marks = []
        for button in scale.buttons:
            image = button.grab().toImage()
            mark = image.pixelColor(image.width() // 2, image.height() - 2)  # in the 4 px mark
            marks.append(round(contrast_ratio(mark, window), 2))
    finally:
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)
    assert min(marks) >= 3.0, marks  # every mark is seen…
    assert max(marks) <= 1.6 * min(marks), marks  # …and none shouts louder than the rest


@PALETTES
def test_error_text_and_focus_ring_keep_their_contrast(colours):
    palette = make_palette(colours)
    sheet = style_sheet_for(palette)
    window = palette.color(R.Window)
    error = sheet.split("QLabel#error { color: ")[1][:7]
    focus = sheet.split("border: 2px solid ")[1][:7]
    assert contrast_ratio(QColor(error), window) >= 4.5
    assert contrast_ratio(QColor(focus), window) >= 3.0


def test_the_app_sheet_follows_a_palette_change(qtbot):
    app = QApplication.instance()
    before_palette, before_sheet = app.palette(), app.styleSheet()
    try:
        app.setPalette(make_palette(LIGHT))
        apply_style(app)
        light = app.styleSheet()
        app.setPalette(make_palette(DARK))  # the desktop switched to dark
        qtbot.waitUntil(lambda: app.styleSheet() != light)
        assert app.styleSheet() == style_sheet_for(app.palette())
    finally:
        app.setPalette(before_palette)
        app.setStyleSheet(before_sheet)


# -- headings --------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_heading_differs_by_size_and_colour_not_only_weight(qtbot, dark):
    sheet = style_sheet_for(make_palette(DARK)) if dark else STYLE_SHEET
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(sheet)
    title = QLabel("心情记录 Log mood", holder)
    title.setObjectName("title")
    body = QLabel("此刻压力有多大？", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(title)
    layout.addWidget(body)
    holder.show()
    qtbot.waitExposed(holder)
    title_px = QFontInfo(title.font()).pixelSize()
    body_px = QFontInfo(body.font()).pixelSize()
    assert title_px == TITLE_PX
    assert title_px >= body_px * 1.25, (title_px, body_px)
    title_ink = title.grab().toImage()
    body_ink = body.grab().toImage()
    assert darkest(title_ink) != darkest(body_ink)  # a colour of its own, too


def darkest(image) -> str:
    """The colour furthest from the background (the first pixel): the text's ink."""
    background = image.pixelColor(QPoint(0, 0))
    best, colour = 0.0, background
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            ratio = contrast_ratio(pixel, background)
            if ratio > best:
                best, colour = ratio, pixel
    return colour.name()


# -- the Chinese font ------------------------------------------------------------------------


class FakeBook(FontBook):
    def __init__(self, styles: dict[str, Sequence[str]]) -> None:
        self._styles = styles

    def families(self) -> Sequence[str]:
        return list(self._styles)

    def styles(self, family: str) -> Sequence[str]:
        return self._styles[family]


WENQUANYI = {"WenQuanYi Micro Hei": ["Regular"], "Droid Sans Fallback": ["Regular"]}


def test_a_family_with_a_real_bold_is_chosen_when_there_is_one():
    book = FakeBook(
        {
            **WENQUANYI,
            "Noto Serif CJK SC": ["Regular", "Bold"],  # a book face: not for a UI
            "Noto Sans CJK SC": ["Regular", "Medium", "Bold", "Black"],
        }
    )
    assert choose_chinese_family(book) == "Noto Sans CJK SC"
    windows = FakeBook({"SimSun": ["Regular"], "Microsoft YaHei": ["Regular", "Bold", "Light"]})
    assert choose_chinese_family(windows) == "Microsoft YaHei"
    other = FakeBook({**WENQUANYI, "Some Hei": ["Regular", "Semibold"]})
    assert choose_chinese_family(other) == "Some Hei"


def test_without_a_real_bold_nothing_changes(qtbot):
    assert not has_real_bold(["Regular"])
    assert choose_chinese_family(FakeBook(WENQUANYI)) is None
    desktop = QApplication.font()
    assert apply_language_font("zh_CN", FakeBook(WENQUANYI)) is None
    assert QApplication.font() == desktop


def test_chinese_asks_for_the_bold_family_and_english_goes_back(qtbot):
    desktop = QApplication.font()
    book = FakeBook({**WENQUANYI, "Source Han Sans SC": ["Regular", "Bold"]})
    try:
        assert apply_language_font("zh_CN", book) == "Source Han Sans SC"
        families = QApplication.font().families()
        # First, so that it draws the Chinese (and its bold) even when the desktop's own font
        # writes Chinese without a bold; the desktop's font follows for what it lacks.
        assert families[0] == "Source Han Sans SC"
        assert desktop.family() in families[1:]
        assert apply_language_font("en", book) is None
        assert QApplication.font() == desktop
    finally:
        QApplication.setFont(desktop)
