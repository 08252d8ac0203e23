"""Abuse is not the agent's to absorb: after an entry tagged 客户辱骂 (an abusive customer), the
offer after a high stress, positive reframing (积极赋意) and the personalising trap's definition
say so in one line; after any other entry they do not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.app import CompanionApp
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from tests.helpers.app import start_app


@pytest.fixture
def app(qtbot, tmp_path):
    companion = start_app(qtbot, AppPaths(tmp_path, tmp_path))
    yield companion
    companion.speech.translations.apply("en")
    companion.shut_down()


def log(qtbot, app: CompanionApp, stress: int, category: str | None) -> None:
    """As a person logs: the stress key, a call type chip, Enter."""
    app.mood.show_quick_log()
    dialog = app.mood.quick_log
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_0 + stress)
    if category is not None:
        dialog.form.categories.chips[category].click()
    dialog.form.note.setPlainText("客户一直骂人")
    dialog.save()
    assert not dialog.isVisible()


def test_the_offer_after_an_abusive_customer_says_it_is_not_theirs_to_bear(qtbot, app):
    log(qtbot, app, 9, "abusive")
    offer = app.reframing.support_offer
    assert offer is not None and offer.isVisible()
    assert offer.abuse_line.isVisible()
    line = offer.abuse_line.text()
    assert "not yours to bear" in line and "team lead" in line and "end the" in line
    offer.reject()

    log(qtbot, app, 9, "refund")  # any other call type: the usual offer only
    assert offer.isVisible() and not offer.abuse_line.isVisible()
    offer.reject()


def test_positive_reframing_after_an_abusive_customer_says_a_kinder_reading_is_not_putting_up(
    qtbot, app
):
    log(qtbot, app, 3, "abusive")
    app.reframing.show_exercises("positive_reframing")
    window = app.reframing.exercises_window
    assert window is not None
    page = window.pages["positive_reframing"]
    assert page.abuse_note.isVisibleTo(window)
    assert "never means putting up with abuse" in page.abuse_note.text()
    assert not window.pages["breathing"].abuse_note.isVisibleTo(window)  # nothing to say there
    window.hide()

    log(qtbot, app, 3, "logistics")
    app.reframing.show_exercises("positive_reframing")
    assert not page.abuse_note.isVisibleTo(window)
    window.hide()


def test_an_abusive_entry_hours_ago_no_longer_colours_the_exercise(qtbot, app):
    journal = app.data.journal
    assert journal is not None
    now = app.clock.now()
    journal.add_mood(
        make_mood_input(at=now - timedelta(hours=5), now=now, stress=6, category="abusive")
    )
    app.reframing.show_exercises("positive_reframing")
    window = app.reframing.exercises_window
    assert window is not None
    assert not window.pages["positive_reframing"].abuse_note.isVisibleTo(window)
    window.hide()


def test_the_personalising_definition_after_an_abusive_customer(qtbot, app):
    log(qtbot, app, 9, "abusive")
    offer = app.reframing.support_offer
    assert offer is not None
    offer.reframe_button.click()  # reframe that entry
    wizard = app.reframing.wizard
    assert wizard is not None and wizard.isVisible()
    text = wizard.distortion_texts["personalization"].text()
    assert "not your fault, and not yours to bear" in text
    assert "not yours to bear" not in wizard.distortion_texts["catastrophizing"].text()
    wizard.record = None
    wizard.hide()

    log(qtbot, app, 9, "complaint")
    offer.reframe_button.click()
    assert "not yours to bear" not in wizard.distortion_texts["personalization"].text()
    wizard.record = None
    wizard.hide()


def test_in_chinese_the_lines_say_it_as_a_chinese_writer_would(qtbot, tmp_path):
    companion = start_app(qtbot, AppPaths(tmp_path, tmp_path), "zh_CN")
    try:
        log(qtbot, companion, 9, "abusive")
        offer = companion.reframing.support_offer
        assert offer is not None and offer.abuse_line.isVisible()
        assert offer.abuse_line.text() == (
            "被辱骂不是你该承受的：按公司的规定，可以结束这次接待，或转给组长处理。"
        )
        offer.reframe_button.click()
        wizard = companion.reframing.wizard
        assert wizard is not None
        assert "错不在你，也不该由你承受" in wizard.distortion_texts["personalization"].text()
        wizard.record = None
        wizard.hide()
        companion.reframing.show_exercises("positive_reframing")
        window = companion.reframing.exercises_window
        assert window is not None
        note = window.pages["positive_reframing"].abuse_note
        assert note.isVisibleTo(window) and "从来不等于忍受辱骂" in note.text()
        window.hide()
    finally:
        companion.speech.translations.apply("en")
        companion.shut_down()
