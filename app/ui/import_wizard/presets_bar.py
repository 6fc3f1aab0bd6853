"""Named column mappings: apply one, save the current mapping under a name, delete one.

Presets live with the data (the service keeps them in the database), so the
monthly list from the same colleague maps itself the next time, on this
laptop or on the successor's. Saving and deleting are writes: they go
through ``operations.perform``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.models.db import Database
from app.services.importing import MappingPreset, delete_preset, list_presets, save_preset
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.task import localized
from app.ui.operations import Changed, perform

translate = QCoreApplication.translate


class PresetsBar(QWidget):
    applied = Signal(object)  # the MappingPreset chosen

    def __init__(
        self, database: Database, current: Callable[[], tuple[list[str], dict[int, str], str]]
    ) -> None:
        """``current`` gives (headers, mapping, date order) to save."""
        super().__init__(objectName="importPresetsBar")
        self.database = database
        self.current = current
        self.label = QLabel()
        self.combo = QComboBox(objectName="importPresetCombo")
        self.combo.setMinimumContentsLength(12)
        self.combo.currentIndexChanged.connect(self._update_buttons)
        self.apply_button = QPushButton(objectName="importPresetApply")
        self.apply_button.clicked.connect(self.apply)
        self.save_button = QPushButton(objectName="importPresetSave")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(objectName="importPresetDelete")
        self.delete_button.clicked.connect(self.delete)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        for button in (self.apply_button, self.save_button, self.delete_button):
            layout.addWidget(button)
        self.presets: list[MappingPreset] = []
        self.reload()
        self.retranslate_ui()

    def reload(self, select: str = "") -> None:
        self.presets = list_presets(self.database)
        self.combo.blockSignals(True)
        self.combo.clear()
        for preset in self.presets:
            self.combo.addItem(preset.name, preset.name)
        if select:
            self.combo.setCurrentIndex(max(self.combo.findData(select), 0))
        self.combo.blockSignals(False)
        self._update_buttons()

    def chosen(self) -> MappingPreset | None:
        index = self.combo.currentIndex()
        return self.presets[index] if 0 <= index < len(self.presets) else None

    def apply(self) -> None:
        preset = self.chosen()
        if preset is not None:
            self.applied.emit(preset)

    def save(self) -> None:
        preset = self.chosen()
        name, ok = QInputDialog.getText(
            self,
            translate("ImportWizard", "Save mapping"),
            translate(
                "ImportWizard", "Save this column mapping as (an existing name is replaced):"
            ),
            QLineEdit.EchoMode.Normal,
            preset.name if preset is not None else "",
        )
        if ok and name.strip():
            self.save_as(name.strip())

    def save_as(self, name: str) -> None:
        headers, mapping, order = self.current()
        call = localized(
            lambda: save_preset(self.database, name, headers, mapping, order), current_language()
        )
        saved = perform(self, call, Changed.SETTINGS)
        if saved is not None:
            self.reload(select=saved.name)

    def delete(self) -> None:
        preset = self.chosen()
        if preset is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ImportWizard", "Delete mapping"),
            translate("ImportWizard", "Delete the saved mapping “{name}”?").format(
                name=preset.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            name = preset.name
            perform(self, lambda: delete_preset(self.database, name), Changed.SETTINGS)
            self.reload()

    def _update_buttons(self) -> None:
        has = self.chosen() is not None
        self.combo.setEnabled(has)
        self.apply_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def retranslate_ui(self) -> None:
        self.label.setText(translate("ImportWizard", "Saved mappings:"))
        self.combo.setPlaceholderText(translate("ImportWizard", "none yet"))
        self.apply_button.setText(translate("ImportWizard", "Apply"))
        self.save_button.setText(translate("ImportWizard", "Save as…"))
        self.delete_button.setText(translate("ImportWizard", "Delete"))
