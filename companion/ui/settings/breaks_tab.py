"""The Breaks tab of the settings: how often micro-breaks and long breaks come, the notice and
the pause in typing a break waits for, postponing, and the look and sound of a break.

Every field is a number the settings file bounds; the spin boxes stop at those bounds, and
their labels line up in one column across the three groups, whatever the language. A long
break must not come more often than a micro-break (the cycle would never show a micro-break):
the tab says so under the long-break interval, and Save waits until it is fixed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.settings import CHIMES, Settings, break_intervals_problem
from companion.ui.screen_fit import scrolled
from companion.ui.settings.status import DetectionStatus
from companion.ui.settings.widgets import error_label, spin_box, tab_layout


class BreaksTab(QWidget):
    """Micro-breaks, long breaks, and the notice before a break with how far it may be put off."""

    edited = Signal()  # an interval changed: the dialog checks everything again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.interval_error: QLabel | None = None
        content = QWidget(self)  # the page, in a scroll area on a small screen
        self.breaks_hint = QLabel(content)
        self.breaks_hint.setWordWrap(True)
        self.micro_group = QGroupBox(content)
        self.long_group = QGroupBox(content)
        self.notice_group = QGroupBox(content)
        self.spin_labels: dict[str, QLabel] = {}
        groups = (
            (self.micro_group, ("breaks.micro_interval_minutes", "breaks.micro_seconds")),
            (self.long_group, ("breaks.long_interval_minutes", "breaks.long_minutes")),
            (
                self.notice_group,
                (
                    "breaks.notice_seconds",
                    "breaks.quiet_seconds",
                    "breaks.wait_minutes",
                    "breaks.postpone_minutes",
                    "breaks.max_postpones",
                ),
            ),
        )
        layout = tab_layout(content)
        layout.addWidget(self.breaks_hint)
        for group, keys in groups:
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            for key in keys:
                label = QLabel(group)
                spin = self.spins[key] = spin_box(group, key)
                label.setBuddy(spin)
                self.spin_labels[key] = label
                form.addRow(label, spin)
                if key == "breaks.long_interval_minutes":
                    self.interval_error = error_label(group)
                    form.addRow(self.interval_error)
            layout.addWidget(group)
        self.dim_screen = QCheckBox(content)  # breaks.dim_screen
        layout.addWidget(self.dim_screen)
        self.speak_breathing = QCheckBox(content)  # breaks.speak_breathing
        layout.addWidget(self.speak_breathing)
        self.chime_label = QLabel(content)
        self.chime = QComboBox(content)  # breaks.chime
        self.chime.setObjectName("chime")
        for _choice in CHIMES:
            self.chime.addItem("")
        self.chime_label.setBuddy(self.chime)
        chime_row = QHBoxLayout()
        chime_row.addWidget(self.chime_label)
        chime_row.addWidget(self.chime)
        chime_row.addStretch(1)
        layout.addLayout(chime_row)
        layout.addStretch(1)
        self.scroller = scrolled(content, self)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroller)
        self.spins["breaks.max_postpones"].valueChanged.connect(self._update_postpone_suffix)
        for key in ("breaks.micro_interval_minutes", "breaks.long_interval_minutes"):
            self.spins[key].valueChanged.connect(self.edited)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.breaks_hint.setText(
            translate(
                "SettingsDialog",
                "Breaks are only offered within your shift, and never during a call.",
            )
        )
        self.micro_group.setTitle(translate("SettingsDialog", "Micro-breaks (guided breathing)"))
        self.long_group.setTitle(translate("SettingsDialog", "Long breaks (away from the screen)"))
        self.notice_group.setTitle(translate("SettingsDialog", "Notice and postponing"))
        self.dim_screen.setText(translate("SettingsDialog", "Dim the screens d&uring a break"))
        self.speak_breathing.setText(
            translate("SettingsDialog", "A screen reader says each breath of a brea&k")
        )
        self.speak_breathing.setToolTip(
            translate(
                "SettingsDialog",
                'With a screen reader, hear "Breathe in" and "Breathe out" with the circle. '
                "The break's start and its time left are said either way.",
            )
        )
        self.chime_label.setText(translate("SettingsDialog", "S&ound"))
        chimes = {
            "off": translate("SettingsDialog", "None"),
            "breaks": translate("SettingsDialog", "A soft chime as a break starts and ends"),
            "breathing": translate(
                "SettingsDialog", "A soft chime as a break starts and ends, and at each breath"
            ),
        }
        for index, choice in enumerate(CHIMES):
            self.chime.setItemText(index, chimes[choice])
        self.chime.setAccessibleName(translate("SettingsDialog", "Sound during breaks"))
        minutes, seconds = translate("SettingsDialog", " min"), translate("SettingsDialog", " s")
        texts = {
            "breaks.micro_interval_minutes": (
                translate("SettingsDialog", "A micro-break &every"),
                minutes,
            ),
            "breaks.micro_seconds": (translate("SettingsDialog", "&Lasting"), seconds),
            "breaks.long_interval_minutes": (
                translate("SettingsDialog", "A long break eve&ry"),
                minutes,
            ),
            "breaks.long_minutes": (translate("SettingsDialog", "Lastin&g"), minutes),
            "breaks.notice_seconds": (
                translate("SettingsDialog", "&Notice shown before a break"),
                seconds,
            ),
            "breaks.quiet_seconds": (
                translate("SettingsDialog", "It starts once the h&ands rest for"),
                seconds,
            ),
            "breaks.wait_minutes": (
                translate("SettingsDialog", "&Waiting for that pause up to"),
                minutes,
            ),
            "breaks.postpone_minutes": (
                translate("SettingsDialog", "“&Postpone” moves a break by"),
                minutes,
            ),
            "breaks.max_postpones": (translate("SettingsDialog", "Postpone at &most"), ""),
        }
        names = {
            "breaks.micro_interval_minutes": translate(
                "SettingsDialog", "Minutes between micro-breaks"
            ),
            "breaks.micro_seconds": translate(
                "SettingsDialog", "Length of a micro-break in seconds"
            ),
            "breaks.long_interval_minutes": translate(
                "SettingsDialog", "Minutes between long breaks"
            ),
            "breaks.long_minutes": translate("SettingsDialog", "Length of a long break in minutes"),
            "breaks.notice_seconds": translate(
                "SettingsDialog", "Seconds the notice comes before a break"
            ),
            "breaks.quiet_seconds": translate(
                "SettingsDialog",
                "Seconds without typing or using the mouse before a break starts",
            ),
            "breaks.wait_minutes": translate(
                "SettingsDialog",
                "Minutes a break waits for that pause before the notice just stays",
            ),
            "breaks.postpone_minutes": translate(
                "SettingsDialog", "Minutes a postpone moves a break by"
            ),
            "breaks.max_postpones": translate("SettingsDialog", "Most postpones in a row"),
        }
        for key, (text, suffix) in texts.items():
            self.spin_labels[key].setText(text)
            self.spins[key].setSuffix(suffix)
            self.spins[key].setAccessibleName(names[key])
        self._update_postpone_suffix()
        # One column for every spin box across the three groups, whatever the language.
        for label in self.spin_labels.values():
            label.setMinimumWidth(0)  # a label's size hint includes its minimum width
        width = max(label.sizeHint().width() for label in self.spin_labels.values())
        for label in self.spin_labels.values():
            label.setMinimumWidth(width)

    def load(self, settings: Settings, status: DetectionStatus) -> None:
        for key, spin in self.spins.items():
            spin.setValue(settings.get(key))
        self.dim_screen.setChecked(bool(settings.get("breaks.dim_screen")))
        self.speak_breathing.setChecked(bool(settings.get("breaks.speak_breathing")))
        self.chime.setCurrentIndex(CHIMES.index(settings.get("breaks.chime")))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        values["breaks.dim_screen"] = self.dim_screen.isChecked()
        values["breaks.speak_breathing"] = self.speak_breathing.isChecked()
        values["breaks.chime"] = CHIMES[max(0, self.chime.currentIndex())]
        return values

    def validate(self) -> bool:
        """A long break at most as often as a micro-break; says so under its interval."""
        assert self.interval_error is not None
        micro = self.spins["breaks.micro_interval_minutes"].value()
        long = self.spins["breaks.long_interval_minutes"].value()
        valid = break_intervals_problem(micro, long) is None
        self.interval_error.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "A long break can't come more often than a micro-break: make this at least "
                "%1 min, or make micro-breaks less frequent.",
            ).replace("%1", str(micro))
        )
        self.interval_error.setVisible(not valid)
        return valid

    def _update_postpone_suffix(self) -> None:
        spin = self.spins["breaks.max_postpones"]
        one = spin.value() == 1
        spin.setSuffix(
            QCoreApplication.translate("SettingsDialog", " time in a row")
            if one
            else QCoreApplication.translate("SettingsDialog", " times in a row")
        )
