"""Page 6: the import itself, on a worker thread, with a progress bar and Stop.

The service writes everything in one transaction and asks the progress
callback after each batch of rows whether to go on; answering no rolls it
all back. So stopping (or closing the wizard) midway leaves the database
exactly as it was, and the page says so. On success the lists are told that
clients came and changed, and the wizard moves on to the result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import ImportCancelled, ImportResult, run_import
from app.services.vcard import import_vcards
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.file_page import ERROR_STYLE
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.task import Stop, Task, problem_text
from app.ui.operations import Changed, announce

translate = QCoreApplication.translate
IMPORTED = Changed.MEMBERSHIP | Changed.CLIENTS


class ImportJob(QObject):
    """The progress callback the service calls on the worker thread."""

    progressed = Signal(int, int)  # rows done, rows in all (queued to the GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop = Stop()

    def report(self, done: int, total: int) -> bool:
        """Called by the service after each batch; False stops and rolls back."""
        self.progressed.emit(done, total)
        return not self.stop.requested


class ProgressPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importProgressPage")
        self.state = state
        self.task = Task(self)
        self.job = ImportJob(self)
        self.job.progressed.connect(self._progressed)
        self.message = QLabel(wordWrap=True, objectName="importProgressMessage")
        self.bar = QProgressBar(objectName="importProgressBar")
        self.count = QLabel(objectName="importProgressCount")
        self.stop_button = QPushButton(objectName="importStopButton")
        self.stop_button.clicked.connect(self.cancel)
        self.back_button = QPushButton(objectName="importBackButton")
        self.back_button.clicked.connect(self._back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate_ui()

    @property
    def running(self) -> bool:
        return self.task.busy

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        state = self.state
        state.result = None
        self.job.stop.clear()
        total = state.data_rows()
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.count.setText("")
        self._say(translate("ImportWizard", "Importing {file}…").format(file=state.path.name))
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.back_button.setVisible(False)
        if state.cards is not None:
            path, policy, decisions = state.path, state.policy, dict(state.decisions)

            def call() -> ImportResult:
                return import_vcards(
                    state.database, path, policy=policy, decisions=decisions,
                    progress=self.job.report,
                )  # fmt: skip
        else:
            source, plan = state.source, state.plan()

            def call() -> ImportResult:
                return run_import(state.database, source, plan, progress=self.job.report)

        self.task.start(call, self._done, self._failed)
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Ask the import to stop at its next batch; it rolls everything back."""
        if self.running:
            self.job.stop.request()
            self.stop_button.setEnabled(False)
            self._say(translate("ImportWizard", "Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.running:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, total))
            self.count.setText(
                translate("ImportWizard", "{done} of {total} rows").format(
                    done=f"{done:,}", total=f"{total:,}"
                )
            )

    def _done(self, result: ImportResult) -> None:
        self.state.result = result
        self.bar.setValue(self.bar.maximum())
        self.stop_button.setVisible(False)
        announce(IMPORTED)  # lists and counts reload what concerns them
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            QTimer.singleShot(0, wizard.next)

    def _failed(self, exc: BaseException) -> None:
        self.bar.setValue(0)
        self.stop_button.setVisible(False)
        self.back_button.setVisible(True)
        if isinstance(exc, ImportCancelled):
            text = translate(
                "ImportWizard", "The import was stopped. Nothing in the database was changed."
            )
        else:
            text = translate(
                "ImportWizard", "The import failed and nothing in the database was changed: {why}"
            ).format(why=problem_text(exc, current_language()))
        self._say(text, error=not isinstance(exc, ImportCancelled))
        self.completeChanged.emit()

    def _back(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.back()  # to the duplicates page: change the choices, import again

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def isComplete(self) -> bool:
        return self.state.result is not None

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Importing"))
        self.setSubTitle(
            translate("ImportWizard", "All or nothing: a stopped import changes nothing.")
        )
        self.stop_button.setText(translate("ImportWizard", "Stop"))
        self.back_button.setText(translate("ImportWizard", "< Back to the choices"))
