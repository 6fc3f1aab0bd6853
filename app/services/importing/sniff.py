"""What a file really is, from its first bytes, whatever its name says.

Decides between an OOXML workbook (read with python-calamine) and delimited
text (CSV), and turns everything else into a clear refusal: old binary .xls /
WPS .et, password-protected workbooks (an OLE container holding
``EncryptionInfo``), OpenDocument, truncated zips, pictures named .xlsx.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.services.importing.errors import (
    CorruptFile,
    LegacyFormat,
    NotASpreadsheet,
    PasswordProtected,
)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT_EXTENSIONS = {".csv", ".txt", ".tsv"}
WORKBOOK_PARTS = ("xl/workbook.xml", "xl/workbook.bin")

# Magic numbers of files people pick by mistake, for the refusal message.
_LOOKS_LIKE = [
    (b"%PDF", ("PDF 文档", "a PDF document")),
    (b"\x89PNG", ("PNG 图片", "a PNG picture")),
    (b"\xff\xd8\xff", ("JPEG 图片", "a JPEG picture")),
    (b"GIF8", ("GIF 图片", "a GIF picture")),
    (b"Rar!", ("RAR 压缩包", "a RAR archive")),
    (b"7z\xbc\xaf", ("7z 压缩包", "a 7z archive")),
]


def normalised_names(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Member name → entry, with WPS-style backslashes turned into slashes."""
    return {info.filename.replace("\\", "/").lstrip("/"): info for info in archive.infolist()}


def sniff(path: Path) -> str:
    """``"xlsx"`` or ``"csv"``; raises an ``ImportProblem`` for anything else."""
    extension = path.suffix.lower() or "(none)"
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(OLE_MAGIC):
        raise _ole_problem(path, extension)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path, extension)
    if extension in TEXT_EXTENSIONS:
        return "csv"
    raise NotASpreadsheet(extension, _looks_like(head))


def _ole_problem(path: Path, extension: str) -> Exception:
    """An OLE compound file: an encrypted OOXML package or a binary workbook."""
    data = path.read_bytes()
    # Directory entries are UTF-16LE names; an encrypted package always has both.
    if (
        "EncryptionInfo".encode("utf-16-le") in data
        and "EncryptedPackage".encode("utf-16-le") in data
    ):
        return PasswordProtected()
    if extension == ".et":
        return LegacyFormat("WPS 表格 .et / WPS Spreadsheets .et")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return LegacyFormat("Excel 97-2003 .xls")
    return NotASpreadsheet(extension, ("旧版 Office 文档", "an old Office document"))


def _zip_kind(path: Path, extension: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = normalised_names(archive)
            mimetype = archive.read(names["mimetype"]) if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise CorruptFile(str(exc)) from None
    if any(part in names for part in WORKBOOK_PARTS):
        return "xlsx"
    if b"opendocument.spreadsheet" in mimetype:
        raise LegacyFormat("OpenDocument .ods")
    if "word/document.xml" in names:
        raise NotASpreadsheet(extension, ("Word 文档", "a Word document"))
    if "[Content_Types].xml" in names or not names:
        # An OOXML package without a workbook: what a truncated save leaves.
        raise CorruptFile("no workbook part in the package")
    raise NotASpreadsheet(extension, ("ZIP 压缩包", "a zip archive"))


def _looks_like(head: bytes) -> tuple[str, str]:
    """(简体, English) words for what the bytes look like."""
    for magic, what in _LOOKS_LIKE:
        if head.startswith(magic):
            return what
    lowered = head[:512].lower()
    if b"<html" in lowered or b"<table" in lowered:
        return ("网页 (HTML)", "a web page (HTML)")
    if not head:
        return ("空文件", "an empty file")
    if b"\x00" not in head:
        return ("纯文本", "plain text")
    return ("未知格式", "an unknown format")
