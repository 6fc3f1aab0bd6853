"""The policy as data: defaults, the pure rule, JSON validation, storage in AppSetting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models import AppSetting
from app.models.enums import DevStatus, Stage, Tier
from app.services.errors import ValidationError
from app.services.followup_policy import (
    SETTING_KEY,
    FollowUpPolicy,
    PlanState,
    load_policy,
    next_step,
    policy_from_json,
    policy_to_json,
    reached_stage,
    save_policy,
)

TODAY = date(2026, 5, 4)
BASE = date(2026, 5, 1)


def state(
    tier=Tier.LOYAL, status=DevStatus.NOT_DEVELOPED, logged=None, touches=0, retained=0
) -> PlanState:
    return PlanState(tier, status, logged, touches, retained)


def test_defaults_follow_the_issue() -> None:
    policy = FollowUpPolicy()
    assert policy.first_contact_days == 3
    assert policy.keep_in_touch_days == {"strategic": 7, "loyal": 14, "close": 30, "loose": 90}
    assert policy.touches_before_meeting == 3
    assert len(policy.retention_actions) == 4
    assert policy.greeting_tiers == (Tier.STRATEGIC, Tier.LOYAL)
    assert policy.greeting_festivals[:2] == ("new_year", "spring_festival")


@pytest.mark.parametrize(
    ("status", "logged", "reached"),
    [
        (DevStatus.NOT_DEVELOPED, None, None),
        (DevStatus.NOT_DEVELOPED, Stage.B, Stage.B),
        (DevStatus.DEVELOPED, None, Stage.A),
        (DevStatus.INTERESTED, Stage.B, Stage.B),
        (DevStatus.COOPERATING, Stage.A, Stage.C),  # the funnel says they are past C
        (DevStatus.DEVELOPED, Stage.D, Stage.D),
    ],
)
def test_reached_stage(status, logged, reached) -> None:
    assert reached_stage(status, logged) == reached


def test_next_step_by_state() -> None:
    policy = FollowUpPolicy()
    a = next_step(policy, state(), BASE, TODAY)
    assert (a.stage, a.due_on) == (Stage.A, date(2026, 5, 7))  # counted from today
    b = next_step(policy, state(logged=Stage.A), BASE, TODAY)
    assert (b.stage, b.due_on, b.purpose) == (
        Stage.B,
        date(2026, 5, 15),
        "保持联系（晃）：第 1 次轻触",
    )
    c = next_step(policy, state(logged=Stage.B, touches=3), BASE, TODAY)
    assert (c.stage, c.due_on, c.suggested_action) == (Stage.C, date(2026, 5, 15), None)
    d = next_step(policy, state(logged=Stage.C, retained=5), BASE, TODAY)
    assert (d.stage, d.suggested_action) == (Stage.D, policy.retention_actions[1])
    assert next_step(policy, state(status=DevStatus.CHURNED), BASE, TODAY) is None


def test_a_step_planned_late_is_due_today_not_overdue() -> None:
    step = next_step(FollowUpPolicy(), state(logged=Stage.A), date(2025, 1, 1), TODAY)
    assert step.due_on == TODAY


def test_edited_policy_changes_the_plan() -> None:
    policy = FollowUpPolicy(touches_before_meeting=0, keep_in_touch_days={Tier.LOYAL: 10})
    step = next_step(policy, state(logged=Stage.A), BASE, TODAY)
    assert (step.stage, step.due_on) == (Stage.C, date(2026, 5, 11))


def test_json_round_trip_and_partial_json() -> None:
    policy = FollowUpPolicy(
        first_contact_days=0,
        retention_days={**FollowUpPolicy().retention_days, Tier.LOOSE: 120},
        retention_actions=("送茶叶",),
        greeting_tiers=(Tier.CLOSE,),
        greeting_festivals=("mid_autumn",),
    )
    data = policy_to_json(policy)
    assert data["retention_days"]["loose"] == 120 and data["greeting_tiers"] == ["close"]
    assert policy_from_json(data) == policy
    # A setting saved by an older release lacks newer keys: they keep their defaults.
    assert policy_from_json({"touches_before_meeting": 5}) == FollowUpPolicy(
        touches_before_meeting=5
    )


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ({"first_contact_days": -1}, ["first_contact_days"]),
        ({"first_contact_days": True}, ["first_contact_days"]),
        ({"keep_in_touch_days": {"loyal": 0}}, ["keep_in_touch_days.loyal"]),
        ({"retention_days": {"vip": 7}}, ["retention_days.vip"]),
        ({"retention_days": [7, 14]}, ["retention_days"]),
        ({"retention_actions": []}, ["retention_actions"]),
        ({"retention_actions": ["积分", " "]}, ["retention_actions"]),
        ({"greeting_tiers": ["gold"]}, ["greeting_tiers"]),
        ({"greeting_festivals": ["christmas"]}, ["greeting_festivals"]),
        ({"cadence": 3}, ["cadence"]),
        (
            {"touches_before_meeting": "3", "keep_in_touch_days": {"close": 400}},
            ["touches_before_meeting", "keep_in_touch_days.close"],
        ),
    ],
)
def test_validation_names_the_field(data, fields) -> None:
    with pytest.raises(ValidationError) as err:
        policy_from_json(data)
    assert err.value.fields == fields


def test_saved_in_app_setting(db) -> None:
    assert load_policy(db) == FollowUpPolicy()
    edited = replace(FollowUpPolicy(), touches_before_meeting=2)
    save_policy(db, edited)
    assert load_policy(db) == edited
    with db.session() as s:
        assert s.get(AppSetting, SETTING_KEY).value["touches_before_meeting"] == 2
    save_policy(db, replace(edited, first_contact_days=5))
    assert load_policy(db).first_contact_days == 5


def test_invalid_policy_is_not_saved(db) -> None:
    with pytest.raises(ValidationError) as err:
        save_policy(db, FollowUpPolicy(first_contact_days=999))
    assert err.value.fields == ["first_contact_days"]
    assert load_policy(db) == FollowUpPolicy()
