"""The "Where to turn" tab of the settings: the help contacts, to add, edit, remove and reorder.

`ContactsEditor` is the tab; `ContactDialog` asks for one contact's name and how to reach them.
The list is the `help.contacts` setting, which the "Where to turn" window (`ui/help_contacts.py`)
shows; left as the built-in pointers, the setting stays empty.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.settings import CONTACT_HOW_LENGTH, CONTACT_NAME_LENGTH, MAX_CONTACTS, Settings
from companion.ui.confirm import confirm_delete, is_delete_key
from companion.ui.help_contacts import Contact, contacts_to_show, default_contacts
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import tab_layout


class ContactDialog(QDialog):
    """Add or edit one contact: a name and how to reach them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.name = QLineEdit(self)
        self.name.setMaxLength(CONTACT_NAME_LENGTH)
        self.how = QLineEdit(self)
        self.how.setMaxLength(CONTACT_HOW_LENGTH)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.how_label = QLabel(self)
        self.how_label.setBuddy(self.how)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.how_label, self.how)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("&Who"))
        self.how_label.setText(self.tr("&How to reach them"))
        self.name.setPlaceholderText(self.tr("e.g. Team lead Wang"))
        self.how.setPlaceholderText(self.tr("e.g. ext. 8001, or the chat group"))
        self.name.setAccessibleName(self.tr("Who"))
        self.how.setAccessibleName(self.tr("How to reach them"))

    def edit(self, title: str, contact: Contact) -> None:
        self.setWindowTitle(title)
        self.name.setText(contact.get("name", ""))
        self.how.setText(contact.get("how", ""))
        self.name.setFocus()
        self.name.selectAll()
        self._update()
        self.open()

    def contact(self) -> Contact:
        return {"name": self.name.text().strip(), "how": self.how.text().strip()}

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))


class ContactsEditor(QWidget):
    """The "Where to turn" settings tab: add, edit, remove and reorder contacts.

    Enter (or a double-click) edits the selected contact, Delete removes it after asking,
    Ctrl+Up and Ctrl+Down move it. `value()` is what `help.contacts` should hold: an empty list
    while the built-in pointers are left as they are.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsEditor")
        self._contacts: list[Contact] = []
        self._defaults: list[Contact] = []  # the built-in pointers as last shown
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("contacts")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.full_note = QLabel(self)
        self.full_note.setObjectName("hint")
        self.full_note.setWordWrap(True)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = tab_layout(self, spacing=8)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.full_note)
        self.dialog = ContactDialog(self)
        self._editing: int | None = None  # the row being edited; None while adding
        self.confirmation: QMessageBox | None = None
        self.dialog.accepted.connect(self._dialog_done)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.confirm_remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.installEventFilter(self)
        self.retranslate()

    # -- values ------------------------------------------------------------------------------

    def set_contacts(self, configured: list[Contact]) -> None:
        """Show what the setting holds; the built-in pointers when it holds nothing."""
        self._defaults = default_contacts()
        self._contacts = contacts_to_show(configured)
        self._refill(0 if self._contacts else None)

    def contacts(self) -> list[Contact]:
        return [dict(item) for item in self._contacts]

    def value(self) -> list[Contact]:
        """For the setting: [] while the list is the built-in pointers, unchanged."""
        return [] if self._contacts == self._defaults else self.contacts()

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        self.set_contacts(settings.get("help.contacts"))

    def values(self) -> dict[str, Any]:
        return {"help.contacts": self.value()}

    # -- editing -----------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self._contacts) else None

    def add(self) -> None:
        if len(self._contacts) >= MAX_CONTACTS:
            return
        self._editing = None
        self.dialog.edit(self.tr("Add a contact"), {"name": "", "how": ""})

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._editing = row
        self.dialog.edit(self.tr("Edit the contact"), self._contacts[row])

    def _dialog_done(self) -> None:
        contact = self.dialog.contact()
        if not contact["name"]:
            return
        if self._editing is None:
            if len(self._contacts) >= MAX_CONTACTS:
                return
            self._contacts.append(contact)
            row = len(self._contacts) - 1
        else:
            row = self._editing
            self._contacts[row] = contact
        self._refill(row)
        self.changed.emit()

    def confirm_remove(self) -> QMessageBox | None:
        row = self.selected_row()
        if row is None:
            return None
        name = self._contacts[row]["name"]
        self.confirmation = confirm_delete(
            self,
            self.tr("Remove this contact?"),
            self.tr("Remove “%1” from the list?").replace("%1", name),
            self.tr("Remove"),
            "confirmRemoveContact",
            functools.partial(self.remove, row),
        )
        return self.confirmation

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._contacts):
            return
        del self._contacts[row]
        self._refill(min(row, len(self._contacts) - 1) if self._contacts else None)
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None or not 0 <= row + step < len(self._contacts):
            return
        items = self._contacts
        items[row], items[row + step] = items[row + step], items[row]
        self._refill(row + step)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is not self.list or not isinstance(event, QKeyEvent):
            return False
        if is_delete_key(event) or (
            event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete
        ):
            self.confirm_remove()
            return True
        if event.type() == QEvent.Type.KeyPress and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.key() == Qt.Key.Key_Up:
                self.move_selected(-1)
                return True
            if event.key() == Qt.Key.Key_Down:
                self.move_selected(1)
                return True
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.New):
            self.add()
            return True
        return False

    def _refill(self, select: int | None) -> None:
        self.list.clear()
        for contact in self._contacts:
            text = f"{contact['name']}\n{contact['how']}" if contact["how"] else contact["name"]
            QListWidgetItem(text, self.list)
        if select is not None and self._contacts:
            self.list.setCurrentRow(select)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.add_button.setEnabled(len(self._contacts) < MAX_CONTACTS)
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < len(self._contacts) - 1)
        self.full_note.setVisible(len(self._contacts) >= MAX_CONTACTS)

    def retranslate(self) -> None:
        """Texts, and the built-in pointers in the new language while they are unchanged."""
        unchanged = self._contacts == self._defaults
        self._defaults = default_contacts()
        if unchanged:
            self._contacts = default_contacts()
            self._refill(self.selected_row() or 0)
        self.intro.setText(
            self.tr(
                "Who to talk to when things feel heavy: family, a friend or a colleague you "
                "trust, a counsellor, your company's employee assistance programme, your team "
                "lead. “Where to turn…” in the tray menu shows this list, and below it, always, "
                "a crisis line and what to do in immediate danger. Add the names and numbers "
                "that apply to you."
            )
        )
        self.list.setAccessibleName(self.tr("Where to turn"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected contact (Del)"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.full_note.setText(
            self.tr("The list holds at most %1 contacts.").replace("%1", str(MAX_CONTACTS))
        )
        self.dialog.retranslate()
