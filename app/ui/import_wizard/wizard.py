"""The import wizard: seven pages from a file to clients in the notebook.

File → header row → columns → preview → duplicates → progress → result; a
vCard file skips the three pages about sheets. The pages share a
:class:`WizardState`; each does its slow work off the GUI thread. Closing the
wizard during an import stops it first, which rolls it back.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QWidget, QWizard

from app.models.db import Database
from app.ui.icons import icon
from app.ui.import_wizard.duplicates_page import DuplicatesPage
from app.ui.import_wizard.file_page import FilePage
from app.ui.import_wizard.header_page import HeaderPage
from app.ui.import_wizard.mapping_page import MappingPage
from app.ui.import_wizard.preview_page import PreviewPage
from app.ui.import_wizard.progress_page import ProgressPage
from app.ui.import_wizard.result_page import ResultPage
from app.ui.import_wizard.state import WizardState
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
FILE, HEADER, MAPPING, PREVIEW, DUPLICATES, PROGRESS, RESULT = range(7)


class ImportWizard(WindowStateMixin, QWizard):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowIcon(icon("import"))
        if sys.platform != "darwin":  # title and subtitle above each page
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.state = WizardState(database)
        self.file_page = FilePage(self.state)
        self.header_page = HeaderPage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.duplicates_page = DuplicatesPage(self.state)
        self.progress_page = ProgressPage(self.state)
        self.result_page = ResultPage(self.state)
        for number, page in enumerate(self.all_pages()):
            self.setPage(number, page)
        self.resize(QSize(920, 640))
        self.setMinimumSize(QSize(640, 480))
        self.retranslate_ui()

    def all_pages(self) -> tuple:
        return (
            self.file_page,
            self.header_page,
            self.mapping_page,
            self.preview_page,
            self.duplicates_page,
            self.progress_page,
            self.result_page,
        )

    def nextId(self) -> int:
        if self.currentId() == FILE and self.state.vcard:
            return PREVIEW  # cards have no sheet, header row or columns to map
        return super().nextId()

    def done(self, result: int) -> None:
        """Closing (Finish, Cancel, Esc, the window's X) stops an import under way first:
        the service then rolls it back, so nothing is half-written."""
        self.progress_page.cancel()
        self.duplicates_page.halt()
        for page in self.all_pages():
            task = getattr(page, "task", None)
            if task is not None:
                task.wait()  # no answer may arrive at a deleted page
        self.save_window_state()
        self.state.close()
        super().done(result)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ImportWizard", "Import clients"))
        for page in self.all_pages():
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_import_wizard(
    parent: QWidget | None, database: Database, path: str | Path | None = None
) -> ImportWizard:
    """Open the import wizard on top of ``parent`` (or bring back the one open there),
    optionally on the file ``path`` right away."""
    existing = parent.findChild(ImportWizard) if parent is not None else None
    if existing is not None and existing.isVisible():
        wizard = existing
    else:
        wizard = ImportWizard(database, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    if path is not None and wizard.currentId() == FILE:
        wizard.file_page.open_file(Path(path))
    return wizard
