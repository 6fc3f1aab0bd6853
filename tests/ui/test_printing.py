"""Printing: the pagination rules, real PDFs read back with poppler (text, fonts,
pages), the visit plan dialog, the print preview and the CLI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QAction, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import delete

from app.cli import main
from app.models import FollowUp
from app.models.enums import Stage
from app.services.customers import create_customer
from app.services.dossier_sheet import build_sheet
from app.services.fonts import find_cjk_font
from app.services.visit_plan import GroupBy, build_plan, week_period
from app.ui import i18n, settings
from app.ui.main_window import MainWindow
from app.ui.printing.dossier_preview import open_print_preview as open_dossier_preview
from app.ui.printing.pages import Slice, paginate
from app.ui.printing.pdf import write_pdf
from app.ui.printing.period_picker import PeriodPicker
from app.ui.printing.plan_dialog import VisitPlanDialog
from app.ui.printing.plan_layout import plan_document
from app.ui.printing.sheet_layout import sheet_document

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or find_cjk_font() is None,
    reason="needs poppler-utils and a Chinese font",
)
WEEK = week_period("2026-W48")
PRINTED = date(2026, 11, 22)
# Names whose characters Noto CJK shares with radical code points (马 ⻢, 金 ⾦, 高 ⾼ …):
# Qt alone would extract them as radicals; pdf.repair_to_unicode must put them right.
SURNAMES = "马金高黄龙方田石白毛王李张刘陈杨赵周吴徐"
GIVEN = ["建国", "丽华", "海涛", "娜娜", "志强", "秀英", "晓明", "长青", "门庆", "见贤"]


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # every page ends with a form feed


def new_client(db, data: dict) -> int:
    """A client with no follow-up (create_customer may plan an A as of the real date)."""
    cid = create_customer(db, data)
    with db.session() as s, s.begin():
        s.execute(delete(FollowUp).where(FollowUp.customer_id == cid))
    return cid


def seed_week(db, names: list[str], **dossier) -> list[int]:
    """One client per name, each with one pending step, due on a weekday of W48."""
    ids = [new_client(db, {"name": name, **dossier}) for name in names]
    with db.session() as s, s.begin():
        for n, cid in enumerate(ids):
            due = date(2026, 11, 23 + n % 5)
            s.add(FollowUp(customer_id=cid, stage=Stage.B, due_on=due, purpose="保持联系"))
    return ids


# Pagination, on blocks that only have heights ---------------------------------------


class Box:
    def __init__(self, height, cuts=(), keep_together=True, keep_with_next=False):
        self.height, self.keep_together, self.keep_with_next = height, keep_together, keep_with_next
        self.cuts = sorted({*cuts, height})
        self.first_cut = self.cuts[0]

    def cut(self, start, limit):
        fitting = [c for c in self.cuts if start < c <= limit]
        return fitting[-1] if fitting else 0.0

    def draw(self, painter, top, start, end):
        raise AssertionError("paginate never draws")


def spans(pages: list[list[Slice]]) -> list[list[tuple[float, float, float]]]:
    return [[(s.start, s.end, s.top) for s in page] for page in pages]


def test_a_block_that_fits_on_a_page_moves_to_the_next_rather_than_be_cut() -> None:
    blocks = [Box(60, cuts=(20, 40)), Box(50, cuts=(10, 30))]
    assert spans(paginate(blocks, body=100, gap=5)) == [[(0, 60, 0)], [(0, 50, 0)]]
    # Two that fit together share the page, the gap between them.
    assert spans(paginate([Box(40), Box(50)], body=100, gap=5)) == [[(0, 40, 0), (0, 50, 45)]]


def test_a_heading_goes_with_the_block_after_it() -> None:
    blocks = [Box(70), Box(10, keep_with_next=True), Box(40)]
    pages = paginate(blocks, body=100, gap=5)
    assert [[s.block for s in page] for page in pages] == [[blocks[0]], blocks[1:]]


def test_a_block_taller_than_a_page_is_cut_where_it_may_be() -> None:
    tall = Box(250, cuts=(30, 90, 120, 200, 240))
    pages = paginate([Box(50), tall], body=100, gap=5)
    # It starts below the first block, cut after 30; then 90 of 100 on the next page …
    assert spans(pages) == [
        [(0, 50, 0), (0, 30, 55)],
        [(30, 120, 0)],
        [(120, 200, 0)],
        [(200, 250, 0)],
    ]
    # With no cut point at all, a page-high piece is cut at the page foot.
    assert spans(paginate([Box(150)], body=100, gap=5)) == [[(0, 100, 0)], [(100, 150, 0)]]


def test_a_flowing_block_fills_the_page_and_goes_on_at_the_top_of_the_next() -> None:
    flowing = Box(80, cuts=(20, 40, 60), keep_together=False)
    assert spans(paginate([Box(50), flowing], body=100, gap=5)) == [
        [(0, 50, 0), (0, 40, 55)],
        [(40, 80, 0)],
    ]


# Real PDFs ---------------------------------------------------------------------------


def test_the_week_plan_pdf_holds_every_chinese_name_footers_and_the_embedded_font(
    database, chinese, tmp_path
) -> None:
    names = [s + g for s, g in zip(SURNAMES, GIVEN * 2, strict=False)]
    seed_week(database, names, company="华东电子有限公司", phones=["138 0013 8000"])
    plan = build_plan(database, WEEK)
    pdf = tmp_path / "week.pdf"
    count = write_pdf(pdf, plan_document(plan, "zh_CN", "张经理", PRINTED), "a4")
    pages = pages_of(pdf)
    assert len(pages) == count
    text = "".join(pages)
    assert [name for name in names if name not in text] == []
    assert "⻢" not in text and "⾦" not in text  # radicals, not what was printed
    for number, page in enumerate(pages, start=1):
        packed = re.sub(r"\s", "", page)  # pdftotext spaces CJK text as it likes
        assert f"第{number}页/共{count}页" in packed
        assert "拜访计划·2026-W48" in packed and "客户经理：张经理" in packed
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the "emb" column


def test_200_visits_paginate_without_cutting_any_in_two(database, english, tmp_path) -> None:
    names = [s + g for s in SURNAMES for g in GIVEN]
    assert len(names) == 200
    seed_week(database, names, phones=["138 0013 8000"], food_taste="清淡", interests="茶")
    plan = build_plan(database, WEEK, group_by=GroupBy.CITY)
    pdf = tmp_path / "long.pdf"
    count = write_pdf(pdf, plan_document(plan, "en", "", PRINTED), "letter")
    pages = pages_of(pdf)
    assert len(pages) == count > 60
    for name in names:
        # A card starts with the name and ends with "<name> · notes and outcome":
        # both on one page means the card was not cut.
        found = {n: page.count(name) for n, page in enumerate(pages) if name in page}
        assert list(found.values()) == [2], (name, found)
    assert all(f"Page {n} of {count}" in page for n, page in enumerate(pages, start=1))


def test_a_visit_taller_than_a_page_goes_on_over_pages_losing_no_line(
    database, english, tmp_path
) -> None:
    directions = [f"路线{n:03d}段" for n in range(160)]
    seed_week(database, ["王长路"], visit_directions="\n".join(directions))
    pdf = tmp_path / "tall.pdf"
    write_pdf(pdf, plan_document(build_plan(database, WEEK), "en", "", PRINTED), "a4")
    pages = pages_of(pdf)
    assert len(pages) >= 3
    assert "王长路" in pages[0] and "王长路 · notes and outcome" in pages[-1]
    # Cut between lines, filling each page. Qt also paints the line just above a
    # cut on the next page, clipped away (unseen, but extractable): skip that one.
    printed: list[str] = []
    for page in pages:
        lines = re.findall(r"路线\d{3}段", page)
        assert len(lines) > 40 or page is pages[-1]
        printed += lines[1:] if printed and lines and lines[0] == printed[-1] else lines
    assert printed == directions


def test_the_dossier_sheet_pdf_on_letter_paper(database, english, tmp_path) -> None:
    cid = create_customer(
        database, {"name": "高金龙", "company": "黄石电子", "taboos": "忌讳数字4", "tier": "loyal"}
    )
    pdf = tmp_path / "dossier.pdf"
    sheet = build_sheet(database, cid, "en")
    write_pdf(pdf, sheet_document(sheet, "Zhang", PRINTED), "letter")
    text = "".join(pages_of(pdf))
    for expected in (
        "Client dossier · 高金龙",
        "黄石电子",
        "Taboos",
        "忌讳数字4",
        "Loyal",
        "Page 1 of 1",
        "Account manager: Zhang",
    ):
        assert expected in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info


def test_an_unwritable_pdf_path_raises(database, english, tmp_path) -> None:
    plan = build_plan(database, WEEK)
    with pytest.raises(OSError):
        write_pdf(tmp_path / "missing" / "plan.pdf", plan_document(plan, "en", "", PRINTED))


# The dialog and the preview ----------------------------------------------------------


@pytest.fixture
def previews(monkeypatch) -> list[QPrintPreviewDialog]:
    """QPrintPreviewDialog.exec records the dialog instead of blocking."""
    shown: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


@pytest.fixture
def save_to(monkeypatch, tmp_path) -> Path:
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    return target


def plan_dialog(window: MainWindow) -> VisitPlanDialog:
    dialogs = window.findChildren(VisitPlanDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def table_names(dialog: VisitPlanDialog) -> list[str]:
    return [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]


@pytest.mark.demo_clients(300)
def test_the_follow_ups_page_prints_its_week_through_the_preview(
    window, qtbot, previews, save_to
) -> None:
    page = window.page("follow_ups")
    window.show_page("follow_ups")
    page.set_mode("week")
    page.go_to(date(2026, 11, 25))
    page.print_button.click()
    dialog = plan_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.period_picker.week_label.text() == "2026-W48"
    due = build_plan(window.database, WEEK)
    assert table_names(dialog) == [e.who.name for e in due.entries] != []
    dialog.preview_button.click()
    [preview] = previews
    assert preview.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    # What the preview shows and prints is what Qt's printer gets: print it to a file.
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(save_to.with_name("printed.pdf")))
    preview.paintRequested.emit(printer)
    printed = pages_of(save_to.with_name("printed.pdf"))
    assert len(printed) > 1 and f"Page 1 of {len(printed)}" in printed[0]
    preview.findChild(QAction, "exportPdfAction").trigger()
    text = "".join(pages_of(save_to))
    assert all(e.who.name in text for e in due.entries)
    assert "Visit plan · 2026-W48" in text and len(pages_of(save_to)) == len(printed)
    assert settings.Setting.registry["printing/last_folder"].get() == str(save_to.parent)
    # A day of the month view prints that day only.
    page.set_mode("month")
    page.go_to(date(2026, 11, 24))
    page.print_button.click()
    assert plan_dialog(window) is dialog and dialog.period().code == "2026-11-24"
    assert {d.item.day for d in dialog.plan.entries} == {date(2026, 11, 24)}


def test_ctrl_p_opens_this_weeks_plan_once(window, qtbot) -> None:
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    dialog = plan_dialog(window)
    qtbot.waitExposed(dialog)
    year, week, _day = date.today().isocalendar()
    assert dialog.period().code == f"{year}-W{week:02d}"
    window.print_action.trigger()  # again: the open dialog comes forward, no second one
    assert plan_dialog(window) is dialog


def test_the_plan_dialog_sets_times_reorders_adds_and_removes(
    qtbot, database, english, monkeypatch, save_to
) -> None:
    seed_week(database, ["马建国", "金丽华", "高海涛"])
    extra = new_client(database, {"name": "白晓明", "company": "白氏贸易"})
    dialog = VisitPlanDialog(database, lambda: date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert table_names(dialog) == ["马建国", "金丽华", "高海涛"]  # Mon, Tue, Wed
    # Gao's visit moved to Monday 08:00 comes first once the editor is left.
    day, clock = dialog.table.cellWidget(2, 0), dialog.table.cellWidget(2, 1)
    day.setDate(day.date().addDays(-2))
    clock.setTime(QTime(8, 0))
    clock.editingFinished.emit()
    qtbot.waitUntil(lambda: table_names(dialog) == ["高海涛", "马建国", "金丽华"])
    assert dialog.table.items[0].time == time(8, 0)
    # The agreed time is kept with the follow-up: a new dialog shows it again.
    again = VisitPlanDialog(database, lambda: date(2026, 11, 23))
    qtbot.addWidget(again)
    assert table_names(again)[0] == "高海涛"
    assert again.table.cellWidget(0, 1).time() == QTime(8, 0)
    # Moving by hand switches to the user's own order.
    dialog.table.selectRow(0)
    dialog.move_selected(1)
    assert dialog.order() == GroupBy.MANUAL
    assert table_names(dialog) == ["马建国", "高海涛", "金丽华"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("白晓明", True))
    dialog.add_client()
    assert table_names(dialog)[-1] == "白晓明" and dialog.table.items[-1].customer_id == extra
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert table_names(dialog) == ["高海涛", "金丽华", "白晓明"]
    dialog.manager.setText("张经理")
    dialog.paper.setCurrentIndex(1)  # Letter
    dialog.export_button.click()
    text = "".join(pages_of(save_to))
    assert re.search(r"1\. 08:00 高海涛.*2\. 金丽华.*3\. 白晓明", text, re.S)
    assert "马建国" not in text and "Account manager: 张经理" in text
    assert settings.MANAGER_NAME.get() == "张经理"
    dialog.close()
    remembered = VisitPlanDialog(database, lambda: date(2026, 11, 23))
    qtbot.addWidget(remembered)
    assert remembered.paper_code() == "letter"


def test_the_dossier_preview_prints_and_exports_the_sheet(
    qtbot, database, english, previews, save_to
) -> None:
    cid = create_customer(database, {"name": "龙门飞", "company": "龙门客栈"})
    open_dossier_preview(None, database, cid, today=lambda: PRINTED)
    [preview] = previews
    preview.findChild(QAction, "exportPdfAction").trigger()
    text = "".join(pages_of(save_to))
    assert "Client dossier · 龙门飞" in text and "龙门客栈" in text


def test_the_period_picker_gives_a_day_a_week_or_a_range(qtbot, english) -> None:
    picker = PeriodPicker(date(2026, 11, 25), "en")
    qtbot.addWidget(picker)
    assert (picker.period().start, picker.period().end) == (date(2026, 11, 23), date(2026, 11, 29))
    picker.mode.setCurrentIndex(0)
    assert picker.period().code == "2026-11-25" and picker.week_label.text() == ""
    picker.mode.setCurrentIndex(2)
    picker.end.setDate(QDate(2026, 12, 3))
    assert picker.period().code == "2026-11-25…2026-12-03"
    picker.start.setDate(QDate(2026, 12, 10))  # past the end: the end follows
    assert picker.period().start == picker.period().end == date(2026, 12, 10)


# The command line --------------------------------------------------------------------


def test_rapport_plan_and_dossier_write_pdfs_headless(qapp, tmp_path) -> None:
    from app.models.db import open_database

    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    [cid, _other] = seed_week(db, ["黄飞鸿", "方世玉"], addresses=[{"city": "佛山市"}])
    db.dispose()
    week_pdf, day_pdf = tmp_path / "week.pdf", tmp_path / "day.pdf"
    common = ["--lang", "en", "--manager", "Li", "--date", "2026-11-22"]
    try:
        assert (
            main(
                [
                    "--db",
                    str(path),
                    "plan",
                    "--week",
                    "2026-W48",
                    "--pdf",
                    str(week_pdf),
                    "--group-by",
                    "city",
                    *common,
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    "--db",
                    str(path),
                    "plan",
                    "--day",
                    "2026-11-24",
                    "--pdf",
                    str(day_pdf),
                    "--paper",
                    "letter",
                    *common,
                ]
            )
            == 0
        )
        week, day = "".join(pages_of(week_pdf)), "".join(pages_of(day_pdf))
        assert "黄飞鸿" in week and "方世玉" in week and "佛山市" in week
        assert "方世玉" in day and "黄飞鸿" not in day  # due on Tuesday only
        dossier_pdf = tmp_path / "dossier.pdf"
        assert (
            main(["--db", str(path), "dossier", str(cid), "--pdf", str(dossier_pdf), *common]) == 0
        )
        assert "Client dossier · 黄飞鸿" in "".join(pages_of(dossier_pdf))
        assert main(["--db", str(path), "dossier", "999", "--pdf", str(dossier_pdf), *common]) == 1
        assert main(["--db", str(path), "plan", "--week", "2026-W60", "--pdf", "x.pdf"]) == 2
        assert main(["--db", str(path), "plan", "--from", "2026-11-01", "--pdf", "x.pdf"]) == 2
    finally:
        i18n.install_translator(qapp, "en")
