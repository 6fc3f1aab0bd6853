"""Client care (客户关怀): birthdays, anniversaries and festival greetings in a window.

Dates are solar or lunar; ``almanac`` turns each into the solar day it falls
on (leap months, a 30th in a 29-day month and 29 February are handled there).
To avoid loading 100k dossiers, SQL first narrows the rows to the (month, day)
pairs that can land in the window — a window of a few weeks maps to a few
dozen solar and lunar pairs — and Python then checks those few exactly.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

from lunardate import LunarDate
from sqlalchemy import and_, func, or_, select

from app.models import Anniversary, Customer
from app.models.db import Database
from app.models.enums import CalendarKind, DevStatus, Tier
from app.services.almanac import (
    FIRST_LUNAR_YEAR,
    LAST_LUNAR_YEAR,
    CalendarDate,
    Festival,
    Zodiac,
    festivals_in_year,
    lunar_label,
    occurrences_in_year,
    zodiac_of_lunar_year,
)
from app.services.followup_policy import read_policy


class Occasion(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True)
class CareRow:
    """One birthday or anniversary falling in the window, with what a row shows."""

    customer_id: int
    customer_name: str
    company: str | None
    phone: str | None
    tier: Tier
    occasion: Occasion
    title: str  # 生日, or the anniversary's own title (结婚纪念日 …)
    date: date  # the solar day it falls on this time
    is_lunar: bool
    lunar_label: str | None  # the date as the client keeps it: 农历八月十五
    turning: int | None  # age turning, or which anniversary; None when the year is unknown
    zodiac: Zodiac | None  # birthdays with a known year
    anniversary_id: int | None
    cycle_year: int  # the (lunar, for lunar dates) year of this occurrence: a stable key


@dataclass(frozen=True)
class GreetingOccasion:
    festival: Festival  # code, zh/zh_hant/en names and the solar date
    tiers: tuple[Tier, ...]  # the tiers the policy greets
    client_count: int  # live clients in those tiers


def upcoming_care(db: Database, today: date, days: int = 7) -> list[CareRow]:
    """Birthdays and anniversaries from today up to and including today + days."""
    return care_between(db, today, today + timedelta(days=days))


def care_between(db: Database, start: date, end: date) -> list[CareRow]:
    """Every birthday and anniversary of live, non-churned clients from start to end."""
    solar_keys, lunar_keys = _candidate_keys(start, end)

    def dated(kind, month, day, year, leap):
        key = month * 100 + day
        narrowed = or_(
            and_(kind == CalendarKind.SOLAR, key.in_(sorted(solar_keys))),
            and_(kind == CalendarKind.LUNAR, key.in_(sorted(lunar_keys))),
        )
        named = (kind.label("kind"), month.label("month"), day.label("day"))
        return (*named, year.label("year"), leap.label("leap")), narrowed

    # Liveness is read, not filtered on: as a WHERE term SQLite walks the
    # deleted_at index, slower than the plain scan since nearly every client is live.
    live = and_(Customer.deleted_at.is_(None), Customer.dev_status != DevStatus.CHURNED)
    c, a = Customer, Anniversary
    who = (
        c.id,
        c.display_name,
        c.company,
        c.primary_phone,
        c.tier,
        c.name_sort,
        live.label("live"),
    )
    columns, narrowed = dated(
        c.birthday_calendar, c.birth_month, c.birth_day, c.birth_year, c.birth_leap_month
    )
    birthdays = select(*who, *columns).where(narrowed)
    columns, narrowed = dated(a.calendar, a.month, a.day, a.year, a.leap_month)
    anniversaries = (
        select(*who, *columns, a.id.label("anniversary_id"), a.title)
        .join(Customer, Customer.id == a.customer_id)
        .where(narrowed)
    )
    found: list[tuple[CareRow, str]] = []
    window = _Window(start, end)
    with db.session() as session:
        for row in session.execute(birthdays):
            if row.live:
                found += _occurrences(row, Occasion.BIRTHDAY, "生日", None, window)
        for row in session.execute(anniversaries):
            if row.live:
                found += _occurrences(
                    row, Occasion.ANNIVERSARY, row.title, row.anniversary_id, window
                )
    rank = list(Tier)
    found.sort(key=lambda pair: (pair[0].date, rank.index(pair[0].tier), pair[1]))
    return [care for care, _name_sort in found]


def _candidate_keys(start: date, end: date) -> tuple[set[int], set[int]]:
    """month*100+day of every solar and lunar date that could fall in the window.

    A superset: the exact rules (leap months, short months) are applied after.
    """
    solar, lunar = set(), set()
    day = start
    while day <= end and (len(solar) < 366 or len(lunar) < 360):
        solar.add(day.month * 100 + day.day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            solar.add(229)  # 29 February is kept on the 28th in common years
        ld = LunarDate.from_solar_date(day.year, day.month, day.day)
        lunar.add(ld.month * 100 + ld.day)
        if ld.day == 29:
            lunar.add(ld.month * 100 + 30)  # a 30th is kept on the 29th of a short month
        day += timedelta(days=1)
    return solar, lunar


class _Window:
    """The days from ``start`` to ``end`` and, cached per (calendar, month, day,
    leap), when a yearly date falls in them: thousands of clients share a few
    dozen such keys, and each lunar conversion costs tens of microseconds."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self._cache: dict[tuple, list[tuple[date, int]]] = {}

    def dates(self, cd: CalendarDate) -> list[tuple[date, int]]:
        """(solar day, year of the cycle) of each occurrence; the cycle year is
        the lunar year for lunar dates, so that ``cycle - birth year`` is the age."""
        key = (cd.calendar, cd.month, cd.day, cd.leap_month)
        if key not in self._cache:
            yearly = replace(cd, year=None)
            self._cache[key] = [
                (on, _lunar_year(on) if cd.calendar == "lunar" else on.year)
                for year in range(self.start.year, self.end.year + 1)
                for on in occurrences_in_year(yearly, year)
                if self.start <= on <= self.end
            ]
        return self._cache[key]


