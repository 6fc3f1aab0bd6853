"""Undoing a merge: both clients exactly as before, or a refusal that writes nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from merge_data import database_state, make_pair, pending_steps
from sqlalchemy import delete, func, select

from app.models import FollowUp, Interaction, MergeRecord
from app.models.enums import FollowUpStatus, Stage
from app.services.customers import (
    create_customer,
    get_customer,
    purge_customers,
    restore_customers,
    update_customer,
)
from app.services.demo import generate_demo
from app.services.duplicates import merge_customers, undo, undo_merge
from app.services.errors import NotFoundError, ValidationError
from app.services.search import search_customers

EVERY_OTHER_VALUE = {
    "given_name": "other",
    "company": "other",
    "position": "other",
    "tier": "other",
    "custom:高尔夫差点": "other",
}


@pytest.fixture
def pair(db):
    return make_pair(db)


def _codes(error: ValidationError) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in error.errors]


@pytest.mark.parametrize("choices", [{}, EVERY_OTHER_VALUE], ids=["defaults", "other_values"])
def test_undo_puts_every_row_of_both_clients_back(db, pair, choices):
    keep, other = pair
    before = database_state(db)
    result = merge_customers(db, keep, other, choices)
    assert database_state(db) != before
    assert [h.id for h in search_customers(db, "13900001111")] == [keep]

    undone = undo_merge(db, result.merge_id)

    assert (undone.keep_id, undone.other_id) == (keep, other)
    # Every column of every row (ids, updated_at, follow-up reasons, custom values,
    # tag links, the search index) is as it was; copies made by the merge are gone.
    assert database_state(db) == before
    assert [h.id for h in search_customers(db, "13900001111")] == [other]
    assert [h.id for h in search_customers(db, "wangfang@163")] == [other]
    with db.session() as s:
        assert s.get(MergeRecord, result.merge_id).undone_at is not None


def test_undoing_a_merge_of_demo_clients_leaves_the_book_as_it_was(db):
    generate_demo(db, 40, seed=3, today=date(2026, 11, 22))
    before, plan = database_state(db), pending_steps(db)
    assert set(plan.values()) == {1}  # the demo plan: one pending step per live client
    with db.session() as s:  # the two clients with the most contacts
        busiest = s.execute(
            select(Interaction.customer_id)
            .group_by(Interaction.customer_id)
            .order_by(func.count().desc(), Interaction.customer_id)
            .limit(2)
        ).scalars()
        keep, other = busiest
    result = merge_customers(db, keep, other, EVERY_OTHER_VALUE)
    assert result.moved["interactions"] > 0
    assert other not in pending_steps(db) and pending_steps(db)[keep] == 1

    undo_merge(db, result.merge_id)

    assert database_state(db) == before
    assert pending_steps(db) == plan


def test_undo_refuses_a_second_time(db, pair):
    result = merge_customers(db, *pair)
    undo_merge(db, result.merge_id)
    state = database_state(db)
    with pytest.raises(ValidationError) as refused:
        undo_merge(db, result.merge_id)
    assert _codes(refused.value) == [("merge_id", "already_undone")]
    assert "undone already" in refused.value.errors[0].message
    assert "撤销过了" in refused.value.errors[0].message
    assert database_state(db) == state


def _edit_keep(db, keep, other):
    update_customer(db, keep, {"position": "总经理"})


def _restore_other(db, keep, other):
    restore_customers(db, [other])


def _log_a_contact(db, keep, other):  # touches only a history row, not the client's own
    with db.session() as s, s.begin():
        s.add(Interaction(customer_id=keep, occurred_at=datetime(2026, 11, 1), summary="回访"))


def _complete_a_moved_step(db, keep, other):
    with db.session() as s, s.begin():
        step = s.scalars(
            select(FollowUp).where(
                FollowUp.customer_id == keep, FollowUp.status == FollowUpStatus.PENDING
            )
        ).first()
        step.status = FollowUpStatus.DONE


def _delete_a_moved_row(db, keep, other):
    with db.engine.begin() as conn:  # as a purge of history might, without touching the client
        conn.execute(delete(Interaction).where(Interaction.summary == "谈话2"))


@pytest.mark.parametrize(
    ("later", "refused_field"),
    [
        (_edit_keep, "keep_id"),
        (_restore_other, "other_id"),
        (_log_a_contact, "keep_id"),
        (_complete_a_moved_step, "keep_id"),
        (_delete_a_moved_row, "keep_id"),
    ],
)
def test_undo_refuses_after_a_later_change_and_writes_nothing(db, pair, later, refused_field):
    keep, other = pair
    result = merge_customers(db, keep, other)
    later(db, keep, other)
    state = database_state(db)
    with pytest.raises(ValidationError) as refused:
        undo_merge(db, result.merge_id)
    assert _codes(refused.value) == [(refused_field, "changed_since_merge")]
    assert "changed after the merge" in refused.value.errors[0].message
    assert database_state(db) == state


def test_merges_of_the_same_client_undo_newest_first(db, pair):
    keep, other = pair
    third = create_customer(db, {"name": "王芳", "phones": ["13700002222"], "tags": ["VIP"]})
    with db.session() as s, s.begin():
        s.add(FollowUp(customer_id=third, stage=Stage.B, due_on=date(2025, 1, 5)))
    before = database_state(db)
    first = merge_customers(db, keep, other)
    middle = database_state(db)
    second = merge_customers(db, third, keep, {"position": "other"})

    with pytest.raises(ValidationError) as refused:
        undo_merge(db, first.merge_id)
    assert _codes(refused.value) == [("keep_id", "merged_later")]
    assert "undo that merge first" in refused.value.errors[0].message

    undo_merge(db, second.merge_id)
    assert database_state(db) == middle
    undo_merge(db, first.merge_id)
    assert database_state(db) == before


def test_a_failure_mid_undo_leaves_the_merge_in_place(db, pair, monkeypatch):
    keep, other = pair
    result = merge_customers(db, keep, other)
    merged = database_state(db)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(undo, "put_back", broken)  # after every row has moved back
    with pytest.raises(RuntimeError):
        undo_merge(db, result.merge_id)
    assert database_state(db) == merged
    assert get_customer(db, other, include_deleted=True).deleted_at is not None


def test_an_unknown_or_purged_merge_is_not_found(db, pair):
    keep, other = pair
    with pytest.raises(NotFoundError):
        undo_merge(db, 999)
    result = merge_customers(db, keep, other)
    assert purge_customers(db, [other]) == 1  # the record goes with the client
    with pytest.raises(NotFoundError):
        undo_merge(db, result.merge_id)


def test_undo_gives_a_churned_kept_client_its_cancelled_steps_back(db, pair):
    keep, other = pair
    update_customer(db, keep, {"dev_status": "churned"})
    before, plan = database_state(db), pending_steps(db)
    assert keep not in plan and plan[other] > 0
    result = merge_customers(db, keep, other)
    assert keep not in pending_steps(db)  # the steps it took over were cancelled
    undo_merge(db, result.merge_id)
    assert database_state(db) == before
    assert pending_steps(db) == plan
