"""The full-database workbook format: one sheet per table, values kept exact.

Values are written as SQLite holds them (raw, not through the ORM) so the
way back restores every byte:

- dates and whole-second datetimes as date cells (people can sort them);
  other datetimes, and dates Excel cannot show (before 1900), as their text;
- texts behind the formula guard of ``safe.safe_text``; an empty text (not
  NULL) is a lone apostrophe; an empty cell is NULL;
- texts over Excel's 32,767 characters, texts with characters XML cannot
  hold, and binary content (attachments) go to the ``_long_values`` sheet in
  chunks, base64 where needed, keyed by table, sheet row and column.

Derived tables (the search index) are rebuilt on import, not exported.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import Boolean, Column, Date, DateTime, Integer, LargeBinary, Table

from app.models import Base
from app.services.exporting.safe import EXCEL_CELL_LIMIT, safe_text

MARKER = "Rapport full workbook / 客情簿完整工作簿"
FORMAT_VERSION = 1
README = "说明 README"
LONG_VALUES = "_long_values"
LONG_HEADER = ["table", "row", "column", "encoding", "part", "data"]
CHUNK = 32_000
_DATETIME = "%Y-%m-%d %H:%M:%S"


def data_tables() -> list[Table]:
    """Every table that holds data, parents before children. (The search index
    is derived, and not an ORM table: a restore rebuilds it.)"""
    return list(Base.metadata.sorted_tables)


@dataclass(frozen=True)
class Long:
    """A value that goes to the long-values sheet instead of its cell."""

    encoding: str  # "text" or "base64" (binary content, or text XML cannot hold)
    data: str

    def chunks(self) -> list[str]:
        return [self.data[i : i + CHUNK] for i in range(0, len(self.data), CHUNK)] or [""]


def _sqlite_datetime(value: datetime) -> str:
    return f"{value.strftime(_DATETIME)}.{value.microsecond:06d}"


def to_cell(column: Column, raw: Any) -> Any:
    """The cell for a raw SQLite value (or a ``Long`` for the long-values sheet)."""
    if raw is None:
        return None
    if isinstance(raw, bytes):
        return Long("base64", base64.b64encode(raw).decode("ascii"))
    if isinstance(raw, str):
        return _text_cell(column, raw)
    if isinstance(column.type, Boolean) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, int) and abs(raw) >= 2**53:  # beyond what a spreadsheet number holds
        return str(raw)
    return raw


def _text_cell(column: Column, raw: str) -> Any:
    if isinstance(column.type, DateTime):
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            moment = None
        # A date cell only when it reads back to the very same text.
        exact = moment is not None and _sqlite_datetime(moment) == raw
        if exact and moment.year >= 1900 and not moment.microsecond:
            return moment
    elif isinstance(column.type, Date):
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            day = None
        if day and day.year >= 1900 and day.isoformat() == raw:
            return day
    if raw == "":
        return "'"
    if ILLEGAL_CHARACTERS_RE.search(raw):
        return Long("base64", base64.b64encode(raw.encode("utf-8")).decode("ascii"))
    text = safe_text(raw)
    return Long("text", raw) if len(text) > EXCEL_CELL_LIMIT else text


def from_cell(column: Column, value: Any) -> Any:
    """The raw SQLite value back from a cell as python-calamine reads it."""
    if value is None or value == "":
        return None
    kind = column.type
    if isinstance(value, str):
        text = "" if value == "'" else value[1:] if value.startswith("'") else value
        return int(text) if isinstance(kind, Integer) and not isinstance(kind, Boolean) else text
    if isinstance(value, datetime):
        if isinstance(kind, Date) and not isinstance(kind, DateTime):
            return value.date().isoformat()
        return _sqlite_datetime(value)
    if isinstance(value, date):
        return (
            value.isoformat()
            if not isinstance(kind, DateTime)
            else _sqlite_datetime(datetime.combine(value, datetime.min.time()))
        )
    if isinstance(value, bool) or isinstance(kind, Integer):
        return int(value)
    return value


def from_long(column: Column, encoding: str, data: str) -> Any:
    if encoding == "text":
        return data
    raw = base64.b64decode(data)
    return raw if isinstance(column.type, LargeBinary) else raw.decode("utf-8")
