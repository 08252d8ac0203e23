"""A small picture for the welcome on Windows: the taskbar's corner, its ^ button open on the
hidden icons, and Companion's icon brought from there onto the taskbar. Drawn with QPainter from
the palette and the app's own (SVG) icon, so it is sharp at any scaling and follows dark mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


class TaskbarHint(QWidget):
    """Where the icon is and where to keep it, as a picture (the sentence beside it says how)."""

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("Welcome", "Picture: the taskbar's hidden icons"))
        self.setAccessibleDescription(
            translate(
                "Welcome",
                "The ^ button on the taskbar opens the hidden icons; Companion's icon moves "
                "from there onto the taskbar.",
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(176, 96)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = float(self.width()), float(self.height())
        bar = QRectF(0, height - 26, width, 26)
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Dark))
        # the ^ button, and the pop-up of hidden icons above it
        chevron_x = width - 112
        text = palette.color(QPalette.ColorRole.Light)
        painter.setPen(QPen(text, 1.6))
        middle = bar.center().y()
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(chevron_x - 5, middle + 3),
                    QPointF(chevron_x, middle - 2),
                    QPointF(chevron_x + 5, middle + 3),
                ]
            )
        )
        popup = QRectF(chevron_x - 30, 4, 60, 40)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(popup, 5, 5)
        self._icon.paint(painter, popup.adjusted(20, 10, -20, -10).toRect())
        # the arrow from the pop-up to the icon's place on the taskbar, and the icon there
        place = QRectF(width - 56, bar.top() + 4, 18, 18)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        start = QPointF(popup.right() + 2, popup.center().y())
        end = QPointF(place.center().x(), place.top() - 4)
        path = QPainterPath(start)
        path.quadTo(QPointF(end.x(), start.y()), end)
        painter.drawPath(path)
        painter.setBrush(accent)
        painter.drawPolygon(
            QPolygonF([end, QPointF(end.x() - 4, end.y() - 6), QPointF(end.x() + 4, end.y() - 6)])
        )
        self._icon.paint(painter, place.toRect())
        painter.end()
