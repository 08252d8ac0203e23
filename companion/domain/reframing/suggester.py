"""`suggest_distortions`: the distortion codes whose cues, not cancelled by a negation, add
up to the threshold in a thought, most likely first (see the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Cue:
    code: str
    weight: int  # tenths
    pattern: re.Pattern[str]
    latin: bool  # an English cue: needs a letter boundary on its left; else a Chinese one
    negation: int  # X: not cancelled, N: cancelled by a negation, W: also by a wider one


# Predictions are cancelled by a wider negation too (不会/不至于/不一定… shortly before).
_WIDE_NEGATION = frozenset({"catastrophizing", "fortune_telling"})

_CUES: tuple[_Cue, ...] = tuple(
    _Cue(
        code,
        weight,
        re.compile(pattern.removeprefix(LATIN_MARK)),
        pattern.startswith(LATIN_MARK),
        W if negation == N and code in _WIDE_NEGATION else negation,
    )
    for code, weight, pattern, negation in PRIMARY_CUES + SECONDARY_CUES
)


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
    scores: dict[str, int] = {}
    for cue in _CUES:
        if not (has_latin if cue.latin else has_cjk):
            continue
        for match in cue.pattern.finditer(norm):
            start = match.start()
            if cue.latin and start and norm[start - 1] in WORD_CHARS:
                continue
            if cue.negation and negated(norm, start, boundaries, cue.negation):
                continue
            scores[cue.code] = scores.get(cue.code, 0) + cue.weight
            break
    found = [code for code, score in scores.items() if score >= THRESHOLD]
    found.sort(key=lambda code: (-scores[code], _RANK[code]))
    return found
