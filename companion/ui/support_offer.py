"""After a mood log with high stress: a gentle offer of a breathing minute or a reframing
exercise. Never forced: "Not now" (or Esc, or closing it) simply dismisses it. It opens where
every window opens: centred on the screen the mouse is on (`screen_fit.place_window`).

After an entry tagged 客户辱骂 (an abusive customer) it says, in one line, that the abuse is not
the agent's to bear, and that ending the conversation or handing it to the lead is allowed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.screen_fit import place_window


class SupportOffer(QDialog):
    breathe_requested = Signal()
    reframe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportOffer")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.abuse_line = QLabel(self)  # after an abusive customer
        self.abuse_line.setObjectName("abuseLine")
        self.abuse_line.setWordWrap(True)
        self.abuse_line.hide()
        self.breathe_button = QPushButton(self)
        self.reframe_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.later_button.setDefault(True)  # Enter never starts an exercise by accident
        buttons = QHBoxLayout()
        buttons.addWidget(self.breathe_button)
        buttons.addWidget(self.reframe_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.abuse_line)
        layout.addLayout(buttons)
        self.breathe_button.clicked.connect(self._breathe)
        self.reframe_button.clicked.connect(self._reframe)
        self.later_button.clicked.connect(self.reject)
        self.setMinimumWidth(460)

    def _breathe(self) -> None:
        self.accept()
        self.breathe_requested.emit()

    def _reframe(self) -> None:
        self.accept()
        self.reframe_requested.emit()

    def offer(self, stress: int, abusive: bool = False) -> None:
        """`abusive`: the entry is tagged 客户辱骂, and the offer says abuse is not theirs."""
        self.text.setText(
            self.tr(
                "Stress %1 is a lot to carry to the next customer. A minute of slow breathing, or "
                "a few minutes to look at the thought that stings, can take the edge off."
            ).replace("%1", str(stress))
        )
        self.abuse_line.setText(
            self.tr(
                "Being abused is not yours to bear: as your company's rules allow, end the "
                "conversation or hand it to your team lead."
            )
        )
        self.abuse_line.setVisible(abusive)
        self.adjustSize()
        if not self.isVisible():
            place_window(self)
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self, language: str) -> None:
        self.setWindowTitle(self.tr("A moment for you · Companion"))
        self.title.setText(self.tr("That sounded hard."))
        self.breathe_button.setText(self.tr("&Breathe for a minute"))
        self.reframe_button.setText(self.tr("&Reframe the thought"))
        self.later_button.setText(self.tr("&Not now"))
