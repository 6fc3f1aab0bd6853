"""Edit the intent questionnaire and the band thresholds.

The list on the left holds the questions in order; the editor on the right
the selected one. Saving checks the whole questionnaire and shows every
problem at once, under the list, without closing. A saved edit becomes a new
version (``save_questionnaire``): new assessments use it, earlier ones keep
the version they were scored with. The thresholds apply to bands from now on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.errors import ValidationError
from app.services.intent import BandThresholds, load_thresholds, save_thresholds
from app.services.questionnaire import (
    Questionnaire,
    current_questionnaire,
    pick,
    reset_questionnaire,
    save_questionnaire,
)
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.operations import Changed, announce
from app.ui.question_editor import QuestionEditor

translate = QCoreApplication.translate
ERROR_STYLE = "color: #d64541;"  # readable on light and dark


class QuestionnaireDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="questionnaireDialog")
        self.database = database
        self.language = resolve_language(settings.LANGUAGE.get())
        self.original = current_questionnaire(database)
        self.questions: list[dict] = self.original.to_json()["questions"]
        self.thresholds = load_thresholds(database)
        self.saved_version: str | None = None  # set when an edit was saved
        self._current = -1
        self.setWindowTitle(translate("QuestionnaireDialog", "Intent questionnaire"))
        self.list = QListWidget(objectName="questionList")
        self.editor = QuestionEditor(self.language)
        self.errors = QLabel(objectName="questionnaireErrors", wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        self.high = self._spin("highThreshold", self.thresholds.high)
        self.medium = self._spin("mediumThreshold", self.thresholds.medium)
        self._build()
        self.list.currentRowChanged.connect(self._select)
        self._fill_list(0)
        self.resize(1000, 680)

    def _spin(self, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name, decimals=1, maximum=100.0)
        spin.setValue(value)
        return spin

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addQuestion", translate("QuestionnaireDialog", "Add"), self.add_question),
            ("removeQuestion", translate("QuestionnaireDialog", "Remove"), self.remove_question),
            ("questionUp", translate("QuestionnaireDialog", "Up"), lambda: self.move(-1)),
            ("questionDown", translate("QuestionnaireDialog", "Down"), lambda: self.move(1)),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([320, 680])
        bands = QGroupBox(translate("QuestionnaireDialog", "Intent bands"))
        band_row = QHBoxLayout(bands)
        band_row.addWidget(QLabel(translate("QuestionnaireDialog", "High intent from score:")))
        band_row.addWidget(self.high)
        band_row.addSpacing(24)
        band_row.addWidget(QLabel(translate("QuestionnaireDialog", "Medium intent from score:")))
        band_row.addWidget(self.medium)
        band_row.addStretch(1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        reset = box.addButton(
            translate("QuestionnaireDialog", "Restore the shipped questions…"),
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        reset.clicked.connect(self.restore_shipped)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        note = QLabel(
            translate(
                "QuestionnaireDialog",
                "Edits apply to new assessments; earlier ones keep the questions they were"
                " scored with.",
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.errors)
        layout.addWidget(bands)
        layout.addWidget(box)

    # The list ----------------------------------------------------------------------

    def _title(self, i: int, question: dict) -> str:
        name = pick(question.get("label") or question.get("text") or {}, self.language)
        kind = question.get("kind")
        if kind == "intent":
            tag = translate("QuestionnaireDialog", "intent ×{w:g}").format(w=question["weight"])
        else:
            tag = translate("QuestionnaireDialog", "profile")
        return f"{i + 1}. {name or question.get('key', '')}  ({tag})"

    def _fill_list(self, row: int) -> None:
        self._current = -1  # nothing to keep while the list is rebuilt
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._title(i, q) for i, q in enumerate(self.questions)])
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.questions) - 1))
        self._select(self.list.currentRow())

    def _keep(self) -> None:
        """Store the editor's question back into the working list."""
        if 0 <= self._current < len(self.questions):
            self.questions[self._current] = self.editor.dump(self._current + 1)
            self.list.item(self._current).setText(
                self._title(self._current, self.questions[self._current])
            )

    def _select(self, row: int) -> None:
        self._keep()
        self._current = row
        self.editor.setEnabled(row >= 0)
        if row >= 0:
            self.editor.load(self.questions[row])

    def add_question(self) -> None:
        self._keep()
        keys, n = {q.get("key") for q in self.questions}, len(self.questions) + 1
        while f"question_{n}" in keys:
            n += 1
        blank = {"text": {}, "label": {}, "options": [{"value": 1}, {"value": 0}]}
        self.questions.append({"key": f"question_{n}", "kind": "intent", "weight": 1, **blank})
        self._fill_list(len(self.questions) - 1)

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._current = -1  # the removed question is not kept
            del self.questions[row]
            self._fill_list(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < len(self.questions):
            self._keep()
            pair = self.questions[target], self.questions[row]
            self.questions[row], self.questions[target] = pair
            self._fill_list(target)

    # Saving ------------------------------------------------------------------------

    def edited(self) -> Questionnaire:
        """The questionnaire as edited; raises ValidationError naming every problem."""
        self._keep()
        questions = [{**q, "number": i + 1} for i, q in enumerate(self.questions)]
        data = {**self.original.to_json(), "questions": questions}
        return Questionnaire.from_json(data)

    def save(self) -> None:
        thresholds = BandThresholds(high=self.high.value(), medium=self.medium.value())
        try:
            edited = self.edited()
            if thresholds != self.thresholds:
                save_thresholds(self.database, thresholds)
                self.thresholds = thresholds
            if edited.to_json()["questions"] != self.original.to_json()["questions"]:
                self.saved_version = save_questionnaire(self.database, edited).version
        except ValidationError as exc:
            self.show_errors(exc)
            return
        announce(Changed.SETTINGS)
        self.accept()

    def show_errors(self, exc: ValidationError) -> None:
        lines = [f"• {self._where(e.field)}: {e.message}" for e in exc.errors]
        title = translate("QuestionnaireDialog", "Not saved; please fix:")
        self.errors.setText("\n".join([title, *lines]))
        self.errors.show()

    def _where(self, field: str) -> str:
        """ "questions[3]" → "4. 对竞品的了解", so the user finds the question in the list."""
        if field.startswith("questions[") and field.endswith("]"):
            index = int(field[len("questions[") : -1])
            if 0 <= index < len(self.questions):
                return self._title(index, self.questions[index])
        if field == "intent_bands":
            return translate("QuestionnaireDialog", "Intent bands")
        return field

    def restore_shipped(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("QuestionnaireDialog", "Restore the shipped questions"),
            translate(
                "QuestionnaireDialog",
                "New assessments will use the questions the app ships with. Your edited"
                " versions stay stored for the assessments made with them. Continue?",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            reset_questionnaire(self.database)
            announce(Changed.SETTINGS)
            self.accept()
