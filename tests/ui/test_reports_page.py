"""The Reports page in the real main window on a demo database: charts, clicks, exports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models.enums import Tier
from app.services import fonts
from app.services.charts import CHARTS
from app.services.churn import mark_churned
from app.services.client_list import ListFilter, list_ids
from app.services.intent import BandThresholds, save_thresholds
from app.services.reports import ReportFilter, build_report
from app.ui.main_window import MainWindow
from app.ui.operations import Changed, announce
from app.ui.reports import export as export_module
from app.ui.reports.page import ReportsPage
from app.ui.reports.period_bar import PERIOD

from .conftest import TODAY

pytestmark = pytest.mark.demo_clients(300)
WAIT = 20_000
ZH_TITLES = ["客户级别分布", "意愿评分分布", "客户开发漏斗", "流失原因分布", "月度销售额"]
ZH_TITLES += ["主要客户", "每周跟进完成与逾期", "客户来源"]
needs_cjk_font = pytest.mark.skipif(fonts.find_cjk_font() is None, reason="no CJK font installed")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")


def shown_report(window: MainWindow, qtbot) -> ReportsPage:
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.report_shown, timeout=WAIT):
        window.show_page("reports")
    return page


def redrawn(page: ReportsPage, qtbot, action) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=WAIT):
        action()


def choose_language(window: MainWindow, code: str) -> None:
    [action] = [a for a in window.language_group.actions() if a.data() == code]
    action.trigger()


def clients_listed(window: MainWindow, qtbot, flt: ListFilter) -> list[int]:
    """The ids the Clients page shows once it has loaded ``flt``."""
    assert window.current_page_key() == "clients"
    clients = window.page("clients")
    qtbot.waitUntil(
        lambda: clients.model.list_filter == flt and clients.model.loaded
        and not clients.model.loading,
        timeout=WAIT,
    )  # fmt: skip
    return list(clients.model.ids)


def test_the_page_draws_every_chart_of_the_report(window, qtbot, database) -> None:
    page = shown_report(window, qtbot)
    assert list(page.panels) == list(CHARTS)
    assert page.report == build_report(database, ReportFilter(), TODAY)
    for key, panel in page.panels.items():
        assert type(panel.canvas).__name__ == "FigureCanvasQTAgg"
        assert panel.canvas.figure is panel.chart.figure and panel.chart.key == key
        assert panel.canvas.figure.axes[0].get_title()
        image = panel.canvas.grab().toImage()
        grid = [(x, y) for x in range(0, image.width(), 6) for y in range(0, image.height(), 6)]
        colours = {image.pixel(x, y) for x, y in grid}
        assert len(colours) > 3, f"{key} looks blank"
    counts = [bar.get_height() for bar in page.panels["tiers"].chart.figure.axes[0].containers[0]]
    assert counts == [s.count for s in page.report.tiers.slices] and sum(counts) == 300
    assert "300 clients" in page.summary.text()


def test_a_new_period_queries_again_with_a_busy_bar_and_redraws(window, qtbot, database) -> None:
    page = shown_report(window, qtbot)
    before = page.panels["tiers"].chart
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    with qtbot.waitSignal(page.report_shown, timeout=WAIT):
        page.filter_bar.set_period("custom", start, end)
        qtbot.waitUntil(page.busy.isVisible, timeout=WAIT)
    assert not page.busy.isVisible()
    assert page.report.filter == ReportFilter(start, end)
    assert page.report == build_report(database, ReportFilter(start, end), TODAY)
    chart = page.panels["tiers"].chart
    assert chart is not before and "2026-01-01 – 2026-06-30" in chart.figure.axes[0].get_title()
    assert PERIOD.get() == "custom"  # remembered for the next start
    redrawn(page, qtbot, lambda: page.filter_bar.set_period("last_year"))
    assert page.report.filter == ReportFilter(date(2025, 1, 1), date(2025, 12, 31))


def test_clicking_the_strategic_bar_lists_the_strategic_clients(window, qtbot, database) -> None:
    page = shown_report(window, qtbot)
    panel = page.panels["tiers"]
    strategic = panel.chart.figure.axes[0].containers[0][0]
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=panel.bar_centre(strategic))
    flt = ListFilter(tiers=frozenset({Tier.STRATEGIC}))
    shown = clients_listed(window, qtbot, flt)
    clients = window.page("clients")
    expected = list_ids(database, flt, clients.model.sort_key, clients.model.descending)
    assert shown == expected and shown
    assert clients.filter_bar.tier.values == {"strategic"} and clients.filter_bar.tier.isChecked()


def test_a_histogram_segment_follows_the_configured_bands(window, qtbot, database) -> None:
    """With high intent from 80, the 70–80 bin is medium: its loose segment lists exactly
    the loose clients scored 50 to 80, and the status bar says the list is wider than the bar."""
    save_thresholds(database, BandThresholds(high=80, medium=50))
    page = shown_report(window, qtbot)
    bins = page.report.intent.bins
    seventy = next(i for i, b in enumerate(bins) if b.low == 70)
    assert bins[seventy].band == "medium" and bins[seventy].by_tier[Tier.LOOSE]
    panel = page.panels["intent"]
    loose = panel.chart.figure.axes[0].containers[3]
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=panel.bar_centre(loose[seventy]))
    flt = ListFilter(tiers=frozenset({Tier.LOOSE}), intent_bands=frozenset({"medium"}))
    shown = clients_listed(window, qtbot, flt)
    with database.session() as session:
        from sqlalchemy import select

        from app.models import Customer

        scored = session.scalars(
            select(Customer.id).where(
                Customer.deleted_at.is_(None),
                Customer.tier == Tier.LOOSE,
                Customer.intent_score >= 50,
                Customer.intent_score < 80,
            )
        ).all()
    assert set(shown) == set(scored) and shown
    assert "wider" in window.statusBar().currentMessage()


def test_a_top_client_opens_the_dossier(window, qtbot, monkeypatch) -> None:
    import app.ui.dossier

    opened = []
    monkeypatch.setattr(app.ui.dossier, "open_dossier", lambda *args: opened.append(args[2]))
    page = shown_report(window, qtbot)
    panel = page.panels["top_clients"]
    first = panel.chart.figure.axes[0].containers[0][0]
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=panel.bar_centre(first))
    assert opened == [page.report.top_clients.clients[0].customer_id]
    assert window.current_page_key() == "reports"


@needs_cjk_font
@needs_poppler
def test_a_chart_exports_to_png_and_the_page_to_a_chinese_pdf(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    page = shown_report(window, qtbot)
    redrawn(page, qtbot, lambda: choose_language(window, "zh_CN"))
    assert page.panels["tiers"].chart.figure.axes[0].get_title() == "客户级别分布"
    assert page.pdf_button.text() == "导出 PDF 报告…"
    targets = iter([tmp_path / "tiers.png", tmp_path / "tiers.pdf", tmp_path / "报告.pdf"])
    monkeypatch.setattr(export_module, "ask_save_path", lambda *args: next(targets))
    page.panels["tiers"].png_action.trigger()
    page.panels["tiers"].pdf_action.trigger()
    page.pdf_button.click()
    assert (tmp_path / "tiers.png").read_bytes().startswith(b"\x89PNG")
    assert "客户级别分布" in _pdf_text(tmp_path / "tiers.pdf")
    report = _pdf_text(tmp_path / "报告.pdf")
    for title in ZH_TITLES:
        assert title in report
    assert "报告.pdf" in window.statusBar().currentMessage()
    choose_language(window, "en")


def test_a_failed_export_says_why_and_leaves_no_file(window, qtbot, tmp_path, monkeypatch) -> None:
    page = shown_report(window, qtbot)
    missing = tmp_path / "no such folder" / "tiers.png"
    monkeypatch.setattr(export_module, "ask_save_path", lambda *args: missing)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page.panels["tiers"].png_action.trigger()
    assert warnings and "no such folder" in warnings[0] and not missing.exists()
    assert "Saved" not in window.statusBar().currentMessage()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_a_dark_palette_redraws_the_charts_dark(window, qtbot, qapp: QApplication) -> None:
    page = shown_report(window, qtbot)
    assert page.panels["tiers"].chart.figure.get_facecolor()[0] > 0.9  # light
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    try:
        redrawn(page, qtbot, lambda: qapp.setPalette(dark))
        assert page.panels["tiers"].chart.figure.get_facecolor()[0] < 0.2
    finally:
        qapp.setPalette(original)


def test_a_change_elsewhere_rebuilds_the_shown_report(window, qtbot, database) -> None:
    page = shown_report(window, qtbot)
    churned_before = sum(s.count for s in page.report.churn.reasons)
    client = next(i for i in list_ids(database) if i not in _churned(database))
    mark_churned(database, client, "price", None, TODAY)
    redrawn(page, qtbot, lambda: announce(Changed.CLIENTS, [client]))
    assert sum(s.count for s in page.report.churn.reasons) == churned_before + 1


def _churned(database) -> set[int]:
    from app.models.enums import DevStatus

    flt = ListFilter(statuses=frozenset({DevStatus.CHURNED}))
    return set(list_ids(database, flt))


def test_matplotlib_loads_only_when_the_page_is_first_shown(tmp_path) -> None:
    probe = f"""
import sys
from PySide6.QtWidgets import QApplication, QMessageBox
from app.models.db import open_database
from app.ui import settings
from app.ui.main_window import MainWindow
from app.ui.pyside_guard import guard_singleton_refcounts
from app.ui.workspace import install_workspace
guard_singleton_refcounts()
settings.use_settings_file({str(tmp_path / "settings.ini")!r})
app = QApplication([])
window = MainWindow(open_database({str(tmp_path / "probe.sqlite3")!r}))
install_workspace(window)
window.show_page("clients")
window.show()
app.processEvents()
assert "matplotlib" not in sys.modules, "matplotlib imported at start-up"
page = window.page("reports")
window.show_page("reports")
while page.report is None or not page.panels:
    app.processEvents()
assert "matplotlib.backends.backend_qtagg" in sys.modules
assert "matplotlib.pyplot" not in sys.modules
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
