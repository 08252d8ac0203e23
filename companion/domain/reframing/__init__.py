"""Suggest which thinking distortions may fit an automatic thought (认知调整 / 认知重构).

The thought-record exercise asks the agent to tick the distortions that fit their automatic
thought. `suggest_distortions` pre-selects likely ones from the text, most likely first.

How it works:

* The text is normalised: NFKC (full-width letters and punctuation become half-width), curly
  apostrophes become ``'``, case is folded, control characters become spaces and spaces between
  Chinese characters are dropped.
* Every distortion code has weighted cues: Chinese phrases matched as characters (there are no
  word boundaries), English phrases matched with their own letter boundaries so that mixed text
  such as ``客户always挑刺`` works, and a few regexes that reach across a comma
  (``我觉得…,所以…``, ``I feel stupid, so I must be stupid``).
* Most cues are negation-aware: a negation right before the cue in the same clause cancels it
  (``不总是``, ``并不是每次``, ``不是我的错``, ``doesn't always``, ``it's not my fault``,
  ``I won't get fired``). Cues that contain their own negation (``从不``, ``不应该``,
  ``can't make mistakes``) are not cancelled.
* Each cue counts at most once; the weights of a code's cues are added (in tenths, so the
  arithmetic is exact). A code is suggested when its score reaches the threshold, so one weak
  cue alone (``应该`` "probably", ``every day``, ``又``) does not fire. Codes are ordered by score,
  then the primary codes of chapter 2 (personalisation, catastrophising, absolutist thinking)
  before the others.

Limits: these are keyword cues, not understanding. They miss distortions that are phrased
without the usual words, fire on cue words used literally or quoted (``我每次都记得核对``,
``客户说我们总是发错货``, ``I should call the courier first``), can be fooled by irony,
questions and negations that are further away than a few words, and they know only Simplified
Chinese and English. The result is
a suggestion that the agent can untick or extend; the agent decides. The suggester does not
look for crisis or self-harm language: that is not a thinking distortion and is handled
elsewhere (help contacts).

The modules: `text` (normalisation, clauses, negation), `phrases` (the cue tables' building
blocks), `primary_cues` and `secondary_cues` (the weighted cues of each code) and `suggester`
(the scoring).
"""

from __future__ import annotations

from companion.domain.reframing.suggester import (
    CODES,
    PRIMARY,
    SECONDARY,
    THRESHOLD,
    suggest_distortions,
)

__all__ = ["CODES", "PRIMARY", "SECONDARY", "THRESHOLD", "suggest_distortions"]
