"""New clients' first A–D step, written together with the clients.

The follow-ups sweep (``followups.plan_new_clients``) plans every live client
without a pending step, with an ORM insert and a list-column update per
client: ~4 s for 100,000 fresh clients. A client this import creates has no
contact log and no steps, so its plan state is only its tier and funnel
status: the step comes from the policy's own ``next_step`` (worked out once
per tier and status), goes in with the import's bulk inserts, and the client
row is written with its next follow-up date already set. Being in the
import's transaction, a client never exists without its plan.

The sweep still runs after the import, for churned clients and whatever is
left here: a C step carries a briefing read from the saved dossier, so it is
left to the sweep.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import Customer
from app.models.enums import DevStatus, Stage, Tier
from app.services.followup_policy import NextStep, PlanState, next_step, read_policy
from app.services.followups.planning import new_row

_DEFAULT_TIER = Customer.__table__.c.tier.default.arg
_DEFAULT_STATUS = Customer.__table__.c.dev_status.default.arg


class FirstSteps:
    """The first step of each new client of one import, as of ``today``."""

    def __init__(self, session: Session, today: date) -> None:
        self.session = session
        self.today = today
        self.policy = read_policy(session)
        self.steps: dict[tuple[Any, Any], NextStep | None] = {}

    def step(self, fields: dict[str, Any]) -> NextStep | None:
        """The step for a new client with these columns; None: left to the sweep."""
        key = (fields.get("tier") or _DEFAULT_TIER, fields.get("dev_status") or _DEFAULT_STATUS)
        if key not in self.steps:
            # New: nothing logged, no B touches, no D steps done; the base is today.
            state = PlanState(Tier(key[0]), DevStatus(key[1]), None, 0, 0)
            found = next_step(self.policy, state, self.today, self.today)
            self.steps[key] = None if found is None or found.stage == Stage.C else found
        return self.steps[key]

    def row(self, customer_id: int, step: NextStep) -> dict[str, Any]:
        """The ``follow_up`` row of ``step`` (never a C step: no briefing needed)."""
        return new_row(self.session, customer_id, step)
