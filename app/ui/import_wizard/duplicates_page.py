"""Page 5: clients the file repeats, and what to do with them.

The choice is made once for all (skip, fill empty fields only, overwrite,
import as new) and can be changed row by row in the table, which lists every
row matching a client already in the notebook or an earlier row of the file
(same phone, e-mail, or name and company). Finding them reads the whole sheet,
off the GUI thread. Pressing Import leaves the pages before behind.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.services.importing import DuplicateMatch, DuplicatePolicy, find_duplicates
from app.services.phones import format_phone
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.file_page import ERROR_STYLE
from app.ui.import_wizard.preview_page import duplicate_text
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.task import Stop, Task, problem_text

translate = QCoreApplication.translate
POLICIES = {
    DuplicatePolicy.SKIP: QT_TRANSLATE_NOOP(
        "ImportWizard", "Skip them: keep the clients as they are"
    ),
    DuplicatePolicy.FILL_EMPTY: QT_TRANSLATE_NOOP(
        "ImportWizard", "Fill in what the clients lack, change nothing they have"
    ),
    DuplicatePolicy.OVERWRITE: QT_TRANSLATE_NOOP(
        "ImportWizard", "Overwrite with the file's values (blank cells change nothing)"
    ),
    DuplicatePolicy.CREATE: QT_TRANSLATE_NOOP("ImportWizard", "Import them as new clients"),
}
SHORT = {
    DuplicatePolicy.SKIP: QT_TRANSLATE_NOOP("ImportWizard", "Skip"),
    DuplicatePolicy.FILL_EMPTY: QT_TRANSLATE_NOOP("ImportWizard", "Fill empty fields"),
    DuplicatePolicy.OVERWRITE: QT_TRANSLATE_NOOP("ImportWizard", "Overwrite"),
    DuplicatePolicy.CREATE: QT_TRANSLATE_NOOP("ImportWizard", "Import as new"),
}
KEYS = {
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "same phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "same e-mail"),
    "name_company": QT_TRANSLATE_NOOP("ImportWizard", "same name and company"),
}
ROW, NAME, MATCH, ACTION = range(4)


class DuplicatesPage(QWizardPage):
    searched = Signal(int, int)  # from the worker: rows read, rows in all

    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importDuplicatesPage")
        self.state = state
        self.task = Task(self)
        self.task.busy_changed.connect(self._busy)
        self.stop = Stop()
        self.searched.connect(self._searched)
        self.progress = QProgressBar(objectName="importDuplicatesProgress", visible=False)
        self.setCommitPage(True)  # after Import there is no going back: it is written
        self.policy_box = QGroupBox()
        self.policy_group = QButtonGroup(self)
        box = QVBoxLayout(self.policy_box)
        for number, policy in enumerate(DuplicatePolicy):
            button = QRadioButton(objectName=f"importPolicy_{policy.value}")
            self.policy_group.addButton(button, number)
            box.addWidget(button)
        self.policy_group.idClicked.connect(self._policy_chosen)
        self.found = QLabel(wordWrap=True, objectName="importDuplicatesFound")
        self.table = QTableWidget(0, 4, objectName="importDuplicatesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.horizontalHeader().setSectionResizeMode(MATCH, QHeaderView.ResizeMode.Stretch)
        self.matches: list[DuplicateMatch] = []
        self.refused = False  # the sheet could not be read for duplicates
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_box)
        layout.addWidget(self.found)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        policies = list(DuplicatePolicy)
        self.policy_group.button(policies.index(self.state.policy)).setChecked(True)
        self.table.setRowCount(0)
        self.matches = []
        if self.state.vcard:  # the service finds a vCard's duplicates only as it imports
            self.table.hide()
            self._say(
                translate(
                    "ImportWizard",
                    "Cards matching a client already here are handled as chosen above.",
                )
            )
            return
        self.table.show()
        self._say(translate("ImportWizard", "Looking for clients already in the notebook…"))
        state, stop = self.state, self.stop
        source, plan = state.source, state.plan()
        stop.clear()

        def progress(done: int, total: int) -> bool:  # on the worker thread
            self.searched.emit(done, total)
            return not stop.requested

        self.task.start(
            lambda: find_duplicates(state.database, source, plan, progress=progress),
            self._found,
            self._failed,
        )

    def halt(self) -> None:
        """Stop the search (Back, or the wizard closing) and wait for it: the sheet is
        read by one thread at a time."""
        if self.task.busy:
            self.stop.request()
            self.task.forget()
            self.task.wait()

    def cleanupPage(self) -> None:
        self.halt()
        super().cleanupPage()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first batch is counted
        self.completeChanged.emit()

    def _searched(self, done: int, total: int) -> None:
        if self.task.busy:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))

    def _found(self, matches: list[DuplicateMatch]) -> None:
        self.matches = matches
        known = {m.row for m in matches}
        self.state.decisions = {r: p for r, p in self.state.decisions.items() if r in known}
        if not matches:
            self.table.hide()
            self._say(translate("ImportWizard", "No row repeats a client: every row is new."))
            return
        if len(matches) == 1:
            text = translate("ImportWizard", "1 row repeats a client.")
        else:
            text = translate("ImportWizard", "{count} rows repeat a client.")
        more = translate("ImportWizard", "A row can be handled differently in the table.")
        self._say(f"{text.format(count=len(matches))} {more}")
        self.table.setRowCount(len(matches))
        for r, match in enumerate(matches):
            why = translate("ImportWizard", KEYS.get(match.key, match.key))
            value = format_phone(match.value, match.value) if match.key == "phone" else match.value
            found = translate("ImportWizard", "{match} ({why}: {value})").format(
                match=duplicate_text(match), why=why, value=value
            )
            cells = (str(match.row), match.name, found)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
            self.table.setCellWidget(r, ACTION, self._action_combo(match.row))
        self.table.setCurrentCell(-1, -1)  # no cell looks picked before the user picks one
        self.table.resizeColumnToContents(ROW)
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(ACTION)

    def _action_combo(self, row: int) -> QComboBox:
        combo = QComboBox(objectName=f"importDuplicateAction{row}")
        combo.addItem(translate("ImportWizard", "As chosen above"), "")
        for policy, text in SHORT.items():
            combo.addItem(translate("ImportWizard", text), policy.value)
        chosen = self.state.decisions.get(row)
        combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._decided(row, c))
        return combo

    def action_combo(self, row: int) -> QComboBox | None:
        """The per-row choice for sheet row ``row``, if that row is a duplicate."""
        for r, match in enumerate(self.matches):
            if match.row == row:
                combo = self.table.cellWidget(r, ACTION)
                return combo if isinstance(combo, QComboBox) else None
        return None

    def _decided(self, row: int, combo: QComboBox) -> None:
        value = combo.currentData()
        if value:
            self.state.decisions[row] = DuplicatePolicy(value)
        else:
            self.state.decisions.pop(row, None)

    def _policy_chosen(self, number: int) -> None:
        self.state.keep_policy(list(DuplicatePolicy)[number])

    def _failed(self, exc: BaseException) -> None:
        self.table.hide()
        self._say(problem_text(exc, current_language()), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.refused = error
        self.found.setStyleSheet(ERROR_STYLE if error else "")
        self.found.setText(text)

    def isComplete(self) -> bool:
        return not self.task.busy and not self.refused

    def retranslate_ui(self) -> None:
        self.setTitle(translate("ImportWizard", "Duplicates"))
        self.setSubTitle(translate("ImportWizard", "Rows about clients who are already here."))
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.policy_box.setTitle(
            translate("ImportWizard", "When a row is about a client already here")
        )
        for number, text in enumerate(POLICIES.values()):
            self.policy_group.button(number).setText(translate("ImportWizard", text))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Name in the file"),
                translate("ImportWizard", "Matches"),
                translate("ImportWizard", "Action"),
            ]
        )
