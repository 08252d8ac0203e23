"""The weekly wellbeing check-in: the five WHO-5 statements about the last two weeks.

A non-modal window, offered once a week or opened from the tray; never forced. Keyboard: a digit
0-5 answers the current statement and moves to the next, the arrow keys move between the answers
of a statement, Tab between statements, Enter shows the result once all five are answered, Esc
or "Not now" closes it without saving anything.

The result is the score on 0-100 and a calm sentence. A low result (WHO-5: raw below 13, or any
statement answered 0 or 1) adds a gentle suggestion to talk with someone, and a way to the help
contacts. It never names an illness: it is a screen, not a diagnosis.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from companion.content.checkin import Who5Text
from companion.domain.checkin import (
    ANSWER_MAX,
    ANSWER_MIN,
    MEANINGFUL_CHANGE,
    WHO5_ITEMS,
    CheckIn,
    Who5Score,
)
from companion.domain.clock import Clock
from companion.ui.lines import keep_last_two

log = logging.getLogger(__name__)

SaveCheckIn = Callable[[CheckIn], CheckIn]
LatestCheckIn = Callable[[], CheckIn | None]

_DIGIT_KEYS = {
    getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(ANSWER_MIN, ANSWER_MAX + 1)
}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
WINDOW_WIDTH = 780
HAND_BACK_SECONDS = 1.0  # an activation this soon after a quiet show came from the platform
_SCORES_SHOWN = tuple(range(ANSWER_MAX, ANSWER_MIN - 1, -1))  # columns: 5 (all of the time) first

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def day_text(day: date, language: str) -> str:
    """Monday 23 November / 11月23日（周一）."""
    if language == "zh_CN":
        return f"{day.month}月{day.day}日（{_ZH_WEEKDAYS[day.weekday()]}）"
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"


class CheckInDialog(QWidget):
    """Five statements, six answers each; then the score and, when low, where to turn."""

    saved = Signal(object)  # the CheckIn just stored
    skipped = Signal()  # closed without answering ("Not now", Esc, the window's close button)
    help_requested = Signal()  # "Where to turn…": the app shows the help contacts

    def __init__(
        self,
        save: SaveCheckIn,
        latest: LatestCheckIn,
        clock: Clock,
        texts: dict[str, Who5Text],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._latest = latest
        self._clock = clock
        self._texts = texts
        self._language = "en"
        self._current = 0  # the statement a digit answers
        self._previous: CheckIn | None = None  # the check-in before this one, if any
        self._typing_in: QWidget | None = None  # the window that had the keyboard (quiet show)
        self._hand_back_until = 0.0
        self.result: CheckIn | None = None
        self.setObjectName("checkIn")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the keys; no Tab stop of its own

        self._build_questions()
        self._build_outcome()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.questions)
        self.pages.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.pages)

        self.later_button.clicked.connect(self.skip)
        self.submit_button.clicked.connect(self.submit)
        self.retranslate("en")
        self.clear()
        self.resize(WINDOW_WIDTH, self.sizeHint().height())
        self._fit()

    def _build_answers(self) -> QGridLayout:
        """The statements and their answers: a row a statement, a radio button a score under its
        column's header."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(8)
        self.headers: dict[int, QLabel] = {}
        for column, score in enumerate(_SCORES_SHOWN, start=1):
            header = QLabel(self.questions)
            header.setObjectName("hint")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            header.setMinimumWidth(84)
            grid.addWidget(header, 0, column)
            self.headers[score] = header
        self.item_labels: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        self.radios: list[dict[int, QRadioButton]] = []
        self._radio_row: dict[QObject, int] = {}
        for row in range(WHO5_ITEMS):
            label = QLabel(self.questions)
            label.setWordWrap(True)
            label.setMinimumWidth(230)
            group = QButtonGroup(self)
            group.setExclusive(True)
            buttons: dict[int, QRadioButton] = {}
            for column, score in enumerate(_SCORES_SHOWN, start=1):
                radio = QRadioButton(self.questions)
                group.addButton(radio, score)
                grid.addWidget(radio, row + 1, column, Qt.AlignmentFlag.AlignHCenter)
                radio.installEventFilter(self)
                buttons[score] = radio
                self._radio_row[radio] = row
            group.idClicked.connect(lambda _score, r=row: self._answered(r))
            grid.addWidget(label, row + 1, 0)
            self.item_labels.append(label)
            self.groups.append(group)
            self.radios.append(buttons)
        grid.setColumnStretch(0, 1)
        return grid

    def _build_questions(self) -> None:
        """The first page: the title, the statements with their answers, Not now and Show my
        result."""
        self.questions = QWidget(self)
        self.title = QLabel(self.questions)
        self.title.setObjectName("title")
        self.source = QLabel(self.questions)
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        self.last_done = QLabel(self.questions)
        self.last_done.setObjectName("hint")
        self.last_done.setWordWrap(True)
        self.last_done.hide()
        self.intro = QLabel(self.questions)
        self.intro.setWordWrap(True)
        grid = self._build_answers()
        self.keys_hint = QLabel(self.questions)
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        self.error = QLabel(self.questions)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.later_button = QPushButton(self.questions)
        self.later_button.setAutoDefault(False)
        self.submit_button = QPushButton(self.questions)
        self.submit_button.setAutoDefault(False)
        for button in (self.later_button, self.submit_button):
            button.installEventFilter(self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.later_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.submit_button)
        questions = QVBoxLayout(self.questions)
        questions.setContentsMargins(0, 0, 0, 0)
        questions.setSpacing(8)
        questions.addWidget(self.title)
        questions.addWidget(self.source)
        questions.addWidget(self.last_done)
        questions.addWidget(self.intro)
        questions.addSpacing(4)
        questions.addLayout(grid)
        questions.addWidget(self.error)
        questions.addStretch(1)
        questions.addWidget(self.keys_hint)
        questions.addLayout(buttons_row)

    def _build_outcome(self) -> None:
        """The second page: the score in words, its change since the last check-in, Where to turn
        when it is low."""
        self.outcome = QWidget(self)
        self.result_title = QLabel(self.outcome)
        self.result_title.setObjectName("title")
        self.score_label = QLabel(self.outcome)
        self.score_label.setObjectName("checkInScore")
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_text = QLabel(self.outcome)
        self.score_text.setWordWrap(True)
        self.change_text = QLabel(self.outcome)
        self.change_text.setWordWrap(True)
        self.low_text = QLabel(self.outcome)
        self.low_text.setObjectName("checkInLow")
        self.low_text.setWordWrap(True)
        self.help_button = QPushButton(self.outcome)
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested)
        self.close_button = QPushButton(self.outcome)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.hide)
        outcome_buttons = QHBoxLayout()
        outcome_buttons.addWidget(self.help_button)
        outcome_buttons.addStretch(1)
        outcome_buttons.addWidget(self.close_button)
        outcome = QVBoxLayout(self.outcome)
        outcome.setContentsMargins(0, 0, 0, 0)
        outcome.setSpacing(10)
        outcome.addWidget(self.result_title)
        outcome.addWidget(self.score_label)
        outcome.addWidget(self.score_text)
        outcome.addWidget(self.change_text)
        outcome.addWidget(self.low_text)
        outcome.addStretch(1)
        outcome.addLayout(outcome_buttons)

    # -- language ----------------------------------------------------------------------------

    def _words(self) -> Who5Text:
        return self._texts.get(self._language) or self._texts["en"]

    def retranslate(self, language: str) -> None:
        self._language = language
        words = self._words()
        self.setWindowTitle(self.tr("Weekly check-in · Companion"))
        self.title.setText(self.tr("How have the last two weeks been?"))
        # Small print under the title: the instrument, and where this wording comes from (a
        # translation says so: its cut-off of 52 rests on the validated wording).
        self.source.setText(f"{words.source}\n{words.note}")
        self.intro.setText(words.intro)
        for score, header in self.headers.items():
            header.setText(f"{words.answer(score)}\n{score}")
        for row, (label, buttons) in enumerate(zip(self.item_labels, self.radios, strict=True)):
            statement = words.items[row]
            label.setText(keep_last_two(f"{row + 1}. {statement}"))
            for score, radio in buttons.items():
                radio.setAccessibleName(
                    self.tr("Statement %1, %2 (%3)")
                    .replace("%1", str(row + 1))
                    .replace("%2", words.answer(score))
                    .replace("%3", str(score))
                )
                radio.setAccessibleDescription(statement)
                radio.setToolTip(f"{words.answer(score)} ({score})")
        self.keys_hint.setText(
            self.tr(
                "Keys 0–5 answer a statement and move to the next (5 = all of the time, "
                "0 = at no time) · Enter shows the result · Esc closes"
            )
        )
        self.later_button.setText(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Not now: close without saving"))
        self.submit_button.setText(self.tr("&Show my result"))
        self.result_title.setText(self.tr("Thank you for taking a moment for yourself"))
        self.help_button.setText(self.tr("&Where to turn…"))
        self.close_button.setText(self.tr("&Close"))
        self._show_last_done()
        if self.result is not None:
            self._show_result(self.result)
        self._update()
        self._fit()

    # -- what the app asks ------------------------------------------------------------------

    def clear(self) -> None:
        """Every statement unanswered, the questions shown, the first statement current."""
        for group in self.groups:
            group.setExclusive(False)  # an exclusive group cannot be emptied
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.result = None
        self.error.hide()
        self.pages.setCurrentWidget(self.questions)
        self._set_current(0)
        self._update()

    def open_fresh(self, *, take_focus: bool = True) -> None:
        """Show the check-in, ready for the keyboard. Safe to call again: an open check-in
        keeps its answers and only comes forward. With `take_focus` False (it fell due while the
        person may be typing) it is shown without being activated: a click on it, or the tray
        menu, gives it the keyboard."""
        if not self.isVisible():
            self.clear()
            self._previous = self._latest()
            self._show_last_done()
            self._fit()
            self._centre_on_active_screen()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not take_focus)
        self._typing_in = None
        if not take_focus:  # where the keyboard is now, should the platform move it here
            self._typing_in = QApplication.activeWindow()
            self._hand_back_until = self._clock.monotonic() + HAND_BACK_SECONDS
        self.show()
        self.raise_()
        if take_focus:
            self.activateWindow()
        QTimer.singleShot(0, self._fit)  # once the shown window's layout has settled
        if self.pages.currentWidget() is self.questions:
            self._focus_row(self._current)

    def answers(self) -> list[int | None]:
        return [None if group.checkedId() < 0 else group.checkedId() for group in self.groups]

    def answer(self, row: int, score: int) -> None:
        """Answer a statement (as a click would) and move to the next unanswered one."""
        self.radios[row][score].setChecked(True)
        self._answered(row)

    def skip(self) -> None:
        """Close without saving anything."""
        self.hide()
        self.skipped.emit()

    def submit(self) -> None:
        """Save the answers and show the result; when some are missing, say which."""
        answers = self.answers()
        missing = [row for row, value in enumerate(answers) if value is None]
        if missing:
            self.error.setText(
                self.tr("Please answer statement %1 too; then Enter shows your result.").replace(
                    "%1", str(missing[0] + 1)
                )
            )
            self.error.show()
            self._set_current(missing[0])
            self._focus_row(missing[0])
            return
        check_in = CheckIn(
            id=uuid.uuid4(),
            at=self._clock.now(),
            answers=tuple(value for value in answers if value is not None),
        )
        try:
            stored = self._save(check_in)
        except Exception:
            log.exception("saving a check-in failed")
            self.error.setText(
                self.tr("Your answers could not be saved; they are still here. Please try again.")
            )
            self.error.show()
            return
        self.result = stored
        self._show_result(stored)
        self.pages.setCurrentWidget(self.outcome)
        self._fit()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(stored)

    # -- inside ------------------------------------------------------------------------------

    def _show_last_done(self) -> None:
        previous = self._previous
        if previous is None:
            self.last_done.hide()
            return
        zone = self._clock.local_zone()
        done = previous.at.astimezone(zone).date()
        today = self._clock.now().astimezone(zone).date()
        if done.isocalendar()[:2] != today.isocalendar()[:2]:
            self.last_done.hide()
            return
        self.last_done.setText(
            self.tr(
                "You already did this week's check-in on %1. You can do another if you like; "
                "both are kept."
            ).replace("%1", day_text(done, self._language))
        )
        self.last_done.show()

    def _show_result(self, check_in: CheckIn) -> None:
        score: Who5Score = check_in.score
        self.score_label.setText(self.tr("%1 out of 100").replace("%1", str(score.percent)))
        self.score_label.setAccessibleName(
            self.tr("Your wellbeing score: %1 out of 100").replace("%1", str(score.percent))
        )
        self.score_text.setText(
            self.tr(
                "This is how the last two weeks felt to you, on a scale where higher means "
                "better wellbeing. One week says little on its own; the trends window shows how "
                "it moves over time."
            )
        )
        previous = self._previous
        change = None if previous is None else score.percent - previous.score.percent
        if previous is not None and change is not None and abs(change) >= MEANINGFUL_CHANGE:
            # The last score for comparison, and no count of points lost: a drop is said
            # gently (the score above already says how it is).
            text = (
                self.tr("Higher than at your last check-in (%1). Good to see.")
                if change > 0
                else self.tr(
                    "Lower than at your last check-in (%1). Harder weeks come and go; "
                    "go gently with yourself."
                )
            )
            self.change_text.setText(text.replace("%1", str(previous.score.percent)))
            self.change_text.show()
        else:
            self.change_text.hide()
        self.low_text.setText(
            self.tr(
                "The last two weeks seem to have been heavy. That happens, and you don't have "
                "to carry it alone: talking often helps, to family, a friend or a colleague you "
                "trust, to a counsellor, to your company's employee assistance programme "
                "(usually confidential), or to your team lead. This is not a diagnosis, only a "
                "sign that some support could do you good."
            )
        )
        self.low_text.setVisible(score.low)
        self.help_button.setVisible(score.low)

    def _answered(self, row: int) -> None:
        self.error.hide()
        self._update()
        following = self._next_unanswered(row)
        if following is not None:
            self._set_current(following)
            self._focus_row(following)
        else:
            self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_unanswered(self, row: int) -> int | None:
        answers = self.answers()
        for offset in range(1, WHO5_ITEMS + 1):
            candidate = (row + offset) % WHO5_ITEMS
            if answers[candidate] is None:
                return candidate
        return None

    def _set_current(self, row: int) -> None:
        self._current = row
        for index, label in enumerate(self.item_labels):
            font = QFont(label.font())
            font.setBold(index == row)
            label.setFont(font)

    def _focus_row(self, row: int) -> None:
        checked = self.groups[row].checkedButton()
        target = checked or self.radios[row][_SCORES_SHOWN[0]]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        self.submit_button.setEnabled(all(value is not None for value in self.answers()))

    def _fit(self) -> None:
        """Tall enough for every wrapped line at the current width (wording differs by
        language, and the result page by what it says)."""
        self.ensurePolished()  # the style sheet's fonts and margins count
        layout = self.layout()
        assert layout is not None
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height > 0:
            self.setMinimumHeight(height)
            if self.height() < height:
                self.resize(self.width(), height)

    def _centre_on_active_screen(self) -> None:
        from companion.ui.screen_fit import place_window

        place_window(self)  # as every window opens

    # -- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn and watched in self._radio_row:
            self._set_current(self._radio_row[watched])
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits answer, Enter submits, Esc closes. True when the key was used."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = Qt.Key(event.key())
        if self.pages.currentWidget() is self.outcome:
            if key in _ENTER_KEYS and self.help_button.hasFocus():
                self.help_button.click()
                return True
            if key == Qt.Key.Key_Escape or key in _ENTER_KEYS:
                self.hide()
                return True
            return False
        if key in _DIGIT_KEYS:
            self.answer(self._current, _DIGIT_KEYS[key])
            return True
        if key in _ENTER_KEYS:
            if self.later_button.hasFocus():
                self.skip()
            else:
                self.submit()
            return True
        if key == Qt.Key.Key_Escape:
            self.skip()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.handle_key(event):
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._give_keyboard_back()

    def _give_keyboard_back(self) -> None:
        """Shown without the keyboard, yet some platforms activate it at once: hand the
        keyboard back to the window that had it (ours only; the flag keeps others'). A click
        on the check-in later, or a mouse button held now, is the person's choice: kept."""
        previous, self._typing_in = self._typing_in, None
        if (
            previous is not None
            and previous is not self
            and self._clock.monotonic() <= self._hand_back_until
            and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
            and Shiboken.isValid(previous)
            and previous.isVisible()
        ):
            previous.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.pages.currentWidget() is self.questions:
            self.skipped.emit()
        self.hide()
        event.ignore()
