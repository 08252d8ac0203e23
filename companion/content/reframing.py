"""The reframing content: thinking traps, the spot-the-trap practice and the short exercises.

One file per language, `data/reframing/<language>.toml`, each with the same codes: the nine
distortion codes (the three primary ones in depth, six more in brief), at least 12 practice
thoughts and the five short exercises. A file is checked whole when it is loaded; anything missing,
short, empty or unknown is a ContentError naming the file and the key at fault.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from companion.content import ContentError, read_content_table
from companion.domain.language import SUPPORTED
from companion.domain.nvc import PLACE, NvcReply
from companion.domain.thoughts import (
    DISTORTION_CODES,
    PRIMARY_DISTORTION_CODES,
    SECONDARY_DISTORTION_CODES,
)
from companion.paths import data_dir

PRIMARY_DISTORTIONS = PRIMARY_DISTORTION_CODES
SECONDARY_DISTORTIONS = SECONDARY_DISTORTION_CODES
DISTORTIONS = DISTORTION_CODES
EXERCISES: tuple[str, ...] = ("breathing", "detachment", "positive_reframing", "task_split", "nvc")

# The fewest entries each list of a distortion needs, for primary and for secondary ones.
PRIMARY_MINIMUMS: dict[str, int] = {
    "examples": 4,
    "signals": 4,
    "questions": 5,
    "balanced_examples": 4,
}
SECONDARY_MINIMUMS: dict[str, int] = {
    "examples": 2,
    "signals": 2,
    "questions": 3,
    "balanced_examples": 2,
}
PRACTICE_MINIMUM = 12
STEPS_MINIMUM = 3
# Exercises that come with worked examples: how many at least, and the keys of each example.
EXAMPLE_MINIMUMS: dict[str, int] = {"positive_reframing": 4, "task_split": 1, "nvc": 3}
NEEDS_INTRO: tuple[str, ...] = ("task_split", "nvc")
TASKS_MINIMUM = 4
TASKS_MAXIMUM = 6

# The texts that, after an entry tagged 客户辱骂 (call type `abusive`), say in one line that
# abuse is not the agent's to absorb (`after_abuse`): required where they are shown.
AFTER_ABUSE_DISTORTIONS: tuple[str, ...] = ("personalization",)
AFTER_ABUSE_EXERCISES: tuple[str, ...] = ("positive_reframing",)
_DISTORTION_KEYS = {"name", "definition", "primary", "after_abuse", *PRIMARY_MINIMUMS}
_EXERCISE_KEYS = {"name", "summary", "steps", "intro", "examples", "after_abuse"}
_REPLY_KEYS = ("feeling", "need", "request")  # [exercises.nvc.reply]: templates with {} once
_PRACTICE_KEYS = {"thought", "distortions"}
_EXAMPLE_KEYS: dict[str, tuple[str, ...]] = {
    "positive_reframing": ("harsh", "kind"),
    "task_split": ("complaint", "tasks"),
    "nvc": ("situation", "feeling", "need", "request", "sentence"),
}


@dataclass(frozen=True, slots=True)
class Distortion:
    """A thinking trap: what it is, how it sounds, the questions that test it, kinder thoughts."""

    code: str
    name: str
    definition: str
    examples: tuple[str, ...]
    signals: tuple[str, ...]
    questions: tuple[str, ...]
    balanced_examples: tuple[str, ...]
    primary: bool
    after_abuse: str = ""  # after an abusive customer: one line, shown with the definition


@dataclass(frozen=True, slots=True)
class PracticeItem:
    """An automatic thought to sort; `distortions` lists the main trap first."""

    thought: str
    distortions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReframingPair:
    """Positive reframing: a harsh reading of a customer and a kinder one."""

    harsh: str
    kind: str


@dataclass(frozen=True, slots=True)
class TaskSplitExample:
    """Splitting into small tasks: a complaint and the 4-6 small tasks it becomes."""

    complaint: str
    tasks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NvcExample:
    """Feeling - need - request: a situation, the three parts and the whole reply."""

    situation: str
    feeling: str
    need: str
    request: str
    sentence: str


ExerciseExample = ReframingPair | TaskSplitExample | NvcExample


@dataclass(frozen=True, slots=True)
class Exercise:
    """A short exercise; `intro` is "" and `examples` empty for those that have none."""

    code: str
    name: str
    summary: str
    steps: tuple[str, ...]
    intro: str = ""
    examples: tuple[ExerciseExample, ...] = ()
    after_abuse: str = ""  # after an abusive customer: one line, shown with the exercise
    reply: NvcReply | None = None  # feeling – need – request: how the reply is joined


@dataclass(frozen=True, slots=True)
class ReframingContent:
    """One language's reframing content, checked whole."""

    language: str
    version: int
    distortions: dict[str, Distortion]
    practice: tuple[PracticeItem, ...]
    exercises: dict[str, Exercise]

    @property
    def primary(self) -> tuple[Distortion, ...]:
        return tuple(self.distortions[code] for code in PRIMARY_DISTORTIONS)

    @property
    def secondary(self) -> tuple[Distortion, ...]:
        return tuple(self.distortions[code] for code in SECONDARY_DISTORTIONS)

    @property
    def reframing_pairs(self) -> tuple[ReframingPair, ...]:
        examples = self.exercises["positive_reframing"].examples
        return tuple(e for e in examples if isinstance(e, ReframingPair))

    @property
    def task_splits(self) -> tuple[TaskSplitExample, ...]:
        examples = self.exercises["task_split"].examples
        return tuple(e for e in examples if isinstance(e, TaskSplitExample))

    @property
    def nvc_examples(self) -> tuple[NvcExample, ...]:
        return tuple(e for e in self.exercises["nvc"].examples if isinstance(e, NvcExample))


