"""The merge dialog: two clients side by side, one row per field they fill differently.

The rows come from :mod:`app.ui.merge.conflict_rows`. The merge itself is one
service call through ``perform``; the client merged in goes to Trash, and the
caller can offer to undo the whole merge (:mod:`app.ui.merge.undo`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.duplicates import (
    MergePreview,
    MergeResult,
    merge_customers,
    merge_preview,
)
from app.services.errors import NotFoundError, ValidationError
from app.ui.client_list.columns import Formatter, current_language
from app.ui.icons import icon
from app.ui.merge.conflict_rows import ConflictRows
from app.ui.merge.texts import summary_html
from app.ui.operations import Changed, perform
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
# A merge moves follow-ups and cancels the duplicate pending steps, too.
MERGED = Changed.MEMBERSHIP | Changed.CLIENTS | Changed.HISTORY | Changed.FOLLOW_UPS


class MergeDialog(WindowStateMixin, QDialog):
    """Two clients side by side; choose a value per conflicting field; Merge or Cancel."""

    def __init__(
        self, database: Database, preview: MergePreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowIcon(icon("merge"))
        self.resize(820, 600)
        self.database = database
        self.formatter = Formatter(current_language())
        self.preview = preview
        self.result_: MergeResult | None = None
        self.rows: ConflictRows | None = None

        self.intro = QLabel(objectName="mergeIntro", wordWrap=True)
        self.swap_button = QPushButton(objectName="swapButton")
        self.swap_button.clicked.connect(self.swap)
        self.scroll = QScrollArea(objectName="mergeScroll", widgetResizable=True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(objectName="mergeSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)  # what will happen, set apart
        self.summary.setMargin(6)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.show_preview(preview)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("MergeDialog", "Merge clients"))
        self.intro.setText(
            translate(
                "MergeDialog",
                "Choose the value to keep wherever the two dossiers differ. Nothing else is "
                "lost: history, phones, emails, addresses, family and tags of both are kept.",
            )
        )
        self.swap_button.setText(translate("MergeDialog", "Swap sides"))
        self.swap_button.setToolTip(translate("MergeDialog", "Keep the other client instead"))
        self.merge_button.setText(translate("MergeDialog", "Merge"))

    def show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        self.rows = ConflictRows(preview, self.formatter)
        self.scroll.setWidget(self.rows)  # deletes the previous page
        self.summary.setText(summary_html(preview, self.formatter))

    def swap(self) -> None:
        swapped = load_preview(self, self.database, self.preview.other.id, self.preview.keep.id)
        if swapped is not None:
            self.show_preview(swapped)

    def choices(self) -> dict[str, str]:
        """Field → "keep" or "other", as the radio buttons stand."""
        return self.rows.choices() if self.rows is not None else {}

    def choose_all(self, side: str) -> None:
        if self.rows is not None:
            self.rows.choose_all(side)

    def merge(self) -> None:
        keep, other, choices = self.preview.keep.id, self.preview.other.id, self.choices()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = perform(
                self,
                lambda: merge_customers(self.database, keep, other, choices),
                MERGED,
                (keep, other),
            )
        finally:
            QApplication.restoreOverrideCursor()
        if result is not None:
            self.result_ = result
            self.accept()

    def done(self, code: int) -> None:
        self.save_window_state()  # accept/reject never send a closeEvent
        super().done(code)


def load_preview(
    parent: QWidget | None, database: Database, keep_id: int, other_id: int
) -> MergePreview | None:
    """The preview, or None after telling the user why there is none (a client went away)."""
    try:
        return merge_preview(database, keep_id, other_id)
    except NotFoundError:
        message = translate(
            "MergeDialog", "One of the two clients no longer exists; it may have been merged or "
            "moved to Trash meanwhile.",
        )  # fmt: skip
    except ValidationError:
        message = translate("MergeDialog", "A client cannot be merged with itself.")
    QMessageBox.warning(parent, translate("MergeDialog", "Cannot merge"), message)
    return None


def open_merge(
    parent: QWidget | None, database: Database, keep_id: int, other_id: int
) -> MergeResult | None:
    """Ask how to merge ``other_id`` into ``keep_id``; the result, or None when cancelled."""
    preview = load_preview(parent, database, keep_id, other_id)
    if preview is None:
        return None
    dialog = MergeDialog(database, preview, parent)
    try:
        dialog.exec()
        return dialog.result_
    finally:
        dialog.deleteLater()
