"""The public entry points: the whole page in one session, or one chart's numbers."""

from __future__ import annotations

from datetime import date

from app.models.db import Database
from app.services.reports.activity import (
    read_churn,
    read_follow_ups,
    read_sales,
    read_top_clients,
)
from app.services.reports.client_base import read_funnel, read_intent, read_sources, read_tiers
from app.services.reports.filters import ReportFilter
from app.services.reports.results import (
    ChurnReport,
    Distribution,
    FollowUpWeeks,
    Funnel,
    IntentHistogram,
    Report,
    SalesByMonth,
    TopClients,
)


def build_report(db: Database, flt: ReportFilter, today: date, top: int = 10) -> Report:
    """Every chart of the page, in one session (one consistent read)."""
    with db.session() as session:
        return Report(
            filter=flt,
            today=today,
            tiers=read_tiers(session, flt),
            intent=read_intent(session, flt),
            funnel=read_funnel(session, flt),
            churn=read_churn(session, flt, today),
            sales=read_sales(session, flt),
            top_clients=read_top_clients(session, flt, top),
            follow_ups=read_follow_ups(session, flt, today),
            sources=read_sources(session, flt),
        )


def tier_distribution(db: Database, flt: ReportFilter) -> Distribution:
    with db.session() as session:
        return read_tiers(session, flt)


def intent_histogram(db: Database, flt: ReportFilter) -> IntentHistogram:
    with db.session() as session:
        return read_intent(session, flt)


def development_funnel(db: Database, flt: ReportFilter) -> Funnel:
    with db.session() as session:
        return read_funnel(session, flt)


def churn_report(db: Database, flt: ReportFilter, today: date) -> ChurnReport:
    with db.session() as session:
        return read_churn(session, flt, today)


def sales_by_month(db: Database, flt: ReportFilter) -> SalesByMonth:
    with db.session() as session:
        return read_sales(session, flt)


def top_clients(db: Database, flt: ReportFilter, limit: int = 10) -> TopClients:
    with db.session() as session:
        return read_top_clients(session, flt, limit)


def follow_up_weeks(db: Database, flt: ReportFilter, today: date) -> FollowUpWeeks:
    with db.session() as session:
        return read_follow_ups(session, flt, today)


def client_sources(db: Database, flt: ReportFilter) -> Distribution:
    with db.session() as session:
        return read_sources(session, flt)
