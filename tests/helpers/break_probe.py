"""The break as the app shows it, in a real session (X11, or Wayland through Qt's wayland plugin),
reported as JSON for the multi-screen tests and the Wayland screenshots.

    python -m tests.helpers.break_probe --kind micro --dim on --language zh_CN \
        [--work-screen NAME] [--notice] [--grab DIR] [--hold FILE] [--click-away]

It applies the app's style and language, shows a stand-in for the agent's CRM (a window with
some text; on X11 on the screen `--work-screen` names, made active), with `--notice` shows and
hides the break notice first (as the app does: the notice hides as the break starts), then shows
a real `BreakWindow` with `dim_screen` as asked and prints one line `BREAK {...}`: the platform,
the screens, the screen the break is on, its geometry, whether it is full screen and has the
keyboard, the panel's place and the dim covers. With `--hold FILE` it keeps the break on
screen until FILE exists (a test takes `swaymsg -t get_tree` and `grim` meanwhile); with
`--grab DIR` it saves each of its windows as Qt draws it, composed per screen over a stand-in
desktop (mutter gives other clients no screenshot); `--click-away` activates the CRM window
once the break has the keyboard and reports whether the panel then says how to come back.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _settle_until(app: QApplication, done: Callable[[], bool], seconds: float) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        _settle(app, 0.1)


def _settled(window: QWidget) -> bool:
    """The break full screen with the keyboard, and its covers full screen."""
    covers = getattr(getattr(window, "dimmer", None), "overlays", [])
    return (
        window.isFullScreen()
        and window.isActiveWindow()
        and all(cover.isFullScreen() for cover in covers)
    )


def _focus_window() -> str | None:
    """The title of the app's window that has the keyboard, if one has."""
    focused = QGuiApplication.focusWindow()
    return None if focused is None else focused.title() or focused.objectName() or "?"


