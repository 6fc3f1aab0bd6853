"""What the page is filtered on, and the client-list filter behind each bar.

The filter's period applies to what happened in it (orders, churn, follow-ups
due, assessments taken); for the charts of the client base as it is (tiers,
funnel, sources) it selects the clients who joined in the period. The tag
applies everywhere. Trashed clients are never counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import Customer
from app.services.churn import joined_on, tagged


@dataclass(frozen=True)
class ReportFilter:
    """One period (either end open) and one tag, for the whole page."""

    start: date | None = None
    end: date | None = None
    tag: str | None = None

    @property
    def has_period(self) -> bool:
        return self.start is not None or self.end is not None

    def period(self, column: object) -> list:
        conds = []
        if self.start is not None:
            conds.append(column >= self.start)
        if self.end is not None:
            conds.append(column <= self.end)
        return conds

    def clients(self) -> list:
        """Live clients carrying the tag."""
        return [Customer.deleted_at.is_(None), *([tagged(self.tag)] if self.tag else [])]

    @property
    def joined(self) -> tuple[date | None, date | None] | None:
        """What the charts of the client base say about the period."""
        return (self.start, self.end) if self.has_period else None

    def cohort(self) -> list:
        """Live clients carrying the tag who joined in the period."""
        return [*self.clients(), *self.period(joined_on())]


@dataclass(frozen=True)
class Drilldown:
    filter: dict  # for client_list.ListFilter.from_json
    exact: bool  # False: the list shows a wider set (the band of a bin, every churned client …)
    customer_id: int | None = None  # a single client: open the dossier instead


def drill(flt: ReportFilter, exact: bool, **parts: list | bool) -> Drilldown:
    """The client-list filter of a bar: its own parts, and the page's tag."""
    if flt.tag:
        parts["tags"] = [flt.tag]
    return Drilldown(parts, exact)
