"""The language the app speaks: the Qt translations installed for it (the app's and Qt's own),
and a signal when it changes.

Qt's own file (`qtbase_zh_CN.qm`, from PySide6's translations folder; the bundle keeps it) says
Qt's dialogs, buttons and context menus in Chinese. It is installed after the app's, so Qt asks
it first; the few words of Qt's dialogs it lacks are in the app's file (`companion.ui.qt_words`).
Changing the language removes both and installs the new ones: Qt's widgets that are open (a
file dialog, say) follow at once, the app's windows through `Speech.language_changed`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from companion.domain.language import resolve_language
from companion.paths import resources_dir
from companion.ui.fonts import apply_language_font

log = logging.getLogger(__name__)


class Translations:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        apply_language_font(language)  # a Chinese font with a real bold, where one is here
        if language == "en":
            return
        app_file = resources_dir() / "translations" / f"companion_{language}.qm"
        self._load(str(app_file.parent), app_file.stem, required=True)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(qt_dir, f"qtbase_{language}", required=False)

    def _load(self, directory: str, name: str, *, required: bool) -> None:
        translator = QTranslator()
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
        elif required:
            log.error("translation %s not found in %s", name, directory)
        else:  # Companion works, but Qt's own dialogs and menus speak English
            log.warning("Qt's translation %s not found in %s", name, directory)


class Speech(QObject):
    """The language setting ("auto", "zh_CN" or "en"), the language it comes to here, and each
    change: windows follow `language_changed` (see `ui.window_slot.speaks`)."""

    language_changed = Signal(str)  # "zh_CN" or "en"

    def __init__(self, setting: str, override: str | None = None) -> None:
        super().__init__()
        self.setting = setting
        self.language = resolve_language(override, setting, QLocale.system().name())
        self.translations = Translations()
        self.translations.apply(self.language)

    def choose(self, setting: str) -> None:
        self.setting = setting
        self.language = resolve_language(None, setting, QLocale.system().name())
        self.translations.apply(self.language)
        self.language_changed.emit(self.language)
