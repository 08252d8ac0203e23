"""`suggest_distortions`: the distortion codes whose cues, not cancelled by a negation, add
up to the threshold in a thought, most likely first (see the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.domain.reframing.grown_primary import GROWN_PRIMARY
from companion.domain.reframing.grown_secondary import GROWN_SECONDARY
from companion.domain.reframing.phrases import LATIN_MARK, WORD_CHARS
from companion.domain.reframing.primary_cues import PRIMARY_CUES
from companion.domain.reframing.secondary_cues import SECONDARY_CUES
from companion.domain.reframing.text import BOUNDARY, HAS_CJK, HAS_LATIN, N, W, negated, normalise
from companion.domain.thoughts import (
    DISTORTION_CODES,
    PRIMARY_DISTORTION_CODES,
    SECONDARY_DISTORTION_CODES,
)

PRIMARY = PRIMARY_DISTORTION_CODES
SECONDARY = SECONDARY_DISTORTION_CODES
CODES = DISTORTION_CODES

#: Score (in tenths) a code needs before it is suggested.
THRESHOLD = 10

_RANK = {code: index for index, code in enumerate(CODES)}
_LETTERS = WORD_CHARS - {"'"}


@dataclass(frozen=True, slots=True)
class _Cue:
    code: str
    weight: int  # tenths
    pattern: re.Pattern[str]
    latin: bool  # an English cue: needs a letter boundary on its left; else a Chinese one
    negation: int  # X: not cancelled, N: cancelled by a negation, W: also by a wider one
    at: str  # "at" when the pattern marks with (?P<at>) where a negation is looked for, else ""


# Predictions are cancelled by a wider negation too (不会/不至于/不一定… shortly before).
_WIDE_NEGATION = frozenset({"catastrophizing", "fortune_telling"})

_CUES: tuple[_Cue, ...] = tuple(
    _Cue(
        code,
        weight,
        re.compile(pattern.removeprefix(LATIN_MARK)),
        pattern.startswith(LATIN_MARK),
        W if negation == N and code in _WIDE_NEGATION else negation,
        "at" if "(?P<at>)" in pattern else "",
    )
    for code, weight, pattern, negation in PRIMARY_CUES
    + GROWN_PRIMARY
    + SECONDARY_CUES
    + GROWN_SECONDARY
)


def _score(evidence: list[tuple[int, int, int]]) -> int:
    """The weights of a code's cues, where cues that matched overlapping text count once (the
    heaviest): the same words are one piece of evidence (每个客户 and 每个…客户都)."""
    taken: list[tuple[int, int]] = []
    total = 0
    for weight, start, end in sorted(evidence, key=lambda item: -item[0]):
        if all(end <= other_start or start >= other_end for other_start, other_end in taken):
            taken.append((start, end))
            total += weight
    return total


def suggest_distortions(text: str) -> list[str]:
    """Distortion codes that may fit `text`, most likely first; empty when nothing fits.

    Pure and deterministic. The codes are those of `CODES`; see the package docstring for how
    they are found and what the suggestion cannot do.
    """
    norm = normalise(text)
    if not norm:
        return []
    boundaries = [match.start() for match in BOUNDARY.finditer(norm)]
    has_latin = HAS_LATIN.search(norm) is not None
    has_cjk = HAS_CJK.search(norm) is not None
    evidence: dict[str, list[tuple[int, int, int]]] = {}
    for cue in _CUES:
        if not (has_latin if cue.latin else has_cjk):
            continue
        for match in cue.pattern.finditer(norm):
            start = match.start()
            # A cue starting with "'ll" or " will" begins right after the word before it.
            if cue.latin and start and norm[start - 1] in WORD_CHARS and norm[start] in _LETTERS:
                continue
            at = match.start(cue.at) if cue.at else -1  # -1: no mark, or not in this match
            if at < 0:
                at = start
            if cue.negation and negated(norm, at, boundaries, cue.negation):
                continue
            evidence.setdefault(cue.code, []).append((cue.weight, start, match.end()))
            break
    scores = {code: _score(found) for code, found in evidence.items()}
    found = [code for code, score in scores.items() if score >= THRESHOLD]
    found.sort(key=lambda code: (-scores[code], _RANK[code]))
    return found
