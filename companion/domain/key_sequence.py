"""Key combinations for global shortcuts, such as "Ctrl+Alt+M", checked without Qt.

The text follows QKeySequence's portable form (what `QKeySequenceEdit` shows and the settings
file holds): modifiers first, in Qt's order `Meta+Ctrl+Alt+Shift`, then one key. Parsing is
lenient about case, order and a few aliases ("Control", "Super", "Win", "PageUp", "Delete");
the text it gives back is the canonical one.

A global shortcut takes its key away from every other program, so the rules are strict: exactly
one key combination; the key is a letter, a digit, F1–F24 or one of a few named keys (keys whose
place differs between keyboard layouts, such as punctuation, are left out); and it needs Ctrl,
Alt or Meta unless it is a function key, so that plain typing is never taken.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")  # Qt's order in PortableText
_MODIFIER_ALIASES = {
    "meta": "Meta",
    "super": "Meta",
    "win": "Meta",
    "windows": "Meta",
    "cmd": "Meta",
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "option": "Alt",
    "shift": "Shift",
}

FUNCTION_KEYS = tuple(f"F{number}" for number in range(1, 25))
NAMED_KEYS = (
    "Space",
    "Ins",
    "Del",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Left",
    "Up",
    "Right",
    "Down",
    "Pause",
    "Print",
)
_KEY_ALIASES = {
    "insert": "Ins",
    "delete": "Del",
    "pageup": "PgUp",
    "pagedown": "PgDown",
    "pgdn": "PgDown",
    "printscreen": "Print",
}
KEYS = (*string.ascii_uppercase, *string.digits, *FUNCTION_KEYS, *NAMED_KEYS)
_KEYS_BY_LOWER = {key.lower(): key for key in KEYS}

DEFAULT_QUICK_LOG = "Ctrl+Alt+M"
# Every global shortcut Companion holds, by its settings key, with its default combination:
# the quick log, and the break notice's and the call's keys, which reach Companion from any
# program without taking the keyboard from it; then the keys that open the mood log, the trends
# and the settings (a keyboard route to each window where no tray can be reached).
#
# Why these three: on Windows Ctrl+Alt is AltGr, so Ctrl+Alt+letter types a character on many
# European layouts (e, q, m, s, c, a, l, o, z, x, v, f, g, k, u, digits on German, Polish,
# Czech, Hungarian, Nordic, US-International...). H is the one letter no common layout puts
# there; R only gives US-International's ® (rarely typed); Shift+S only Polish capital Ś and
# US-International's §. None is a desktop's own (GNOME: Ctrl+Alt+T, L, Del, arrows, F1-F12;
# KDE: L, K, Esc; Windows: Del; Remote Desktop: End, Home).
DEFAULT_SHORTCUTS: dict[str, str] = {
    "shortcuts.quick_log": DEFAULT_QUICK_LOG,
    "shortcuts.start_break": "Ctrl+Alt+B",
    "shortcuts.postpone_break": "Ctrl+Alt+P",
    "shortcuts.skip_break": "Ctrl+Alt+S",
    "shortcuts.call": "Ctrl+Alt+C",
    "shortcuts.mood_log": "Ctrl+Alt+H",  # H: history
    "shortcuts.trends": "Ctrl+Alt+R",  # R: trends
    "shortcuts.settings": "Ctrl+Alt+Shift+S",  # S: settings (Ctrl+Alt+S skips a break)
}
WINDOW_SHORTCUTS = ("shortcuts.mood_log", "shortcuts.trends", "shortcuts.settings")


def shortcut_clash(sequences: dict[str, str]) -> tuple[str, str, str] | None:
    """The first combination two settings keys share: (the key that has it first, the other
    key, the combination); None when each has its own. Empty ones ("" = off) never clash;
    the texts are compared in canonical form, so "alt+ctrl+m" clashes with "Ctrl+Alt+M"."""
    seen: dict[str, str] = {}
    for key, text in sequences.items():
        try:
            combo = parse_key_sequence(text)
        except InvalidKeySequence:
            continue
        if combo is None:
            continue
        first = seen.get(combo.text)
        if first is not None:
            return first, key, combo.text
        seen[combo.text] = key
    return None


class InvalidKeySequence(ValueError):
    """Not a usable global shortcut; `str()` says why in one sentence."""


@dataclass(frozen=True, slots=True)
class KeyCombo:
    """Modifiers and one key, e.g. Ctrl+Alt+M; `key` is one of KEYS."""

    key: str
    ctrl: bool = False
    alt: bool = False
    shift: bool = False
    meta: bool = False

    @property
    def text(self) -> str:
        held = {"Meta": self.meta, "Ctrl": self.ctrl, "Alt": self.alt, "Shift": self.shift}
        return "+".join([*(name for name in MODIFIERS if held[name]), self.key])

    def __str__(self) -> str:
        return self.text


def parse_key_sequence(text: str) -> KeyCombo | None:
    """The combination `text` names; None for empty text (no shortcut). Raises
    InvalidKeySequence for anything else that is not a usable global shortcut."""
    stripped = text.strip()
    if not stripped:
        return None
    if "," in stripped:
        raise InvalidKeySequence(f"{text!r} is more than one key combination; use one")
    parts = [part.strip() for part in stripped.split("+")]
    if any(not part for part in parts):
        raise InvalidKeySequence(f"{text!r} is not a key combination like Ctrl+Alt+M")
    *modifier_parts, key_part = parts
    held: set[str] = set()
    for part in modifier_parts:
        name = _MODIFIER_ALIASES.get(part.lower())
        if name is None:
            raise InvalidKeySequence(f"{part!r} in {text!r} is not Ctrl, Alt, Shift or Meta")
        if name in held:
            raise InvalidKeySequence(f"{name} appears twice in {text!r}")
        held.add(name)
    lowered = key_part.lower()
    if lowered in _MODIFIER_ALIASES:
        raise InvalidKeySequence(f"{text!r} has no key besides the modifiers")
    key = _KEYS_BY_LOWER.get(_KEY_ALIASES.get(lowered, lowered).lower())
    if key is None:
        raise InvalidKeySequence(
            f"{key_part!r} cannot be a shortcut key; use a letter, a digit, F1–F24 or one of "
            f"{', '.join(NAMED_KEYS)}"
        )
    if not held & {"Ctrl", "Alt", "Meta"} and key not in FUNCTION_KEYS:
        raise InvalidKeySequence(f"{text!r} would take that key from typing; add Ctrl, Alt or Meta")
    return KeyCombo(
        key=key,
        ctrl="Ctrl" in held,
        alt="Alt" in held,
        shift="Shift" in held,
        meta="Meta" in held,
    )


def normalise_key_sequence(text: str) -> str:
    """The canonical text ("" for none); raises InvalidKeySequence."""
    combo = parse_key_sequence(text)
    return "" if combo is None else combo.text
