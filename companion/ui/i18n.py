"""Installs the Qt translations for the chosen language (the app's and Qt's own)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.paths import resources_dir

log = logging.getLogger(__name__)


class Translations:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
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
