"""The short exercises, used as an agent would: keyboard only, real widgets offscreen.

The timed exercises read a fake monotonic clock; a timer's tick is simulated by emitting its
`timeout`, so nothing here waits for real seconds. `record` is a list's `append`.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QInputMethodEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from companion.content.reframing import NvcExample, ReframingPair, load_reframing
from companion.domain.nvc import compose_nvc
from companion.domain.thoughts import ExerciseUse
from companion.ui.exercises import (
    AFTER,
    BEFORE,
    DONE,
    EXERCISE_CODES,
    WINDOW_HEIGHT,
    WINDOW_WIDTH,
    WORK,
    BreathingPage,
    DetachmentPage,
    DistressQuestion,
    ExercisesWindow,
    NvcPage,
    PositiveReframingPage,
    TaskSplitPage,
)
from companion.ui.i18n import Translations
from companion.ui.style import STYLE_SHEET
from tests.helpers.clock import FakeClock

SHOTS = Path("/tmp/companion-shots")


@pytest.fixture
def monotonic() -> FakeClock:
    return FakeClock()


@pytest.fixture
def uses() -> list[ExerciseUse]:
    return []


@pytest.fixture
def window(qtbot, clock, monotonic, uses):
    widget = ExercisesWindow(uses.append, clock, load_reframing, monotonic=monotonic)
    qtbot.addWidget(widget)
    widget.setStyleSheet(STYLE_SHEET)  # as the app has it
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot, which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = focused()
    assert target is not None
    qtbot.keyClick(target, which, modifier)


def type_text(qtbot, text: str) -> None:
    target = focused()
    assert target is not None
    qtbot.keyClicks(target, text)


def alt(qtbot, letter: Qt.Key, until) -> None:
    """Alt+letter: a button's mnemonic clicks it a moment later (as it shows the press)."""
    key(qtbot, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(until, timeout=2000)


def compose(widget: QWidget, commit: str) -> None:
    """What an input method sends when Chinese characters are chosen."""
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    event = QInputMethodEvent("", [])
    event.setCommitString(commit)
    QApplication.sendEvent(widget, event)


def open_at(qtbot, window: ExercisesWindow, code: str):
    window.show_exercise(code)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.windowHandle().isActive())
    if not window.isActiveWindow():
        # Offscreen quirk: a window shown again after hiding stays the platform's focus window,
        # so the application is never told it became active. Another window in between fixes it.
        other = QWidget()
        qtbot.addWidget(other)
        other.show()
        qtbot.waitUntil(other.isActiveWindow)
        other.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    page = window.pages[code]
    assert window.current_page() is page
    assert focused() is page.distress_before
    return page


def tick(page) -> None:
    """What the countdown's timer does when it fires."""
    page.countdown.timer.timeout.emit()


def active_timers(widget: QWidget) -> list[QTimer]:
    return [timer for timer in widget.findChildren(QTimer) if timer.isActive()]


# -- the window and the list -----------------------------------------------------------------


def test_the_list_shows_the_five_exercises_from_the_content(qtbot, window):
    content = load_reframing("en")
    assert window.list.count() == 5
    for row, code in enumerate(EXERCISE_CODES):
        item = window.list.item(row)
        assert item.text() == content.exercises[code].name
        assert item.data(Qt.ItemDataRole.UserRole + 1) == content.exercises[code].summary
    assert window.current_page() is None  # the welcome page until one is chosen
    with pytest.raises(ValueError, match="unknown exercise"):
        window.show_exercise("thought_record")


def test_arrows_in_the_list_choose_and_enter_goes_into_the_exercise(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.list.setFocus()  # the list with the keyboard shows its first exercise
    assert window.current_page() is window.pages["breathing"]
    key(qtbot, Qt.Key.Key_Down)
    assert window.current_page() is window.pages["detachment"]
    assert focused() is window.list  # choosing does not take the keyboard away
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is window.pages["detachment"].distress_before


def test_every_control_has_an_accessible_name(qtbot, window):
    window.retranslate("zh_CN")
    window.retranslate("en")
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget, QSpinBox, DistressQuestion)
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and not w.objectName().startswith("qt_")  # Qt's own insides
    ]
    assert len(controls) > 60
    for control in controls:
        assert control.accessibleName().strip(), (control.objectName(), type(control))
    for code, page in window.pages.items():
        for label in (page.intro, page.steps):
            assert label.accessibleName(), code


