"""What the Clients page, its saved views and the Trash share: search, table, memory.

A list page queries only once it is first shown, and a change announced on
the bus while it is hidden only marks it stale, so ten saved views cost
nothing until opened. When the id list is replaced (a sort, a filter, a
client added or trashed) the selection and current row follow their clients,
not their row numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app.models.db import Database
from app.services.client_rows import ListFilter
from app.services.list_snapshot import ListSnapshot
from app.ui.client_list.columns import Formatter
from app.ui.client_list.table_model import ClientTableModel
from app.ui.client_list.table_view import ClientTableView, ViewSettings
from app.ui.icons import icon
from app.ui.operations import Change, Changed, bus

translate = QCoreApplication.translate
DEBOUNCE_MS = 200
# Changes that can alter a listed row, its place in the order or its membership.
LIST_CHANGES = Changed.CLIENTS | Changed.MEMBERSHIP | Changed.FOLLOW_UPS | Changed.HISTORY


class SearchField(QLineEdit):
    """The search box: Esc clears it, Down moves into the list."""

    down_pressed = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="clientSearch", clearButtonEnabled=True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ListPage(QWidget):
    summary_changed = Signal()

    def __init__(
        self,
        database: Database,
        *,
        columns: tuple[str, ...],
        state: ViewSettings,
        list_filter: ListFilter,
        today: Callable[[], date],
        object_name: str,
    ) -> None:
        super().__init__(objectName=object_name)
        self.database = database
        self.today = today
        self.model = ClientTableModel(
            database, columns=columns, list_filter=list_filter, today=today, parent=self
        )
        self.table = ClientTableView(self.model, state, self)
        self.table.setObjectName("clientTable")
        self.search = SearchField()
        self.search.setText(list_filter.text)
        self._stale = True  # nothing queried yet
        self._kept: tuple[list[int], int | None, int] = ([], None, 0)
        self._follow_current = False
        self._restore_pending = False  # a preview is shown; the selection waits for the rest
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.search.down_pressed.connect(self._enter_list)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        # After a preview the rest arrives as inserted rows: clients selected
        # beyond the preview are selected again then.
        self.model.rowsInserted.connect(self._restore_after_preview)
        self.model.ids_loaded.connect(self.summary_changed)
        self.model.ids_previewed.connect(self.summary_changed)
        self.model.load_failed.connect(self._show_failure)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        bus.changed.connect(self.on_changed)

    # Filtering --------------------------------------------------------------------

    def current_filter(self) -> ListFilter:
        """The filter the controls show now (the search text included)."""
        return self.model.list_filter.with_text(self.search.text())

    def apply_filter(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt != self.model.list_filter or self._stale:
            self._follow_current = True
            self._query(flt)

    def _query(self, flt: ListFilter | None = None) -> None:
        self._stale = False
        self.model.set_query(flt)

    def refresh(self) -> None:
        """Read everything again (F5)."""
        self.model.forget()
        self._stale = False
        self.model.reload()

    def on_changed(self, change: Change) -> None:
        if not change.kinds & LIST_CHANGES:
            return
        self.model.forget(change.client_ids)  # re-read rows even before the new ids arrive
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    def load(self) -> None:
        """Query now if the list has never been read or went stale while hidden."""
        if self._stale:
            self._query(self.current_filter())

    def seed(self, snapshot: ListSnapshot) -> None:
        """Show start-up's snapshot of the list instead of querying, if it fits."""
        if self._stale and self.model.seed(snapshot):
            self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    # Selection --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        ids = self.model.ids
        rows = self.table.selectionModel().selection()
        return [ids[r] for span in rows for r in range(span.top(), span.bottom() + 1)]

    def _selection_changed(self) -> None:
        self.summary_changed.emit()

    def _keep_selection(self) -> None:
        current = self.table.currentIndex()
        current_id = self.model.id_at(current.row()) if current.isValid() else None
        self._kept = (self.selected_ids(), current_id, self.table.verticalScrollBar().value())

    def _restore_after_preview(self) -> None:
        if self._restore_pending and self.model.complete:
            self._restore_selection()

    def _restore_selection(self) -> None:
        selected, current_id, scroll = self._kept
        self._restore_pending = not self.model.complete
        rows = sorted(r for r in self.model.rows_of(selected) if r is not None)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = None
        for row in [*rows, None]:  # runs of consecutive rows become one range
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, last))
            start = previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        current_row = self.model.row_of(current_id) if current_id is not None else None
        if current_row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.table.verticalScrollBar().setValue(scroll)
        if self._follow_current and current_row is not None:
            self.table.scrollTo(self.model.index(current_row, 0))
        self._follow_current = self._follow_current and self._restore_pending

    def _enter_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Status -----------------------------------------------------------------------

    def formatter(self) -> Formatter:
        return self.model.formatter

    def count_text(self, count: int) -> str:
        """How many clients the list holds, as the status bar says it."""
        number = self.formatter().count(count)
        if count == 1:
            return translate("ClientList", "1 client")
        return translate("ClientList", "{count} clients").format(count=number)

    def summary(self) -> str:
        """The status bar text: "共 12,345 位客户 / 已选 3"."""
        if not self.model.loaded:
            return ""
        text = self.count_text(self.model.rowCount())
        if not self.model.complete:  # the first rows of a long answer; counting the rest
            more = self.formatter().count(self.model.rowCount())
            text = translate("ClientList", "{count}+ clients…").format(count=more)
        selected = len(self.selected_ids())
        if selected:
            number = self.formatter().count(selected)
            text += translate("ClientList", " / {count} selected").format(count=number)
        return text

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, translate("ClientList", "Could not load the list"), message)

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(
            translate("ClientList", "Search name, pinyin, initials, phone, company… (Ctrl+F)")
        )
        self.model.retranslate()
        self.summary_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
