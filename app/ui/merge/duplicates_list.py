"""The list of likely duplicate groups, from which two clients are merged.

:func:`open_duplicates` shows the groups :func:`duplicates.find_duplicates`
reports; picking two clients of a group opens the merge dialog, and a notice
under the list offers to undo the merge just made.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.duplicates import DuplicateGroup, find_duplicates
from app.ui.client_list.table_model import IdLoader
from app.ui.icons import icon
from app.ui.merge.dialog import open_merge
from app.ui.merge.texts import client_title, match_text
from app.ui.merge.undo import offer_undo
from app.ui.notice_bar import NoticeBar
from app.ui.operations import Change, Changed, bus
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesDialog(WindowStateMixin, QDialog):
    """Groups of likely duplicates; select two clients of a group and merge them."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Client"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Company"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Phone"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "City"),
    )

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowIcon(icon("merge"))
        self.resize(860, 560)
        self.database = database
        self.groups: list[DuplicateGroup] = []
        self.intro = QLabel(objectName="duplicatesIntro", wordWrap=True)
        self.tree = QTreeWidget(objectName="duplicateTree")
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for column, width in enumerate((200, 260, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.merge_selected())
        self.status = QLabel(objectName="duplicatesStatus")
        self.merge_button = QPushButton(objectName="mergeSelectedButton")
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.refresh_button = QPushButton(objectName="refreshButton")
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.clicked.connect(self.refresh)
        self.notice = NoticeBar()  # after a merge: what was done, and Undo
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        # The search takes about a second on 100k clients: it runs off the GUI
        # thread (the client list's loader runs any query; stale answers are dropped).
        self.loader = IdLoader(self)
        self.loader.finished.connect(self._loaded)
        # Writes elsewhere (an edit, a trash) can make groups appear or vanish;
        # several changes in a row cost one search.
        self._stale = QTimer(self, singleShot=True, interval=300)
        self._stale.timeout.connect(self.refresh)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("DuplicatesDialog", "Possible duplicates"))
        self.intro.setText(
            translate(
                "DuplicatesDialog",
                "Clients who share a phone number, an email address, or a name at the same "
                "company. Select two clients of a group and merge them.",
            )
        )
        self.tree.setHeaderLabels([translate("DuplicatesDialog", c) for c in self.COLUMNS])
        self.merge_button.setText(translate("DuplicatesDialog", "Merge…"))
        self.refresh_button.setText(translate("DuplicatesDialog", "Refresh"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.status.setText(translate("DuplicatesDialog", "Looking for duplicates…"))
        self.refresh_button.setEnabled(False)
        self.loader.request(lambda: find_duplicates(self.database))

    def _loaded(
        self, generation: int, result: tuple[list[DuplicateGroup], bool] | Exception
    ) -> None:
        if generation != self.loader.generation:
            return  # a newer search is under way
        self.refresh_button.setEnabled(True)
        if isinstance(result, Exception):
            self.groups = []
            self._fill()
            self.status.setText(translate("DuplicatesDialog", "The search failed: {error}")
                                .format(error=result))  # fmt: skip
            return
        self.groups, _complete = result  # no preview was asked for: always complete
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        separator = translate("DuplicatesDialog", ";  ")
        for group in self.groups:
            top = QTreeWidgetItem([separator.join(match_text(m) for m in group.matches)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for member in group.members:
                child = QTreeWidgetItem(
                    [client_title(member), member.company or "", member.primary_phone or "",
                     member.city or ""]
                )  # fmt: skip
                child.setData(0, ID_ROLE, member.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only once in the tree: the view keeps the span
            top.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.status.setText(
            translate("DuplicatesDialog", "Groups found: {n}").format(n=len(self.groups))
            if self.groups
            else translate("DuplicatesDialog", "No likely duplicates found.")
        )
        self._update_buttons()

    def selected_pair(self) -> tuple[int, int] | None:
        """Two clients of one group, the older kept: both selected, or a group of two."""
        items = self.tree.selectedItems()
        members = [i for i in items if i.parent() is not None]
        if len(members) == 2 and members[0].parent() is members[1].parent():
            ids = sorted(int(m.data(0, ID_ROLE)) for m in members)
            return ids[0], ids[1]
        if len(items) == 1:
            group = items[0].parent() or items[0]
            if group.childCount() == 2:
                ids = sorted(int(group.child(i).data(0, ID_ROLE)) for i in range(2))
                return ids[0], ids[1]
        return None

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        result = open_merge(self, self.database, *pair) if pair is not None else None
        if result is not None:
            self._stale.stop()
            self.refresh()
            offer_undo(self.notice, self, self.database, result)

    def done(self, code: int) -> None:
        self.save_window_state()
        super().done(code)

    def _update_buttons(self) -> None:
        ready = self.selected_pair() is not None
        self.merge_button.setEnabled(ready)
        self.merge_button.setToolTip(
            "" if ready else translate("DuplicatesDialog", "Select two clients of one group")
        )

    def _on_change(self, change: Change) -> None:
        if change.kinds & (Changed.MEMBERSHIP | Changed.CLIENTS) and self.isVisible():
            self._stale.start()


def open_duplicates(parent: QWidget | None, database: Database) -> DuplicatesDialog:
    """Show the duplicate groups in a window of their own (not modal: dossiers stay usable)."""
    dialog = DuplicatesDialog(database, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
