"""Where to turn: a calm window listing who to talk to, and a route to help that needs no
administrator.

Two parts, in this order:

- The contacts, from the `help.contacts` setting (an administrator's or the agent's own). An
  empty list (the default) shows built-in pointers to people, in the current language and with
  no number, leading with those who have no say over the agent's review: family, a friend or a
  colleague they trust; then a counsellor, the company's EAP (usually confidential), and the team
  lead. The settings edit the list on their "Where to turn" tab (`ui/settings/contacts_tab.py`).
- Always, below them, the route to help of the current language (`data/help_lines.toml`): in
  Chinese the national psychological assistance hotline 12356 and 110 / 120 in immediate danger,
  in English the advice to call the local emergency number now and to reach a local crisis line.
  Its numbers are large, selectable with the mouse and the keyboard (Tab reaches them), and each
  line with a number has a Copy button.

The contacts scroll when there are many on a small screen; the route to help stays in view.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.content.help_lines import HelpLine, HelpLines
from companion.ui.screen_fit import available_area, frame_margins, place_window

log = logging.getLogger(__name__)

Contact = dict[str, str]  # {"name": ..., "how": ...}, as the settings file holds it
SHORTEST_LIST = 90  # px of contacts still shown when the screen is short (the rest scrolls)
NUMBER_SCALE = 2.0  # a number to call, against the body text: read at a glance, by tired eyes


def default_contacts() -> list[Contact]:
    """The built-in pointers, translated: who to talk to, never a number. People with no say
    over the agent's review come first; the team lead last."""
    translate = QCoreApplication.translate
    return [
        {
            "name": translate("HelpContacts", "Family, a friend or a colleague you trust"),
            "how": translate(
                "HelpContacts", "Someone you feel at ease with: tell them how things have been."
            ),
        },
        {
            "name": translate("HelpContacts", "A counsellor"),
            "how": translate(
                "HelpContacts",
                "A counsellor listens in confidence and helps you find a way through; a "
                "hospital's psychology clinic or your doctor can point you to one.",
            ),
        },
        {
            "name": translate("HelpContacts", "Employee assistance programme (EAP)"),
            "how": translate(
                "HelpContacts",
                "If your company has one, it is usually free and confidential: your employer "
                "is not told who called. Your administrator can add its number here.",
            ),
        },
        {
            "name": translate("HelpContacts", "Your team lead or mentor"),
            "how": translate(
                "HelpContacts", "If you like, they can also help with your workload or shifts."
            ),
        },
    ]


def contacts_to_show(configured: list[Contact]) -> list[Contact]:
    return [dict(item) for item in configured] if configured else default_contacts()


def _shipped_lines() -> dict[str, HelpLines]:
    from companion.content import ContentError
    from companion.content.help_lines import load_help_lines

    try:
        return load_help_lines()
    except ContentError:
        log.exception("the route to help could not be read")
        return {}


def copy_text(line: HelpLine, language: str) -> str:
    """What a line's Copy button puts on the clipboard: 全国心理援助热线：12356."""
    chinese = language.startswith("zh")
    numbers = ("、" if chinese else ", ").join(
        number.number
        + ((f"（{number.label}）" if chinese else f" ({number.label})") if number.label else "")
        for number in line.numbers
    )
    return f"{line.name}{'：' if chinese else ': '}{numbers}"


