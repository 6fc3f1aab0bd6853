"""One client's whole dossier as labelled text, ready to lay out on paper.

For handover and meetings: the five sections of DOMAIN.md (basic, business,
personal, logistics and the history), the segmentation, the user's custom
fields, the last 20 history entries and the intent scores over time. Only
filled fields are listed — a handover sheet of sixty empty lines helps nobody.
Every text is already in the requested language; the layout code only draws.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.db import Database
from app.services.customers import get_customer
from app.services.dossier_sheet.model import (
    DossierSheet,
    HistoryLine,
    SheetRow,
    SheetSection,
    TrendPoint,
)
from app.services.dossier_sheet.sections import (
    basic_rows,
    custom_rows,
    fields_rows,
    personal_rows,
    segment_rows,
)
from app.services.dossier_sheet.words import WORDS, word
from app.services.fields import Section
from app.services.intent import assessment_history
from app.services.labels import label
from app.services.timeline import EntryKind, TimelineEntry, timeline

HISTORY_LIMIT = 20

__all__ = [
    "HISTORY_LIMIT",
    "DossierSheet",
    "HistoryLine",
    "SheetRow",
    "SheetSection",
    "TrendPoint",
    "build_sheet",
    "word",
]


def build_sheet(
    db: Database, customer_id: int, lang: str = "zh_CN", history_limit: int = HISTORY_LIMIT
) -> DossierSheet:
    """The printable dossier of one client; NotFoundError when it does not exist."""
    c = get_customer(db, customer_id)
    history = timeline(db, customer_id, limit=history_limit)
    trend = assessment_history(db, customer_id)
    sections = [
        SheetSection(key, word(key, lang), tuple(rows))
        for key, rows in (
            ("basic", basic_rows(c, lang)),
            ("business", fields_rows(c, Section.BUSINESS, lang)),
            ("personal", personal_rows(c, lang)),
            ("logistics", fields_rows(c, Section.LOGISTICS, lang)),
            ("segment", segment_rows(c, lang)),
            ("custom", custom_rows(c, lang)),
        )
        if rows
    ]
    return DossierSheet(
        customer_id=c.id,
        name=c.display_name,
        company=c.company,
        position=c.position,
        sections=tuple(sections),
        history=tuple(_history_line(e, lang) for e in history),
        trend=tuple(TrendPoint(a.taken_on, a.score, _status(a.band, lang)) for a in trend),
        language=lang,
    )


def _status(status: StrEnum | str | None, lang: str) -> str:
    if status is None:
        return ""
    if str(status) in WORDS:
        return word(str(status), lang)
    return label(status, lang) if isinstance(status, StrEnum) else str(status)


def _history_line(e: TimelineEntry, lang: str) -> HistoryLine:
    scored = e.kind == EntryKind.ASSESSMENT
    return HistoryLine(
        when=e.when,
        has_time=e.has_time,
        kind=word(str(e.kind), lang),
        stage=e.stage,
        # An assessment's "amount" is its score: said once, in words.
        title=f"{word('intent', lang)} {e.amount:.0f}"
        if scored and e.amount is not None
        else e.title,
        detail=e.detail,
        status=_status(e.status, lang),
        amount=None if scored else e.amount,
    )