# -- breathing -------------------------------------------------------------------------------


def test_breathing_runs_the_chosen_cycles_and_records_with_the_keyboard(
    qtbot, window, clock, monotonic, uses
):
    page = open_at(qtbot, window, "breathing")
    assert isinstance(page, BreathingPage)
    assert page.cycles.value() == 5  # the steps say "repeat four to six times"
    assert (page.cycles.minimum(), page.cycles.maximum()) == (1, 10)
    key(qtbot, Qt.Key.Key_6)
    assert page.distress_before.value() == 6
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.cycles
    key(qtbot, Qt.Key.Key_Down)  # four cycles
    assert page.cycles.value() == 4
    started = clock.now()
    key(qtbot, Qt.Key.Key_Return)  # Enter in the spin box starts
    assert page.stage == WORK
    assert page.running and page.breathing.running
    assert page.time_left.text() == "0:48"
    assert page.cycle_label.text() == "Cycle 1 of 4"
    assert page.countdown.timer.isActive() and page.breathing.timer.isActive()

    monotonic.advance(13.0)
    tick(page)
    assert page.time_left.text() == "0:35"
    assert page.cycle_label.text() == "Cycle 2 of 4"
    monotonic.advance(30.0)
    tick(page)
    assert page.cycle_label.text() == "Cycle 4 of 4"
    assert page.stage == WORK and uses == []

    clock.advance(timedelta(seconds=48))
    monotonic.advance(5.0)  # 48 s in all
    tick(page)
    assert page.stage == AFTER
    assert not page.running and not page.breathing.running
    assert active_timers(window) == []
    assert "4 cycles" in page.recap.text()
    assert focused() is page.distress_after
    key(qtbot, Qt.Key.Key_3)
    with qtbot.waitSignal(window.recorded) as signal:
        key(qtbot, Qt.Key.Key_Return)  # Enter on the last question is Done
    [use] = uses
    assert signal.args == [use]
    assert use.kind == "breathing"
    assert (use.distress_before, use.distress_after) == (6.0, 3.0)
    assert isinstance(use.distress_before, float)
    assert use.started_at == started and use.finished_at == started + timedelta(seconds=48)
    assert use.details == ""
    assert use.extra["cycles"] == "4" and use.extra["stopped_early"] == "false"
    # It ends on the change, said plainly, with a warm word for a change for the better.
    assert page.stage == DONE
    assert page.result_lines[0].text() == "distress 6 → 3"
    assert page.result_lines[0].isVisibleTo(page)
    assert page.result_text.text().startswith("Lower than when you started.")
    assert focused() is page.next_button and page.next_button.text() == "Do it &again"
    key(qtbot, Qt.Key.Key_Return)  # again: a fresh start
    assert page.stage == BEFORE and page.distress_before.value() is None


def test_breathing_can_be_stopped_early_with_esc(qtbot, window, monotonic, uses):
    page = open_at(qtbot, window, "breathing")
    key(qtbot, Qt.Key.Key_Return)  # no distress given: it is optional
    assert page.stage == WORK
    assert page.stop_button.focusPolicy() == Qt.FocusPolicy.TabFocus  # a stray Space is safe
    monotonic.advance(7.5)
    key(qtbot, Qt.Key.Key_Escape)
    assert page.stage == AFTER and not page.running
    assert window.isVisible()  # Esc stopped the breathing, not the window
    assert "0:07" in page.recap.text()
    key(qtbot, Qt.Key.Key_Return)
    [use] = uses
    assert use.distress_before is None and use.distress_after is None
    assert use.extra == {"cycles": "5", "seconds": "7", "stopped_early": "true"}


# -- short detachment ------------------------------------------------------------------------


