"""Python values as write-only openpyxl cells: bare where possible, never a formula.

A text a spreadsheet could take for a formula (``safe.TRIGGERS``: = + - @ tab
CR, and an apostrophe Excel would swallow) is written as a text cell with the
``quotePrefix`` style. That is what Excel itself stores when someone types
'=1+2: the cell is text (not a formula, even after it is edited) and shows
without the apostrophe, so "+86 138 …; +86 139 …" reads as it was typed.
LibreOffice and python-calamine read such a cell as the text itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.services.exporting.safe import TRIGGERS
from app.services.importing.cell_values import NEUTRALISED


class CellMaker:
    """Turns Python values into write-only cells, the cheapest form openpyxl takes.

    Numbers, dates (openpyxl gives them their yyyy-mm-dd format itself) and
    most texts go in as bare values; an empty text as an empty cell. A text a
    spreadsheet could take for a formula (``safe.TRIGGERS``) is written as text
    with the ``quotePrefix`` style: what Excel stores when someone types '=1+2,
    so it stays text even when the cell is edited, and shows without the
    apostrophe. Texts with line breaks wrap. Styled cells share one style each.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, *, guard: bool = True) -> None:
        self.sheet = sheet
        self.guard = guard  # False when the caller guarded its texts already
        wrap = Alignment(wrap_text=True, vertical="top")
        self.styles = {}  # (quoted, wrapped) → the style array its cells copy
        for quoted, wrapped in ((True, False), (False, True), (True, True)):
            template = WriteOnlyCell(sheet)
            template.quotePrefix = quoted
            if wrapped:
                template.alignment = wrap
            self.styles[quoted, wrapped] = template._style

    def __call__(self, value: Any) -> Any:
        return self.text(value) if value.__class__ is str else value

    def text(self, text: str) -> Any:
        if not text:
            return None
        if min(text) < " ":  # control characters XML cannot hold; line breaks stay
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
        quoted = self.guard and text[:1] in TRIGGERS
        wrapped = "\n" in text
        if not (quoted or wrapped):
            return text
        if quoted and text.startswith(NEUTRALISED):
            text = "'" + text  # '= … itself: the importer takes one apostrophe off
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.data_type = "s"  # openpyxl makes "=…" a formula; it is text
        cell._style = copy(self.styles[quoted, wrapped])
        return cell

    def column(self, values: Iterable[Any]) -> list[Any]:
        """One column of a chunk. Most texts need only a look at their first
        character; ``isprintable`` (a C loop) finds the few with line breaks or
        control characters."""
        triggers = TRIGGERS if self.guard else ()
        out = []
        for value in values:
            if value.__class__ is str:
                if not value:
                    value = None
                elif value[0] in triggers or not value.isprintable():
                    value = self.text(value)
            out.append(value)
        return out
