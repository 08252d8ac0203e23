"""The "Your team" tab of the settings: share daily summaries with the team, or not.

It says exactly what is sent and where to, the last send and the days still waiting, and shows
the last days sent as they were sent, and what the lead sees of them: only weeks of enough
people, published once closed and frozen after. The box only asks (`sharing_toggled`); the app turns
sharing on or off at once, without Save, and shows the tab again (`show_sharing`). Where to
send is the administrator's: without `team.url` and `team.name` the box cannot be ticked.
Withdrawing what was sent needs the server, so it is a command, named here. On a small screen
(1024×600) the page scrolls rather than clip its long sentences or the rows sent.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.shown_text import harmless
from companion.domain.team import CLOSE_AFTER_DAYS
from companion.ui.screen_fit import scrolled
from companion.ui.settings.widgets import plain, tab_layout

if TYPE_CHECKING:
    from companion.team.sharing_service import SharingView

SHOWN_PENDING_DAYS = 5  # more waiting days are counted, not listed
# The team server's smallest group unless the administrator set another: the tray never imports
# companion.team (it would load SQLAlchemy), so this is companion.team.schema.DEFAULT_MIN_GROUP
# written again (a test checks they agree).
DEFAULT_MIN_GROUP = 10


class _SentRows(QPlainTextEdit):
    """A read-only view that asks for little room: the tab gives it what is left."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().sizeHint().width(), 100)


