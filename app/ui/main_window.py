"""The main window: a navigation list on the left switching the pages on the right.

Screens plug in with :meth:`MainWindow.add_page`; calling it again with a key
that exists swaps the widget, which is how the real screens will replace
today's placeholders. Object names are stable: tests and settings use them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.models.db import Database
from app.ui import settings
from app.ui.i18n import install_translator
from app.ui.icons import icon
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
KEY_ROLE = Qt.ItemDataRole.UserRole  # nav items carry their page key
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}  # never translated
# Roomy rows with rounded highlights; palette() keeps it right in light and dark themes.
NAVIGATION_STYLE = """
QListWidget#navigation { background: palette(base); padding: 8px 6px; outline: 0; }
QListWidget#navigation::item { padding: 7px 8px; margin: 1px 0; border-radius: 6px; }
QListWidget#navigation::item:hover:!selected { background: palette(alternate-base); }
QListWidget#navigation::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
"""


def builtin_page_titles() -> dict[str, str]:
    """The standard pages in navigation order, titled in the current language."""
    return {
        "today": translate("MainWindow", "Today"),
        "clients": translate("MainWindow", "Clients"),
        "follow_ups": translate("MainWindow", "Follow-ups"),
        "reports": translate("MainWindow", "Reports"),
        "trash": translate("MainWindow", "Trash"),
    }


class PlaceholderPage(QLabel):
    """Stands in for a page until it is built (at start-up, for a moment after
    the client list has appeared)."""

    def __init__(self, key: str) -> None:
        super().__init__(objectName=f"{key}Page", alignment=Qt.AlignmentFlag.AlignCenter)

    def set_title(self, title: str) -> None:
        soon = translate("MainWindow", "Loading…")
        # Disabled text: a solid grey in every palette (PlaceholderText may be alpha-only).
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        grey = grey.name()
        self.setText(f"<h2>{html.escape(title)}</h2><p style='color: {grey}'>{soon}</p>")


class MainWindow(WindowStateMixin, QMainWindow):
    refresh_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName(settings.MAIN_WINDOW)
        self.setWindowIcon(icon("logo"))
        available = self.screen().availableGeometry().size()  # first run; then the saved one
        self.resize(available.boundedTo(QSize(1100, 720)).expandedTo(QSize(640, 480)))
        self._titles: dict[str, str] = {}
        self._badges: dict[str, int] = {}

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(140)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        nav_font = self.navigation.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)  # Chinese wants more than 9 pt
        self.navigation.setFont(nav_font)
        self.pages = QStackedWidget(objectName="pages")
        splitter = QSplitter(objectName="mainSplitter", childrenCollapsible=False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 920])
        self.register_splitter(splitter)
        self.setCentralWidget(splitter)

        self._build_actions()
        self._build_menus()
        self.database_label = QLabel(objectName="databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        for key, title in builtin_page_titles().items():
            self.add_page(key, title, icon(key), PlaceholderPage(key))
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.retranslate_ui()
        self.restored_page = settings.LAST_PAGE.get()  # pages added later may want it back
        self.show_page(self.restored_page)

    # Pages -----------------------------------------------------------------

    def add_page(
        self, key: str, title: str, page_icon: QIcon, widget: QWidget, after: str = ""
    ) -> None:
        """Add a page under ``key`` (at the end, or right after the page ``after``),
        or replace the widget of the page already there."""
        item = self._item(key)
        if item is None:
            item = QListWidgetItem(page_icon, title)
            item.setData(KEY_ROLE, key)
            anchor = self._item(after) if after else None
            row = self.navigation.count() if anchor is None else self.navigation.row(anchor) + 1
            self.pages.insertWidget(row, widget)  # first: the row change below shows it
            self.navigation.insertItem(row, item)
        else:
            old = self.pages.widget(self.navigation.row(item))
            self.pages.insertWidget(self.navigation.row(item), widget)
            self.pages.removeWidget(old)
            old.deleteLater()
            item.setIcon(page_icon)
            self.pages.setCurrentIndex(self.navigation.currentRow())
        self.set_page_title(key, title)
        if isinstance(widget, PlaceholderPage):
            widget.set_title(title)

    def remove_page(self, key: str) -> None:
        """Take the page ``key`` out of the navigation and delete its widget."""
        item = self._item(key)
        if item is None:
            return
        widget = self.pages.widget(self.navigation.row(item))
        self.pages.removeWidget(widget)
        self.navigation.takeItem(self.navigation.row(item))
        self._titles.pop(key, None)
        self._badges.pop(key, None)
        widget.deleteLater()

    def set_page_title(self, key: str, title: str) -> None:
        self._titles[key] = title
        self._refresh_item(key)

    def set_badge(self, key: str, count: int) -> None:
        """Show ``count`` after the page title, e.g. "跟进 (3)"; 0 hides it."""
        self._badges[key] = count
        self._refresh_item(key)

    def show_page(self, key: str) -> None:
        item = self._item(key) or self.navigation.item(0)
        self.navigation.setCurrentItem(item)

    def current_page_key(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def page(self, key: str) -> QWidget | None:
        item = self._item(key)
        return None if item is None else self.pages.widget(self.navigation.row(item))

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(KEY_ROLE) == key:
                return self.navigation.item(row)
        return None

    def _refresh_item(self, key: str) -> None:
        item, count = self._item(key), self._badges.get(key, 0)
        if item is not None:
            title = self._titles.get(key, key)
            item.setText(f"{title} ({count})" if count else title)

    def _on_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if row >= 0:
            settings.LAST_PAGE.set(self.current_page_key())

    # Menus -----------------------------------------------------------------

    def _action(
        self, name: str, slot: object, shortcut: str | QKeySequence = "", icon_name: str = ""
    ) -> QAction:
        action = QAction(self, objectName=name, shortcut=QKeySequence(shortcut))
        action.triggered.connect(slot)
        if icon_name:
            action.setIcon(icon(icon_name))
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action("importAction", self.import_requested, "Ctrl+I", "import")
        self.export_action = self._action("exportAction", self.export_requested, "Ctrl+E", "export")
        self.print_action = self._action(
            "printAction", self.print_requested, QKeySequence.StandardKey.Print, "print"
        )
        # Ctrl+P prints the visit plan; a dossier window prints its own sheet.
        self.print_requested.connect(self._print_plan)
        # Ctrl+Q everywhere (QKeySequence.Quit is empty on Windows). Closing the
        # window rather than quitting the app lets it save its geometry first.
        self.quit_action = self._action("quitAction", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action("refreshAction", self.refresh_requested, "F5")
        self.about_action = self._action("aboutAction", self._show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self, exclusive=True)
        chosen = settings.LANGUAGE.get()
        for code in settings.LANGUAGES:
            name = f"languageAction_{code or 'system'}"
            action = self._action(name, lambda _checked, c=code: self._choose_language(c))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            self.language_group.addAction(action)

    def _print_plan(self) -> None:
        from app.ui.printing.plan_dialog import open_print_preview  # on first use

        open_print_preview(self, self.database)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        """Set every visible text; runs again whenever the language changes."""
        self.setWindowTitle(translate("MainWindow", "Rapport"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.import_action.setText(translate("MainWindow", "&Import…"))
        self.export_action.setText(translate("MainWindow", "&Export…"))
        self.print_action.setText(translate("MainWindow", "&Print…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.refresh_action.setText(translate("MainWindow", "&Refresh"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        for action in self.language_group.actions():
            code = action.data()
            action.setText(LANGUAGE_NAMES.get(code) or translate("MainWindow", "Follow system"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About Rapport"))
        path = self.database.path or self.database.url
        self.database_label.setText(translate("MainWindow", "Database: {path}").format(path=path))
        for key, title in builtin_page_titles().items():
            self.set_page_title(key, title)
            page = self.page(key)
            if isinstance(page, PlaceholderPage):
                page.set_title(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _choose_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        app = QApplication.instance()
        if app is not None:
            install_translator(app, code)  # LanguageChange -> retranslate_ui

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Rapport"),
            translate(
                "MainWindow",
                "<h3>Rapport (客情簿) {version}</h3>"
                "<p>An offline notebook for the clients an account manager looks after.</p>",
            ).format(version=__version__),
        )
