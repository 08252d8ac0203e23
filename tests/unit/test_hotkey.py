"""Global shortcut: the key-combination rules (pure), which backend each system gets, the
Windows path with a fake user32, and the real X11 grab on a private Xvfb screen pressed with
xdotool (and a combination another X client holds already)."""

# The fake library's methods carry the C functions' names.
# ruff: noqa: N802

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess

import pytest

pytest.importorskip("pytestqt")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from companion.domain.key_sequence import (
    InvalidKeySequence,
    KeyCombo,
    normalise_key_sequence,
    parse_key_sequence,
)
from companion.platform.hotkey import mac, windows, x11
from companion.platform.hotkey.base import HOTKEY_ID, MAC_NAME, X11_NAME, UnavailableBackend
from companion.platform.hotkey.choice import make_platform_backend
from companion.platform.hotkey.global_shortcut import GlobalShortcut
from companion.platform.hotkey.windows import (
    ERROR_HOTKEY_ALREADY_REGISTERED,
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    WM_HOTKEY,
    Msg,
    WindowsBackend,
    windows_virtual_key,
)
from companion.platform.hotkey.x11 import open_x11, x11_keysym
from companion.settings import InvalidSetting, parse_value
from tests.unit.test_idle import need, xvfb

# --- the key-combination rules ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Ctrl+Alt+M", "Ctrl+Alt+M"),
        ("alt+ctrl+m", "Ctrl+Alt+M"),
        (" Control + Alt + m ", "Ctrl+Alt+M"),
        ("Shift+Super+Ctrl+Alt+1", "Meta+Ctrl+Alt+Shift+1"),
        ("Win+L", "Meta+L"),
        ("Ctrl+Alt+PageUp", "Ctrl+Alt+PgUp"),
        ("ctrl+alt+delete", "Ctrl+Alt+Del"),
        ("Ctrl+Shift+f12", "Ctrl+Shift+F12"),
        ("F9", "F9"),  # a function key alone takes nothing from typing
        ("Shift+F24", "Shift+F24"),
        ("Ctrl+Alt+Space", "Ctrl+Alt+Space"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_combinations_are_read_in_qt_portable_form(text, canonical):
    assert normalise_key_sequence(text) == canonical


def test_a_combination_names_its_parts():
    assert parse_key_sequence("Ctrl+Alt+M") == KeyCombo("M", ctrl=True, alt=True)
    assert parse_key_sequence("") is None
    assert str(KeyCombo("F2", meta=True, shift=True)) == "Meta+Shift+F2"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("M", "add Ctrl, Alt or Meta"),
        ("Shift+M", "add Ctrl, Alt or Meta"),
        ("Ctrl+Alt", "no key besides"),
        ("Ctrl+Alt+M, Ctrl+Alt+N", "more than one"),
        ("Ctrl+Ctrl+M", "twice"),
        ("Hyper+M", "not Ctrl, Alt, Shift or Meta"),
        ("Ctrl+Alt+!", "cannot be a shortcut key"),
        ("Ctrl+Alt+é", "cannot be a shortcut key"),
        ("Ctrl+Alt+F25", "cannot be a shortcut key"),
        ("Ctrl+Alt+Esc", "cannot be a shortcut key"),
        ("Ctrl++", "not a key combination"),
        ("Ctrl+Alt+M+N", "not Ctrl, Alt, Shift or Meta"),
    ],
)
def test_unusable_combinations_say_why(text, why):
    with pytest.raises(InvalidKeySequence, match=why):
        parse_key_sequence(text)


def test_the_setting_holds_the_canonical_text_or_nothing():
    assert parse_value("shortcuts.quick_log", "alt+ctrl+m") == "Ctrl+Alt+M"
    assert parse_value("shortcuts.quick_log", "") == ""
    with pytest.raises(InvalidSetting, match=r"shortcuts\.quick_log .*add Ctrl, Alt or Meta"):
        parse_value("shortcuts.quick_log", "m")


