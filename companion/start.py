"""Starting the tray app, for both entry points (`companion.launch` and `companion.cli`).

Its own module so that the two do not import each other, and light: PySide6 is imported only
after the import hook's source cache is tamed (companion/lean.py).
"""

from __future__ import annotations


def start_tray(language: str | None, welcome: bool = True) -> int:
    """Run the tray app (also what `companion.cli` does when no sub-command is given);
    `welcome` False is `--no-welcome`: no welcome on a first start."""
    from companion.lean import keep_no_source_lines

    keep_no_source_lines()  # before PySide6 is imported: see companion/lean.py
    from companion.run import run_app

    return run_app(language=language) if welcome else run_app(language, welcome=False)