class HelpContactsWindow(QDialog):
    """The contacts, each readable and selectable, with a copy button when it is real; and the
    route to help that is always there."""

    edit_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, lines: dict[str, HelpLines] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpContacts")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._lines = _shipped_lines() if lines is None else lines
        self._language = "en"
        self._contacts: list[Contact] = []
        self._placeholders = True
        self._gently = False
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._build_contact_list()
        self._build_always()
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
        self.line_names: list[QLabel] = []  # the route to help, line by line
        self.line_texts: list[QLabel] = []
        self.number_labels: list[QLabel] = []
        self.line_copy_buttons: list[QPushButton] = []
        self._line_widgets: list[QWidget] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.contact_scroll)
        layout.addWidget(self.always)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self._edit)
        self.close_button.clicked.connect(self.close)
        self.setMinimumWidth(540)
        self.retranslate("en")

    def _build_contact_list(self) -> None:
        """The contacts' list (a row a contact, filled by _fill), scrolling when long."""
        self.list_frame = QFrame(self)
        self.list_frame.setObjectName("contactList")
        self.rows = QVBoxLayout(self.list_frame)
        self.rows.setContentsMargins(0, 4, 0, 4)
        self.rows.setSpacing(10)
        self.contact_scroll = QScrollArea(self)
        self.contact_scroll.setObjectName("contactScroll")
        self.contact_scroll.setWidgetResizable(True)
        self.contact_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # no Tab stop of its own (a nameless filler): Tab goes to what it holds
        self.contact_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contact_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contact_scroll.setWidget(self.list_frame)

    def _build_always(self) -> None:
        """The route to help that is always there: its heading, then a line a help line (filled by
        _fill_lines)."""
        self.always = QFrame(self)
        self.always.setObjectName("alwaysThere")
        self.always_rows = QVBoxLayout(self.always)
        self.always_rows.setContentsMargins(12, 8, 12, 10)
        self.always_rows.setSpacing(6)
        self.always_heading = QLabel(self.always)
        self.always_heading.setObjectName("alwaysHeading")
        self.always_rows.addWidget(self.always_heading)

    def show_contacts(self, configured: list[Contact], *, gently: bool = False) -> None:
        """Fill the list and bring the window forward. `gently`: opened by itself after the
        agent saved something (a mood entry or a thought record), so the first words say it was
        saved."""
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

    # -- the contacts ----------------------------------------------------------------------------

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
        self._fill_lines()
        self._retranslate_texts()
        self._fit()

    # -- the route to help -----------------------------------------------------------------------

    def _fill_lines(self) -> None:
        for widget in self._line_widgets:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._line_widgets = []
        self.line_names, self.line_texts = [], []
        self.number_labels, self.line_copy_buttons = [], []
        route = self._lines.get(self._language) or self._lines.get("en")
        self.always.setVisible(route is not None)
        if route is None:
            return
        self.always_heading.setText(route.heading)
        for line in route.lines:
            row = QWidget(self.always)
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 2, 0, 2)
            column.setSpacing(2)
            top = QHBoxLayout()
            top.setSpacing(4)
            name = QLabel(line.name, row)
            name.setObjectName("lineName")
            name.setWordWrap(True)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            top.addWidget(name, 1, Qt.AlignmentFlag.AlignVCenter)
            for number in line.numbers:
                big = QLabel(number.number, row)
                big.setObjectName("helpNumber")
                font = big.font()
                font.setPointSizeF(font.pointSizeF() * NUMBER_SCALE)
                font.setBold(True)
                big.setFont(font)
                big.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                )
                big.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it
                big.setAccessibleName(" ".join(filter(None, (line.name, number.number))))
                big.setAccessibleDescription(number.label)
                top.addSpacing(16)  # number and label together, each pair apart
                top.addWidget(big, 0, Qt.AlignmentFlag.AlignVCenter)
                self.number_labels.append(big)
                if number.label:
                    label = QLabel(number.label, row)
                    label.setObjectName("numberLabel")
                    top.addWidget(label, 0, Qt.AlignmentFlag.AlignVCenter)
            if line.numbers:
                top.addSpacing(6)
                copy = QPushButton(self.tr("Copy"), row)
                copy.setAutoDefault(False)
                copy.setAccessibleName(self.tr("Copy %1").replace("%1", line.name))
                text = copy_text(line, self._language)
                copy.clicked.connect(lambda _c=False, t=text: self.copy(t))
                top.addWidget(copy, 0, Qt.AlignmentFlag.AlignVCenter)
                self.line_copy_buttons.append(copy)
            how = QLabel(line.how, row)
            how.setWordWrap(True)
            how.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            how.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            column.addLayout(top)
            column.addWidget(how)
            self.always_rows.addWidget(row)
            self._line_widgets.append(row)
            self.line_names.append(name)
            self.line_texts.append(how)

    # -- size ------------------------------------------------------------------------------------

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the current width, no taller, and no taller than
        the screen: then the contacts scroll and the route to help stays in view."""
        layout = self.main_layout
        width = self.width() if self.isVisible() else self.minimumWidth()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        bar = self.contact_scroll.verticalScrollBar().sizeHint().width()
        rows = self.rows.totalHeightForWidth(inner - bar)
        self.contact_scroll.setFixedHeight(max(rows, 0))
        layout.activate()
        height = layout.totalHeightForWidth(width)
        room = available_area(self).height() - frame_margins(self).top() - 8
        if height > room:
            shorter = max(min(rows, SHORTEST_LIST), rows - (height - room))
            self.contact_scroll.setFixedHeight(shorter)
            layout.activate()
            height = layout.totalHeightForWidth(width)
        if height > 0:
            self.resize(width, height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The wrapped text's height at the window's width: not the taller one Qt would guess
        from each label's own idea of its width (which stretched the window)."""
        width = max(self.minimumWidth(), self.width() if self.isVisible() else 0)
        height = self.main_layout.totalHeightForWidth(width)
        return QSize(width, height) if height > 0 else super().sizeHint()

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def _edit(self) -> None:
        self.close()
        self.edit_requested.emit()

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("Where to turn · Companion"))
        self.title.setText(self.tr("Where to turn"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.close_button.setText(self.tr("&Close"))
        self._fill()  # the built-in pointers, the route to help and copy buttons speak it too

    def _retranslate_texts(self) -> None:
        intro = self.tr(
            "When things feel heavy, talking to someone helps, and it doesn't have to be "
            "serious first. These are people you can reach:"
        )
        if self._gently:  # Chinese runs on after 。 with no space
            space = "" if self._language.startswith("zh") else " "
            intro = self.tr("Saved.") + space + intro
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
