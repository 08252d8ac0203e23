"""Every window fits its screen: no bigger than the screen's free area (without the task bar,
with the window's frame), and on it, when shown and each time its content grows.

`keep_on_screen` is called once for every window (`WindowSlot` does it for the windows it
makes); a window whose content may be taller than a small screen (1024×600 is common on a
call-centre desk) puts that content in `scrolled(...)` and keeps its buttons in a row outside.

Where a window opens is decided here too, the same way for every window and offer
(`place_window`): centred on the free area of the screen the agent works on (`work_screen`: the
active window's, or the mouse's), or next to the tray icon for a window that points at it (the
welcome). `WindowSlot` places the windows it shows;
a window shown another way calls `place_window` before it shows itself.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Before the window manager framed a window, its frame is not known: a usual one is assumed.
_USUAL_FRAME = QMargins(4, 32, 4, 4)
_WATCHED = (
    QEvent.Type.Show,
    QEvent.Type.Resize,
    QEvent.Type.Move,
    QEvent.Type.LayoutRequest,
    QEvent.Type.ScreenChangeInternal,
)


def available_area(window: QWidget) -> QRect:
    """The free area (without task bars) of the screen `window` is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


GAP = 8  # between the tray icon and a window put next to it


# The last screen the compositor put a window of ours on (Wayland), by name and place.
_noted: list[tuple[str, tuple[int, int, int, int]]] = []


def _key(screen: QScreen) -> tuple[str, tuple[int, int, int, int]]:
    geometry = screen.geometry()
    return screen.name(), (geometry.x(), geometry.y(), geometry.width(), geometry.height())


def _listed(screens: list[QScreen], screen: QScreen | None) -> QScreen | None:
    if screen is None:
        return None
    key = _key(screen)
    return next((listed for listed in screens if _key(listed) == key), None)


def note_work_screen(window: QWidget) -> None:
    """Remember the screen `window` is on now. On Wayland the compositor, not the app, places
    a new window, on the output the agent works on (sway: the focused output; GNOME: the
    monitor with the pointer); the break notice reports where it was put as it hides, and the
    break that follows it opens there."""
    screen = window.screen()
    if screen is not None:
        _noted[:] = [_key(screen)]


def work_screen() -> QScreen:
    """The screen the agent works on, as far as Qt (and X11) can tell:
    1. the screen of a window of ours that has the keyboard (the agent is using it);
    2. on X11, the screen holding the centre of the desktop's active window
       (`_NET_ACTIVE_WINDOW`): the agent's CRM, even with the mouse parked elsewhere;
    3. on Wayland, no client may know where another client's window or the pointer is
       (QCursor.pos() there is only the last place the pointer crossed one of our windows):
       the screen the compositor last put one of our windows on (`note_work_screen`);
    4. elsewhere, the screen the mouse is on; else the primary screen."""
    screens = QGuiApplication.screens()
    focused = QApplication.activeWindow()
    if focused is not None and focused.isVisible():
        # The widget, not QGuiApplication.focusWindow(): the QScreen reached through a
        # short-lived QWindow wrapper is invalidated by PySide when that wrapper goes.
        mine = _listed(screens, focused.screen())
        if mine is not None:
            return mine
    platform = QGuiApplication.platformName()
    if platform == "xcb":
        from companion.platform.active_window import active_window_centre

        centre = active_window_centre()
        if centre is not None:
            screen = _screen_at_device_point(centre[0], centre[1])
            if screen is not None:
                return screen
    if platform == "wayland":
        noted = next((screen for screen in screens if _key(screen) in _noted), None)
        return noted or QGuiApplication.primaryScreen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def _screen_at_device_point(x: int, y: int) -> QScreen | None:
    """The screen holding the X screen pixel (x, y) (each screen's geometry is in device-
    independent pixels, scaled by its own ratio)."""
    for screen in QGuiApplication.screens():
        ratio = screen.devicePixelRatio() or 1.0
        geometry = screen.geometry()
        left, top = geometry.x(), geometry.y()  # Qt keeps each screen's top-left unscaled
        if (
            left <= x < left + geometry.width() * ratio
            and top <= y < top + geometry.height() * ratio
        ):
            return screen
    return None


