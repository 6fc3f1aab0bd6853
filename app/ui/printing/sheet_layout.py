"""A client's dossier on paper: the sections as label/value grids, the intent
scores as a small chart with their values, the history as a table.

Short values pair up two to a row so a sparse dossier does not run to a
second page; long ones take the full width. Sections flow across pages,
cut between rows; each heading stays with the first rows of its section.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from app.services.dossier_sheet import DossierSheet, SheetRow, TrendPoint
from app.services.labels import label
from app.ui.printing.blocks import TextBlock
from app.ui.printing.pages import FAINT, GREY, INK, RULE, Block, Frame, PrintDocument

translate = QCoreApplication.translate
SHORT = 16  # characters: a value this short shares its row with the next short one
ACCENT = "#1a5fb4"


def sheet_document(sheet: DossierSheet, manager: str, printed_on: date) -> PrintDocument:
    role = " · ".join(p for p in (sheet.company, sheet.position) if p)
    return PrintDocument(
        title=translate("PrintedDossier", "Client dossier · {name}").format(name=sheet.name),
        subtitle=role,
        manager=manager,
        printed_on=printed_on,
        blocks=lambda frame: sheet_blocks(frame, sheet),
    )


def _heading(frame: Frame, title: str) -> TextBlock:
    html = f"<p style='margin-top:6px'><b style='color:{ACCENT}'>{escape(title)}</b></p>"
    return TextBlock(frame, html, keep_with_next=True, points=11, rule=True)


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def grid_html(rows: tuple[SheetRow, ...]) -> str:
    """Label/value rows, two short pairs side by side."""
    html, pending = [], []
    for row in rows:
        if len(row.value) <= SHORT and "\n" not in row.value:
            pending.append(row)
            if len(pending) == 2:
                html.append(_pair_row(pending))
                pending = []
            continue
        if pending:
            html.append(_pair_row(pending))
            pending = []
        html.append(
            f"<tr><td width='16%' class='label'>{_cell(row.label)}</td>"
            f"<td colspan='3'>{_cell(row.value)}</td></tr>"
        )
    if pending:
        html.append(_pair_row(pending))
    return f"<table width='100%' cellspacing='0' cellpadding='2.5'>{''.join(html)}</table>"


def _pair_row(pair: list[SheetRow]) -> str:
    cells = "".join(
        f"<td width='16%' class='label'>{_cell(r.label)}</td><td width='34%'>{_cell(r.value)}</td>"
        for r in pair
    )
    return f"<tr>{cells}</tr>"


def sheet_blocks(frame: Frame, sheet: DossierSheet) -> list[Block]:
    blocks: list[Block] = []
    for section in sheet.sections:
        blocks.append(_heading(frame, section.title))
        grid = TextBlock(frame, grid_html(section.rows), keep_together=False)
        grid.keep_together = grid.height <= frame.mm(60)  # a short section is not split
        blocks.append(grid)
    if sheet.trend:  # short, so before the history, which may run on over pages
        blocks.append(_heading(frame, translate("PrintedDossier", "Intent score over time")))
        blocks.append(TrendBlock(frame, sheet.trend))
    history = translate("PrintedDossier", "History (last {n})").format(n=len(sheet.history))
    blocks.append(_heading(frame, history))
    blocks.append(
        TextBlock(frame, history_html(sheet, sheet.language), keep_together=False, points=8.5)
    )
    return blocks


def history_html(sheet: DossierSheet, lang: str) -> str:
    if not sheet.history:
        nothing = translate("PrintedDossier", "No history recorded yet.")
        return f"<p class='muted'>{escape(nothing)}</p>"
    heads = (
        translate("PrintedDossier", "Date"),
        translate("PrintedDossier", "Kind"),
        translate("PrintedDossier", "Entry"),
        translate("PrintedDossier", "Status"),
        translate("PrintedDossier", "Amount"),
    )
    widths = ("17%", "10%", "51%", "10%", "12%")
    aligns = ("left", "left", "left", "left", "right")
    head = "".join(
        f"<th width='{w}' align='{a}' class='label'>{escape(h)}</th>"
        for w, a, h in zip(widths, aligns, heads, strict=True)
    )
    rows = []
    for n, line in enumerate(sheet.history):
        when = f"{line.when:%Y-%m-%d %H:%M}" if line.has_time else f"{line.when:%Y-%m-%d}"
        stage = f"{label(line.stage, lang)} " if line.stage else ""
        detail = f"<br><span class='muted'>{_cell(line.detail)}</span>" if line.detail else ""
        amount = f"{line.amount:,.2f}" if line.amount is not None else ""
        shade = " bgcolor='#f3f4f6'" if n % 2 else ""
        rows.append(
            f"<tr{shade}><td>{when}</td><td>{_cell(line.kind)}</td>"
            f"<td>{_cell(stage + line.title)}{detail}</td><td>{_cell(line.status)}</td>"
            f"<td align='right'>{amount}</td></tr>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='2.5'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


class TrendBlock:
    """The intent scores (0–100) over time as a small line chart."""

    keep_together, keep_with_next = True, False

    def __init__(self, frame: Frame, trend: tuple[TrendPoint, ...]) -> None:
        self.frame, self.trend = frame, trend
        self.height = self.first_cut = frame.mm(36)

    def cut(self, start: float, limit: float) -> float:
        return self.height if limit >= self.height else 0.0

    def draw(self, painter: QPainter, top: float, start: float, end: float) -> None:
        f = self.frame
        left, width = f.mm(10), min(f.width - f.mm(12), f.mm(30) * max(len(self.trend), 3))
        plot = QRectF(left, top + f.mm(5), width, self.height - f.mm(13))
        painter.save()
        painter.setFont(f.font(7))
        for score in (0, 50, 100):
            y = plot.bottom() - plot.height() * score / 100
            painter.setPen(QPen(FAINT, f.mm(0.15), Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(GREY)
            box = QRectF(0, y - f.mm(2), left - f.mm(1.5), f.mm(4))
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score)
            )
        points = self._points(plot)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(INK, f.mm(0.45)))
        painter.drawPath(path)
        painter.setBrush(INK)
        centre = Qt.AlignmentFlag.AlignCenter
        every = max(1, round(len(points) * f.mm(22) / plot.width()))  # dates must not overlap
        for i, (point, p) in enumerate(zip(points, self.trend, strict=True)):
            painter.setPen(INK)
            painter.drawEllipse(point, f.mm(0.8), f.mm(0.8))
            above = QRectF(point.x() - f.mm(8), point.y() - f.mm(5.5), f.mm(16), f.mm(4))
            align = centre
            if len(points) > 1 and i in (0, len(points) - 1):  # the ends lean inwards
                first = i == 0
                above.moveLeft(point.x() - f.mm(1) if first else point.x() - f.mm(15))
                side = Qt.AlignmentFlag.AlignLeft if first else Qt.AlignmentFlag.AlignRight
                align = side | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(above, align, f"{p.score:.0f} {p.band}")
            if i % every == 0 or i == len(points) - 1:
                painter.setPen(GREY)
                below = QRectF(point.x() - f.mm(11), plot.bottom() + f.mm(1), f.mm(22), f.mm(4))
                painter.drawText(below, centre, p.taken_on.isoformat())
        painter.setPen(QPen(RULE, f.mm(0.2)))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.restore()

    def _points(self, plot: QRectF) -> list[QPointF]:
        n = len(self.trend)
        step = plot.width() / (n - 1) if n > 1 else 0.0
        x0 = plot.left() if n > 1 else plot.center().x()
        return [
            QPointF(
                x0 + i * step, plot.bottom() - plot.height() * max(0.0, min(p.score, 100.0)) / 100
            )
            for i, p in enumerate(self.trend)
        ]
