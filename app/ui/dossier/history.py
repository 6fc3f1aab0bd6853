"""商业记录 — the History tab: one timeline of everything that happened with the client.

Contacts, orders, complaints, service requests, assessments, follow-ups,
promotions and churn, newest first, from ``app.services.timeline``. It is
read-only here; the follow-up and history screens write these rows.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.labels import label
from app.services.timeline import EntryKind, TimelineEntry, timeline

translate = QCoreApplication.translate

KIND_NAMES = {
    EntryKind.INTERACTION: QT_TRANSLATE_NOOP("DossierHistory", "Contact"),
    EntryKind.ORDER: QT_TRANSLATE_NOOP("DossierHistory", "Order"),
    EntryKind.COMPLAINT: QT_TRANSLATE_NOOP("DossierHistory", "Complaint"),
    EntryKind.SERVICE_REQUEST: QT_TRANSLATE_NOOP("DossierHistory", "Service request"),
    EntryKind.ASSESSMENT: QT_TRANSLATE_NOOP("DossierHistory", "Intent assessment"),
    EntryKind.FOLLOW_UP: QT_TRANSLATE_NOOP("DossierHistory", "Follow-up"),
    EntryKind.CHURN: QT_TRANSLATE_NOOP("DossierHistory", "Churn"),
    EntryKind.PROMOTION: QT_TRANSLATE_NOOP("DossierHistory", "Promotion"),
}
# Codes that labels.py does not cover: follow-up and complaint states, bands.
STATUS_NAMES = {
    "pending": QT_TRANSLATE_NOOP("DossierHistory", "Pending"),
    "done": QT_TRANSLATE_NOOP("DossierHistory", "Done"),
    "skipped": QT_TRANSLATE_NOOP("DossierHistory", "Skipped"),
    "cancelled": QT_TRANSLATE_NOOP("DossierHistory", "Cancelled"),
    "open": QT_TRANSLATE_NOOP("DossierHistory", "Open"),
    "resolved": QT_TRANSLATE_NOOP("DossierHistory", "Resolved"),
    "high": QT_TRANSLATE_NOOP("DossierHistory", "High intent"),
    "medium": QT_TRANSLATE_NOOP("DossierHistory", "Medium intent"),
    "low": QT_TRANSLATE_NOOP("DossierHistory", "Low intent"),
}
# A colour per kind, so the eye finds the orders or complaints in a long list.
KIND_COLOURS = {
    EntryKind.INTERACTION: "#2e7d32",
    EntryKind.ORDER: "#1565c0",
    EntryKind.COMPLAINT: "#c62828",
    EntryKind.SERVICE_REQUEST: "#6a1b9a",
    EntryKind.ASSESSMENT: "#ef6c00",
    EntryKind.FOLLOW_UP: "#00838f",
    EntryKind.CHURN: "#5d4037",
    EntryKind.PROMOTION: "#ad1457",
}


def status_text(status: StrEnum | str | None, language: str) -> str:
    if status is None:
        return ""
    if isinstance(status, StrEnum) and label(status, language) != status.value:
        return label(status, language)
    code = str(status)
    return translate("DossierHistory", STATUS_NAMES[code]) if code in STATUS_NAMES else code


def entry_title(entry: TimelineEntry, language: str) -> str:
    """What happened, in a line: the stage of a contact, the reason of a churn…"""
    parts = [label(entry.stage, language)] if entry.stage is not None else []
    if entry.kind == EntryKind.CHURN:
        parts.append(status_text(entry.status, language))
    if entry.kind == EntryKind.ASSESSMENT:
        parts.append(translate("DossierHistory", "Score %1").replace("%1", entry.title))
    elif entry.title:
        parts.append(entry.title)
    return " · ".join(parts)


class HistoryTab(QWidget):
    """The timeline as a table: date, kind, what, status, amount; details in a tooltip."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DossierHistory", "Date"),
        QT_TRANSLATE_NOOP("DossierHistory", "Kind"),
        QT_TRANSLATE_NOOP("DossierHistory", "What"),
        QT_TRANSLATE_NOOP("DossierHistory", "Status / channel"),
        QT_TRANSLATE_NOOP("DossierHistory", "Amount"),
    )

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="historyTab")
        self.database = database
        self.customer_id: int | None = None
        self.language = "en"
        self.entries: list[TimelineEntry] = []
        self.tree = QTreeWidget(objectName="timeline", rootIsDecorated=False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(len(self.COLUMNS))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="noHistory", alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)

    def load(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.entries = [] if customer_id is None else timeline(self.database, customer_id)
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits 1,000s
        for entry in self.entries:
            when = entry.when.strftime("%Y-%m-%d %H:%M" if entry.has_time else "%Y-%m-%d")
            amount = "" if entry.amount is None else locale.toString(float(entry.amount), "f", 2)
            if entry.kind == EntryKind.ASSESSMENT:
                amount = ""  # the score is the title
            item = QTreeWidgetItem(
                [
                    when,
                    translate("DossierHistory", KIND_NAMES[entry.kind]),
                    entry_title(entry, self.language),
                    status_text(entry.status, self.language)
                    if entry.kind != EntryKind.CHURN
                    else "",
                    amount,
                ]
            )
            item.setForeground(1, QColor(KIND_COLOURS[entry.kind]))
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if entry.detail:
                for column in range(len(self.COLUMNS)):
                    item.setToolTip(column, entry.detail)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)

    def retranslate(self, language: str) -> None:
        self.language = language
        self.tree.setHeaderLabels([translate("DossierHistory", c) for c in self.COLUMNS])
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        self.empty.setStyleSheet(f"color: {grey.name()};")
        self.empty.setText(translate("DossierHistory", "Nothing recorded yet."))
        self._fill()
