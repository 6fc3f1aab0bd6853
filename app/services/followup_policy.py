"""The A–D follow-up policy as editable data, and the pure rule that applies it.

The numbers (cadences, how many B touches before proposing C, the retention
ideas, who gets festival greetings) live in ``AppSetting["followup_policy"]``
as JSON so a settings dialog can change them; ``next_step`` turns a client's
state into the next follow-up without touching the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.models.db import Database
from app.models.enums import DevStatus, Stage, Tier
from app.services.almanac import festivals_in_year
from app.services.errors import FieldError, ValidationError
from app.services.settings_store import read_setting, write_setting

SETTING_KEY = "followup_policy"
FESTIVAL_CODES: tuple[str, ...] = tuple(f.code for f in festivals_in_year(2000))
MAX_DAYS = 366

_DEFAULT_CADENCE = {Tier.STRATEGIC: 7, Tier.LOYAL: 14, Tier.CLOSE: 30, Tier.LOOSE: 90}
_DEFAULT_ACTIONS = (
    "积分回馈：告知积分余额，邀请兑换礼品",
    "邀请参加客户俱乐部活动",
    "增值回报：免费培训或升级服务",
    "送一份合心意的小礼物",
)


@dataclass(frozen=True)
class FollowUpPolicy:
    """Every number of the A–D plan; edit with ``dataclasses.replace``."""

    first_contact_days: int = 3  # A is due this many days after a new client appears
    keep_in_touch_days: dict[Tier, int] = field(default_factory=lambda: dict(_DEFAULT_CADENCE))
    touches_before_meeting: int = 3  # after this many B touches, propose C
    retention_days: dict[Tier, int] = field(default_factory=lambda: dict(_DEFAULT_CADENCE))
    retention_actions: tuple[str, ...] = _DEFAULT_ACTIONS
    greeting_tiers: tuple[Tier, ...] = (Tier.STRATEGIC, Tier.LOYAL)
    greeting_festivals: tuple[str, ...] = FESTIVAL_CODES

    def __post_init__(self) -> None:
        # A cadence table given for some tiers only keeps the defaults for the others.
        for name in ("keep_in_touch_days", "retention_days"):
            given = {Tier(tier): days for tier, days in getattr(self, name).items()}
            object.__setattr__(self, name, {**_DEFAULT_CADENCE, **given})


@dataclass(frozen=True)
class PlanState:
    """What the plan needs to know about one client."""

    tier: Tier
    dev_status: DevStatus
    logged: Stage | None  # the furthest stage of any logged interaction
    touches: int  # B interactions logged
    retention_count: int  # D follow-ups already done or skipped (rotates the actions)


@dataclass(frozen=True)
class NextStep:
    stage: Stage
    due_on: date
    purpose: str
    suggested_action: str | None = None


STAGES = tuple(Stage)  # A < B < C < D
_A_PURPOSE = "首次接触：按最高服务标准接待或拜访"
_C_PURPOSE = "约第二次见面：照顾细节，让客户感到被记住"

# A client entered as already developed has had its first contact; a
# cooperating one is past the second meeting and in retention.
_IMPLIED_BY_STATUS = {
    DevStatus.NOT_DEVELOPED: None,
    DevStatus.DEVELOPED: Stage.A,
    DevStatus.INTERESTED: Stage.A,
    DevStatus.COOPERATING: Stage.C,
}


def reached_stage(dev_status: DevStatus, logged: Stage | None) -> Stage | None:
    """The furthest stage reached, from the contact log and the funnel status."""
    known = [s for s in (logged, _IMPLIED_BY_STATUS.get(dev_status)) if s is not None]
    return max(known, key=STAGES.index, default=None)


def next_step(policy: FollowUpPolicy, state: PlanState, base: date, today: date) -> NextStep | None:
    """The next follow-up, ``None`` for a churned client.

    A is due ``first_contact_days`` after today (when the client is planned);
    B, C and D one cadence after ``base``, the last contact. A date already
    past moves to ``today``: a step planned now is due, not overdue.
    """
    if state.dev_status == DevStatus.CHURNED:
        return None
    reached = reached_stage(state.dev_status, state.logged)
    if reached is None:
        step = NextStep(Stage.A, today + timedelta(days=policy.first_contact_days), _A_PURPOSE)
    elif reached in (Stage.C, Stage.D):
        action = policy.retention_actions[state.retention_count % len(policy.retention_actions)]
        due = base + timedelta(days=policy.retention_days[state.tier])
        step = NextStep(Stage.D, due, f"维系：{action}", action)
    else:
        due = base + timedelta(days=policy.keep_in_touch_days[state.tier])
        if state.touches < policy.touches_before_meeting:
            step = NextStep(Stage.B, due, f"保持联系（晃）：第 {state.touches + 1} 次轻触")
        else:
            step = NextStep(Stage.C, due, _C_PURPOSE)
    return step if step.due_on >= today else replace(step, due_on=today)


# --- JSON in AppSetting ---------------------------------------------------------


def policy_to_json(policy: FollowUpPolicy) -> dict[str, Any]:
    """Plain JSON: enum codes as keys and strings, tuples as lists."""
    return {
        "first_contact_days": policy.first_contact_days,
        "keep_in_touch_days": {str(t): n for t, n in policy.keep_in_touch_days.items()},
        "touches_before_meeting": policy.touches_before_meeting,
        "retention_days": {str(t): n for t, n in policy.retention_days.items()},
        "retention_actions": list(policy.retention_actions),
        "greeting_tiers": [str(t) for t in policy.greeting_tiers],
        "greeting_festivals": list(policy.greeting_festivals),
    }


def policy_from_json(data: Mapping[str, Any]) -> FollowUpPolicy:
    """Validate stored or edited JSON; missing keys keep their defaults.

    Raises ValidationError listing every bad field, named like
    ``keep_in_touch_days.loyal`` so the dialog can mark the exact cell.
    """
    errors: list[FieldError] = []
    known = {f.name for f in fields(FollowUpPolicy)}
    for key in sorted(set(data) - known):
        errors.append(FieldError(key, "unknown_field", f"no such policy field: {key}", data[key]))
    defaults = FollowUpPolicy()
    values: dict[str, Any] = {}
    if "first_contact_days" in data:
        values["first_contact_days"] = _days(errors, "first_contact_days", data, minimum=0)
    if "touches_before_meeting" in data:
        values["touches_before_meeting"] = _days(errors, "touches_before_meeting", data, 0, 50)
    for key in ("keep_in_touch_days", "retention_days"):
        if key in data:
            values[key] = _cadence(errors, key, data[key], getattr(defaults, key))
    if "retention_actions" in data:
        values["retention_actions"] = _actions(errors, data["retention_actions"])
    if "greeting_tiers" in data:
        codes = _choices(errors, "greeting_tiers", data, tuple(Tier))
        values["greeting_tiers"] = tuple(Tier(code) for code in codes)
    if "greeting_festivals" in data:
        values["greeting_festivals"] = _choices(errors, "greeting_festivals", data, FESTIVAL_CODES)
    if errors:
        raise ValidationError(errors)
    return FollowUpPolicy(**values)


def _days(
    errors: list[FieldError], key: str, data: Mapping, minimum: int = 1, maximum: int = MAX_DAYS
) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        message = f"{key} must be a whole number from {minimum} to {maximum}"
        errors.append(FieldError(key, "out_of_range", message, value))
        return minimum
    return value


def _cadence(
    errors: list[FieldError], key: str, value: object, default: dict[Tier, int]
) -> dict[Tier, int]:
    if not isinstance(value, Mapping):
        errors.append(FieldError(key, "invalid", f"{key} must map each tier to days", value))
        return default
    result = dict(default)
    for code, days in value.items():
        if code in tuple(Tier):
            result[Tier(code)] = _days(errors, f"{key}.{code}", {f"{key}.{code}": days})
        else:
            errors.append(FieldError(f"{key}.{code}", "unknown_tier", f"no tier {code!r}", days))
    return result


def _actions(errors: list[FieldError], value: object) -> tuple[str, ...]:
    texts = value if isinstance(value, list) else []
    if not texts or not all(isinstance(a, str) and a.strip() for a in texts):
        message = "give a list of at least one non-empty retention action"
        errors.append(FieldError("retention_actions", "invalid", message, value))
        return _DEFAULT_ACTIONS
    return tuple(a.strip() for a in texts)


def _choices(
    errors: list[FieldError], key: str, data: Mapping, allowed: tuple[str, ...]
) -> tuple[str, ...]:
    value = data[key]
    if not isinstance(value, list) or any(v not in allowed for v in value):
        message = f"{key} must be a list drawn from {', '.join(allowed)}"
        errors.append(FieldError(key, "invalid_choice", message, value))
        return ()
    return tuple(dict.fromkeys(value))  # drop repeats, keep the user's order


def load_policy(db: Database) -> FollowUpPolicy:
    """The stored policy, or the defaults when none was saved."""
    with db.session() as session:
        return read_policy(session)


def read_policy(session: Session) -> FollowUpPolicy:
    """``load_policy`` inside a session another operation already holds."""
    stored = read_setting(session, SETTING_KEY)
    return policy_from_json(stored) if stored else FollowUpPolicy()


def save_policy(db: Database, policy: FollowUpPolicy) -> None:
    """Validate (a round trip through JSON) and store the policy."""
    data = policy_to_json(policy)
    policy_from_json(data)
    with db.session() as session, session.begin():
        write_setting(session, SETTING_KEY, data)
