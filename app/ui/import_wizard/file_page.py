"""Page 1: pick the file and, for a workbook, the sheet.

The file is opened off the GUI thread (a large workbook's rows are counted
when it opens). What the service refuses — an .xls, a password, a damaged
download — is shown here in the service's own clear words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import SheetInfo, open_source
from app.services.vcard import read_vcard_file
from app.ui import settings
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.saving import save_import_template
from app.ui.import_wizard.state import WizardState, is_vcard
from app.ui.import_wizard.task import Task, problem_text

translate = QCoreApplication.translate
ERROR_STYLE = "color: #c62828;"  # readable on light and dark backgrounds alike


def open_file(path: Path) -> tuple[object | None, object | None]:
    """(source, None) for a sheet file, (None, cards) for a vCard file; runs on the worker."""
    if is_vcard(path):
        return None, read_vcard_file(path)
    return open_source(path), None


class FilePage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importFilePage")
        self.state = state
        self.task = Task(self)
        self.task.busy_changed.connect(lambda _busy: self.completeChanged.emit())
        self.path_edit = QLineEdit(objectName="importPathEdit", clearButtonEnabled=True)
        self.path_edit.returnPressed.connect(lambda: self.open_file(Path(self.path_edit.text())))
        self.browse_button = QPushButton(objectName="importBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        self.formats = QLabel(wordWrap=True, objectName="importFormatsLabel")
        self.template_button = QPushButton(objectName="importTemplateButton")
        self.template_button.clicked.connect(self.save_template)
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox(objectName="importSheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.status = QLabel(wordWrap=True, objectName="importFileStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.formats)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    # Choosing ---------------------------------------------------------------------

    def browse(self) -> None:
        start = str(self.state.path or settings.LAST_IMPORT_FOLDER.get())
        kinds = translate("ImportWizard", "Lists and contacts")
        everything = translate("ImportWizard", "All files")
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportWizard", "Choose the file to import"),
            start,
            f"{kinds} (*.xlsx *.xlsm *.csv *.txt *.vcf *.xls *.et);;{everything} (*)",
        )
        if path:
            self.open_file(Path(path))

    def save_template(self) -> None:
        save_import_template(self, self.state.database)

    def open_file(self, path: Path) -> None:
        """Open ``path`` in the background; the sheets (or the cards) appear when read."""
        self.path_edit.setText(str(path))
        self.sheet_combo.clear()
        self._show_status(translate("ImportWizard", "Reading the file…"))
        self.state.set_file(path, None, None)
        self.task.start(
            lambda: open_file(path), lambda answer: self._opened(path, answer), self._refused
        )

    def _opened(self, path: Path, answer: tuple) -> None:
        source, cards = answer
        self.state.set_file(path, source, cards)
        self.sheet_label.setVisible(source is not None)
        self.sheet_combo.setVisible(source is not None)
        if cards is not None:
            count = len(cards)
            text = translate("ImportWizard", "{count} contact cards found.").format(count=count)
            self._show_status(text)
        else:
            self._fill_sheets(source.sheets)
        self.completeChanged.emit()

    def _refused(self, exc: BaseException) -> None:
        self._show_status(problem_text(exc, current_language()), error=True)
        self.completeChanged.emit()

    def _fill_sheets(self, sheets: list[SheetInfo]) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in sheets:
            rows = translate("ImportWizard", "{count} rows").format(count=f"{info.rows:,}")
            if info.too_large:
                rows = translate("ImportWizard", "too many rows")
            self.sheet_combo.addItem(f"{info.name}  ({rows})", info.name)
            if info.too_large:  # listed so the user sees why it is missing, not choosable
                model = self.sheet_combo.model()
                assert isinstance(model, QStandardItemModel)
                model.item(self.sheet_combo.count() - 1).setEnabled(False)
        usable = [i for i, info in enumerate(sheets) if not info.too_large]
        self.sheet_combo.setCurrentIndex(usable[0] if usable else -1)
        self.sheet_combo.blockSignals(False)
        self._sheet_chosen()

    def _sheet_chosen(self) -> None:
        sheet = self.sheet_combo.currentData()
        if isinstance(sheet, str):
            self.state.set_sheet(sheet)
            self._show_status("")
        elif self.sheet_combo.count():
            limit = f"{self.state.source.row_limit:,}" if self.state.source else ""
            self._show_status(
                translate(
                    "ImportWizard",
                    "Every sheet has more than {limit} rows. Split the list into smaller "
                    "files and import them one by one.",
                ).format(limit=limit),
                error=True,
            )
        self.completeChanged.emit()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # QWizardPage ------------------------------------------------------------------

    def isComplete(self) -> bool:
        if self.task.busy:
            return False
        if self.state.cards is not None:
            return bool(self.state.cards)
        return self.state.source is not None and bool(self.state.sheet)

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            translate("ImportWizard", "A client list from Excel, WPS or a CSV file, or contacts.")
        )
        self.path_edit.setPlaceholderText(translate("ImportWizard", "The file to import"))
        self.browse_button.setText(translate("ImportWizard", "Browse…"))
        self.formats.setText(
            translate(
                "ImportWizard",
                "Excel workbooks (.xlsx, .xlsm), CSV files and vCard contacts (.vcf). "
                "Old .xls and WPS .et files must first be saved as .xlsx.",
            )
        )
        self.sheet_label.setText(translate("ImportWizard", "Sheet:"))
        self.template_button.setText(translate("ImportWizard", "Blank import template…"))
        self.template_button.setToolTip(
            translate("ImportWizard", "A list with every column the import recognises, to fill in")
        )