class _File:
    """Reads values out of one parsed file; every fault names the file and the key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str) -> ContentError:
        return ContentError(f"{self.path}: {message}")

    def table(self, value: object, key: str) -> dict[str, object]:
        if value is None:
            raise self.fail(f"{key} is missing")
        if not isinstance(value, dict):
            raise self.fail(f"{key} must be a table")
        return value

    def only_keys(self, table: dict[str, object], key: str, allowed: set[str]) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(f"{key} has unknown keys: {', '.join(unknown)}")

    def text(self, table: dict[str, object], key: str, field: str) -> str:
        value = table.get(field)
        if value is None:
            raise self.fail(f"{key} has no {field}")
        return self._checked_text(value, f"{key} {field}")

    def _checked_text(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"{where} must be text")
        if not value.strip():
            raise self.fail(f"{where} is empty")
        for char in value:
            if unicodedata.category(char) in ("Cc", "Cs"):
                raise self.fail(f"{where} contains control character U+{ord(char):04X}")
        return value

    def texts(
        self, table: dict[str, object], key: str, field: str, minimum: int
    ) -> tuple[str, ...]:
        value = table.get(field)
        if value is None:
            raise self.fail(f"{key} has no {field}")
        if not isinstance(value, list):
            raise self.fail(f"{key} {field} must be a list of texts")
        if len(value) < minimum:
            raise self.fail(f"{key} needs at least {minimum} {field}, has {len(value)}")
        items = tuple(
            self._checked_text(item, f"{key} {field} item {number}")
            for number, item in enumerate(value, start=1)
        )
        seen: set[str] = set()
        for number, item in enumerate(items, start=1):
            if item.strip() in seen:
                raise self.fail(f"{key} {field} item {number} repeats an earlier one")
            seen.add(item.strip())
        return items

    def array_of_tables(self, value: object, key: str, minimum: int) -> list[dict[str, object]]:
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.fail(f"{key} must be an array of tables")
        if len(value) < minimum:
            raise self.fail(f"{key} needs at least {minimum} items, has {len(value)}")
        return value


def _meta(file: _File, document: dict[str, object], language: str) -> int:
    meta = file.table(document.get("meta"), "[meta]")
    file.only_keys(meta, "[meta]", {"language", "version"})
    found = file.text(meta, "[meta]", "language")
    if found != language:
        raise file.fail(f"[meta] language is {found!r}, expected {language!r}")
    version = meta.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise file.fail(f"[meta] version must be a whole number from 1, got {version!r}")
    return version


def _distortions(file: _File, document: dict[str, object]) -> dict[str, Distortion]:
    section = file.table(document.get("distortions"), "[distortions]")
    unknown = sorted(set(section) - set(DISTORTIONS))
    if unknown:
        raise file.fail(f"[distortions] has unknown codes: {', '.join(unknown)}")
    distortions: dict[str, Distortion] = {}
    for code in DISTORTIONS:
        key = f"[distortions.{code}]"
        entry = file.table(section.get(code), key)
        file.only_keys(entry, key, _DISTORTION_KEYS)
        expected_primary = code in PRIMARY_DISTORTIONS
        primary = entry.get("primary")
        if primary is not expected_primary:
            raise file.fail(f"{key} primary must be {str(expected_primary).lower()}")
        minimums = PRIMARY_MINIMUMS if expected_primary else SECONDARY_MINIMUMS
        lists = {field: file.texts(entry, key, field, count) for field, count in minimums.items()}
        distortions[code] = Distortion(
            code=code,
            name=file.text(entry, key, "name"),
            definition=file.text(entry, key, "definition"),
            examples=lists["examples"],
            signals=lists["signals"],
            questions=lists["questions"],
            balanced_examples=lists["balanced_examples"],
            primary=expected_primary,
            after_abuse=_after_abuse(file, entry, key, code in AFTER_ABUSE_DISTORTIONS),
        )
    return distortions


def _after_abuse(file: _File, entry: dict[str, object], key: str, required: bool) -> str:
    if required or "after_abuse" in entry:
        return file.text(entry, key, "after_abuse").strip()
    return ""


def _practice(file: _File, document: dict[str, object]) -> tuple[PracticeItem, ...]:
    items = file.array_of_tables(document.get("practice"), "[[practice]]", PRACTICE_MINIMUM)
    practice = []
    for number, item in enumerate(items, start=1):
        key = f"[[practice]] item {number}"
        file.only_keys(item, key, _PRACTICE_KEYS)
        thought = file.text(item, key, "thought")
        codes = file.texts(item, key, "distortions", 1)
        for code in codes:
            if code not in DISTORTIONS:
                raise file.fail(f"{key} has unknown distortion code {code!r}")
        practice.append(PracticeItem(thought=thought, distortions=codes))
    return tuple(practice)


def _example(file: _File, code: str, item: dict[str, object], key: str) -> ExerciseExample:
    file.only_keys(item, key, set(_EXAMPLE_KEYS[code]))
    if code == "positive_reframing":
        return ReframingPair(harsh=file.text(item, key, "harsh"), kind=file.text(item, key, "kind"))
    if code == "task_split":
        complaint = file.text(item, key, "complaint")
        tasks = file.texts(item, key, "tasks", TASKS_MINIMUM)
        if len(tasks) > TASKS_MAXIMUM:
            raise file.fail(f"{key} has {len(tasks)} tasks; at most {TASKS_MAXIMUM} fit")
        return TaskSplitExample(complaint=complaint, tasks=tasks)
    return NvcExample(
        situation=file.text(item, key, "situation"),
        feeling=file.text(item, key, "feeling"),
        need=file.text(item, key, "need"),
        request=file.text(item, key, "request"),
        sentence=file.text(item, key, "sentence"),
    )


def _exercises(file: _File, document: dict[str, object]) -> dict[str, Exercise]:
    section = file.table(document.get("exercises"), "[exercises]")
    unknown = sorted(set(section) - set(EXERCISES))
    if unknown:
        raise file.fail(f"[exercises] has unknown codes: {', '.join(unknown)}")
    exercises: dict[str, Exercise] = {}
    for code in EXERCISES:
        key = f"[exercises.{code}]"
        entry = file.table(section.get(code), key)
        allowed = _EXERCISE_KEYS if code in EXAMPLE_MINIMUMS else _EXERCISE_KEYS - {"examples"}
        file.only_keys(entry, key, allowed | {"reply"} if code == "nvc" else allowed)
        intro = ""
        if code in NEEDS_INTRO or "intro" in entry:
            intro = file.text(entry, key, "intro")
        examples: tuple[ExerciseExample, ...] = ()
        if code in EXAMPLE_MINIMUMS:
            list_key = f"[[exercises.{code}.examples]]"
            items = file.array_of_tables(entry.get("examples"), list_key, EXAMPLE_MINIMUMS[code])
            examples = tuple(
                _example(file, code, item, f"{list_key} item {number}")
                for number, item in enumerate(items, start=1)
            )
        exercises[code] = Exercise(
            code=code,
            name=file.text(entry, key, "name"),
            summary=file.text(entry, key, "summary"),
            steps=file.texts(entry, key, "steps", STEPS_MINIMUM),
            intro=intro,
            examples=examples,
            reply=_reply(file, entry, key) if code == "nvc" else None,
            after_abuse=_after_abuse(file, entry, key, code in AFTER_ABUSE_EXERCISES),
        )
    return exercises


def _reply(file: _File, entry: dict[str, object], key: str) -> NvcReply:
    """[exercises.nvc.reply]: a template per part, each with {} once, and the joiner."""
    key = f"{key[:-1]}.reply]"
    table = file.table(entry.get("reply"), key)
    file.only_keys(table, key, {*_REPLY_KEYS, "joiner"})
    templates = {}
    for part in _REPLY_KEYS:
        template = file.text(table, key, part)
        if template.count(PLACE) != 1:
            raise file.fail(f"{key} {part} must hold {PLACE} once, where the agent's words go")
        templates[part] = template
    joiner = table.get("joiner")
    if not isinstance(joiner, str) or joiner.strip():
        raise file.fail(f'{key} joiner must be text of spaces only (" " or "")')
    return NvcReply(joiner=joiner, **templates)


def reframing_path(language: str, directory: Path | None = None) -> Path:
    return (directory or data_dir() / "reframing") / f"{language}.toml"


def load_reframing(language: str, directory: Path | None = None) -> ReframingContent:
    """Load and check `<directory>/<language>.toml` (by default the shipped data/reframing)."""
    path = reframing_path(language, directory)
    document = read_content_table(path)
    file = _File(path)
    file.only_keys(document, "the top level", {"meta", "distortions", "practice", "exercises"})
    return ReframingContent(
        language=language,
        version=_meta(file, document, language),
        distortions=_distortions(file, document),
        practice=_practice(file, document),
        exercises=_exercises(file, document),
    )


def check_all_languages(directory: Path | None = None) -> dict[str, ReframingContent]:
    """Load every supported language and check that the files agree on codes and version."""
    contents = {language: load_reframing(language, directory) for language in SUPPORTED}
    first, *others = SUPPORTED
    reference = contents[first]
    for language in others:
        content = contents[language]
        where = f"{reframing_path(language, directory)} and {reframing_path(first, directory)}"
        for what, mine, theirs in (
            ("distortion codes", list(content.distortions), list(reference.distortions)),
            ("exercise codes", list(content.exercises), list(reference.exercises)),
        ):
            if mine != theirs:
                raise ContentError(f"{where} have different {what}: {mine} and {theirs}")
        for code, exercise in content.exercises.items():
            if bool(exercise.examples) != bool(reference.exercises[code].examples):
                raise ContentError(f"{where} disagree on whether [exercises.{code}] has examples")
        if content.version != reference.version:
            raise ContentError(
                f"{where} have different [meta] versions: {content.version} and {reference.version}"
            )
    return contents
