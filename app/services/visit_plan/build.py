"""Building and ordering a plan: the due follow-ups, the entries, by time or by area."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time, timedelta
from itertools import groupby

from app.models.db import Database
from app.models.enums import FollowUpStatus
from app.services.care import CareRow, care_between
from app.services.followups import follow_ups_between
from app.services.visit_plan.facts import Facts, visit_entry
from app.services.visit_plan.model import (
    GroupBy,
    PlanItem,
    PlanPeriod,
    VisitEntry,
    VisitGroup,
    VisitPlan,
    When,
    Where,
)

CARE_DAYS_AHEAD = 30  # birthdays this soon after the period are worth a word at the visit


def due_items(db: Database, period: PlanPeriod) -> list[PlanItem]:
    """The pending follow-ups due in the period, as plan items without appointment times."""
    rows = follow_ups_between(db, period.start, period.end, statuses=(FollowUpStatus.PENDING,))
    return [PlanItem(r.customer_id, r.due_on, None, r.id) for r in rows]


def build_plan(
    db: Database,
    period: PlanPeriod,
    items: Sequence[PlanItem] | None = None,
    group_by: GroupBy | str = GroupBy.TIME,
) -> VisitPlan:
    """The 5W1H entries of ``items`` (default: the due follow-ups), ordered by ``group_by``.

    Clients in the list that were trashed since are left out.
    """
    group_by = GroupBy(group_by)
    items = due_items(db, period) if items is None else list(items)
    ids = list(dict.fromkeys(item.customer_id for item in items))
    care: dict[int, list[CareRow]] = {}
    for row in care_between(db, period.start, period.end + timedelta(days=CARE_DAYS_AHEAD)):
        care.setdefault(row.customer_id, []).append(row)
    with db.session() as session:
        facts = Facts(session, ids, [i.follow_up_id for i in items if i.follow_up_id])
    entries = [
        visit_entry(item, facts, care) for item in items if item.customer_id in facts.customers
    ]
    return VisitPlan(period, group_by, _arrange(entries, group_by))


def rearrange(plan: VisitPlan, items: Sequence[PlanItem], group_by: GroupBy | str) -> VisitPlan:
    """The plan with the days, times and order of ``items``, without reading the
    database again: for the dialog where the user edits the list. Entries whose
    item is not in ``items`` are dropped; items not in the plan need build_plan."""
    by_key = {(e.item.customer_id, e.item.follow_up_id): e for e in plan.entries}
    entries = [
        replace(entry, item=item, when=When(item.day, item.time))
        for item in items
        if (entry := by_key.get((item.customer_id, item.follow_up_id))) is not None
    ]
    group_by = GroupBy(group_by)
    return VisitPlan(plan.period, group_by, _arrange(entries, group_by))


def _arrange(entries: list[VisitEntry], group_by: GroupBy) -> tuple[VisitGroup, ...]:
    """Stable sorts, so the user's own order decides wherever the keys tie."""
    if group_by == GroupBy.MANUAL:
        return (VisitGroup(None, None, tuple(entries)),) if entries else ()

    def when(e: VisitEntry) -> tuple:
        return (e.item.day, e.item.time is None, e.item.time or time.min)

    if group_by == GroupBy.TIME:
        ordered = sorted(entries, key=when)
        return tuple(
            VisitGroup(day, None, tuple(group))
            for day, group in groupby(ordered, key=lambda e: e.item.day)
        )
    ordered = sorted(entries, key=lambda e: (*_area_key(e.where), when(e)))
    return tuple(
        VisitGroup(None, area or None, tuple(group))
        for area, group in groupby(ordered, key=lambda e: _area(e.where))
    )


def _area(where: Where) -> str:
    return "".join(part for part in (where.city, where.district) if part)


def _area_key(where: Where) -> tuple:
    # Clients with no known city go last, not first.
    return (not where.city, where.city or "", where.district or "", where.address or "")
