"""The printable dossier as plain data: labelled rows per section, history lines, scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.models.enums import Stage


@dataclass(frozen=True)
class SheetRow:
    label: str
    value: str


@dataclass(frozen=True)
class SheetSection:
    key: str  # basic, business, personal, logistics, segment, custom
    title: str
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class HistoryLine:
    when: datetime
    has_time: bool
    kind: str  # labelled: 联系, 订单 …
    stage: Stage | None
    title: str
    detail: str
    status: str  # labelled
    amount: Decimal | None


@dataclass(frozen=True)
class TrendPoint:
    taken_on: date
    score: float
    band: str  # labelled


@dataclass(frozen=True)
class DossierSheet:
    customer_id: int
    name: str
    company: str | None
    position: str | None
    sections: tuple[SheetSection, ...]
    history: tuple[HistoryLine, ...]  # newest first
    trend: tuple[TrendPoint, ...]  # oldest first
    language: str
