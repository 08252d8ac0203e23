"""Render every step of the reframing exercise and its end, in Simplified Chinese and English.

    .venv/bin/python scripts/reframing_screenshots.py [OUT_DIR]

(default OUT_DIR: docs/screenshots/reframing)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from companion.content.reframing import load_reframing
from companion.content.vocabulary import load_vocabulary
from companion.domain.clock import SystemClock
from companion.domain.reframing import suggest_distortions
from companion.domain.thoughts import EmotionRating
from companion.paths import AppPaths
from companion.storage.store import open_store
from companion.ui.i18n import Translations
from companion.ui.reframing_wizard import STEPS, ReframingWizard
from companion.ui.style import STYLE_SHEET
from companion.ui.thought_records import ThoughtRecordsWindow

TEXTS = {
    "zh_CN": {
        "situation": "客户说包裹五天没动，要求马上退款，在电话里骂了十分钟。",
        "thought": "都怪我没安抚好，客户总是冲我发火，这个月绩效肯定完了。",
        "against": "延误是快递那边的问题；今天还有两位客户跟我道谢。",
    },
    "en": {
        "situation": "The customer said the parcel hadn't moved in five days and shouted for ten "
        "minutes, demanding a refund.",
        "thought": "It's all my fault, customers always take it out on me, my review is ruined.",
        "against": "The courier caused the delay; two customers thanked me today.",
    },
}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/reframing")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations()
    clock = SystemClock()
    vocabulary = load_vocabulary()
    for language, texts in TEXTS.items():
        translations.apply(language)
        with tempfile.TemporaryDirectory() as home:
            store, _ = open_store(AppPaths(Path(home), Path(home)), clock)
            wizard = ReframingWizard(
                store.save_thought, clock, vocabulary, load_reframing, suggest_distortions
            )
            wizard.retranslate(language)
            wizard.start_new(emotions=("wronged", "anxious"))
            wizard.show()
            wizard.situation.setPlainText(texts["situation"])
            wizard.thought.setPlainText(texts["thought"])
            wizard.emotions.set_values((EmotionRating("wronged", 80), EmotionRating("anxious", 65)))
            for step in range(STEPS):
                wizard.go(step)
                if step == 4:
                    edits = next(iter(wizard.questions_page.evidence_edits.values()))
                    edits[1].setPlainText(texts["against"])
                if step == 5:
                    wizard.examples.setCurrentRow(0)
                    wizard.balanced.setPlainText(wizard.examples.item(0).text())
                    wizard.belief.setValue(70)
                if step == 6:
                    wizard.rerate.set_values(
                        (EmotionRating("wronged", 40), EmotionRating("anxious", 35))
                    )
                app.processEvents()
                path = out / f"step-{step + 1}-{language}.png"
                wizard.grab().save(str(path))
                print(path)
            wizard.finish()  # it ends on what changed
            app.processEvents()
            path = out / f"done-{language}.png"
            wizard.grab().save(str(path))
            print(path)
            records = ThoughtRecordsWindow(lambda s=store: s, clock, vocabulary, load_reframing)
            records.retranslate(language)
            records.show()
            app.processEvents()
            path = out / f"records-{language}.png"
            records.grab().save(str(path))
            print(path)
            records.hide()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
