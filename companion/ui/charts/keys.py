"""The keyboard of a chart whose points a ring (or a marked cell) moves across: one reading of
the keys for every such chart (the stress over time, the weekday-and-hour map).

`KeyboardChart` reads a key: a move of the ring, then the chart shows where it is; Enter,
Return or Space opens what the ring is on; any other key (and every key while the chart has
nothing to move across) goes on to QWidget, so Tab still leaves. `step` is where one key moves
along one line of points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def step(
    key: int,
    index: int | None,
    last: int,
    back: Qt.Key = Qt.Key.Key_Left,
    on: Qt.Key = Qt.Key.Key_Right,
    ends: bool = True,
) -> int | None:
    """Where `key` moves a ring at `index` along points 0 to `last`; None when it is no move.

    `back` and `on` move one point, held at the ends (from nowhere, `index` None, both land on
    the last: the newest); with `ends`, Home and End go to the first and the last."""
    if key == back:
        return last if index is None else max(index - 1, 0)
    if key == on:
        return last if index is None else min(index + 1, last)
    if ends and key == Qt.Key.Key_Home:
        return 0
    if ends and key == Qt.Key.Key_End:
        return last
    return None


class KeyboardChart(QWidget):
    """A chart a keyboard ring moves across. A subclass says whether there is anything to
    move across (`_has_points`), moves its ring for a key (`_move`: False when the key is no
    move), shows the ring where it is (`_show_current`) and opens what it is on
    (`_open_current`)."""

    def _has_points(self) -> bool:
        return True

    def _move(self, key: int) -> bool:
        raise NotImplementedError

    def _show_current(self) -> None:
        raise NotImplementedError

    def _open_current(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self._has_points():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in OPEN_KEYS:
            self._open_current()
        elif self._move(key):
            self._show_current()
        else:
            super().keyPressEvent(event)
