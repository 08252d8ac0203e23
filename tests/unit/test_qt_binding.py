"""The Qt binding must not lose references to None, True and False (issue 12).

PySide6 6.12.0 on Python 3.11 loses one on every void call, emit() and bool returned, and the
process aborts hours later. The heavy probe runs in a child process with the three objects
pinned, so that a broken binding fails this test with figures instead of aborting pytest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from companion.process.qt_binding import PIN, Drift, check_binding, measure_drift

PROBE = textwrap.dedent(
    """
    import gc, json, sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QWidget
    from companion.process.qt_binding import measure_drift, pin_singletons

    pinned = pin_singletons()  # a leaking binding then reports, instead of aborting
    app = QApplication([])
    widget = QWidget()
    widget.show()
    calls = int(sys.argv[1])
    gc.disable()

    def counts():
        return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]

    before = counts()
    for _ in range(calls):
        widget.update()  # what every breathing frame does
        widget.setAccessibleName("in")
        widget.setVisible(True)
        widget.isVisible()
    after = counts()
    core = measure_drift(calls)
    print(json.dumps({
        "pinned": pinned,
        "widgets": [b - a for a, b in zip(before, after)],
        "core": [core.none, core.true, core.false],
    }))
    """
)


# A sound binding moves the counts by a few at most (an event processed, a cache filled); a
# broken one by one or two a call, 3,000 or more here.
TOLERANCE = 30


def test_thousands_of_qt_calls_leave_none_true_and_false_counts_unchanged():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "3000"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    names = ("None", "True", "False")
    lost = {
        f"{group}: {name}": moved
        for group in ("widgets", "core")
        for name, moved in zip(names, figures[group], strict=True)
        if abs(moved) >= TOLERANCE
    }
    assert not lost, (
        f"the Qt binding moves reference counts over 3,000 calls of each kind: {lost}; "
        "it would abort Companion mid-shift (see companion/process/qt_binding.py)"
    )


def test_the_start_up_check_finds_this_binding_sound_and_touches_nothing():
    none_before = sys.getrefcount(None)
    report = check_binding()
    assert report.sound and not report.pinned
    assert report.drift.calls >= 10
    assert abs(sys.getrefcount(None) - none_before) < PIN // 2
    assert "PySide6" in report.versions and "Python" in report.versions


def test_a_drift_of_one_per_call_is_a_leak_and_noise_is_not():
    assert Drift(20, none=-20, true=0, false=0).loses_references
    assert Drift(20, none=0, true=-40, false=20).loses_references
    assert not Drift(20, none=-1, true=1, false=0).loses_references
    assert not Drift(20, none=0, true=0, false=0).loses_references


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal on 3.12+")
def test_pinning_makes_the_singletons_as_good_as_immortal():
    script = (
        "import sys; from companion.process.qt_binding import pin_singletons, PIN\n"
        "before = [sys.getrefcount(o) for o in (None, True, False)]\n"
        "assert pin_singletons()\n"
        "after = [sys.getrefcount(o) for o in (None, True, False)]\n"
        "assert all(abs(b - a - PIN) < 1000 for a, b in zip(before, after)), (before, after)\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_the_probe_is_cheap_enough_for_every_start():
    # counted, not timed: 5 kinds of call, PROBE_CALLS each, far from True's ~600 references
    drift = measure_drift()
    assert drift.calls * 5 <= 200
