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
    """(kind, normalised value) by which this draft may be someone already known.

    Worked out once per draft (an import asks three times) and kept on it."""
    if draft.duplicate_keys is None:
        keys = [("phone", e164) for _, _, e164 in draft.phones if e164]
        keys += [("email", address) for _, address in draft.emails]
        company = draft.fields.get("company")
        if company:
            name = display_name(draft.surname, draft.given_name)
            keys.append(("name_company", f"{_compact(name)}\x1f{_compact(company)}"))
        draft.duplicate_keys = keys
    return draft.duplicate_keys


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
    """draft index → (kind, value, client id, client name) for drafts matching a live client.

    Each lookup is one indexed column alone (phone.e164, email.address,
    customer.company), the rest compared here: joined queries, or one with
    "deleted_at IS NULL" beside it, let SQLite's planner — its statistics
    taken while the tables were empty — walk every live client per batch,
    which made a 100,000-row import quadratic.
    """
    wanted: dict[tuple[str, str], list[int]] = {}
    for index, draft in enumerate(drafts):
        for key in draft_keys(draft):
            wanted.setdefault(key, []).append(index)
    if not wanted:
        return {}
    owners: dict[tuple[str, str], set[int]] = {}
    for kind, column in (("phone", Phone.__table__.c.e164), ("email", Email.__table__.c.address)):
        values = [v for k, v in wanted if k == kind]
        for chunk in _chunks(values):
            query = select(column, column.table.c.customer_id).where(column.in_(chunk))
            for value, cid in conn.execute(query):
                owners.setdefault((kind, value), set()).add(cid)
    c = Customer.__table__.c
    companies = sorted({d.fields["company"] for d in drafts if d.fields.get("company")})
    for chunk in _chunks(companies):
        query = select(c.id, c.display_name, c.company).where(c.company.in_(chunk))
        for cid, name, company in conn.execute(query):
            key = ("name_company", f"{_compact(name)}\x1f{_compact(company)}")
            owners.setdefault(key, set()).add(cid)
    live = _live_names(conn, {cid for ids in owners.values() for cid in ids})
    matches: dict[int, tuple[str, str, int, str]] = {}
    for key, indexes in wanted.items():
        if key not in owners:
            continue
        candidates = sorted(cid for cid in owners[key] if cid in live)
        if candidates:  # the oldest live client wins
            for index in indexes:
                matches.setdefault(index, (*key, candidates[0], live[candidates[0]]))
    return matches


def _live_names(conn: Connection, ids: set[int]) -> dict[int, str]:
    """id → display name of the clients among ``ids`` that are not in the trash."""
    c = Customer.__table__.c
    names: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        query = select(c.id, c.display_name, c.deleted_at).where(c.id.in_(chunk))
        names.update((cid, name) for cid, name, gone in conn.execute(query) if gone is None)
    return names


def _chunks(values: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def match_of(
    draft: ClientDraft, known: FileKeys, in_db: tuple[str, str, int, str] | None
) -> DuplicateMatch | None:
    """The duplicate ``draft`` is of: an earlier row first, else a live client."""
    earlier = known.find(draft)
    if earlier is not None:
        kind, value, row, customer_id = earlier
        name = display_name(draft.surname, draft.given_name)
        return DuplicateMatch(draft.row, name, kind, shown(kind, value), customer_id, None, row)
    if in_db is not None:
        kind, value, customer_id, customer_name = in_db
        name = display_name(draft.surname, draft.given_name)
        return DuplicateMatch(
            draft.row, name, kind, shown(kind, value), customer_id, customer_name, None
        )
    return None
