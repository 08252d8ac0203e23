"""Suggest which thinking distortions may fit an automatic thought (认知调整 / 认知重构).

The thought-record exercise asks the agent to tick the distortions that fit their automatic
thought. `suggest_distortions` pre-selects likely ones from the text, most likely first.

How it works:

* The text is normalised: NFKC (full-width letters and punctuation become half-width), curly
  apostrophes become ``'``, case is folded, control characters become spaces and spaces between
  Chinese characters are dropped.
* Every distortion code has weighted cues: Chinese phrases matched as characters (there are no
  word boundaries), English phrases matched with their own letter boundaries so that mixed text
  such as ``客户always挑刺`` works, and constructions that reach across a comma rather than
  keywords: a feeling taken as proof (``我心里好慌,这单肯定要出事``, ``I'm anxious about QA, so
  the score must be bad``), a rule drawn from one event (``一次没达标,说明我根本不是这块料``),
  blame guessed (``八成是因为我``, ``I bet I picked the wrong code``), the future told as
  certain (``he'll definitely call back``).
* Most cues are negation-aware: a negation right before the cue in the same clause cancels it
  (``不总是``, ``并不是每次``, ``不是我的错``, ``doesn't always``, ``it's not my fault``,
  ``I won't get fired``), and so does a denied conclusion shortly before it (``并不能说明我
  整个人不行``, ``doesn't mean I'm bad at this``, ``not that I'm …``) or someone else's words
  reported (``客户说我们总是发错货``, ``the customer says we always …``). Cues that contain their
  own negation (``从不``, ``不应该``, ``can't make mistakes``) are not cancelled. A habit or a
  procedure is not a trap (``我每次发货前都会核对地址``, ``I always hand over my tickets``,
  ``必须先核实身份才能改地址``, ``I must verify the customer's identity``).
* Each cue counts at most once; the weights of a code's cues are added (in tenths, so the
  arithmetic is exact), and cues of one code that matched overlapping words count once, the
  heaviest (``每个客户`` and ``每个…客户都`` are one piece of evidence). A code is suggested when
  its score reaches the threshold, so one weak cue alone (``应该`` "probably", ``every day``,
  ``又``) does not fire. Codes are ordered by score, then the primary codes of chapter 2
  (personalisation, catastrophising, absolutist thinking) before the others.

How well: tests/unit/reframing_thoughts.toml is a labelled set of 1,050 thoughts (half in the
plain wording agents use, balanced ones among them); the cues were grown from two thirds of it
and the right trap comes first on the held-out third for 77 % of the Chinese and 63 % of the
English thoughts (tests/unit/test_reframing_corpus.py), with no balanced thought flagged.

Limits: these are keyword cues, not understanding. On wording they were not grown from they miss
more than they should (a fresh batch written to test them scored about 50 % before they were
grown from it), fire on cue words used literally (``We never had this many orders``, ``I should
call the courier first``), can be fooled by irony, questions and negations that are further away
than a few words, and they know only Simplified Chinese and English. The result is a suggestion
that the agent can untick or extend; the agent decides. The suggester does not
look for crisis or self-harm language: that is not a thinking distortion and is handled
elsewhere (help contacts).

The modules: `text` (normalisation, clauses, negation), `phrases` (the cue tables' building
blocks), `primary_cues` and `secondary_cues` (the weighted cues of each code), `grown_primary`
and `grown_secondary` (more cues for each code, grown from the labelled set) and `suggester`
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
