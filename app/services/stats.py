"""Counts of the client base by tier and status, straight from SQL."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.models import Customer, FollowUp, Interaction, Order
from app.models.db import Database
from app.models.enums import DevStatus, Tier


@dataclass(frozen=True)
class BaseStats:
    total: int
    trashed: int
    by_tier: dict[Tier, int] = field(default_factory=dict)
    by_status: dict[DevStatus, int] = field(default_factory=dict)
    interactions: int = 0
    orders: int = 0
    pending_follow_ups: int = 0


def client_base_stats(db: Database) -> BaseStats:
    live = Customer.deleted_at.is_(None)
    with db.session() as s:
        tiers = dict(
            s.execute(select(Customer.tier, func.count()).where(live).group_by(Customer.tier)).all()
        )
        statuses = dict(
            s.execute(
                select(Customer.dev_status, func.count()).where(live).group_by(Customer.dev_status)
            ).all()
        )

        def count(stmt) -> int:
            return s.scalar(stmt) or 0

        return BaseStats(
            total=count(select(func.count()).select_from(Customer).where(live)),
            trashed=count(select(func.count()).select_from(Customer).where(~live)),
            by_tier={t: tiers.get(t, 0) for t in Tier},
            by_status={st: statuses.get(st, 0) for st in DevStatus},
            interactions=count(select(func.count()).select_from(Interaction)),
            orders=count(select(func.count()).select_from(Order)),
            pending_follow_ups=count(
                select(func.count()).select_from(FollowUp).where(FollowUp.status == "pending")
            ),
        )
