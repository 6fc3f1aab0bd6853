"""Intent scores (0–100) and bands from the questionnaire, kept as a dated history.

score = 100 × Σ weightᵢ · valueᵢ / maxᵢ ÷ Σ weightᵢ over the intent questions
that were answered: a question left blank neither helps nor hurts, so a
partial assessment is not punished for what the client was not asked. The
band thresholds are data (``AppSetting["intent_bands"]``); the score and band
are stored with the assessment, so later edits of either leave it as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Assessment, AssessmentAnswer, Customer
from app.models.db import Database
from app.services.client_rows import BandThresholds
from app.services.dossier_input import apply_input
from app.services.errors import FieldError, NotFoundError, ValidationError
from app.services.fields import FIELDS
from app.services.names import normalize_text
from app.services.questionnaire import Questionnaire, keep_version, read_current, read_version
from app.services.settings_store import read_setting, write_setting
from app.services.validation import clean_field

THRESHOLDS_KEY = "intent_bands"


@dataclass(frozen=True)
class Score:
    score: float
    band: str
    answered: int  # intent questions answered …
    scoring: int  # … of this many
    points: Mapping[str, float]  # question key → weighted points it earned


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    customer_id: int
    taken_on: date
    version: str
    score: float
    band: str
    answers: Mapping[str, str]  # question key → option key
    notes: str | None = None


@dataclass(frozen=True)
class ProfileChange:
    """A dossier field a profile answer would set, for the confirmation dialog."""

    question_keys: tuple[str, ...]  # the answers that make up the new text
    field: str
    old: str | None
    new: str


def read_thresholds(session: Session) -> BandThresholds:
    value = read_setting(session, THRESHOLDS_KEY)
    return BandThresholds(**{k: float(v) for k, v in value.items() if k in ("high", "medium")})


def load_thresholds(db: Database) -> BandThresholds:
    with db.session() as session:
        return read_thresholds(session)


def save_thresholds(db: Database, thresholds: BandThresholds) -> None:
    if not 0 < thresholds.medium < thresholds.high <= 100:
        message = "thresholds need 0 < medium < high ≤ 100"
        raise ValidationError.single("intent_bands", "invalid_range", message, thresholds)
    value = {"high": thresholds.high, "medium": thresholds.medium}
    with db.session() as session, session.begin():
        write_setting(session, THRESHOLDS_KEY, value)


def score_answers(
    questionnaire: Questionnaire, answers: Mapping[str, str | None], thresholds: BandThresholds
) -> Score:
    """Score answers (question key → option key; None or "" for unanswered)."""
    errors: list[FieldError] = []
    points: dict[str, float] = {}
    for key, choice in answers.items():
        question = questionnaire.question(key)
        if question is None:
            errors.append(FieldError(key, "unknown_question", f"no question {key}", choice))
        elif choice not in (None, "") and question.option(str(choice)) is None:
            errors.append(FieldError(key, "invalid_choice", f"{key} has no option", choice))
        elif choice not in (None, "") and question in questionnaire.scoring:
            value = question.option(str(choice)).value
            points[key] = question.weight * value / question.max_value
    if not errors and not points:
        errors.append(FieldError("answers", "required", "answer at least one intent question"))
    if errors:
        raise ValidationError(errors)
    weights = sum(q.weight for q in questionnaire.scoring if q.key in points)
    score = round(100 * sum(points.values()) / weights, 1)
    return Score(score, thresholds.band(score), len(points), len(questionnaire.scoring), points)


def record_assessment(
    db: Database,
    customer_id: int,
    answers: Mapping[str, str | None],
    taken_on: date,
    notes: str | None = None,
) -> AssessmentRecord:
    """Score with the current questionnaire, store it, and update the list's intent column."""
    with db.session() as session, session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError("client", customer_id)
        questionnaire = read_current(session)
        result = score_answers(questionnaire, answers, read_thresholds(session))
        keep_version(session, questionnaire)
        given = {k: str(v) for k, v in answers.items() if v not in (None, "")}
        assessment = Assessment(
            customer_id=customer_id,
            taken_on=taken_on,
            questionnaire_version=questionnaire.version,
            score=Decimal(str(result.score)),
            band=result.band,
            notes=notes,
            answers=[
                AssessmentAnswer(
                    question_key=key,
                    answer=choice,
                    points=_points(result.points.get(key)),
                )
                for key, choice in given.items()
            ],
        )
        session.add(assessment)
        session.flush()
        # The list shows the latest assessment by date, even when an older one is entered late.
        latest = session.scalar(
            select(Assessment.score)
            .where(Assessment.customer_id == customer_id)
            .order_by(Assessment.taken_on.desc(), Assessment.id.desc())
            .limit(1)
        )
        customer.intent_score = latest
        return _record(assessment)


