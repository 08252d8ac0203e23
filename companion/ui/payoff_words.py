"""The words at the end of an exercise or a thought record: the change, said plainly
("angry 80 → 45", "distress 6 → 3"), and one calm sentence about it.

A change for the better gets a warm word; no change, or a rise, gets a kind one and never
praise; nothing rated before and after gets no figures at all, only that it was kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from companion.domain.payoff import Change, Payoff

BIG = 1.5  # the figures' size, against the body text


def distress_name() -> str:
    return QCoreApplication.translate("Payoff", "distress")


def change_line(change: Change, name: str) -> str:
    """'angry 80 → 45' / '生气 80 → 45'."""
    return f"{name} {change.before} → {change.after}"


def change_spoken(change: Change, name: str) -> str:
    """What a screen reader says for a line: 'angry: from 80 to 45'."""
    return (
        QCoreApplication.translate("Payoff", "%1: from %2 to %3")
        .replace("%1", name)
        .replace("%2", str(change.before))
        .replace("%3", str(change.after))
    )


def exercise_sentence(payoff: Payoff) -> str:
    if payoff.overall == "lower":
        return QCoreApplication.translate(
            "Payoff", "Lower than when you started. Good that you took these few minutes."
        )
    if payoff.overall == "same":
        return QCoreApplication.translate(
            "Payoff",
            "The same as when you started, and that is all right: sometimes an exercise "
            "helps a little later, or simply gives you a pause.",
        )
    if payoff.overall == "higher":
        return QCoreApplication.translate(
            "Payoff",
            "Higher than when you started. That happens when something hard is still on your "
            "mind, and it usually settles with time. If it stays heavy, Where to turn is in "
            "the tray menu.",
        )
    return QCoreApplication.translate(
        "Payoff", "Recorded. When you rate your distress before and after, the change shows here."
    )


def thought_sentence(payoff: Payoff) -> str:
    if payoff.overall == "lower":
        return QCoreApplication.translate(
            "Payoff",
            "Your feelings are lighter than when you began. Good that you took the time to "
            "look at this thought.",
        )
    if payoff.overall == "same":
        return QCoreApplication.translate(
            "Payoff",
            "Your feelings are as strong as when you began, and that is all right: writing a "
            "thought down often helps a little later rather than at once.",
        )
    if payoff.overall == "higher":
        return QCoreApplication.translate(
            "Payoff",
            "Some feelings are stronger than when you began. Looking closely at a hard moment "
            "can stir it up for a while. If it stays heavy, Where to turn is in the tray menu.",
        )
    if payoff.overall == "mixed":
        return QCoreApplication.translate(
            "Payoff",
            "Some feelings are lighter and some stronger. After a hard contact, both can be "
            "true at once.",
        )
    return ""  # nothing rated before and after: the wizard says where the record is kept


def show_changes(
    labels: list[QLabel], parent: QWidget, payoff: Payoff, name: Callable[[str], str]
) -> None:
    """Fill `labels` (made as needed, in `parent`'s layout by the caller) with one line per
    change, in a large font; the unused ones are hidden."""
    for index, change in enumerate(payoff.changes):
        label = labels[index]
        label.setText(change_line(change, name(change.what)))
        label.setAccessibleName(change_spoken(change, name(change.what)))
        label.show()
    for label in labels[len(payoff.changes) :]:
        label.hide()


def big_label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * BIG)
    label.setFont(font)
    label.setWordWrap(True)
    return label
