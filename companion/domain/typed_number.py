"""Typing a 0–10 rating (stress, distress) with the number keys.

One key sets 0 to 9 at once, so the usual three-key log (a digit, Tab, Enter) stays as it is.
Ten is `1` then `0` typed close together: the `1` shows as 1 straight away and the `0` that
follows within `TEN_WITHIN_SECONDS` turns it into 10. A `0` typed later, after a pause, is 0.
"""

from __future__ import annotations

from dataclasses import dataclass

TEN_WITHIN_SECONDS = 1.5  # a quick "1 0", as one types a number; a pause means a new choice


@dataclass(slots=True)
class TypedRating:
    """Remembers the last digit and when it was typed (a monotonic reading, in seconds)."""

    _last: tuple[int, float | None] | None = None

    def press(self, digit: int, at: float | None) -> int:
        """The rating after typing `digit` at `at`. Without a clock (`at` None), a `0`
        typed straight after a `1` still makes 10."""
        if not 0 <= digit <= 9:
            raise ValueError(f"not a digit: {digit!r}")
        last, self._last = self._last, (digit, at)
        if digit == 0 and last is not None and last[0] == 1 and _close(last[1], at):
            self._last = None  # a third key starts afresh: "1 0 0" is 10, then 0
            return 10
        return digit

    def forget(self) -> None:
        """Another key, a click or a cleared form: the next `0` is a 0."""
        self._last = None


def _close(before: float | None, now: float | None) -> bool:
    if before is None or now is None:
        return True
    return 0 <= now - before <= TEN_WITHIN_SECONDS