def test_detachment_shows_the_steps_one_after_another_counting_down(qtbot, window, monotonic, uses):
    page = open_at(qtbot, window, "detachment")
    assert isinstance(page, DetachmentPage)
    steps = load_reframing("en").exercises["detachment"].steps
    assert page.chosen_seconds() == 30
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.length_buttons[30]
    key(qtbot, Qt.Key.Key_Right)
    assert page.chosen_seconds() == 45
    key(qtbot, Qt.Key.Key_Return)
    assert page.stage == WORK
    each = 45 / len(steps)
    assert page.time_left.text() == "0:45"
    assert page.step_text.text() == steps[0]
    assert page.step_number.text() == f"Step 1 of {len(steps)}"
    seen = [page.step_text.text()]
    for second in range(1, 45):
        monotonic.advance(1.0)
        tick(page)
        assert page.time_left.text() == f"0:{45 - second:02d}"
        expected = steps[min(len(steps) - 1, int(second // each))]
        assert page.step_text.text() == expected
        if seen[-1] != expected:
            seen.append(expected)
    assert seen == list(steps)  # every step, in order
    monotonic.advance(1.0)
    tick(page)
    assert page.stage == AFTER and active_timers(window) == []
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_Return)
    [use] = uses
    assert use.kind == "detachment"
    assert (use.distress_before, use.distress_after) == (None, 2.0)
    assert use.extra["seconds_chosen"] == "45" and use.extra["seconds"] == "45"


# -- positive reframing ----------------------------------------------------------------------


def test_positive_reframing_with_the_keyboard(qtbot, window, uses):
    page = open_at(qtbot, window, "positive_reframing")
    assert isinstance(page, PositiveReframingPage)
    key(qtbot, Qt.Key.Key_8)
    key(qtbot, Qt.Key.Key_Return)
    assert page.stage == WORK and focused() is page.harsh
    pairs = [e for e in load_reframing("en").exercises["positive_reframing"].examples]
    assert all(isinstance(pair, ReframingPair) for pair in pairs)
    shown = page.examples.text()
    for pair in pairs:
        assert pair.kind.replace("'", "&#x27;") in shown
    type_text(qtbot, "She is shouting at me on purpose")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.kind
    type_text(qtbot, "She has waited a week and is scared of losing the money")
    alt(qtbot, Qt.Key.Key_N, lambda: page.stage == AFTER)  # Next
    assert "scared of losing the money" in page.recap.text()
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Up)  # from 5 when unset: 5, 6
    key(qtbot, Qt.Key.Key_Down)
    alt(qtbot, Qt.Key.Key_D, lambda: len(uses) == 1)  # Done
    [use] = uses
    assert use.kind == "positive_reframing"
    assert (use.distress_before, use.distress_after) == (8.0, 5.0)
    assert use.details == (
        "She is shouting at me on purpose\n"
        "→ She has waited a week and is scared of losing the money"
    )


def test_back_keeps_what_was_typed_and_delete_clears_the_distress(qtbot, window, uses):
    page = open_at(qtbot, window, "positive_reframing")
    key(qtbot, Qt.Key.Key_4)
    key(qtbot, Qt.Key.Key_Delete)
    assert page.distress_before.value() is None
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "rude")
    alt(qtbot, Qt.Key.Key_B, lambda: page.stage == BEFORE)
    key(qtbot, Qt.Key.Key_Return)
    assert page.harsh.toPlainText() == "rude"
    assert uses == []


# -- splitting into small tasks --------------------------------------------------------------


def test_task_list_add_tick_delete_and_record(qtbot, window, uses):
    page = open_at(qtbot, window, "task_split")
    assert isinstance(page, TaskSplitPage)
    example = load_reframing("en").task_splits[0]
    assert example.tasks[0].replace("'", "&#x27;") in page.example.text()
    key(qtbot, Qt.Key.Key_7)
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.task_input
    for task in ("Apologise for the wait", "   ", "Read the last contact", "Offer a refund"):
        type_text(qtbot, task)
        key(qtbot, Qt.Key.Key_Return)  # Enter adds (a blank line adds nothing)
    assert page.task_items() == [
        ("Apologise for the wait", False),
        ("Read the last contact", False),
        ("Offer a refund", False),
    ]
    assert focused() is page.task_input and page.task_input.text() == ""
    assert page.count.text().startswith("0 of 3 done")
    key(qtbot, Qt.Key.Key_Tab)  # Add
    key(qtbot, Qt.Key.Key_Tab)  # the list
    assert focused() is page.tasks
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Space)  # tick the first
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Delete)  # remove the second
    assert page.task_items() == [("Apologise for the wait", True), ("Offer a refund", False)]
    assert page.count.text().startswith("1 of 2 done")
    alt(qtbot, Qt.Key.Key_N, lambda: page.stage == AFTER)
    assert page.recap.text() == "1 of 2 small tasks done."
    key(qtbot, Qt.Key.Key_4)
    key(qtbot, Qt.Key.Key_Return)
    [use] = uses
    assert use.kind == "task_split"
    assert (use.distress_before, use.distress_after) == (7.0, 4.0)
    assert use.details == "✓ Apologise for the wait\n☐ Offer a refund"


