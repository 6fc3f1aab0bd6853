"""A "suggest tier" hint from intent, order value and relationship level.

The hint only suggests: the user accepts it (the UI then calls
``followups.set_tier``, which also re-plans the follow-ups) or ignores it.

Points: intent band high 2 / medium 1; the last 12 months' order value in
the top 10% of clients with orders 3 / top 30% 2 / any 1; relationship level
structural 2 / social 1. Total 6–7 → strategic, 4–5 → loyal, 2–3 → close,
else loose. Order value is ranked against the other clients rather than
compared with a fixed amount, so the rule fits a small and a large business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, Order
from app.models.db import Database
from app.models.enums import DevStatus, OrderStatus, RelationshipLevel, Tier
from app.services.errors import NotFoundError
from app.services.intent import read_thresholds
from app.services.labels import label

TIER_BY_POINTS = ((6, Tier.STRATEGIC), (4, Tier.LOYAL), (2, Tier.CLOSE), (0, Tier.LOOSE))
INTENT_POINTS = {"high": 2, "medium": 1, "low": 0}
LEVEL_POINTS = {RelationshipLevel.STRUCTURAL: 2, RelationshipLevel.SOCIAL: 1}
SALES_RANKS = ((0.10, 3), (0.30, 2), (1.0, 1))  # (top share of clients with orders, points)

_TEXTS = {  # reason code → (English, 简体, 繁體)
    "intent": (
        "Intent score {score} ({band})",
        "意愿评分 {score}（{band}）",
        "意願評分 {score}（{band}）",
    ),
    "no_intent": ("No intent assessment yet", "尚未做意愿评估", "尚未做意願評估"),
    "sales": (
        "Orders in the last 12 months: {amount}, top {top}% of clients",
        "近12个月订单额 {amount}，居前 {top}%",
        "近12個月訂單額 {amount}，居前 {top}%",
    ),
    "no_sales": ("No orders in the last 12 months", "近12个月无订单", "近12個月無訂單"),
    "level": ("Relationship level: {level}", "关系层次：{level}", "關係層次：{level}"),
    "no_level": ("Relationship level not set", "未设关系层次", "未設關係層次"),
    "churned": ("The client has churned", "客户已流失", "客戶已流失"),
}
_BANDS = {
    "high": ("high", "高", "高"),
    "medium": ("medium", "中", "中"),
    "low": ("low", "低", "低"),
}


def _pick(texts: tuple[str, str, str], lang: str) -> str:
    en, zh, zh_hant = texts
    if lang.startswith("zh"):
        return zh_hant if lang in ("zh_TW", "zh_HK", "zh_Hant") else zh
    return en


@dataclass(frozen=True)
class Reason:
    code: str  # intent, no_intent, sales, no_sales, level, no_level, churned
    points: int
    detail: dict = field(default_factory=dict)

    def text(self, lang: str = "zh_CN") -> str:
        values = dict(self.detail)
        if "band" in values:
            values["band"] = _pick(_BANDS[values["band"]], lang)
        if "level" in values:
            values["level"] = label(RelationshipLevel(values["level"]), lang)
        sentence = _pick(_TEXTS[self.code], lang).format(**values)
        return f"{sentence} +{self.points}" if self.points else sentence


@dataclass(frozen=True)
class TierSuggestion:
    customer_id: int
    current: Tier
    suggested: Tier
    points: int
    reasons: tuple[Reason, ...]

    @property
    def is_change(self) -> bool:
        return self.suggested != self.current


def suggest_tier(db: Database, customer_id: int, today: date) -> TierSuggestion:
    """The tier the client's numbers point to, with the reasons, for the user to judge."""
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError("client", customer_id)
        if customer.dev_status == DevStatus.CHURNED:
            reasons = (Reason("churned", 0),)
            return TierSuggestion(customer_id, customer.tier, Tier.LOOSE, 0, reasons)
        reasons = [
            _intent_reason(customer.intent_score, read_thresholds(session).band),
            _sales_reason(session, customer_id, today),
            _level_reason(customer.relationship_level),
        ]
        points = sum(r.points for r in reasons)
        suggested = next(tier for least, tier in TIER_BY_POINTS if points >= least)
        return TierSuggestion(customer_id, customer.tier, suggested, points, tuple(reasons))


def _intent_reason(score: Decimal | float | None, band_of: Callable[[float], str]) -> Reason:
    if score is None:
        return Reason("no_intent", 0)
    band = band_of(float(score))
    return Reason("intent", INTENT_POINTS[band], {"score": f"{float(score):g}", "band": band})


def _level_reason(level: RelationshipLevel | None) -> Reason:
    if level is None:
        return Reason("no_level", 0)
    return Reason("level", LEVEL_POINTS.get(level, 0), {"level": level.value})


def _sales_reason(session: Session, customer_id: int, today: date) -> Reason:
    per_client = (
        select(Order.customer_id, func.sum(Order.amount).label("total"))
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            Customer.deleted_at.is_(None),
            Order.status != OrderStatus.RETURNED,
            Order.ordered_on > today - timedelta(days=365),
            Order.ordered_on <= today,
        )
        .group_by(Order.customer_id)
        .subquery()
    )
    mine = session.scalar(select(per_client.c.total).where(per_client.c.customer_id == customer_id))
    if not mine:
        return Reason("no_sales", 0)
    clients, above = session.execute(
        select(func.count(), func.count().filter(per_client.c.total > mine)).select_from(per_client)
    ).one()
    share = (above + 1) / clients  # 1/n for the best client, 1 for the last
    points = next(p for top, p in SALES_RANKS if share <= top)
    top = max(1, round(share * 100))
    return Reason("sales", points, {"amount": f"{Decimal(str(mine)):,.0f}", "top": top})
