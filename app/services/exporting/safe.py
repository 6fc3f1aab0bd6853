"""Text that can go into a cell without becoming a formula or breaking the file.

Formula injection: a cell whose text starts with ``=``, ``+``, ``-``, ``@``,
tab or CR may be run as a formula by a spreadsheet (directly, or after a
round through CSV). Client lists write such text with Excel's quote-prefix
style instead (``cells.CellMaker``: no apostrophe to see). ``safe_text`` is
the guard for the full workbook, headers and the import error report: an
apostrophe in front, the mark Excel users know for "this is text", which
the importer takes off again, so nothing is lost. Plain numbers with a sign
(+86 138 1234 5678, -12.5) cannot call a function or reference a cell and
are left alone; text that already starts with an apostrophe gets a second
one so the round trip is exact.

XML 1.0 cannot hold most control characters; openpyxl refuses them, so they
are removed (they carry no meaning in a client list).
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

TRIGGERS = frozenset("=+-@\t\r'")
_PLAIN_NUMBER = re.compile(r"^[+\-][\d\s().\-/]*$")
EXCEL_CELL_LIMIT = 32_767


def safe_text(text: str) -> str:
    # Called for every text cell of a 100,000-row export: the cheap tests come first.
    if text and min(text) < " ":  # control characters, which are rare
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text[:1] in TRIGGERS and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text
