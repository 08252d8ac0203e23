"""Bringing a window to the person: shown, on top, with the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget, *, take_focus: bool = True) -> None:
    """Show `window` (or bring it back from the task bar) above the others; it takes the
    keyboard unless `take_focus` is False (a record resumed while the person types elsewhere)."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    if take_focus:
        window.activateWindow()
