"""RFC 5545 calendar (.ics) of follow-ups, care dates and festival greetings.

Every event has a UID derived from what it is (``followup-12@rapport``,
``birthday-7-2026@rapport``), so importing a later export into the same
calendar updates events instead of duplicating them. Lunar dates have no
RRULE form, so every yearly date is written out as one all-day event per
year; solar ones are too, for uniformity. Moved or dropped follow-ups are
exported as STATUS:CANCELLED so a re-import clears them from the calendar.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from app.models import utcnow
from app.models.db import Database
from app.models.enums import FollowUpStatus
from app.services.care import CareRow, GreetingOccasion, Occasion, care_between, greetings_between
from app.services.errors import ValidationError
from app.services.followups import FollowUpRow, follow_ups_between
from app.services.labels import label

PRODID = "-//Rapport//客情簿//ZH"
DOMAIN = "rapport"


@dataclass(frozen=True)
class IcsSummary:
    follow_ups: int
    care: int
    festivals: int

    @property
    def total(self) -> int:
        return self.follow_ups + self.care + self.festivals


def build_calendar(
    db: Database, start: date, end: date, *, now: datetime | None = None
) -> tuple[Calendar, IcsSummary]:
    """The calendar for ``start`` .. ``end`` inclusive; ``now`` fixes DTSTAMP."""
    if end < start:
        raise ValidationError.single("end", "before_start", "the period ends before it starts", end)
    stamp = now or utcnow()
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)  # naive datetimes are UTC throughout the app
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "客情簿")
    follow_ups = follow_ups_between(db, start, end, statuses=tuple(FollowUpStatus))
    care = care_between(db, start, end)
    festivals = greetings_between(db, start, end)
    for row in follow_ups:
        cal.add_component(_follow_up_event(row, stamp))
    for item in care:
        cal.add_component(_care_event(item, stamp))
    for occasion in festivals:
        cal.add_component(_festival_event(occasion, stamp))
    return cal, IcsSummary(len(follow_ups), len(care), len(festivals))


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    start: date,
    end: date,
    *,
    now: datetime | None = None,
) -> IcsSummary:
    """Write the .ics file; returns how many events of each kind it holds."""
    cal, summary = build_calendar(db, start, end, now=now)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(cal.to_ical())
    partial.replace(target)  # a failed write never leaves half a calendar behind
    return summary


def _all_day(uid: str, on: date, summary: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", on)  # a date, so VALUE=DATE: an all-day event
    event.add("dtend", on + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    return event


def _client(name: str, company: str | None) -> str:
    return f"{name}（{company}）" if company else name


def _follow_up_event(row: FollowUpRow, stamp: datetime) -> Event:
    summary = f"{label(row.stage)}：{_client(row.customer_name, row.company)}"
    if row.status == FollowUpStatus.DONE:
        summary += "（已完成）"
    lines = [
        f"客户：{_client(row.customer_name, row.company)}",
        f"等级：{label(row.tier)}　阶段：{label(row.stage)}",
        f"目的：{row.purpose}" if row.purpose else "",
        f"电话：{row.phone}" if row.phone else "",
        f"建议：{row.suggested_action}" if row.suggested_action else "",
        f"简报：\n{row.briefing}" if row.briefing else "",
        f"备注：{row.reason}" if row.reason else "",
    ]
    event = _all_day(f"followup-{row.id}", row.due_on, summary, _text(lines), stamp)
    closed = row.status in (FollowUpStatus.CANCELLED, FollowUpStatus.SKIPPED)
    event.add("status", "CANCELLED" if closed else "CONFIRMED")
    event.add("categories", ["A–D跟进"])
    return event


def _care_event(row: CareRow, stamp: datetime) -> Event:
    if row.occasion == Occasion.BIRTHDAY:
        uid = f"birthday-{row.customer_id}-{row.cycle_year}"
        count = f"·{row.turning}岁" if row.turning is not None else ""
    else:
        uid = f"anniversary-{row.anniversary_id}-{row.cycle_year}"
        count = f"·{row.turning}周年" if row.turning is not None else ""
    kept_as = f"（{row.lunar_label}）" if row.is_lunar else ""
    summary = f"{row.customer_name} {row.title}{kept_as}{count}"
    lines = [
        f"客户：{_client(row.customer_name, row.company)}",
        f"等级：{label(row.tier)}",
        f"电话：{row.phone}" if row.phone else "",
        f"生肖：{row.zodiac.zh}" if row.zodiac else "",
        f"农历：{row.lunar_label}" if row.lunar_label else "",
    ]
    event = _all_day(uid, row.date, summary, _text(lines), stamp)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    event.add("categories", ["客户关怀"])
    return event


def _festival_event(occasion: GreetingOccasion, stamp: datetime) -> Event:
    festival = occasion.festival
    tiers = "、".join(label(t) for t in occasion.tiers)
    summary = f"{festival.zh}：问候{tiers}客户（{occasion.client_count} 位）"
    uid = f"festival-{festival.code}-{festival.date.year}"
    event = _all_day(uid, festival.date, summary, f"节日问候：{tiers}客户", stamp)
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["节日问候"])
    return event


def _text(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)
