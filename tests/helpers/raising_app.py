"""The real Companion with one fault put in: `python -m tests.helpers.raising_app [arguments]`.

Everything is the app as shipped, except what `companion quick-log` asks of the running app:
its request slot starts a thread that raises a KeyError, then raises a ValueError itself, both
with a made-up note in their message (what a person wrote must never reach the log). The tests
in tests/e2e/test_uncaught.py start it, send the request, and read the log.
"""

from __future__ import annotations

import threading

from companion.features.mood import Mood

SECRET = "SECRET-NOTE-4711"


def _faulty(_self: Mood) -> None:
    def worker() -> None:
        raise KeyError(f"{SECRET} written in a thread")

    threading.Thread(target=worker, name="faulty-worker").start()
    raise ValueError(f"{SECRET} my manager shouted at me")


if __name__ == "__main__":  # importing this module (for SECRET) must not put the fault in
    from companion.process.entry import main

    Mood.quick_log_by_shortcut = _faulty  # type: ignore[method-assign]

    raise SystemExit(main())
