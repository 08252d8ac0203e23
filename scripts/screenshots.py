"""Render the README's screenshots: every window in Simplified Chinese and English.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     (default docs/screenshots)

Runs offscreen on a temporary store filled with a few realistic entries; nothing touches the
user's own data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from companion.content.vocabulary import load_vocabulary
from companion.domain.clock import SystemClock
from companion.domain.mood import make_mood_input
from companion.paths import AppPaths
from companion.settings import load_settings
from companion.storage.store import Store, open_store
from companion.ui.break_notice import BreakNotice
from companion.ui.break_window import BreakWindow
from companion.ui.history import HistoryWindow
from companion.ui.i18n import Translations
from companion.ui.quick_log import QuickLogDialog
from companion.ui.settings import DetectionStatus, SettingsDialog
from companion.ui.style import STYLE_SHEET
from companion.ui.tray import StandInWindow, TrayMenu

SAMPLES = [
    (60 * 27, 4, ["tense"], "refund", None),
    (
        60 * 5,
        8,
        ["wronged", "angry"],
        "complaint",
        {
            "zh_CN": "客户说物流太慢，骂了十分钟，其实是快递的问题",
            "en": "Shouted at for ten minutes about a courier delay",
        },
    ),
    (60 * 3, 6, ["anxious"], "logistics", None),
    (45, 2, ["calm", "relieved"], "order", {"zh_CN": "顺利解决", "en": "Sorted out quickly"}),
]


def fill(store: Store, language: str) -> None:
    clock = SystemClock()
    now = clock.now()
    for minutes, stress, emotions, category, note in SAMPLES:
        store.add_mood(
            make_mood_input(
                at=now - timedelta(minutes=minutes),
                now=now,
                stress=stress,
                emotions=emotions,
                category=category,
                note=note[language] if note else None,
            )
        )


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    vocabulary = load_vocabulary()
    translations = Translations()
    clock = SystemClock()
    for language in ("zh_CN", "en"):
        translations.apply(language)
        with tempfile.TemporaryDirectory() as home:
            store, _ = open_store(AppPaths(Path(home), Path(home)), clock)
            fill(store, language)
            quick = QuickLogDialog(lambda s=store: s, clock, vocabulary)
            quick.retranslate(language)
            quick.open_fresh()
            form = quick.form
            form.stress.set_value(7)
            form.emotions.set_selected(["wronged", "exhausted"])
            form.categories.set_selected(["complaint"])
            form.note.setPlainText(
                "客户坚持要退款，说我们“从来不管”"
                if language == "zh_CN"
                else "Customer insisted we “never” help"
            )
            save(quick, out / f"quick-log-{language}.png")
            history = HistoryWindow(lambda s=store: s, clock, vocabulary)
            history.retranslate(language)
            history.show()
            save(history, out / f"mood-log-{language}.png")
            history.edit_selected()
            save(history.editor, out / f"edit-entry-{language}.png")
            history.editor.hide()
            menu = TrayMenu("system")
            stand_in = StandInWindow(app.windowIcon(), menu)
            stand_in.show()
            save(stand_in, out / f"stand-in-{language}.png")
            notice = BreakNotice(lambda: 0.0)
            notice.retranslate(language)
            notice.show_notice("micro", 30, 5)
            save(notice, out / f"break-notice-{language}.png")
            notice.hide_notice()
            breathing = BreakWindow(clock=lambda: 1.3)  # the circle still growing: "breathe in"
            breathing.retranslate(language)
            breathing.show_break("micro", 40)
            save(breathing, out / f"micro-break-{language}.png")
            breathing.close_break()
            long_break = BreakWindow(clock=lambda: 5.0)
            long_break.retranslate(language)
            long_break.show_break("long", 300)
            save(long_break, out / f"long-break-{language}.png")
            long_break.close_break()
            settings = load_settings(Path(home) / "settings.toml")
            status = DetectionStatus(
                None,
                "X11 screen saver extension",
                None,
                "PulseAudio/PipeWire",
                idle_source="x11",
                screen_reason=None,
                screen_name="X11 full-screen window",
                screen_state="accepts",
            )
            dialog = SettingsDialog(settings, status)
            dialog.retranslate(language)
            dialog.load(settings, status)
            dialog.show()
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                save(dialog, out / f"settings-{index + 1}-{language}.png")
            dialog.hide()
            for window in (quick, history, stand_in, notice, breathing, long_break, dialog):
                window.hide()
                window.deleteLater()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
