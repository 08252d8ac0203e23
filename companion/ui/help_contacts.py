"""Where to turn: a calm window listing help contacts.

The contacts come from the `help.contacts` setting. An empty list (the default) shows built-in
pointers to the organisation's own contacts, in the current language, with no phone number:
Companion ships no number it cannot vouch for; an administrator or the agent adds the real ones.
The settings edit the list on their "Where to turn" tab (`ui/settings/contacts_tab.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.screen_fit import place_window

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
        if not self.isVisible():
            place_window(self)  # centred on the active screen, as every window opens
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
