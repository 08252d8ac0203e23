"""What the charts say in words: a mean beside the number of entries behind it (translated in
the "Charts" context), and `Rows`, the table each chart exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rows = tuple[list[str], list[list[object]]]


def mean_text(value: float) -> str:
    return f"{value:.1f}"


def entries_phrase(count: int) -> str:
    """ "1 entry", "12 entries" (English has a singular; Chinese does not need one)."""
    if count == 1:
        return QCoreApplication.translate("Charts", "1 entry")
    return QCoreApplication.translate("Charts", "%1 entries").replace("%1", str(count))


def mean_and_count(mean: float, count: int) -> str:
    """A bar's label: the mean and how many entries it stands on ("6.8 · n=377" / "6.8 · 377 条":
    Chinese readers are not used to n)."""
    return (
        QCoreApplication.translate("Charts", "%1 · n=%2")
        .replace("%1", mean_text(mean))
        .replace("%2", str(count))
    )


def change_and_uses(before: float, after: float, uses: int) -> str:
    """An exercise's bars: "6.0 → 4.2 · n=10" / "6.0 → 4.2 · 10 次" (done ten times)."""
    return (
        QCoreApplication.translate("Charts", "%1 → %2 · n=%3")
        .replace("%1", mean_text(before))
        .replace("%2", mean_text(after))
        .replace("%3", str(uses))
    )


def mean_phrase(when: str, mean: float, count: int) -> str:
    return (
        QCoreApplication.translate("Charts", "%1: mean stress %2 from %3")
        .replace("%1", when)
        .replace("%2", mean_text(mean))
        .replace("%3", entries_phrase(count))
    )


def mean_range_summary(count: str, what: str, means: list[float]) -> str:
    """A table's one line: "84 days; weekly mean stress from 4.1 to 5.3" (`count` the rows in
    words, `what` the figure whose lowest and highest are given); just `count` without figures."""
    if not means:
        return count
    low, high = min(means), max(means)
    if round(low, 1) == round(high, 1):
        return (
            QCoreApplication.translate("Charts", "%1; %2 %3")
            .replace("%1", count)
            .replace("%2", what)
            .replace("%3", mean_text(low))
        )
    return (
        QCoreApplication.translate("Charts", "%1; %2 from %3 to %4")
        .replace("%1", count)
        .replace("%2", what)
        .replace("%3", mean_text(low))
        .replace("%4", mean_text(high))
    )
