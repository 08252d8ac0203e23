"""The guided reframing exercise (a thought record), one step at a time.

Seven steps, each a page (`page.StepPage`) in one window (`window.ReframingWizard`):

1. the situation, facts only, and 2. the automatic thought (`facts.py`, with 3.);
3. the emotions and how strong they were, 0-100;
4. the thinking traps (distortions), suggested from the thought's wording: the agent decides
   (`traps.py`, with 5.);
5. for each trap chosen, its questions with the evidence for and against the thought;
6. a balanced thought and how much it is believed (`balanced.py`, with 7.);
7. the emotions rated before, rated again.

Only the thought is required; every other step can be skipped. Back and forward keep what was
typed, and the record is saved as a draft while it is typed, so closing the window (or a crash)
loses nothing. Finish ends on what changed, said plainly ("angry 80 → 45"), with one calm
sentence (`end.py`, with `ui.payoff_words`).

The window keeps the step number, title and explanation, the thought in view from step 3,
Back / Next / Finish and the keys: Alt+B, Alt+N, Alt+F; Esc closes (the draft is kept), and on
the end page Enter closes too. A page is told when it is entered (`enter`, with the answers so
far) and left (`leave`), gives its part of the record (`answers`), and says why it cannot be
passed yet (`problem`: the thought, while empty). What the steps share (the step numbers, the
emotion rows, a text box) is in `widgets.py`. Every text keeps the translation context
"ReframingWizard".
"""

from companion.ui.reframing_wizard.page import StepPage
from companion.ui.reframing_wizard.widgets import (
    AUTOSAVE_MS,
    BALANCED,
    DISTORTIONS,
    EMOTIONS_STEP,
    END,
    QUESTIONS,
    RERATE,
    SITUATION,
    STEPS,
    THOUGHT,
    RatingRows,
)
from companion.ui.reframing_wizard.window import ReframingWizard

__all__ = [
    "AUTOSAVE_MS",
    "BALANCED",
    "DISTORTIONS",
    "EMOTIONS_STEP",
    "END",
    "QUESTIONS",
    "RERATE",
    "SITUATION",
    "STEPS",
    "THOUGHT",
    "RatingRows",
    "ReframingWizard",
    "StepPage",
]
