"""The tray process keeps no copy of every module's source (companion/process/lean.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(script: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


def test_pyside_reads_every_later_module_into_linecache_without_it():
    """The reason for the guard: if PySide6 stops doing this, the guard can go."""
    out = run(
        """
        import linecache
        import PySide6.QtCore
        import json, email.message, companion.domain.breaks
        print(len(linecache.cache))
        """
    )
    assert int(out) > 5


def test_with_the_guard_no_source_lines_are_kept_and_tracebacks_still_show_them():
    out = run(
        """
        import traceback
        from companion.process.lean import keep_no_source_lines, source_lines_kept
        keep_no_source_lines()
        import PySide6.QtCore
        import json, email.message, companion.domain.breaks
        print(source_lines_kept())
        from companion.domain.mood import validate_stress
        try:
            validate_stress(11)
        except Exception:
            print(traceback.format_exc())
        """
    )
    kept, _, trace = out.partition("\n")
    assert kept in ("0", "1")
    assert "companion/domain/mood.py" in trace
    assert "raise InvalidMood(" in trace  # the line itself, read from the file again


def test_the_app_entry_installs_the_guard_before_pyside():
    out = run(
        """
        import sys, types
        def run_app(language=None):
            import PySide6.QtCore, json, email.message
            from companion.process.lean import source_lines_kept
            print(source_lines_kept())
            return 0
        stand_in = types.ModuleType("companion.process.run")  # the real one would start the tray
        stand_in.run_app = run_app
        sys.modules["companion.process.run"] = stand_in
        from companion.cli import main
        main([])
        """
    )
    assert out.strip() in ("0", "1")


def test_a_module_without_a_source_file_asks_its_loader_as_before():
    """In the bundle there are no .py files: linecache then goes through the module's loader
    (a lazy entry it stores and reads back at once). That path must keep working."""
    out = run(
        """
        import linecache, sys, types
        from companion.process.lean import keep_no_source_lines
        keep_no_source_lines()

        class Loader:
            def get_source(self, name):
                return "first = 1\\nsecond = 2\\n" if name == "frozen_thing" else None

        found = linecache.getlines(
            "/nowhere/frozen_thing.py", {"__name__": "frozen_thing", "__loader__": Loader()}
        )
        missing = linecache.getlines(
            "/nowhere/gone.py", {"__name__": "gone", "__loader__": Loader()}
        )
        print(repr(found), repr(missing), len(linecache.cache))
        """
    )
    assert out.strip() == "['first = 1\\n', 'second = 2\\n'] [] 1"
