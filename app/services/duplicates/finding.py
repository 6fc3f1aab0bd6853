"""Finding likely duplicate clients, never by comparing clients pairwise.

Each reason is two SQL steps: a GROUP BY over an index finds the values shared
by more than one row (E.164 phones, emails, display names), then only the rows
carrying those values are joined back to the live clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, exists, func, literal, select
from sqlalchemy.orm import aliased

from app.models import Customer, Email, Phone
from app.models.db import Database
from app.services.duplicates.briefs import ClientBrief, briefs
from app.services.duplicates.keys import MIN_PHONE_DIGITS, company_key, typed_digits
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
        found_briefs = briefs(session, set().union(*(ids for ids, _ in chosen)))
    return [
        DuplicateGroup(tuple(found_briefs[i] for i in sorted(ids)), tuple(matches))
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
        live = briefs(session, set(found), live_only=True)
    return [DuplicateCandidate(live[i], tuple(found[i])) for i in sorted(live)]