def test_another_example_and_remove_with_the_button(qtbot, window):
    page = open_at(qtbot, window, "task_split")
    first = page.example.text()
    page.another_button.click()
    assert page.example.text() != first
    page.next()
    page.task_input.setText("One")
    page.add_button.click()
    page.remove_button.click()
    assert page.task_items() == []
    assert not page.remove_button.isEnabled()


# -- feeling – need – request ----------------------------------------------------------------


def test_nvc_preview_follows_the_typing_copies_and_records(qtbot, window, uses):
    page = open_at(qtbot, window, "nvc")
    assert isinstance(page, NvcPage)
    key(qtbot, Qt.Key.Key_9)
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.fields["feeling"]
    assert not page.copy_button.isEnabled()
    type_text(qtbot, "worried")
    assert page.preview.text() == "It sounds like you're feeling worried."
    key(qtbot, Qt.Key.Key_Return)  # Enter goes on to the next field
    assert focused() is page.fields["need"]
    type_text(qtbot, "getting it before the weekend")
    assert page.preview.text() == (
        "It sounds like you're feeling worried. "
        "What matters most to you is getting it before the weekend."
    )
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "call the courier now and ring you back in ten minutes")
    sentence = (
        "It sounds like you're feeling worried. "
        "What matters most to you is getting it before the weekend. "
        "Right now I can call the courier now and ring you back in ten minutes. "
        "Would that be all right?"
    )
    assert page.preview.text() == sentence
    alt(qtbot, Qt.Key.Key_C, lambda: QGuiApplication.clipboard().text() == sentence)
    assert page.message.text().startswith("Copied")
    page.fields["request"].setFocus()  # the mnemonic took the keyboard to Copy
    key(qtbot, Qt.Key.Key_Return)  # from the last field to Next
    assert focused() is page.next_button
    key(qtbot, Qt.Key.Key_Return)
    assert page.stage == AFTER and page.recap.text() == f"Your reply: {sentence}"
    key(qtbot, Qt.Key.Key_6)
    key(qtbot, Qt.Key.Key_Return)
    [use] = uses
    assert use.kind == "nvc" and use.details == sentence
    assert (use.distress_before, use.distress_after) == (9.0, 6.0)


