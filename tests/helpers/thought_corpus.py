"""The labelled thoughts of tests/unit/reframing_thoughts.toml, their held-out part and how the
suggester does on them (top-1, two-trap recall, balanced thoughts flagged)."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "unit" / "reframing_thoughts.toml"
LANGUAGES = ("zh", "en")
REGISTERS = ("plain", "reflective")
SHORT = {
    "per": "personalization",
    "cat": "catastrophizing",
    "abs": "absolutist",
    "mind": "mind_reading",
    "over": "overgeneralization",
    "lab": "labeling",
    "should": "should_statements",
    "emo": "emotional_reasoning",
    "fort": "fortune_telling",
}


@dataclass(frozen=True, slots=True)
class Thought:
    text: str
    lang: str
    register: str
    traps: tuple[str, ...]  # () for a balanced thought; two for a thought with two traps
    also: frozenset[str]

    @property
    def balanced(self) -> bool:
        return not self.traps

    @property
    def held_out(self) -> bool:
        return is_held_out(self.text)

    @property
    def acceptable(self) -> frozenset[str]:
        return self.also | frozenset(self.traps)


def is_held_out(text: str) -> bool:
    """A third of the thoughts, fixed by their text: never used to tune the cues."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big") % 3 == 0


def _codes(names: str) -> list[str]:
    return [SHORT[name] for name in names.replace("+", " ").split()]


def load(path: Path = CORPUS) -> list[Thought]:
    data = tomllib.loads(path.read_text("utf-8"))
    thoughts = []
    for lang in LANGUAGES:
        for register in REGISTERS:
            part = data[lang][register]
            for row in part["thoughts"]:
                text, traps, *rest = row
                also = frozenset(_codes(rest[0])) if rest else frozenset()
                thoughts.append(Thought(text, lang, register, tuple(_codes(traps)), also))
            for text in part["balanced"]:
                thoughts.append(Thought(text, lang, register, (), frozenset()))
    return thoughts


@dataclass(frozen=True, slots=True)
class Score:
    with_trap: int
    top1: int  # the first suggestion is the trap (either one of two)
    both: int  # thoughts with two traps where both were suggested
    two_traps: int
    balanced: int
    flagged: list[str]  # balanced thoughts something was suggested for
    extra: int  # suggestions outside traps and also, over the thoughts with a trap

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.with_trap if self.with_trap else 1.0


def score(thoughts: Iterable[Thought], suggest: Callable[[str], list[str]]) -> Score:
    with_trap = top1 = both = two = balanced = extra = 0
    flagged = []
    for thought in thoughts:
        got = suggest(thought.text)
        if thought.balanced:
            balanced += 1
            if got:
                flagged.append(thought.text)
            continue
        with_trap += 1
        top1 += bool(got) and got[0] in thought.traps
        extra += sum(code not in thought.acceptable for code in got)
        if len(thought.traps) == 2:
            two += 1
            both += all(code in got for code in thought.traps)
    return Score(with_trap, top1, both, two, balanced, flagged, extra)


def misses(thoughts: Iterable[Thought], suggest: Callable[[str], list[str]]) -> list[str]:
    """The thoughts of the TUNING part the suggester gets wrong, one line each. Held-out
    thoughts are left out on purpose: looking at them would be tuning on them."""
    lines = []
    for thought in thoughts:
        if thought.held_out:
            continue
        got = suggest(thought.text)
        if thought.balanced:
            if got:
                lines.append(f"balanced flagged {got}: {thought.text}")
        elif not got or got[0] not in thought.traps:
            lines.append(f"want {'+'.join(thought.traps)} got {got}: {thought.text}")
        elif len(thought.traps) == 2 and not all(code in got for code in thought.traps):
            lines.append(f"two traps {'+'.join(thought.traps)} got {got}: {thought.text}")
        elif extra := [code for code in got if code not in thought.acceptable]:
            lines.append(f"extra {extra} ({'+'.join(thought.traps)}): {thought.text}")
    return lines
