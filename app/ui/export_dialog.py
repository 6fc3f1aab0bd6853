"""File › Export…: clients to .xlsx or vCard, the full workbook, the import template.

Which clients: the list as the Clients page (or a saved view) shows it —
filters, search and sort included —, the selected rows, or everyone. Which
columns: a tree of dossier sections, each ticked whole or column by column.
Files are written off the GUI thread; Stop leaves no .xlsx behind (the
services save only once every row is written). The choices are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.customers import count_customers
from app.services.exporting import (
    ExportColumn,
    export_clients,
    export_columns,
)
from app.services.vcard import export_vcards
from app.ui.client_list.columns import current_language
from app.ui.client_list.page import ClientsPage
from app.ui.import_wizard.saving import announce_saved, ask_save_path, save_import_template
from app.ui.import_wizard.targets import GROUPS
from app.ui.import_wizard.task import Stop, Stopped, Task, problem_text
from app.ui.settings import ChoiceSetting, TextListSetting
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
EXPORT_COLUMNS = TextListSetting("export/columns", [])  # empty: the basic and contact sections
SCOPES = ("list", "selection", "all")
EXPORT_SCOPE = ChoiceSetting("export/scope", "list", SCOPES)
FORMATS = ("xlsx", "3.0", "4.0")  # .xlsx, or the vCard version
EXPORT_FORMAT = ChoiceSetting("export/format", "xlsx", FORMATS)
FIRST_TIME = ("basic", "contact")


class ColumnsTree(QTreeWidget):
    """Columns under their dossier section; ticking a section ticks all its columns."""

    def __init__(self, available: list[ExportColumn]) -> None:
        super().__init__(objectName="exportColumnsTree")
        self.setHeaderHidden(True)
        self.available = available
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        remembered = set(EXPORT_COLUMNS.get())
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        present = {c.group for c in available}
        for group in [*(g for g in GROUPS if g in present), *sorted(present - set(GROUPS))]:
            section = self.sections[group] = QTreeWidgetItem(self)  # in dossier order
            section.setFlags(flags | Qt.ItemFlag.ItemIsAutoTristate)
        for column in available:
            section = self.sections[column.group]
            item = self.items[column.key] = QTreeWidgetItem(section)
            item.setFlags(flags)
            on = column.key in remembered if remembered else column.group in FIRST_TIME
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def columns(self) -> list[str]:
        """The ticked columns in dossier order (the tree groups them by section)."""
        ticked = Qt.CheckState.Checked
        return [c.key for c in self.available if self.items[c.key].checkState(0) == ticked]

    def retranslate_ui(self) -> None:
        language = current_language()
        for group, section in self.sections.items():
            if group == "list":
                section.setText(0, translate("ExportDialog", "List columns (not imported back)"))
            else:
                section.setText(0, translate("ImportWizard", GROUPS.get(group, group)))
        for column in self.available:
            self.items[column.key].setText(0, column.title(language))


class ExportDialog(WindowStateMixin, QDialog):
    progressed = Signal(int, int)  # from the worker: rows written, rows in all

    def __init__(
        self,
        database: Database,
        clients_page: ClientsPage | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent, objectName="exportDialog")
        self.database, self.today = database, today
        page = clients_page
        self.listed = page.listed_ids() if page is not None else None
        self.selected = page.selected_ids() if page is not None else []
        self.list_name = page.view.name if page is not None and page.view is not None else ""
        self.everyone = count_customers(database)
        self.available = export_columns(database)
        self.stop = Stop()
        self.task = Task(self)
        self.task.busy_changed.connect(self._set_running)
        self.progressed.connect(self._progressed)
        self._build()
        self.resize(640, 640)
        self.retranslate_ui()

    def _build(self) -> None:
        self.scope_group = QButtonGroup(self)
        self.scope_buttons = {s: QRadioButton(objectName=f"exportScope_{s}") for s in SCOPES}
        scopes = QVBoxLayout()
        for number, button in enumerate(self.scope_buttons.values()):
            self.scope_group.addButton(button, number)
            scopes.addWidget(button)
        self.format_combo = QComboBox(objectName="exportFormatCombo")
        for code in FORMATS:
            self.format_combo.addItem("", code)
        self.format_combo.setCurrentIndex(FORMATS.index(EXPORT_FORMAT.get()))
        self.format_combo.currentIndexChanged.connect(lambda _i: self._set_running(False))
        self.tree = ColumnsTree(self.available)
        self.progress = QProgressBar(objectName="exportProgress")
        self.export_button = QPushButton(objectName="exportButton", default=True)
        self.export_button.clicked.connect(self.export)
        self.stop_button = QPushButton(objectName="exportStopButton")
        self.stop_button.clicked.connect(self.stop.request)
        self.close_button = QPushButton(objectName="exportCloseButton")
        self.close_button.clicked.connect(self.reject)
        self.scope_label, self.format_label, self.columns_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.scope_label, scopes)
        form.addRow(self.format_label, self.format_combo)
        self.notebook_button = QPushButton(objectName="exportNotebookButton")
        self.notebook_button.clicked.connect(self.export_notebook)
        self.template_button = QPushButton(objectName="exportTemplateButton")
        self.template_button.clicked.connect(lambda: save_import_template(self, self.database))
        buttons = QHBoxLayout()
        buttons.addWidget(self.notebook_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        for button in (self.export_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._set_running(False)
        wanted = self.scope_buttons[EXPORT_SCOPE.get()]
        (wanted if wanted.isEnabled() else self.scope_buttons["all"]).setChecked(True)

    # What the user chose ---------------------------------------------------------

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def ids(self) -> list[int] | None:
        """The clients to export, in the list's order; None for everyone."""
        scope = self.scope()
        return {"list": self.listed, "selection": self.selected}.get(scope)

    def columns(self) -> list[str]:
        return self.tree.columns()

    def vcard_version(self) -> str | None:
        code = self.format_combo.currentData()
        return None if code == "xlsx" else code

    def choose_vcard(self) -> None:
        self.format_combo.setCurrentIndex(FORMATS.index("3.0"))

    def remember(self) -> None:
        EXPORT_SCOPE.set(self.scope())
        EXPORT_FORMAT.set(self.format_combo.currentData())
        EXPORT_COLUMNS.set(self.columns())

    # Writing ----------------------------------------------------------------------

    def export(self) -> None:
        version, language, db = self.vcard_version(), current_language(), self.database
        if version is None and not self.columns():
            QMessageBox.information(
                self,
                translate("ExportDialog", "No columns"),
                translate("ExportDialog", "Tick at least one column to export."),
            )
            return
        base = self.list_name or translate("ExportDialog", "Clients")
        name = f"{base}_{self.today():%Y-%m-%d}.{'vcf' if version else 'xlsx'}"
        kinds = translate("ExportDialog", "Excel workbook (*.xlsx)")
        if version:
            kinds = translate("ExportDialog", "vCard contacts (*.vcf)")
        path = ask_save_path(self, translate("ExportDialog", "Export clients"), name, kinds)
        if path is None:
            return
        ids, columns = self.ids(), self.columns()

        def call() -> int:
            if version:
                return export_vcards(db, path, ids=ids, version=version)
            return export_clients(
                db, path, ids=ids, columns=columns, language=language, progress=self._progress
            )

        said = translate("ExportDialog", "Exported {count} clients to {path}.")
        self._run(call, lambda count: said.format(count=f"{count:,}", path=path))

    def export_notebook(self) -> None:
        """Hand over to the whole-notebook export (it has its own progress dialog)."""
        from app.ui.import_wizard.menu import export_whole_notebook

        parent = self.parentWidget() or self
        self.accept()
        export_whole_notebook(parent, self.database)

    def _run(self, call: Callable[[], Any], said: Callable[[Any], str]) -> None:
        self.stop.clear()

        def done(result: Any) -> None:
            self.remember()
            announce_saved(self.parentWidget(), said(result))
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Stopped):
                title = translate("ExportDialog", "Not exported")
                QMessageBox.warning(self, title, problem_text(exc, current_language()))

        self.task.start(call, done, failed)

    def _progress(self, done: int, total: int) -> None:
        """On the worker thread: move the bar, or stop before anything is saved."""
        if self.stop.requested:
            raise Stopped()
        self.progressed.emit(done, total)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first rows are counted
        self.export_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running and self.vcard_version() is None)
        for widget in (self.format_combo, self.notebook_button, self.template_button):
            widget.setEnabled(not running)
        self.scope_buttons["list"].setEnabled(not running and self.listed is not None)
        self.scope_buttons["selection"].setEnabled(not running and bool(self.selected))
        self.scope_buttons["all"].setEnabled(not running)
        self.tree.setEnabled(not running and self.vcard_version() is None)  # vCards: own fields

    def done(self, result: int) -> None:
        if self.task.busy:  # closing while writing: stop first; no .xlsx is left behind
            self.stop.request()
            self.task.wait()
        self.save_window_state()
        super().done(result)

    # Language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExportDialog", "Export clients"))
        count = f"{len(self.listed):,}" if self.listed is not None else "0"
        if self.list_name:
            listed = translate("ExportDialog", "The view “{name}” as listed ({count})")
        else:
            listed = translate("ExportDialog", "The list as shown, filters and order ({count})")
        self.scope_buttons["list"].setText(listed.format(name=self.list_name, count=count))
        self.scope_buttons["selection"].setText(
            translate("ExportDialog", "The selected clients ({count})").format(
                count=f"{len(self.selected):,}"
            )
        )
        self.scope_buttons["all"].setText(
            translate("ExportDialog", "Every client ({count})").format(count=f"{self.everyone:,}")
        )
        for row, text in enumerate(
            (
                translate("ExportDialog", "Excel workbook (.xlsx)"),
                translate("ExportDialog", "vCard 3.0 (.vcf) for phones and mail programs"),
                translate("ExportDialog", "vCard 4.0 (.vcf)"),
            )
        ):
            self.format_combo.setItemText(row, text)
        self.scope_label.setText(translate("ExportDialog", "Clients:"))
        self.format_label.setText(translate("ExportDialog", "Format:"))
        self.columns_label.setText(translate("ExportDialog", "Columns:"))
        self.tree.retranslate_ui()
        self.export_button.setText(translate("ExportDialog", "Export…"))
        self.stop_button.setText(translate("ExportDialog", "Stop"))
        self.close_button.setText(translate("ExportDialog", "Close"))
        self.notebook_button.setText(translate("ExportDialog", "Whole notebook…"))
        self.notebook_button.setToolTip(
            translate(
                "ExportDialog",
                "Every table in one workbook: the way out, and the handover file for a successor",
            )
        )
        self.template_button.setText(translate("ExportDialog", "Import template…"))
        self.template_button.setToolTip(
            translate("ExportDialog", "A blank list with every column the import recognises")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_export_dialog(
    parent: QWidget | None,
    database: Database,
    clients_page: ClientsPage | None = None,
    *,
    vcard: bool = False,
) -> ExportDialog:
    """Show the export dialog for ``clients_page``'s list and selection (not modal)."""
    dialog = ExportDialog(database, clients_page, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if vcard:
        dialog.choose_vcard()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
