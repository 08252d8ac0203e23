"""The `companion` command's entry point, kept light for the everyday case: starting the tray.

`companion` and `companion --lang zh_CN|en` (each also with `--no-welcome`) start the app at
once, before the command line's parser and everything the sub-commands import are loaded (about
25 ms, a sixth of the time to the tray). Anything else, including a mistyped option, goes to
`companion.cli`, which parses it properly and says what is wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from companion.domain.language import SUPPORTED as LANGUAGES
from companion.process.tray_start import start_tray


def tray_language(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether `argv` only starts the tray app, and the language it asks for (None: the
    setting). Only the exact forms are taken here; the parser handles everything else."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--lang" and argv[1] in LANGUAGES:
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--lang="):
        language = argv[0].removeprefix("--lang=")
        if language in LANGUAGES:
            return True, language
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    rest = [argument for argument in arguments if argument != "--no-welcome"]
    starts_tray, language = tray_language(rest)
    if starts_tray and len(arguments) - len(rest) <= 1:
        return start_tray(language, welcome=len(rest) == len(arguments))
    from companion.cli import main as command_line
    from companion.paths import app_paths
    from companion.process.uncaught import install

    install(app_paths().log_file)  # a command's bug is one line and the log, not a traceback
    return command_line(arguments)
