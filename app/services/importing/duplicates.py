"""Who in the file is already known: by phone (E.164), e-mail, or name + company.

Duplicates are looked up against live clients in the database, a batch of
rows at a time, and against earlier rows of the same file (``FileKeys``). What
to do with one is the user's choice, once for all or row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, select

from app.models import Customer, Email, Phone
from app.services.importing.draft import ClientDraft
from app.services.names import display_name


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep the existing client as it is
    FILL_EMPTY = "fill_empty"  # add what the existing client lacks, change nothing it has
    OVERWRITE = "overwrite"  # the file's non-empty values replace the existing ones
    CREATE = "create"  # import as a new client anyway


@dataclass(frozen=True)
class DuplicateMatch:
    """Row ``row`` looks like client ``customer_id`` (or like an earlier row of the file)."""

    row: int
    name: str  # the row's name
    key: str  # "phone", "email" or "name_company"
    value: str  # the matching phone, e-mail or name / company
    customer_id: int | None  # the existing client, None when the match is in the file
    customer_name: str | None
    file_row: int | None  # the earlier row of the file it repeats


def _compact(text: str | None) -> str:
    return "".join((text or "").split()).casefold()


def draft_keys(draft: ClientDraft) -> list[tuple[str, str]]:
    """(kind, normalised value) by which this draft may be someone already known."""
    keys = [("phone", e164) for _, _, e164 in draft.phones if e164]
    keys += [("email", address) for _, address in draft.emails]
    company = draft.fields.get("company")
    if company:
        name = display_name(draft.surname, draft.given_name)
        keys.append(("name_company", f"{_compact(name)}\x1f{_compact(company)}"))
    return keys


def shown(kind: str, value: str) -> str:
    return value.replace("\x1f", " / ") if kind == "name_company" else value


class FileKeys:
    """Keys of rows already handled in this run → (row number, client id or None)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], tuple[int, int | None]] = {}

    def find(self, draft: ClientDraft) -> tuple[str, str, int, int | None] | None:
        for key in draft_keys(draft):
            if key in self.seen:
                row, customer_id = self.seen[key]
                return key[0], key[1], row, customer_id
        return None

    def add(self, draft: ClientDraft, customer_id: int | None) -> None:
        for key in draft_keys(draft):
            self.seen.setdefault(key, (draft.row, customer_id))


def find_in_database(
    conn: Connection, drafts: Sequence[ClientDraft]
) -> dict[int, tuple[str, str, int, str]]:
    """draft index → (kind, value, client id, client name) for drafts matching a live client."""
    wanted: dict[tuple[str, str], list[int]] = {}
    for index, draft in enumerate(drafts):
        for key in draft_keys(draft):
            wanted.setdefault(key, []).append(index)
    if not wanted:
        return {}
    found: dict[tuple[str, str], tuple[int, str]] = {}
    c = Customer.__table__.c
    live = c.deleted_at.is_(None)
    phones = [v for k, v in wanted if k == "phone"]
    emails = [v for k, v in wanted if k == "email"]
    for kind, column, values in (
        ("phone", Phone.__table__.c.e164, phones),
        ("email", Email.__table__.c.address, emails),
    ):
        owner = column.table.c.customer_id
        for chunk in _chunks(values):
            query = (
                select(column, c.id, c.display_name)
                .join(Customer.__table__, c.id == owner)
                .where(column.in_(chunk), live)
                .order_by(c.id)
            )
            for value, cid, name in conn.execute(query):
                found.setdefault((kind, value), (cid, name))
    # Stored display names are built by the same ``display_name`` as the drafts',
    # so the indexed column can be searched as is; case and spaces are compared below.
    names = sorted(
        {display_name(d.surname, d.given_name) for d in drafts if d.fields.get("company")}
    )
    for chunk in _chunks(names):
        query = (
            select(c.id, c.display_name, c.company)
            .where(live, c.company.is_not(None), c.display_name.in_(chunk))
            .order_by(c.id)
        )
        for cid, name, company in conn.execute(query):
            key = ("name_company", f"{_compact(name)}\x1f{_compact(company)}")
            found.setdefault(key, (cid, name))
    matches: dict[int, tuple[str, str, int, str]] = {}
    for key, indexes in wanted.items():
        if key in found:
            for index in indexes:
                matches.setdefault(index, (key[0], key[1], *found[key]))
    return matches


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def match_of(
    draft: ClientDraft, known: FileKeys, in_db: tuple[str, str, int, str] | None
) -> DuplicateMatch | None:
    """The duplicate ``draft`` is of: an earlier row first, else a live client."""
    name = display_name(draft.surname, draft.given_name)
    earlier = known.find(draft)
    if earlier is not None:
        kind, value, row, customer_id = earlier
        return DuplicateMatch(draft.row, name, kind, shown(kind, value), customer_id, None, row)
    if in_db is not None:
        kind, value, customer_id, customer_name = in_db
        return DuplicateMatch(
            draft.row, name, kind, shown(kind, value), customer_id, customer_name, None
        )
    return None
