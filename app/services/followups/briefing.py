"""The C briefing: what to recall at the second meeting.

Drawn from the dossier as it is when the C step is planned (or moved), so
the client feels remembered: preferences, taboos, family, the last
conversation and any complaint still open.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Complaint, Customer, FamilyMember, Interaction
from app.models.enums import ComplaintStatus
from app.services.labels import label

EMPTY = "档案里还没有可回顾的细节：这次见面多留心记下喜好与家人。"


def briefing(session: Session, customer_id: int) -> str:
    """The briefing text, one fact per line (Chinese, as the dossier is kept)."""
    c = session.get(Customer, customer_id)
    lines = [
        f"{title}：{value}"
        for title, value in (
            ("兴趣爱好", c.interests),
            ("口味", c.food_taste),
            ("喜欢的颜色", c.favourite_colour),
            ("忌讳", c.taboos),
            ("消费习惯", c.consumption_habits),
        )
        if value
    ]
    family = session.scalars(
        select(FamilyMember)
        .where(FamilyMember.customer_id == customer_id)
        .order_by(FamilyMember.id)
    ).all()
    if family:
        lines.append("家人：" + "；".join(_family_text(m) for m in family))
    last = session.scalars(
        select(Interaction)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        when = f"{last.occurred_at:%Y-%m-%d} {label(last.channel)}"
        lines.append(f"上次联系（{when}）：{last.summary or '（无摘要）'}")
        if last.client_plans:
            lines.append(f"客户的打算：{last.client_plans}")
        if last.next_step:
            lines.append(f"答应的下一步：{last.next_step}")
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.customer_id == customer_id, Complaint.status == ComplaintStatus.OPEN)
        .order_by(Complaint.received_on)
    ).all()
    if complaints:
        lines.append(
            "未解决的抱怨：" + "；".join(f"{k.subject}（{k.received_on}）" for k in complaints)
        )
    return "\n".join(lines) or EMPTY


def _family_text(member: FamilyMember) -> str:
    text = " ".join(p for p in (member.relation, member.name) if p)
    if member.birth_year:
        text += f"（{member.birth_year}年生）"
    return text + (f"，{member.notes}" if member.notes else "")
