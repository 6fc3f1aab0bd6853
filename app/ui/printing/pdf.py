"""Write a print document as a PDF with the Chinese font embedded, and text that
copies and searches as the characters that were printed.

Qt embeds a subset of the CJK font (pdffonts: "CID TrueType … emb yes"), but
its ToUnicode map names each glyph by the *lowest* code point the font maps
to it. Noto/Source Han map the Kangxi and CJK radical code points (U+2E80–
U+2FDF) to the same glyphs as common characters, so 马 金 高 黄 页 would be
extracted as ⻢ ⾦ ⾼ ⻩ ⻚ — client names could not be found in the file.
:func:`repair_to_unicode` maps such entries back to the unified ideograph
that shares the glyph, using the font's own character map; the hex codes
have the same length, so no offset in the file moves.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPdfWriter, QRawFont

from app.services.fonts import find_cjk_font
from app.ui.printing.pages import PrintDocument, page_layout, render

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)  # CJK Unified Ideographs
PDF_RESOLUTION = 600  # dpi: fine enough for placement, small numbers in the file


def cjk_family() -> str:
    """The Chinese family found at start, loaded into Qt if fontconfig did not list it."""
    font = find_cjk_font()
    if font is None:
        return QFont().family()  # Chinese may print as boxes; the app warned at start
    if font.family in QFontDatabase.families():
        return font.family
    loaded = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font.path)))
    return font.family if font.family in loaded else (loaded[0] if loaded else QFont().family())


def write_pdf(path: str | Path, document: PrintDocument, layout: QPageLayout | str = "a4") -> int:
    """Write ``document`` to ``path`` on ``layout`` (or "a4", "letter"); returns the
    number of pages. OSError when the file cannot be written."""
    path = Path(path)
    family = cjk_family()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(layout) if isinstance(layout, str) else layout)
    writer.setTitle(document.title)
    writer.setCreator("Rapport 客情簿")
    pages = render(writer, document, family)
    del writer  # the file is complete once the writer is gone
    repair_to_unicode(path, family)
    return pages


@functools.cache
def radical_fixes(family: str) -> dict[int, int]:
    """Code points Qt picks for a glyph → the character really printed with it: a
    radical → the ideograph sharing its glyph (regular and bold), a tab → a space."""
    fixes: dict[int, int] = {0x09: 0x20}  # the space glyph is also the tab's, the lower code
    for bold in (False, True):
        font = QFont(family)
        font.setBold(bold)
        raw = QRawFont.fromFont(font)
        if not raw.isValid():
            continue
        by_glyph: dict[int, int] = {}
        glyphs = raw.glyphIndexesForString("".join(map(chr, IDEOGRAPHS)))
        for code, glyph in zip(IDEOGRAPHS, glyphs, strict=True):
            if glyph:
                by_glyph.setdefault(glyph, code)
        glyphs = raw.glyphIndexesForString("".join(map(chr, RADICALS)))
        for code, glyph in zip(RADICALS, glyphs, strict=True):
            if glyph in by_glyph:
                fixes.setdefault(code, by_glyph[glyph])
    return fixes


_CMAP_SECTION = re.compile(rb"begin(bfrange|bfchar)\n(.*?)\nendbf(?:range|char)", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def repair_to_unicode(path: Path, family: str) -> int:
    """Rewrite radical targets in the ToUnicode maps of ``path``; returns how many."""
    fixes = radical_fixes(family)
    data = path.read_bytes()
    changed = 0

    def target(match: re.Match[bytes]) -> bytes:
        nonlocal changed
        code = int(match[1], 16)
        if code in fixes:
            changed += 1
            return b"<%04X>" % fixes[code]
        return match[0]

    def section(match: re.Match[bytes]) -> bytes:
        lines = []
        for line in match[2].split(b"\n"):
            # Only targets change: the first token (bfchar) or two (bfrange) are glyph codes.
            keep = 1 if match[1] == b"bfchar" else 2
            tokens = list(_HEX.finditer(line))
            # "<a> <b> <t>" maps a run to t, t+1 …: Qt writes it only for runs of
            # ten or more consecutive characters, never radicals; left alone.
            linear = keep == 2 and b"[" not in line and len(tokens) == 3
            if len(tokens) > keep and not (linear and tokens[0][1] != tokens[1][1]):
                cut = tokens[keep].start()
                line = line[:cut] + _HEX.sub(target, line[cut:])
            lines.append(line)
        return match[0].replace(match[2], b"\n".join(lines))

    repaired = _CMAP_SECTION.sub(section, data)
    if changed:
        path.write_bytes(repaired)
    return changed
