"""Which profile answers go into the dossier: one ticked checkbox per field, old → new."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.fields import FIELDS
from app.services.intent import ProfileChange

translate = QCoreApplication.translate


class ProfileChangesDialog(QDialog):
    def __init__(
        self, changes: list[ProfileChange], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="profileChangesDialog")
        self.setWindowTitle(translate("ProfileChangesDialog", "Write answers into the dossier"))
        self.boxes: dict[str, QCheckBox] = {}
        intro = QLabel(
            translate(
                "ProfileChangesDialog",
                "These answers belong in the dossier. Untick what should stay as it is.",
            ),
            wordWrap=True,
        )
        body = QWidget()
        rows = QVBoxLayout(body)
        for change in changes:
            name = FIELDS[change.field].label(language)
            box = QCheckBox(name, objectName=f"write_{change.field}")
            box.setChecked(True)
            self.boxes[change.field] = box
            rows.addWidget(box)
            detail = QLabel(self._detail(change), wordWrap=True)
            detail.setContentsMargins(24, 0, 0, 6)
            rows.addWidget(detail)
        rows.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        write = buttons.addButton(
            translate("ProfileChangesDialog", "Write into the dossier"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        write.setObjectName("writeProfileButton")
        buttons.addButton(
            translate("ProfileChangesDialog", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    @staticmethod
    def _detail(change: ProfileChange) -> str:
        def shown(value: str | None) -> str:
            if not value:
                empty = translate("ProfileChangesDialog", "empty")
                return f"<i>{empty}</i>"
            return html.escape(value).replace("\n", "<br>")

        text = translate("ProfileChangesDialog", "now: {old}<br>after: {new}")
        return text.format(old=shown(change.old), new=f"<b>{shown(change.new)}</b>")

    def chosen_fields(self) -> list[str]:
        return [field for field, box in self.boxes.items() if box.isChecked()]
