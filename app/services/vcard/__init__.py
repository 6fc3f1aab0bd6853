"""vCard import and export: a phone's contacts in and out.

read_vcard_file(path)                       # drafts for a preview, nothing written
import_vcards(db, path, policy=…, …)        # one transaction, undoable, like a sheet import
export_vcards(db, path, ids=…, version=…)   # 3.0 (default) or 4.0
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from app.models.db import Database
from app.services.exporting.records import client_records, live_ids
from app.services.importing.draft import ClientDraft
from app.services.importing.duplicates import DuplicatePolicy
from app.services.importing.errors import NotAVCard, TooManyRows
from app.services.importing.plan import ImportResult
from app.services.importing.sources import DEFAULT_ROW_LIMIT
from app.services.importing.transaction import Progress, import_drafts
from app.services.vcard.parse import parse_vcards
from app.services.vcard.read import card_to_draft
from app.services.vcard.write import format_vcard

CHUNK = 1000
VERSIONS = ("3.0", "4.0")


def read_vcard_file(path: str | Path, *, limit: int = DEFAULT_ROW_LIMIT) -> list[ClientDraft]:
    """One draft per card, numbered from 1, problems noted; refuses a file with no card."""
    cards = parse_vcards(Path(path).read_bytes())
    if not cards:
        raise NotAVCard()
    if len(cards) > limit:
        raise TooManyRows(limit)
    return [card_to_draft(card, number) for number, card in enumerate(cards, start=1)]


def import_vcards(
    db: Database,
    path: str | Path,
    *,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    decisions: Mapping[int, DuplicatePolicy] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import every card as a client, duplicates handled as for sheets; new clients'
    first A–D step is planned as of ``today``."""
    drafts = read_vcard_file(path)

    def chunks() -> Iterator[list[ClientDraft]]:
        for start in range(0, len(drafts), CHUNK):
            yield drafts[start : start + CHUNK]

    return import_drafts(
        db,
        chunks(),
        filename=Path(path).name,
        sheet=None,
        policy=policy,
        decisions=decisions,
        total=len(drafts),
        progress=progress,
        today=today,
    )


def export_vcards(
    db: Database, path: str | Path, *, ids: Sequence[int] | None = None, version: str = "3.0"
) -> int:
    """Write the clients ``ids`` (None: all live clients) as one .vcf; returns the count."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}")
    order = list(ids) if ids is not None else live_ids(db)
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        for record in client_records(db, order):
            handle.write(format_vcard(record, version))
            count += 1
    return count


__all__ = ["VERSIONS", "export_vcards", "import_vcards", "read_vcard_file"]
