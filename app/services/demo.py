"""Realistic demo clients, deterministic for a seed; what first launch and benchmarks use.

Written with Core bulk inserts in one transaction (the ORM would take minutes
for 100k dossiers); the search index is built from the same in-memory rows.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Connection, func, insert, select

from app.models import (
    Address,
    Assessment,
    ChurnRecord,
    Complaint,
    Customer,
    Email,
    FollowUp,
    Interaction,
    Order,
    Phone,
    Tag,
    customer_tag,
    utcnow,
)
from app.models.db import Database, refresh_statistics
from app.services import demo_data as vocab
from app.services.names import display_name
from app.services.pinyin import name_pinyin, sort_key
from app.services.questionnaire import shipped_questionnaire
from app.services.search_index import IndexSource, write_index

BATCH = 2000
TIERS = [("strategic", 5), ("loyal", 15), ("close", 35), ("loose", 45)]
STATUSES = [
    ("not_developed", 30),
    ("developed", 20),
    ("interested", 20),
    ("cooperating", 25),
    ("churned", 5),
]
SOURCES = [
    ("referral", 30),
    ("event", 15),
    ("cold_call", 20),
    ("online", 15),
    ("import", 10),
    ("other", 10),
]
STAGE_BY_STATUS = {"not_developed": "A", "developed": "B", "interested": "C", "cooperating": "D"}
CADENCE_DAYS = {"strategic": 7, "loyal": 14, "close": 30, "loose": 90}
TAGS = ["VIP", "老客户", "转介绍来源", "价格敏感", "高尔夫会员", "展会认识", "重点培养"]
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "158",
    "159",
    "177",
    "180",
    "181",
    "186",
    "187",
    "188",
    "189",
    "199",
]


@dataclass(frozen=True)
class DemoResult:
    customers: int
    interactions: int
    orders: int
    follow_ups: int


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> Callable[[], str]:
    values, weights = zip(*pairs, strict=True)
    return lambda: rng.choices(values, weights)[0]


class _Generator:
    """Builds rows for one batch of clients at a time."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = utcnow()
        self.surname = _weighted(self.rng, vocab.SURNAMES)
        self.tier = _weighted(self.rng, TIERS)
        self.status = _weighted(self.rng, STATUSES)
        self.source = _weighted(self.rng, SOURCES)
        # Demo scores carry the shipped questionnaire's version, so the dossier can
        # show which questions they came from (a made-up version would not resolve).
        self.questionnaire = shipped_questionnaire().version
        self.rows: dict[str, list[dict]] = {}
        self.sources: list[IndexSource] = []

    def add(self, table: str, row: dict) -> None:
        row.setdefault("created_at", self.now)
        row.setdefault("updated_at", self.now)
        self.rows.setdefault(table, []).append(row)

    def person(self, cid: int) -> None:
        rng = self.rng
        surname = self.surname()
        given = "".join(rng.choice(vocab.GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2))))
        tier, status = self.tier(), self.status()
        province, city, districts = rng.choice(vocab.PLACES)
        industry, suffix = rng.choice(vocab.INDUSTRIES)
        company = f"{city[:-1]}{rng.choice(vocab.COMPANY_CORES)}{suffix}有限公司"
        mobile = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        pretty = f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"
        row = {
            "id": cid,
            "surname": surname,
            "given_name": given,
            "display_name": display_name(surname, given),
            "name_sort": sort_key(surname, given),
            "company": company,
            "position": rng.choice(vocab.POSITIONS),
            "industry": industry,
            "enterprise_nature": rng.choice(
                ["state_owned", "private", "private", "foreign", "joint"]
            ),
            "tier": tier,
            "dev_status": status,
            "source": self.source(),
            "relationship_level": rng.choice(["financial", "social", "social", "structural"]),
            "value_orientation": rng.choice(["price", "value", "compound"]),
            "interests": "、".join(rng.sample(vocab.INTERESTS, 2)),
            "food_taste": rng.choice(vocab.FOOD),
            "education": rng.choice(vocab.EDUCATION),
            "taboos": rng.choice(vocab.TABOOS) if rng.random() < 0.4 else None,
            "gender": rng.choice(["male", "female"]),
            "city": city,
            "primary_phone": pretty,
            "star_rating": rng.choice([0, 1, 2, 3, 4, 5]) if tier != "loose" else 0,
            "loyalty_points": rng.randrange(0, 5000, 10) if status == "cooperating" else 0,
            "club_member": tier in ("strategic", "loyal") and rng.random() < 0.5,
            "client_since": self.today - timedelta(days=rng.randrange(30, 3650)),
            "birth_leap_month": False,
        }
        self._birthday(row)
        phones = [(pretty, "+86" + mobile)]
        self.add(
            "phone",
            {
                "customer_id": cid,
                "label": "mobile",
                "original": pretty,
                "e164": "+86" + mobile,
                "position": 0,
            },
        )
        if rng.random() < 0.3:
            office = f"0{rng.randrange(10, 999)}-{rng.randrange(10**7, 10**8)}"
            phones.append((office, None))
            self.add(
                "phone",
                {
                    "customer_id": cid,
                    "label": "office",
                    "original": office,
                    "e164": None,
                    "position": 1,
                },
            )
        emails = []
        if rng.random() < 0.5:
            full, _ = name_pinyin(surname, given)
            emails.append(
                f"{full}{rng.randrange(100)}@{rng.choice(['163.com', 'qq.com', 'corp.cn'])}"
            )
            self.add(
                "email", {"customer_id": cid, "label": "work", "address": emails[0], "position": 0}
            )
        self.add(
            "address",
            {
                "customer_id": cid,
                "label": "work",
                "province": province,
                "city": city,
                "district": rng.choice(districts),
                "street": f"{rng.choice(vocab.STREETS)}{rng.randrange(1, 999)}号",
                "position": 0,
            },
        )
        self._history(cid, row, tier, status)
        self.add("customer", row)
        self.sources.append(
            IndexSource(
                id=cid,
                surname=surname,
                given_name=given,
                display_name=row["display_name"],
                company=company,
                city=city,
                phones=phones,
                emails=emails,
            )
        )
        if rng.random() < 0.35:
            self.rows.setdefault("tags", []).append({"customer_id": cid, "tag": rng.choice(TAGS)})

    def _birthday(self, row: dict) -> None:
        rng = self.rng
        if rng.random() > 0.7:
            row["birthday_calendar"] = None
            return
        lunar = rng.random() < 0.3
        row["birthday_calendar"] = "lunar" if lunar else "solar"
        row["birth_year"] = rng.randrange(1955, 2000) if rng.random() < 0.8 else None
        row["birth_month"] = rng.randrange(1, 13)
        row["birth_day"] = rng.randrange(1, 29)  # valid in every month of both calendars

    def _history(self, cid: int, row: dict, tier: str, status: str) -> None:
        rng = self.rng
        last = None
        for _ in range(rng.randrange(0, 6) if status != "not_developed" else 0):
            when = datetime.combine(
                self.today - timedelta(days=rng.randrange(1, 720)), datetime.min.time()
            ) + timedelta(hours=rng.randrange(9, 19))
            last = max(last or when, when)
            self.add(
                "interaction",
                {
                    "customer_id": cid,
                    "occurred_at": when,
                    "channel": rng.choice(["visit", "phone", "wechat", "email", "meeting"]),
                    "stage": STAGE_BY_STATUS.get(status, "D"),
                    "summary": rng.choice(vocab.SUMMARIES),
                },
            )
        row["last_contact_at"] = last
        if status == "cooperating":
            for _ in range(rng.randrange(1, 7)):
                self.add(
                    "customer_order",
                    {
                        "customer_id": cid,
                        "ordered_on": self.today - timedelta(days=rng.randrange(1, 1000)),
                        "product": rng.choice(vocab.PRODUCTS),
                        "quantity": Decimal(rng.randrange(1, 50)),
                        "amount": Decimal(rng.randrange(2000, 800000)),
                        "status": rng.choice(["ordered", "shipped", "paid", "paid", "returned"]),
                        "contract_no": f"HT{self.today.year}{cid:06d}{rng.randrange(100):02d}",
                    },
                )
        if status == "churned":
            self.add(
                "churn_record",
                {
                    "customer_id": cid,
                    "churned_on": self.today - timedelta(days=rng.randrange(1, 400)),
                    "reason": rng.choice(
                        ["price", "product", "service", "market", "technology", "political"]
                    ),
                    "lifetime_value": Decimal(rng.randrange(0, 300000)),
                },
            )
        else:
            due = self.today + timedelta(days=rng.randrange(-10, CADENCE_DAYS[tier]))
            row["next_follow_up_on"] = due
            self.add(
                "follow_up",
                {
                    "customer_id": cid,
                    "stage": STAGE_BY_STATUS[status],
                    "due_on": due,
                    "status": "pending",
                },
            )
        if rng.random() < 0.05:
            self.add(
                "complaint",
                {
                    "customer_id": cid,
                    "received_on": self.today - timedelta(days=rng.randrange(1, 300)),
                    "subject": "交货延迟",
                    "status": "open",
                },
            )
        if status in ("interested", "cooperating") or rng.random() < 0.2:
            score = Decimal(rng.randrange(10, 100))
            row["intent_score"] = score
            self.add(
                "assessment",
                {
                    "customer_id": cid,
                    "taken_on": self.today - timedelta(days=rng.randrange(1, 365)),
                    "questionnaire_version": self.questionnaire,
                    "score": score,
                    "band": "high" if score >= 70 else "medium" if score >= 40 else "low",
                },
            )


