"""The keys that open the mood log, the trends and the settings (issue 32, item 15) as settings:
their defaults, their checks, and two shortcuts with the same keys refused with a sentence that
names the other one; `companion open` in the protocol and on the command line."""

from __future__ import annotations

import pytest

from companion.cli.parser import build_parser
from companion.domain.key_sequence import (
    DEFAULT_SHORTCUTS,
    WINDOW_SHORTCUTS,
    parse_key_sequence,
    shortcut_clash,
)
from companion.ipc.protocol import BadRequest, Open, decode, encode
from companion.settings import (
    SPECS,
    InvalidSetting,
    Settings,
    check_together,
    load_settings,
    parse_value,
)

# On Windows Ctrl+Alt is AltGr: these letters type a character with it on a common European
# layout (German, French, Polish, Czech, Hungarian, Nordic, Croatian, Turkish, US-International).
ALTGR_LETTERS = set("QWEUIOPASDFGJKLZXCVBNMTY")


def test_the_window_keys_have_defaults_of_their_own():
    assert WINDOW_SHORTCUTS == ("shortcuts.mood_log", "shortcuts.trends", "shortcuts.settings")
    defaults = {key: DEFAULT_SHORTCUTS[key] for key in WINDOW_SHORTCUTS}
    assert defaults == {
        "shortcuts.mood_log": "Ctrl+Alt+H",
        "shortcuts.trends": "Ctrl+Alt+R",
        "shortcuts.settings": "Ctrl+Alt+Shift+S",
    }
    assert len(set(DEFAULT_SHORTCUTS.values())) == len(DEFAULT_SHORTCUTS)  # no two alike
    assert shortcut_clash(DEFAULT_SHORTCUTS) is None
    for key in WINDOW_SHORTCUTS:
        assert SPECS[key].default == DEFAULT_SHORTCUTS[key]
        combo = parse_key_sequence(DEFAULT_SHORTCUTS[key])
        assert combo is not None and combo.ctrl and combo.alt and not combo.meta
        # Not an AltGr letter, unless Shift makes it another (rarely typed) character.
        assert combo.key not in ALTGR_LETTERS or combo.shift
        assert Settings().get(key) == DEFAULT_SHORTCUTS[key]


@pytest.mark.parametrize("key", ["shortcuts.mood_log", "shortcuts.trends", "shortcuts.settings"])
def test_each_window_key_is_checked_like_the_others(key):
    assert parse_value(key, "alt+ctrl+j") == "Ctrl+Alt+J"
    assert parse_value(key, "") == ""  # off
    with pytest.raises(InvalidSetting, match="would take that key from typing"):
        parse_value(key, "Shift+H")
    with pytest.raises(InvalidSetting, match="more than one key combination"):
        parse_value(key, "Ctrl+Alt+H, Ctrl+Alt+R")


def test_a_combination_another_shortcut_has_is_refused_with_its_name():
    settings = Settings()
    with pytest.raises(InvalidSetting) as refused:
        check_together(settings, "shortcuts.trends", "Ctrl+Alt+M")
    assert str(refused.value).startswith(
        "Ctrl+Alt+M is already the shortcut of shortcuts.quick_log; give each shortcut its own keys"
    )
    with pytest.raises(InvalidSetting, match=r"shortcut of shortcuts\.mood_log"):
        check_together(settings, "shortcuts.call", "Ctrl+Alt+H")
    check_together(settings, "shortcuts.trends", "Ctrl+Alt+R")  # its own: fine
    check_together(settings, "shortcuts.trends", "")  # off never clashes
    check_together(Settings({"shortcuts.quick_log": ""}), "shortcuts.trends", "Ctrl+Alt+M")


def test_the_clash_is_found_in_canonical_form():
    assert shortcut_clash({"a": "ctrl+alt+m", "b": "Alt+Control+M"}) == ("a", "b", "Ctrl+Alt+M")
    assert shortcut_clash({"a": "", "b": ""}) is None
    assert shortcut_clash({"a": "not keys", "b": "not keys"}) is None


def test_a_file_giving_two_shortcuts_the_same_keys_turns_the_later_off_and_says_so(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[shortcuts]\nsettings = "Ctrl+Alt+B"\ntrends = "ctrl+alt+h"\n', "utf-8")
    settings = load_settings(path)
    assert settings.get("shortcuts.start_break") == "Ctrl+Alt+B"
    assert settings.get("shortcuts.settings") == ""
    assert settings.get("shortcuts.mood_log") == "Ctrl+Alt+H"
    assert settings.get("shortcuts.trends") == ""
    assert settings.problems == [
        f"{path}: shortcuts.trends Ctrl+Alt+H is already the shortcut of shortcuts.mood_log; "
        "shortcuts.trends is off until it has keys of its own",
        f"{path}: shortcuts.settings Ctrl+Alt+B is already the shortcut of "
        "shortcuts.start_break; shortcuts.settings is off until it has keys of its own",
    ]


@pytest.mark.parametrize("window", ["mood-log", "trends", "settings"])
def test_open_travels_the_socket_and_the_command_line(window):
    assert decode(encode(Open(window))) == Open(window)
    args = build_parser().parse_args(["open", window])
    assert args.command == "open" and args.window == window


def test_open_refuses_a_window_it_does_not_know():
    with pytest.raises(BadRequest, match="open needs window mood-log, trends, settings"):
        decode(b'{"v": 1, "command": "open", "window": "secrets"}')
    with pytest.raises(BadRequest, match="unknown fields"):
        decode(b'{"v": 1, "command": "open", "window": "trends", "more": 1}')
    with pytest.raises(SystemExit):
        build_parser().parse_args(["open", "secrets"])
