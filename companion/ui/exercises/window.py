"""The exercises window: the list of exercises beside the page of the one chosen."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.content.reframing import ReframingContent
from companion.domain.clock import Clock
from companion.domain.thoughts import ExerciseUse, InvalidThought, check_exercise
from companion.ui.exercises.breathing import BreathingPage
from companion.ui.exercises.detachment import DetachmentPage
from companion.ui.exercises.nvc import NvcPage
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.positive_reframing import PositiveReframingPage
from companion.ui.exercises.task_split import TaskSplitPage
from companion.ui.exercises.widgets import (
    _CODE_ROLE,
    _SUMMARY_ROLE,
    DONE,
    EXERCISE_CODES,
    LIST_WIDTH,
    WINDOW_HEIGHT,
    WINDOW_WIDTH,
    ExerciseItemDelegate,
    _wrapped,
)
from companion.ui.screen_fit import work_screen

log = logging.getLogger(__name__)


# -- the window ------------------------------------------------------------------------------


PAGES: dict[str, type[ExercisePage]] = {
    "breathing": BreathingPage,
    "detachment": DetachmentPage,
    "positive_reframing": PositiveReframingPage,
    "task_split": TaskSplitPage,
    "nvc": NvcPage,
}


class ExercisesWindow(QWidget):
    """The five short exercises on the left, the chosen one on the right."""

    recorded = Signal(object)  # the ExerciseUse, after `record` took it

    def __init__(
        self,
        record: Callable[[ExerciseUse], object],
        clock: Clock,
        content: Callable[[str], ReframingContent],
        parent: QWidget | None = None,
        *,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        """`monotonic` is the clock the timed exercises count on: `clock.monotonic` unless a
        test gives its own."""
        super().__init__(parent)
        self._record = record
        self._clock = clock
        self._content = content
        self.language = "en"
        self.setObjectName("exercisesWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)

        self.list = QListWidget(self)
        self.list.setObjectName("exerciseList")
        self.list.setItemDelegate(ExerciseItemDelegate(self.list))
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        for code in EXERCISE_CODES:
            item = QListWidgetItem(code)
            item.setData(_CODE_ROLE, code)
            self.list.addItem(item)

        self.welcome = QWidget(self)
        self.welcome_title = _wrapped(self.welcome, "title")
        self.welcome_text = _wrapped(self.welcome)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.setContentsMargins(16, 12, 16, 12)
        welcome_layout.addWidget(self.welcome_title)
        welcome_layout.addWidget(self.welcome_text)
        welcome_layout.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.pages: dict[str, ExercisePage] = {}
        for code in EXERCISE_CODES:
            page = PAGES[code](code, clock, monotonic or clock.monotonic, self.stack)
            page.submit = self._submit
            self.pages[code] = page
            self.stack.addWidget(page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

        self.list.currentRowChanged.connect(self._on_row)
        self.list.activated.connect(lambda _index: self._enter_page())
        self.setMinimumSize(760, 500)
        self.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        self.retranslate("en")

    # -- what the app asks -------------------------------------------------------------------

    def show_exercise(self, code: str) -> None:
        """Open at `code`, in front, ready for the keyboard (an exercise under way is kept)."""
        if code not in self.pages:
            raise ValueError(f"unknown exercise {code!r}")
        row = EXERCISE_CODES.index(code)
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)  # opens it fresh
        elif self.stack.currentWidget() is not self.pages[code]:
            self._open(code)
        if not self.isVisible():
            self._centre_on_active_screen()
        self.show()
        self.raise_()
        self.activateWindow()
        self.pages[code].focus_stage()

    def set_after_abuse(self, after_abuse: bool) -> None:
        """After an entry tagged 客户辱骂: the exercises that carry a line for it show it."""
        for page in self.pages.values():
            page.set_after_abuse(after_abuse)

    def current_page(self) -> ExercisePage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ExercisePage) else None

    def retranslate(self, language: str) -> None:
        self.language = language
        content = self._content(language)
        self.setWindowTitle(self.tr("Short exercises · Companion"))
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(self.tr("↑ ↓ choose an exercise, Enter opens it"))
        for row, code in enumerate(EXERCISE_CODES):
            exercise = content.exercises[code]
            item = self.list.item(row)
            item.setText(exercise.name)
            item.setData(_SUMMARY_ROLE, exercise.summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, exercise.name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, exercise.summary)
            self.pages[code].retranslate(language, exercise)
        self.list.doItemsLayout()
        self.welcome_title.setText(self.tr("A few minutes for yourself"))
        self.welcome_text.setText(
            self.tr(
                "Choose an exercise on the left (↑ ↓, then Enter). Each one asks how distressed "
                "you are before and after, if you like; nothing is recorded until you press Done."
            )
        )

    # -- inside --------------------------------------------------------------------------------

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(EXERCISE_CODES):
            self._open(EXERCISE_CODES[row])

    def _open(self, code: str) -> None:
        """Leave the exercise shown (recording nothing) and start `code` afresh."""
        page = self.pages[code]
        old = self.current_page()
        if old is not None and old is not page:
            old.reset()
        page.reset()
        self.stack.setCurrentWidget(page)

    def _enter_page(self) -> None:
        page = self.current_page()
        if page is not None:
            if page.stage == DONE:
                page.reset()  # chosen again after it was done: a fresh start
            page.focus_stage()

    def _submit(self, page: ExercisePage) -> None:
        use = page.make_use(self._clock.now())
        try:
            check_exercise(use)
        except InvalidThought as error:
            if error.control_character:
                text = self.tr(
                    "Your text contains an invisible control character, probably from a paste. "
                    "Please remove it."
                )
            else:
                text = self.tr("Your text is too long to keep. Please shorten it.")
            page.show_message(text, error=True)
            return
        try:
            self._record(use)
        except Exception:
            log.exception("recording an exercise failed")
            page.show_message(
                self.tr("This could not be recorded; everything is still here. Please try again."),
                error=True,
            )
            return
        log.info("exercise %s recorded", use.kind)
        page.finish(use)  # it ends on what changed, said plainly
        page.focus_stage()
        self.recorded.emit(use)

    def _centre_on_active_screen(self) -> None:
        screen = work_screen()
        if self.screen() is not screen:
            self.setScreen(screen)
        area = screen.availableGeometry()
        width = min(max(self.width(), WINDOW_WIDTH), area.width())
        height = min(max(self.height(), WINDOW_HEIGHT), area.height())
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    # -- events ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            page = self.current_page()
            if page is not None and page.running:
                page.stop_early()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        page = self.current_page()
        if page is not None:
            page.resume()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        page = self.current_page()
        if page is None:
            return
        if self.isVisible():  # minimised: the exercise waits, its timers stop
            page.pause()
        else:  # closed or hidden: the exercise is left, and nothing recorded
            page.reset()
