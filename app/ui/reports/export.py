"""Saving a chart or the whole report: a dated name in the last folder used, then the file.

Writing a PDF takes about a second (a cover and eight charts, fonts
embedded), so the cursor waits meanwhile; a failure (a full disk, a folder
without write access) is shown in a message box, a success in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.charts import Chart
from app.services.report_pdf import default_file_name, export_chart, save_report_pdf
from app.services.reports import Report
from app.ui.settings import TextSetting

translate = QCoreApplication.translate
EXPORT_FOLDER = TextSetting("reports/export_folder", "")


def _file_filter(suffix: str) -> str:
    if suffix == ".png":
        return translate("ReportExport", "PNG image (*.png)")
    return translate("ReportExport", "PDF document (*.pdf)")


def ask_save_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The file the user chose (with the suffix of ``file_name``), or None when cancelled."""
    suffix = Path(file_name).suffix
    folder = EXPORT_FOLDER.get() or QDir.homePath()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / file_name), _file_filter(suffix)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:  # some platforms' dialogs leave the suffix off
        path = path.with_name(path.name + suffix)
    EXPORT_FOLDER.set(str(path.parent))
    return path


@contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _write(parent: QWidget, write: Callable[[], Path]) -> str | None:
    """Run ``write``; the status bar's message, or None when it failed (and was shown)."""
    try:
        with _waiting():
            path = write()
    except OSError as exc:
        message = translate("ReportsPage", "Could not save: {error}").format(error=exc)
        QMessageBox.warning(parent, translate("ReportsPage", "Not saved"), message)
        return None
    return translate("ReportsPage", "Saved {path}").format(path=path)


def save_chart(parent: QWidget, chart: Chart, today: date, suffix: str) -> str | None:
    """One chart as .png or .pdf, in the colours it is shown in."""
    name = default_file_name(chart.key, today, suffix)
    path = ask_save_path(parent, translate("ReportsPage", "Save chart"), name)
    return None if path is None else _write(parent, lambda: export_chart(chart, path))


def save_report(parent: QWidget, report: Report, language: str) -> str | None:
    """The page as one PDF report in print colours, in ``language``."""
    name = default_file_name("report", report.today, ".pdf")
    path = ask_save_path(parent, translate("ReportsPage", "Save the report as PDF"), name)
    if path is None:
        return None
    return _write(parent, lambda: save_report_pdf(report, path, language))
