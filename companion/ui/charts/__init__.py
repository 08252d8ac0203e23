"""The dashboard's charts (pyqtgraph), each showing one part of a `domain.trends.Dashboard`.

Imported only when the dashboard first opens: pyqtgraph and numpy stay out of memory during a
shift that never looks at trends. Colours are the Okabe–Ito set (distinguishable with every
common colour-vision deficiency), and every mean is shown beside the number of entries behind it.

One chart a module (`stress_over_time`, `heat_map`, `stress_bars`, `breaks_per_week`,
`what_helps`, `wellbeing`); what they share is in `axes` (dates), `style` (colours and looks),
`keys` (the keyboard moving across their points) and `words` (the figures as sentences, the
exported rows).
"""

from __future__ import annotations

from companion.ui.charts.breaks_per_week import BreaksPerWeek
from companion.ui.charts.heat_map import HeatMap
from companion.ui.charts.stress_bars import StressBars
from companion.ui.charts.stress_over_time import StressOverTime
from companion.ui.charts.wellbeing import WellbeingOverTime
from companion.ui.charts.what_helps import WhatHelps
from companion.ui.charts.words import Rows, entries_phrase, mean_phrase, mean_text

__all__ = [
    "BreaksPerWeek",
    "HeatMap",
    "Rows",
    "StressBars",
    "StressOverTime",
    "WellbeingOverTime",
    "WhatHelps",
    "entries_phrase",
    "mean_phrase",
    "mean_text",
]