def test_the_setting_file_keeps_a_bad_combination_out(tmp_path):
    from companion.settings import load_settings

    path = tmp_path / "settings.toml"
    path.write_text('[shortcuts]\nquick_log = "q"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.get("shortcuts.quick_log") == "Ctrl+Alt+M"
    assert any("shortcuts.quick_log" in problem for problem in settings.problems)
    path.write_text('[shortcuts]\nquick_log = ""\n', encoding="utf-8")
    assert load_settings(path).get("shortcuts.quick_log") == ""


def test_keys_map_to_x11_keysyms_and_windows_virtual_keys():
    assert x11_keysym("M") == ord("m")
    assert x11_keysym("7") == ord("7")
    assert x11_keysym("F1") == 0xFFBE
    assert x11_keysym("F12") == 0xFFC9
    assert x11_keysym("PgUp") == 0xFF55
    assert windows_virtual_key("M") == 0x4D
    assert windows_virtual_key("0") == 0x30
    assert windows_virtual_key("F1") == 0x70
    assert windows_virtual_key("F24") == 0x87
    assert windows_virtual_key("Del") == 0x2E


# --- which backend ---------------------------------------------------------------------------


@pytest.fixture
def no_x_library(monkeypatch):
    def refuse():
        raise AssertionError("libX11 must not be loaded here")

    monkeypatch.setattr(x11, "load_xlib", refuse)


def ignore() -> None:
    pass


@pytest.mark.parametrize(
    ("environ", "qt_platform"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
        ({"DISPLAY": ":0"}, "wayland"),
    ],
)
def test_wayland_says_so(no_x_library, environ, qt_platform):
    backend = make_platform_backend(ignore, environ, "linux", qt_platform)
    assert (backend.name, backend.unavailable_reason) == (X11_NAME, "wayland")


def test_wayland_status_through_the_shortcut(no_x_library):
    shortcut = GlobalShortcut(
        lambda activate: make_platform_backend(
            activate, {"XDG_SESSION_TYPE": "wayland"}, "linux", "wayland"
        )
    )
    assert shortcut.set_sequence("Ctrl+Alt+M") == "wayland"
    assert (shortcut.status, shortcut.sequence) == ("wayland", "Ctrl+Alt+M")
    assert shortcut.set_sequence("") == "off"
    shortcut.close()


@pytest.mark.parametrize(
    ("environ", "platform", "qt_platform", "reason"),
    [
        ({"DISPLAY": ":0"}, "linux", "offscreen", "no_display"),
        ({}, "linux", "xcb", "no_display"),
        ({}, "sunos5", "xcb", "unsupported_platform"),
    ],
)
def test_other_places_say_why(no_x_library, environ, platform, qt_platform, reason):
    backend = make_platform_backend(ignore, environ, platform, qt_platform)
    assert backend.unavailable_reason == reason


def test_macos_without_carbon_reads_as_an_error(no_x_library):
    backend = make_platform_backend(ignore, {}, "darwin", "cocoa")  # Carbon is not here
    assert (backend.name, backend.unavailable_reason) == (MAC_NAME, "error")


def test_windows_is_chosen_on_windows(monkeypatch):
    monkeypatch.setattr(windows, "open_windows", lambda activate: UnavailableBackend("w", "x"))
    assert make_platform_backend(ignore, {}, "win32", "windows").name == "w"


class RecordingBackend(UnavailableBackend):
    def __init__(self) -> None:
        super().__init__("fake", "unused")
        self.unavailable_reason = None
        self.grabbed: list[KeyCombo] = []
        self.released = 0

    def grab(self, combo):
        self.grabbed.append(combo)
        return None

    def release(self):
        self.released += 1


def test_an_invalid_text_is_reported_and_holds_nothing():
    backend = RecordingBackend()
    shortcut = GlobalShortcut(lambda activate: backend)
    assert shortcut.set_sequence("Ctrl+Alt+Q") is None
    assert shortcut.set_sequence("q") == "invalid"
    assert shortcut.sequence == ""
    assert backend.grabbed == [KeyCombo("Q", ctrl=True, alt=True)]
    assert backend.released == 1  # the old one went when the new text came
    assert shortcut.set_sequence("alt+ctrl+q") is None
    assert shortcut.sequence == "Ctrl+Alt+Q"
    assert shortcut.set_sequence("") == "off"


def test_a_backend_that_fails_reads_as_an_error():
    def broken(activate):
        raise RuntimeError("boom")

    shortcut = GlobalShortcut(broken)
    assert shortcut.set_sequence("Ctrl+Alt+M") == "error"


# --- Windows, with a fake user32 ---------------------------------------------------------------


class FakeUser32:
    def __init__(self, taken: set[tuple[int, int]] | None = None):
        self.taken = taken or set()
        self.registered: dict[int, tuple[int, int]] = {}
        self.error = 0

    def RegisterHotKey(self, hwnd, ident, modifiers, key):
        assert hwnd is None
        if (modifiers & ~MOD_NOREPEAT, key) in self.taken:
            self.error = ERROR_HOTKEY_ALREADY_REGISTERED
            return 0
        self.registered[ident] = (modifiers, key)
        return 1

    def UnregisterHotKey(self, hwnd, ident):
        assert hwnd is None
        return 1 if self.registered.pop(ident, None) else 0


def hotkey_message(ident: int, message: int = WM_HOTKEY) -> Msg:
    msg = Msg()
    msg.message = message
    msg.wParam = ident
    return msg


def test_windows_registers_and_hears_wm_hotkey(qapp):
    user32 = FakeUser32()
    heard = []
    backend = WindowsBackend(user32, lambda: user32.error, lambda: heard.append(1))
    ident = backend.hotkey_id
    assert ident >= HOTKEY_ID
    assert backend.grab(KeyCombo("M", ctrl=True, alt=True)) is None
    assert user32.registered == {ident: (MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0x4D)}
    msg = hotkey_message(ident)
    assert backend.filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
        True,
        0,
    )
    assert heard == [1]
    for event_type, other in (
        (b"windows_generic_MSG", hotkey_message(ident=7)),
        (b"windows_generic_MSG", hotkey_message(ident, message=0x0100)),  # WM_KEYDOWN
        (b"windows_dispatcher_MSG", hotkey_message(ident)),
    ):
        assert backend.filter.nativeEventFilter(event_type, ctypes.addressof(other)) == (False, 0)
    assert heard == [1]
    assert backend.grab(KeyCombo("F2", meta=True, shift=True)) is None  # replaces the first
    assert user32.registered == {ident: (MOD_WIN | MOD_SHIFT | MOD_NOREPEAT, 0x71)}
    backend.close()
    assert user32.registered == {}


