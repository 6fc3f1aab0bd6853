"""Start the desktop app: QApplication, Chinese font, language, database, main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.models.db import open_current_database, open_database
from app.services import fonts
from app.ui import settings
from app.ui.i18n import install_translator
from app.ui.icons import icon
from app.ui.main_window import MainWindow
from app.ui.pyside_guard import guard_singleton_refcounts
from app.ui.workspace import Workspace, install_workspace

SWITCH_INTERVAL_S = 0.001


def run(db_url: str | None, argv: list[str]) -> int:
    """Run the app on the database ``db_url`` (None: the per-user default)."""
    guard_singleton_refcounts()
    # Id queries and imports run on worker threads; a GUI thread painting rows
    # needs the GIL back at every Python call, and waits up to this interval each
    # time a worker holds it (5 ms by default: a repaint could wait ~100 ms).
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = create_application(argv)
    language = install_translator(app, settings.LANGUAGE.get())
    apply_theme(app, settings.THEME.get())
    if apply_cjk_font(app, fonts.find_cjk_font()) is None:
        warn_missing_font_once(language)
    # Up to date: SQLAlchemy loads after the window shows. Else create or migrate first.
    database = open_current_database(db_url)
    quick_start = database is not None
    database = database or open_database(db_url)
    try:
        window = MainWindow(database)
        workspace = install_workspace(window, quick_start=quick_start)
        if workspace.complete:
            _settle(workspace)
        else:
            workspace.completed.connect(lambda: _settle(workspace))
        window.show()
        return app.exec()
    finally:
        database.dispose()


def _settle(workspace: Workspace) -> None:
    """Once every page is built: freeze start-up's objects, then, on an empty
    database, offer demo clients or an import."""
    # What start-up built lives as long as the app: keep it out of the
    # collector, whose full passes over it otherwise freeze the UI ~100 ms.
    gc.freeze()
    window = workspace.window

    def offer() -> None:
        from app.ui.client_list.first_run import offer_demo_data

        offer_demo_data(window, window.database, window.import_requested.emit)

    QTimer.singleShot(0, offer)


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # tests own one already
        return existing
    # Qt 6 scales by the screen's exact factor (150 % stays 1.5, not 2) with
    # this policy; it is the default, set here so a Qt default change can't
    # make text blurry. It must be set before the QApplication exists.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QApplication.setOrganizationName(settings.ORGANIZATION)
    QApplication.setApplicationName(settings.APPLICATION)
    QApplication.setDesktopFileName("rapport")  # Wayland: ties windows to rapport.desktop
    app = QApplication(argv)
    app.setWindowIcon(icon("logo"))
    return app


def apply_cjk_font(app: QApplication, font: fonts.CjkFont | None) -> str | None:
    """Put a Chinese family right after the UI font, so Chinese never shows as boxes.

    Returns the family used, or None when there is none. The UI font stays
    first so Latin text keeps the platform's look; Qt falls through to the
    Chinese family for the characters the UI font lacks. Naming it explicitly
    also stops fontconfig from picking a Japanese face for Chinese text.
    """
    if font is None:
        return None
    family = font.family
    if family not in QFontDatabase.families():  # a font file Qt has not indexed
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not loaded:
            return None
        family = family if family in loaded else loaded[0]
    ui_font = QFont(app.font())
    if family not in ui_font.families():
        ui_font.setFamilies([*ui_font.families(), family])
        app.setFont(ui_font)
    # Widgets that name a family of their own (e.g. a monospace field) still
    # fall back to the Chinese face.
    QFont.insertSubstitution(ui_font.families()[0], family)
    return family


def apply_theme(app: QApplication, theme: str) -> None:
    """Light or dark override the system's colour scheme; "system" leaves it alone."""
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    if theme not in schemes:
        return
    app.styleHints().setColorScheme(schemes[theme])
    if app.styleHints().colorScheme() != schemes[theme]:  # the platform can't switch
        app.setStyle("Fusion")
        app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#232323",
        QPalette.ColorRole.AlternateBase: "#333333",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#6ea8ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    dimmed = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)
    for role in dimmed:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def show_missing_font_message(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, "Rapport", message)


# Tests replace this to keep a modal box from blocking.
missing_font_notifier: Callable[[QWidget | None, str], None] = show_missing_font_message


def warn_missing_font_once(language: str) -> None:
    """Tell the user how to install a Chinese font, the first time only."""
    if settings.MISSING_FONT_WARNED.get():
        return
    missing_font_notifier(None, fonts.missing_font_message(language, sys.platform))
    settings.MISSING_FONT_WARNED.set(True)
