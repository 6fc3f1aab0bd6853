"""The workspace: the real pages plugged into the main window, and what ties them.

:func:`install_workspace` replaces the Clients and Trash placeholders, adds
the saved views under Clients, puts the client count in the status bar and
connects F5, Ctrl+N, Ctrl+F and the change bus.

It does so in two steps, so that the window appears in a fraction of a second
with the client list filled: first the Clients page, seeded from a snapshot
read with plain sqlite3 (:mod:`app.services.list_snapshot`); then, once that
has been painted, everything that needs SQLAlchemy and the other pages
(:meth:`Workspace.finish`). Tests and an empty or outdated database take both
steps at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from app.services.list_snapshot import read_snapshot
from app.ui.client_list.list_page import ListPage
from app.ui.client_list.page import (
    ClientsPage,
    dossier_available,
    merge_available,
    merge_entry,
)
from app.ui.icons import icon
from app.ui.main_window import MainWindow, builtin_page_titles
from app.ui.operations import Change, Changed, bus, perform
from app.ui.warm_up import WarmUp

translate = QCoreApplication.translate
FINISH_ANYWAY_MS = 5000  # the rest of the workspace, should the list never be painted


class Workspace(QObject):
    """The real pages of a main window and the wiring between them."""

    completed = Signal()  # every page is in place (see finish)

    def __init__(self, window: MainWindow, today: Callable[[], date]) -> None:
        super().__init__(window)
        self.window, self.database, self.today = window, window.database, today
        self.complete = False
        self._started = self._awaiting_paint = False
        for action in (window.import_action, window.export_action):
            action.setEnabled(False)  # until finish() connects them
        self.clients = ClientsPage(self.database, today=today)
        window.add_page("clients", builtin_page_titles()["clients"], icon("clients"), self.clients)
        self.view_pages: dict[str, ClientsPage] = {}
        self.count_label = QLabel(objectName="clientCountLabel")
        window.statusBar().insertPermanentWidget(0, self.count_label)
        self.clients.summary_changed.connect(self._show_summary)
        self._build_actions()
        window.navigation.currentRowChanged.connect(self._show_summary)
        window.refresh_requested.connect(self.refresh)
        bus.changed.connect(self._on_changed)
        self.retranslate_ui()
        window.installEventFilter(self)

    def show_snapshot(self) -> None:
        """Fill the Clients page from a plain-sqlite3 snapshot of the database, if
        the window opens on it."""
        path, model = self.database.path, self.clients.model
        if self.window.restored_page != "clients" or path is None:
            return
        snapshot = read_snapshot(path, model.sort_key, model.descending, first=model.batch_size)
        if snapshot is not None:
            self.clients.seed(snapshot)

    def finish_after_first_paint(self) -> None:
        """Build the rest once the window has been painted (with the seeded list,
        or the page it opens on saying "Loading…") and what the rest needs has
        been imported off the GUI thread; failing a paint, after a moment."""
        self._warm_up = WarmUp(self)
        self._warm_up.done.connect(self.finish)
        self._awaiting_paint = True
        QTimer.singleShot(FINISH_ANYWAY_MS, self.finish)

    def finish(self) -> None:
        """The rest: Trash, saved views, the Today, Follow-ups and Reports pages,
        import and export in the File menu, the badges. Runs once: a second call
        (the fallback timer) does nothing, even after a failure."""
        if self._started:
            return
        self._started = True
        try:
            self._build_the_rest()
        except Exception as exc:
            # Pages left saying "Loading…" forever would hide the cause: say it.
            QMessageBox.critical(
                self.window,
                "Rapport",
                translate("Workspace", "Rapport could not finish opening: {error}").format(
                    error=exc
                ),
            )
            raise
        self.complete = True
        self.completed.emit()

    def _build_the_rest(self) -> None:
        from app.ui.client_list.trash_page import TrashPage
        from app.ui.import_wizard.menu import install_exchange
        from app.ui.reports import install_reports_page
        from app.ui.today.install import install_followup_pages

        window, today = self.window, self.today
        self.trash = TrashPage(self.database, today=today)
        window.add_page("trash", builtin_page_titles()["trash"], icon("trash"), self.trash)
        self.trash.summary_changed.connect(self._show_summary)
        self.sync_views()
        window.navigation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.navigation.customContextMenuRequested.connect(self._navigation_menu)
        self._update_trash_badge()
        # Import and export (File menu): the wizard, the export dialog for the list on screen.
        install_exchange(window, lambda: self.list_page() or self.clients)
        for action in (window.import_action, window.export_action):
            action.setEnabled(True)
        install_followup_pages(window, today)  # Today and Follow-ups: the A–D plan, the badge
        install_reports_page(window, today)  # the Reports page: charts, drill-down, PDF export
        if window.current_page_key() != window.restored_page:
            window.show_page(window.restored_page)  # a saved view exists only from here on
        if (page := self.list_page()) is not None:
            page.load()  # unless seeded: the id query runs while the window is being shown

    def _build_actions(self) -> None:
        window = self.window
        self.new_client_action = QAction(icon("add"), "", window, objectName="newClientAction")
        self.new_client_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_client_action.setEnabled(dossier_available())
        self.new_client_action.triggered.connect(self.new_client)
        self.find_action = QAction(icon("search"), "", window, objectName="findClientAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.duplicates_action = QAction(icon("merge"), "", window, objectName="duplicatesAction")
        self.duplicates_action.setEnabled(merge_available())
        self.duplicates_action.triggered.connect(self.find_duplicates)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        actions = [self.new_client_action, self.find_action, self.duplicates_action]
        window.file_menu.insertActions(first, actions)
        window.file_menu.insertSeparator(first)

    # Pages --------------------------------------------------------------------------

    def list_page(self) -> ListPage | None:
        page = self.window.pages.currentWidget()
        return page if isinstance(page, ListPage) else None

    def refresh(self) -> None:
        page = self.list_page()
        if page is not None:
            page.refresh()
        if self.complete:
            self._update_trash_badge()

    def new_client(self) -> None:
        self.clients.new_client()

    def find_duplicates(self) -> None:
        opener = merge_entry("open_duplicates")
        if opener is not None:
            opener(self.window, self.database)

    def focus_search(self) -> None:
        page = self.list_page()
        if page is None:
            self.window.show_page("clients")
            page = self.clients
        page.focus_search()

    def sync_views(self) -> None:
        """One navigation entry per saved view, right under Clients, in their order."""
        from app.services import views

        wanted = {f"view:{v.id}": v for v in views.list_views(self.database)}
        for key in [k for k in self.view_pages if k not in wanted]:
            self.window.remove_page(key)
            del self.view_pages[key]
        after = "clients"
        for key, view in wanted.items():
            page = self.view_pages.get(key)
            if page is None:
                page = ClientsPage(self.database, view=view, today=self.today)
                page.summary_changed.connect(self._show_summary)
                self.window.add_page(key, view.name, icon("filter"), page, after=after)
                self.view_pages[key] = page
            else:
                page.view = view
                self.window.set_page_title(key, view.name)
            after = key

    def _navigation_menu(self, pos: QPoint) -> None:
        item = self.window.navigation.itemAt(pos)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        page = self.view_pages.get(key)
        if page is None or page.view is None:
            return
        view_id = page.view.id
        from app.services import views

        menu = QMenu(self.window.navigation)
        remove = menu.addAction(translate("Workspace", "Delete view"))
        remove.triggered.connect(
            lambda: perform(
                self.window, lambda: views.delete_view(self.database, view_id), Changed.VIEWS
            )
        )
        menu.exec(self.window.navigation.mapToGlobal(pos))
        menu.deleteLater()

    # Status ------------------------------------------------------------------------

    def _show_summary(self) -> None:
        page = self.list_page()
        self.count_label.setText(page.summary() if page is not None else "")

    def _update_trash_badge(self) -> None:
        from app.services import customers

        self.window.set_badge("trash", customers.count_customers(self.database, deleted=True))

    def _on_changed(self, change: Change) -> None:
        if not self.complete:
            return
        if change.kinds & Changed.VIEWS:
            self.sync_views()
        if change.kinds & Changed.MEMBERSHIP:
            self._update_trash_badge()

    def retranslate_ui(self) -> None:
        self.new_client_action.setText(translate("Workspace", "&New Client…"))
        self.find_action.setText(translate("Workspace", "&Find Client"))
        self.duplicates_action.setText(translate("Workspace", "Find &Duplicates…"))
        self._show_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif watched is self.window and event.type() == QEvent.Type.Paint and self._awaiting_paint:
            self._awaiting_paint = False
            # Once this paint (the children's, the list's, come in the same pass)
            # has reached the screen.
            QTimer.singleShot(0, lambda: self._warm_up.start(self.database))
        return False


def install_workspace(
    window: MainWindow, today: Callable[[], date] = date.today, *, quick_start: bool = False
) -> Workspace:
    """Put the real pages into ``window``; ``today`` is injectable for tests.

    With ``quick_start`` (the app's start-up on an up-to-date database) the
    window is shown first — the Clients page filled from a snapshot if it opens
    there — and the rest is built after that first paint; otherwise all at once.
    """
    workspace = Workspace(window, today)
    if quick_start:
        workspace.show_snapshot()
        workspace.finish_after_first_paint()
    else:
        workspace.finish()
    return workspace
