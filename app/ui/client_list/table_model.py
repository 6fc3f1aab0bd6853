"""The client table model: an ordered id list, rows loaded lazily in batches.

Anki's browser pattern: the model holds only the ids that pass the filter, in
the order SQL gave them; a row's values are read the first time the view asks
for them, together with the rest of its batch, into a bounded LRU cache. So
100,000 clients cost 100,000 ints, and scrolling to the end reads one batch.
The id query (a full sort at 100k takes a few hundred ms) runs on a worker
thread; only the newest request's answer is used, so typing never queues up
stale searches and the window never freezes while SQL sorts.

At start-up the model can be seeded with a snapshot read by plain sqlite3
(the whole unfiltered list and its first rows): the window shows it before
SQLAlchemy loads, which :mod:`app.services.client_list` needs and which is
therefore imported on first use.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.models.db import Database
from app.services.client_rows import ClientRow, ListFilter
from app.services.list_snapshot import ListSnapshot
from app.ui.client_list.columns import (
    BY_KEY,
    CLIENT_COLUMNS,
    Formatter,
    current_language,
    tier_dot,
)
from app.ui.client_list.id_loader import IdLoader

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#d64541")  # readable on light and dark backgrounds
EVERYONE = ListFilter()
NO_PARENT = QModelIndex()
FEW = 8  # row lookups answered by scanning the id list rather than indexing it
DESCENDING_FIRST = {"intent", "last_contact", "deleted"}  # newest/highest first on first click


class ClientRole(IntEnum):
    """Data roles beyond Qt's own."""

    ID = Qt.ItemDataRole.UserRole + 1  # the client's id
    ROW = Qt.ItemDataRole.UserRole + 2  # the whole ClientRow


