"""Where to turn: the window, its editor in the settings, and the app showing it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.app import CompanionApp
from companion.paths import AppPaths
from companion.settings import MAX_CONTACTS, Settings
from companion.ui.confirm import destructive_button
from companion.ui.help_contacts import HelpContactsWindow, default_contacts
from companion.ui.settings import DetectionStatus, SettingsDialog
from companion.ui.settings.contacts_tab import ContactsEditor
from tests.helpers.app import start_app

from .conftest import NOW

CONTACTS = [
    {"name": "Team lead Wang", "how": "ext. 8001"},
    {"name": "EAP", "how": "400-000-0000"},
]
STATUS = DetectionStatus(None, "X11", None, "PulseAudio")


def test_the_built_in_pointers_name_no_number(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.show_contacts([])
    assert [label.text() for label in window.name_labels] == [
        "Your team lead or mentor",
        "Employee assistance programme (EAP)",
        "Public mental-health line",
    ]
    assert not any(char.isdigit() for item in default_contacts() for char in item["how"])
    assert window.copy_buttons == []  # nothing worth copying yet
    assert "Edit" in window.hint.text()


def test_configured_contacts_are_listed_selectable_and_copied(qtbot):
    window = HelpContactsWindow()
    qtbot.addWidget(window)
    window.show_contacts(CONTACTS, gently=True)
    assert [label.text() for label in window.name_labels] == ["Team lead Wang", "EAP"]
    assert window.how_labels[0].text() == "ext. 8001"
    flags = window.how_labels[0].textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.intro.text().startswith("Your entry is saved.")
    window.copy_buttons[1].click()
    assert QApplication.clipboard().text() == "EAP: 400-000-0000"
    with qtbot.waitSignal(window.edit_requested):
        window.edit_button.click()
    assert not window.isVisible()
    window.show_contacts(CONTACTS)
    assert not window.intro.text().startswith("Your entry is saved.")
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
    assert len(editor.contacts()) == 3
    assert editor.value() == []


def test_add_edit_move_and_remove_with_the_keyboard(qtbot, editor, monkeypatch):
    editor.list.setFocus()
    editor.add_button.click()
    type_contact(qtbot, editor, "Mentor Li", "room 3")
    assert editor.contacts()[-1] == {"name": "Mentor Li", "how": "room 3"}
    assert editor.list.currentRow() == 3
    assert editor.value()[-1]["name"] == "Mentor Li"  # no longer the built-in list

    qtbot.keyClick(editor.list, Qt.Key.Key_Return)  # Enter edits the selected one
    type_contact(qtbot, editor, "Mentor Li Na", "room 3, or WeChat")
    assert editor.contacts()[3] == {"name": "Mentor Li Na", "how": "room 3, or WeChat"}

    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.contacts()[2]["name"] == "Mentor Li Na"
    assert editor.list.currentRow() == 2

    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)  # asks first; Cancel is the default
    box = editor.confirmation
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert len(editor.contacts()) == 4
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    box = editor.confirmation
    assert box is not None
    destructive_button(box).click()
    assert [item["name"] for item in editor.contacts()] == [
        "Your team lead or mentor",
        "Employee assistance programme (EAP)",
        "Public mental-health line",
    ]
    assert editor.list.currentRow() == 2


def test_a_name_is_needed_and_the_list_is_bounded(qtbot, editor):
    editor.add_button.click()
    assert not editor.dialog.ok_button.isEnabled()
    editor.dialog.reject()
    for number in range(MAX_CONTACTS - 3):
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
    assert len(app.wellbeing.help_window.name_labels) == 3


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
    assert window.intro.text().startswith("Your entry is saved.")
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
