"""Deleting with care: the Delete key, and a question whose safe answer is the default.

The button that destroys (Delete, Erase everything, Discard) has the destructive role and no
icon: a standard Yes or OK button would carry the style's green tick, which reads as "safe".
Cancel (or Keep editing) is the default, and Esc chooses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def is_delete_key(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.matches(QKeySequence.StandardKey.Delete)
    )


def _ask(
    parent: QWidget,
    title: str,
    question: str,
    destroy_label: str,
    keep: QMessageBox.StandardButton | str,
    object_name: str,
    on_confirm: Callable[[], None],
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(object_name)
    destroy = QPushButton(destroy_label, box)
    destroy.setObjectName("destructive")
    destroy.setIcon(QIcon())  # never the style's tick: this button is not the safe one
    destroy.setAutoDefault(False)
    box.addButton(destroy, QMessageBox.ButtonRole.DestructiveRole)
    if isinstance(keep, str):
        safe = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    else:
        safe = box.addButton(keep)
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_confirm() if box.clickedButton() is destroy else None)
    box.open()
    return box


def confirm_delete(
    parent: QWidget,
    title: str,
    question: str,
    delete_label: str,
    object_name: str,
    on_confirm: Callable[[], None],
) -> QMessageBox:
    """Ask before deleting; Cancel is the default, and `on_confirm` runs only on Delete."""
    return _ask(
        parent,
        title,
        question,
        delete_label,
        QMessageBox.StandardButton.Cancel,
        object_name,
        on_confirm,
    )


def ask_discard(
    parent: QWidget,
    title: str,
    question: str,
    discard_label: str,
    keep_label: str,
    object_name: str,
    on_discard: Callable[[], None],
) -> QMessageBox:
    """Ask before throwing typed text away; `keep_label` (Keep editing) is the default."""
    return _ask(parent, title, question, discard_label, keep_label, object_name, on_discard)


def destructive_button(box: QMessageBox) -> QPushButton:
    """The button of `box` that deletes, erases or discards."""
    [button] = [
        b
        for b in box.buttons()
        if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
        and isinstance(b, QPushButton)
    ]
    return button
