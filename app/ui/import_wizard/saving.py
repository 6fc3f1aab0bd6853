"""Saving exports: where files go, what is said once they are written, long work
behind a progress dialog, and the blank import template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.models.db import Database
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.task import Stop, Stopped, Task, problem_text
from app.ui.settings import TextSetting

translate = QCoreApplication.translate
EXPORT_FOLDER = TextSetting("export/last_folder", "")
STATUS_MS = 8000


def ask_save_path(parent: QWidget, title: str, name: str, kinds: str) -> Path | None:
    """Where to save: a file dialog opened in the last export folder (else Documents)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(EXPORT_FOLDER.get() or documents or Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name), kinds)
    if not chosen:
        return None
    EXPORT_FOLDER.set(str(Path(chosen).parent))
    return Path(chosen)


def announce_saved(parent: QWidget | None, text: str) -> None:
    """Say what was written in the main window's status bar (no box to click away)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def save_import_template(parent: QWidget, database: Database) -> Path | None:
    """Ask where, then write a blank list with every column the import recognises
    (and a sheet saying how to fill each); quick enough for the GUI thread."""
    title = translate("ExportDialog", "Save a blank import template")
    name = translate("ExportDialog", "Import template.xlsx")
    path = ask_save_path(parent, title, name, translate("ExportDialog", "Excel workbook (*.xlsx)"))
    if path is None:
        return None
    from app.services.exporting import write_import_template  # openpyxl: on first use

    language = current_language()
    try:
        write_import_template(database, path, language)
    except OSError as exc:
        QMessageBox.warning(
            parent, translate("ExportDialog", "Not exported"), problem_text(exc, language)
        )
        return None
    said = translate("ExportDialog", "Saved an import template to {path}.")
    announce_saved(parent, said.format(path=path))
    return path


def run_with_progress(
    parent: QWidget,
    title: str,
    call: Callable[[Callable[[int, int], None]], Any],
    done: Callable[[Any], None],
) -> Task:
    """Run ``call(progress)`` off the GUI thread behind a progress dialog; Cancel makes
    the next progress call raise, so the service stops before saving or committing."""
    dialog = QProgressDialog(title, translate("ExportDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    stop, task = Stop(), Task(dialog)
    dialog.canceled.connect(stop.request)

    def progress(count: int, total: int) -> None:  # on the worker thread
        if stop.requested:
            raise Stopped()

    def finished(result: Any) -> None:
        dialog.reset()
        done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        if not isinstance(exc, Stopped):
            message = problem_text(exc, current_language())
            QMessageBox.warning(parent, translate("ExportDialog", "Not done"), message)

    task.busy_changed.connect(lambda busy: None if busy else dialog.deleteLater())
    task.start(lambda: call(progress), finished, failed)
    return task