class ClientTableModel(QAbstractTableModel):
    ids_loaded = Signal()  # the complete new id list is in place (rows may have moved)
    ids_previewed = Signal()  # the first rows of a long answer are in; the rest follows
    loading_changed = Signal(bool)
    load_failed = Signal(str)

    def __init__(
        self,
        database: Database,
        *,
        columns: Sequence[str] = CLIENT_COLUMNS,
        list_filter: ListFilter = EVERYONE,
        sort: str = "name",
        descending: bool = False,
        today: Callable[[], date] = date.today,
        batch_size: int = 200,
        cache_size: int = 4000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = database
        self.columns = tuple(BY_KEY[key] for key in columns)
        self.list_filter = list_filter
        self.sort_key = sort
        self.descending = descending
        self._today = today
        self.batch_size = batch_size
        self._cache_size = cache_size
        self._ids: list[int] = []
        self._rows: OrderedDict[int, ClientRow] = OrderedDict()  # LRU: oldest first
        self._gone: set[int] = set()  # ids whose rows vanished since the id query
        self._row_of: dict[int, int] | None = None
        self._formatter = Formatter(current_language())
        self.loaded = False  # an id list has arrived at least once
        self.complete = False  # False while only a preview of the answer is in
        self.loading = False
        self.preview = True  # long answers show their first rows early
        self._loader = IdLoader(self)
        self._loader.finished.connect(self._on_ids)

    # Querying -----------------------------------------------------------------

    def set_query(
        self,
        list_filter: ListFilter | None = None,
        sort: str | None = None,
        descending: bool | None = None,
    ) -> None:
        """Change filter and/or order and fetch the ids again (in the background)."""
        if list_filter is not None:
            self.list_filter = list_filter
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        self._request(preview=self.preview)

    def reload(self) -> None:
        """The same query again (data changed): no preview, the old rows stay till then."""
        self._request(preview=self.preview and not self.loaded)

    def _request(self, preview: bool) -> None:
        db, flt, sort, descending = self._db, self.list_filter, self.sort_key, self.descending
        today = self._today()

        def whole() -> list[int]:
            from app.services import client_list

            return client_list.list_ids(db, flt, sort, descending, today=today)

        def first() -> list[int] | None:
            from app.services import client_list

            return client_list.first_ids(db, flt, sort, descending) if preview else None

        self._loader.request(whole, first)
        self._set_loading(True)

    def seed(self, snapshot: ListSnapshot) -> bool:
        """Show ``snapshot`` as the complete answer, if it is the list asked for
        (everyone, in this order) and nothing has been loaded yet."""
        wanted = (EVERYONE, self.sort_key, self.descending)
        if self.loaded or (self.list_filter, snapshot.sort, snapshot.descending) != wanted:
            return False
        self._rows.update(snapshot.rows)
        self.complete = True
        self._apply(list(snapshot.ids))
        self.loaded = True
        self.ids_loaded.emit()
        return True

    def refresh(self, client_ids: Iterable[int] = ()) -> None:
        """Forget cached rows (those of ``client_ids``, or all) and query the ids again."""
        self.forget(client_ids)
        self.reload()

    def forget(self, client_ids: Iterable[int] = ()) -> None:
        """Drop cached rows so they are read again when next shown."""
        wanted = set(client_ids)
        if wanted:
            for cid in wanted:
                self._rows.pop(cid, None)
            self._gone -= wanted
        else:
            self._rows.clear()
            self._gone.clear()
        self._repaint()

    def _repaint(self) -> None:
        if self._ids:  # views repaint only the cells they show
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def wait(self) -> None:
        """Block until the pending id query is done and applied (tests, benchmarks)."""
        self._loader.wait()

    def _on_ids(self, generation: int, result: object) -> None:
        if generation != self._loader.generation:
            return
        if isinstance(result, Exception):
            self._set_loading(False)
            self.load_failed.emit(str(result))
            return
        assert isinstance(result, tuple)
        ids, self.complete = result
        self._apply(ids)
        self.loaded = True
        if self.complete:
            self._set_loading(False)
            self.ids_loaded.emit()
        else:
            self.ids_previewed.emit()

    def _apply(self, ids: list[int]) -> None:
        old = self._ids
        if ids == old and self.loaded:
            self.forget()  # same rows in the same order: keeps selection and scroll
        elif self.loaded and len(ids) > len(old) and ids[: len(old)] == old:
            # The rest of a preview (or clients added at the end): rows shown stay put.
            self.beginInsertRows(NO_PARENT, len(old), len(ids) - 1)
            self._ids, self._row_of = ids, None
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids, self._row_of = ids, None
            self._gone.clear()
            self.endResetModel()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    # Rows ------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int | None:
        return self.rows_of([client_id])[0]

    def rows_of(self, client_ids: Sequence[int]) -> list[int | None]:
        """The rows of these clients (None: not listed).

        A few are searched for in C (~1 ms each at 100k); for many, an index
        of the whole list is built once (~20 ms at 100k) and kept until the ids change.
        """
        if self._row_of is None and len(client_ids) <= FEW:
            return [self._find(cid) for cid in client_ids]
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return [self._row_of.get(cid) for cid in client_ids]

    def _find(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def client_row(self, row: int) -> ClientRow | None:
        """The values of the client at ``row``, loading its batch if needed."""
        cid = self._ids[row]
        cached = self._rows.get(cid)
        if cached is not None:
            self._rows.move_to_end(cid)
            return cached
        if cid in self._gone:
            return None
        start = row - row % self.batch_size
        wanted = [i for i in self._ids[start : start + self.batch_size] if i not in self._rows]
        from app.services import client_list  # after start-up's snapshot: on first use

        loaded = client_list.load_rows(self._db, wanted)
        for i in wanted:
            if i in loaded:
                self._rows[i] = loaded[i]
            else:
                self._gone.add(i)  # trashed or purged meanwhile; the next refresh drops it
        while len(self._rows) > self._cache_size:
            self._rows.popitem(last=False)
        return self._rows.get(cid)

    @property
    def cached_count(self) -> int:
        return len(self._rows)

    def retranslate(self) -> None:
        """New language: new labels, dates and headers."""
        self._formatter = Formatter(current_language())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._repaint()

    @property
    def formatter(self) -> Formatter:
        return self._formatter

    # QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == ClientRole.ID:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
            ClientRole.ROW,
        ):
            return None
        row = self.client_row(index.row())
        if row is None:
            return None
        if role == ClientRole.ROW:
            return row
        if role == Qt.ItemDataRole.DecorationRole:
            return tier_dot(row.tier) if column.key == "tier" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = column.key == "next_follow_up" and row.next_follow_up is not None
            return OVERDUE if overdue and row.next_follow_up < self._today() else None
        text = self._formatter.text(row, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column.key in ("tags", "company") and text else None
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            descending = column.key in DESCENDING_FIRST
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by SQL: ask for the ids again, never sort in Python."""
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.set_query(
            sort=self.columns[column].key, descending=order == Qt.SortOrder.DescendingOrder
        )

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)
