"""The suite's own guards: an ERROR log line nobody expected fails the test that logged it."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = (Path(__file__).parent.parent / "conftest.py").read_text(encoding="utf-8")


def test_an_unexpected_error_line_fails_the_test_and_a_marked_one_does_not(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    logs_errors(reason): meant\n")
    pytester.makepyfile(
        """
        import logging
        import pytest

        def test_swallowed():
            try:
                raise OSError("disk full")
            except Exception:
                logging.getLogger("companion.x").exception("saving failed")

        @pytest.mark.logs_errors("the failure is the point")
        def test_expected():
            logging.getLogger("companion.x").error("saving failed")

        def test_warnings_are_fine():
            logging.getLogger("companion.x").warning("settings: colour ignored")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*unexpected ERROR lines*", "*companion.x: saving failed*"])
