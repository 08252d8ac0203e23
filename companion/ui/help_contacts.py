"""Where to turn: a calm window listing help contacts, and the editor the settings use.

The contacts come from the `help.contacts` setting. An empty list (the default) shows built-in
pointers to the organisation's own contacts, in the current language, with no phone number:
Companion ships no number it cannot vouch for; an administrator or the agent adds the real ones.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
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

from companion.settings import CONTACT_HOW_LENGTH, CONTACT_NAME_LENGTH, MAX_CONTACTS
from companion.ui.confirm import confirm_delete, is_delete_key

Contact = dict[str, str]  # {"name": ..., "how": ...}, as the settings file holds it


def default_contacts() -> list[Contact]:
    """The built-in pointers, translated: who to ask, never a number."""
    translate = QCoreApplication.translate
    return [
        {
            "name": translate("HelpContacts", "Your team lead or mentor"),
            "how": translate(
                "HelpContacts", "Ask them directly, or ask your supervisor to arrange a talk."
            ),
        },
        {
            "name": translate("HelpContacts", "Employee assistance programme (EAP)"),
            "how": translate(
                "HelpContacts", "Your administrator can add its number or chat address here."
            ),
        },
        {
            "name": translate("HelpContacts", "Public mental-health line"),
            "how": translate(
                "HelpContacts",
                "Look up the official mental-health hotline of your city or country "
                "(for example on your health authority's website).",
            ),
        },
    ]


def contacts_to_show(configured: list[Contact]) -> list[Contact]:
    return [dict(item) for item in configured] if configured else default_contacts()


class HelpContactsWindow(QDialog):
    """The list of contacts, each readable and selectable, with a copy button when it is real."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpContacts")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._contacts: list[Contact] = []
        self._placeholders = True
        self._gently = False
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list_frame = QFrame(self)
        self.list_frame.setObjectName("contactList")
        self.rows = QVBoxLayout(self.list_frame)
        self.rows.setContentsMargins(0, 4, 0, 4)
        self.rows.setSpacing(10)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setAutoDefault(False)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.copy_buttons: list[QPushButton] = []
        self.name_labels: list[QLabel] = []
        self.how_labels: list[QLabel] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_frame)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._edit)
        self.close_button.clicked.connect(self.close)
        self.setMinimumWidth(520)
        self.retranslate("en")

    def show_contacts(self, configured: list[Contact], *, gently: bool = False) -> None:
        """Fill the list and bring the window forward. `gently`: opened by itself after the
        agent saved something, so the first words say it was saved."""
        self._gently = gently
        self.set_contacts(configured)
        self.show()
        self.raise_()
        self.activateWindow()
        self.close_button.setFocus()

    def set_contacts(self, configured: list[Contact]) -> None:
        self._placeholders = not configured
        self._contacts = [dict(item) for item in configured]
        self._fill()

    def _fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.copy_buttons, self.name_labels, self.how_labels = [], [], []
        for contact in contacts_to_show(self._contacts):
            row = QWidget(self.list_frame)
            name = QLabel(contact["name"], row)
            name.setObjectName("contactName")
            name.setStyleSheet("font-weight: 600;")
            name.setWordWrap(True)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            how = QLabel(contact["how"], row)
            how.setWordWrap(True)
            how.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            how.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            text_column = QVBoxLayout()
            text_column.setSpacing(2)
            text_column.addWidget(name)
            if contact["how"]:
                text_column.addWidget(how)
            else:
                how.hide()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addLayout(text_column, 1)
            if not self._placeholders:
                copy = QPushButton(self.tr("Copy"), row)
                copy.setAutoDefault(False)
                copy.setAccessibleName(self.tr("Copy %1").replace("%1", contact["name"]))
                text = f"{contact['name']}: {contact['how']}" if contact["how"] else contact["name"]
                copy.clicked.connect(lambda _c=False, t=text: self.copy(t))
                line.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
                self.copy_buttons.append(copy)
            self.rows.addWidget(row)
            self.name_labels.append(name)
            self.how_labels.append(how)
        self._retranslate_texts()
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the current width, no taller."""
        layout = self.main_layout
        width = self.width() if self.isVisible() else self.minimumWidth()
        layout.activate()
        height = layout.totalHeightForWidth(width)
        if height > 0:
            self.resize(width, height)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _edit(self) -> None:
        self.close()
        self.edit_requested.emit()

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("Where to turn · Companion"))
        self.title.setText(self.tr("Where to turn"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.close_button.setText(self.tr("&Close"))
        self._fill()  # the built-in pointers and copy buttons speak the language too

    def _retranslate_texts(self) -> None:
        intro = self.tr(
            "When things feel heavy, talking to someone helps, and it doesn't have to be "
            "serious first. These are people you can reach:"
        )
        if self._gently:
            intro = self.tr("Your entry is saved.") + " " + intro
        self.intro.setText(intro)
        if self._placeholders:
            self.hint.setText(
                self.tr(
                    "These are general pointers. Use “Edit…” to add the names and numbers "
                    "that apply to you; an administrator can also fill them in for everyone."
                )
            )
        else:
            self.hint.setText(self.tr("Only you see this list; nothing is sent anywhere."))


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
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
                "Where to turn when things feel heavy: a team lead or mentor, your company's "
                "employee assistance line, a public mental-health line. “Where to turn…” in "
                "the tray menu shows this list. Add the numbers that apply to you."
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
