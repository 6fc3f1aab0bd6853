"""Likely duplicate clients, and merging two of them into one.

Finding works in two SQL steps per reason, never by comparing clients pairwise:
a GROUP BY over an index finds the values shared by more than one row (E.164
phones, emails, display names), then only the rows carrying those values are
joined back to the live clients. Phones that did not parse are compared by the
digits typed; companies by a normalised form without 有限公司-style suffixes.

Merging moves the other client's whole history to the kept one, adds its
contacts and tags, applies the chosen field values and puts the other client
in Trash (with a note), all in one transaction: Trash makes it recoverable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, exists, func, literal, select, update
from sqlalchemy.orm import Session, aliased, selectinload

from app.models import (
    Assessment,
    Attachment,
    ChurnRecord,
    Complaint,
    Customer,
    CustomFieldValue,
    Email,
    FollowUp,
    Interaction,
    LoyaltyEntry,
    Order,
    Phone,
    Promotion,
    ServiceRequest,
    utcnow,
)
from app.models.db import Database
from app.models.enums import DevStatus, FollowUpStatus
from app.services.dossier_input import apply_input, birthday_of
from app.services.errors import FieldError, NotFoundError, ValidationError
from app.services.fields import FIELDS
from app.services.phones import format_phone
from app.services.search import matching_ids_query


class Reason(StrEnum):
    PHONE = "phone"  # the same E.164 number, or the same digits when it did not parse
    EMAIL = "email"
    NAME_COMPANY = "name_company"  # the same display name at the same company


@dataclass(frozen=True)
class Match:
    reason: Reason
    value: str  # the shared phone, email or "name · company", for display


@dataclass(frozen=True)
class ClientBrief:
    id: int
    display_name: str
    company: str | None
    primary_phone: str | None
    city: str | None


@dataclass(frozen=True)
class DuplicateGroup:
    """Clients that share one or more values; ``matches`` says which."""

    members: tuple[ClientBrief, ...]  # by id, oldest first
    matches: tuple[Match, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(m.id for m in self.members)


@dataclass(frozen=True)
class DuplicateCandidate:
    client: ClientBrief
    matches: tuple[Match, ...]


# --- normalised keys as SQL expressions ------------------------------------------

MIN_PHONE_DIGITS = 5  # "110" or an extension alone says nothing about identity
_PHONE_NOISE = (" ", "-", "(", ")", "+", ".", "/")
# Longest first: 股份有限公司 contains 有限公司. Matched after spaces are removed and
# Latin letters lower-cased, so "Co., Ltd." and "CO.,LTD" are the same suffix.
COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "co.,ltd.", "co.,ltd", "co.ltd")


def _strip(expr: ColumnElement, pieces: Iterable[str]) -> ColumnElement:
    for piece in pieces:
        expr = func.replace(expr, piece, "")
    return expr


def typed_digits(column: ColumnElement) -> ColumnElement:
    """SQL: a phone as typed without its separators (stored text is NFKC already)."""
    return _strip(column, _PHONE_NOISE)


def company_key(column: ColumnElement) -> ColumnElement:
    """SQL: a company name without spaces, case and legal-form suffixes."""
    return _strip(func.lower(func.replace(column, " ", "")), COMPANY_SUFFIXES)


def _live(customer_id: ColumnElement) -> ColumnElement:
    # Correlated: one primary-key lookup per candidate row, run only on the few
    # rows whose value repeats (an IN over every live id would build a 100k list).
    return exists().where(Customer.id == customer_id, Customer.deleted_at.is_(None))


def _shared(value: ColumnElement, owner: ColumnElement, *where: ColumnElement) -> Select:
    """(value, comma-separated live owner ids) for values owned by two clients or more."""
    ids = func.group_concat(owner.distinct())
    return (
        select(value, ids)
        .where(*where, _live(owner))
        .group_by(value)
        .having(func.count(owner.distinct()) > 1)
        .order_by(value)
    )


def _repeated(value: ColumnElement, *where: ColumnElement) -> Select:
    return select(value).where(*where).group_by(value).having(func.count() > 1)


def _phone_groups() -> Select:
    # The inner GROUP BY reads ix_phone_e164 alone; only repeated numbers reach the join.
    repeated = _repeated(Phone.e164, Phone.e164.is_not(None))
    return _shared(Phone.e164, Phone.customer_id, Phone.e164.in_(repeated))


def _typed_phone_groups() -> Select:
    # Materialised so the digits of each unparsed phone are computed once.
    typed = (
        select(typed_digits(Phone.original).label("digits"), Phone.customer_id)
        .where(Phone.e164.is_(None))
        .cte("typed")
        .prefix_with("MATERIALIZED", dialect="sqlite")
    )
    repeated = _repeated(typed.c.digits, func.length(typed.c.digits) >= MIN_PHONE_DIGITS)
    return _shared(typed.c.digits, typed.c.customer_id, typed.c.digits.in_(repeated))


def _email_groups() -> Select:
    # Addresses are stored lower-cased (validation.clean_email), so the index groups them.
    repeated = _repeated(Email.address)
    return _shared(Email.address, Email.customer_id, Email.address.in_(repeated))


def _name_company_groups() -> Select:
    c = Customer
    live = c.deleted_at.is_(None)
    # ix_customer_live_name answers this GROUP BY without touching the table.
    names = _repeated(c.display_name, live)
    # The key is computed once per distinct company (ix_customer_company), not per client.
    keys = (
        select(c.company, company_key(c.company).label("key"))
        .where(c.company.is_not(None))
        .group_by(c.company)
        .cte("company_keys")
        .prefix_with("MATERIALIZED", dialect="sqlite")
    )
    return (
        select(c.display_name, func.min(c.company), func.group_concat(c.id))
        .join(keys, keys.c.company == c.company)
        .where(live, c.display_name.in_(names), keys.c.key != "")
        .group_by(c.display_name, keys.c.key)
        .having(func.count() > 1)
        .order_by(c.display_name, keys.c.key)
    )


def _ids(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(","))


def find_duplicates(db: Database, *, limit: int = 500) -> list[DuplicateGroup]:
    """Groups of live clients sharing a phone, an email, or a name and company.

    The same clients matched for several reasons form one group listing every
    match. At most ``limit`` groups, those matched for more reasons first.
    """
    found: dict[frozenset[int], list[Match]] = {}
    with db.session() as session:
        for reason, query in (
            (Reason.PHONE, _phone_groups()),
            (Reason.PHONE, _typed_phone_groups()),
            (Reason.EMAIL, _email_groups()),
        ):
            for value, ids in session.execute(query.limit(limit)):
                found.setdefault(_ids(ids), []).append(Match(reason, value))
        for name, company, ids in session.execute(_name_company_groups().limit(limit)):
            found.setdefault(_ids(ids), []).append(
                Match(Reason.NAME_COMPANY, f"{name} · {company}")
            )
        chosen = sorted(found.items(), key=lambda item: (-len(item[1]), min(item[0])))[:limit]
        briefs = _briefs(session, set().union(*(ids for ids, _ in chosen)))
    return [
        DuplicateGroup(tuple(briefs[i] for i in sorted(ids)), tuple(matches))
        for ids, matches in chosen
    ]


def duplicates_of(db: Database, customer_id: int) -> list[DuplicateCandidate]:
    """Live clients that look like ``customer_id`` (for the dossier's "possible duplicates")."""
    p1, p2, e1, e2, c1 = (aliased(m) for m in (Phone, Phone, Email, Email, Customer))
    queries = [
        (
            Reason.PHONE,
            select(p2.customer_id, p1.e164)
            .join(p2, p2.e164 == p1.e164)
            .where(p1.customer_id == customer_id, p1.e164.is_not(None)),
        ),
        (
            Reason.EMAIL,
            select(e2.customer_id, e1.address)
            .join(e2, e2.address == e1.address)
            .where(e1.customer_id == customer_id),
        ),
        (
            Reason.NAME_COMPANY,
            select(Customer.id, Customer.display_name + " · " + Customer.company)
            .join(c1, c1.display_name == Customer.display_name)
            .where(c1.id == customer_id, company_key(c1.company) != "")
            .where(company_key(Customer.company) == company_key(c1.company)),
        ),
    ]
    found: dict[int, list[Match]] = {}
    with db.session() as session:
        typed = select(typed_digits(Phone.original)).where(
            Phone.customer_id == customer_id, Phone.e164.is_(None)
        )
        for digits in set(session.scalars(typed)):
            # Unparsed numbers have no index of their own; the search index holds
            # every phone's digits, so it names the few clients worth comparing.
            near = matching_ids_query(digits)
            if len(digits) >= MIN_PHONE_DIGITS and near is not None:
                # No e164 test here: SQLite would walk every unparsed phone by ix_phone_e164.
                exact = select(Phone.customer_id, literal(digits)).where(
                    Phone.customer_id.in_(near), typed_digits(Phone.original) == digits
                )
                queries.append((Reason.PHONE, exact))
        for reason, query in queries:
            for other_id, value in session.execute(query):
                if other_id != customer_id:
                    found.setdefault(other_id, []).append(Match(reason, value))
        briefs = _briefs(session, set(found), live_only=True)
    return [DuplicateCandidate(briefs[i], tuple(found[i])) for i in sorted(briefs)]


def _briefs(session: Session, ids: set[int], *, live_only: bool = False) -> dict[int, ClientBrief]:
    c = Customer
    query = select(c.id, c.display_name, c.company, c.primary_phone, c.city)
    if live_only:
        query = query.where(c.deleted_at.is_(None))
    wanted = sorted(ids)
    briefs: dict[int, ClientBrief] = {}
    for start in range(0, len(wanted), 500):  # well under SQLite's variable limit
        chunk = query.where(c.id.in_(wanted[start : start + 500]))
        briefs.update((row.id, ClientBrief(*row)) for row in session.execute(chunk))
    return briefs


# --- merging ------------------------------------------------------------------------

Choice = Literal["keep", "other"]
CUSTOM_PREFIX = "custom:"  # conflict keys of custom fields: "custom:<field name>"
MERGE_FIELDS = (*FIELDS, "birthday")

# History rows that move wholesale to the kept client, by the name the summary uses.
HISTORY: dict[str, type] = {
    "interactions": Interaction,
    "follow_ups": FollowUp,
    "assessments": Assessment,
    "orders": Order,
    "complaints": Complaint,
    "service_requests": ServiceRequest,
    "promotions": Promotion,
    "churn_records": ChurnRecord,
    "loyalty_entries": LoyaltyEntry,
    "attachments": Attachment,
}


@dataclass(frozen=True)
class FieldConflict:
    """A field the two dossiers fill differently; ``default`` is the side kept unless chosen."""

    key: str  # a key of fields.FIELDS, "birthday", or CUSTOM_PREFIX + a custom field's name
    keep_value: Any
    other_value: Any
    default: Choice


@dataclass(frozen=True)
class MergePreview:
    keep: ClientBrief
    other: ClientBrief
    conflicts: list[FieldConflict]
    moves: dict[str, int]  # history rows of ``other`` that will move, by HISTORY name
    additions: dict[str, int]  # phones, emails, … and tags the kept client will gain


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    moved: dict[str, int]
    added: dict[str, int]


def _empty(value: object) -> bool:
    # 0 stars and "not a club member" are the defaults, not information.
    return value is None or value == "" or value is False or value == 0


def _custom_values(customer: Customer) -> dict[str, Any]:
    return {
        v.field.name: next(
            (x for x in (v.text_value, v.number_value, v.date_value) if x is not None), None
        )
        for v in customer.custom_values
    }


def _field_values(customer: Customer) -> dict[str, Any]:
    values = {key: getattr(customer, key) for key in FIELDS}
    values["birthday"] = birthday_of(customer)
    values.update((CUSTOM_PREFIX + k, v) for k, v in _custom_values(customer).items())
    return values


def _conflicts(keep: Customer, other: Customer) -> list[FieldConflict]:
    """Fields where the other client has a value the kept one lacks or contradicts."""
    mine, theirs = _field_values(keep), _field_values(other)
    return [
        FieldConflict(key, mine.get(key), value, "other" if _empty(mine.get(key)) else "keep")
        for key, value in theirs.items()
        if not _empty(value) and value != mine.get(key)
    ]


# Contacts are copied, not moved, so the trashed client stays a whole dossier if
# restored; rows the kept client already has (same number, address, text) are skipped.
_UNIONS: dict[str, tuple[Callable[[Customer], list], Callable[[Any], object]]] = {
    "phones": (lambda c: c.phones, lambda p: p.e164 or "".join(filter(str.isdigit, p.original))),
    "emails": (lambda c: c.emails, lambda e: e.address.lower()),
    "addresses": (lambda c: c.addresses, lambda a: (a.one_line(), a.postcode)),
    "family": (lambda c: c.family, lambda f: (f.relation, f.name, f.birth_year)),
    "anniversaries": (
        lambda c: c.anniversaries,
        lambda a: (a.title, a.calendar, a.year, a.month, a.day, a.leap_month),
    ),
    "tags": (lambda c: c.tags, lambda t: t.id),
}


def _new_items(keep: Customer, other: Customer) -> dict[str, list]:
    """The other client's contacts and tags the kept client does not have yet."""
    result = {}
    for name, (items, key) in _UNIONS.items():
        have = {key(item) for item in items(keep)}
        fresh = []
        for item in items(other):
            if key(item) not in have:
                have.add(key(item))
                fresh.append(item)
        result[name] = fresh
    return result


def _copy(row: Any) -> Any:
    table = type(row).__table__
    skip = {"id", "customer_id", "created_at", "updated_at"}
    return type(row)(**{c.key: getattr(row, c.key) for c in table.columns if c.key not in skip})


def _pair(session: Session, keep_id: int, other_id: int) -> tuple[Customer, Customer]:
    if keep_id == other_id:
        raise ValidationError.single("other_id", "same_client", "a client cannot merge with itself")
    query = select(Customer).where(Customer.id.in_([keep_id, other_id]))
    query = query.where(Customer.deleted_at.is_(None)).options(
        *(selectinload(getattr(Customer, name)) for name in _UNIONS),
        selectinload(Customer.custom_values).selectinload(CustomFieldValue.field),
    )
    found = {c.id: c for c in session.scalars(query)}
    for ident in (keep_id, other_id):
        if ident not in found:
            raise NotFoundError("client", ident)
    return found[keep_id], found[other_id]


def _history_counts(session: Session, customer_id: int) -> dict[str, int]:
    return {
        name: session.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        or 0
        for name, model in HISTORY.items()
    }


def merge_preview(db: Database, keep_id: int, other_id: int) -> MergePreview:
    """What merging ``other_id`` into ``keep_id`` would ask and do; writes nothing."""
    with db.session() as session:
        keep, other = _pair(session, keep_id, other_id)
        briefs = _briefs(session, {keep_id, other_id})
        return MergePreview(
            keep=briefs[keep_id],
            other=briefs[other_id],
            conflicts=_conflicts(keep, other),
            moves=_history_counts(session, other_id),
            additions={k: len(v) for k, v in _new_items(keep, other).items()},
        )


def merge_customers(
    db: Database, keep_id: int, other_id: int, choices: Mapping[str, Choice] | None = None
) -> MergeResult:
    """Merge ``other_id`` into ``keep_id`` in one transaction; ``other_id`` goes to Trash.

    ``choices`` maps conflicting fields (see :func:`merge_preview`) to "keep" or
    "other"; a field not named takes its conflict's default. Every history row
    moves, contacts and tags are added, the list columns are recomputed.
    """
    choices = dict(choices or {})
    with db.session() as session, session.begin():
        keep, other = _pair(session, keep_id, other_id)
        conflicts = _conflicts(keep, other)
        _check_choices(choices)
        picked = {
            c.key: c.other_value for c in conflicts if choices.get(c.key, c.default) == "other"
        }
        _apply_values(session, keep, other, picked)
        added = _add_contacts(keep, other)
        moved = _move_history(session, keep_id, other_id)
        _settle_plan(session, keep, other_id)
        _recompute(session, keep, other)
        other.deleted_at = utcnow()
        note = f"已合并到 #{keep_id}（merged into #{keep_id}）"
        other.notes = f"{other.notes}\n{note}" if other.notes else note
        session.flush()  # the after_flush hook re-indexes both clients for search
        return MergeResult(keep_id, other_id, moved, added)


def _check_choices(choices: Mapping[str, str]) -> None:
    errors = [
        FieldError(key, "unknown_field", f"no such field: {key}", value)
        for key, value in choices.items()
        if key not in MERGE_FIELDS and not key.startswith(CUSTOM_PREFIX)
    ]
    errors += [
        FieldError(key, "invalid_choice", "choose 'keep' or 'other'", value)
        for key, value in choices.items()
        if value not in ("keep", "other")
    ]
    if errors:
        raise ValidationError(errors)


def _apply_values(
    session: Session, keep: Customer, other: Customer, picked: Mapping[str, Any]
) -> None:
    scalars = {k: v for k, v in picked.items() if not k.startswith(CUSTOM_PREFIX)}
    errors = apply_input(session, keep, scalars)  # re-derives display name and sort key
    if errors:
        raise ValidationError(errors)
    mine = {v.field.name: v for v in keep.custom_values}
    for theirs in other.custom_values:
        if CUSTOM_PREFIX + theirs.field.name not in picked:
            continue
        row = mine.get(theirs.field.name)
        if row is None:
            row = CustomFieldValue(field=theirs.field)
            keep.custom_values.append(row)
        row.text_value, row.number_value, row.date_value = (
            theirs.text_value,
            theirs.number_value,
            theirs.date_value,
        )


def _add_contacts(keep: Customer, other: Customer) -> dict[str, int]:
    fresh = _new_items(keep, other)
    for name, items in fresh.items():
        collection = _UNIONS[name][0](keep)
        for item in items:
            if name == "tags":  # a tag is shared, not owned: link the same row
                collection.append(item)
                continue
            copy = _copy(item)
            if hasattr(copy, "position"):
                copy.position = len(collection)
            collection.append(copy)
    return {name: len(items) for name, items in fresh.items()}


def _move_history(session: Session, keep_id: int, other_id: int) -> dict[str, int]:
    moved = {}
    for name, model in HISTORY.items():
        result = session.execute(
            update(model)
            .where(model.customer_id == other_id)
            .values(customer_id=keep_id)
            .execution_options(synchronize_session=False)
        )
        moved[name] = result.rowcount
    return moved


def _settle_plan(session: Session, keep: Customer, other_id: int) -> None:
    """One pending A–D step per client (followups.py): keep the earliest, cancel the rest."""
    pending = list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.customer_id == keep.id, FollowUp.status == FollowUpStatus.PENDING)
            .order_by(FollowUp.due_on, FollowUp.id)
        )
    )
    churned = keep.dev_status == DevStatus.CHURNED
    for follow_up in pending if churned else pending[1:]:
        follow_up.status = FollowUpStatus.CANCELLED
        follow_up.reason = f"与 #{other_id} 合并后的重复待办，已保留最早的一条"


