"""Page 7: what the import did, the error report, and undo.

Counts of clients created, updated, skipped and rejected; every cell that was
changed or left out (and every row skipped or rejected) can be saved as an
.xlsx error report, so the list can be fixed at its source. The whole import
can be undone here, or later from the import history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import undo_import, write_error_report
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.header_page import short
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.task import localized, problem_text
from app.ui.operations import Changed, perform

translate = QCoreApplication.translate
UNDONE = Changed.MEMBERSHIP | Changed.CLIENTS
LISTED = 500  # problems listed on the page; the report has them all


class ResultPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importResultPage")
        self.state = state
        self.titles = [QLabel() for _ in range(4)]
        self.numbers = [QLabel(objectName=f"importCount{n}") for n in range(4)]
        counts = QGridLayout()
        counts.setHorizontalSpacing(32)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        for column, (title, number) in enumerate(zip(self.titles, self.numbers, strict=True)):
            number.setFont(big)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(number, 0, column)
            counts.addWidget(title, 1, column)
        self.source = QLabel(wordWrap=True, objectName="importSourceLabel")
        self.problems = QLabel(wordWrap=True, objectName="importProblemsLabel")
        self.table = QTableWidget(0, 4, objectName="importProblemsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.report_button = QPushButton(objectName="importReportButton")
        self.report_button.clicked.connect(self.save_report)
        self.undo_button = QPushButton(objectName="importUndoButton")
        self.undo_button.clicked.connect(self.undo)
        self.undone = QLabel(wordWrap=True, objectName="importUndoneLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addSpacing(8)
        layout.addLayout(counts)
        layout.addSpacing(12)
        layout.addWidget(self.source)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.undone)
        self.retranslate_ui()

    def initializePage(self) -> None:
        result = self.state.result
        assert result is not None
        values = (result.created, result.updated, result.skipped, result.rejected)
        for label, value in zip(self.numbers, values, strict=True):
            label.setText(f"{value:,}")
        self.undo_button.setEnabled(result.created + result.updated > 0)
        self.undone.setText("")
        self._describe()
        self._list_problems()

    def _describe(self) -> None:
        state, result = self.state, self.state.result
        if result is None or state.path is None:
            return
        if state.sheet:
            where = translate("ImportWizard", "From {file}, sheet “{sheet}”.")
        else:
            where = translate("ImportWizard", "From {file}.")
        self.source.setText(where.format(file=state.path.name, sheet=state.sheet))
        count = len(result.problems)
        self.report_button.setEnabled(count > 0)
        self.table.setVisible(count > 0)
        if count:
            text = translate(
                "ImportWizard",
                "Values changed or left out, and rows not imported ({count}). Save them as a "
                "report to fix the list at its source:",
            ).format(count=f"{count:,}")
        else:
            text = translate("ImportWizard", "Every value came in as it was.")
        self.problems.setText(text)

    def _list_problems(self) -> None:
        result, language = self.state.result, current_language()
        problems = sorted(result.problems, key=lambda p: p.row)[:LISTED] if result else []
        self.table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            cells = (str(problem.row), problem.column, short(problem.value))
            for column, text in enumerate((*cells, problem.reason(language))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)  # no cell looks picked before the user picks one

    def save_report(self) -> None:
        result, path = self.state.result, self.state.path
        if result is None or path is None:
            return
        name = translate("ImportWizard", "{file} - import problems.xlsx").format(file=path.stem)
        target, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportWizard", "Save the error report"),
            str(path.with_name(name)),
            translate("ImportWizard", "Excel workbook (*.xlsx)"),
        )
        if not target:
            return
        language = current_language()
        try:
            write_error_report(result.problems, Path(target), language)
        except OSError as exc:
            title = translate("ImportWizard", "Report not saved")
            QMessageBox.warning(self, title, problem_text(exc, language))
            return
        self.undone.setText(
            translate("ImportWizard", "Report saved to {path}.").format(path=target)
        )

    def undo(self) -> None:
        result = self.state.result
        if result is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ImportWizard", "Undo the import"),
            translate(
                "ImportWizard",
                "Remove the clients this import created and give the clients it updated "
                "their earlier values back?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, batch = self.state.database, result.batch_id
        call = localized(lambda: undo_import(db, batch), current_language())
        outcome = perform(self, call, UNDONE)
        if outcome is not None:
            self.undo_button.setEnabled(False)
            self.undone.setText(
                translate(
                    "ImportWizard",
                    "Undone: {removed} clients removed, "
                    "{restored} given their earlier values back.",
                ).format(removed=outcome.removed, restored=outcome.restored)
            )

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Imported"))
        self.setSubTitle(translate("ImportWizard", "The clients are in the list now."))
        for label, text in zip(
            self.titles,
            (
                translate("ImportWizard", "created"),
                translate("ImportWizard", "updated"),
                translate("ImportWizard", "skipped"),
                translate("ImportWizard", "rejected"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.report_button.setText(translate("ImportWizard", "Save error report…"))
        self.undo_button.setText(translate("ImportWizard", "Undo this import"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "Value"),
                translate("ImportWizard", "What happened"),
            ]
        )
        if self.state.result is not None:
            self._describe()
            self._list_problems()