def test_nvc_examples_fill_in_the_fields(qtbot, window, uses):
    page = open_at(qtbot, window, "nvc")
    key(qtbot, Qt.Key.Key_Return)
    examples = load_reframing("en").nvc_examples
    assert page.examples.count() == len(examples) >= 3
    key(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.examples
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    picked: NvcExample = examples[page.examples.currentRow()]
    assert page.fields["feeling"].text() == picked.feeling
    assert page.fields["request"].text() == picked.request
    assert page.preview.text() == picked.sentence  # the example's own wording
    assert focused() is page.fields["feeling"]
    key(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " Truly.")  # once edited, the parts are joined as written
    assert page.preview.text() == " ".join(
        (picked.feeling + " Truly.", picked.need, picked.request)
    )
    sentence = page.preview.text()
    page.next()
    page.done()
    assert uses[0].details == sentence


def test_nvc_templates_in_both_languages():
    en = load_reframing("en").exercises["nvc"].reply
    zh = load_reframing("zh_CN").exercises["nvc"].reply
    assert en is not None and zh is not None
    assert compose_nvc("", "", "", en) == ""
    assert compose_nvc("angry", "", "", en) == "It sounds like you're feeling angry."
    assert compose_nvc("", "", "Could you send me a photo?", en) == ("Could you send me a photo?")
    assert compose_nvc("着急", "按时收到", "就去联系快递", zh) == (
        "我理解，您现在很着急。您最在意的是按时收到。我现在就去联系快递，您看可以吗？"
    )
    assert compose_nvc("着急。", "", "", zh) == "我理解，您现在很着急。"
    # full-width punctuation: a trailing comma goes, a question of one's own stays whole
    assert compose_nvc("着急，", "", "", zh) == "我理解，您现在很着急。"
    assert compose_nvc("", "", "今天下午五点前给您回电话可以吗？", zh) == (
        "今天下午五点前给您回电话可以吗？"
    )
    assert compose_nvc("等了这么久还没收到，您一定很着急。", "", "", zh) == (
        "等了这么久还没收到，您一定很着急。"
    )
    # the agent's words go in once, even when they hold braces themselves
    assert compose_nvc("{}", "", "", en) == "It sounds like you're feeling {}."


def test_nvc_speaks_chinese(qtbot, window, uses):
    translations = Translations()
    translations.apply("zh_CN")
    try:
        window.retranslate("zh_CN")
        content = load_reframing("zh_CN")
        assert window.list.item(4).text() == content.exercises["nvc"].name == "感受 · 需要 · 请求"
        page = open_at(qtbot, window, "nvc")
        assert page.title.text() == "感受 · 需要 · 请求"
        translated = QCoreApplication.translate("NvcPage", "Your calm reply")
        if translated != "Your calm reply":  # the strings are translated
            assert page.preview_title.text() == translated
        key(qtbot, Qt.Key.Key_Return)
        compose(page.fields["feeling"], "着急")
        assert page.preview.text() == "我理解，您现在很着急。"
        page.fields["need"].setFocus()
        compose(page.fields["need"], "东西按时收到")
        page.fields["request"].setFocus()
        compose(page.fields["request"], "马上联系快递查一下")
        sentence = (
            "我理解，您现在很着急。您最在意的是东西按时收到。我现在马上联系快递查一下，您看可以吗？"
        )
        assert page.preview.text() == sentence
        page.next()
        page.done()
        assert uses[0].details == sentence
    finally:
        translations.apply("en")
        window.retranslate("en")
    assert window.pages["nvc"].title.text() == "Feeling – need – request"


# -- leaving, hiding, failing ----------------------------------------------------------------


def test_leaving_an_exercise_without_done_records_nothing(qtbot, window, monotonic, uses):
    page = open_at(qtbot, window, "breathing")
    key(qtbot, Qt.Key.Key_5)
    key(qtbot, Qt.Key.Key_Return)
    assert page.running
    window.list.setCurrentRow(EXERCISE_CODES.index("nvc"))  # another exercise
    assert not page.running and active_timers(window) == []
    assert page.stage == BEFORE and page.distress_before.value() is None

    nvc = window.pages["nvc"]
    nvc.next()
    nvc.fields["feeling"].setText("upset")
    nvc.next()
    nvc.distress_after.set_value(2)
    window.close()  # closing is leaving too
    assert not window.isVisible()
    open_at(qtbot, window, "nvc")
    assert nvc.stage == BEFORE and nvc.fields["feeling"].text() == ""
    key(qtbot, Qt.Key.Key_Escape)  # Esc closes when nothing runs
    assert not window.isVisible()
    assert uses == []


def test_opening_the_exercise_under_way_again_keeps_it(qtbot, window, uses):
    page = open_at(qtbot, window, "task_split")
    page.next()
    page.task_input.setText("Call back")
    page.add_task()
    window.show_exercise("task_split")  # the tray menu again
    assert page.stage == WORK and page.task_items() == [("Call back", False)]
    window.show_exercise("nvc")
    window.show_exercise("task_split")
    assert page.stage == BEFORE and page.task_items() == []
    assert uses == []


def test_timers_run_only_while_an_exercise_runs_on_screen(qtbot, window, monotonic):
    window.show()
    qtbot.waitExposed(window)
    assert active_timers(window) == []  # idle: nothing ticks
    for code in ("breathing", "detachment"):
        page = open_at(qtbot, window, code)
        page.next()
        assert page.countdown.timer.isActive()
        window.hide()
        assert active_timers(window) == [], code
        assert not page.running  # hidden is left: it starts afresh next time
    page = open_at(qtbot, window, "breathing")
    page.next()
    page.pause()  # what a minimised window does
    assert active_timers(window) == [] or active_timers(window) == [page.breathing.timer]
    monotonic.advance(100.0)  # it ran out meanwhile
    page.resume()
    tick(page)
    assert page.stage == AFTER and active_timers(window) == []


@pytest.mark.logs_errors("the failed record is logged")
def test_a_failed_record_keeps_everything_and_says_so(qtbot, clock, monotonic):
    def broken(_use: ExerciseUse) -> None:
        raise OSError("disk full")

    window = ExercisesWindow(broken, clock, load_reframing, monotonic=monotonic)
    qtbot.addWidget(window)
    emitted: list[object] = []
    window.recorded.connect(emitted.append)
    page = open_at(qtbot, window, "positive_reframing")
    page.next()
    page.harsh.setPlainText("mean")
    page.next()
    page.done()
    assert page.stage == AFTER and page.harsh.toPlainText() == "mean"
    assert page.message.objectName() == "error" and "could not be recorded" in page.message.text()
    assert emitted == []

    page.go(WORK)
    page.harsh.setPlainText("bad \x07 bell")
    page.next()
    page.done()
    assert "control character" in page.message.text()


# -- how it looks ----------------------------------------------------------------------------


def assert_readable(window: QWidget) -> None:
    """Nothing visible is cut off: labels show all their lines, buttons their whole text, and
    nothing outside a scrolling area lies beyond the window."""
    for child in window.findChildren(QLabel) + window.findChildren(QPushButton):
        if not child.isVisible() or child.width() == 0:
            continue
        area = child.parent()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parent()
        if area is None:
            top_left = child.mapTo(window, QPoint(0, 0))
            assert window.rect().contains(child.rect().translated(top_left)), child.text()
        if isinstance(child, QLabel) and child.wordWrap():
            assert child.heightForWidth(child.width()) <= child.height() + 1, child.text()
        elif not (isinstance(child, QLabel) and child.textFormat() == Qt.TextFormat.RichText):
            assert child.sizeHint().width() <= child.width() + 1, child.text()


def distinct_colours(image: QImage, background: QColor) -> int:
    """How many sampled pixels differ from the background."""
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y) != background
    )


