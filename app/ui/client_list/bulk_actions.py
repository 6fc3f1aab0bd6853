"""What can be done to many selected clients at once: tier, status, tags, Trash.

Each action is one service call in one transaction, through ``perform`` so the
lists hear what changed. Churn is not offered as a bulk status: churning asks
for a reason and cancels the follow-up plan, which the churn dialog does per
client.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QWidget

from app.models.db import Database
from app.models.enums import DevStatus, Tier
from app.services.labels import label
from app.ui.client_list.columns import current_language
from app.ui.icons import icon
from app.ui.operations import Changed, perform

translate = QCoreApplication.translate
BULK_STATUSES = [s for s in DevStatus if s != DevStatus.CHURNED]


def ask_tag(parent: QWidget, title: str, prompt: str, names: list[str], new: bool) -> str | None:
    """A tag name picked from ``names`` (or typed, when ``new``); None if cancelled."""
    name, ok = QInputDialog.getItem(parent, title, prompt, names, 0, new)
    return name.strip() if ok and name.strip() else None


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a long write runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class BulkActions(QObject):
    trashed = Signal(list)  # ids just moved to Trash, for the page's undo offer

    def __init__(
        self, parent: QWidget, database: Database, selected: Callable[[], list[int]]
    ) -> None:
        super().__init__(parent)
        self._parent, self._db, self._selected = parent, database, selected
        self.tier_menu = QMenu(parent, objectName="setTierMenu")
        self.status_menu = QMenu(parent, objectName="setStatusMenu")
        for value in Tier:
            self.tier_menu.addAction("").setData(value.value)
        for value in BULK_STATUSES:
            self.status_menu.addAction("").setData(value.value)
        self.tier_menu.triggered.connect(lambda a: self.set_segment("tier", a.data()))
        self.status_menu.triggered.connect(lambda a: self.set_segment("dev_status", a.data()))
        self.add_tag_action = QAction(parent, objectName="addTagAction")
        self.add_tag_action.triggered.connect(self.add_tag)
        self.remove_tag_action = QAction(parent, objectName="removeTagAction")
        self.remove_tag_action.triggered.connect(self.remove_tag)
        self.trash_action = QAction(icon("trash"), "", parent, objectName="trashAction")
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trash_action.triggered.connect(self.trash)
        self.tags_menu = QMenu(parent, objectName="tagsMenu")
        self.tags_menu.addActions([self.add_tag_action, self.remove_tag_action])
        self.retranslate_ui()
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Enabled while clients are selected."""
        for item in (self.tier_menu, self.status_menu, self.tags_menu):
            item.setEnabled(enabled)
        for action in (self.add_tag_action, self.remove_tag_action, self.trash_action):
            action.setEnabled(enabled)

    def context_menu(self) -> QMenu:
        """The bulk actions as one menu, for a right-click on the rows."""
        menu = QMenu(self._parent)
        menu.addMenu(self.tier_menu)
        menu.addMenu(self.status_menu)
        menu.addMenu(self.tags_menu)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        return menu

    # The services load on first use: the list shows before SQLAlchemy has loaded.

    def set_segment(self, field: str, value: str) -> None:
        from app.services import customers

        ids = self._selected()
        if ids:
            with busy():
                perform(
                    self._parent,
                    lambda: customers.set_segment(self._db, ids, field, value),
                    Changed.CLIENTS,
                    ids,
                )

    def add_tag(self) -> None:
        from app.services import tags

        ids = self._selected()
        names = tags.tag_names(self._db)
        title = translate("BulkActions", "Add tag")
        prompt = translate("BulkActions", "Add this tag to the selected clients:")
        name = ask_tag(self._parent, title, prompt, names, True)
        if ids and name:
            with busy():
                perform(
                    self._parent, lambda: tags.add_tag(self._db, ids, name), Changed.CLIENTS, ids
                )

    def remove_tag(self) -> None:
        from app.services import tags

        ids = self._selected()
        names = tags.tag_names(self._db)
        title = translate("BulkActions", "Remove tag")
        prompt = translate("BulkActions", "Remove this tag from the selected clients:")
        name = ask_tag(self._parent, title, prompt, names, False) if names else None
        if ids and name:
            with busy():
                perform(
                    self._parent,
                    lambda: tags.remove_tag(self._db, ids, name),
                    Changed.CLIENTS,
                    ids,
                )

    def trash(self) -> None:
        from app.services import customers

        ids = self._selected()
        if not ids:
            return
        with busy():
            moved = perform(
                self._parent,
                lambda: customers.trash_customers(self._db, ids),
                Changed.MEMBERSHIP,
                ids,
            )
        if moved:
            self.trashed.emit(ids)

    def retranslate_ui(self) -> None:
        language = current_language()
        self.tier_menu.setTitle(translate("BulkActions", "Set tier"))
        self.status_menu.setTitle(translate("BulkActions", "Set status"))
        self.tags_menu.setTitle(translate("BulkActions", "Tags"))
        for action in self.tier_menu.actions():
            action.setText(label(Tier(action.data()), language))
        for action in self.status_menu.actions():
            action.setText(label(DevStatus(action.data()), language))
        self.add_tag_action.setText(translate("BulkActions", "Add tag…"))
        self.remove_tag_action.setText(translate("BulkActions", "Remove tag…"))
        self.trash_action.setText(translate("BulkActions", "Move to Trash"))
