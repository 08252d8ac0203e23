"""Large stores for the bulk benchmarks (benchmarks/transfer.py): made once and kept.

    from benchmarks.bulk_history import bulk_store
    home = bulk_store(300_000)       # a data folder: COMPANION_HOME=home

`entries` mood entries fifteen minutes apart up to an hour ago (300,000 are 8.6 years), with
notes as people write them: one in ten without a note, the others half Chinese and half
English, most a line or two, some a paragraph, and one in thirty at the full 2,000 characters.
Beside them, as a long history holds them: a break for every two entries, an exercise for every
hundred, a thought record for every two hundred (some with long texts), a weekly check-in, the
goals of *My plan* with the own goal's ticks, and two call types marked as difficult.

The store is made in the temporary folder, keyed by the size and this generator's source, and
moved into place only once complete. Treat it as read-only: copy it before writing to it.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "companion-benchmark-bulk"
STEP = timedelta(minutes=15)
READY = "ready"  # written last: a folder without it was interrupted
CHUNK = 20_000  # entries written per transaction while making the store


def _version() -> str:
    import companion.demo.texts

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(Path(companion.demo.texts.__file__).read_bytes())
    return digest.hexdigest()[:10]


def _sentences() -> tuple[list[str], list[str]]:
    from companion.demo.texts import NOTES

    chinese: list[str] = []
    english: list[str] = []
    for tense, easy in NOTES.values():
        for zh, en in (*tense, *easy):
            chinese.append(zh + "。")
            english.append(en + ".")
    return chinese, english


def note_text(rng: random.Random, chinese: list[str], english: list[str]) -> str | None:
    """A note as people write them: often short, sometimes long, now and then 2,000 chars."""
    roll = rng.random()
    if roll < 0.1:
        return None
    pool = chinese if rng.random() < 0.5 else english
    kind = rng.random()
    if kind < 1 / 30:
        length = 2000
    elif kind < 0.2:
        length = rng.randint(150, 600)
    else:
        length = rng.randint(8, 120)
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = rng.choice(pool)
        if rng.random() < 0.05:
            sentence += "\n"
        parts.append(sentence if pool is chinese else sentence + " ")
        size += len(parts[-1])
    return "".join(parts)[:length].strip() or None


def fill_bulk_home(home: Path, entries: int, seed: int = 1) -> None:
    """Write the history described above into a new store under `home` (the suite uses it at
    a size it can afford)."""
    from companion.domain.breaks import BreakRecord
    from companion.domain.checkin import CheckIn
    from companion.domain.clock import FixedClock
    from companion.domain.mood import CATEGORIES, EMOTIONS, MoodInput
    from companion.domain.thoughts import (
        DISTORTION_CODES,
        EmotionRating,
        Evidence,
        ExerciseUse,
        ThoughtRecord,
    )
    from companion.paths import AppPaths
    from companion.storage.store import open_store

    rng = random.Random(seed)
    chinese, english = _sentences()
    end = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
    first = end - STEP * (entries - 1)
    clock = FixedClock(end)
    store, _report = open_store(AppPaths(home, home), clock)
    try:
        mood_ids: list[uuid.UUID] = []
        for start in range(0, entries, CHUNK):
            batch = []
            for n in range(start, min(entries, start + CHUNK)):
                chosen = set(rng.sample(EMOTIONS, rng.choice((0, 1, 1, 2, 2, 3))))
                emotions = tuple(code for code in EMOTIONS if code in chosen)  # as the app
                batch.append(
                    MoodInput(
                        at=first + STEP * n,
                        stress=rng.randint(0, 10),
                        emotions=emotions,
                        category=rng.choice((*CATEGORIES, None)),
                        note=note_text(rng, chinese, english),
                    )
                )
            mood_ids += store.add_moods_bulk(batch)
        outcomes = ("taken", "taken", "taken", "skipped", "postponed", "natural", "cut_short")
        for start in range(0, entries // 2, CHUNK):
            breaks = []
            for n in range(start, min(entries // 2, start + CHUNK)):
                due = first + STEP * (2 * n) + timedelta(minutes=7)
                outcome = rng.choice(outcomes)
                shown = None if outcome == "natural" else due - timedelta(seconds=30)
                kind = "long" if n % 4 == 3 else "micro"
                breaks.append(BreakRecord(kind, due, shown, outcome, rng.randint(0, 2), 40))
            store.add_breaks_bulk(breaks)
        kinds = ("breathing", "detachment", "positive_reframing", "task_split", "nvc")
        thoughts: list[uuid.UUID] = []
        for n in range(entries // 200):
            at = first + STEP * (200 * n + 3)
            long = n % 10 == 0
            record = ThoughtRecord(
                id=uuid.UUID(int=rng.getrandbits(128)),
                created_at=at,
                updated_at=at + timedelta(minutes=6),
                automatic_thought=rng.choice(chinese) * (8 if long else 1),
                situation=(note_text(rng, chinese, english) or "")[:2000],
                emotions_before=(EmotionRating("wronged", 80), EmotionRating("angry", 60)),
                distortions=("personalization", rng.choice(DISTORTION_CODES[1:])),
                evidence=(Evidence("personalization", rng.choice(chinese), rng.choice(english)),),
                balanced_thought=rng.choice(english) * (6 if long else 1),
                belief=rng.randint(30, 90),
                emotions_after=(EmotionRating("wronged", 40),),
                is_draft=n % 25 == 0,
                step=7,
                mood_entry_id=mood_ids[200 * n],
            )
            store.save_thought(record)
            thoughts.append(record.id)
        for n in range(entries // 100):
            at = first + STEP * (100 * n + 5)
            store.add_exercise(
                ExerciseUse(
                    id=uuid.UUID(int=rng.getrandbits(128)),
                    kind=rng.choice(kinds),
                    started_at=at,
                    finished_at=at + timedelta(minutes=3),
                    distress_before=float(rng.randint(4, 9)),
                    distress_after=float(rng.randint(1, 6)),
                    thought_record_id=thoughts[n // 2] if n % 4 == 0 else None,
                    details=rng.choice(chinese) if n % 3 == 0 else "",
                    extra={"cycles": str(rng.randint(3, 8))},
                )
            )
        week = timedelta(days=7)
        at = first + week
        while at < end:
            answers = tuple(rng.randint(0, 5) for _ in range(5))
            store.add_check_in(CheckIn(uuid.UUID(int=rng.getrandbits(128)), at, answers))
            at += week
        clock.set(first + timedelta(days=1))
        store.set_goal("breaks_taken", 70)
        store.set_goal("reframing", 2)
        store.set_goal("own", 3, "午休散步十分钟")
        for n in range(entries // 500):
            clock.advance(STEP * 500 if n else timedelta(0))
            store.tick_goal()
        store.set_difficult_call_types({"abusive", "complaint"})
    finally:
        store.close()


def bulk_store(entries: int, seed: int = 1) -> Path:
    """The data folder of a store with exactly `entries` mood entries (made if needed)."""
    return ensure_bulk_store(entries, seed)[0]


def ensure_bulk_store(entries: int, seed: int = 1) -> tuple[Path, bool]:
    """The data folder, and whether it was made just now."""
    home = CACHE / f"{entries}-s{seed}-{_version()}"
    if (home / READY).is_file():
        return home, False
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob(f"{entries}-s{seed}-*"):
        if stale != home:
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=f".{entries}-", dir=CACHE))
    try:
        fill_bulk_home(building / "home", entries, seed)
        (building / "home" / READY).write_text("", encoding="utf-8")
        try:
            (building / "home").rename(home)
        except OSError:  # another run finished first
            if not (home / READY).is_file():
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return home, True


if __name__ == "__main__":
    import sys

    for size in sys.argv[1:]:
        made_home, made_now = ensure_bulk_store(int(size))
        print(made_home, "made" if made_now else "kept")
