"""CSV files as one sheet, in whatever encoding Chinese offices save them.

Excel on a Chinese Windows saves "CSV" as GBK; Excel's "CSV UTF-8" adds a
BOM; WPS and LibreOffice write plain UTF-8. The encoding is decided once from
the bytes: a BOM wins, then strict UTF-8, then charset-normalizer's guess,
where any GB-family answer becomes GB18030 (their superset).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer

from app.services.importing.errors import CorruptFile
from app.services.importing.sources import Closing, SheetInfo, sheet_info

SAMPLE_BYTES = 1 << 20
DELIMITERS = ",;\t|"
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936"}

# A long note (100,000 characters) is data, not an attack; the default limit
# of 131,072 characters would abort the read instead of letting the cleaner
# cap and report it. The limit is process-wide; raising it harms nobody.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 24))


def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # final=False: the sample may end in the middle of a character.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(sample).best()
    if best is None or best.encoding.lower() in _GB_FAMILY:
        return "gb18030"
    return best.encoding


def detect_delimiter(text: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    try:
        return csv.Sniffer().sniff(text, delimiters=DELIMITERS).delimiter
    except csv.Error:  # one column, or nothing to tell by
        return ","


class CsvSource(Closing):
    kind = "csv"
    date1904 = False

    def __init__(self, path: Path, *, row_limit: int) -> None:
        self.path = path
        self.row_limit = row_limit
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
        self.encoding = detect_encoding(sample)
        text = sample.decode(self.encoding, errors="ignore")
        self.delimiter = detect_delimiter(text[:20_000], path.suffix.lower())
        rows = 0
        for rows, _ in self._records():
            if rows > row_limit:
                break
        self.sheets = [SheetInfo(path.stem, rows, too_large=rows > row_limit)]

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        try:
            with self.path.open(encoding=self.encoding, errors="replace", newline="") as handle:
                yield from enumerate(csv.reader(_without_nul(handle), delimiter=self.delimiter), 1)
        except csv.Error as exc:
            raise CorruptFile(str(exc)) from None

    def rows(
        self, sheet: str, *, fill_merged_after: int | None = None
    ) -> Iterator[tuple[int, list]]:
        sheet_info(self, sheet)
        for number, record in self._records():
            if number > self.row_limit:
                return
            yield number, record


def _without_nul(lines: Iterable[str]) -> Iterator[str]:
    """NUL characters make the csv module abort; they never carry meaning."""
    for line in lines:
        yield line.replace("\0", "") if "\0" in line else line
