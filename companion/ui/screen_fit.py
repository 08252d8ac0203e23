"""Every window fits its screen: no bigger than the screen's free area (without the task bar,
with the window's frame), and on it, when shown and each time its content grows.

`keep_on_screen` is called once for every window (`WindowSlot` does it for the windows it
makes); a window whose content may be taller than a small screen (1024×600 is common on a
call-centre desk) puts that content in `scrolled(...)` and keeps its buttons in a row outside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

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
    widest = max(area.width() - margins.left() - margins.right(), 100)
    tallest = max(area.height() - margins.top() - margins.bottom(), 100)
    if window.minimumWidth() > widest:
        window.setMinimumWidth(widest)
    if window.minimumHeight() > tallest:
        window.setMinimumHeight(tallest)
    width, height = min(window.width(), widest), min(window.height(), tallest)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame_width = window.width() + margins.left() + margins.right()
    frame_height = window.height() + margins.top() + margins.bottom()
    position = window.pos()  # a window's position is its frame's corner
    x = min(max(position.x(), area.left()), area.left() + area.width() - frame_width)
    y = min(max(position.y(), area.top()), area.top() + area.height() - frame_height)
    if (x, y) != (position.x(), position.y()):
        window.move(max(x, area.left()), max(y, area.top()))


class ScreenFit(QObject):
    """Keeps one window on its screen: after it is shown, resized, moved or its layout
    changed, it is fitted again (once, when the event loop is next free)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._shown = False
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
                fit_to_screen(self._window)  # before it is first painted too large
            self._timer.start()
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


def scrolled(content: QWidget, parent: QWidget) -> VerticalScroll:
    """`content` in a `VerticalScroll`: the part of a window that scrolls on a small screen,
    while its buttons, laid out outside it, stay in view."""
    area = VerticalScroll(parent)
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
