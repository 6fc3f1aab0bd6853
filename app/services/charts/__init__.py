"""The Reports page's charts: report data → a matplotlib ``Figure``, no pyplot, no Qt.

The UI embeds ``Chart.figure`` in a ``FigureCanvasQTAgg``; the PDF writer
saves the same figures. matplotlib loads only when a chart is drawn.

- ``style``: the light and dark palettes and the chart size;
- ``wording``: titles and labels in English, 简体 and 繁體, and money in 万/亿 or K/M;
- ``figure``: ``Chart`` (the figure and its clickable bars) and the shared framing;
- ``client_base``: tiers, intent by tier, funnel, sources;
- ``activity``: churn reasons, sales by month, top clients, follow-ups per week;
- ``page``: ``CHARTS`` in the page's order, ``report_charts``, ``chart_for``.

Import the public names from here: ``from app.services.charts import report_charts``.
"""

from app.services.charts.activity import (
    MAX_SIDE_BY_SIDE,
    churn_chart,
    follow_up_chart,
    sales_chart,
    top_clients_chart,
)
from app.services.charts.client_base import funnel_chart, intent_chart, sources_chart, tier_chart
from app.services.charts.figure import Chart
from app.services.charts.page import CHARTS, chart_for, report_charts
from app.services.charts.style import DARK, LIGHT, SIZE, Palette
from app.services.charts.wording import TEXT, amount, text

__all__ = [
    "CHARTS",
    "DARK",
    "LIGHT",
    "MAX_SIDE_BY_SIDE",
    "SIZE",
    "TEXT",
    "Chart",
    "Palette",
    "amount",
    "chart_for",
    "churn_chart",
    "follow_up_chart",
    "funnel_chart",
    "intent_chart",
    "report_charts",
    "sales_chart",
    "sources_chart",
    "text",
    "tier_chart",
    "top_clients_chart",
]
