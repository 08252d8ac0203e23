"""The short exercises: breathing, short detachment, positive reframing, splitting into small
tasks, and feeling – need – request. Each is a small guided page in one window.

Every exercise goes the same three steps: an optional "How distressed are you right now?"
(0-10, may be left unset), the exercise itself, the same question again; then Done records one
ExerciseUse and the page ends on what changed ("distress 6 → 3", with a calm sentence).
Leaving an exercise before Done (choosing another one, closing the window) records nothing. The
two timed exercises read a monotonic clock, never count frames, and keep a timer
running only while they run and are on screen: an idle window costs nothing.

Keyboard: ↑/↓ in the list choose an exercise, Enter (or Tab) goes into it. On the distress
question, 0-9 choose (1 then 0 quickly: 10), ↑/↓ adjust, Delete clears and Enter goes on. Esc
stops a running timer, and otherwise closes the window.
"""

from companion.ui.exercises.breathing import BreathingPage
from companion.ui.exercises.detachment import DetachmentPage
from companion.ui.exercises.nvc import NvcPage
from companion.ui.exercises.page import ExercisePage
from companion.ui.exercises.positive_reframing import PositiveReframingPage
from companion.ui.exercises.task_split import TaskSplitPage
from companion.ui.exercises.widgets import (
    AFTER,
    BEFORE,
    DONE,
    EXERCISE_CODES,
    WINDOW_HEIGHT,
    WINDOW_WIDTH,
    WORK,
    DistressQuestion,
)
from companion.ui.exercises.window import ExercisesWindow

__all__ = [
    "AFTER",
    "BEFORE",
    "DONE",
    "EXERCISE_CODES",
    "WINDOW_HEIGHT",
    "WINDOW_WIDTH",
    "WORK",
    "BreathingPage",
    "DetachmentPage",
    "DistressQuestion",
    "ExercisePage",
    "ExercisesWindow",
    "NvcPage",
    "PositiveReframingPage",
    "TaskSplitPage",
]
