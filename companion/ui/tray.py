"""The tray icon and its menu, and the small window that stands in where no tray exists."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from companion.domain.language import SETTING_CHOICES

LANGUAGE_CHOICES = SETTING_CHOICES
REST_OF_SHIFT = -1
STATES = ("working", "soon", "paused", "call")


class TrayMenu(QObject):
    """The actions the app offers; shared by the tray icon and the stand-in window."""

    log_requested = Signal()
    history_requested = Signal()
    dashboard_requested = Signal()
    summary_requested = Signal()
    plan_requested = Signal()
    team_requested = Signal()  # the Team window (a process of its own)
    reframe_requested = Signal()
    records_requested = Signal()
    exercises_requested = Signal()
    checkin_requested = Signal()
    help_requested = Signal()
    break_requested = Signal()
    pause_requested = Signal(int)  # minutes; REST_OF_SHIFT for the rest of the shift
    resume_requested = Signal()
    call_toggled = Signal(bool)
    settings_requested = Signal()
    language_chosen = Signal(str)
    quit_requested = Signal()
    keys_changed = Signal()  # the windows' global keys (`keys`), or the Team entry, changed

    def __init__(self, language_setting: str) -> None:
        super().__init__()
        # Each window's global keys by settings key ("" for none), as the settings hold them:
        # the stand-in window shows them beside its buttons (companion.features.routes).
        self.keys: dict[str, str] = {}
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.log_action = QAction(self.menu)
        self.history_action = QAction(self.menu)
        self.dashboard_action = QAction(self.menu)
        self.dashboard_action.triggered.connect(self.dashboard_requested)
        self.summary_action = QAction(self.menu)
        self.summary_action.triggered.connect(self.summary_requested)
        self.plan_action = QAction(self.menu)
        self.plan_action.triggered.connect(self.plan_requested)
        self.team_action = QAction(self.menu)
        self.team_action.triggered.connect(self.team_requested)
        self.team_action.setVisible(False)  # until a team server is set: show_team
        self.reframe_action = QAction(self.menu)
        self.records_action = QAction(self.menu)
        self.exercises_action = QAction(self.menu)
        self.exercises_action.triggered.connect(self.exercises_requested)
        self.reframe_action.triggered.connect(self.reframe_requested)
        self.records_action.triggered.connect(self.records_requested)
        self.checkin_action = QAction(self.menu)
        self.checkin_action.triggered.connect(self.checkin_requested)
        self.help_action = QAction(self.menu)
        self.help_action.triggered.connect(self.help_requested)
        self.break_action = QAction(self.menu)
        self._build_pause_menu()
        self.call_action = QAction(self.menu)
        self.call_action.setCheckable(True)
        self.call_action.triggered.connect(self.call_toggled)
        self.settings_action = QAction(self.menu)
        self.settings_action.triggered.connect(self.settings_requested)
        self.break_action.triggered.connect(self.break_requested)
        self.language_menu = QMenu(self.menu)
        self.quit_action = QAction(self.menu)
        self.language_group = QActionGroup(self.menu)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_CHOICES:
            action = QAction(self.language_menu)
            action.setCheckable(True)
            action.setChecked(code == language_setting)
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._fill_menu()
        self.log_action.triggered.connect(self.log_requested)
        self.history_action.triggered.connect(self.history_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self._mark_keyed_actions()
        self.retranslate()

    def _mark_keyed_actions(self) -> None:
        """The entries whose windows have global keys: the menu shows the keys on their right."""
        self.keyed_actions = {
            "shortcuts.quick_log": self.log_action,
            "shortcuts.mood_log": self.history_action,
            "shortcuts.trends": self.dashboard_action,
            "shortcuts.settings": self.settings_action,
        }
        from PySide6.QtCore import Qt  # not at import: making the Qt namespace costs ~11 ms

        for action in self.keyed_actions.values():
            # Shown, not bound: the keys work through the global shortcut (companion.features.
            # routes); bound only to the open menu itself, never a second, rival application
            # shortcut in a window (Qt would call both ambiguous and run neither).
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_pause_menu(self) -> None:
        """Pause breaks: for 30 or 60 minutes or the rest of the shift, and Resume; off shift a
        first line says why they are greyed."""
        self.pause_menu = QMenu(self.menu)
        self.pause_menu.setToolTipsVisible(True)
        # Off shift the pause items are greyed: this first line says why, and when breaks return.
        self.off_shift_note = QAction(self.pause_menu)
        self.off_shift_note.setEnabled(False)
        self.off_shift_note.setVisible(False)
        self.pause_menu.addAction(self.off_shift_note)
        self._next_shift: datetime | None = None
        self._on_shift = True
        self.pause_actions: dict[int, QAction] = {}
        for minutes in (30, 60, REST_OF_SHIFT):
            action = QAction(self.pause_menu)
            action.triggered.connect(lambda _c=False, m=minutes: self.pause_requested.emit(m))
            self.pause_menu.addAction(action)
            self.pause_actions[minutes] = action
        self.pause_menu.addSeparator()
        self.resume_action = QAction(self.pause_menu)
        self.resume_action.triggered.connect(self.resume_requested)
        self.pause_menu.addAction(self.resume_action)

    def _fill_menu(self) -> None:
        """The menu in its order: the mood and its views, then reframing and help, breaks, settings
        and language, Quit."""
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.history_action)
        self.menu.addAction(self.dashboard_action)
        self.menu.addAction(self.summary_action)
        self.menu.addAction(self.plan_action)
        self.menu.addAction(self.team_action)
        self.menu.addSeparator()
        self.menu.addAction(self.reframe_action)
        self.menu.addAction(self.exercises_action)
        self.menu.addAction(self.records_action)
        self.menu.addAction(self.help_action)
        self.menu.addAction(self.checkin_action)
        self.menu.addSeparator()
        self.menu.addAction(self.break_action)
        self.menu.addMenu(self.pause_menu)
        self.menu.addAction(self.call_action)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.menu.addMenu(self.language_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.setDefaultAction(self.log_action)

    def retranslate(self) -> None:
        self.log_action.setText(self.tr("&Log mood…"))
        self.history_action.setText(self.tr("Mood l&og…"))
        self.dashboard_action.setText(self.tr("&Trends…"))
        self.summary_action.setText(self.tr("Today's s&ummary…"))
        self.plan_action.setText(self.tr("&My plan…"))
        self.team_action.setText(self.tr("Te&am figures…"))
        self.reframe_action.setText(self.tr("Re&frame a thought…"))
        self.records_action.setText(self.tr("Thought &records…"))
        self.exercises_action.setText(self.tr("&Exercises (breathing and more)…"))
        self.checkin_action.setText(self.tr("&Weekly check-in…"))
        self.help_action.setText(self.tr("W&here to turn…"))
        self.break_action.setText(self.tr("Start a &break now"))
        self.pause_menu.setTitle(self.tr("&Pause breaks"))
        self.pause_actions[30].setText(self.tr("For 30 minutes"))
        self.pause_actions[60].setText(self.tr("For 1 hour"))
        self.pause_actions[REST_OF_SHIFT].setText(self.tr("For the rest of the shift"))
        self.resume_action.setText(self.tr("&Resume breaks"))
        self.call_action.setText(self.tr("I'm on a &call"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.language_menu.setTitle(self.tr("Language / 语言"))
        # Each language is named in itself, so anyone can find their own.
        self.language_actions["system"].setText(self.tr("Follow the system"))
        self.language_actions["zh_CN"].setText("简体中文")
        self.language_actions["en"].setText("English")
        self.quit_action.setText(self.tr("&Quit Companion"))
        self._show_off_shift_note()

    def show_keys(self, keys: dict[str, str]) -> None:
        """Each window's global keys (by settings key, "" for none), as the settings now hold
        them: beside their menu entries and the stand-in window's buttons."""
        if keys != self.keys:
            self.keys = dict(keys)
            for key, action in self.keyed_actions.items():
                sequence = keys.get(key, "")
                action.setShortcut(
                    QKeySequence(sequence, QKeySequence.SequenceFormat.PortableText)
                    if sequence
                    else QKeySequence()
                )
            self.keys_changed.emit()

    def show_team(self, shown: bool) -> None:
        """The Team window's entry, there when a team server is set (`team.url`)."""
        self.team_action.setVisible(shown)
        self.keys_changed.emit()  # the stand-in window's Team button follows

    def mark_language(self, setting: str) -> None:
        self.language_actions[setting].setChecked(True)

    def show_breaks(
        self, *, on_shift: bool, paused: bool, on_call: bool, next_shift: datetime | None = None
    ) -> None:
        """Enable what makes sense now: pausing while on shift, resuming while paused. Off
        shift, the pause menu says why it is greyed and when breaks start again (`next_shift`,
        in local time)."""
        self.call_action.setChecked(on_call)
        self.break_action.setEnabled(not on_call)
        for action in self.pause_actions.values():
            action.setEnabled(on_shift and not paused)
        self.resume_action.setEnabled(paused)
        self._on_shift, self._next_shift = on_shift, next_shift
        self._show_off_shift_note()

    def _show_off_shift_note(self) -> None:
        if self._on_shift:
            note = ""
        elif self._next_shift is None:
            note = self.tr("Off shift: no breaks until a shift starts")
        else:
            from companion.ui.settings.widgets import weekday_names  # once off shift, not at start

            short_days, _full = weekday_names()
            note = (
                self.tr("Off shift: breaks start again %1 %2")
                .replace("%1", short_days[self._next_shift.weekday()])
                .replace("%2", f"{self._next_shift:%H:%M}")
            )
        self.off_shift_note.setText(note)
        self.off_shift_note.setVisible(bool(note))
        for action in self.pause_actions.values():
            action.setToolTip(note or action.text())
        self.pause_menu.setToolTip(note)


