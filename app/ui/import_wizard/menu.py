"""The File menu's ways in and out: import, vCards, the whole notebook, history.

File › Import… (Ctrl+I) opens the wizard and Export… (Ctrl+E) the export
dialog for the list on screen; beside them: Import vCard…, Import History…,
Export as vCard…, Export Whole Notebook…, Restore Whole Notebook… and Save
Import Template…. Long work runs off the GUI thread behind a progress dialog
whose Cancel stops it with nothing written. The dialogs and the services
behind them (openpyxl, calamine) load when first used, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from app.models.db import Database
from app.ui import settings
from app.ui.client_list.list_page import ListPage
from app.ui.client_list.page import ClientsPage
from app.ui.import_wizard import open_import_wizard
from app.ui.import_wizard.saving import (
    announce_saved,
    ask_save_path,
    run_with_progress,
    save_import_template,
)
from app.ui.main_window import MainWindow
from app.ui.operations import Changed, announce

translate = QCoreApplication.translate
EVERYTHING = (
    Changed.MEMBERSHIP
    | Changed.CLIENTS
    | Changed.FOLLOW_UPS
    | Changed.HISTORY
    | Changed.SETTINGS
    | Changed.VIEWS
)


def export_whole_notebook(parent: QWidget, database: Database) -> None:
    """Every table in one workbook: the way out, and the handover file for a successor."""
    from app.services.exporting import export_all

    day = f"{datetime.now():%Y-%m-%d}"
    name = translate("ExchangeMenu", "Rapport notebook {day}.xlsx").format(day=day)
    title = translate("ExchangeMenu", "Export the whole notebook")
    kinds = translate("ExchangeMenu", "Excel workbook (*.xlsx)")
    path = ask_save_path(parent, title, name, kinds)
    if path is None:
        return
    said = translate("ExchangeMenu", "Saved the whole notebook to {path}.")
    run_with_progress(
        parent,
        translate("ExchangeMenu", "Writing every table…"),
        lambda progress: export_all(database, path, now=datetime.now(), progress=progress),
        lambda _summary: announce_saved(parent, said.format(path=path)),
    )


def restore_whole_notebook(parent: QWidget, database: Database) -> None:
    """A whole-notebook workbook back into this (empty) database; the service refuses
    a database that already holds clients, and writes all of it or nothing."""
    from app.services.exporting import import_all

    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ExchangeMenu", "Restore a whole notebook"),
        settings.LAST_IMPORT_FOLDER.get(),
        translate("ExchangeMenu", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return

    def restored(summary: Any) -> None:
        announce(EVERYTHING)
        rows = f"{sum(summary.tables.values()):,}"
        said = translate("ExchangeMenu", "Restored {rows} rows from {path}.")
        announce_saved(parent, said.format(rows=rows, path=path))

    run_with_progress(
        parent,
        translate("ExchangeMenu", "Reading every table…"),
        lambda progress: import_all(database, path, progress=progress),
        restored,
    )


class ExchangeMenu(QObject):
    """The import and export entries of a main window's File menu."""

    def __init__(self, window: MainWindow, current: Callable[[], ListPage | None]) -> None:
        super().__init__(window)
        self.window, self.database, self.current = window, window.database, current
        window.import_requested.connect(self.import_file)
        window.export_requested.connect(self.export)
        self.vcard_import = self._action("importVCardAction", self.import_vcard)
        self.history = self._action("importHistoryAction", self.show_history)
        self.vcard_export = self._action("exportVCardAction", lambda: self.export(vcard=True))
        self.notebook_export = self._action("exportNotebookAction", self.export_notebook)
        self.notebook_restore = self._action("restoreNotebookAction", self.restore_notebook)
        self.template = self._action("importTemplateAction", self.save_template)
        menu = window.file_menu
        after_import = menu.actions()[menu.actions().index(window.export_action)]
        menu.insertActions(after_import, [self.vcard_import, self.history])
        menu.insertSeparator(after_import)
        after_export = menu.actions()[menu.actions().index(window.export_action) + 1]
        exports = [self.vcard_export, self.notebook_export, self.notebook_restore, self.template]
        menu.insertActions(after_export, exports)
        self.retranslate_ui()
        window.installEventFilter(self)

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window, objectName=name)
        action.triggered.connect(slot)
        return action

    def clients_page(self) -> ClientsPage | None:
        page = self.current()
        return page if isinstance(page, ClientsPage) else None

    # Entries ------------------------------------------------------------------------

    def import_file(self) -> None:
        open_import_wizard(self.window, self.database)

    def import_vcard(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("ExchangeMenu", "Import contacts"),
            settings.LAST_IMPORT_FOLDER.get(),
            translate("ExchangeMenu", "vCard contacts (*.vcf *.vcard)"),
        )
        if path:
            open_import_wizard(self.window, self.database, Path(path))

    def show_history(self) -> None:
        from app.ui.import_history import open_import_history

        open_import_history(self.window, self.database)

    def export(self, *, vcard: bool = False) -> None:
        from app.ui.export_dialog import open_export_dialog

        open_export_dialog(self.window, self.database, self.clients_page(), vcard=vcard)

    def export_notebook(self) -> None:
        export_whole_notebook(self.window, self.database)

    def restore_notebook(self) -> None:
        restore_whole_notebook(self.window, self.database)

    def save_template(self) -> None:
        save_import_template(self.window, self.database)

    # Language -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.vcard_import.setText(translate("ExchangeMenu", "Import &vCard…"))
        self.history.setText(translate("ExchangeMenu", "Import &History…"))
        self.vcard_export.setText(translate("ExchangeMenu", "Export as v&Card…"))
        self.notebook_export.setText(translate("ExchangeMenu", "Export &Whole Notebook…"))
        self.notebook_restore.setText(translate("ExchangeMenu", "Restore Whole &Notebook…"))
        self.template.setText(translate("ExchangeMenu", "Save Import &Template…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False


def install_exchange(window: MainWindow, current: Callable[[], ListPage | None]) -> ExchangeMenu:
    """Wire File › Import…/Export… and add the other exchange entries to ``window``;
    ``current`` gives the list page on screen (its list and selection get exported)."""
    return ExchangeMenu(window, current)
