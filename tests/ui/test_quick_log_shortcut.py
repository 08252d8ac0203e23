"""The quick log's global shortcut in the settings window and in the app (with a fake backend;
tests/unit/test_hotkey.py grabs real keys on Xvfb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from companion.domain.key_sequence import KeyCombo
from companion.ipc.protocol import QuickLog
from companion.platform.hotkey import global_shortcut
from companion.platform.hotkey.base import UnavailableBackend
from companion.ui.settings import DetectionStatus

# The fixtures `paths` and `dialog` are used by name.
from tests.ui.test_app import ALL_DAY, paths, start  # noqa: F401
from tests.ui.test_settings_dialog import IDLE, MICROPHONE, dialog, settings_from  # noqa: F401

# ruff: noqa: F811

REASONS = (
    "off",
    "wayland",
    "taken",
    "no_key",
    "no_display",
    "no_x11_library",
    "unsupported_platform",
    "error",
)


def status(reason: str | None, keys: str = "Ctrl+Alt+M") -> DetectionStatus:
    return DetectionStatus(None, IDLE, None, MICROPHONE, reason, keys)


def test_the_shortcut_status_is_told_plainly(dialog, tmp_path):
    settings = settings_from(tmp_path)
    dialog.load(settings, status(None))
    assert dialog.keys.shortcut_status.text() == (
        "Works here: Ctrl+Alt+M logs a mood while any program has the keyboard "
        "(not during a break)."
    )
    dialog.load(settings, status("wayland"))
    assert dialog.keys.shortcut_status.text().startswith("Not available on Wayland")
    assert "“companion quick-log”" in dialog.keys.shortcut_status.text()
    dialog.load(settings, status("taken"))
    assert dialog.keys.shortcut_status.text() == (
        "Ctrl+Alt+M is taken by another program; choose other keys."
    )
    sentences = set()
    for reason in REASONS:
        dialog.load(settings, status(reason))
        sentences.add(dialog.keys.shortcut_status.text())
    assert len(sentences) == len(REASONS)


def test_the_shortcut_field_records_clears_and_refuses_plain_keys(qtbot, dialog):
    assert dialog.keys.shortcut_edit.keySequence() == QKeySequence("Ctrl+Alt+M")
    assert dialog.values()["shortcuts.quick_log"] == "Ctrl+Alt+M"
    dialog.tabs.setCurrentWidget(dialog.keys)
    dialog.keys.shortcut_edit.setFocus()
    qtbot.keyClick(dialog.keys.shortcut_edit, Qt.Key.Key_M)  # a plain letter would take typing
    assert not dialog.save_button.isEnabled()
    assert dialog.keys.shortcut_error.isVisible()
    assert "can't be a shortcut" in dialog.keys.shortcut_error.text()
    dialog.tabs.setCurrentIndex(0)
    assert dialog.blocked.isVisible()
    assert dialog.blocked.text() == "Fix the shortcut on the Quick keys tab to save."
    dialog.tabs.setCurrentWidget(dialog.keys)
    dialog.keys.shortcut_edit.clear()  # what its clear button does
    assert dialog.save_button.isEnabled()
    assert not dialog.keys.shortcut_error.isVisible()
    assert dialog.values()["shortcuts.quick_log"] == ""
    qtbot.keyClick(
        dialog.keys.shortcut_edit,
        Qt.Key.Key_F5,
        Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.values()["shortcuts.quick_log"] == "Meta+Shift+F5"


class FakeBackend(UnavailableBackend):
    """Holds combinations as a real backend would; `press()` is the user pressing one."""

    def __init__(self, activate) -> None:
        super().__init__("fake backend", "unused")
        self.unavailable_reason = None
        self.activate = activate
        self.held: KeyCombo | None = None
        self.taken = {"Ctrl+Alt+T"}

    def grab(self, combo):
        if combo.text in self.taken:
            return "taken"
        self.held = combo
        return None

    def release(self):
        self.held = None

    def press(self) -> None:
        if self.held is not None:
            self.activate()


def quick_log_backend(made: list[FakeBackend]) -> FakeBackend:
    """The quick log's: the one holding Ctrl+Alt+M (the breaks' keys have backends too)."""
    [found] = [fake for fake in made if fake.held == KeyCombo("M", ctrl=True, alt=True)]
    return found


@pytest.fixture
def backend(monkeypatch):
    made: list[FakeBackend] = []

    def make(activate, portal=""):  # the quick log's asks the portal on Wayland
        made.append(FakeBackend(activate))
        return made[-1]

    monkeypatch.setattr(global_shortcut, "make_platform_backend", make)
    return made


def test_the_app_holds_the_shortcut_and_it_opens_the_quick_log(qtbot, paths, backend):
    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    app = start(qtbot, paths, "en")
    try:
        fake = quick_log_backend(backend)
        assert fake.held == KeyCombo("M", ctrl=True, alt=True)
        assert app.mood.shortcut is not None and app.mood.shortcut.status is None
        fake.press()
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
        app.mood.quick_log.form.stress.set_value(6)
        fake.press()  # again while it is open: what is typed stays
        assert app.mood.quick_log.form.stress.value() == 6
        app.mood.quick_log.close()

        # While the settings are open its keys go to the shortcut field.
        app.settings_window.show()
        dialog = app.settings_window.dialog
        assert dialog is not None
        assert dialog.keys.shortcut_status.text().startswith("Works here: Ctrl+Alt+M")
        assert fake.held is None
        values = dialog.values()
        values["shortcuts.quick_log"] = "Ctrl+Alt+T"
        dialog.close()
        assert fake.held == KeyCombo("M", ctrl=True, alt=True)  # back when it closes
        app.settings_window.apply(values)
        assert app.mood.shortcut.status == "taken"
        assert fake.held is None
        app.settings_window.show()
        assert dialog.keys.shortcut_status.text() == (
            "Ctrl+Alt+T is taken by another program; choose other keys."
        )
        dialog.close()
        values["shortcuts.quick_log"] = ""
        app.settings_window.apply(values)
        assert (app.mood.shortcut.status, fake.held) == ("off", None)
        assert 'quick_log = ""' in paths.settings_file.read_text(encoding="utf-8")
        values["shortcuts.quick_log"] = "Meta+F8"
        app.settings_window.apply(values)
        assert fake.held == KeyCombo("F8", meta=True)
    finally:
        app.shut_down()


def test_not_during_a_break(qtbot, paths, backend):
    from companion.domain.breaks import Phase

    paths.settings_file.write_text(ALL_DAY, encoding="utf-8")
    app = start(qtbot, paths, "en")
    try:
        app.menu.break_action.trigger()
        assert app.breaks.driver is not None and app.breaks.driver.view.phase is Phase.BREAK
        quick_log_backend(backend).press()
        app.handle_request(QuickLog())  # `companion quick-log`
        assert app.mood.quick_log is None or not app.mood.quick_log.isVisible()
        app.breaks.presenter.window.end_button.click()
        app.handle_request(QuickLog())
        assert app.mood.quick_log is not None and app.mood.quick_log.isVisible()
    finally:
        app.shut_down()


def test_offscreen_there_is_no_shortcut_and_the_settings_say_why(qtbot, paths):
    app = start(qtbot, paths, "en")
    try:
        assert app.mood.shortcut is not None and app.mood.shortcut.status == "no_display"
        app.settings_window.show()
        assert app.settings_window.dialog is not None
        assert app.settings_window.dialog.keys.shortcut_status.text() == (
            "Not available without a graphical desktop."
        )
        app.settings_window.dialog.close()
    finally:
        app.shut_down()
