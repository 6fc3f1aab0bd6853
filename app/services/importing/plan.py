"""What the user decided in the wizard, and what an import reports back."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from app.models.db import Database
from app.services.custom_fields import CustomField, list_fields
from app.services.importing.cleaning import RowCleaner
from app.services.importing.dates import DateOrder
from app.services.importing.draft import CellProblem
from app.services.importing.duplicates import DuplicatePolicy
from app.services.importing.errors import UnknownTarget
from app.services.importing.header import header_texts
from app.services.importing.mapping import check_mapping
from app.services.importing.sources import SourceFile, sheet_info


@dataclass(frozen=True)
class ImportPlan:
    sheet: str
    header_row: int  # 1-based; 0 when the sheet has no header row
    mapping: Mapping[int, str]  # column index → target key (see ``targets``)
    date_order: DateOrder = "mdy"  # how to read 03/02/1985
    policy: DuplicatePolicy = DuplicatePolicy.SKIP  # for every duplicate …
    decisions: Mapping[int, DuplicatePolicy] = field(default_factory=dict)  # … or by row


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int
    rejected: int
    problems: list[CellProblem]


def data_rows(source: SourceFile, plan: ImportPlan) -> Iterator[tuple[int, list]]:
    """The rows below the header, merged areas filled in."""
    for number, values in source.rows(plan.sheet, fill_merged_after=plan.header_row):
        if number > plan.header_row:
            yield number, values


def headers_of(source: SourceFile, plan: ImportPlan) -> list[str]:
    width = max(plan.mapping, default=-1) + 1
    if plan.header_row == 0:
        return header_texts([], 0, width)
    for number, values in source.rows(plan.sheet):
        if number == plan.header_row:
            return header_texts([(number, values)], number, max(width, len(values)))
    return header_texts([], 0, width)


def cleaner_for(
    db: Database, source: SourceFile, plan: ImportPlan, *, require_name: bool = True
) -> RowCleaner:
    """Checks the plan (sheet size, known targets, a name column unless previewing)
    and builds the cleaner."""
    sheet_info(source, plan.sheet)
    custom: dict[str, CustomField] = {f.name: f for f in list_fields(db)}
    try:
        if require_name:
            check_mapping(plan.mapping)
        return RowCleaner(
            plan.mapping,
            headers_of(source, plan),
            date_order=plan.date_order,
            date1904=source.date1904,
            custom_fields=custom,
        )
    except KeyError as exc:
        raise UnknownTarget(str(exc.args[0])) from None