class TrayIcon(QSystemTrayIcon):
    """Left click logs a mood; right click opens the menu."""

    message_opened = Signal()

    def __init__(self, icons: dict[str, QIcon], menu: TrayMenu) -> None:
        super().__init__(icons["working"])
        self._icons = icons
        self.state = "working"
        self._menu = menu
        self.setContextMenu(menu.menu)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self.message_opened)
        self.retranslate()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.log_requested.emit()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Companion: click to log your mood"))

    def show_state(self, state: str, tooltip: str) -> None:
        if state != self.state:
            self.state = state
            self.setIcon(self._icons[state])
        self.setToolTip(tooltip)


# The package (the same name on Fedora, RHEL, Debian and Ubuntu) and the command that turns the
# extension on: not translated, they are typed as they are.
APPINDICATOR_COMMANDS = (
    "gnome-shell-extension-appindicator\n"
    "gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com"
)


def open_label() -> str:
    """The word on a desktop notification's click: what it opens."""
    return QCoreApplication.translate("TrayIcon", "Open")


class StandInWindow(QWidget):
    """Where the desktop has no system tray: the same actions in a small window, and why.

    It is the keyboard's way to every window (many screen-reader users have no tray): a button
    for each, in reading order, each with its access key, and beside the mood log, trends and
    settings (and the quick log) the global keys that open them from any program."""

    def __init__(self, icon: QIcon, menu: TrayMenu, gnome: bool = False) -> None:
        super().__init__()
        from PySide6.QtCore import Qt  # not at import: making the Qt namespace costs ~11 ms

        self._gnome = gnome  # GNOME: the AppIndicator extension is named, and how to turn it on
        self.setObjectName("standIn")
        self.setWindowIcon(icon)
        self._menu = menu
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.gnome_help = QLabel(self)  # on GNOME: the extension that makes a tray, and how
        self.gnome_help.setWordWrap(True)
        self.gnome_commands = QLabel(APPINDICATOR_COMMANDS, self)  # to copy
        self.gnome_commands.setObjectName("hint")
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        keyed = self._build_keyed()
        others = self._build_others()
        self.more_button = QPushButton(self)
        self.more_button.setMenu(menu.menu)  # everything the tray menu offers
        self.quit_button = QPushButton(self)
        self.log_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        layout.addWidget(self.gnome_help)
        layout.addWidget(self.gnome_commands)
        layout.addWidget(self.status)
        layout.addWidget(self.keyed_intro)
        layout.addLayout(keyed)
        layout.addLayout(others)
        layout.addLayout(buttons)
        self.quit_button.clicked.connect(menu.quit_requested)
        menu.keys_changed.connect(self._show_keys)
        self.gnome_commands.setTextFormat(Qt.TextFormat.PlainText)
        self.gnome_commands.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setMinimumWidth(520)
        self.retranslate()

    def _build_keyed(self) -> QGridLayout:
        """The windows with global keys (quick log, mood log, trends, settings): a button and its
        keys, a row each."""
        self.keyed_intro = QLabel(self)
        self.keyed_intro.setWordWrap(True)
        self.log_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.dashboard_button = QPushButton(self)
        self.settings_button = QPushButton(self)
        self.key_labels: dict[str, QLabel] = {}
        keyed = QGridLayout()
        keyed.setHorizontalSpacing(12)
        keyed.setColumnStretch(1, 1)
        self.keyed_buttons = {
            "shortcuts.quick_log": (self.log_button, self._menu.log_requested),
            "shortcuts.mood_log": (self.history_button, self._menu.history_requested),
            "shortcuts.trends": (self.dashboard_button, self._menu.dashboard_requested),
            "shortcuts.settings": (self.settings_button, self._menu.settings_requested),
        }
        for row, (key, (button, signal)) in enumerate(self.keyed_buttons.items()):
            label = self.key_labels[key] = QLabel(self)
            label.setObjectName("hint")
            label.setWordWrap(True)
            keyed.addWidget(button, row, 0)
            keyed.addWidget(label, row, 1)
            button.clicked.connect(signal)
        return keyed

    def _build_others(self) -> QGridLayout:
        """The other windows: a button each, three to a row."""
        self.summary_button = QPushButton(self)
        self.plan_button = QPushButton(self)
        self.team_button = QPushButton(self)
        self.reframe_button = QPushButton(self)
        self.exercises_button = QPushButton(self)
        self.records_button = QPushButton(self)
        self.help_button = QPushButton(self)
        self.checkin_button = QPushButton(self)
        self.other_buttons = {
            self.summary_button: (self._menu.summary_action, self._menu.summary_requested),
            self.plan_button: (self._menu.plan_action, self._menu.plan_requested),
            self.team_button: (self._menu.team_action, self._menu.team_requested),
            self.reframe_button: (self._menu.reframe_action, self._menu.reframe_requested),
            self.exercises_button: (self._menu.exercises_action, self._menu.exercises_requested),
            self.records_button: (self._menu.records_action, self._menu.records_requested),
            self.help_button: (self._menu.help_action, self._menu.help_requested),
            self.checkin_button: (self._menu.checkin_action, self._menu.checkin_requested),
        }
        others = QGridLayout()
        for column in range(3):
            others.setColumnStretch(column, 1)  # three columns of one width
        for index, (button, (_action, signal)) in enumerate(self.other_buttons.items()):
            others.addWidget(button, index // 3, index % 3)
            button.clicked.connect(signal)
        return others

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Companion"))
        self.title.setText(self.tr("Companion is running"))
        self.why.setText(
            self.tr(
                "This desktop has no system tray, so Companion shows this small window instead. "
                "Closing it keeps Companion running; start Companion again to bring it back."
            )
        )
        self.gnome_help.setVisible(self._gnome)
        self.gnome_commands.setVisible(self._gnome)
        self.gnome_help.setText(
            self.tr(
                "GNOME shows no tray icons without the AppIndicator extension: install the "
                "package below, log out and in again, then turn it on in the Extensions app "
                "(“AppIndicator and KStatusNotifierItem Support”) or with the command below. "
                "Companion then moves to the top bar."
            )
        )
        self.keyed_intro.setText(
            self.tr(
                "Every window is a button here. These four also open from any program with "
                "the keys beside them (change them in Settings → Quick keys):"
            )
        )
        self.log_button.setText(self.tr("&Log mood…"))
        self.history_button.setText(self.tr("Mood l&og…"))
        self.dashboard_button.setText(self._menu.dashboard_action.text())
        self.settings_button.setText(self._menu.settings_action.text())
        for button, (action, _signal) in self.other_buttons.items():
            button.setText(action.text())
        self.more_button.setText(self.tr("Brea&ks and more"))
        self.more_button.setAccessibleDescription(
            self.tr("Breaks, pauses, calls, the language and everything the tray menu offers")
        )
        self.quit_button.setText(self.tr("&Quit"))
        self._show_keys()

    def _show_keys(self) -> None:
        """Beside each keyed button its global keys (or how to give it some), also read out
        as the button's description; the Team button only where a team is set."""
        self.team_button.setVisible(self._menu.team_action.isVisible())
        for key, (button, _signal) in self.keyed_buttons.items():
            sequence = self._menu.keys.get(key, "")
            if sequence:
                text = self.tr("%1 from any program").replace("%1", sequence)
            else:
                text = self.tr("No keys set (Settings → Quick keys)")
            self.key_labels[key].setText(text)
            button.setAccessibleDescription(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()
        event.ignore()


TRAY_CHECK_INTERVAL_MS = 5000
TRAY_CHECKS = 24  # two minutes; after that the stand-in window stays and nothing polls


class TrayWatch(QObject):
    """At login the tray host often starts after Companion: look again every five seconds for
    two minutes, and say when a tray appears. Then (or after two minutes) nothing polls."""

    appeared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left = TRAY_CHECKS
        self.timer = QTimer(self)
        self.timer.setInterval(TRAY_CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    @property
    def watching(self) -> bool:
        return self.timer.isActive()

    def check(self) -> None:
        """One look (what the timer does every five seconds)."""
        self._left -= 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.timer.stop()
            self.appeared.emit()
        elif self._left <= 0:
            self.timer.stop()
