"""Print one client's dossier sheet: the entry point the dossier window calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.models.db import Database
from app.services.dossier_sheet import build_sheet
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.printing.preview import show_preview
from app.ui.printing.sheet_layout import sheet_document


def open_print_preview(
    parent: QWidget | None,
    database: Database,
    customer_id: int,
    today: Callable[[], date] = date.today,
) -> QPrintPreviewDialog:
    """The print preview of the client's dossier sheet, with print, page setup and PDF export.

    Raises NotFoundError when the client is gone (run it through ``perform``-style
    error handling, or catch it, as the caller prefers).
    """
    lang = resolve_language(settings.LANGUAGE.get())
    sheet = build_sheet(database, customer_id, lang)
    document = sheet_document(sheet, settings.MANAGER_NAME.get(), today())
    file_name = f"dossier-{sheet.name}-{today().isoformat()}.pdf"
    return show_preview(parent, document, file_name)
