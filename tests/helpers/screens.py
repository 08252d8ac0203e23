"""Every window of the app, opened as the person opens it, and what of it falls off the screen.

`WINDOWS` names a way to open each window (and each state of it that changes its size) of an
app started with `tests.helpers.app.start_app`; `misfits` lists what of a shown window is off
its screen's free area or outside the window: its frame, or any button a person must reach.
The screen-fit tests (tests/ui/test_screen_fit.py, test_window_fit.py) use both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QTabWidget, QWidget

from companion.app import CompanionApp

Opener = Callable[[CompanionApp], Iterator[QWidget]]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _one(window: QWidget | None) -> Iterator[QWidget]:
    assert window is not None
    _settle()
    yield window


def _quick_log(app: CompanionApp) -> Iterator[QWidget]:
    app.mood.show_quick_log()
    yield from _one(app.mood.quick_log)


def _history(app: CompanionApp) -> Iterator[QWidget]:
    app.mood.show_history()
    yield from _one(app.mood.history)


def _trends(app: CompanionApp) -> Iterator[QWidget]:
    app.mood.show_dashboard()
    yield from _one(app.mood.dashboard)


def _settings(app: CompanionApp) -> Iterator[QWidget]:
    app.settings_window.show()
    dialog = app.settings_window.dialog
    assert dialog is not None
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield from _one(dialog)


def _checkin(app: CompanionApp) -> Iterator[QWidget]:
    app.wellbeing.offer_checkin()
    yield from _one(app.wellbeing.checkin)


def _plan(app: CompanionApp) -> Iterator[QWidget]:
    app.wellbeing.show_plan()
    window = app.wellbeing.plan_window
    assert window is not None
    yield from _one(window)
    for row in window.rows.values():  # every goal ticked: each row shows its progress
        row.chosen.setChecked(True)
    yield from _one(window)


def _help(app: CompanionApp) -> Iterator[QWidget]:
    app.wellbeing.show_help_contacts()
    yield from _one(app.wellbeing.help_window)


def _day_summary(app: CompanionApp) -> Iterator[QWidget]:
    app.wellbeing.show_day_summary()
    yield from _one(app.wellbeing.day_summary)


def _wizard(app: CompanionApp) -> Iterator[QWidget]:
    app.reframing.show_reframing()
    wizard = app.reframing.wizard
    assert wizard is not None
    wizard.situation.setPlainText("A customer shouted at me about a late parcel.")
    wizard.thought.setPlainText("I always get it wrong, everyone will think I am useless.")
    for step in range(7):
        wizard.go(step)
        yield from _one(wizard)


def _records(app: CompanionApp) -> Iterator[QWidget]:
    app.reframing.show_records()
    yield from _one(app.reframing.records_window)


def _practice(app: CompanionApp) -> Iterator[QWidget]:
    app.reframing.show_practice()
    yield from _one(app.reframing.practice)


def _exercises(app: CompanionApp) -> Iterator[QWidget]:
    from companion.ui.exercises.widgets import EXERCISE_CODES

    app.reframing.show_exercises()
    yield from _one(app.reframing.exercises_window)  # the welcome
    for code in EXERCISE_CODES:
        app.reframing.show_exercises(code)
        yield from _one(app.reframing.exercises_window)


def _breathing(app: CompanionApp) -> Iterator[QWidget]:
    app.reframing.breathe_for_a_minute()
    yield from _one(app.reframing.breathing_window)


def _support_offer(app: CompanionApp) -> Iterator[QWidget]:
    app.reframing.offer_support(9)
    yield from _one(app.reframing.support_offer)


def _break_notice(app: CompanionApp) -> Iterator[QWidget]:
    presenter = app.breaks.presenter
    assert presenter is not None
    presenter.notice.show_notice("long", 60, 5)
    yield from _one(presenter.notice)


def _break_window(app: CompanionApp) -> Iterator[QWidget]:
    presenter = app.breaks.presenter
    assert presenter is not None
    presenter.window.show_break("long", 600)
    yield from _one(presenter.window)


def _welcome(app: CompanionApp) -> Iterator[QWidget]:
    app.welcome.show()  # as on a first start, once the tray has settled
    yield from _one(app.welcome.window)


WINDOWS: dict[str, Opener] = {
    "quick-log": _quick_log,
    "history": _history,
    "trends": _trends,
    "settings": _settings,
    "checkin": _checkin,
    "plan": _plan,
    "help": _help,
    "day-summary": _day_summary,
    "wizard": _wizard,
    "records": _records,
    "practice": _practice,
    "exercises": _exercises,
    "breathing": _breathing,
    "support-offer": _support_offer,
    "break-notice": _break_notice,
    "break-window": _break_window,
    "welcome": _welcome,
}


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scroller(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if content is not None and content.isAncestorOf(widget):
            return parent  # type: ignore[return-value]
        parent = parent.parentWidget()
    return None


def misfits(window: QWidget) -> list[str]:
    """What of `window` is off its screen's free area, or cut: its frame, and every button
    shown that is not inside a scroll area (those scroll into view) but is cut by the window
    or by a widget around it."""
    screen = window.screen()
    area = screen.availableGeometry()
    found: list[str] = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(f"the window's frame {frame.getRect()} is off the screen {area.getRect()}")
    inside = global_rect(window)
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        name = button.text().replace("&", "") or button.accessibleName() or button.objectName()
        kind = type(button).__name__
        if _scroller(button) is not None:
            continue  # it scrolls into view with its content
        rect = global_rect(button)
        if not area.contains(rect):
            found.append(f"{kind} {name!r} {rect.getRect()} is off the screen {area.getRect()}")
        if not inside.contains(rect):
            found.append(f"{kind} {name!r} {rect.getRect()} is outside the window")
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if not global_rect(parent).contains(rect):
                found.append(f"{kind} {name!r} is cut by {type(parent).__name__}")
                break
            parent = parent.parentWidget()
    return found
