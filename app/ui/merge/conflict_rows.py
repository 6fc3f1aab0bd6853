"""The body of the merge dialog: both clients' headers, then a row per differing field.

Each row is a pair of radio buttons (the default: the value that is not empty,
else the kept client's). Swapping sides builds a fresh page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.duplicates import ClientBrief, FieldConflict, MergePreview
from app.ui.client_list.columns import Formatter
from app.ui.merge.choice_button import ChoiceButton
from app.ui.merge.texts import client_details, client_title, field_title, value_text

translate = QCoreApplication.translate
# A flat button that reads as a link, in the palette's link colour (light and dark themes).
LINK_STYLE = "QPushButton { color: palette(link); border: none; padding: 2px 0; text-align: left; }"


class ConflictRows(QWidget):
    """The scroll area's page: headers with "Use all values", a radio pair per conflict."""

    def __init__(self, preview: MergePreview, formatter: Formatter) -> None:
        super().__init__(objectName="mergeRows")
        self.formatter = formatter
        self.groups: dict[str, QButtonGroup] = {}
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(0)
        for column, (brief, side, caption) in enumerate(
            (
                (preview.keep, "keep", translate("MergeDialog", "Keep")),
                (preview.other, "other", translate("MergeDialog", "Merge in, then to Trash")),
            ),
            start=1,
        ):
            self.grid.addWidget(self._client_header(brief, side, caption), 0, column)
        if not preview.conflicts:
            same = QLabel(
                translate("MergeDialog", "The two dossiers agree on every field."),
                objectName="noConflicts",
                alignment=Qt.AlignmentFlag.AlignCenter,
            )
            self.grid.addWidget(same, 1, 0, 1, 3)
        for row, conflict in enumerate(preview.conflicts, start=1):
            self._add_row(row, conflict)
        self.grid.setRowStretch(len(preview.conflicts) + 2, 1)

    def choices(self) -> dict[str, str]:
        """Field → "keep" or "other", as the radio buttons stand."""
        return {
            key: "keep" if group.checkedId() == 0 else "other" for key, group in self.groups.items()
        }

    def choose_all(self, side: str) -> None:
        for group in self.groups.values():
            group.button(0 if side == "keep" else 1).setChecked(True)

    def _client_header(self, brief: ClientBrief, side: str, caption: str) -> QWidget:
        box = QWidget(objectName=f"{side}Header")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        title = QLabel(f"<small>{caption}</small><br><b>{html.escape(client_title(brief))}</b>")
        details = QLabel(client_details(brief), wordWrap=True)
        details.setEnabled(False)  # the palette's muted text, right in light and dark themes
        use_all = QPushButton(translate("MergeDialog", "Use all values"), flat=True)
        use_all.setObjectName(f"{side}UseAll")
        use_all.setCursor(Qt.CursorShape.PointingHandCursor)
        use_all.setStyleSheet(LINK_STYLE)
        use_all.clicked.connect(lambda: self.choose_all(side))
        for widget in (title, details):
            layout.addWidget(widget)
        layout.addWidget(use_all, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _add_row(self, row: int, conflict: FieldConflict) -> None:
        if row % 2:  # zebra stripes guide the eye across a wide row
            stripe = QFrame(autoFillBackground=True)
            stripe.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            self.grid.addWidget(stripe, row, 0, 1, 3)
        self.grid.setRowMinimumHeight(row, 32)
        name = QLabel(field_title(conflict.key, self.formatter.language))
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name.setContentsMargins(12, 0, 0, 0)
        self.grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        for index, (side, value) in enumerate(
            (("keep", conflict.keep_value), ("other", conflict.other_value))
        ):
            text = value_text(value, self.formatter)
            button = ChoiceButton(text, f"{side}_{conflict.key}")
            group.addButton(button, index)
            self.grid.addWidget(button, row, index + 1)
        group.button(0 if conflict.default == "keep" else 1).setChecked(True)
        self.groups[conflict.key] = group
