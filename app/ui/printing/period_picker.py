"""Choosing the period of a visit plan: a day, the ISO week of a day, or a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.services.visit_plan import PlanPeriod, day_period, range_period, week_period

translate = QCoreApplication.translate
MODES = ("day", "week", "range")


class PeriodPicker(QWidget):
    """[Week ▾] [2026-11-25 周三] [– 2026-11-30] 2026-W48"""

    changed = Signal()

    def __init__(self, today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(objectName="planMode")
        self.start = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.end = QDateEdit(self.start.date(), calendarPopup=True)
        self.start.setObjectName("planStart")
        self.end.setObjectName("planEnd")
        for edit in (self.start, self.end):
            edit.setLocale(QLocale(lang))  # 周三 / Wed, whatever the system's locale
            edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.week_label = QLabel(objectName="planWeek")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.start, self.end, self.week_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()
        self.mode.setCurrentIndex(MODES.index("week"))
        self._update()
        self.mode.currentIndexChanged.connect(self._update)
        self.start.dateChanged.connect(self._update)
        self.end.dateChanged.connect(self._update)

    def retranslate_ui(self) -> None:
        index = max(self.mode.currentIndex(), 0)
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItems(
            [
                translate("VisitPlanDialog", "Day"),
                translate("VisitPlanDialog", "Week"),
                translate("VisitPlanDialog", "Date range"),
            ]
        )
        self.mode.setCurrentIndex(index)
        self.mode.blockSignals(False)

    def set_span(self, start: date, end: date) -> None:
        """Show ``start``–``end``: one day, a Monday-to-Sunday week, or a range."""
        whole_week = start.weekday() == 0 and (end - start).days == 6
        mode = "day" if start == end else "week" if whole_week else "range"
        for edit in (self.mode, self.start, self.end):
            edit.blockSignals(True)
        self.mode.setCurrentIndex(MODES.index(mode))
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        for edit in (self.mode, self.start, self.end):
            edit.blockSignals(False)
        self._update()

    def period(self) -> PlanPeriod:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        mode = MODES[self.mode.currentIndex()]
        if mode == "day":
            return day_period(start)
        if mode == "week":
            year, week, _weekday = start.isocalendar()
            return week_period(f"{year}-W{week:02d}")
        return range_period(start, max(start, end))

    def _update(self) -> None:
        mode = MODES[self.mode.currentIndex()]
        self.end.setVisible(mode == "range")
        self.end.setMinimumDate(self.start.date())
        self.week_label.setText(self.period().code if mode == "week" else "")
        self.changed.emit()
