"""Export calendar…: an RFC 5545 .ics of follow-ups, care dates and festivals.

The period defaults to what the calendar shows; the file name suggests the
period, and the folder chosen last time is offered again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.errors import ValidationError
from app.ui.settings import TextSetting

translate = QCoreApplication.translate
EXPORT_FOLDER = TextSetting("followups/export_folder", "")


class ExportPeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None, start: date, end: date) -> None:
        super().__init__(parent, objectName="exportPeriodDialog")
        self.setWindowTitle(translate("CalendarExport", "Export calendar"))
        intro = QLabel(
            translate(
                "CalendarExport",
                "Follow-ups, birthdays, anniversaries and festival greetings of the period"
                " go into an .ics file that Outlook, Apple Calendar or a phone can import."
                " Importing a later export again updates the events instead of doubling them.",
            ),
            wordWrap=True,
        )
        self.start = QDateEdit(start, objectName="exportStart", calendarPopup=True)
        self.end = QDateEdit(end, objectName="exportEnd", calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.dateChanged.connect(lambda d: self.end.setMinimumDate(d))
        self.end.setMinimumDate(self.start.date())
        form = QFormLayout()
        form.addRow(translate("CalendarExport", "From"), self.start)
        form.addRow(translate("CalendarExport", "To"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CalendarExport", "Choose file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()


if TYPE_CHECKING:
    from app.services.ics_export import IcsSummary


def ask_period(parent: QWidget | None, start: date, end: date) -> tuple[date, date] | None:
    dialog = ExportPeriodDialog(parent, start, end)
    try:
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_path(parent: QWidget | None, start: date, end: date) -> str | None:
    name = f"rapport-{start:%Y%m%d}-{end:%Y%m%d}.ics"
    folder = EXPORT_FOLDER.get()
    suggested = str(Path(folder) / name) if folder else name
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("CalendarExport", "Export calendar"),
        suggested,
        translate("CalendarExport", "Calendar files (*.ics)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    EXPORT_FOLDER.set(str(Path(path).parent))
    return path


def export_calendar(
    parent: QWidget | None, database: Database, start: date, end: date
) -> IcsSummary | None:
    """Ask the period and the file, write it; None when cancelled or refused."""
    period = ask_period(parent, start, end)
    if period is None:
        return None
    path = ask_path(parent, *period)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from app.services.ics_export import export_ics  # icalendar loads on first export

        return export_ics(database, path, *period)
    except (ValidationError, OSError) as exc:
        QMessageBox.warning(parent, translate("CalendarExport", "Not exported"), str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
