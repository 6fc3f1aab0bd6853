"""The agreed time of a visit, kept with its follow-up so the plan shows it next time."""

from __future__ import annotations

from datetime import datetime

from app.models import FollowUp
from app.models.db import Database
from app.services.errors import NotFoundError


def set_appointment(db: Database, follow_up_id: int, at: datetime | None) -> None:
    """Keep ``at`` as the follow-up's appointment; None clears it."""
    with db.session() as session, session.begin():
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFoundError("follow-up", follow_up_id)
        follow_up.appointment_at = at
