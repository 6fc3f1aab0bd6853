"""Page 3: which dossier field each column of the file goes to.

One row per column: its header, a few sample values, and a drop-down of
every target (dossier fields, phones by kind, addresses, birthday, tags,
this database's custom fields) or "don't import". The service's guess is
the starting point; a saved mapping can replace it. When the dates of the
file read differently day-first and month-first, the user says which.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import MappingPreset, guess_mapping, import_targets
from app.services.importing.dates import parse_date
from app.services.importing.header import column_name
from app.services.importing.mapping import NAME_TARGETS
from app.services.importing.targets import target_for
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.file_page import ERROR_STYLE
from app.ui.import_wizard.presets_bar import PresetsBar
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.targets import (
    TARGET_ROLE,
    ambiguous,
    date_targets,
    evident_order,
    fill_target_combo,
    sample_text,
    slashed_dates,
)

translate = QCoreApplication.translate
COLUMN, SAMPLES, TARGET = range(3)
TARGET_WIDTH = 220  # room for the longest field names, in Chinese and English


class MappingPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importMappingPage")
        self.state = state
        self.presets = PresetsBar(state.database, self._current)
        self.presets.applied.connect(self.apply_preset)
        self.table = QTableWidget(0, 3, objectName="importMappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(TARGET, TARGET_WIDTH)
        self.date_label = QLabel()
        self.date_combo = QComboBox(objectName="importDateOrderCombo")
        self.date_combo.currentIndexChanged.connect(self._date_order_chosen)
        self.date_note = QLabel(wordWrap=True)
        self.status = QLabel(wordWrap=True, objectName="importMappingStatus")
        dates = QHBoxLayout()
        dates.addWidget(self.date_label)
        dates.addWidget(self.date_combo)
        dates.addWidget(self.date_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.presets)
        layout.addWidget(self.table, 1)
        layout.addLayout(dates)
        layout.addWidget(self.status)
        self._date_sample: str | None = None
        self._dates: set[str] = set()
        self.retranslate_ui()

    # Filling ------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.state
        if state.mapped_headers != state.headers:  # a new file, sheet or header row
            state.mapping = guess_mapping(state.headers, state.custom_field_names())
            state.mapped_headers = list(state.headers)
        self._dates = date_targets(state.database)
        self.presets.reload()
        self._fill()

    def _fill(self) -> None:
        state, language = self.state, current_language()
        assert state.preview is not None
        targets = import_targets(state.database)
        self.table.setRowCount(len(state.headers))
        for column, header in enumerate(state.headers):
            letter = column_name(column)
            title = letter if header == letter else f"{letter}  {header}"
            self.table.setItem(column, COLUMN, QTableWidgetItem(title))
            samples = sample_text(state.preview, state.header_row, column)
            self.table.setItem(column, SAMPLES, QTableWidgetItem(samples))
            combo = QComboBox(objectName=f"importTargetCombo{column}")
            fill_target_combo(combo, targets, language)
            combo.setCurrentIndex(max(combo.findData(state.mapping.get(column, "")), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._target_chosen(c))
            self.table.setCellWidget(column, TARGET, combo)
        self._changed()

    def target_combo(self, column: int) -> QComboBox:
        combo = self.table.cellWidget(column, TARGET)
        assert isinstance(combo, QComboBox)
        return combo

    def _target_chosen(self, column: int) -> None:
        key = self.target_combo(column).currentData(TARGET_ROLE)
        if key:
            self.state.mapping[column] = key
        else:
            self.state.mapping.pop(column, None)
        self._changed()

    def apply_preset(self, preset: MappingPreset) -> None:
        self.state.mapping = preset.apply(self.state.headers)
        if preset.date_order in ("mdy", "dmy"):
            self.state.keep_date_order(preset.date_order)  # type: ignore[arg-type]
        self._fill()

    def _current(self) -> tuple[list[str], dict[int, str], str]:
        return self.state.headers, dict(self.state.mapping), self.state.date_order

    def _dim_ignored(self) -> None:
        """Grey out the columns that will not be imported."""
        palette = self.palette()
        dim = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        text = palette.color(QPalette.ColorRole.Text)
        for row in range(self.table.rowCount()):
            colour = text if row in self.state.mapping else dim
            for column in (COLUMN, SAMPLES):
                item = self.table.item(row, column)
                if item is not None:
                    item.setForeground(colour)

    # Dates --------------------------------------------------------------------------

    def _update_dates(self) -> None:
        state = self.state
        assert state.preview is not None
        samples = slashed_dates(state.preview, state.header_row, state.mapping, self._dates)
        self._date_sample = ambiguous(samples)
        evident = evident_order(samples)
        if evident is not None and self._date_sample is None:
            state.keep_date_order(evident)  # 25/12/1980 leaves no doubt
        visible = bool(samples)
        for widget in (self.date_label, self.date_combo, self.date_note):
            widget.setVisible(visible)
        self._fill_date_combo()

    def _fill_date_combo(self) -> None:
        sample = self._date_sample or "03/02/1985"
        self.date_combo.blockSignals(True)
        self.date_combo.clear()
        for order, text in (
            ("mdy", translate("ImportWizard", "Month first (M/D/Y): {sample} → {date}")),
            ("dmy", translate("ImportWizard", "Day first (D/M/Y): {sample} → {date}")),
        ):
            shown = parse_date(sample, order).isoformat()  # type: ignore[arg-type]
            self.date_combo.addItem(text.format(sample=sample, date=shown), order)
        self.date_combo.setCurrentIndex(self.date_combo.findData(self.state.date_order))
        self.date_combo.blockSignals(False)

    def _date_order_chosen(self) -> None:
        order = self.date_combo.currentData()
        if order in ("mdy", "dmy"):
            self.state.keep_date_order(order)

    # Checking -----------------------------------------------------------------------

    def _changed(self) -> None:
        self._dim_ignored()
        self._update_dates()
        self.status.setText(self.problem())
        self.status.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def problem(self) -> str:
        """Why the mapping cannot be imported yet; "" when it can."""
        language = current_language()
        mapping = self.state.mapping
        if not any(t in NAME_TARGETS for t in mapping.values()):
            return translate("ImportWizard", "Choose the column that holds the client's name.")
        taken: dict[str, list[int]] = {}
        for column, key in sorted(mapping.items()):
            taken.setdefault(key, []).append(column)
        for key, columns in taken.items():
            target = target_for(key)
            if len(columns) > 1 and not target.multiple:
                letters = "、".join(column_name(c) for c in columns)
                return translate(
                    "ImportWizard", "Only one column can be imported as {field} (now: {columns})."
                ).format(field=target.label(language), columns=letters)
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Columns"))
        self.setSubTitle(
            translate("ImportWizard", "Say what each column of the file is. Guessed from its name.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column in the file"),
                translate("ImportWizard", "Sample values"),
                translate("ImportWizard", "Import as"),
            ]
        )
        self.date_label.setText(translate("ImportWizard", "Dates like 03/02/1985:"))
        self.date_note.setText(
            translate("ImportWizard", "Dates starting with the year (1985-03-02) are always clear.")
        )
        self.presets.retranslate_ui()
        if self.table.rowCount():  # the language changed with the mapping on screen
            self._fill()
