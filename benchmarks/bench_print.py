"""Printing a 200-visit plan: building the 5W1H content and writing the PDF.

Measured in the same run:
- build_plan for 200 visits on a demo database (the SQL side);
- our PDF: layout of each card with QTextDocument, measuring, pagination that
  keeps cards whole, header/footer, the embedded CJK font and the ToUnicode
  repair — against a baseline that writes the *same text* to a PDF with the
  same font and no layout logic at all (one drawText per line, a new page when
  the page is full). The ratio is the cost of the layout.

    .venv/bin/python benchmarks/bench_print.py --customers 5000 --visits 200
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QPainter, QPdfWriter, QTextDocument
from sqlalchemy import select

from app.models import Customer
from app.models.db import open_database
from app.services.demo import generate_demo
from app.services.visit_plan import PlanItem, build_plan, week_period
from app.ui.printing.pages import page_layout
from app.ui.printing.pdf import PDF_RESOLUTION, cjk_family, write_pdf
from app.ui.printing.plan_layout import entry_html, plan_document
from app.ui.pyside_guard import guard_singleton_refcounts

TODAY = date(2026, 11, 22)
WEEK = week_period("2026-W48")


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median seconds of ``repeat`` calls, and the last result."""
    runs, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), result


def plain_pdf(path: Path, lines: list[str], family: str) -> int:
    """The baseline: the same text, same font and paper, no layout at all."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout("a4"))
    font = QFont(family)
    font.setPointSizeF(9)
    step = QFontMetricsF(font, writer).height()
    painter = QPainter(writer)
    painter.setFont(font)
    y, pages = step, 1
    for line in lines:
        if y > writer.height():
            writer.newPage()
            y, pages = step, pages + 1
        painter.drawText(QPointF(0, y), line)
        y += step
    painter.end()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--visits", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    guard_singleton_refcounts()
    app = QGuiApplication([])
    family = cjk_family()
    folder = Path(tempfile.mkdtemp(prefix="bench_print_"))
    db = open_database(folder / "bench.sqlite3")
    generate_demo(db, args.customers, seed=7, today=TODAY)
    with db.session() as s:
        ids = s.scalars(select(Customer.id).order_by(Customer.id).limit(args.visits)).all()
    items = [
        PlanItem(cid, WEEK.start + timedelta(days=n % 5), clock(9 + n % 8, 0))
        for n, cid in enumerate(ids)
    ]

    build_s, plan = timed(lambda: build_plan(db, WEEK, items, "city"), args.repeat)
    document = plan_document(plan, "zh_CN", "张经理", TODAY)
    ours_s, pages = timed(lambda: write_pdf(folder / "plan.pdf", document, "a4"), args.repeat)
    lines = []
    for n, entry in enumerate(plan.entries, start=1):
        doc = QTextDocument()
        doc.setHtml(entry_html(entry, n, "zh_CN"))
        lines += [*doc.toPlainText().splitlines(), "", "", "", ""]  # and the notes area
    base_s, base_pages = timed(lambda: plain_pdf(folder / "plain.pdf", lines, family), args.repeat)

    print(f"{len(plan.entries)} visits over {args.customers} clients, median of {args.repeat}")
    print(f"build_plan (SQL, 5W1H)           {build_s * 1000:8.0f} ms")
    print(f"our PDF: layout + write          {ours_s * 1000:8.0f} ms  {pages} pages")
    print(f"baseline: same text, no layout   {base_s * 1000:8.0f} ms  {base_pages} pages")
    print(
        f"layout cost: {ours_s / base_s:.1f}x the plain write; "
        f"{ours_s / len(plan.entries) * 1000:.1f} ms per visit card"
    )
    ours_kib, plain_kib = ((folder / n).stat().st_size / 1024 for n in ("plan.pdf", "plain.pdf"))
    print(f"file: {ours_kib:.0f} KiB ours, {plain_kib:.0f} KiB plain")
    del app


if __name__ == "__main__":
    main()