_TABLES = {
    "customer": Customer.__table__,
    "phone": Phone.__table__,
    "email": Email.__table__,
    "address": Address.__table__,
    "interaction": Interaction.__table__,
    "customer_order": Order.__table__,
    "churn_record": ChurnRecord.__table__,
    "follow_up": FollowUp.__table__,
    "complaint": Complaint.__table__,
    "assessment": Assessment.__table__,
}


def _flush(conn: Connection, gen: _Generator, tag_ids: dict[str, int]) -> dict[str, int]:
    counts = {}
    # Customers first: every other table points at them. Rows of one table share keys.
    for name in ["customer", *(t for t in _TABLES if t != "customer")]:
        rows = gen.rows.get(name, [])
        if rows:
            keys = set().union(*rows)
            conn.execute(insert(_TABLES[name]), [{k: r.get(k) for k in keys} for r in rows])
        counts[name] = len(rows)
    tags = gen.rows.get("tags", [])
    if tags:
        conn.execute(
            insert(customer_tag),
            [
                {
                    "customer_id": t["customer_id"],
                    "tag_id": tag_ids[t["tag"]],
                    "created_at": gen.now,
                    "updated_at": gen.now,
                }
                for t in tags
            ],
        )
    write_index(conn, gen.sources)
    gen.rows.clear()
    gen.sources.clear()
    return counts


