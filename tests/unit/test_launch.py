"""The entry point's fast path: the tray starts without the command line's parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from companion.process.entry import tray_language


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--lang", "zh_CN"], (True, "zh_CN")),
        (["--lang=en"], (True, "en")),
        (["--lang", "fr"], (False, None)),  # the parser says what is allowed
        (["--lang"], (False, None)),
        (["--lang=zh_CN", "log"], (False, None)),
        (["log", "--stress", "5"], (False, None)),
        (["--version"], (False, None)),
        (["-h"], (False, None)),
        (["--LANG", "en"], (False, None)),
    ],
)
def test_only_the_exact_tray_forms_take_the_fast_path(argv, expected):
    assert tray_language(argv) == expected


def test_anything_else_reaches_the_parser_with_its_messages_and_exit_codes():
    run = subprocess.run(
        [sys.executable, "-m", "companion", "--lang", "fr"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "invalid choice: 'fr'" in run.stderr
    version = subprocess.run(
        [sys.executable, "-m", "companion", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert version.stdout.startswith("companion ")


def test_the_tray_start_does_not_load_the_parser(tmp_path):
    """Imports only: run_app is replaced, nothing starts."""
    script = (
        "import sys, types\n"
        "app = types.ModuleType('companion.process.run')\n"
        "app.run_app = lambda language=None: print(language, 'argparse' in sys.modules,"
        " 'companion.cli' in sys.modules) or 0\n"
        "sys.modules['companion.process.run'] = app\n"
        "from companion.process.entry import main\n"
        "raise SystemExit(main(['--lang', 'zh_CN']))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert run.stdout.split() == ["zh_CN", "False", "False"]