def _recompute(session: Session, keep: Customer, other: Customer) -> None:
    """The list columns summarise history and contacts, which both just changed."""
    session.flush()
    keep.next_follow_up_on = session.scalar(
        select(func.min(FollowUp.due_on)).where(
            FollowUp.customer_id == keep.id, FollowUp.status == FollowUpStatus.PENDING
        )
    )
    logged = session.scalar(
        select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == keep.id)
    )
    keep.last_contact_at = _latest(keep.last_contact_at, other.last_contact_at, logged)
    latest = session.scalar(
        select(Assessment.score)
        .where(Assessment.customer_id == keep.id)
        .order_by(Assessment.taken_on.desc(), Assessment.id.desc())
        .limit(1)
    )
    keep.intent_score = next(
        (s for s in (latest, keep.intent_score, other.intent_score) if s is not None), None
    )
    # The ledger moved with the history; adding the balances also keeps points that
    # were loaded without ledger lines (demo data, imports).
    keep.loyalty_points = (keep.loyalty_points or 0) + (other.loyalty_points or 0)
    phones = sorted(keep.phones, key=lambda p: p.position)
    keep.primary_phone = format_phone(phones[0].e164, phones[0].original) if phones else None
    cities = [a.city for a in sorted(keep.addresses, key=lambda a: a.position) if a.city]
    keep.city = cities[0] if cities else keep.city or other.city
    other.next_follow_up_on = other.last_contact_at = other.intent_score = None
    other.loyalty_points = 0


def _latest(*values: datetime | date | None) -> Any:
    present = [v for v in values if v is not None]
    return max(present) if present else None