def test_windows_each_shortcut_has_its_own_id_and_hears_only_its_own_key(qapp):
    user32 = FakeUser32()
    heard: list[str] = []
    log_mood = WindowsBackend(user32, lambda: user32.error, lambda: heard.append("log"))
    postpone = WindowsBackend(user32, lambda: user32.error, lambda: heard.append("postpone"))
    assert log_mood.grab(KeyCombo("M", ctrl=True, alt=True)) is None
    assert postpone.grab(KeyCombo("P", ctrl=True, alt=True)) is None
    assert len(user32.registered) == 2 and log_mood.hotkey_id != postpone.hotkey_id
    pressed = hotkey_message(postpone.hotkey_id)
    for backend in (log_mood, postpone):  # every filter sees every message, as in Qt
        backend.filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(pressed))
    assert heard == ["postpone"]
    log_mood.close()
    assert list(user32.registered) == [postpone.hotkey_id]  # the other stays held
    postpone.close()


def test_windows_combination_taken_by_another_program(qapp):
    user32 = FakeUser32(taken={(MOD_CONTROL | MOD_ALT, 0x4D)})
    shortcut = GlobalShortcut(
        lambda activate: WindowsBackend(user32, lambda: user32.error, activate)
    )
    assert shortcut.set_sequence("Ctrl+Alt+M") == "taken"
    assert user32.registered == {}
    assert shortcut.set_sequence("Ctrl+Alt+N") is None
    shortcut.close()
    assert user32.registered == {}


def test_windows_other_failures_are_errors(qapp):
    user32 = FakeUser32()
    user32.RegisterHotKey = lambda *args: 0  # type: ignore[method-assign]
    backend = WindowsBackend(user32, lambda: 5, ignore)  # ERROR_ACCESS_DENIED
    assert backend.grab(KeyCombo("M", ctrl=True)) == "error"
    backend.close()


# --- macOS, with a fake Carbon ----------------------------------------------------------------


