"""The end-of-shift summary: the day's figures and one kind sentence about it.

The sentences live in `data/summary.toml` (loaded by `companion.content.summary`); this module
only decides which kind of sentence fits the day and which variant to show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from companion.domain.goals import percent_of
from companion.domain.timefmt import day_start

# Kinds of sentence, in the order they are considered: the first that fits is used.
SENTENCE_KINDS: tuple[str, ...] = ("heavy", "exercise", "breaks", "quiet", "steady")
HEAVY_MAX_STRESS = 8  # any entry this high makes it a heavy day
HEAVY_MEAN_STRESS = 6.5  # or a mean this high
MOST_BREAKS_PERCENT = 50  # "most breaks taken" from this share of those offered


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date  # the local day the shift began on
    entries: int
    mean_stress: float | None  # None without entries
    max_stress: int | None
    breaks_offered: int  # taken, ended early, skipped or postponed
    breaks_taken: int  # taken or ended early
    exercises: int  # exercises and thought records done

    @property
    def breaks_percent(self) -> int | None:
        return percent_of(self.breaks_taken, self.breaks_offered)


def summary_bounds(
    day: date, zone: tzinfo, now: datetime, until: datetime | None = None
) -> tuple[datetime, datetime]:
    """The stretch a day's summary counts: from the start of the local `day` until `until`
    (an overnight shift passes it to count its morning hours too), else the end of the day or
    now, whichever comes first."""
    return day_start(day, zone), until or min(now, day_start(day + timedelta(days=1), zone))


def sentence_kind(summary: DaySummary) -> str:
    """Which kind of sentence fits the day (one of SENTENCE_KINDS)."""
    if (summary.max_stress is not None and summary.max_stress >= HEAVY_MAX_STRESS) or (
        summary.mean_stress is not None and summary.mean_stress >= HEAVY_MEAN_STRESS
    ):
        return "heavy"
    if summary.exercises > 0:
        return "exercise"
    percent = summary.breaks_percent
    if percent is not None and percent >= MOST_BREAKS_PERCENT:
        return "breaks"
    if summary.entries == 0:
        return "quiet"
    return "steady"


Sentences = Mapping[str, Mapping[str, Sequence[str]]]  # kind -> language -> variants


def choose_sentence(summary: DaySummary, sentences: Sentences, language: str) -> str:
    """One sentence of the fitting kind; the variant changes from day to day (the same all day,
    so opening the summary twice says the same thing). Falls back to English, then to ""."""
    by_language = sentences.get(sentence_kind(summary), {})
    variants = by_language.get(language) or by_language.get("en") or ()
    if not variants:
        return ""
    return variants[summary.day.toordinal() % len(variants)]
