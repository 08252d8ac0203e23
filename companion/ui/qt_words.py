"""Words of Qt's own dialogs that Qt's Chinese translation misses.

Qt ships its own translation (`qtbase_zh_CN.qm`, loaded by `companion.ui.i18n`), but the file
that comes with PySide6 6.12 is older than the dialogs: it translates "Look in:" while the file
dialog now asks for "&Look in:", so the non-native file dialog said "Look in:" and "Files of
type:" in English in the middle of a Chinese window. These strings are translated in the app's
own file (resources/translations/companion_zh_CN.ts, under Qt's contexts), which is searched
after Qt's: what Qt translates stays Qt's, and only what it misses comes from here.

`pyside6-lupdate` finds the strings below; `QT_GAPS` lets the tests check each of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# (context, source text, disambiguation): as Qt's widgets ask for them.
QT_GAPS: tuple[tuple[str, str, str | None], ...] = (
    ("QFileDialog", "&Look in:", None),
    ("QFileDialog", "Files of &type:", None),
    ("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ("QAbstractFileIconProvider", "Drive", None),
)


def marked_for_lupdate() -> list[str]:
    """The strings of `QT_GAPS` translated, written out as literal calls so that
    `pyside6-lupdate` puts them in the .ts file."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
    ]