def active_screen() -> QScreen:
    """The screen a window opens on: the one the agent works on (`work_screen`)."""
    return work_screen()


def known_place(rect: QRect | None) -> bool:
    """Whether `rect` says where a tray icon is. Right after it is shown, before the tray host
    embedded it, Qt on X11 gives the icon's place as (0, 0) (checked with trayer): not known."""
    return rect is not None and rect.isValid() and not rect.isEmpty() and rect.topLeft() != QPoint()


def place_window(window: QWidget, anchor: QRect | None = None) -> None:
    """Where `window` opens: next to `anchor` (the tray icon's place, where the tray tells it),
    else centred on the free area of the active screen; with its frame, inside that area.
    Called before the window is shown, so that the window manager maps it there."""
    if window.isFullScreen() or window.isMaximized():
        return
    window.ensurePolished()  # the style sheet's fonts and margins count in its size
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # the size it will show at: Qt would pick it at show()
    _grow_to_content(window)  # as its first showing would: centred at the size it shows at
    screen = None
    if anchor is not None and known_place(anchor):
        screen = QGuiApplication.screenAt(anchor.center())
    screen = screen or active_screen()
    if window.isWindow() and window.screen() is not screen:
        window.setScreen(screen)
    area = screen.availableGeometry()
    margins = frame_margins(window)
    _no_bigger_than(window, area, margins)  # a window taller than a small screen scrolls
    size = window.size().grownBy(margins)
    width, height = min(size.width(), area.width()), min(size.height(), area.height())
    x = area.left() + (area.width() - width) // 2
    y = area.top() + (area.height() - height) // 2
    if anchor is not None and known_place(anchor) and area.contains(anchor.center()):
        x = anchor.center().x() - width // 2
        above = anchor.center().y() >= area.center().y()
        y = anchor.top() - GAP - height if above else anchor.bottom() + GAP
    x = min(max(x, area.left()), area.left() + area.width() - width)
    y = min(max(y, area.top()), area.top() + area.height() - height)
    window.move(x, y)
    # Some windows learn their size only as they are shown: `ScreenFit` then places it again.
    _PLACED[window] = (anchor, window.size())


_PLACED: WeakKeyDictionary[QWidget, tuple[QRect | None, QSize]] = WeakKeyDictionary()


def _grown_since_placed(window: QWidget) -> bool:
    placed = _PLACED.get(window)
    return placed is not None and placed[1] != window.size()


def _place_again(window: QWidget) -> None:
    """Placed again at the size it shows at (where it was placed: by its anchor, or centred)."""
    placed = _PLACED.pop(window, None)
    if placed is not None:
        place_window(window, placed[0])
        _PLACED.pop(window, None)


