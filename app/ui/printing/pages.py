"""Pages out of blocks: pagination that keeps a block whole when it fits, and the
header and footer every page carries.

A document is a list of blocks (a visit entry, a dossier section); each knows
its height and where it may be cut without halving a line of text. Work is in
device pixels of the paint device (a QPdfWriter or QPrinter), so what is
measured is what is drawn.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

translate = QCoreApplication.translate
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(15, 12, 15, 12)
INK, GREY, RULE, FAINT = (QColor(c) for c in ("#1d1d1f", "#5f6368", "#9aa0a6", "#bdc1c6"))


class Block(Protocol):
    height: float
    first_cut: float  # the least of it that may start at the foot of a page
    keep_together: bool  # start on a new page rather than be cut, when it fits on one
    keep_with_next: bool  # a heading: never left alone at the foot of a page

    def cut(self, start: float, limit: float) -> float:
        """Where to end the part that starts at ``start`` so it reaches at most
        ``limit``: after a paragraph or table row, else after a line; ≤ start when
        not even one line fits."""

    def draw(self, painter: QPainter, top: float, start: float, end: float) -> None:
        """Draw the part ``start``–``end`` of the block with its ``start`` at ``top``."""


@dataclass(frozen=True)
class Slice:
    block: Block
    start: float
    end: float
    top: float  # on the page body


def _lead(block: Block, body: float) -> float:
    """How much of ``block`` must fit below for it to begin on the current page."""
    if block.keep_together and block.height <= body:
        return block.height
    return min(block.first_cut, body)


def paginate(blocks: Sequence[Block], body: float, gap: float) -> list[list[Slice]]:
    """Blocks onto pages of height ``body``. A block that keeps together starts a
    new page rather than be cut, unless it is taller than a page; other blocks
    fill the page and go on at the top of the next, cut between rows or lines."""
    pages: list[list[Slice]] = [[]]
    y = 0.0
    for i, block in enumerate(blocks):
        need = _lead(block, body)
        if block.keep_with_next and i + 1 < len(blocks):
            need = block.height + gap + _lead(blocks[i + 1], body)
        if y > 0 and y + need > body:
            pages.append([])
            y = 0.0
        start = 0.0
        while start < block.height:
            room = body - y
            end = block.height if block.height - start <= room else block.cut(start, start + room)
            if end <= start:
                if y > 0:  # not even a line fits below what is on this page
                    pages.append([])
                    y = 0.0
                    continue
                end = start + room  # a single line taller than a page: cut it
            pages[-1].append(Slice(block, start, end, y))
            y += end - start
            start = end
            if start < block.height:
                pages.append([])
                y = 0.0
        y += gap / 4 if block.keep_with_next else gap  # a heading sits close to its text
    return [page for page in pages if page] or [[]]


def cut_points(spans: list[tuple[float, float]], height: float) -> list[float]:
    """Where a block may be cut given the (top, bottom) spans of its lines or
    paragraphs: after a span that no other span straddles (cells of one table
    row sit side by side)."""
    candidates = sorted({bottom for _top, bottom in spans} | {height})
    return [y for y in candidates if not any(top + 0.5 < y < bottom - 0.5 for top, bottom in spans)]


def last_cut(points: list[float], limit: float) -> float:
    """The largest point ≤ ``limit``, or 0."""
    i = bisect.bisect_right(points, limit + 0.01)
    return points[i - 1] if i else 0.0


@dataclass
class Frame:
    """What the blocks of a document need to know about the paper."""

    device: QPagedPaintDevice
    family: str  # the CJK family every text is set in
    width: float = field(init=False)
    dpi: float = field(init=False)

    def __post_init__(self) -> None:
        self.width = float(self.device.width())
        self.dpi = float(self.device.logicalDpiY())

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        # Noto/Source Han's "locl" swaps Latin digits for glyphs outside the
        # character map; Qt's PDF then has no text for them and "Page 12"
        # would copy as "Page". The Chinese forms are the face's own (SC) anyway.
        font.setFeature(QFont.Tag("locl"), 0)
        return font


@dataclass(frozen=True)
class PrintDocument:
    """A printable document: the header texts and how to make its blocks."""

    title: str
    subtitle: str  # the date range of a plan, the company of a client
    manager: str  # the account manager's name, from the settings
    printed_on: date
    blocks: Callable[[Frame], list[Block]]


def page_layout(paper: str) -> QPageLayout:
    size = QPageSize(PAPERS[paper])
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def render(device: QPagedPaintDevice, document: PrintDocument, family: str) -> int:
    """Lay the document out on ``device`` and paint every page; returns the page count."""
    frame = Frame(device, family)
    header, footer = frame.mm(16), frame.mm(9)
    body = device.height() - header - footer
    pages = paginate(document.blocks(frame), body, frame.mm(4))
    painter = QPainter()
    if not painter.begin(device):  # e.g. a PDF in a folder that cannot be written
        raise OSError(f"cannot paint on {type(device).__name__}")
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            _header(painter, frame, document)
            for piece in page:
                piece.block.draw(painter, header + piece.top, piece.start, piece.end)
            _footer(painter, frame, number, len(pages), device.height() - footer)
    finally:
        painter.end()
    return len(pages)


def _header(painter: QPainter, frame: Frame, document: PrintDocument) -> None:
    """Title and subtitle on the left, manager and date on the right, a rule below."""
    width, left = frame.width, frame.width * 0.64  # the right part keeps 36 % for itself
    title, small = frame.font(13, bold=True), frame.font(8.5)
    big_metrics, metrics = QFontMetricsF(title, frame.device), QFontMetricsF(small, frame.device)
    line, small_line = big_metrics.height(), metrics.height()
    elide = Qt.TextElideMode.ElideRight
    painter.setPen(INK)
    painter.setFont(title)
    painter.drawText(
        QPointF(0, big_metrics.ascent()), big_metrics.elidedText(document.title, elide, left)
    )
    painter.setFont(small)
    painter.setPen(GREY)
    subtitle = metrics.elidedText(document.subtitle, elide, left)
    painter.drawText(QPointF(0, line + metrics.ascent()), subtitle)
    manager = translate("PrintedPage", "Account manager: {name}").format(name=document.manager)
    printed = translate("PrintedPage", "Printed {date}").format(
        date=document.printed_on.isoformat()
    )
    lines = [manager, printed] if document.manager else [printed]
    for i, text in enumerate(lines):
        text = metrics.elidedText(text, elide, width - left - frame.mm(2))
        box = QRectF(left, i * small_line, width - left, small_line)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight, text)
    bottom = max(line + small_line, len(lines) * small_line) + frame.mm(2)
    painter.setPen(QPen(INK, frame.mm(0.35)))
    painter.drawLine(QPointF(0, bottom), QPointF(width, bottom))


def _footer(painter: QPainter, frame: Frame, number: int, total: int, top: float) -> None:
    font = frame.font(8)
    painter.setFont(font)
    painter.setPen(QPen(RULE, frame.mm(0.2)))
    painter.drawLine(QPointF(0, top + frame.mm(2)), QPointF(frame.width, top + frame.mm(2)))
    painter.setPen(GREY)
    text = translate("PrintedPage", "Page {n} of {m}").format(n=number, m=total)
    box = QRectF(0, top + frame.mm(3), frame.width, frame.mm(6))
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "Rapport 客情簿")