def _points(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(round(value, 2)))


def _record(assessment: Assessment) -> AssessmentRecord:
    return AssessmentRecord(
        id=assessment.id,
        customer_id=assessment.customer_id,
        taken_on=assessment.taken_on,
        version=assessment.questionnaire_version,
        score=float(assessment.score),
        band=assessment.band,
        answers={a.question_key: str(a.answer) for a in assessment.answers},
        notes=assessment.notes,
    )


def _load(session: Session, assessment_id: int) -> Assessment:
    query = (
        select(Assessment)
        .where(Assessment.id == assessment_id)
        .options(selectinload(Assessment.answers))
    )
    assessment = session.scalar(query)
    if assessment is None:
        raise NotFoundError("assessment", assessment_id)
    return assessment


def get_assessment(db: Database, assessment_id: int) -> AssessmentRecord:
    with db.session() as session:
        return _record(_load(session, assessment_id))


def assessment_history(db: Database, customer_id: int) -> list[AssessmentRecord]:
    """Every assessment of a client, oldest first: the dossier's trend line."""
    query = (
        select(Assessment)
        .where(Assessment.customer_id == customer_id)
        .options(selectinload(Assessment.answers))
        .order_by(Assessment.taken_on, Assessment.id)
    )
    with db.session() as session:
        return [_record(a) for a in session.scalars(query)]


def _changes(session: Session, assessment: Assessment, lang: str) -> list[ProfileChange]:
    questionnaire = read_version(session, assessment.questionnaire_version)
    customer = session.get(Customer, assessment.customer_id)
    texts: dict[str, str | None] = {}  # field → its text after the answers so far
    sources: dict[str, list[str]] = {}  # field → the questions that wrote it
    for answer in sorted(assessment.answers, key=lambda a: a.id):
        question = questionnaire.question(answer.question_key)
        option = question.option(str(answer.answer)) if question else None
        if option is None or not question.dossier_field:
            continue
        field = question.dossier_field
        old = texts.get(field, getattr(customer, field))
        text = option.label(lang)
        if FIELDS[field].kind == "longtext":
            # Several answers can share a field: each owns one "label：answer" line.
            prefix = normalize_text(f"{question.short(lang)}：")  # as cleaning leaves it
            lines = [ln for ln in (old or "").splitlines() if not ln.startswith(prefix)]
            sep = "：" if lang.startswith("zh") else ": "
            text = "\n".join([*lines, f"{question.short(lang)}{sep}{text}"])
        # Cleaned as the dossier stores it, so the preview shows the text that will be kept.
        texts[field] = clean_field(FIELDS[field], text)
        sources.setdefault(field, []).append(question.key)
    return [
        ProfileChange(tuple(sources[field]), field, getattr(customer, field), new)
        for field, new in texts.items()
        if new != getattr(customer, field)
    ]


def profile_changes(db: Database, assessment_id: int, lang: str = "zh_CN") -> list[ProfileChange]:
    """What ``apply_profile_answers`` would write, for the user to confirm."""
    with db.session() as session:
        return _changes(session, _load(session, assessment_id), lang)


def apply_profile_answers(
    db: Database, assessment_id: int, lang: str = "zh_CN", fields: Iterable[str] | None = None
) -> list[ProfileChange]:
    """Write the profile answers into their dossier fields (only ``fields`` if given)."""
    wanted = None if fields is None else set(fields)
    with db.session() as session, session.begin():
        assessment = _load(session, assessment_id)
        changes = [
            c for c in _changes(session, assessment, lang) if wanted is None or c.field in wanted
        ]
        customer = session.get(Customer, assessment.customer_id)
        errors = apply_input(session, customer, {c.field: c.new for c in changes})
        if errors:
            raise ValidationError(errors)
        return changes
