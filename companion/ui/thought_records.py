"""Saved thought records: browse, search, read one again in full, resume a draft, delete."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import Vocabulary
from companion.domain.clock import Clock
from companion.domain.thoughts import EmotionRating, ThoughtRecord
from companion.ui.confirm import confirm_delete, is_delete_key

if TYPE_CHECKING:
    import uuid

    from companion.content.reframing import ReframingContent


class ThoughtBook(Protocol):
    def thoughts(self, *, drafts: bool = False, search: str = "") -> Sequence[ThoughtRecord]: ...
    def delete_thought(self, record_id: uuid.UUID) -> bool: ...


class ThoughtRecordsWindow(QWidget):
    resume_requested = Signal(object)  # a draft ThoughtRecord
    new_requested = Signal()
    practice_requested = Signal()

    def __init__(
        self,
        book: Callable[[], ThoughtBook | None],
        clock: Clock,
        vocabulary: Vocabulary,
        content: Callable[[str], ReframingContent],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("thoughtRecords")
        self._book = book
        self._clock = clock
        self._vocabulary = vocabulary
        self._content_for = content
        self._language = "en"
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.reader = QTextBrowser(self)
        self.reader.setOpenLinks(False)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.practice_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.reader)
        splitter.setSizes([260, 440])
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.new_button.clicked.connect(self.new_requested)
        self.practice_button.clicked.connect(self.practice_requested)
        self.resume_button.clicked.connect(self._resume)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemActivated.connect(lambda _item: self._resume_if_draft())
        self.list.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(760, 500)

    def retranslate(self, language: str) -> None:
        self._language = language
        self.setWindowTitle(self.tr("Thought records · Companion"))
        self.title.setText(self.tr("Your thought records"))
        self.search.setPlaceholderText(self.tr("Search your records"))
        self.search.setAccessibleName(self.tr("Search your records"))
        self.list.setAccessibleName(self.tr("Thought records, newest first"))
        self.reader.setAccessibleName(self.tr("The selected record in full"))
        self.new_button.setText(self.tr("&Reframe a thought…"))
        self.practice_button.setText(self.tr("&Practise spotting traps…"))
        self.resume_button.setText(self.tr("&Continue draft"))
        self.delete_button.setText(self.tr("&Delete"))
        self.refresh()

    # -- content -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.refresh()
        self.list.setFocus()

    def refresh(self) -> None:
        book = self._book()
        selected = self.selected()
        self.list.clear()
        if book is None:
            return
        text = self.search.text()
        records = [*book.thoughts(drafts=True, search=text), *book.thoughts(search=text)]
        for record in records:
            item = QListWidgetItem(self._line(record), self.list)
            item.setData(Qt.ItemDataRole.UserRole, record)
        self.empty.setVisible(not records)
        self.empty.setText(
            self.tr("No record matches your search.")
            if text.strip()
            else self.tr(
                "No thought records yet. After a difficult contact, “Reframe a thought” walks you "
                "from the thought that hurt to a fairer one, step by step."
            )
        )
        if records:
            row = 0
            if selected is not None:
                row = next((i for i, r in enumerate(records) if r.id == selected.id), 0)
            self.list.setCurrentRow(row)
        self._show_selected()

    def _line(self, record: ThoughtRecord) -> str:
        when = record.updated_at.astimezone(self._clock.local_zone()).strftime("%Y-%m-%d %H:%M")
        thought = " ".join(record.automatic_thought.split()) or self.tr("(no thought yet)")
        if len(thought) > 60:
            thought = thought[:59] + "…"
        prefix = self.tr("Draft") + " · " if record.is_draft else ""
        return f"{prefix}{when}\n{thought}"

    def selected(self) -> ThoughtRecord | None:
        item: QListWidgetItem | None = self.list.currentItem()  # None when the list is empty
        if item is None:
            return None
        record = item.data(Qt.ItemDataRole.UserRole)
        return record if isinstance(record, ThoughtRecord) else None

    def _show_selected(self) -> None:
        record = self.selected()
        self.resume_button.setEnabled(record is not None and record.is_draft)
        self.delete_button.setEnabled(record is not None)
        self.reader.setHtml("" if record is None else self.page_html(record))

    def _ratings(self, ratings: tuple[EmotionRating, ...]) -> str:
        return ", ".join(
            f"{self._vocabulary.emotion(r.emotion, self._language)} {r.intensity}" for r in ratings
        )

    def page_html(self, record: ThoughtRecord) -> str:
        """The whole record as a page to read."""
        content = self._content_for(self._language)
        names = {code: item.name for code, item in content.distortions.items()}

        def section(title: str, body: str) -> str:
            if not body.strip():
                return ""
            text = html.escape(body).replace("\n", "<br>")
            return f"<h4>{html.escape(title)}</h4><p>{text}</p>"

        parts = [
            section(self.tr("Situation"), record.situation),
            section(self.tr("Automatic thought"), record.automatic_thought),
            section(self.tr("Emotions"), self._ratings(record.emotions_before)),
            section(
                self.tr("Thinking traps"),
                ("、" if self._language == "zh_CN" else ", ").join(
                    names.get(c, c) for c in record.distortions
                ),
            ),
        ]
        for item in record.evidence:
            name = names.get(item.distortion, item.distortion)
            parts.append(
                section(self.tr("For the thought (%1)").replace("%1", name), item.evidence_for)
            )
            parts.append(
                section(
                    self.tr("Against the thought (%1)").replace("%1", name), item.evidence_against
                )
            )
        balanced = record.balanced_thought
        if record.belief is not None and balanced.strip():
            balanced += "\n" + self.tr("Believed: %1 / 100").replace("%1", str(record.belief))
        parts.append(section(self.tr("Balanced thought"), balanced))
        parts.append(section(self.tr("Emotions afterwards"), self._ratings(record.emotions_after)))
        return "".join(parts)

    # -- actions -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.list and is_delete_key(event):
            self.delete_selected()
            return True
        return False

    def _resume_if_draft(self) -> None:
        record = self.selected()
        if record is not None and record.is_draft:
            self.resume_requested.emit(record)

    def _resume(self) -> None:
        self._resume_if_draft()

    def delete_selected(self) -> None:
        record = self.selected()
        book = self._book()
        if record is None or book is None:
            return

        def delete() -> None:
            book.delete_thought(record.id)
            self.refresh()

        confirm_delete(
            self,
            self.tr("Delete record?"),
            self.tr("Delete this thought record? This cannot be undone."),
            self.tr("Delete"),
            "confirmDeleteThought",
            delete,
        )
