"""A realistic synthetic history, for screenshots, benchmarks and trying Companion out.

`generate_history` writes weeks of an imagined agent's shifts into a store: mood entries after
difficult calls, the breaks of each day and what became of them, exercises and finished thought
records. The history has patterns a reviewer can find on the dashboard:

- stress is higher on Mondays and late in the afternoon, and for complaints, refunds and
  abusive callers than for order questions;
- emotions follow the stress (angry, wronged, frustrated when high; calm, relieved when low);
- a hard period builds up over the first stretch of the history; once exercises start (two
  fifths in) stress comes slowly down, and breaks are skipped less;
- entries in the hour after a break that was taken are a little calmer than after a skipped one;
- exercises lower distress, usually by one to three points.

The same seed, time and zone give the same history, ids included. Nothing lies in the future.

`fill_demo_home` is what `companion demo` runs: it refuses a store that holds real records, and
marks the data folder as a demo one (the file `demo-history`) before writing anything.

The modules: `patterns` (shift hours, weights, stress offsets), `texts` (what the agent
writes), `days`, `breaks`, `moods`, `exercises` and `checkins` (each kind of record),
`history` (`generate_history`, putting them together) and `home` (the command).
"""

from __future__ import annotations

from companion.demo.history import (
    ENTRIES_MAX,
    WEEKS_MAX,
    WEEKS_MIN,
    DemoError,
    DemoSummary,
    generate_history,
)
from companion.demo.home import DEMO_MARKER, DemoResult, describe, fill_demo_home, is_demo_home

__all__ = [
    "DEMO_MARKER",
    "ENTRIES_MAX",
    "WEEKS_MAX",
    "WEEKS_MIN",
    "DemoError",
    "DemoResult",
    "DemoSummary",
    "describe",
    "fill_demo_home",
    "generate_history",
    "is_demo_home",
]
