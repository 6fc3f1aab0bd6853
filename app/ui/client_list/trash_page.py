"""The Trash: clients moved here keep their whole history until restored or purged.

Purging — of the selection or of the whole Trash — is the only way anything
leaves the database for good, so it always asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.models.db import Database
from app.services import client_list, customers
from app.services.client_list import ListFilter
from app.ui.client_list.bulk_actions import busy
from app.ui.client_list.columns import TRASH_COLUMNS
from app.ui.client_list.list_page import ListPage
from app.ui.client_list.table_view import ASCENDING, DESCENDING, ViewSettings
from app.ui.icons import icon
from app.ui.notice_bar import NoticeBar
from app.ui.operations import Changed, perform
from app.ui.settings import ChoiceSetting, TextListSetting, TextSetting

translate = QCoreApplication.translate
TRASH_STATE = ViewSettings(
    TextListSetting("trash/visible_columns", list(TRASH_COLUMNS)),
    TextSetting("trash/sort_column", "deleted"),
    ChoiceSetting("trash/sort_order", DESCENDING, (ASCENDING, DESCENDING)),
    TextListSetting("trash/column_widths", []),
)


def confirm_purge(parent: QWidget, count: int, everything: bool) -> bool:
    """Ask before deleting for good; the default button is Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("TrashPage", "Delete permanently"))
    if everything:
        text = translate("TrashPage", "Empty the Trash? All {count} clients in it will be deleted.")
    elif count == 1:
        text = translate("TrashPage", "Delete this client permanently?")
    else:
        text = translate("TrashPage", "Delete {count} clients permanently?")
    box.setText(text.format(count=count))
    box.setInformativeText(
        translate("TrashPage", "Their whole history goes with them. This cannot be undone.")
    )
    delete = box.addButton(
        translate("TrashPage", "Delete permanently"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is delete


class TrashPage(ListPage):
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(
            database,
            columns=TRASH_COLUMNS,
            state=TRASH_STATE,
            list_filter=ListFilter(trashed=True),
            today=today,
            object_name="trashPage",
        )
        self.restore_button = QPushButton(icon("undo"), "", objectName="restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_action = QAction(self, objectName="purgeAction")
        self.purge_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.purge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.purge_action.triggered.connect(self.purge_selected)
        self.table.addAction(self.purge_action)
        self.purge_button = QPushButton(icon("trash"), "", objectName="purgeButton")
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(objectName="emptyTrashButton")
        self.empty_button.clicked.connect(self.empty_trash)
        self.notice = NoticeBar()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.model.ids_loaded.connect(self._update_buttons)
        self.table.open_requested.connect(lambda _id: self.restore_selected())
        self._update_buttons()
        self.retranslate_ui()

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        restored = perform(
            self,
            lambda: customers.restore_customers(self.database, ids),
            Changed.MEMBERSHIP,
            ids,
        )
        if restored == 1:
            self.notice.show_notice(translate("TrashPage", "Restored 1 client with its history."))
        elif restored:
            text = translate("TrashPage", "Restored {count} clients with their history.")
            self.notice.show_notice(text.format(count=self.formatter().count(restored)))

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if ids and confirm_purge(self, len(ids), everything=False):
            self._purge(ids)

    def empty_trash(self) -> None:
        ids = client_list.list_ids(self.database, ListFilter(trashed=True), "deleted")
        if ids and confirm_purge(self, len(ids), everything=True):
            self._purge(ids)

    def _purge(self, ids: list[int]) -> None:
        with busy():
            perform(
                self,
                lambda: customers.purge_customers(self.database, ids),
                Changed.MEMBERSHIP,
                ids,
            )

    def _selection_changed(self) -> None:
        super()._selection_changed()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
        self.purge_action.setEnabled(selected)
        self.empty_button.setEnabled(self.model.rowCount() > 0 or self.model.list_filter.text != "")

    def count_text(self, count: int) -> str:
        number = self.formatter().count(count)
        return translate("TrashPage", "{count} in Trash").format(count=number)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.restore_button.setText(translate("TrashPage", "Restore"))
        self.restore_button.setToolTip(translate("TrashPage", "Put back with the whole history"))
        self.purge_button.setText(translate("TrashPage", "Delete permanently…"))
        self.purge_action.setText(translate("TrashPage", "Delete permanently…"))
        self.empty_button.setText(translate("TrashPage", "Empty Trash…"))
        self.table.placeholder = translate(
            "TrashPage", "The Trash is empty. Clients you delete wait here until you purge them."
        )
