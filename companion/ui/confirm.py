"""Deleting with care: the Delete key, and a question whose safe answer is the default."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget


def is_delete_key(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.matches(QKeySequence.StandardKey.Delete)
    )


def confirm_delete(
    parent: QWidget,
    title: str,
    question: str,
    delete_label: str,
    object_name: str,
    on_confirm: Callable[[], None],
) -> QMessageBox:
    """Ask before deleting; Cancel is the default, and `on_confirm` runs only on Delete."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName(object_name)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(delete_label)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_confirm() if box.clickedButton() is yes else None)
    box.open()
    return box
