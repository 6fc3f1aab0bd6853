"""Charts drawn offscreen in Chinese and English, picking, and the PDF report.

Rendering runs with warnings as errors: matplotlib warns "Glyph … missing
from font(s)" for every character it draws as a box, so a chart that would
show 口口口 fails here.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import warnings
from datetime import date

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import fonts
from app.services.charts import CHARTS, Chart, amount, chart_for, report_charts, tier_chart
from app.services.demo import generate_demo
from app.services.report_pdf import export_chart, save_report_pdf
from app.services.reports import ReportFilter, build_report

TODAY = date(2026, 3, 2)
YEAR = ReportFilter(date(2025, 3, 1), date(2026, 2, 28))
needs_cjk_font = pytest.mark.skipif(fonts.find_cjk_font() is None, reason="no CJK font installed")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")
TITLES = {
    "zh_CN": [
        "客户级别分布",
        "意愿评分分布",
        "客户开发漏斗",
        "流失原因分布",
        "月度销售额",
        "主要客户",
        "每周跟进完成与逾期",
        "客户来源",
    ],
    "zh_TW": [
        "客戶級別分佈",
        "意願評分分佈",
        "客戶開發漏斗",
        "流失原因分佈",
        "月度銷售額",
        "主要客戶",
        "每週跟進完成與逾期",
        "客戶來源",
    ],
    "en": [
        "Clients by tier",
        "Intent scores by tier",
        "Development funnel",
        "Churn reasons",
        "Sales by month",
        "Top clients",
        "Follow-ups per week",
        "Client sources",
    ],
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from app.models.db import open_database

    path = tmp_path_factory.mktemp("charts") / "rapport.sqlite3"
    db = open_database(path)
    generate_demo(db, 600, seed=5, today=TODAY)
    with db.engine.begin() as conn:  # some finished steps, so both follow-up series show
        conn.execute(text("UPDATE follow_up SET status = 'done' WHERE id % 3 = 0"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def report(demo_db):
    return build_report(demo_db, YEAR, TODAY)


def _render(chart: Chart) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph fails the test
        chart.figure.savefig(out, format="png", dpi=60)
    return out.getvalue()


@needs_cjk_font
@pytest.mark.parametrize(
    ("lang", "dark"), [("zh_CN", False), ("zh_CN", True), ("zh_TW", False), ("en", True)]
)
def test_every_chart_renders_with_title_axes_and_values_and_no_missing_glyph(
    report, lang, dark
) -> None:
    charts = report_charts(report, lang, dark)
    assert [c.key for c in charts] == list(CHARTS)
    for chart, title in zip(charts, TITLES[lang], strict=True):
        png = _render(chart)
        assert png.startswith(b"\x89PNG")
        ax = chart.figure.axes[0]
        assert title in ax.get_title()
        assert ax.get_xlabel() and ax.get_ylabel()
        labels = [t.get_text() for t in ax.texts]  # bar_label's value labels are texts
        assert any(c.isdigit() for label in labels for c in label), f"{chart.key}: no values"
        background = chart.figure.get_facecolor()
        assert (sum(background[:3]) < 1) is dark  # the dark palette really is dark


@needs_cjk_font
def test_a_chinese_title_is_drawn_with_the_cjk_font(report) -> None:
    from matplotlib import font_manager

    chart = chart_for(report, "tiers", "zh_CN")
    _render(chart)
    title = chart.figure.axes[0].title
    found = font_manager.findfont(title.get_fontproperties(), fallback_to_default=False)
    assert found == str(fonts.find_cjk_font().path)


def test_without_a_cjk_font_the_render_check_does_fail(report) -> None:
    """The negative control: the warning the render check relies on is real."""
    from matplotlib import rc_context

    chart = chart_for(report, "tiers", "zh_CN")
    with rc_context({"font.sans-serif": ["DejaVu Sans"], "font.family": ["sans-serif"]}):
        chart = chart_for(report, "tiers", "zh_CN")
        with pytest.raises(UserWarning, match="missing from font"):
            _render(chart)


def test_tier_bars_show_the_report_numbers(report) -> None:
    chart = chart_for(report, "tiers", "en")
    bars = chart.figure.axes[0].containers[0]
    assert list(bars.datavalues) == [s.count for s in report.tiers.slices]
    labels = [t.get_text() for t in chart.figure.axes[0].texts]
    total = report.tiers.total
    assert labels == [f"{s.count:,} ({s.count / total:.0%})" for s in report.tiers.slices]


def test_with_a_period_the_client_base_charts_say_whom_they_count(report, demo_db) -> None:
    joined = "2025-03-01 至 2026-02-28 入网的客户"
    for key in ("tiers", "funnel", "sources"):
        assert chart_for(report, key, "zh_CN").figure.axes[0].get_title().endswith(joined)
    everyone = build_report(demo_db, ReportFilter(), TODAY)
    assert chart_for(everyone, "tiers", "zh_CN").figure.axes[0].get_title() == "客户级别分布"


def _click(chart: Chart, artist) -> list:
    """Press the mouse on the middle of ``artist``; returns what the pick handler got."""
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    picked = []
    canvas.mpl_connect("pick_event", lambda event: picked.append(chart.target(event.artist)))
    box = artist.get_window_extent()
    x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    chart.figure.pick(MouseEvent("button_press_event", canvas, x, y, button=1))
    return [p for p in picked if p is not None]


def test_clicking_the_strategic_bar_gives_the_strategic_filter(report) -> None:
    from app.models.enums import Tier
    from app.services.client_list import ListFilter

    chart = chart_for(report, "tiers", "zh_CN")
    strategic = chart.figure.axes[0].containers[0][0]
    assert strategic.get_gid() and strategic.get_picker()
    [drill] = _click(chart, strategic)
    assert ListFilter.from_json(drill.filter).tiers == frozenset({Tier.STRATEGIC})
    assert drill == report.tiers.slices[0].drill


def test_clicking_a_top_client_gives_that_client_and_a_histogram_segment_its_tier(report) -> None:
    top = chart_for(report, "top_clients", "en")
    [drill] = _click(top, top.figure.axes[0].containers[0][0])
    assert drill.customer_id == report.top_clients.clients[0].customer_id
    intent = chart_for(report, "intent", "en")
    loose = intent.figure.axes[0].containers[3]  # the fourth tier stacked: loose
    busiest = max(range(len(loose)), key=lambda i: loose[i].get_height())
    [drill] = _click(intent, loose[busiest])
    assert drill.filter["tiers"] == ["loose"]
    assert drill.filter["intent_bands"] == [report.intent.bins[busiest].band]


def test_sources_have_no_drill_down_so_their_bars_are_not_pickable(report) -> None:
    chart = chart_for(report, "sources", "en")
    assert not chart.targets
    assert not any(bar.get_picker() for bar in chart.figure.axes[0].containers[0])


def test_an_empty_database_draws_every_chart_saying_so(db) -> None:
    charts = report_charts(build_report(db, ReportFilter(), TODAY), "zh_CN")
    for chart in charts:
        _render(chart)
    texts = [t.get_text() for t in charts[0].figure.axes[0].texts]
    assert "暂无数据" in texts


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        (12_345_678, "zh_CN", "1,235万"),
        (123_456, "zh_CN", "12.3万"),
        (250_000_000, "zh_TW", "2.5億"),
        (980, "zh_CN", "980"),
        (3_200_000, "en", "3.2M"),
        (45_000, "en", "45K"),
        (2_000_000, "en", "2M"),
    ],
)
def test_amounts_read_in_wan_for_chinese_and_thousands_for_english(value, lang, shown) -> None:
    assert amount(value, lang) == shown


def test_charts_load_matplotlib_only_when_drawn_and_never_pyplot(tmp_path) -> None:
    probe = (
        "import sys\n"
        "import app.services.charts, app.services.report_pdf\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported at start-up'\n"
        "from app.services.reports import Distribution\n"
        "app.services.charts.tier_chart(Distribution(()), 'zh_CN')\n"
        "assert 'matplotlib.figure' in sys.modules\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def _pdf_fonts(path) -> list[list[str]]:
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    return [line.split() for line in listing.splitlines()[2:]]


@needs_cjk_font
@needs_poppler
@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_pdf_report_has_the_chinese_titles_as_text_in_an_embedded_cjk_font(
    report, tmp_path, lang
) -> None:
    path = save_report_pdf(report, tmp_path / "report.pdf", lang)
    content = _pdf_text(path)
    for title in TITLES[lang]:
        assert title in content
    assert ("客情簿" in content) and ("2025-03-01" in content)
    rows = _pdf_fonts(path)
    assert rows, "no fonts listed"
    family = fonts.find_cjk_font().family.replace(" ", "")  # NotoSansCJKSC …
    for row in rows:
        name, embedded = row[0], row[-5]
        assert family[:9].lower() in name.lower()  # the CJK font, subset-tagged
        assert embedded == "yes"
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+9$", pages, re.MULTILINE)  # a cover and the eight charts


@needs_cjk_font
@needs_poppler
def test_one_chart_exports_to_png_and_pdf(report, tmp_path) -> None:
    chart = tier_chart(report.tiers, "zh_CN", dark=True)
    png = export_chart(chart, tmp_path / "tiers.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    pdf = export_chart(chart, tmp_path / "tiers.PDF")
    assert "客户级别分布" in _pdf_text(pdf)
    with pytest.raises(ValueError):
        export_chart(chart, tmp_path / "tiers.svgz")


@needs_cjk_font
@needs_poppler
def test_rapport_report_writes_the_pdf_headless(demo_db, tmp_path, capsys) -> None:
    out = tmp_path / "报告.pdf"
    argv = [
        "--db",
        demo_db.url,
        "report",
        "--pdf",
        str(out),
        "--lang",
        "zh_CN",
        "--from",
        "2025-03-01",
        "--to",
        "2026-02-28",
        "--tag",
        "VIP",
        "--date",
        "2026-03-02",
    ]
    assert main(argv) == 0
    assert str(out) in capsys.readouterr().out
    content = _pdf_text(out)
    assert "客户级别分布" in content and "标签：VIP" in content
    assert (
        main(
            [
                "--db",
                demo_db.url,
                "report",
                "--pdf",
                str(out),
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
            ]
        )
        == 2
    )
