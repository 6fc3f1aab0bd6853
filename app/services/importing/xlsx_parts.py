"""The few facts about an .xlsx package that python-calamine does not give.

- Whether the workbook counts dates from 1904 (Excel 2011 for Mac and older):
  needed to turn a bare serial number in a date column into the right day.
- Which zip part holds which sheet, so its rows can be counted by streaming
  the XML *before* calamine loads the whole sheet into memory.

Member names are looked up with backslashes normalised, because WPS Office
writes ``xl\\worksheets\\sheet1.xml``. Small XML parts are parsed with
defusedxml, which refuses entity definitions.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from app.services.importing.errors import CorruptFile, UnsafeFile
from app.services.importing.sniff import normalised_names

_ROW_NUMBER = re.compile(rb"[^>]*?\sr=\"(\d+)\"")
_CHUNK = 1 << 20


@dataclass
class WorkbookParts:
    date1904: bool = False
    sheet_parts: dict[str, str] = field(default_factory=dict)  # sheet name → member name


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _parse(data: bytes, member: str):
    try:
        return fromstring(data)
    except DefusedXmlException as exc:
        raise UnsafeFile(f"{member}: {exc}") from None
    except ParseError as exc:
        raise CorruptFile(f"{member}: {exc}") from None


def read_workbook_parts(path: Path) -> WorkbookParts:
    parts = WorkbookParts()
    try:
        with zipfile.ZipFile(path) as archive:
            names = normalised_names(archive)
            if "xl/workbook.xml" not in names:
                return parts  # .xlsb: calamine reads it; no 1904 flag to find here
            workbook = _parse(archive.read(names["xl/workbook.xml"]), "workbook.xml")
            rels_name = "xl/_rels/workbook.xml.rels"
            rels = _parse(archive.read(names[rels_name]), rels_name) if rels_name in names else None
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as exc:
        raise CorruptFile(str(exc)) from None
    targets = {}
    if rels is not None:
        for rel in rels:
            target = (rel.get("Target") or "").replace("\\", "/")
            resolved = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = str(PurePosixPath(resolved))
    for element in workbook.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            parts.date1904 = (_attribute(element, "date1904") or "").lower() in ("1", "true")
        elif tag == "sheet":
            target = targets.get(_attribute(element, "id"))
            if target and target in names:
                parts.sheet_parts[element.get("name", "")] = target
    return parts


def count_rows(path: Path, member: str, limit: int) -> int:
    """The last row number of a sheet part, streamed; stops once past ``limit``.

    A row element's ``r`` attribute counts (a single cell in row 1,000,000
    makes a million-row sheet); rows without ``r`` are counted one by one.
    """
    last = 0
    tail = b""
    try:
        with (
            zipfile.ZipFile(path) as archive,
            archive.open(normalised_names(archive)[member]) as stream,
        ):
            while last <= limit:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                data = tail + chunk
                # Keep the unfinished tail: a <row …> tag may straddle two chunks.
                cut = data.rfind(b"<")
                scan, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
                # bytes.count is ~10x faster than a regex here; prefixed <x:row> too.
                tags = scan.count(b"<row") + scan.count(b":row ") + scan.count(b":row>")
                if not tags:
                    continue
                # Rows without ``r`` count one each; a numbered last row may jump ahead.
                start = max(scan.rfind(b"<row"), scan.rfind(b":row ")) + 4
                numbered = _ROW_NUMBER.match(scan, start)
                last = max(last + tags, int(numbered[1]) if numbered else 0)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, KeyError) as exc:
        raise CorruptFile(str(exc)) from None
    return last
