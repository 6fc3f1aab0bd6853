"""The Reports page on paper: one multi-page PDF, and one chart as PNG or PDF.

Fonts are embedded as Type 42 (``pdf.fonttype`` 42), so the Chinese text is
real text — searchable, copyable, found by ``pdftotext`` — in the system's
CJK font, not outlines drawn as Type 3 glyph procedures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.charts import LIGHT, SIZE, Chart, amount, report_charts
from app.services.reports import Report

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PNG_DPI = 150  # sharp on paper and on a high-density screen
PDF_RC = {"pdf.fonttype": 42}

# key → (English, 简体, 繁體)
_COVER = {
    "title": ("Rapport · Client report", "客情簿 · 客户报告", "客情簿 · 客戶報告"),
    "period": ("Period: {v}", "期间：{v}", "期間：{v}"),
    "all_time": ("all time", "全部", "全部"),
    "tag": ("Tag: {v}", "标签：{v}", "標籤：{v}"),
    "made": ("Made on {v}", "生成日期：{v}", "生成日期：{v}"),
    "clients": ("Clients: {v}", "客户数：{v}", "客戶數：{v}"),
    "sales": ("Sales: {v}", "销售额：{v}", "銷售額：{v}"),
    "churn": ("Churn rate: {v}", "流失率：{v}", "流失率：{v}"),
    "overdue": ("Overdue follow-ups: {v}", "逾期跟进：{v}", "逾期跟進：{v}"),
}


def _t(key: str, lang: str, value: object) -> str:
    en, zh, zh_hant = _COVER[key]
    chosen = (zh_hant if lang in ("zh_TW", "zh_HK", "zh_Hant") else zh) if lang[:2] == "zh" else en
    return chosen.format(v=value)


def _cover(report: Report, lang: str) -> Figure:
    from matplotlib.figure import Figure

    flt = report.filter
    if flt.start or flt.end:
        period = f"{flt.start or '…'} – {flt.end or '…'}"
    else:
        period = _t("all_time", lang, "")
    lines = [
        _t("period", lang, period),
        *([_t("tag", lang, flt.tag)] if flt.tag else []),
        _t("made", lang, report.today.isoformat()),
        "",
        _t("clients", lang, f"{report.tiers.total:,}"),
        _t("sales", lang, amount(report.sales.total, lang)),
        _t("churn", lang, f"{report.churn.rate.rate:.1%}"),
        _t("overdue", lang, f"{sum(w.overdue for w in report.follow_ups.weeks):,}"),
    ]
    figure = Figure(figsize=SIZE, facecolor=LIGHT.background)
    figure.text(0.08, 0.82, _t("title", lang, ""), fontsize=22, color=LIGHT.text)
    for i, line in enumerate(lines):
        figure.text(0.08, 0.68 - i * 0.065, line, fontsize=12, color=LIGHT.text)
    return figure


def save_report_pdf(report: Report, path: str | Path, lang: str = "zh_CN") -> Path:
    """A cover page and every chart of the page, one per page, in print colours."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_pdf import PdfPages

    path = Path(path)
    charts = report_charts(report, lang, dark=False)  # sets up the CJK font first
    title = _t("title", lang, "")
    metadata = {"Title": title, "Creator": "Rapport 客情簿", "Subject": report.today.isoformat()}
    # Fonts are written when the file closes, so the setting must hold until then.
    with rc_context(PDF_RC), PdfPages(path, metadata=metadata) as pdf:
        pdf.savefig(_cover(report, lang))
        for chart in charts:
            pdf.savefig(chart.figure, facecolor=chart.figure.get_facecolor())
    return path


def export_chart(chart: Chart, path: str | Path) -> Path:
    """One chart as .png or .pdf, in the colours it is shown in."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise ValueError(f"charts export to .png or .pdf, not {suffix or 'no suffix'}")
    from matplotlib import rc_context

    options = {"dpi": PNG_DPI} if suffix == ".png" else {"metadata": {"Creator": "Rapport 客情簿"}}
    with rc_context(PDF_RC):
        chart.figure.savefig(path, facecolor=chart.figure.get_facecolor(), **options)
    return path


def default_file_name(key: str, today: date, suffix: str) -> str:
    """rapport-report-2026-03-02.pdf, rapport-tiers-2026-03-02.png …"""
    return f"rapport-{key.replace('_', '-')}-{today.isoformat()}{suffix}"
