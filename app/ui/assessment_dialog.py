"""Assess a client's intent: the questionnaire's questions, a live score, then the dossier.

Questions come from the current questionnaire (data, editable by the user),
grouped into the intent questions that score and the profile questions whose
answers are dossier facts. The score and band update with every answer, as
``intent.score_answers`` computes them. After saving, the profile answers are
offered for the dossier, one checkbox per field, and written only if ticked.
A repeat assessment starts from the client's last answers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.customers import get_customer
from app.services.errors import ValidationError
from app.services.intent import (
    AssessmentRecord,
    apply_profile_answers,
    assessment_history,
    load_thresholds,
    profile_changes,
    record_assessment,
    score_answers,
)
from app.services.questionnaire import Question, current_questionnaire
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.operations import Changed, perform
from app.ui.profile_changes_dialog import ProfileChangesDialog

translate = QCoreApplication.translate
BAND_COLOURS = {"high": "#2e7d32", "medium": "#e08a00", "low": "#78909c"}  # fine on light and dark


def band_name(band: str) -> str:
    names = {
        "high": translate("AssessmentDialog", "high intent"),
        "medium": translate("AssessmentDialog", "medium intent"),
        "low": translate("AssessmentDialog", "low intent"),
    }
    return names[band]


class AssessmentDialog(QDialog):
    def __init__(
        self, database: Database, customer_id: int, *, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="assessmentDialog")
        self.database, self.customer_id = database, customer_id
        self.language = resolve_language(settings.LANGUAGE.get())
        self.questionnaire = current_questionnaire(database)
        self.thresholds = load_thresholds(database)
        self.record: AssessmentRecord | None = None  # set once saved
        self.combos: dict[str, QComboBox] = {}
        name = get_customer(database, customer_id).display_name
        title = translate("AssessmentDialog", "Assess intent — {name}")
        self.setWindowTitle(title.format(name=name))
        self.taken_on = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.taken_on.setObjectName("assessmentDate")
        self.taken_on.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit(objectName="assessmentNotes")
        self.notes.setFixedHeight(60)
        self.score_label = QLabel(objectName="assessmentScore")
        self.prefill_note = QLabel(objectName="assessmentPrefill", wordWrap=True)
        self.clear_button = QPushButton(translate("AssessmentDialog", "Start empty"))
        self.clear_button.clicked.connect(self.clear_answers)
        self._build()
        self._prefill()
        self.update_score()
        self.resize(760, 720)

    def _build(self) -> None:
        body = QWidget()
        groups = QVBoxLayout(body)
        kinds = {
            "intent": translate("AssessmentDialog", "Intent (scored)"),
            "profile": translate("AssessmentDialog", "Profile (facts for the dossier)"),
        }
        for kind, title in kinds.items():
            questions = [q for q in self.questionnaire.questions if q.kind == kind]
            if questions:
                groups.addWidget(self._group(title, questions))
        groups.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, objectName="assessmentQuestions")
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AssessmentDialog", "Assessed on:")))
        top.addWidget(self.taken_on)
        top.addStretch(1)
        prefill = QHBoxLayout()
        prefill.addWidget(self.prefill_note, 1)
        prefill.addWidget(self.clear_button)
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.score_label.setFont(font)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(prefill)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(translate("AssessmentDialog", "Notes:")))
        layout.addWidget(self.notes)
        layout.addWidget(self.score_label)
        layout.addWidget(buttons)

    def _group(self, title: str, questions: list[Question]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        for row, question in enumerate(questions):
            prompt = QLabel(f"{question.number}. {question.prompt(self.language)}", wordWrap=True)
            combo = QComboBox(objectName=f"answer_{question.key}")
            combo.addItem(translate("AssessmentDialog", "— not asked —"), "")
            for option in question.options:
                combo.addItem(option.label(self.language), option.key)
            combo.setFixedWidth(280)  # one column of answers across both groups
            combo.currentIndexChanged.connect(self.update_score)
            if question.kind == "intent":
                tip = translate("AssessmentDialog", "Weight {weight:g}")
                prompt.setToolTip(tip.format(weight=question.weight))
            prompt.setBuddy(combo)
            grid.addWidget(prompt, row, 0)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignTop)
            self.combos[question.key] = combo
        return box

    def _prefill(self) -> None:
        """Start from the last assessment's answers that the questionnaire still has."""
        history = assessment_history(self.database, self.customer_id)
        last = history[-1] if history else None
        for key, option in (last.answers if last else {}).items():
            combo = self.combos.get(key)
            if combo is not None and combo.findData(option) > 0:
                combo.setCurrentIndex(combo.findData(option))
        found = last is not None and any(self.answers().values())
        if found:
            note = translate(
                "AssessmentDialog",
                "The answers start from the assessment of {date}; change what is different now.",
            )
            self.prefill_note.setText(note.format(date=last.taken_on.isoformat()))
        self.prefill_note.setVisible(found)
        self.clear_button.setVisible(found)

    def clear_answers(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.prefill_note.hide()
        self.clear_button.hide()

    def answers(self) -> dict[str, str | None]:
        return {key: combo.currentData() or None for key, combo in self.combos.items()}

    def update_score(self) -> None:
        try:
            score = score_answers(self.questionnaire, self.answers(), self.thresholds)
        except ValidationError:
            self.score_label.setText(
                translate("AssessmentDialog", "Answer at least one intent question for a score.")
            )
            self.score_label.setStyleSheet("")
            return
        text = translate("AssessmentDialog", "Score {score:g} — {band} ({n} of {total} answered)")
        self.score_label.setText(
            text.format(
                score=score.score,
                band=band_name(score.band),
                n=score.answered,
                total=score.scoring,
            )
        )
        self.score_label.setStyleSheet(f"color: {BAND_COLOURS[score.band]};")

    def save(self) -> None:
        answers, taken_on = self.answers(), self.taken_on.date().toPython()
        notes = self.notes.toPlainText()
        record = perform(
            self,
            lambda: record_assessment(self.database, self.customer_id, answers, taken_on, notes),
            Changed.HISTORY | Changed.CLIENTS,
            [self.customer_id],
        )
        if record is None:
            return  # refused and explained; the answers stay for another try
        self.record = record
        self.offer_profile_answers(record)
        self.accept()

    def offer_profile_answers(self, record: AssessmentRecord) -> None:
        """Show what the profile answers would write; write the fields the user keeps ticked."""
        changes = profile_changes(self.database, record.id, self.language)
        if not changes:
            return
        dialog = ProfileChangesDialog(changes, self.language, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_fields():
            return
        fields = dialog.chosen_fields()
        perform(
            self,
            lambda: apply_profile_answers(self.database, record.id, self.language, fields),
            Changed.CLIENTS,
            [self.customer_id],
        )
