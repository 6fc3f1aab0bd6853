"""The numbers behind every chart of the Reports page, each one SQL aggregation.

Nothing loads the client base into Python: each chart is one GROUP BY (two
for top clients), so the page costs about the same at 1,000 or 100,000
clients. ``build_report`` runs them all in one session for a page refresh.

- ``filters``: the page's period and tag (``ReportFilter``) and the client-list
  filter behind each bar (``Drilldown``: a dict for
  ``client_list.ListFilter.from_json``, and whether the list can show exactly
  those clients or only a wider set);
- ``results``: the frozen dataclasses each chart reads;
- ``client_base``: tiers, intent histogram, funnel, sources;
- ``activity``: churn, sales by month, top clients, follow-ups per week;
- ``build``: ``build_report`` and the one-chart entry points.

Import the public names from here: ``from app.services.reports import build_report``.
"""

from app.services.reports.activity import WEEKS_SHOWN
from app.services.reports.build import (
    build_report,
    churn_report,
    client_sources,
    development_funnel,
    follow_up_weeks,
    intent_histogram,
    sales_by_month,
    tier_distribution,
    top_clients,
)
from app.services.reports.client_base import FUNNEL, INTENT_BIN, UNKNOWN
from app.services.reports.filters import Drilldown, ReportFilter
from app.services.reports.results import (
    ChurnReport,
    Distribution,
    FollowUpWeeks,
    Funnel,
    FunnelStage,
    IntentBin,
    IntentHistogram,
    MonthSales,
    Report,
    SalesByMonth,
    Slice,
    TopClient,
    TopClients,
    WeekFollowUps,
)

__all__ = [
    "FUNNEL",
    "INTENT_BIN",
    "UNKNOWN",
    "WEEKS_SHOWN",
    "ChurnReport",
    "Distribution",
    "Drilldown",
    "FollowUpWeeks",
    "Funnel",
    "FunnelStage",
    "IntentBin",
    "IntentHistogram",
    "MonthSales",
    "Report",
    "ReportFilter",
    "SalesByMonth",
    "Slice",
    "TopClient",
    "TopClients",
    "WeekFollowUps",
    "build_report",
    "churn_report",
    "client_sources",
    "development_funnel",
    "follow_up_weeks",
    "intent_histogram",
    "sales_by_month",
    "tier_distribution",
    "top_clients",
]
