"""The Reports page's charts in their order, which the PDF report follows too."""

from __future__ import annotations

from collections.abc import Callable

from app.services.charts.activity import (
    churn_chart,
    follow_up_chart,
    sales_chart,
    top_clients_chart,
)
from app.services.charts.client_base import funnel_chart, intent_chart, sources_chart, tier_chart
from app.services.charts.figure import Chart
from app.services.reports import Report

CHARTS: dict[str, tuple[Callable[..., Chart], Callable[[Report], object]]] = {
    "tiers": (tier_chart, lambda r: r.tiers),
    "intent": (intent_chart, lambda r: r.intent),
    "funnel": (funnel_chart, lambda r: r.funnel),
    "churn": (churn_chart, lambda r: r.churn),
    "sales": (sales_chart, lambda r: r.sales),
    "top_clients": (top_clients_chart, lambda r: r.top_clients),
    "follow_ups": (follow_up_chart, lambda r: r.follow_ups),
    "sources": (sources_chart, lambda r: r.sources),
}


def report_charts(report: Report, lang: str = "zh_CN", dark: bool = False) -> list[Chart]:
    """Every chart of the page, in the page's order."""
    return [draw(part(report), lang, dark) for draw, part in CHARTS.values()]


def chart_for(report: Report, key: str, lang: str = "zh_CN", dark: bool = False) -> Chart:
    draw, part = CHARTS[key]
    return draw(part(report), lang, dark)
