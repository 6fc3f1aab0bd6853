"""The follow-ups of the selected day or week, grouped by day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.models.enums import FollowUpStatus
from app.services.followups import FollowUpRow
from app.services.labels import label
from app.ui.today.formatting import OVERDUE_COLOUR, STAGE_COLOURS, TIER_COLOURS, day_text

translate = QCoreApplication.translate
ROW_ROLE = Qt.ItemDataRole.UserRole  # a step's item carries its FollowUpRow
COLUMNS = ("client", "tier", "stage", "company", "phone", "purpose", "status")
STYLE = "QTreeWidget#followUpList::item { padding: 3px 2px; }"


class FollowUpList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="followUpList")
        self.setColumnCount(len(COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet(STYLE)
        self.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("purpose"), QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                translate("FollowUpsPage", "Client"),
                translate("FollowUpsPage", "Tier"),
                translate("FollowUpsPage", "Stage"),
                translate("FollowUpsPage", "Company"),
                translate("FollowUpsPage", "Phone"),
                translate("FollowUpsPage", "Purpose"),
                translate("FollowUpsPage", "Status"),
            ]
        )

    def show_rows(
        self, rows: Iterable[FollowUpRow], today: date, language: str, *, by_day: bool
    ) -> int:
        """Replace the list (with a heading per day when ``by_day``); returns how many steps."""
        self.clear()
        shown = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for day, steps in groupby(rows, key=lambda r: r.due_on):
            steps = list(steps)
            if by_day:
                heading = QTreeWidgetItem(self, [f"{day_text(day, today)}  ({len(steps)})"])
                heading.setFirstColumnSpanned(True)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setFont(0, bold)
            for row in steps:
                self.addTopLevelItem(self._item(row, today, language))
                shown += 1
        if self.topLevelItemCount():
            for column in range(len(COLUMNS) - 1):
                if COLUMNS[column] != "purpose":
                    self.resizeColumnToContents(column)
        return shown

    def _item(self, row: FollowUpRow, today: date, language: str) -> QTreeWidgetItem:
        status = label(row.status, language) if row.status != FollowUpStatus.PENDING else ""
        if row.status == FollowUpStatus.PENDING and row.due_on < today:
            status = translate("FollowUpsPage", "Overdue")
        texts = {
            "client": row.customer_name,
            "tier": label(row.tier, language),
            "stage": label(row.stage, language),
            "company": row.company or "",
            "phone": row.phone or "",
            "purpose": row.purpose or "",
            "status": status,
        }
        item = QTreeWidgetItem([texts[column] for column in COLUMNS])
        item.setData(0, ROW_ROLE, row)
        item.setForeground(COLUMNS.index("tier"), QBrush(QColor(TIER_COLOURS[row.tier])))
        item.setForeground(COLUMNS.index("stage"), QBrush(QColor(STAGE_COLOURS[row.stage])))
        note = row.briefing or row.suggested_action or row.purpose or ""
        item.setToolTip(COLUMNS.index("purpose"), note)
        if row.status != FollowUpStatus.PENDING:
            grey = self.palette().placeholderText()
            for column in range(len(COLUMNS)):
                item.setForeground(column, grey)
        elif row.due_on < today:
            item.setForeground(COLUMNS.index("status"), QBrush(QColor(OVERDUE_COLOUR)))
        return item

    def current_row(self) -> FollowUpRow | None:
        item = self.currentItem()
        return None if item is None else item.data(0, ROW_ROLE)

    def rows(self) -> list[FollowUpRow]:
        found = []
        for index in range(self.topLevelItemCount()):
            row = self.topLevelItem(index).data(0, ROW_ROLE)
            if row is not None:
                found.append(row)
        return found

    def select_follow_up(self, follow_up_id: int) -> bool:
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            row = item.data(0, ROW_ROLE)
            if row is not None and row.id == follow_up_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return True
        return False
