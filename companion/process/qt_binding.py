"""Is the Qt binding sound on this interpreter? A check of a few hundred microseconds.

PySide6 6.12.0's wheels are built for the stable ABI with headers from a Python whose `None`,
`True` and `False` are immortal. On Python 3.11 they are not, and every call that returns
nothing, every emitted signal and every bool returned drops one reference to them: after a few
hours of a breathing animation (or 600 `emit()` calls) the count reaches zero and the process
aborts in `none_dealloc` / `bool_dealloc`, with nothing in Companion's log.

`check_binding()` measures that drift with a few dozen calls of each kind. When the binding
loses references it pins the three objects (adds 2**40 to their reference counts, which makes
them as good as immortal, as Python 3.12 does by design), so the shift goes on, and says what
to install. A sound binding is left untouched.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

PROBE_CALLS = 20  # per kind: far below the ~600 references True has at start-up
PIN = 1 << 40  # at 1,000 lost references a second, 35 years to undo
PIN_SLACK = 1000
GOOD_BINDING = "PySide6-Essentials<6.12"  # the pyproject.toml marker for Python 3.11


class _Emitter(QObject):
    fired = Signal()
    flag = Signal(bool)


@dataclass(frozen=True)
class Drift:
    """How the reference counts of None, True and False moved over the probe's calls."""

    calls: int
    none: int
    true: int
    false: int

    @property
    def loses_references(self) -> bool:
        # A sound binding moves each by a handful at most (garbage collection, caches); a broken
        # one by one a call.
        return min(self.none, self.true, self.false) <= -max(2, self.calls // 2)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def measure_drift(calls: int = PROBE_CALLS) -> Drift:
    """Call `calls` times each: void methods, methods taking and returning bools, and signal
    emissions (with and without a bool) into Python slots; report how the counts moved.

    On a broken binding each kind costs `calls` references: keep `calls` small unless the
    objects are pinned (`pin_singletons`).
    """
    subject = QObject()
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    emitter.flag.connect(lambda _value: None)
    collecting = gc.isenabled()
    gc.disable()  # a collection during the loop would move the counts too
    before = _counts()
    for _ in range(calls):
        subject.setObjectName("probe")  # returns nothing
        subject.blockSignals(False)  # takes and returns a bool
        subject.signalsBlocked()  # returns a bool
        emitter.fired.emit()  # returns True, into a Python slot
        emitter.flag.emit(False)  # a bool into a Python slot
    after = _counts()
    if collecting:
        gc.enable()
    emitter.deleteLater()
    subject.deleteLater()
    none, true, false = (later - earlier for earlier, later in zip(before, after, strict=True))
    return Drift(calls, none, true, false)


def can_pin() -> bool:
    """Pinning writes the first field of the object header, which is its reference count only
    in a normal build of Python 3.11 (not one with Py_TRACE_REFS); 3.12+ needs no pin."""
    return sys.version_info < (3, 12) and not hasattr(sys, "getobjects")


def pin_singletons() -> bool:
    """Make None, True and False as good as immortal; True when done (and checked)."""
    if not can_pin():
        return False
    for singleton in (None, True, False):
        before = sys.getrefcount(singleton)
        field = ctypes.c_ssize_t.from_address(id(singleton))
        field.value += PIN
        # ctypes' first use moves the counts by a few itself; a wrong field would not move
        if abs(sys.getrefcount(singleton) - before - PIN) > PIN_SLACK:
            field.value -= PIN  # not the layout we thought: undo
            return False
    return True


@dataclass(frozen=True)
class BindingReport:
    drift: Drift
    pinned: bool

    @property
    def sound(self) -> bool:
        return not self.drift.loses_references

    @property
    def pyside_version(self) -> str:
        return str(PySide6.__version__)

    @property
    def python_version(self) -> str:
        return sys.version.split()[0]

    @property
    def versions(self) -> str:
        return f"PySide6 {self.pyside_version} on Python {self.python_version}"


def check_binding() -> BindingReport:
    """Measure the binding once at start-up; pin the singletons and log an error if it leaks."""
    drift = measure_drift()
    if not drift.loses_references:
        return BindingReport(drift, pinned=False)
    pinned = pin_singletons()
    report = BindingReport(drift, pinned)
    log.error(
        "the Qt binding loses references (%s: None %+d, True %+d, False %+d over %d calls); "
        "it would abort Companion within hours. %s. Install a sound one: pip install '%s'",
        report.versions,
        drift.none,
        drift.true,
        drift.false,
        drift.calls,
        "None, True and False are pinned for this run" if pinned else "They could not be pinned",
        GOOD_BINDING,
    )
    return report
