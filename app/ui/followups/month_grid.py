"""A month grid that shows how many steps are pending on each day.

``QCalendarWidget`` draws the days; :meth:`paintCell` adds a small count
(red before today: those are overdue) and tints the selected week in week mode.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QWidget

from app.ui.today.formatting import OVERDUE_COLOUR

GRID_DAYS = 49  # the six weeks a month grid shows, and a week of margin


def grid_start(year: int, month: int) -> date:
    """A Monday on or before the first day the grid of ``year``-``month`` shows.

    Qt may start the grid a whole week before the 1st; a week too many costs
    nothing, so the range starts one week earlier than the 1st's Monday.
    """
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday() + 7)


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


class CountCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="followUpMonthGrid")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setNavigationBarVisible(False)  # the page has its own, by week or month
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.counts: dict[date, int] = {}
        self.today = date.min
        self.week_mode = False

    def set_counts(self, counts: dict[date, int], today: date) -> None:
        self.counts, self.today = counts, today
        self.updateCells()

    def setLocale(self, locale: QLocale) -> None:
        super().setLocale(locale)
        # A locale brings its own first weekday (Sunday in the US); weeks here
        # run Monday to Sunday everywhere, as the week list and .ics export do.
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def set_week_mode(self, on: bool) -> None:
        self.week_mode = on
        self.updateCells()

    def visible_range(self) -> tuple[date, date]:
        start = grid_start(self.yearShown(), self.monthShown())
        return start, start + timedelta(days=GRID_DAYS - 1)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = qdate.toPython()
        palette = self.palette()
        selected = self.selectedDate().toPython()
        super().paintCell(painter, rect, qdate)
        if self.week_mode and week_of(day) == week_of(selected) and day != selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)  # over the cell Qt painted: the week reads as one band
            painter.fillRect(rect, tint)
        if day == self.today:
            painter.save()
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect.adjusted(2, 2, -3, -3), 4, 4)
            painter.restore()
        count = self.counts.get(day, 0)
        if count:
            self._paint_count(painter, rect, count, day < self.today)

    def _paint_count(self, painter: QPainter, rect: QRect, count: int, overdue: bool) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        text = str(count) if count < 1000 else f"{count // 1000}k"
        width = painter.fontMetrics().horizontalAdvance(text) + 8
        height = painter.fontMetrics().height()
        pill = QRect(rect.right() - width - 3, rect.bottom() - height - 2, width, height)
        colour = (
            QColor(OVERDUE_COLOUR)
            if overdue
            else self.palette().color(QPalette.ColorRole.Highlight)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
