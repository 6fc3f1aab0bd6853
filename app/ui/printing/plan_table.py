"""The visits of the plan dialog as a table whose day and time the user edits.

Each row carries a day and a time editor; an edit is reported when the editor
is left (not on every keystroke), so the table can re-sort without moving a
row away from under the user's typing. A time of 00:00 reads "—": no
appointment yet (nobody is visited at midnight).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from app.services.labels import label
from app.services.visit_plan import PlanItem, VisitEntry, VisitPlan

translate = QCoreApplication.translate
NO_TIME = QTime(0, 0)


class PlanTable(QTableWidget):
    """One row per visit, in the order it will print."""

    item_edited = Signal(int, object)  # row, the PlanItem with its new day and time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("planTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.items: list[PlanItem] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                translate("PlanTable", "Day"),
                translate("PlanTable", "Time"),
                translate("PlanTable", "Client"),
                translate("PlanTable", "Company"),
                translate("PlanTable", "Step"),
                translate("PlanTable", "Area"),
            ]
        )

    def show_plan(self, plan: VisitPlan, lang: str) -> None:
        entries = plan.entries
        self.items = [e.item for e in entries]
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill(row, entry, lang)

    def _fill(self, row: int, entry: VisitEntry, lang: str) -> None:
        on = entry.when.day
        day = QDateEdit(QDate(on.year, on.month, on.day), calendarPopup=True)
        day.setLocale(QLocale(lang))  # 周三 / Wed, whatever the system's locale
        day.setDisplayFormat("yyyy-MM-dd ddd")
        at = entry.when.time
        clock = QTimeEdit(QTime(at.hour, at.minute) if at else NO_TIME)
        clock.setDisplayFormat("HH:mm")
        clock.setMinimumTime(NO_TIME)
        clock.setSpecialValueText("—")
        clock.setToolTip(translate("PlanTable", "Appointment time; — when not agreed yet"))
        for editor in (day, clock):
            editor.editingFinished.connect(lambda r=row, d=day, c=clock: self._edited(r, d, c))
        self.setCellWidget(row, 0, day)
        self.setCellWidget(row, 1, clock)
        area = " ".join(p for p in (entry.where.city, entry.where.district) if p)
        texts = (entry.who.name, entry.who.company or "", label(entry.why.stage, lang), area)
        for column, text in enumerate(texts, start=2):
            self.setItem(row, column, QTableWidgetItem(text))

    def _edited(self, row: int, day: QDateEdit, clock: QTimeEdit) -> None:
        old = self.items[row]
        picked = clock.time()
        new = PlanItem(
            old.customer_id,
            day.date().toPython(),
            None if picked == NO_TIME else time(picked.hour(), picked.minute()),
            old.follow_up_id,
        )
        if new != old:
            self.items[row] = new
            self.item_edited.emit(row, new)