def _occurrences(
    row, occasion: Occasion, title: str, anniversary_id: int | None, window: _Window
) -> list[tuple[CareRow, str]]:
    # The yearly part decides when; the year only counts the years and names
    # the zodiac, so it is not run through the (costly) lunar validation.
    try:
        yearly = CalendarDate(str(row.kind), row.month, row.day, None, bool(row.leap))
    except (TypeError, ValueError):
        return []  # an impossible stored date is the dossier editor's to report
    is_lunar = yearly.calendar == CalendarKind.LUNAR
    zodiac = None
    if occasion == Occasion.BIRTHDAY and row.year is not None:
        zodiac = _zodiac(yearly, row.year)
    found = []
    for on, cycle in window.dates(yearly):
        turning = None if row.year is None else cycle - row.year
        if turning is not None and turning < 1:
            continue  # only real anniversaries: none on or before the day it all began
        care = CareRow(
            customer_id=row.id,
            customer_name=row.display_name,
            company=row.company,
            phone=row.primary_phone,
            tier=row.tier,
            occasion=occasion,
            title=title,
            date=on,
            is_lunar=is_lunar,
            lunar_label=lunar_label(yearly.month, yearly.day, yearly.leap_month)
            if is_lunar
            else None,
            turning=turning,
            zodiac=zodiac,
            anniversary_id=anniversary_id,
            cycle_year=cycle,
        )
        found.append((care, row.name_sort))
    return found


def _zodiac(yearly: CalendarDate, year: int) -> Zodiac | None:
    """``almanac.zodiac_for`` with the 春节 date cached per year: the same rule,
    without a lunar conversion for each of a thousand solar birthdays."""
    if yearly.calendar == CalendarKind.LUNAR:
        return zodiac_of_lunar_year(year)
    if not FIRST_LUNAR_YEAR <= year <= LAST_LUNAR_YEAR:
        return None  # outside the years the lunar calendar tables cover
    try:
        born = date(year, yearly.month, yearly.day)
    except ValueError:
        return None  # 29 February of a common year: not a real birth date
    return zodiac_of_lunar_year(year if born >= _spring_festival(year) else year - 1)


@cache
def _spring_festival(year: int) -> date:
    return LunarDate(year, 1, 1).to_solar_date()


def _lunar_year(on: date) -> int:
    return LunarDate.from_solar_date(on.year, on.month, on.day).year


def greeting_occasions(db: Database, today: date, days: int = 7) -> list[GreetingOccasion]:
    """Festivals from today up to and including today + days that the policy greets."""
    return greetings_between(db, today, today + timedelta(days=days))


def greetings_between(db: Database, start: date, end: date) -> list[GreetingOccasion]:
    """The policy's festivals (元旦, 春节, 元宵, 端午, 中秋, 重阳) falling in the window."""
    with db.session() as session:
        policy = read_policy(session)
        if not policy.greeting_tiers or not policy.greeting_festivals:
            return []
        festivals = [
            f
            for year in range(start.year, end.year + 1)
            for f in festivals_in_year(year)
            if f.code in policy.greeting_festivals and start <= f.date <= end
        ]
        if not festivals:
            return []
        count = session.scalar(
            select(func.count(Customer.id)).where(
                Customer.deleted_at.is_(None),
                Customer.dev_status != DevStatus.CHURNED,
                Customer.tier.in_(policy.greeting_tiers),
            )
        )
    if not count:
        return []  # nobody to greet
    return [GreetingOccasion(f, policy.greeting_tiers, count) for f in festivals]
