"""The A–D plan at work: every live client has exactly one pending next step.

- ``contacts``: logging a contact and completing a step (ContactInput, ContactResult);
- ``writes``: planning clients, rescheduling, snoozing, skipping, tier changes, churn;
- ``queries``: the Today page, the calendar and the badge (FollowUpRow, Agenda);
- ``replan``: session-level re-planning on a tier or status change, and the plan
  of a new client, for any service that changes those in its own transaction;
- ``briefing``: the C briefing drawn from the dossier;
- ``planning``: the session-level pieces the writes share.

Import the public names from here: ``from app.services.followups import agenda``.
"""

from app.services.followups.contacts import (
    ContactInput,
    ContactResult,
    clean_contact,
    complete_follow_up,
    log_contact,
)
from app.services.followups.queries import (
    Agenda,
    FollowUpRow,
    agenda,
    follow_up_row,
    follow_ups_between,
    overdue_count,
    pending_counts,
    pending_step,
)
from app.services.followups.replan import plan_client, replan_for_change, replan_for_changes
from app.services.followups.writes import (
    PlanSweep,
    ensure_plan,
    mark_churned,
    plan_new_clients,
    reschedule,
    set_tier,
    skip,
    snooze,
)

__all__ = [
    "Agenda",
    "ContactInput",
    "ContactResult",
    "FollowUpRow",
    "PlanSweep",
    "agenda",
    "clean_contact",
    "complete_follow_up",
    "ensure_plan",
    "follow_up_row",
    "follow_ups_between",
    "log_contact",
    "mark_churned",
    "overdue_count",
    "pending_counts",
    "pending_step",
    "plan_client",
    "plan_new_clients",
    "replan_for_change",
    "replan_for_changes",
    "reschedule",
    "set_tier",
    "skip",
    "snooze",
]
