"""Page 2: the first rows of the sheet, and which of them holds the column names.

The service guesses the header row (title rows, blank rows and merged banners
above it are skipped); it is highlighted in the grid. Clicking another row
makes that one the header; a sheet may also have no header at all, and then
its columns are named by letter.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import SheetPreview, read_preview
from app.services.importing.header import column_name
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.file_page import ERROR_STYLE
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.task import Task, problem_text

translate = QCoreApplication.translate
CELL_CHARS = 40  # longer cells are cut in the grid; the tooltip has them whole
ROW_ROLE = Qt.ItemDataRole.UserRole


def cell_text(value: object) -> str:
    """A raw cell as the user would recognise it from the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes") if value.time() != time() else str(value.date())
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def header_brush(widget: QWizardPage) -> QBrush:
    """A soft tint of the highlight colour: marked, yet the text stays readable."""
    colour = QColor(widget.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(60)
    return QBrush(colour)


class HeaderPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importHeaderPage")
        self.state = state
        self.task = Task(self)
        self.task.busy_changed.connect(lambda _busy: self.completeChanged.emit())
        self.hint = QLabel(wordWrap=True, objectName="importHeaderHint")
        self.grid = QTableWidget(objectName="importHeaderGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.grid.itemSelectionChanged.connect(self._row_clicked)
        self.no_header = QCheckBox(objectName="importNoHeaderCheck")
        self.no_header.toggled.connect(self._no_header_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.no_header)
        self.retranslate_ui()

    def initializePage(self) -> None:
        preview = self.state.preview
        if preview is not None and preview.sheet == self.state.sheet:
            self._show(preview)  # back from a later page: keep the user's choice
            return
        self.grid.clear()
        self.grid.setRowCount(0)
        self._hint(translate("ImportWizard", "Reading the sheet…"))
        source, sheet, custom = self.state.source, self.state.sheet, self.state.custom_field_names()
        self.task.start(
            lambda: read_preview(source, sheet, custom_fields=custom), self._read, self._failed
        )

    def cleanupPage(self) -> None:
        """Back to the file: let a sheet still being read finish first, so the file is
        never read and closed at once."""
        self.task.wait()
        super().cleanupPage()

    def _read(self, preview: SheetPreview) -> None:
        self.state.preview = preview
        self.state.set_header_row(preview.header_row)
        self._show(preview)

    def _failed(self, exc: BaseException) -> None:
        self._hint(problem_text(exc, current_language()), error=True)

    def _show(self, preview: SheetPreview) -> None:
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(preview.rows))
        self.grid.setColumnCount(preview.width)
        self.grid.setHorizontalHeaderLabels([column_name(c) for c in range(preview.width)])
        self.grid.setVerticalHeaderLabels([str(number) for number, _ in preview.rows])
        for row, (number, values) in enumerate(preview.rows):
            for column, value in enumerate(values[: preview.width]):
                text = cell_text(value)
                item = QTableWidgetItem(short(text))
                item.setData(ROW_ROLE, number)
                if len(text) > CELL_CHARS:
                    item.setToolTip(text)
                self.grid.setItem(row, column, item)
        self.grid.resizeColumnsToContents()
        self.grid.blockSignals(False)
        self.no_header.blockSignals(True)
        self.no_header.setChecked(self.state.header_row == 0)
        self.no_header.blockSignals(False)
        self._mark()

    def _row_clicked(self) -> None:
        rows = self.grid.selectionModel().selectedRows()
        if not rows or self.state.preview is None:
            return
        number = self.state.preview.rows[rows[0].row()][0]
        self.no_header.setChecked(False)
        self.choose_row(number)

    def choose_row(self, number: int) -> None:
        """Make sheet row ``number`` (1-based) the header; 0 for none."""
        self.state.set_header_row(number)
        self._mark()
        self.completeChanged.emit()

    def _no_header_toggled(self, checked: bool) -> None:
        if self.state.preview is None:
            return
        self.choose_row(0 if checked else self.state.preview.header_row or 1)

    def _mark(self) -> None:
        """Bold and tinted: the header row; dimmed: the rows above it, which are skipped."""
        preview = self.state.preview
        if preview is None:
            return
        chosen = self.state.header_row
        tint, plain = header_brush(self), QBrush()
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        text = self.palette().color(QPalette.ColorRole.Text)
        for row, (number, _values) in enumerate(preview.rows):
            for column in range(self.grid.columnCount()):
                item = self.grid.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.grid.setItem(row, column, item)
                font = QFont(self.grid.font())
                font.setBold(number == chosen)
                item.setFont(font)
                item.setBackground(tint if number == chosen else plain)
                item.setForeground(dim if number < chosen else text)
        if chosen == 0:
            self._hint(translate("ImportWizard", "No header row: columns are named by letter."))
        else:
            if chosen == preview.header_row:
                note = translate(
                    "ImportWizard",
                    "Row {row} holds the column names (found automatically). "
                    "Click another row if they are elsewhere.",
                )
            else:
                note = translate(
                    "ImportWizard",
                    "Row {row} holds the column names. Click another row if they are elsewhere.",
                )
            self._hint(note.format(row=chosen))
        self.grid.resizeColumnsToContents()

    def _hint(self, text: str, *, error: bool = False) -> None:
        self.hint.setStyleSheet(ERROR_STYLE if error else "")
        self.hint.setText(text)

    def isComplete(self) -> bool:
        return not self.task.busy and self.state.preview is not None

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Header row"))
        self.setSubTitle(
            translate(
                "ImportWizard", "Which row holds the column names? Rows above it are left out."
            )
        )
        self.no_header.setText(
            translate("ImportWizard", "This sheet has no header row (every row is a client)")
        )
        self._mark()
