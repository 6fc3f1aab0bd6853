"""The period a plan covers: a day, an ISO week ("2026-W48") or a date range."""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.services.errors import ValidationError
from app.services.visit_plan.model import PlanPeriod

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def week_period(text: str) -> PlanPeriod:
    """The ISO week "2026-W48" (or 2026W48) as Monday … Sunday."""
    match = _WEEK.match(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        year, week = int(match[1]), int(match[2])
        start = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError.single("week", "invalid", "write a week as 2026-W48", text) from None
    return PlanPeriod(start, start + timedelta(days=6), f"{year}-W{week:02d}")


def day_period(day: date) -> PlanPeriod:
    return PlanPeriod(day, day)


def range_period(start: date, end: date) -> PlanPeriod:
    if end < start:
        raise ValidationError.single("end", "before_start", "the period ends before it starts", end)
    return PlanPeriod(start, end)
