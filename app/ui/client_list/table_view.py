"""The table that shows a client list: fixed-height rows, choosable columns, SQL sorting.

Which columns show, in what order and how wide, and the sort, are kept in
settings per list (the Clients page and its saved views share one set, the
Trash has its own). Sorting goes through the header's indicator straight to
the model, which asks SQL; the tags column cannot be sorted, so a click on it
leaves the order alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.ui.client_list.table_model import ClientTableModel
from app.ui.settings import ChoiceSetting, TextListSetting, TextSetting

translate = QCoreApplication.translate
ASCENDING, DESCENDING = "ascending", "descending"


@dataclass(frozen=True)
class ViewSettings:
    """Where one kind of list keeps its columns and sort."""

    columns: TextListSetting  # visible column keys, in display order
    sort_column: TextSetting
    sort_order: ChoiceSetting
    widths: TextListSetting  # "key=pixels"


class ClientTableView(QTableView):
    open_requested = Signal(int)  # a client id: double-click or Enter

    def __init__(
        self, model: ClientTableModel, state: ViewSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.placeholder = ""  # shown when the list is empty
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Room between a right-aligned number and the next column's text.
        self.setStyleSheet(
            "QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 0 6px; }"
        )
        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights: Qt never measures 100,000 rows, so scrolling stays instant.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.restore_state()
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(self._save_widths)
        header.sectionMoved.connect(self._save_columns)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(self._id(index.row())))

    def client_model(self) -> ClientTableModel:
        model = self.model()
        assert isinstance(model, ClientTableModel)
        return model

    def _id(self, row: int) -> int:
        return self.client_model().id_at(row)

    # Columns and sort ----------------------------------------------------------

    def restore_state(self) -> None:
        """Columns, order, widths and sort as the settings say (unknown keys ignored)."""
        model, header = self.client_model(), self.horizontalHeader()
        widths = _widths(self._state.widths.get())
        visible = [k for k in self._state.columns.get() if model.column_of(k) >= 0]
        visible = visible or [model.columns[0].key]
        for logical, column in enumerate(model.columns):
            header.setSectionHidden(logical, column.key not in visible)
            header.resizeSection(logical, widths.get(column.key, column.width))
        for position, key in enumerate(visible):
            header.moveSection(header.visualIndex(model.column_of(key)), position)
        sort = self._state.sort_column.get()
        if model.column_of(sort) < 0 or not model.columns[model.column_of(sort)].sortable:
            sort = model.columns[0].key
        descending = self._state.sort_order.get() == DESCENDING
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(model.column_of(sort), order)
        model.sort_key, model.descending = sort, descending  # the first query uses these

    def visible_columns(self) -> list[str]:
        header, columns = self.horizontalHeader(), self.client_model().columns
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [columns[i].key for i in logical if not header.isSectionHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        logical = self.client_model().column_of(key)
        if not visible and len(self.visible_columns()) == 1:
            return  # the last column stays: an empty table can't be put back
        self.horizontalHeader().setSectionHidden(logical, not visible)
        self._save_columns()

    def _save_columns(self) -> None:
        self._state.columns.set(self.visible_columns())

    def _save_widths(self) -> None:
        header, columns = self.horizontalHeader(), self.client_model().columns
        pairs = [
            f"{c.key}={header.sectionSize(i)}"
            for i, c in enumerate(columns)
            if not header.isSectionHidden(i)
        ]
        self._state.widths.set(pairs)

    def _sort_changed(self, logical: int, order: Qt.SortOrder) -> None:
        model = self.client_model()
        column = model.columns[logical]
        if not column.sortable:  # put the indicator back where the order really is
            header = self.horizontalHeader()
            header.blockSignals(True)
            was = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(model.column_of(model.sort_key), was)
            header.blockSignals(False)
            return
        model.sort(logical, order)
        self._state.sort_column.set(column.key)
        descending = order == Qt.SortOrder.DescendingOrder
        self._state.sort_order.set(DESCENDING if descending else ASCENDING)

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """A menu of every column with a check mark on those shown."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        shown = set(self.visible_columns())
        for column in self.client_model().columns:
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        menu.addSeparator()
        reset = menu.addAction(translate("ClientTable", "Reset columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        for setting in (self._state.columns, self._state.widths):
            setting.reset()
        self.restore_state()

    # Keys and the empty state ------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.open_requested.emit(self._id(current.row()))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.client_model()
        if model.rowCount() or not model.loaded or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        colour = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(colour)
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.placeholder)
        painter.end()


def _widths(pairs: list[str]) -> dict[str, int]:
    widths = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if value.isdigit():
            widths[key] = max(30, int(value))
    return widths
