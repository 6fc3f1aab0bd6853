"""Exports: client lists as .xlsx, the import template, the full-database workbook.

export_columns(db)                                   # what can be exported
export_clients(db, path, ids=…, columns=…, sections=…, language=…, progress=…)
write_import_template(db, path, language)
export_all(db, path) / import_all(db, path)          # every table, and back
"""

from app.services.exporting.columns import ExportColumn, export_columns
from app.services.exporting.template import write_import_template
from app.services.exporting.workbook import WorkbookSummary, export_all
from app.services.exporting.workbook_restore import RestoreSummary, import_all
from app.services.exporting.xlsx_export import export_clients

__all__ = [
    "ExportColumn",
    "RestoreSummary",
    "WorkbookSummary",
    "export_all",
    "export_clients",
    "export_columns",
    "import_all",
    "write_import_template",
]
