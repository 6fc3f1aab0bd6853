"""Care reminders on a real database: the lunar and 29 February vectors, windows,
festival greetings, and a cross-check against plain Python over a demo database."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models import Anniversary, Customer
from app.models.enums import DevStatus, Tier
from app.services.almanac import (
    CalendarDate,
    age_on,
    next_occurrence,
    solar_birth_date,
    zodiac_for,
)
from app.services.care import Occasion, care_between, greeting_occasions, upcoming_care
from app.services.customers import create_customer, trash_customers, update_customer
from app.services.demo import generate_demo
from app.services.followup_policy import FollowUpPolicy, save_policy


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> CalendarDate:
    return CalendarDate("lunar", month, day, year, leap)


def client(db, name: str, birthday=None, **fields) -> int:
    return create_customer(db, {"name": name, "birthday": birthday, **fields})


def test_mid_autumn_lunar_birthday_in_2026(db):
    cid = client(db, "王伟", lunar(8, 15, 1966), company="华信", tier="loyal")
    [row] = upcoming_care(db, date(2026, 9, 20))
    assert row.customer_id == cid and row.date == date(2026, 9, 25)
    assert (row.occasion, row.title, row.is_lunar) == (Occasion.BIRTHDAY, "生日", True)
    assert row.lunar_label == "农历八月十五"
    assert row.turning == 60 and row.zodiac.zh == "马"  # 1966 丙午
    assert (row.company, row.tier, row.cycle_year) == ("华信", Tier.LOYAL, 2026)
    # The window is today .. today + days, both included.
    assert upcoming_care(db, date(2026, 9, 18), days=7)[0].date == date(2026, 9, 25)
    assert upcoming_care(db, date(2026, 9, 18), days=6) == []
    assert upcoming_care(db, date(2026, 9, 26)) == []


def test_leap_month_birthday(db):
    # 2025 has a 闰六月; 2026 has none, so the birthday is kept in the ordinary 六月.
    client(db, "闰月生", lunar(6, 10, 2025, leap=True))
    client(db, "六月生", lunar(6, 10))
    in_2025 = care_between(db, date(2025, 6, 1), date(2025, 8, 31))
    assert [(r.customer_name, r.date) for r in in_2025] == [("六月生", date(2025, 7, 4))]
    # Born on 2025-08-03 (闰六月初十) itself: no anniversary on the day of birth.
    in_2026 = upcoming_care(db, date(2026, 7, 20))
    assert [(r.customer_name, r.date) for r in in_2026] == [
        ("六月生", date(2026, 7, 23)),
        ("闰月生", date(2026, 7, 23)),
    ]
    assert in_2026[1].lunar_label == "农历闰六月初十" and in_2026[1].turning == 1
    no_year = client(db, "无年份", lunar(6, 10, leap=True))
    leap_2025 = upcoming_care(db, date(2025, 8, 1))
    assert [(r.customer_id, r.date, r.turning) for r in leap_2025] == [
        (no_year, date(2025, 8, 3), None)
    ]


def test_lunar_30th_in_a_29_day_month(db):
    # 腊月 of lunar 2025 has 29 days: 除夕 2026 is 腊月廿九, 16 February.
    client(db, "除夕生", lunar(12, 30))
    [row] = upcoming_care(db, date(2026, 2, 10))
    assert row.date == date(2026, 2, 16) and row.lunar_label == "农历腊月三十"
    [again] = upcoming_care(db, date(2027, 2, 1))
    assert again.date == date(2027, 2, 5) and again.cycle_year == 2026


def test_29_february_in_a_common_year(db):
    client(db, "闰日生", "2000-02-29")
    [row] = upcoming_care(db, date(2027, 2, 25))
    assert (row.date, row.turning, row.is_lunar, row.lunar_label) == (
        date(2027, 2, 28),
        27,
        False,
        None,
    )
    assert row.zodiac.zh == "龙"
    assert upcoming_care(db, date(2028, 2, 25))[0].date == date(2028, 2, 29)


def test_anniversaries_and_year_end_windows(db):
    cid = client(
        db,
        "周年",
        "1980-01-02",
        anniversaries=[
            {"title": "结婚纪念日", "date": "2016-12-30"},
            {"title": "公司成立", "date": lunar(1, 1)},  # 春节 2027 = 6 February
        ],
    )
    rows = upcoming_care(db, date(2026, 12, 28), days=7)
    assert [(r.title, r.date, r.turning) for r in rows] == [
        ("结婚纪念日", date(2026, 12, 30), 10),
        ("生日", date(2027, 1, 2), 47),
    ]
    assert rows[0].occasion == Occasion.ANNIVERSARY and rows[0].zodiac is None
    with db.session() as s:
        wedding = s.scalar(select(Anniversary.id).where(Anniversary.title == "结婚纪念日"))
    assert rows[0].anniversary_id == wedding and rows[1].anniversary_id is None
    year = care_between(db, date(2027, 1, 1), date(2027, 12, 31))
    assert [(r.title, r.date) for r in year] == [
        ("生日", date(2027, 1, 2)),
        ("公司成立", date(2027, 2, 6)),
        ("结婚纪念日", date(2027, 12, 30)),
    ]
    assert all(r.customer_id == cid for r in year)


def test_trashed_and_churned_clients_get_no_reminders(db):
    gone = client(db, "已删", "1990-05-05")
    lost = client(db, "已流失", "1990-05-05")
    kept = client(db, "还在", "1990-05-05", tier="strategic")
    trash_customers(db, [gone])
    update_customer(db, lost, {"dev_status": DevStatus.CHURNED})
    assert [r.customer_id for r in upcoming_care(db, date(2026, 5, 1))] == [kept]


def test_festival_greetings_follow_the_policy(db):
    client(db, "战略", tier="strategic")
    client(db, "死党", tier="loyal")
    client(db, "松散", tier="loose")
    [mid_autumn] = greeting_occasions(db, date(2026, 9, 20))
    assert mid_autumn.festival.code == "mid_autumn" and mid_autumn.festival.zh == "中秋节"
    assert mid_autumn.festival.date == date(2026, 9, 25)
    assert mid_autumn.tiers == (Tier.STRATEGIC, Tier.LOYAL) and mid_autumn.client_count == 2
    new_year = greeting_occasions(db, date(2026, 12, 30), days=40)
    assert [o.festival.code for o in new_year] == ["new_year", "spring_festival"]
    save_policy(db, FollowUpPolicy(greeting_tiers=(Tier.LOOSE,), greeting_festivals=("new_year",)))
    [only] = greeting_occasions(db, date(2026, 12, 30), days=40)
    assert only.festival.code == "new_year" and only.client_count == 1
    save_policy(db, FollowUpPolicy(greeting_tiers=()))
    assert greeting_occasions(db, date(2026, 9, 20)) == []


def _enrich(db, seed: int) -> None:
    """Demo birthdays stop at the 28th: add lunar 30ths, leap months and anniversaries."""
    rng = random.Random(seed)
    with db.session() as s, s.begin():
        customers = s.scalars(select(Customer).order_by(Customer.id)).all()
        for c in rng.sample(customers, 150):
            c.birthday_calendar, c.birth_month = "lunar", rng.randrange(1, 13)
            c.birth_day, c.birth_year, c.birth_leap_month = rng.choice([29, 30]), None, False
        for c in rng.sample(customers, 40):
            c.birthday_calendar, c.birth_year, c.birth_leap_month = "lunar", 2025, True
            c.birth_month, c.birth_day = 6, rng.randrange(1, 30)
        for c in rng.sample(customers, 20):
            c.birthday_calendar, c.birth_month, c.birth_day = "solar", 2, 29
            c.birth_year = rng.choice([None, 1988, 2000])
        for c in rng.sample(customers, 300):
            is_lunar = rng.random() < 0.4
            s.add(
                Anniversary(
                    customer_id=c.id,
                    title="纪念日",
                    calendar="lunar" if is_lunar else "solar",
                    year=rng.choice([None, 2010, 2020]),
                    month=rng.randrange(1, 13),
                    day=rng.randrange(1, 31 if is_lunar else 29),
                )
            )


def _all_dates(db) -> list[tuple[int, int | None, CalendarDate]]:
    """(client, anniversary or None, date) of every live client, read plainly."""
    dates = []
    with db.session() as s:
        live = select(Customer).where(
            Customer.deleted_at.is_(None), Customer.dev_status != DevStatus.CHURNED
        )
        for c in s.scalars(live.options(selectinload(Customer.anniversaries))):
            if c.birthday_calendar is not None:
                cd = CalendarDate(
                    str(c.birthday_calendar),
                    c.birth_month,
                    c.birth_day,
                    c.birth_year,
                    c.birth_leap_month,
                )
                dates.append((c.id, None, cd))
            for a in c.anniversaries:
                cd = CalendarDate(str(a.calendar), a.month, a.day, a.year, a.leap_month)
                dates.append((c.id, a.id, cd))
    return dates


def _expected(dates, start: date, end: date) -> set[tuple]:
    """Straightforward Python over every date, stepping with next_occurrence."""
    found = set()
    for cid, anniversary_id, cd in dates:
        began = solar_birth_date(cd)
        on = next_occurrence(cd, start)
        while on <= end:
            if began is None or on > began:
                found.add((cid, anniversary_id, on))
            on = next_occurrence(cd, on + timedelta(days=1))
    return found


def test_upcoming_care_agrees_with_plain_python_on_demo_data(db):
    generate_demo(db, 2000, seed=7, today=date(2026, 3, 1))
    _enrich(db, seed=7)
    windows = [(date(2026, m, 3), 30) for m in range(1, 13)]
    windows += [(date(2025, 7, 20), 20), (date(2026, 12, 20), 20), (date(2027, 2, 20), 14)]
    dates = _all_dates(db)
    by_key = {(cid, anniversary_id): cd for cid, anniversary_id, cd in dates}
    total = 0
    for today, days in windows:
        rows = upcoming_care(db, today, days)
        got = {(r.customer_id, r.anniversary_id, r.date) for r in rows}
        assert len(got) == len(rows)
        assert got == _expected(dates, today, today + timedelta(days=days)), today
        total += len(rows)
        for row in rows:  # age and zodiac as almanac works them out from the whole date
            cd = by_key[row.customer_id, row.anniversary_id]
            assert row.turning == (age_on(cd, row.date) if cd.year else None)
            if row.occasion == Occasion.BIRTHDAY and cd.year and (cd.month, cd.day) != (2, 29):
                assert row.zodiac == zodiac_for(cd)
    assert total > 1000  # the check covered a real amount of data