def _x_geometry(widget: QWidget) -> list[int] | None:
    """Where the X server has `widget` (xdotool): Qt on X11 may report (0, 0) for a frameless
    window openbox reparented, although the window is where it was put (checked with xdotool)."""
    if QGuiApplication.platformName() != "xcb":
        return None
    import subprocess

    result = subprocess.run(
        ["xdotool", "getwindowgeometry", "--shell", str(int(widget.winId()))],
        capture_output=True, text=True, timeout=10, check=False,
    )  # fmt: skip
    values = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    return [int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT")] if values else None


def _screen_of(rect: list[int] | None) -> str | None:
    if rect is None:
        return None
    centre = QPoint(rect[0] + rect[2] // 2, rect[1] + rect[3] // 2)
    screen = QGuiApplication.screenAt(centre)
    return screen.name() if screen is not None else None


def _crm(screen_name: str | None) -> QWidget:
    """A stand-in for the agent's CRM: a window with a few lines of a customer's case."""
    crm = QWidget()
    crm.setWindowTitle("CRM - case 48213")
    column = QVBoxLayout(crm)
    for line in (
        "Case 48213 - billing question",
        "Customer: Li Wei, account 2291-004",
        "Notes: asked about the second charge on the November bill.",
    ):
        column.addWidget(QLabel(line, crm))
    crm.resize(640, 360)
    screens = {screen.name(): screen for screen in QGuiApplication.screens()}
    screen = screens.get(screen_name or "") or QGuiApplication.primaryScreen()
    crm.setScreen(screen)
    area = screen.availableGeometry()
    crm.move(area.center() - QPoint(320, 180))
    crm.show()
    crm.activateWindow()
    crm.raise_()
    return crm


def _grab(windows: list[QWidget], directory: Path, app: QApplication) -> list[str]:
    """Each screen as the app's windows draw it over a plain stand-in desktop."""
    directory.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, screen in enumerate(QGuiApplication.screens()):
        size = screen.geometry().size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("#d8dee6"))
        painter = QPainter(image)
        painter.setPen(QColor("#3a4654"))
        painter.drawText(QRect(40, 40, size.width() - 80, 200), 0, "CRM - case 48213")
        for window in windows:
            on_it = window.screen() is not None and window.screen().name() == screen.name()
            if window.isVisible() and on_it:
                painter.drawPixmap(QPoint(0, 0), window.grab())
        painter.end()
        path = directory / f"screen-{index + 1}.png"
        image.save(str(path))
        saved.append(str(path))
    return saved


def _windows(app: QApplication) -> dict[str, object]:
    """Where the quick log and an ordinary window (placed by `place_window`) open."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QDialog

    from companion.content.vocabulary import load_vocabulary
    from companion.domain.clock import FixedClock
    from companion.ui.quick_log import QuickLogDialog
    from companion.ui.screen_fit import keep_on_screen, place_window

    quick_log = QuickLogDialog(lambda: None, FixedClock(datetime.now(UTC)), load_vocabulary())
    keep_on_screen(quick_log)
    quick_log.open_fresh()
    other = QDialog()
    other.resize(900, 1000)  # taller than the screen: it must be made to fit
    keep_on_screen(other)
    place_window(other)
    other.show()
    _settle(app, 1.5)
    found = {}
    for name, window in (("quick_log", quick_log), ("window", other)):
        found[name] = {
            "screen": window.screen().name(),
            "frame": _rect(window.frameGeometry()),
            "area": _rect(window.screen().availableGeometry()),
        }
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", default="micro", choices=("micro", "long"))
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--dim", default="on", choices=("on", "off"))
    parser.add_argument("--language", default="en")
    parser.add_argument("--work-screen")
    parser.add_argument("--notice", action="store_true")
    parser.add_argument("--grab")
    parser.add_argument("--hold")
    parser.add_argument("--after", help="each time FILE appears, report again (AFTER {...})")
    parser.add_argument("--click-away", action="store_true")
    parser.add_argument("--no-crm", action="store_true", help="the CRM is another program's")
    parser.add_argument("--windows", action="store_true", help="the quick log and a window")
    args = parser.parse_args(argv)

    app = QApplication(["companion-break-probe"])
    from companion.ui.break_notice import BreakNotice
    from companion.ui.break_window import BreakWindow
    from companion.ui.i18n import Translations
    from companion.ui.style import apply_style

    apply_style(app)
    translations = Translations()  # kept: its translators live as long as it does
    translations.apply(args.language)
    crm = None if args.no_crm else _crm(args.work_screen)
    _settle(app, 1.0)
    if crm is not None and QGuiApplication.platformName() == "wayland":
        # The agent is at work in the CRM: the compositor has given it the keyboard (a busy
        # machine may take longer than a second).
        _settle_until(app, crm.isActiveWindow, 10.0)
    if args.notice:
        notice = BreakNotice(time.monotonic)
        notice.retranslate(args.language)
        notice.show_notice(args.kind, 30, 5, "waiting", {})
        _settle(app, 1.0)
        notice_geometry = _x_geometry(notice) or _rect(notice.frameGeometry())
        notice_screen = _screen_of(notice_geometry)
        notice.hide_notice()
    else:
        notice_screen, notice_geometry = None, None
    if args.windows:
        print("WINDOWS " + json.dumps(_windows(app)), flush=True)
        return 0
    window = BreakWindow(time.monotonic)
    window.retranslate(args.language)
    window.dim_screen = args.dim == "on"
    window.show_break(args.kind, args.seconds)
    _settle(app, 2.0)
    if window.covers_screen:
        # The compositor's answers (full screen, the keyboard) come when it gets to them: on a
        # busy machine with software rendering that can take longer than two seconds.
        _settle_until(app, lambda: _settled(window), 15.0)

    def report() -> dict[str, object]:
        panel = window.panel
        return {
            "platform": QGuiApplication.platformName(),
            "screens": {s.name(): _rect(s.geometry()) for s in QGuiApplication.screens()},
            "notice_screen": notice_screen,
            "notice_geometry": notice_geometry,
            "screen": _screen_of(_x_geometry(window)) or window.screen().name(),
            "geometry": _x_geometry(window) or _rect(window.geometry()),
            "fullscreen": window.isFullScreen(),
            "active": window.isActiveWindow(),
            "focus_window": _focus_window(),
            "activation_requests": window.activation_requests,
            "covers_screen": window.covers_screen,
            "panel": _rect(QRect(panel.mapTo(window, QPoint(0, 0)), panel.size())),
            "come_back": window.come_back.isVisible(),
            "covers": [
                {
                    "screen": cover.screen().name(),
                    "geometry": _rect(cover.geometry()),
                    "fullscreen": cover.isFullScreen(),
                }
                for cover in window.dimmer.overlays
            ],
            "clipped": [
                label.objectName() or label.text()[:20]
                for label in window.findChildren(QLabel)
                if label.isVisible()
                and label.wordWrap()
                and label.heightForWidth(label.width()) > label.height() + 1
            ],
        }

    result = report()
    if args.click_away and crm is not None:
        crm.activateWindow()
        crm.raise_()
        _settle(app, 1.5)
        result["after_click_away"] = {
            "active": window.isActiveWindow(),
            "come_back": window.come_back.isVisible(),
            "come_back_text": window.come_back.text(),
        }
    if args.grab:
        result["grabs"] = _grab([window, *window.dimmer.overlays], Path(args.grab), app)
    print("BREAK " + json.dumps(result), flush=True)
    if args.hold:
        # Each time FILE (--after) appears: report again and remove it; until --hold appears.
        hold, after = Path(args.hold), Path(args.after) if args.after else None
        end = time.monotonic() + 120
        while not hold.exists() and time.monotonic() < end:
            _settle(app, 0.1)
            if after is not None and after.exists():
                _settle(app, 1.5)
                after.unlink()
                print("AFTER " + json.dumps(report()), flush=True)
    window.close_break()
    if crm is not None:
        crm.close()
    _settle(app, 0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
