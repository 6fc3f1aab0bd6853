"""Blocks of a printed page: rich text laid out by QTextDocument, an optional card
frame around it, and a ruled area for handwritten notes.

QTextDocument draws the Qt HTML subset (tables, bold, colours, pt sizes); it
is laid out for the paint device itself so font metrics and table paddings
match what ends up on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QTextDocument

from app.ui.printing.pages import FAINT, GREY, INK, RULE, Frame, cut_points, last_cut

CSS = """
body { color: #1d1d1f; }
.label { color: #5f6368; font-weight: bold; }
.muted { color: #5f6368; }
.key { color: #5f6368; }
h1 { font-size: 15pt; margin: 0; }
"""


def text_document(
    frame: Frame, html: str, points: float = 9.0, margin_mm: float = 2.0
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(frame.device)
    doc.setDefaultFont(frame.font(points))
    doc.setDefaultStyleSheet(CSS)
    # Margins, paddings and borders are CSS pixels (1/96 in) that QTextDocument
    # scales to the paint device itself; only font sizes and textWidth are device units.
    doc.setDocumentMargin(margin_mm * 96 / 25.4)
    doc.setHtml(html)
    doc.setTextWidth(frame.width)
    return doc


def text_spans(doc: QTextDocument) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(top, bottom) of every paragraph and of every line, in document coordinates."""
    layout = doc.documentLayout()
    paragraphs, lines = [], []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        origin = layout.blockBoundingRect(block).top() - text_layout.boundingRect().top()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            lines.append((origin + line.y(), origin + line.y() + line.height()))
        if text_layout.lineCount():
            paragraphs.append((lines[-text_layout.lineCount()][0], lines[-1][1]))
        block = block.next()
    return paragraphs, lines


@dataclass(frozen=True)
class NotesArea:
    """Ruled space under an entry: the caption names the visit, the boxes the outcome."""

    caption: str
    outcomes: tuple[str, ...]  # met / rescheduled / not reached …
    next_label: str  # "Next step"
    lines: int = 2


class TextBlock:
    """A QTextDocument, optionally framed as a card with a notes area below it."""

    def __init__(
        self,
        frame: Frame,
        html: str,
        *,
        card: bool = False,
        notes: NotesArea | None = None,
        keep_together: bool = True,
        keep_with_next: bool = False,
        points: float = 9.0,
        rule: bool = False,
    ) -> None:
        self.frame, self.card, self.notes, self.rule = frame, card, notes, rule
        self.keep_together, self.keep_with_next = keep_together, keep_with_next
        self.doc = text_document(frame, html, points)
        self.text_height = self.doc.size().height()
        self.line_gap = frame.mm(7)
        self.notes_height = (
            0.0 if notes is None else frame.mm(6) + self.line_gap * (notes.lines + 1)
        )
        self.height = self.text_height + self.notes_height
        # The notes area is never cut: it would leave ruled lines without their caption.
        paragraphs, lines = text_spans(self.doc)
        self.row_cuts = [*cut_points(paragraphs, self.text_height), self.height]
        self.line_cuts = [*cut_points(lines, self.text_height), self.height]
        # What must fit under a heading for this block to start there: a couple of lines.
        least = min(self.height, frame.mm(12))
        self.first_cut = next(c for c in self.row_cuts if c >= least)

    def cut(self, start: float, limit: float) -> float:
        # Between rows reads best, unless that leaves much of the page empty
        # (one long row, such as pages of directions): then between lines. A
        # lone last row or two is not left to start the next page by itself.
        limit = min(limit, self.height - self.first_cut)
        row, line = last_cut(self.row_cuts, limit), last_cut(self.line_cuts, limit)
        return row if row > start and row - start >= 0.6 * (line - start) else line

    def draw(self, painter: QPainter, top: float, start: float, end: float) -> None:
        painter.save()
        painter.translate(0, top - start)
        # A hair inside the cut: a line that ends exactly at ``start`` belongs to
        # the previous page and must not be drawn (clipped, but extractable) again.
        hair = 1.5  # device pixels; Qt rounds line heights up when it tests visibility
        clip = QRectF(
            0, start + hair, self.frame.width, min(end, self.text_height) - start - 2 * hair
        )
        if clip.height() > 0:
            self.doc.drawContents(painter, clip)
        if self.notes is not None and end >= self.height:
            self._draw_notes(painter, self.text_height)
        if self.rule and end >= self.height:  # a heading's underline
            painter.setPen(QPen(RULE, self.frame.mm(0.25)))
            y = self.height - self.frame.mm(1)
            painter.drawLine(
                QPointF(self.frame.mm(2), y), QPointF(self.frame.width - self.frame.mm(2), y)
            )
        painter.restore()
        if self.card:
            painter.setPen(QPen(RULE, self.frame.mm(0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = self.frame.mm(1.2)
            painter.drawRoundedRect(QRectF(0, top, self.frame.width, end - start), radius, radius)

    def _draw_notes(self, painter: QPainter, top: float) -> None:
        notes, f = self.notes, self.frame
        width, pad = f.width, f.mm(2.5)
        painter.setPen(QPen(RULE, f.mm(0.2)))
        painter.drawLine(QPointF(0, top), QPointF(width, top))
        painter.setFont(f.font(8, bold=True))
        painter.setPen(GREY)
        painter.drawText(QRectF(pad, top + f.mm(1.2), width - 2 * pad, f.mm(5)), 0, notes.caption)
        ruled = QPen(FAINT, f.mm(0.15), Qt.PenStyle.DotLine)
        y = top + f.mm(6)
        for _ in range(notes.lines):
            y += self.line_gap
            painter.setPen(ruled)
            painter.drawLine(QPointF(pad, y), QPointF(width - pad, y))
        self._draw_outcomes(painter, y + self.line_gap * 0.62, pad)

    def _draw_outcomes(self, painter: QPainter, baseline: float, x: float) -> None:
        f = self.frame
        painter.setFont(f.font(8))
        box = f.mm(2.8)
        for text in self.notes.outcomes:
            painter.setPen(QPen(INK, f.mm(0.2)))
            painter.drawRect(QRectF(x, baseline - box, box, box))
            painter.setPen(INK)
            painter.drawText(QPointF(x + box + f.mm(1.2), baseline), text)
            x += box + f.mm(1.2) + painter.fontMetrics().horizontalAdvance(text) + f.mm(5)
        painter.drawText(QPointF(x + f.mm(3), baseline), self.notes.next_label)
        end = f.width - f.mm(2.5)
        start = x + f.mm(3) + painter.fontMetrics().horizontalAdvance(self.notes.next_label)
        painter.setPen(QPen(RULE, f.mm(0.15)))
        painter.drawLine(
            QPointF(start + f.mm(1.5), baseline + f.mm(0.6)), QPointF(end, baseline + f.mm(0.6))
        )