class FakeCarbon:
    """Carbon's calls as the backend makes them; out-parameters are written through byref."""

    TARGET = 0x5151

    def __init__(self, taken: set[tuple[int, int]] | None = None, status: int = 0):
        self.taken = taken or set()
        self.status = status
        self.handler = None
        self.kinds: list[tuple[int, int]] = []
        self.registered: dict[int, tuple[int, int, int, int]] = {}  # ref: code, mods, sig, id
        self.events: dict[int, tuple[int, int]] = {}  # event ref: (signature, id) it carries
        self.removed = 0

    def GetApplicationEventTarget(self):
        return self.TARGET

    def InstallEventHandler(self, target, callback, count, spec, data, out):
        assert target == self.TARGET and count == 1
        self.kinds.append((spec._obj.eventClass, spec._obj.eventKind))
        self.handler = callback
        out._obj.value = 0xABC
        return 0

    def RemoveEventHandler(self, reference):
        assert reference.value == 0xABC
        self.removed += 1
        return 0

    def RegisterEventHotKey(self, code, modifiers, ident, target, options, out):
        assert target == self.TARGET and options == 0
        if (code, modifiers) in self.taken:
            return mac.EVENT_HOT_KEY_EXISTS
        if self.status:
            return self.status
        reference = 1000 + len(self.registered)
        self.registered[reference] = (code, modifiers, ident.signature, ident.id)
        out._obj.value = reference
        return 0

    def UnregisterEventHotKey(self, reference):
        del self.registered[reference.value]
        return 0

    def GetEventParameter(self, event, name, kind, actual_type, size, actual_size, out):
        assert (name, kind) == (mac.K_EVENT_PARAM_DIRECT_OBJECT, mac.TYPE_EVENT_HOT_KEY_ID)
        assert size == ctypes.sizeof(mac.EventHotKeyID)
        out._obj.signature, out._obj.id = self.events[event]
        return 0

    def press(self, ident: int, signature: int = mac.HOT_KEY_SIGNATURE) -> int:
        """Deliver a hot-key event through the C callback, as the run loop would."""
        event = 0x7000 + len(self.events)
        self.events[event] = (signature, ident)
        return int(self.handler(None, event, None))


def test_macos_registers_command_option_m_and_hears_it(qapp):
    carbon, heard = FakeCarbon(), []
    backend = mac.MacBackend(carbon, lambda: heard.append(1))
    assert carbon.kinds == [(mac.K_EVENT_CLASS_KEYBOARD, mac.K_EVENT_HOT_KEY_PRESSED)]
    shortcut = GlobalShortcut(lambda activate: backend)
    assert shortcut.set_sequence("Ctrl+Alt+M") is None  # Qt on macOS: Ctrl is Command
    [(code, modifiers, signature, ident)] = carbon.registered.values()
    assert code == 0x2E  # kVK_ANSI_M
    assert modifiers == mac.CMD_KEY | mac.OPTION_KEY
    assert (signature, ident) == (mac.HOT_KEY_SIGNATURE, backend.hotkey_id)
    assert carbon.press(ident) == 0 and heard == [1]
    assert carbon.press(ident + 1000) == mac.EVENT_NOT_HANDLED  # someone else's
    assert carbon.press(ident, signature=mac._four_chars("ABCD")) == mac.EVENT_NOT_HANDLED
    assert heard == [1]
    assert shortcut.set_sequence("Meta+Shift+F9") is None  # Meta is Control
    [(code, modifiers, _sig, _id)] = carbon.registered.values()  # the old one is gone
    assert (code, modifiers) == (0x65, mac.CONTROL_KEY | mac.SHIFT_KEY)
    shortcut.close()
    assert carbon.registered == {} and carbon.removed == 1


def test_macos_taken_missing_keys_and_failures_say_why(qapp):
    carbon = FakeCarbon(taken={(0x2E, mac.CMD_KEY | mac.OPTION_KEY)})
    backend = mac.MacBackend(carbon, ignore)
    assert backend.grab(KeyCombo("M", ctrl=True, alt=True)) == "taken"
    assert backend.grab(KeyCombo("F24")) == "no_key"  # Mac keyboards stop at F20
    assert backend.grab(KeyCombo("Pause", ctrl=True)) == "no_key"
    assert backend.grab(KeyCombo("N", ctrl=True, alt=True)) is None
    carbon.status = -50  # paramErr
    assert backend.grab(KeyCombo("K", ctrl=True)) == "error"
    assert carbon.registered == {}  # the failed grab released the earlier one first
    backend.close()


def test_every_key_but_a_few_has_a_mac_key_code():
    from companion.domain.key_sequence import KEYS

    missing = {key for key in KEYS if mac.mac_key_code(key) is None}
    assert missing == {"F21", "F22", "F23", "F24", "Pause", "Print"}
    codes = [mac.mac_key_code(key) for key in KEYS if key not in missing]
    assert len(set(codes)) == len(codes)  # no two keys share a code


