"""The Clients page (and each saved view): search, filter chips, bulk actions, the list.

A saved view is the same page opened on the view's filter; "Save as view…"
under an existing name updates that view.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.client_rows import ListFilter
from app.ui import settings
from app.ui.client_list.bulk_actions import BulkActions
from app.ui.client_list.columns import CLIENT_COLUMNS
from app.ui.client_list.filter_bar import FilterBar
from app.ui.client_list.list_page import ListPage
from app.ui.client_list.table_view import ViewSettings
from app.ui.icons import icon
from app.ui.notice_bar import NoticeBar
from app.ui.operations import Changed, perform
from app.ui.settings import TextListSetting

if TYPE_CHECKING:
    from app.services.views import View
# The services below load on first use, inside the methods: the list is shown
# before SQLAlchemy has loaded (see app.services.list_snapshot).

translate = QCoreApplication.translate
DOSSIER_PACKAGE = "app.ui.dossier"
MERGE_MODULE = "app.ui.merge"
CLIENT_STATE = ViewSettings(
    settings.CLIENT_LIST_COLUMNS,
    settings.CLIENT_LIST_SORT_COLUMN,
    settings.CLIENT_LIST_SORT_ORDER,
    TextListSetting("clients/column_widths", []),
)


def dossier_available() -> bool:
    """Whether the dossier editor is installed (it loads only when first opened)."""
    return importlib.util.find_spec(DOSSIER_PACKAGE) is not None


def _entry(module: str, name: str) -> Callable[..., object] | None:
    """A function of a UI module loaded on first use (not at start-up), if present."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def dossier_entry(name: str) -> Callable[..., object] | None:
    """``open_dossier`` or ``open_new_client`` from the dossier package, if present."""
    return _entry(DOSSIER_PACKAGE, name)


def merge_available() -> bool:
    return importlib.util.find_spec(MERGE_MODULE) is not None


def merge_entry(name: str) -> Callable[..., object] | None:
    """``open_merge``, ``open_duplicates`` or ``offer_undo`` from the merge dialogs, if present."""
    return _entry(MERGE_MODULE, name)


