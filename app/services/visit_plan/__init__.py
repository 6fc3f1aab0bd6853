"""The printed visit plan: who to see in a day, a week or a date range, and 5W1H for each.

The plan starts as a plain list of :class:`PlanItem` — the follow-ups due in
the period (``due_items``) plus any client the user adds by hand — which the
UI reorders and gives appointment times. :func:`build_plan` turns that list
into entries that answer why, what, who, when, where and how from the live
dossier, ordered by time or grouped by area; :func:`rearrange` re-orders a
built plan after the user's edits without reading the database again. A
time agreed for a follow-up is kept with it (:func:`set_appointment`) and
comes back with the follow-up in the next plan.

A C step's stored briefing is not copied: every fact it summarised (tastes,
family, last contact, open complaints) is printed from the dossier as it is now.
"""

from app.services.visit_plan.appointments import set_appointment
from app.services.visit_plan.build import CARE_DAYS_AHEAD, build_plan, due_items, rearrange
from app.services.visit_plan.model import (
    GroupBy,
    How,
    LastContact,
    OpenComplaint,
    OpenOrder,
    PlanItem,
    PlanPeriod,
    TalkingPoint,
    VisitEntry,
    VisitGroup,
    VisitPlan,
    What,
    When,
    Where,
    Who,
    Why,
)
from app.services.visit_plan.periods import day_period, range_period, week_period

__all__ = [
    "CARE_DAYS_AHEAD",
    "GroupBy",
    "How",
    "LastContact",
    "OpenComplaint",
    "OpenOrder",
    "PlanItem",
    "PlanPeriod",
    "TalkingPoint",
    "VisitEntry",
    "VisitGroup",
    "VisitPlan",
    "What",
    "When",
    "Where",
    "Who",
    "Why",
    "build_plan",
    "day_period",
    "due_items",
    "range_period",
    "rearrange",
    "set_appointment",
    "week_period",
]
