"""The heat map in high contrast (issue 32): its numbers stood on the stress colours at 4.6:1
at worst; there every number is at 7:1 or more (on the window's own black or white), and the
stress still shows, as a colour band and a border that grows heavier with it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.domain.trends import HourCell
from companion.ui.charts.heat_map import HeatMap
from companion.ui.palette import contrast_ratio, high_contrast_palette, light_palette

# every mean from 0 to 10 in a cell of its own, and counts from 1 to 11
CELLS = [HourCell(weekday=n % 7, hour=8 + n, entries=n + 1, total=n * (n + 1)) for n in range(11)]


def worst_contrast(heat_map: HeatMap) -> float:
    worst = 21.0
    for counts in (False, True):
        heat_map.set_show_counts(counts)
        for cell in CELLS:
            look = heat_map.cell_look(cell)
            worst = min(worst, contrast_ratio(look.fill, look.text))
    return worst


@pytest.mark.parametrize("dark", [False, True])
def test_in_high_contrast_every_number_is_at_seven_to_one_and_the_stress_still_shows(qtbot, dark):
    heat_map = HeatMap()
    qtbot.addWidget(heat_map)
    heat_map.set_data(CELLS)
    heat_map.setPalette(light_palette())
    assert worst_contrast(heat_map) < 7  # the stress colours: what it was, and still is there
    palette = high_contrast_palette(dark)
    heat_map.setPalette(palette)
    assert worst_contrast(heat_map) >= 7
    heat_map.set_show_counts(False)
    looks = [heat_map.cell_look(cell) for cell in CELLS]
    base = palette.color(QPalette.ColorRole.Base)
    assert all(look.fill == base for look in looks)
    widths = [look.border_width for look in looks]
    assert widths == sorted(widths) and widths[0] < widths[-1]  # heavier with the stress
    assert len({look.band.name() for look in looks if look.band is not None}) == len(CELLS)

    # what is painted: the cell's top half is the window's colour (behind the number)
    heat_map.resize(900, 300)
    image = heat_map.grab().toImage()
    rect = heat_map._rect(CELLS[10].weekday, CELLS[10].hour)
    border = heat_map.cell_look(CELLS[10]).border_width
    corner = rect.topLeft().toPoint()
    inside = image.pixelColor(corner.x() + 2 + int(border) + 1, corner.y() + 2 + int(border) + 1)
    assert inside == base
    drawn = {
        image.pixelColor(x, y).name()
        for x in range(int(rect.left()) + 6, int(rect.right()) - 6)
        for y in range(int(rect.top()) + 6, int(rect.top() + rect.height() * 0.6))
    }
    # the number, in (antialiased) text colour: its strokes stand out by far more than 7:1
    assert max(contrast_ratio(QColor(name), base) for name in drawn) >= 15