def fill_in(page, monotonic) -> None:
    """Bring a page to its exercise step with something in it."""
    page.distress_before.set_value(6)
    page.next()
    if isinstance(page, BreathingPage):
        monotonic.advance(5.0)
        page.breathing.timer.timeout.emit()
        tick(page)
    elif isinstance(page, DetachmentPage):
        monotonic.advance(11.0)
        tick(page)
    elif isinstance(page, PositiveReframingPage):
        first = page.exercise.examples[0]
        page.harsh.setPlainText(first.harsh)
        page.kind.setPlainText(first.kind)
    elif isinstance(page, TaskSplitPage):
        for task in page.exercise.examples[0].tasks[:3]:
            page.task_input.setText(task)
            page.add_task()
        page.tasks.item(0).setCheckState(Qt.CheckState.Checked)
    elif isinstance(page, NvcPage):
        page.examples.setCurrentRow(0)
        page.use_example()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_exercise_page_is_readable_at_1366x768(qtbot, window, monotonic, language):
    translations = Translations()
    translations.apply(language)
    SHOTS.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"
    try:
        window.retranslate(language)
        assert WINDOW_WIDTH <= 1366 and WINDOW_HEIGHT <= 768 - 60  # room for a panel and title
        assert window.minimumSizeHint().width() <= WINDOW_WIDTH
        for code in EXERCISE_CODES:
            page = open_at(qtbot, window, code)
            window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)  # the offscreen screen is smaller
            shots = {"": WORK}
            if code == "breathing":
                shots = {"-before": BEFORE, "": WORK}
            for name, stage in shots.items():
                if stage == WORK:
                    fill_in(page, monotonic)
                QApplication.processEvents()
                image = window.grab().toImage()
                assert image.save(str(SHOTS / f"exercise-{code}{name}{suffix}.png"))
                background = window.palette().color(QPalette.ColorRole.Window)
                assert distinct_colours(image, background) > 500, code
                assert_readable(window)
                window.resize(window.minimumSize())  # and still readable at the smallest
                QApplication.processEvents()
                assert_readable(window)
                window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
                QApplication.processEvents()
            if code == "nvc":
                page.next()
                QApplication.processEvents()
                assert window.grab().save(str(SHOTS / f"exercise-after{suffix}.png"))
                assert_readable(window)
            page.reset()
    finally:
        translations.apply("en")
        window.retranslate("en")