# --- the real X11 grab on Xvfb ---------------------------------------------------------------


def need_x_tools(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    try:
        x11.load_xlib()
    except OSError:
        missing.append("libX11.so.6 (Debian package libx11-6)")
    need(missing)


def press(display: str, *keys: str) -> None:
    subprocess.run(
        ["xdotool", "key", *keys],
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=10,
        capture_output=True,
    )


def test_x11_grab_on_xvfb_hears_ctrl_alt_m(qtbot):
    need_x_tools("Xvfb", "xdotool")
    with xvfb() as display:
        shortcut = GlobalShortcut(lambda activate: open_x11(display, activate))
        try:
            assert shortcut.set_sequence("Ctrl+Alt+M") is None
            assert shortcut.name == X11_NAME
            with qtbot.waitSignal(shortcut.activated, timeout=5000):
                press(display, "ctrl+alt+m")
            with qtbot.waitSignal(shortcut.activated, timeout=5000):
                press(display, "Caps_Lock", "ctrl+alt+m", "Caps_Lock")  # CapsLock on
            with qtbot.waitSignal(shortcut.activated, timeout=5000):
                press(display, "Num_Lock", "ctrl+alt+m", "Num_Lock")  # NumLock on
            with qtbot.assertNotEmitted(shortcut.activated, wait=300):
                press(display, "ctrl+m")
            with qtbot.assertNotEmitted(shortcut.activated, wait=300):
                press(display, "ctrl+alt+shift+m")
            # A new combination replaces the old one.
            assert shortcut.set_sequence("Meta+Shift+F9") is None
            with qtbot.assertNotEmitted(shortcut.activated, wait=300):
                press(display, "ctrl+alt+m")
            with qtbot.waitSignal(shortcut.activated, timeout=5000):
                press(display, "super+shift+F9")
        finally:
            shortcut.close()


def test_x11_combination_held_by_another_client_reads_as_taken(qtbot):
    need_x_tools("Xvfb")
    with xvfb() as display:
        first = GlobalShortcut(lambda activate: open_x11(display, activate))
        second = GlobalShortcut(lambda activate: open_x11(display, activate))
        try:
            assert first.set_sequence("Ctrl+Alt+M") is None
            assert second.set_sequence("Ctrl+Alt+M") == "taken"
            assert second.set_sequence("Ctrl+Alt+N") is None  # the failed grab left nothing
            first.close()
            assert second.set_sequence("Ctrl+Alt+M") is None  # free again
        finally:
            first.close()
            second.close()


def test_x11_display_nobody_serves():
    need_x_tools()
    backend = open_x11(":4399", ignore)
    assert backend.unavailable_reason == "no_display"


def test_x11_the_window_keys_are_held_as_one_set_and_each_names_its_window(qtbot):
    """The keys that open the mood log, the trends and the settings go through the same
    ShortcutSet as the break keys: each is grabbed on the X screen and tells which it was."""
    from companion.domain.key_sequence import DEFAULT_SHORTCUTS
    from companion.platform.hotkey.shortcut_set import WINDOW_ACTIONS, ShortcutSet

    need_x_tools("Xvfb", "xdotool")
    with xvfb() as display:
        keys = ShortcutSet(WINDOW_ACTIONS, lambda activate: open_x11(display, activate))
        try:
            keys.hold({key: DEFAULT_SHORTCUTS[key] for key in WINDOW_ACTIONS})
            assert keys.held() == {
                "mood_log": "Ctrl+Alt+H",
                "trends": "Ctrl+Alt+R",
                "settings": "Ctrl+Alt+Shift+S",
            }
            for pressed, action in (
                ("ctrl+alt+h", "mood_log"),
                ("ctrl+alt+r", "trends"),
                ("ctrl+alt+shift+s", "settings"),
            ):
                with qtbot.waitSignal(keys.pressed, timeout=5000) as signal:
                    press(display, pressed)
                assert signal.args == [action]
            with qtbot.assertNotEmitted(keys.pressed, wait=300):
                press(display, "ctrl+alt+s")  # the break's skip key, not the settings'
            keys.hold_back(True, {})  # the settings window records keys: all let go
            with qtbot.assertNotEmitted(keys.pressed, wait=300):
                press(display, "ctrl+alt+h")
        finally:
            keys.close()
