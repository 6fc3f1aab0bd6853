"""Past imports, newest first, and Undo for a whole one (File › Import History…).

An import is undone as a whole: the clients it created go, the clients it
updated get their earlier values back. The service refuses to undo an
import twice, or one whose clients a later import changed (undo that first);
its reason is shown in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.importing import BatchInfo, list_batches, undo_import
from app.ui.client_list.columns import Formatter, current_language
from app.ui.icons import icon
from app.ui.import_wizard.task import localized
from app.ui.operations import Changed, perform
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
UNDONE = Changed.MEMBERSHIP | Changed.CLIENTS
NUMBERS = range(3, 7)  # created, updated, skipped, rejected: right-aligned


class ImportHistoryDialog(WindowStateMixin, QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="importHistoryDialog")
        self.database = database
        self.batches: list[BatchInfo] = []
        self.hint = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 8, objectName="importHistoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.undo_button = QPushButton(icon("undo"), "", objectName="importHistoryUndo")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        self.batches = list_batches(self.database)
        fmt = Formatter(current_language())
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [
                fmt.datetime(batch.created_at),
                batch.filename,
                batch.sheet or "",
                fmt.count(batch.created),
                fmt.count(batch.updated),
                fmt.count(batch.skipped),
                fmt.count(batch.rejected),
                self._state(batch, fmt),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in NUMBERS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def _state(self, batch: BatchInfo, fmt: Formatter) -> str:
        if batch.undone_at is None:
            return ""
        return translate("ImportHistory", "Undone {when}").format(
            when=fmt.datetime(batch.undone_at)
        )

    def selected(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ImportHistory", "Undo the import"),
            translate(
                "ImportHistory",
                "Undo the import of {file}? The {created} clients it created are removed and "
                "the {updated} it updated get their earlier values back.",
            ).format(file=batch.filename, created=batch.created, updated=batch.updated),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, batch_id = self.database, batch.id
        perform(self, localized(lambda: undo_import(db, batch_id), current_language()), UNDONE)
        self.reload()
        for row, listed in enumerate(self.batches):  # keep the same import selected
            if listed.id == batch_id:
                self.table.selectRow(row)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ImportHistory", "Import history"))
        self.hint.setText(
            translate(
                "ImportHistory",
                "Every import is kept as one piece: undoing it removes the clients it created "
                "and restores the ones it updated.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportHistory", "Imported"),
                translate("ImportHistory", "File"),
                translate("ImportHistory", "Sheet"),
                translate("ImportHistory", "Created"),
                translate("ImportHistory", "Updated"),
                translate("ImportHistory", "Skipped"),
                translate("ImportHistory", "Rejected"),
                translate("ImportHistory", "State"),
            ]
        )
        self.undo_button.setText(translate("ImportHistory", "Undo this import"))

    def done(self, result: int) -> None:
        self.save_window_state()  # Close and Esc end here, not in closeEvent
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)


def open_import_history(parent: QWidget | None, database: Database) -> ImportHistoryDialog:
    """Show the import history on top of ``parent`` (not modal), or bring it back."""
    existing = parent.findChild(ImportHistoryDialog) if parent is not None else None
    dialog = existing if existing is not None and existing.isVisible() else None
    if dialog is None:
        dialog = ImportHistoryDialog(database, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
    else:
        dialog.reload()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
