"""Where to turn: the window, its editor in the settings, and the app showing it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.app import CompanionApp
from companion.paths import AppPaths
from companion.settings import MAX_CONTACTS, Settings
from companion.ui.confirm import destructive_button
from companion.ui.help_contacts import HelpContactsWindow, default_contacts
from companion.ui.i18n import Translations
from companion.ui.screen_fit import available_area
from companion.ui.settings import DetectionStatus, SettingsDialog
from companion.ui.settings.contacts_tab import ContactsEditor
from tests.helpers.app import start_app

from .conftest import NOW

CONTACTS = [
    {"name": "Team lead Wang", "how": "ext. 8001"},
    {"name": "EAP", "how": "400-000-0000"},
]
STATUS = DetectionStatus(None, "X11", None, "PulseAudio")


POINTERS = [
    "Family, a friend or a colleague you trust",
    "A counsellor",
    "Employee assistance programme (EAP)",
    "Your team lead or mentor",
]


def test_the_built_in_pointers_lead_with_people_outside_the_review_and_name_no_number(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.show_contacts([])
    # family, friends, a colleague first; then a counsellor, the EAP (usually confidential);
    # the team lead, who has a say over the agent's review, last
    assert [label.text() for label in window.name_labels] == POINTERS
    assert "confidential" in window.how_labels[2].text()
    assert not any(char.isdigit() for item in default_contacts() for char in item["how"])
    assert window.copy_buttons == []  # nothing of theirs worth copying yet
    assert "Edit" in window.hint.text()


@pytest.fixture
def chinese():
    translations = Translations()
    translations.apply("zh_CN")
    yield
    translations.apply("en")


def test_without_an_administrator_chinese_shows_12356_and_110_120(qtbot, chinese):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.retranslate("zh_CN")
    window.show_contacts([])
    assert window.name_labels[0].text() == "家人、朋友或信任的同事"
    assert [label.text() for label in window.line_names] == ["全国心理援助热线", "有生命危险时"]
    assert [label.text() for label in window.number_labels] == ["12356", "110", "120"]
    assert "国家卫生健康委" in window.line_texts[0].text()
    danger = window.line_texts[1].text()
    assert "110 报警" in danger and "120 叫救护车" in danger
    assert window.always_heading.text() == "马上需要帮助时"
    # below the contacts, in view
    assert window.always.isVisible()
    assert window.always.geometry().top() > window.contact_scroll.geometry().bottom()
    window.line_copy_buttons[0].click()
    assert QApplication.clipboard().text() == "全国心理援助热线：12356"
    window.line_copy_buttons[1].click()
    assert QApplication.clipboard().text() == "有生命危险时：110（报警）、120（急救）"


def test_without_an_administrator_english_gives_the_emergency_advice_for_any_country(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.show_contacts([])
    assert [label.text() for label in window.line_names] == [
        "In immediate danger",
        "A crisis line",
    ]
    danger = window.line_texts[0].text()
    assert "call your local emergency number now" in danger
    assert all(number in danger for number in ("112", "911", "999"))  # examples, not one country
    assert window.number_labels == []  # no number shown as if it were everyone's
    assert "crisis" in window.line_texts[1].text()


def test_the_numbers_are_large_selectable_and_reached_with_tab(qtbot, chinese):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.retranslate("zh_CN")
    window.show_contacts([])
    body = QFontInfo(window.intro.font()).pixelSize()
    for label in window.number_labels:
        assert QFontInfo(label.font()).pixelSize() >= 1.6 * body
        flags = label.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert label.accessibleName().endswith(label.text())
    reached = []
    widget = window.close_button
    for _ in range(30):  # Tab, as a person would, around the whole window
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            reached.append(widget)
    assert all(label in reached for label in window.number_labels)
    assert all(button in reached for button in window.line_copy_buttons)
    number = window.number_labels[0]
    number.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(number, Qt.Key.Key_Home)
    qtbot.keyClick(number, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert number.selectedText() == "12356"  # selected with the keyboard, Ctrl+C copies it


def test_an_administrators_contacts_come_first_and_the_route_to_help_stays(qtbot, chinese):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.retranslate("zh_CN")
    window.show_contacts(CONTACTS)
    assert [label.text() for label in window.name_labels] == ["Team lead Wang", "EAP"]
    assert [label.text() for label in window.number_labels] == ["12356", "110", "120"]
    assert window.always.geometry().top() > window.contact_scroll.geometry().bottom()


def test_a_short_screen_scrolls_the_contacts_and_keeps_the_route_in_view(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    many = [{"name": f"Person {n}", "how": "ext. 80{n}, or the team chat"} for n in range(8)]
    window.show_contacts(many)
    area = available_area(window)
    assert window.height() <= area.height()
    assert window.always.isVisible()
    assert window.contact_scroll.height() >= 80


def test_configured_contacts_are_listed_selectable_and_copied(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.show_contacts(CONTACTS, gently=True)
    assert [label.text() for label in window.name_labels] == ["Team lead Wang", "EAP"]
    assert window.how_labels[0].text() == "ext. 8001"
    flags = window.how_labels[0].textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.intro.text().startswith("Saved.")
    window.copy_buttons[1].click()
    assert QApplication.clipboard().text() == "EAP: 400-000-0000"
    with qtbot.waitSignal(window.edit_requested):
        window.edit_button.click()
    assert not window.isVisible()
    window.show_contacts(CONTACTS)
    assert not window.intro.text().startswith("Saved.")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


@pytest.fixture
def editor(qtbot) -> ContactsEditor:
    widget = ContactsEditor()
    qtbot.addWidget(widget)
    widget.set_contacts([])
    widget.show()
    return widget


def type_contact(qtbot, editor: ContactsEditor, name: str, how: str) -> None:
    dialog = editor.dialog
    assert dialog.isVisible()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    dialog.how.clear()
    qtbot.keyClicks(dialog.how, how)
    qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_unchanged_pointers_are_saved_as_an_empty_list(editor):
    assert len(editor.contacts()) == 4
    assert editor.value() == []


def test_add_edit_move_and_remove_with_the_keyboard(qtbot, editor, monkeypatch):
    editor.list.setFocus()
    editor.add_button.click()
    type_contact(qtbot, editor, "Mentor Li", "room 3")
    assert editor.contacts()[-1] == {"name": "Mentor Li", "how": "room 3"}
    assert editor.list.currentRow() == 4
    assert editor.value()[-1]["name"] == "Mentor Li"  # no longer the built-in list

    qtbot.keyClick(editor.list, Qt.Key.Key_Return)  # Enter edits the selected one
    type_contact(qtbot, editor, "Mentor Li Na", "room 3, or WeChat")
    assert editor.contacts()[4] == {"name": "Mentor Li Na", "how": "room 3, or WeChat"}

    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.contacts()[3]["name"] == "Mentor Li Na"
    assert editor.list.currentRow() == 3

    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)  # asks first; Cancel is the default
    box = editor.confirmation
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert len(editor.contacts()) == 5
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    box = editor.confirmation
    assert box is not None
    destructive_button(box).click()
    assert [item["name"] for item in editor.contacts()] == POINTERS
    assert editor.list.currentRow() == 3


def test_a_name_is_needed_and_the_list_is_bounded(qtbot, editor):
    editor.add_button.click()
    assert not editor.dialog.ok_button.isEnabled()
    editor.dialog.reject()
    for number in range(MAX_CONTACTS - 4):
        editor.add_button.click()
        type_contact(qtbot, editor, f"Person {number}", "")
    assert len(editor.contacts()) == MAX_CONTACTS
    assert not editor.add_button.isEnabled()
    assert editor.full_note.isVisibleTo(editor)


def test_the_settings_dialog_saves_the_list(qtbot):
    dialog = SettingsDialog(Settings(values={"help.contacts": list(CONTACTS)}), STATUS)
    qtbot.addWidget(dialog)
    dialog.show_contacts_tab()
    assert dialog.tabs.currentWidget() is dialog.contacts
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Where to &turn"
    assert dialog.values()["help.contacts"] == CONTACTS
    dialog.contacts.list.setCurrentRow(1)
    dialog.contacts.move_selected(-1)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args[0]["help.contacts"] == [CONTACTS[1], CONTACTS[0]]
    dialog.load(Settings(), STATUS)
    assert dialog.values()["help.contacts"] == []


# -- the app ------------------------------------------------------------------------------------


@pytest.fixture
def app(qtbot, tmp_path):
    paths = AppPaths(tmp_path, tmp_path)
    companion = start_app(qtbot, paths)
    yield companion
    if companion.wellbeing.help_window is not None:
        companion.wellbeing.help_window.close()
    companion.shut_down()


def log_note(qtbot, app: CompanionApp, note: str, stress: int = 3) -> None:
    app.mood.show_quick_log()
    dialog = app.mood.quick_log
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_0 + stress)
    dialog.form.note.setPlainText(note)
    dialog.save()
    assert not dialog.isVisible()


def test_the_tray_menu_opens_it_in_one_click(app):
    assert app.menu.help_action in app.menu.menu.actions()
    assert app.menu.help_action.text() == "W&here to turn…"
    app.menu.help_action.trigger()
    assert app.wellbeing.help_window is not None and app.wellbeing.help_window.isVisible()
    assert len(app.wellbeing.help_window.name_labels) == 4
    assert len(app.wellbeing.help_window.line_names) == 2  # the route to help, from the content


def test_edit_opens_the_settings_on_the_contacts(app):
    app.wellbeing.show_help_contacts()
    assert app.wellbeing.help_window is not None
    app.wellbeing.help_window.edit_button.click()
    assert app.settings_window.dialog is not None and app.settings_window.dialog.isVisible()
    assert app.settings_window.dialog.tabs.currentWidget() is app.settings_window.dialog.contacts
    app.settings_window.dialog.reject()


def test_a_distressing_note_shows_it_once_a_day_and_is_saved(qtbot, app, caplog):
    caplog.set_level("DEBUG")
    log_note(qtbot, app, "客户骂了我一下午，真的撑不下去了", stress=8)
    assert app.store is not None and app.store.count_moods() == 1
    assert app.store.recent_moods(1)[0].note == "客户骂了我一下午，真的撑不下去了"
    window = app.wellbeing.help_window
    assert window is not None and window.isVisible()
    assert window.intro.text().startswith("Saved.")
    assert app.reframing.support_offer is None  # not a second window on top
    assert "撑不下去" not in caplog.text  # the note never reaches the log
    window.close()

    log_note(qtbot, app, "I can't go on")  # the same day: saved, not shown again
    assert app.store.count_moods() == 2
    assert not window.isVisible()

    assert app.after_save.help_offered_on is not None
    app.after_save.help_offered_on -= timedelta(days=1)  # as if it was shown yesterday
    log_note(qtbot, app, "I can't go on")
    assert window.isVisible()


def test_an_everyday_note_does_not_show_it(qtbot, app):
    log_note(qtbot, app, "电脑又死机了，今天累死了")
    assert app.wellbeing.help_window is None


def test_a_finished_thought_record_with_distress_shows_it(qtbot, app):
    import uuid

    from companion.domain.thoughts import ThoughtRecord

    record = ThoughtRecord(
        id=uuid.uuid4(),
        created_at=NOW,
        updated_at=NOW,
        automatic_thought="活着没意思",
        is_draft=False,
    )
    assert app.store is not None
    app.store.save_thought(record)
    app.events.thought_saved.emit(record)  # as the wizard's Finish does
    assert app.wellbeing.help_window is not None and app.wellbeing.help_window.isVisible()


def test_a_note_edited_to_speak_of_distress_shows_it_too(qtbot, app):
    log_note(qtbot, app, "退款的事吵了半天")
    assert app.wellbeing.help_window is None
    app.mood.show_history()
    history = app.mood.history
    assert history is not None
    history.table.selectRow(0)
    history.edit_selected()
    history.editor.form.note.setPlainText("退款的事吵了半天，我真的不想活了")
    history.editor.accept()  # Save
    assert app.store is not None
    assert app.store.recent_moods(1)[0].note == "退款的事吵了半天，我真的不想活了"  # kept first
    window = app.wellbeing.help_window
    assert window is not None and window.isVisible()
    window.close()
    history.close()


def test_opened_by_a_thought_record_it_says_only_that_it_was_saved(qtbot, tmp_path):
    """Issue 27: 你的心情记录已保存 also after a thought record; it says 已保存。 now."""
    import uuid

    from companion.domain.thoughts import ThoughtRecord

    companion = start_app(qtbot, AppPaths(tmp_path, tmp_path), "zh_CN")
    try:
        record = ThoughtRecord(
            id=uuid.uuid4(),
            created_at=NOW,
            updated_at=NOW,
            automatic_thought="我是大家的负担",
            is_draft=False,
        )
        assert companion.store is not None
        companion.store.save_thought(record)
        companion.events.thought_saved.emit(record)  # as the wizard's Finish does
        window = companion.wellbeing.help_window
        assert window is not None and window.isVisible()
        assert window.intro.text().startswith("已保存。心里沉重的时候")
        assert "心情记录" not in window.intro.text()
        assert [label.text() for label in window.number_labels] == ["12356", "110", "120"]
        window.close()
    finally:
        companion.speech.translations.apply("en")
        companion.shut_down()
