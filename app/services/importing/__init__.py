"""Importing client lists from .xlsx/.xlsm/.csv, step by step as the wizard goes.

source = open_source(path)                         # 1. file → SourceFile, or ImportProblem
source.sheets                                      # 2. visible data sheets
preview = read_preview(source, sheet)              # 3. first rows + header_row guess
headers = preview.headers(header_row)
mapping = guess_mapping(headers, custom_names)     # 4. column → target (import_targets)
plan = ImportPlan(sheet, header_row, mapping, date_order, policy)
preview_rows(db, source, plan)                     # 5. cleaned rows, cell problems
find_duplicates(db, source, plan)                  # 6. per-row duplicate choices
result = run_import(db, source, plan, progress=…)  # 7. one transaction
write_error_report(result.problems, path)
undo_import(db, result.batch_id)                   # later, as a whole
"""

from app.services.importing.dates import DateOrder
from app.services.importing.draft import CellProblem, ClientDraft
from app.services.importing.duplicates import DuplicateMatch, DuplicatePolicy
from app.services.importing.errors import ImportCancelled, ImportProblem
from app.services.importing.header import SheetPreview, read_preview
from app.services.importing.mapping import guess_mapping
from app.services.importing.plan import ImportPlan, ImportResult
from app.services.importing.presets import (
    MappingPreset,
    delete_preset,
    list_presets,
    load_preset,
    save_preset,
)
from app.services.importing.report import write_error_report
from app.services.importing.runner import PreviewRow, find_duplicates, preview_rows, run_import
from app.services.importing.sources import DEFAULT_ROW_LIMIT, SheetInfo, SourceFile, open_source
from app.services.importing.targets import ImportTarget, import_targets
from app.services.importing.undo import BatchInfo, UndoResult, list_batches, undo_import

__all__ = [
    "DEFAULT_ROW_LIMIT",
    "BatchInfo",
    "CellProblem",
    "ClientDraft",
    "DateOrder",
    "DuplicateMatch",
    "DuplicatePolicy",
    "ImportCancelled",
    "ImportPlan",
    "ImportProblem",
    "ImportResult",
    "ImportTarget",
    "MappingPreset",
    "PreviewRow",
    "SheetInfo",
    "SheetPreview",
    "SourceFile",
    "UndoResult",
    "delete_preset",
    "find_duplicates",
    "guess_mapping",
    "import_targets",
    "list_batches",
    "list_presets",
    "load_preset",
    "open_source",
    "preview_rows",
    "read_preview",
    "run_import",
    "save_preset",
    "undo_import",
    "write_error_report",
]