# -- the end: what changed ---------------------------------------------------------------------


def rate_and_finish(qtbot, window, monotonic, before: list[Qt.Key], after: list[Qt.Key]):
    """Positive reframing with the keyboard: `before` keys, on, `after` keys, Done."""
    page = open_at(qtbot, window, "positive_reframing")
    for pressed in before:
        key(qtbot, pressed)
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "He is rude on purpose")
    alt(qtbot, Qt.Key.Key_N, lambda: page.stage == AFTER)
    for pressed in after:
        key(qtbot, pressed)
    key(qtbot, Qt.Key.Key_Return)
    assert page.stage == DONE
    return page


@pytest.mark.parametrize(
    ("before", "after", "line", "opening"),
    [
        ([Qt.Key.Key_1, Qt.Key.Key_0], [Qt.Key.Key_4], "distress 10 → 4", "Lower than"),
        ([Qt.Key.Key_6], [Qt.Key.Key_6], "distress 6 → 6", "The same as when you started"),
        ([Qt.Key.Key_3], [Qt.Key.Key_7], "distress 3 → 7", "Higher than when you started"),
    ],
)
def test_an_exercise_ends_on_the_change_said_plainly(
    qtbot, window, monotonic, uses, before, after, line, opening
):
    """10 is typed as 1 then 0; no change, or a rise, is said kindly and never praised."""
    page = rate_and_finish(qtbot, window, monotonic, before, after)
    [use] = uses
    assert f"distress {use.distress_before:.0f} → {use.distress_after:.0f}" == line
    assert page.result_lines[0].text() == line
    sentence = page.result_text.text()
    assert sentence.startswith(opening)
    if not opening.startswith("Lower"):
        for praise in ("good", "well done", "great"):
            assert praise not in sentence.lower()
    assert "Well done" not in page.message.text()


def test_an_exercise_without_ratings_ends_without_figures(qtbot, window, monotonic, uses):
    page = rate_and_finish(qtbot, window, monotonic, [], [])
    assert not page.result_lines[0].isVisibleTo(page)
    assert page.result_text.text().startswith("Recorded.")
    window.list.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # the same exercise chosen again: a fresh start
    assert page.stage == BEFORE and focused() is page.distress_before


def test_the_end_speaks_chinese(qtbot, window, monotonic, uses):
    translations = Translations()
    translations.apply("zh_CN")
    try:
        window.retranslate("zh_CN")
        page = rate_and_finish(qtbot, window, monotonic, [Qt.Key.Key_6], [Qt.Key.Key_3])
        assert page.result_lines[0].text() == "难受程度 6 → 3"
        assert page.result_title.text() == "已记录"
        assert page.next_button.text() == "再做一次(&A)"
    finally:
        translations.apply("en")
        window.retranslate("en")


@pytest.mark.parametrize(("language", "said"), [("en", "four to six"), ("zh_CN", "4–6 轮")])
def test_the_breathing_runs_as_many_rounds_as_its_steps_say(qtbot, window, language, said):
    """The steps say "repeat four to six times": the exercise starts at a number in that
    range (it ran 3), and its length says so."""
    steps = load_reframing(language).exercises["breathing"].steps
    assert any(said in step for step in steps)
    page = window.pages["breathing"]
    assert 4 <= page.cycles.value() <= 6
    page.next()
    assert (
        page.time_left.text()
        == f"{page.cycles.value() * 12 // 60}:{page.cycles.value() * 12 % 60:02d}"
    )