def generate_demo(
    db: Database,
    customers: int,
    *,
    seed: int = 0,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoResult:
    """Add ``customers`` demo clients in one transaction.

    ``progress(done, total)`` is called after each batch; returning False
    cancels and rolls everything back.
    """
    gen = _Generator(seed, today or date.today())
    totals: dict[str, int] = {}
    with db.engine.begin() as conn:
        start = (conn.execute(select(func.max(Customer.id))).scalar() or 0) + 1
        tag_ids = _ensure_tags(conn, gen.now)
        for offset in range(0, customers, BATCH):
            for cid in range(start + offset, start + min(offset + BATCH, customers)):
                gen.person(cid)
            for key, n in _flush(conn, gen, tag_ids).items():
                totals[key] = totals.get(key, 0) + n
            if (
                progress is not None
                and progress(min(offset + BATCH, customers), customers) is False
            ):
                raise DemoCancelled()
    refresh_statistics(db.engine)  # the planner needs to know the tables grew
    return DemoResult(
        customers=totals.get("customer", 0),
        interactions=totals.get("interaction", 0),
        orders=totals.get("customer_order", 0),
        follow_ups=totals.get("follow_up", 0),
    )


class DemoCancelled(Exception):
    """Raised inside the transaction so that nothing of a cancelled run is kept."""


def _ensure_tags(conn: Connection, now: datetime) -> dict[str, int]:
    have = dict(conn.execute(select(Tag.name, Tag.id).where(Tag.name.in_(TAGS))).all())
    missing = [{"name": n, "created_at": now, "updated_at": now} for n in TAGS if n not in have]
    if missing:
        conn.execute(insert(Tag.__table__), missing)
        have = dict(conn.execute(select(Tag.name, Tag.id).where(Tag.name.in_(TAGS))).all())
    return have
