"""What a screen reader gets beyond Qt's defaults: real window roles and spoken announcements.

- Qt reports a top-level plain QWidget (the mood log, trends, the break, check-in, exercises,
  the day's summary, a tool window…)
  with the role *filler* (a client area); a screen reader then does not say that a window
  opened. `install_window_roles()` makes Companion's own top-level widgets report *frame*
  (dialogs and main windows already report dialog and frame).
- `announce()` has the screen reader say a change without moving the focus: Qt 6.8's
  QAccessibleAnnouncementEvent (AT-SPI `object:announcement`), polite by default, assertive
  for errors. Without an active screen reader it costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QDialog, QMainWindow, QWidget

_installed = False


def _window_role(classname: str, target: QObject) -> QAccessibleInterface | None:
    """Qt's accessibility factory: one of Companion's plain top-level widgets as a frame."""
    if not isinstance(target, QWidget) or isinstance(target, (QDialog, QMainWindow)):
        return None
    if classname != target.metaObject().className():  # asked once, for the class itself
        return None
    if not type(target).__module__.startswith("companion."):
        return None
    if target.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool):
        return None  # a tool window (the day's summary, the break notice) is a window too
    if target.windowFlags() & Qt.WindowType.WindowTransparentForInput:
        return None  # the dimming over the screen is no window to read
    return QAccessibleWidget(target, QAccessible.Role.Window)


def install_window_roles() -> None:
    """Once per process, before the first window is asked for its accessibility."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_window_role)
        _installed = True


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` now, the focus staying where it is."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
