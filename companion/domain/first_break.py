"""When the first break will come: what the welcome tells a new user, as the hours are edited.

It asks the break cycle itself rather than redoing its arithmetic: a copy of the running cycle
(or a new one) is given the shift as edited, exactly as saving the settings would reconfigure
the real one, and then moved on from one stretch of shift to the next until a break falls due
inside one. So the sentence says what the break driver will then do.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from companion.domain.breaks import BreakCycle, BreakRules, Phase
from companion.domain.shift import ShiftPlan

STRETCHES = 60  # shift stretches looked through; a real week has at most a few dozen


@dataclass(frozen=True, slots=True)
class UpcomingBreak:
    kind: str  # "micro" or "long"
    at: datetime  # when it starts (UTC)


def first_break(
    plan: ShiftPlan,
    rules: BreakRules,
    zone: tzinfo,
    now: datetime,
    running: BreakCycle | None = None,
) -> UpcomingBreak | None:
    """The next break under `plan`, or None when no shift lies within three weeks.

    `running` is the break driver's cycle (left untouched); without it, a cycle started now."""
    if running is None:
        cycle = BreakCycle(plan, rules, zone, now)
    else:
        cycle = copy.deepcopy(running)
        cycle.reconfigure(plan, rules, now)
    moment = now
    for _ in range(STRETCHES):
        view = cycle.view()
        stretch = plan.current(moment, zone)
        if view.phase is not Phase.OFF_SHIFT and stretch is not None and view.due is not None:
            if view.due < stretch[1] and view.kind is not None:
                return UpcomingBreak(view.kind, max(view.due, now))
            after = stretch[1]
        else:
            after = moment
        following = plan.next_start(after - timedelta(microseconds=1), zone)
        if following is None or following <= moment:
            return None
        moment = following
        cycle.tick(moment)
    return None
