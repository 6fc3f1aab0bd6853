"""A sparkline of a client's intent scores over time, small enough for the dossier header.

Points are placed by date, so a gap of a year looks like one; the dashed
lines are the band thresholds, and the last point is drawn in its band's
colour. The tooltip lists the assessments.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.models.db import Database
from app.services.intent import (
    AssessmentRecord,
    BandThresholds,
    assessment_history,
    load_thresholds,
)

translate = QCoreApplication.translate
BAND_COLOURS = {"high": "#2e7d32", "medium": "#e08a00", "low": "#78909c"}
MARGIN = 3.0
TOOLTIP_ROWS = 8  # the most recent assessments listed


class IntentTrend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="intentTrend")
        self.records: list[AssessmentRecord] = []
        self.thresholds = BandThresholds()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        self.hide()

    def sizeHint(self) -> QSize:
        return QSize(120, 26)

    def load(self, database: Database, customer_id: int | None) -> None:
        """Show the client's assessments (none for a client not yet saved)."""
        history = assessment_history(database, customer_id) if customer_id is not None else []
        self.set_history(history, load_thresholds(database))

    def set_history(self, records: list[AssessmentRecord], thresholds: BandThresholds) -> None:
        self.records, self.thresholds = list(records), thresholds
        self.setVisible(bool(self.records))
        rows = [f"{r.taken_on.isoformat()}  {r.score:g}" for r in self.records[-TOOLTIP_ROWS:]]
        title = translate("IntentTrend", "Intent score by assessment")
        self.setToolTip("\n".join([title, *reversed(rows)]))
        self.setAccessibleName(title)
        self.update()

    def points(self) -> list[QPointF]:
        """Where each assessment is drawn: x by date, y by score (100 at the top)."""
        width, height = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN
        days = [r.taken_on.toordinal() for r in self.records]
        span = (max(days) - min(days)) if days else 0
        result = []
        for i, (day, record) in enumerate(zip(days, self.records, strict=True)):
            if span:
                x = (day - days[0]) / span
            else:  # all on one day: side by side
                x = i / max(1, len(days) - 1) if len(days) > 1 else 1.0
            y = 1 - record.score / 100
            result.append(QPointF(MARGIN + x * width, MARGIN + y * height))
        return result

    def _y(self, score: float) -> float:
        return MARGIN + (1 - score / 100) * (self.height() - 2 * MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.records:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        for score in (self.thresholds.high, self.thresholds.medium):
            y = self._y(score)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        points = self.points()
        line = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.6)
        painter.setPen(line)
        painter.drawPolyline(QPolygonF(points))
        last = QColor(BAND_COLOURS[self.records[-1].band])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(last)
        painter.drawEllipse(points[-1], 2.8, 2.8)
        painter.end()