def frame_margins(window: QWidget) -> QMargins:
    """The frame the window manager drew around `window` (title bar, borders)."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame == inner:
        return _USUAL_FRAME if window.isWindow() and not _frameless(window) else QMargins()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def _frameless(window: QWidget) -> bool:
    return bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)


def fit_to_screen(window: QWidget) -> None:
    """Make `window` (with its frame) no bigger than its screen's free area, and move it
    inside that area. A window shown full screen or maximised is left as it is."""
    if not window.isVisible() or window.isFullScreen() or window.isMaximized():
        return
    area = available_area(window)
    margins = frame_margins(window)
    _no_bigger_than(window, area, margins)
    frame_width = window.width() + margins.left() + margins.right()
    frame_height = window.height() + margins.top() + margins.bottom()
    position = window.pos()  # a window's position is its frame's corner
    x = min(max(position.x(), area.left()), area.left() + area.width() - frame_width)
    y = min(max(position.y(), area.top()), area.top() + area.height() - frame_height)
    if (x, y) != (position.x(), position.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def _no_bigger_than(window: QWidget, area: QRect, margins: QMargins) -> None:
    """`window`, with its frame, no larger than `area` (its minimum size too)."""
    widest = max(area.width() - margins.left() - margins.right(), 100)
    tallest = max(area.height() - margins.top() - margins.bottom(), 100)
    if window.minimumWidth() > widest:
        window.setMinimumWidth(widest)
    if window.minimumHeight() > tallest:
        window.setMinimumHeight(tallest)
    width, height = min(window.width(), widest), min(window.height(), tallest)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


class ScreenFit(QObject):
    """Keeps one window on its screen: after it is shown, resized, moved or its layout
    changed, it is fitted again (once, when the event loop is next free)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._shown = False
        self._place_at_paint = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: fit_to_screen(self._window))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() in _WATCHED:
            if event.type() == QEvent.Type.Show:
                if not self._shown:
                    self._shown = True
                    _grow_to_content(self._window)
                if _grown_since_placed(self._window):
                    # Where it was placed, at its new size. On X11 a move while a window is
                    # being shown, before the window manager framed it, places its inside
                    # (openbox, checked): there it waits for the first paint, once framed.
                    if QGuiApplication.platformName() == "xcb":
                        self._place_at_paint = True
                    else:
                        _place_again(self._window)
                fit_to_screen(self._window)  # before it is first painted too large
            self._timer.start()
        elif self._place_at_paint and event.type() == QEvent.Type.Paint:
            # Framed by now; placed again once the paint is done, not in the middle of it.
            self._place_at_paint = False
            QTimer.singleShot(0, self, lambda: _place_again(self._window))
        return False


def _grow_to_content(window: QWidget) -> None:
    """On its first showing, a window is at least as large as its content asks, scrolled
    content included (Qt sized it from hints cached before that content was filled)."""
    for area in window.findChildren(VerticalScroll):
        area.updateGeometry()
    layout = window.layout()
    if layout is None:
        return
    layout.invalidate()
    layout.activate()
    size = window.size().expandedTo(window.sizeHint())
    if size != window.size():
        window.resize(size)


def keep_on_screen(window: QWidget) -> QWidget:
    """Fit `window` to its screen whenever it is shown or grows (see `ScreenFit`); once."""
    if window.findChild(ScreenFit, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        ScreenFit(window)
    return window


class VerticalScroll(QScrollArea):
    """A frameless scroll area that scrolls up and down only: as wide as its content needs,
    as tall as the content likes when there is room, shorter (scrolling) when there is not.

    A scroll area does not tell its window when its content's size hint changes (rows loaded,
    text translated); this one does, so a window first shown after its content was filled is
    sized to that content, not to the empty one it was made with."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt override)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        return QSize(hint.width() + self._bar_width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        shortest = min(content.minimumSizeHint().height(), 80)
        return QSize(content.minimumSizeHint().width() + self._bar_width(), shortest)

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()


def scrolled(
    content: QWidget, parent: QWidget, kind: type[VerticalScroll] = VerticalScroll
) -> VerticalScroll:
    """`content` in a `VerticalScroll` (or `kind`): the part of a window that scrolls on a
    small screen, while its buttons, laid out outside it, stay in view.

    The area is no Tab stop of its own (a screen reader would meet a nameless "filler"): Tab
    goes to the controls inside, and the area scrolls to show the one focused."""
    area = kind(parent)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setObjectName("fitScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def centred_message(
    parent: QWidget, margin: int = 24
) -> tuple[VerticalScroll, QLabel, QPushButton]:
    """A page of one wrapped, centred message and a button under it (an empty state, a
    failure with Try again), scrolling when the window is short: (page, message, button)."""
    host = QWidget(parent)
    message = QLabel(host)
    message.setWordWrap(True)
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    button = QPushButton(host)
    column = QVBoxLayout(host)
    column.setContentsMargins(margin, margin, margin, margin)
    column.addStretch(1)
    column.addWidget(message)
    column.addSpacing(12)
    column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addStretch(2)
    return scrolled(host, parent), message, button
