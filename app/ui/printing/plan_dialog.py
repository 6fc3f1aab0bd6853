"""The "Print visit plan" dialog: choose the period, add clients, set times,
reorder, then preview, print or export the PDF.

The list is a plain list of PlanItems (``visit_plan``); the database is read
when the period changes or a client is added, and only re-sorted in memory
when a time or the order changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.search import search_customers
from app.services.visit_plan import (
    GroupBy,
    PlanItem,
    PlanPeriod,
    VisitPlan,
    build_plan,
    rearrange,
    set_appointment,
)
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.icons import icon
from app.ui.operations import Changed, perform
from app.ui.printing.pages import PrintDocument, page_layout
from app.ui.printing.period_picker import PeriodPicker
from app.ui.printing.plan_layout import plan_document
from app.ui.printing.plan_table import PlanTable
from app.ui.printing.preview import PAPER, export_pdf, show_preview
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate


class VisitPlanDialog(WindowStateMixin, QDialog):
    def __init__(
        self, database: Database, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitPlanDialog")
        self.setWindowIcon(icon("print"))
        self.resize(860, 560)
        self.database, self.today = database, today
        self.lang = resolve_language(settings.LANGUAGE.get())

        self.period_picker = PeriodPicker(today(), self.lang, self)
        self.group_by = QComboBox(objectName="planGroupBy")
        self.paper = QComboBox(objectName="planPaper")
        self.manager = QLineEdit(settings.MANAGER_NAME.get(), objectName="planManager")
        self.table = PlanTable(self)
        self.add_button = QPushButton(icon("add"), "", objectName="addClientButton")
        self.remove_button = QPushButton(objectName="removeVisitButton")
        self.up_button = QPushButton(objectName="moveUpButton")
        self.down_button = QPushButton(objectName="moveDownButton")
        self.reload_button = QPushButton(objectName="reloadPlanButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setIcon(icon("print"))
        self.preview_button.setDefault(True)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportPdfButton")
        self.export_button.setIcon(icon("export"))
        self._lay_out()
        self.retranslate_ui()
        self.paper.setCurrentIndex(0 if PAPER.get() == "a4" else 1)
        self._connect()
        self._period_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.period_label, self.order_label = QLabel(), QLabel()
        self.paper_label, self.manager_label = QLabel(), QLabel()
        form.addRow(self.period_label, self.period_picker)
        options = QHBoxLayout()
        for widget in (self.group_by, self.paper_label, self.paper, self.manager_label):
            options.addWidget(widget)
        options.addWidget(self.manager, 1)
        form.addRow(self.order_label, options)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.reload_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.period_picker.changed.connect(self._period_changed)
        self.group_by.currentIndexChanged.connect(self._resort)
        # Queued: re-sorting rebuilds the row editors, never inside the editor's own signal.
        self.table.item_edited.connect(self._item_edited, Qt.ConnectionType.QueuedConnection)
        self.add_button.clicked.connect(self.add_client)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.reload_button.clicked.connect(self._period_changed)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("VisitPlanDialog", "Print visit plan"))
        self.period_label.setText(translate("VisitPlanDialog", "Period:"))
        self.order_label.setText(translate("VisitPlanDialog", "Order:"))
        self.paper_label.setText(translate("VisitPlanDialog", "Paper:"))
        self.manager_label.setText(translate("VisitPlanDialog", "Account manager:"))
        texts = {
            self.group_by: (
                translate("VisitPlanDialog", "By day and time"),
                translate("VisitPlanDialog", "By area (city, district, street)"),
                translate("VisitPlanDialog", "As listed"),
            ),
            self.paper: ("A4", "Letter"),
        }
        for combo, labels in texts.items():
            index = max(combo.currentIndex(), 0)
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(labels))
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.add_button.setText(translate("VisitPlanDialog", "Add client…"))
        self.remove_button.setText(translate("VisitPlanDialog", "Remove"))
        self.up_button.setText(translate("VisitPlanDialog", "Move up"))
        self.down_button.setText(translate("VisitPlanDialog", "Move down"))
        self.reload_button.setText(translate("VisitPlanDialog", "Reload follow-ups"))
        self.reload_button.setToolTip(
            translate("VisitPlanDialog", "Start again from the follow-ups due in the period")
        )
        self.preview_button.setText(translate("VisitPlanDialog", "Preview and print…"))
        self.export_button.setText(translate("VisitPlanDialog", "Export PDF…"))
        self.table.retranslate_ui()
        self.period_picker.retranslate_ui()

    # The list --------------------------------------------------------------------

    def period(self) -> PlanPeriod:
        return self.period_picker.period()

    def order(self) -> GroupBy:
        return list(GroupBy)[self.group_by.currentIndex()]

    def _period_changed(self) -> None:
        self._show(build_plan(self.database, self.period(), None, self.order()))

    def _show(self, plan: VisitPlan, select: int | None = None) -> None:
        self.plan = plan  # set first in __init__, through _period_changed
        self.table.show_plan(plan, self.lang)
        if select is not None:
            self.table.selectRow(select)
        has_rows = bool(plan.entries)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_rows)

    def _resort(self, select: int | None = None) -> None:
        self._show(rearrange(self.plan, self.table.items, self.order()), select)

    def _item_edited(self, _row: int, item: PlanItem) -> None:
        if item.follow_up_id is not None:  # the agreed time stays with the follow-up
            at = datetime.combine(item.day, item.time) if item.time else None
            perform(
                self,
                lambda: set_appointment(self.database, item.follow_up_id, at),
                Changed.FOLLOW_UPS,
                [item.customer_id],
            )
        self._resort()

    def add_client(self) -> None:
        """Find a client by name, pinyin, phone or company and add it to the list."""
        title = translate("VisitPlanDialog", "Add client")
        text, ok = QInputDialog.getText(
            self, title, translate("VisitPlanDialog", "Name, pinyin, phone or company:")
        )
        if not ok or not text.strip():
            return
        hits = search_customers(self.database, text.strip(), limit=30)
        if not hits:
            message = translate("VisitPlanDialog", "No client matches “{text}”.")
            QMessageBox.information(self, title, message.format(text=text.strip()))
            return
        chosen = hits[0]
        if len(hits) > 1:
            names = [" ".join(p for p in (h.display_name, h.company, h.city) if p) for h in hits]
            question = translate("VisitPlanDialog", "Which client?")
            picked, ok = QInputDialog.getItem(self, title, question, names, 0, False)
            if not ok:
                return
            chosen = hits[names.index(picked)]
        items = self.table.items
        if any(i.customer_id == chosen.id for i in items):
            self.table.selectRow(next(n for n, i in enumerate(items) if i.customer_id == chosen.id))
            return
        period = self.period()
        added = [*items, PlanItem(chosen.id, period.start)]
        self._show(build_plan(self.database, period, added, self.order()))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            del self.table.items[row]
            self._resort(min(row, len(self.table.items) - 1))

    def move_selected(self, step: int) -> None:
        row, items = self.table.currentRow(), self.table.items
        if row < 0 or not 0 <= row + step < len(items):
            return
        items[row], items[row + step] = items[row + step], items[row]
        # Moving a visit by hand means the user's own order now decides.
        self.group_by.blockSignals(True)
        self.group_by.setCurrentIndex(list(GroupBy).index(GroupBy.MANUAL))
        self.group_by.blockSignals(False)
        self._resort(row + step)

    # Output ----------------------------------------------------------------------

    def _document(self) -> PrintDocument:
        settings.MANAGER_NAME.set(self.manager.text().strip())
        PAPER.set(self.paper_code())
        plan = rearrange(self.plan, self.table.items, self.order())
        return plan_document(plan, self.lang, self.manager.text().strip(), self.today())

    def paper_code(self) -> str:
        return ("a4", "letter")[self.paper.currentIndex()]

    def file_name(self) -> str:
        return f"visit-plan-{self.period().code.replace('…', '_')}.pdf"

    def preview(self) -> None:
        show_preview(self, self._document(), self.file_name(), self.paper_code())

    def export(self) -> None:
        export_pdf(self, self._document(), self.file_name(), page_layout(self.paper_code()))

    def done(self, code: int) -> None:
        self.save_window_state()  # accept/reject never send a closeEvent
        super().done(code)


def open_print_preview(
    parent: QWidget | None,
    database: Database,
    today: Callable[[], date] = date.today,
    start: date | None = None,
    end: date | None = None,
) -> VisitPlanDialog:
    """Open the visit plan dialog on top of ``parent`` (or bring back the one open
    there) for ``start``–``end``: a day, a week or a range; default this week."""
    dialog = parent.findChild(VisitPlanDialog) if parent is not None else None
    if dialog is None or not dialog.isVisible():
        dialog = VisitPlanDialog(database, today, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if start is not None:
        dialog.period_picker.set_span(start, end or start)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