def ask_view_name(parent: QWidget, current: str) -> str | None:
    """The name to save the view under; None when cancelled."""
    name, ok = QInputDialog.getText(
        parent,
        translate("ClientsPage", "Save as view"),
        translate("ClientsPage", "Name of the view (an existing name updates that view):"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return name.strip() if ok and name.strip() else None


class ClientsPage(ListPage):
    def __init__(
        self,
        database: Database,
        *,
        view: View | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        start = view.filter if view is not None else ListFilter()
        name = "clientsPage" if view is None else f"viewPage{view.id}"
        super().__init__(
            database,
            columns=CLIENT_COLUMNS,
            state=CLIENT_STATE,
            list_filter=start,
            today=today,
            object_name=name,
        )
        self.view = view
        self.bulk = BulkActions(self, database, self.selected_ids)
        self.bulk.trashed.connect(self._offer_untrash)
        self.table.addAction(self.bulk.trash_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.open_requested.connect(self.open_client)
        self.filter_bar = FilterBar(self._tag_options)
        self.filter_bar.set_filter(start)
        self.filter_bar.changed.connect(self.apply_filter)
        self.notice = NoticeBar()
        self._build_layout()
        self._selection_changed()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        self.tier_button = self._menu_button("bulkTierButton", self.bulk.tier_menu)
        self.status_button = self._menu_button("bulkStatusButton", self.bulk.status_menu)
        self.tags_button = self._menu_button("bulkTagsButton", self.bulk.tags_menu)
        self.trash_button = QPushButton(icon("trash"), "", objectName="bulkTrashButton")
        self.trash_button.clicked.connect(self.bulk.trash_action.trigger)
        self.new_button = QPushButton(icon("add"), "", objectName="newClientButton")
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setEnabled(dossier_available())
        self.save_view_button = QPushButton(objectName="saveViewButton")
        self.save_view_button.clicked.connect(self.save_as_view)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        for button in (self.tier_button, self.status_button, self.tags_button):
            top.addWidget(button)
        top.addWidget(self.trash_button)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        chips = QHBoxLayout()
        chips.addWidget(self.filter_bar, 1)
        chips.addWidget(self.save_view_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(chips)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

    def _menu_button(self, name: str, menu: QMenu) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setMenu(menu)
        return button

    # Filters and views ---------------------------------------------------------------

    def current_filter(self) -> ListFilter:
        return self.filter_bar.list_filter(self.model.list_filter).with_text(self.search.text())

    def apply_filter(self) -> None:
        super().apply_filter()
        self._update_placeholder()

    def listed_ids(self) -> list[int]:
        """Every client the list shows, in its order (filters, search and sort applied),
        also those beyond the first rows of an answer still arriving; for exports."""
        from app.services import client_list

        model = self.model
        if model.loaded and model.complete:
            return list(model.ids)
        return client_list.list_ids(
            self.database, model.list_filter, model.sort_key, model.descending, today=self.today()
        )

    def show_filter(self, flt: ListFilter) -> None:
        """List exactly ``flt`` (chips and search text), e.g. the clients behind a report bar."""
        self.filter_bar.set_filter(flt)
        self.search.blockSignals(True)  # no debounced second query for the text
        self.search.setText(flt.text)
        self.search.blockSignals(False)
        self.apply_filter()

    def _tag_options(self) -> list[tuple[str, str]]:
        from app.services import tags

        counts = tags.list_tags(self.database)
        fmt = self.formatter()
        return [(t.name, f"{t.name} ({fmt.count(t.count)})") for t in counts]

    def save_as_view(self) -> None:
        from app.services import views

        name = ask_view_name(self, self.view.name if self.view is not None else "")
        if name:
            flt = self.current_filter()
            perform(self, lambda: views.save_view(self.database, name, flt), Changed.VIEWS)

    def _update_placeholder(self) -> None:
        if self.current_filter().narrows():
            text = translate("ClientsPage", "No client matches this search and these filters.")
        else:
            text = translate("ClientsPage", "No clients yet. Press Ctrl+N to add one.")
        self.table.placeholder = text
        self.filter_bar.clear_button.setVisible(self.filter_bar.list_filter(ListFilter()).narrows())

    # Clients ---------------------------------------------------------------------

    def open_client(self, client_id: int) -> None:
        opener = dossier_entry("open_dossier")
        if opener is not None:
            opener(self.window(), self.database, client_id)

    def merge(self, ids: list[int]) -> None:
        """Merge the second client into the first (the dialog lets the user swap them)."""
        opener = merge_entry("open_merge")
        if opener is not None and len(ids) == 2:
            result = opener(self.window(), self.database, ids[0], ids[1])
            offer = merge_entry("offer_undo")
            if result is not None and offer is not None:  # the notice: "Merged …", Undo
                offer(self.notice, self, self.database, result)

    def new_client(self) -> None:
        opener = dossier_entry("open_new_client")
        if opener is not None:
            opener(self.window(), self.database)

    def _row_menu(self, pos: QPoint) -> None:
        menu = self.bulk.context_menu()
        index = self.table.indexAt(pos)
        if index.isValid():
            first = menu.actions()[0] if menu.actions() else None
            open_action = menu.addAction(translate("ClientsPage", "Open dossier"))
            open_action.triggered.connect(lambda: self.open_client(self.model.id_at(index.row())))
            open_action.setEnabled(dossier_available())
            menu.insertAction(first, open_action)
            ids = self.selected_ids()
            merge = menu.addAction(translate("ClientsPage", "Merge these two clients…"))
            merge.triggered.connect(lambda: self.merge(ids))
            merge.setEnabled(len(ids) == 2 and merge_available())
            menu.insertAction(first, merge)
            menu.insertSeparator(first)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _selection_changed(self) -> None:
        super()._selection_changed()
        selected = self.table.selectionModel().hasSelection()
        self.bulk.set_enabled(selected)
        for button in (self.tier_button, self.status_button, self.tags_button, self.trash_button):
            button.setEnabled(selected)

    def _offer_untrash(self, ids: list[int]) -> None:
        if len(ids) == 1:
            text = translate("ClientsPage", "Moved 1 client to Trash.")
        else:
            count = self.formatter().count(len(ids))
            text = translate("ClientsPage", "Moved {count} clients to Trash.").format(count=count)

        def restore() -> None:
            from app.services import customers

            perform(
                self,
                lambda: customers.restore_customers(self.database, ids),
                Changed.MEMBERSHIP,
                ids,
            )

        self.notice.show_notice(text, restore)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.bulk.retranslate_ui()
        for button, menu in (
            (self.tier_button, self.bulk.tier_menu),
            (self.status_button, self.bulk.status_menu),
            (self.tags_button, self.bulk.tags_menu),
        ):
            button.setText(menu.title())
            button.setToolTip(translate("ClientsPage", "For the selected clients"))
        self.trash_button.setText(self.bulk.trash_action.text())
        trash_tip = translate("ClientsPage", "Move the selected clients to Trash (Delete)")
        self.trash_button.setToolTip(trash_tip)
        self.new_button.setText(translate("ClientsPage", "New client"))
        self.new_button.setToolTip(translate("ClientsPage", "New client (Ctrl+N)"))
        self.save_view_button.setText(translate("ClientsPage", "Save as view…"))
        self._update_placeholder()
