"""Qt's own dialogs speak the app's language: the file dialog the app opens (Qt's own, not the
desktop's), message boxes, the context menu of a text field. Issue 26: in Chinese the file
dialog said "Look in:" and "Files of type:" in English, because Qt's Chinese file is older than
its dialogs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from companion.ui.i18n import Speech
from companion.ui.qt_words import QT_GAPS, marked_for_lupdate

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Shown as they are in a Chinese Qt too: key names, and "JSON" in the app's own filter.
KEPT_AS_THEY_ARE = re.compile(r"\b(Ctrl|Shift|Alt|Del|Ins|JSON|CSV|json|csv)\b")


def english_words(text: str) -> list[str]:
    """The Latin words left in a text meant to be Chinese (accelerators like (&N) aside)."""
    text = re.sub(r"\(&.\)|&", "", KEPT_AS_THEY_ARE.sub("", text))
    return LATIN_WORD.findall(text)


@pytest.fixture
def speech() -> Iterator[Speech]:
    speech = Speech("zh_CN")
    yield speech
    speech.translations.apply("en")  # the translators are the process's: leave it English


def app_file_dialog(parent: QWidget | None = None) -> QFileDialog:
    """A save dialog as the app opens it (Qt's own dialog, a JSON filter)."""
    dialog = QFileDialog(parent, "导出我的数据")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("JSON 文件 (*.json)")
    return dialog


def texts_of(dialog: QFileDialog) -> list[str]:
    """What a person reads in the dialog: labels, buttons, tool tips of its tool buttons."""
    found = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    found += [button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()]
    found += [tool.toolTip() for tool in dialog.findChildren(QToolButton) if tool.isVisible()]
    return [text for text in found if text]


def test_the_file_dialog_speaks_chinese_and_follows_a_switch_to_english(qtbot, speech):
    dialog = app_file_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = texts_of(dialog)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts, texts
    assert {text: english_words(text) for text in texts if english_words(text)} == {}

    speech.choose("en")  # the tray's language menu, while the dialog is open
    qtbot.waitUntil(lambda: "&Look in:" in texts_of(dialog))  # Qt posts the change
    assert {"&Look in:", "Files of &type:", "Cancel"} <= set(texts_of(dialog))

    speech.choose("zh_CN")
    qtbot.waitUntil(lambda: "查找范围(&L)：" in texts_of(dialog))


def test_a_text_fields_context_menu_speaks_chinese_then_english(qtbot, speech):
    for field in (QLineEdit(), QPlainTextEdit(), QSpinBox()):
        qtbot.addWidget(field)
        editor = field.lineEdit() if isinstance(field, QSpinBox) else field
        menu = editor.createStandardContextMenu()
        words = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
        assert "复制(&C)" in words and "粘贴(&P)" in words, words
        assert all(not english_words(word) for word in words), words
        menu.deleteLater()
    speech.choose("en")
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Copy" in words and "&Paste" in words


def test_message_box_buttons_speak_chinese(qtbot, speech):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "标题",
        "正文",
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close,
    )
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == sorted(
        ["确定", "取消", "是(&Y)", "否(&N)", "关闭"]
    )


class AskedFor(QTranslator):
    """Installed last (so asked first), answers nothing, and notes every string Qt's own
    widgets ask to have translated."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context.startswith("Q"):
            self.asked.add((context, source, disambiguation or None))
        return None  # not translated here: Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


QT_CONTEXTS = ("QFileDialog", "QAbstractFileIconProvider", "QFileSystemModel", "QMessageBox")


def test_every_word_qt_asks_for_in_these_dialogs_has_a_chinese_translation(qtbot, speech, tmp_path):
    (tmp_path / "companion-export.json").write_text("{}", encoding="utf-8")
    (tmp_path / "old exports").mkdir()
    recorder = AskedFor()
    QCoreApplication.installTranslator(recorder)
    try:
        dialog = app_file_dialog()
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(tmp_path))
        dialog.setViewMode(QFileDialog.ViewMode.Detail)  # the Type column: "Folder"
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.findChild(QComboBox, "lookInCombo").count() > 0)
        qtbot.wait(200)  # the folder is read in a thread: its rows come a moment later
        box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
        box.setDetailedText("z")
        qtbot.addWidget(box)
        box.show()
    finally:
        QCoreApplication.removeTranslator(recorder)
    asked = {item for item in recorder.asked if item[0] in QT_CONTEXTS}
    assert ("QFileDialog", "&Look in:", None) in asked  # the recorder did see the dialog
    untranslated = sorted(
        (context, source)
        for context, source, disambiguation in asked
        if LATIN_WORD.search(source)
        and QCoreApplication.translate(context, source, disambiguation) == source
    )
    assert untranslated == []


def test_the_words_filled_in_here_are_the_ones_marked_for_the_translation_file(speech):
    assert [QCoreApplication.translate(*gap) for gap in QT_GAPS] == marked_for_lupdate()
    for context, source, disambiguation in QT_GAPS:
        assert QCoreApplication.translate(context, source, disambiguation) != source


def test_file_dialog_filters_keep_the_parentheses_qt_reads(qtbot, speech, tmp_path):
    """Qt finds the patterns of a filter between ASCII parentheses: "JSON 文件（*.json）" with
    full-width ones showed no file at all in the Chinese dialog."""
    import xml.etree.ElementTree as ET

    from tests.unit.test_translations import TS

    filters = [
        message
        for message in ET.parse(TS).iter("message")
        if "(*" in (message.findtext("source") or "")
    ]
    assert len(filters) >= 4
    for message in filters:
        translation = message.findtext("translation") or ""
        for part in translation.split(";;"):
            assert re.fullmatch(r".*\S \([^()（）]+\)", part), translation

    (tmp_path / "companion-export-2026-11-20.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    dialog = QFileDialog(
        None,
        "",
        str(tmp_path),
        QCoreApplication.translate("SettingsDialog", "Companion exports (*.json);;All files (*)"),
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QAbstractItemView, "listView")
    assert view is not None

    def shown() -> list[str]:
        model, root = view.model(), view.rootIndex()
        return [model.index(row, 0, root).data() for row in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: shown() == ["companion-export-2026-11-20.json"])