class SharingTab(QWidget):
    """Sharing daily summaries with the team: the box, what is sent, and what was sent."""

    sharing_toggled = Signal(bool)  # the agent ticked (True) or unticked (False) the box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingPage")
        self._view: SharingView | None = None
        self._language = "en"
        content = QWidget(self)  # the page, in a scroll area (see the end of __init__)
        self._build_share(content)
        self._build_sent(content)
        layout = tab_layout(content)
        layout.addWidget(self.share_group)
        layout.addWidget(self.sent_group, 1)
        self.scroller = scrolled(content, self)
        # No stop of its own in the Tab order (it has no focus frame): tabbing to the box or
        # the rows scrolls them into view, and the wheel scrolls the page.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroller)

    def _build_share(self, content: QWidget) -> None:
        """The box that shares, and what sharing sends, counts and how to stop."""
        self.share_group = QGroupBox(content)
        self.share = QCheckBox(self.share_group)
        self.share.setEnabled(False)
        self.share.clicked.connect(self.sharing_toggled)  # by the agent only, not by load
        self.where = QLabel(self.share_group)
        self.where.setWordWrap(True)
        self.what = QLabel(self.share_group)
        self.what.setWordWrap(True)
        self.counted = QLabel(self.share_group)
        self.counted.setWordWrap(True)
        self.stop = QLabel(self.share_group)
        self.stop.setObjectName("hint")
        self.stop.setWordWrap(True)
        share = QVBoxLayout(self.share_group)
        share.setSpacing(6)
        share.addWidget(self.share)
        share.addWidget(self.where)
        share.addWidget(self.what)
        share.addWidget(self.counted)
        share.addWidget(self.stop)

    def _build_sent(self, content: QWidget) -> None:
        """What was sent: the pseudonym, the last sync and its result, what waits, the rows sent."""
        self.sent_group = QGroupBox(content)
        self.pseudonym = QLabel(self.sent_group)
        self.pseudonym.setWordWrap(True)
        self.pseudonym.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_sync = QLabel(self.sent_group)
        self.last_sync.setWordWrap(True)
        self.last_result = QLabel(self.sent_group)
        self.last_result.setObjectName("hint")
        self.last_result.setTextFormat(Qt.TextFormat.PlainText)  # the server's words
        self.last_result.setWordWrap(True)
        self.last_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pending = QLabel(self.sent_group)
        self.pending.setWordWrap(True)
        self.rows_label = QLabel(self.sent_group)
        self.rows = _SentRows(self.sent_group)
        self.rows.setObjectName("sentRows")
        self.rows.setReadOnly(True)
        self.rows.setTabChangesFocus(True)
        self.rows.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.rows.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.rows.setMinimumHeight(90)
        self.rows_label.setBuddy(self.rows)
        sent = QVBoxLayout(self.sent_group)
        sent.setSpacing(6)
        sent.addWidget(self.pseudonym)
        sent.addWidget(self.last_sync)
        sent.addWidget(self.last_result)
        sent.addWidget(self.pending)
        sent.addSpacing(4)
        sent.addWidget(self.rows_label)
        sent.addWidget(self.rows, 1)

    def retranslate(self, language: str) -> None:
        translate = QCoreApplication.translate
        self._language = language
        self.share_group.setTitle(translate("SettingsDialog", "Sharing with your team"))
        self.share.setText(translate("SettingsDialog", "Share daily summaries &with my team"))
        self.share.setAccessibleName(plain(self.share.text()))
        self.what.setText(
            translate(
                "SettingsDialog",
                "What is sent, once a day after your shift: a pseudonym made at random on this "
                "computer (not your name), the team name, the date, and that day's counts: mood "
                "entries, mean stress, entries and mean stress per call type, "
                "entries per emotion, breaks offered, taken and skipped, exercises done, and "
                "whether a check-in that day was low. Never your notes, thought records, "
                "exercise texts, check-in answers, times of day or anything that names you.",
            )
        )
        self.counted.setText(
            translate(
                "SettingsDialog",
                "Your days count in a week's figures only if enough people shared that week: "
                "%1 or more, unless your administrator set another number. A week is published "
                "to your lead once it closes, %2 days after its Sunday, and never changes after "
                "that.",
            )
            .replace("%1", str(DEFAULT_MIN_GROUP))
            .replace("%2", str(CLOSE_AFTER_DAYS))
        )
        self.stop.setText(
            translate(
                "SettingsDialog",
                "Ticking or unticking the box takes effect at once, without Save. Unticking "
                "stops sending; what was sent stays on the server until you run the command "
                "“companion team withdraw”, which deletes your days there. Weeks already "
                "published stay as they were: they are figures about a group, not about you.",
            )
        )
        self.sent_group.setTitle(translate("SettingsDialog", "What was sent"))
        self.rows_label.setText(
            translate("SettingsDialog", "&Last days sent, exactly as they were sent")
        )
        self.rows.setAccessibleName(plain(self.rows_label.text()))
        self.rows.setPlaceholderText(translate("SettingsDialog", "Nothing has been sent yet."))
        self._show()

    def show_sharing(self, view: SharingView | None) -> None:
        """Show sharing as it is now (None: the data is not open, so nothing can change)."""
        self._view = view
        self._show()

    def _show(self) -> None:
        translate = QCoreApplication.translate
        view = self._view
        configured = view is not None and view.configured
        self.share.setEnabled(configured)
        self.share.setChecked(view is not None and view.sharing)
        if view is not None and configured:
            self.where.setText(
                translate("SettingsDialog", "Sent to the team “%1” on the server %2.")
                .replace("%1", view.team)
                .replace("%2", view.host)
            )
        else:
            self.where.setText(
                translate(
                    "SettingsDialog",
                    "Your administrator sets where to share (team.url and team.name in "
                    "settings.toml). Until both are set, sharing cannot be turned on.",
                )
            )
        if view is not None and view.pseudonym:
            self.pseudonym.setText(
                translate("SettingsDialog", "Your pseudonym: %1").replace("%1", view.pseudonym)
            )
        self.pseudonym.setVisible(view is not None and bool(view.pseudonym))
        self._show_sync(view)
        self._show_pending(view)
        sent = [] if view is None else [row.payload for row in reversed(view.sent)]
        text = json.dumps(sent, ensure_ascii=False, indent=2) if sent else ""
        if self.rows.toPlainText() != text:
            self.rows.setPlainText(text)

    def _show_sync(self, view: SharingView | None) -> None:
        translate = QCoreApplication.translate
        if view is None or view.last_sync_at is None:
            self.last_sync.setText(translate("SettingsDialog", "Last send: none yet."))
            self.last_result.hide()
            return
        when = view.last_sync_at.strftime("%Y-%m-%d %H:%M")
        if view.last_ok:
            text = translate("SettingsDialog", "Last send: %1, it went through.")
        else:
            text = translate(
                "SettingsDialog",
                "Last send: %1, it did not go through; the days are kept and tried again.",
            )
        self.last_sync.setText(text.replace("%1", when))
        # The sync's own line (in English, as in the log), for whoever looks into a failure.
        self.last_result.setText(harmless(view.last_result or "", lines=True))
        self.last_result.setVisible(bool(view.last_result))

    def _show_pending(self, view: SharingView | None) -> None:
        translate = QCoreApplication.translate
        if view is None or not view.sharing:
            self.pending.hide()
            return
        self.pending.show()
        days = view.pending
        if not days:
            self.pending.setText(translate("SettingsDialog", "No days are waiting to be sent."))
            return
        joiner = "、" if self._language == "zh_CN" else ", "
        listed = joiner.join(day.isoformat() for day in days[:SHOWN_PENDING_DAYS])
        if len(days) > SHOWN_PENDING_DAYS:
            listed += joiner + "…"
        count = len(days)  # a name, not a call: lupdate reads no call as the count
        text = translate("SettingsDialog", "Days waiting to be sent (%n): %1.", "", count)
        self.pending.setText(text.replace("%1", listed))
