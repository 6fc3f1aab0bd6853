"""One question of the intent questionnaire as a form: texts, kind, weight, answer scale.

The editor works on the questionnaire's JSON form (``Questionnaire.to_json``)
rather than the frozen dataclasses, so a half-edited question can exist
while the user types; the service checks the whole on saving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.fields import FIELDS
from app.services.questionnaire import LANGUAGES

translate = QCoreApplication.translate
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}  # never translated
TEXT_KINDS = ("text", "longtext")  # dossier fields a profile answer can be written into
OPTION_COLUMNS = ("key", "value", *LANGUAGES)


def _number(text: str) -> float | str:
    """A number where the user typed one; the text as typed otherwise, for the check to name."""
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


class QuestionEditor(QWidget):
    def __init__(self, language: str) -> None:
        super().__init__(objectName="questionEditor")
        self.key = QLineEdit(objectName="questionKey")
        self.kind = QComboBox(objectName="questionKind")
        self.kind.addItem(translate("QuestionEditor", "Intent (scored)"), "intent")
        self.kind.addItem(translate("QuestionEditor", "Profile (a dossier fact)"), "profile")
        self.weight = QDoubleSpinBox(objectName="questionWeight", decimals=1, maximum=10.0)
        self.weight.setSingleStep(0.5)
        self.field = QComboBox(objectName="questionField")
        self.field.addItem(translate("QuestionEditor", "(none)"), "")
        for spec in FIELDS.values():
            if spec.kind in TEXT_KINDS:
                self.field.addItem(spec.label(language), spec.key)
        self.texts: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLineEdit] = {}
        texts = QGridLayout()
        texts.addWidget(QLabel(translate("QuestionEditor", "Question")), 0, 1)
        texts.addWidget(QLabel(translate("QuestionEditor", "Short name")), 0, 2)
        for row, lang in enumerate(LANGUAGES, start=1):
            self.texts[lang] = QLineEdit(objectName=f"questionText_{lang}")
            self.labels[lang] = QLineEdit(objectName=f"questionLabel_{lang}")
            texts.addWidget(QLabel(LANGUAGE_NAMES[lang]), row, 0)
            texts.addWidget(self.texts[lang], row, 1)
            texts.addWidget(self.labels[lang], row, 2)
        texts.setColumnStretch(1, 3)
        texts.setColumnStretch(2, 2)
        self.options = QTableWidget(0, len(OPTION_COLUMNS), objectName="optionTable")
        self.options.setHorizontalHeaderLabels(
            [
                translate("QuestionEditor", "Key"),
                translate("QuestionEditor", "Points"),
                *(LANGUAGE_NAMES[lang] for lang in LANGUAGES),
            ]
        )
        header = self.options.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(translate("QuestionEditor", "Add answer"), objectName="addOption")
        add.clicked.connect(lambda: self._add_option({}))
        remove = QPushButton(translate("QuestionEditor", "Remove answer"), objectName="dropOption")
        remove.clicked.connect(self._remove_option)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(add)
        option_buttons.addWidget(remove)
        option_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("QuestionEditor", "Key:"), self.key)
        form.addRow(translate("QuestionEditor", "Kind:"), self.kind)
        form.addRow(translate("QuestionEditor", "Weight:"), self.weight)
        form.addRow(translate("QuestionEditor", "Dossier field:"), self.field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(texts)
        scale = translate("QuestionEditor", "Answers (the most points is the best answer):")
        layout.addWidget(QLabel(scale))
        layout.addWidget(self.options, 1)
        layout.addLayout(option_buttons)

    def load(self, question: dict) -> None:
        self.key.setText(question.get("key", ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(question.get("kind", "intent"))))
        self.weight.setValue(float(question.get("weight", 1)))
        self.field.setCurrentIndex(max(0, self.field.findData(question.get("dossier_field", ""))))
        for lang in LANGUAGES:
            self.texts[lang].setText(question.get("text", {}).get(lang, ""))
            self.labels[lang].setText(question.get("label", {}).get(lang, ""))
        self.options.setRowCount(0)
        for option in question.get("options", []):
            self._add_option(option)

    def dump(self, number: int) -> dict:
        """The question as edited, in the questionnaire's JSON form."""
        question = {
            "key": self.key.text().strip(),
            "number": number,
            "kind": self.kind.currentData(),
            "weight": self.weight.value(),
            "text": {lang: edit.text().strip() for lang, edit in self.texts.items()},
            "label": {lang: edit.text().strip() for lang, edit in self.labels.items()},
            "options": [self._option(row) for row in range(self.options.rowCount())],
        }
        if self.field.currentData():
            question["dossier_field"] = self.field.currentData()
        return question

    def _cell(self, row: int, column: int) -> str:
        item = self.options.item(row, column)
        return item.text().strip() if item is not None else ""

    def _option(self, row: int) -> dict:
        texts = {lang: self._cell(row, 2 + i) for i, lang in enumerate(LANGUAGES)}
        return {"key": self._cell(row, 0), "value": _number(self._cell(row, 1)), "text": texts}

    def _add_option(self, option: dict) -> None:
        row = self.options.rowCount()
        self.options.insertRow(row)
        value = option.get("value", 0)
        cells = [option.get("key", ""), f"{value:g}" if isinstance(value, int | float) else ""]
        cells += [option.get("text", {}).get(lang, "") for lang in LANGUAGES]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.options.setItem(row, column, item)

    def _remove_option(self) -> None:
        rows = sorted({index.row() for index in self.options.selectedIndexes()}, reverse=True)
        for row in rows:
            self.options.removeRow(row)
