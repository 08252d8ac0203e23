"""Starting the tray app, for both entry points (`companion.process.entry` and `companion.cli`).

Its own module so that the two do not import each other, and light: PySide6 is imported only
after the import hook's source cache is tamed (companion/process/lean.py).
"""

from __future__ import annotations


def utf8_characters() -> None:
    """Give the C library a UTF-8 character type where the locale asked for was never
    generated (`LC_ALL=zh_CN.UTF-8` on a stock Debian, where only C.UTF-8 exists).

    Python then reads and writes UTF-8 anyway (its UTF-8 mode), and the language Companion
    speaks comes from the variables themselves (Qt reads LC_ALL, LC_MESSAGES, LANG), not from
    the C library: nothing Chinese depends on the locale being generated. Only the C library's
    character type stays "C" (ASCII), and Qt says so in four lines on the terminal. C.UTF-8
    ships with every glibc: with it the C library is UTF-8 too, and Qt keeps quiet."""
    import locale

    try:
        codeset = locale.nl_langinfo(locale.CODESET)
    except AttributeError:  # Windows: no nl_langinfo, and nothing to do
        return
    if codeset.replace("-", "").upper() == "UTF8":
        return
    for name in ("C.UTF-8", "C.utf8", "en_US.UTF-8"):
        try:
            locale.setlocale(locale.LC_CTYPE, name)
        except locale.Error:
            continue
        return


def start_tray(language: str | None, welcome: bool = True) -> int:
    """Run the tray app (also what `companion.cli` does when no sub-command is given);
    `welcome` False is `--no-welcome`: no welcome on a first start."""
    from companion.process.lean import keep_no_source_lines

    utf8_characters()  # before Qt looks at the locale

    keep_no_source_lines()  # before PySide6 is imported: see companion/process/lean.py
    from companion.process.run import run_app

    return run_app(language=language) if welcome else run_app(language, welcome=False)
