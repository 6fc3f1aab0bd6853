"""The intent questionnaire (客户意愿评估) as data, and its versions.

The shipped questions, answer scales and weights live in
``resources/questionnaire/intent.json``; the user's edits are stored in
``AppSetting["intent_questionnaire"]`` as numbered versions. A version that an
assessment was scored with is never changed again: saving an edit then makes a
new version, so every old assessment can still show the questions it answered.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.models import Assessment
from app.models.db import Database
from app.paths import resources_dir
from app.services.errors import FieldError, NotFoundError, ValidationError
from app.services.fields import FIELDS
from app.services.settings_store import read_setting, write_setting

SHIPPED_FILE = resources_dir() / "questionnaire" / "intent.json"
SETTING_KEY = "intent_questionnaire"
LANGUAGES = ("zh_CN", "zh_TW", "en")
KINDS = ("intent", "profile")  # intent questions score; profile answers are dossier facts


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang`` (zh_HK/zh_Hant read traditional), else any text there is."""
    if lang in ("zh_TW", "zh_HK", "zh_Hant"):
        lang = "zh_TW"
    elif lang.startswith("zh"):
        lang = "zh_CN"
    return texts.get(lang) or texts.get("zh_CN") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class Option:
    key: str
    value: float  # points on the question's scale; the best option has the highest
    text: Mapping[str, str]

    def label(self, lang: str) -> str:
        return pick(self.text, lang)


@dataclass(frozen=True)
class Question:
    key: str
    number: int
    kind: str  # "intent" or "profile"
    weight: float
    text: Mapping[str, str]  # the question as asked
    label: Mapping[str, str]  # its short name, for tables and dossier lines
    options: tuple[Option, ...]
    dossier_field: str | None = None  # where a profile answer belongs in the dossier

    def prompt(self, lang: str) -> str:
        return pick(self.text, lang)

    def short(self, lang: str) -> str:
        return pick(self.label, lang)

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)

    @property
    def max_value(self) -> float:
        return max(o.value for o in self.options)


@dataclass(frozen=True)
class Questionnaire:
    version: str
    title: Mapping[str, str]
    questions: tuple[Question, ...]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    @property
    def scoring(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.kind == "intent" and q.weight > 0)

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "title": dict(self.title),
            "questions": [
                {
                    "key": q.key,
                    "number": q.number,
                    "kind": q.kind,
                    "weight": q.weight,
                    "text": dict(q.text),
                    "label": dict(q.label),
                    "options": [
                        {"key": o.key, "value": o.value, "text": dict(o.text)} for o in q.options
                    ],
                    **({"dossier_field": q.dossier_field} if q.dossier_field else {}),
                }
                for q in self.questions
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Questionnaire:
        """Parse and check; every problem is reported at once as a ``ValidationError``."""
        errors: list[FieldError] = []
        questions = []
        for i, raw in enumerate(data.get("questions") or []):
            question = _question(raw, f"questions[{i}]", errors)
            if question is not None:
                questions.append(question)
        keys = [q.key for q in questions]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            errors.append(FieldError("questions", "duplicate_key", f"question {key} twice", key))
        if not any(q.kind == "intent" and q.weight > 0 for q in questions):
            errors.append(FieldError("questions", "nothing_scores", "no weighted intent question"))
        if errors:
            raise ValidationError(errors)
        return cls(str(data.get("version", "")), _texts(data.get("title")), tuple(questions))


def _texts(raw: object) -> dict[str, str]:
    if isinstance(raw, str):
        return dict.fromkeys(LANGUAGES, raw)
    if isinstance(raw, Mapping):
        return {k: str(v) for k, v in raw.items() if isinstance(v, str) and v.strip()}
    return {}


def _number(raw: object) -> float | None:
    ok = isinstance(raw, int | float) and not isinstance(raw, bool) and raw >= 0
    return float(raw) if ok else None


def _question(raw: Mapping, where: str, errors: list[FieldError]) -> Question | None:
    def fail(code: str, message: str, value: object = None) -> None:
        errors.append(FieldError(where, code, message, value))

    key, kind, weight = raw.get("key"), raw.get("kind", "intent"), _number(raw.get("weight", 1))
    text = _texts(raw.get("text"))
    if not isinstance(key, str) or not key.strip():
        fail("required", "a question needs a key", key)
        return None
    if kind not in KINDS:
        fail("invalid_choice", f"kind must be one of {', '.join(KINDS)}", kind)
    if weight is None:
        fail("invalid_number", "weight must be a number ≥ 0", raw.get("weight"))
    if not text:
        fail("required", f"question {key} has no text", raw.get("text"))
    field = raw.get("dossier_field")
    if field is not None and field not in FIELDS:
        fail("unknown_field", f"no dossier field {field}", field)
    options = []
    for j, opt in enumerate(raw.get("options") or []):
        value, opt_text = _number(opt.get("value", 0)), _texts(opt.get("text"))
        if not isinstance(opt.get("key"), str) or value is None or not opt_text:
            fail("invalid_option", f"option {j} of {key} needs a key, a value ≥ 0 and a text", opt)
            continue
        options.append(Option(opt["key"], value, opt_text))
    if len(options) < 2 or len({o.key for o in options}) != len(options):
        fail("invalid_options", f"question {key} needs two or more options with distinct keys")
    elif kind == "intent" and weight and max(o.value for o in options) <= 0:
        fail("invalid_scale", f"question {key} scores but no option has points")
    number = raw.get("number")
    return Question(
        key=key,
        number=number if isinstance(number, int) else 0,
        kind=kind,
        weight=weight or 0.0,
        text=text,
        label=_texts(raw.get("label")) or text,
        options=tuple(options),
        dossier_field=field,
    )


@functools.cache
def shipped_questionnaire() -> Questionnaire:
    """The questionnaire that ships with the app (the 20 questions of the domain spec)."""
    return Questionnaire.from_json(json.loads(SHIPPED_FILE.read_text(encoding="utf-8")))


# --- versions in AppSetting ------------------------------------------------------


def _store(session: Session) -> dict:
    value = read_setting(session, SETTING_KEY)
    return {"current": value.get("current"), "versions": dict(value.get("versions", {}))}


def _write(session: Session, store: dict) -> None:
    write_setting(session, SETTING_KEY, store)


def read_current(session: Session) -> Questionnaire:
    """The questionnaire new assessments use, inside a session another call holds."""
    store = _store(session)
    current = store["current"]
    if current and current in store["versions"]:
        return Questionnaire.from_json(store["versions"][current])
    return shipped_questionnaire()


def read_version(session: Session, version: str) -> Questionnaire:
    stored = _store(session)["versions"].get(version)
    if stored is not None:
        return Questionnaire.from_json(stored)
    if version == shipped_questionnaire().version:
        return shipped_questionnaire()
    raise NotFoundError("questionnaire version", version)


def keep_version(session: Session, questionnaire: Questionnaire) -> None:
    """Store a copy of a version about to be used, so an app update cannot change it."""
    store = _store(session)
    if questionnaire.version not in store["versions"]:
        store["versions"][questionnaire.version] = questionnaire.to_json()
        _write(session, store)


def _in_use(session: Session, version: str) -> bool:
    return bool(session.scalar(select(exists().where(Assessment.questionnaire_version == version))))


def current_questionnaire(db: Database) -> Questionnaire:
    with db.session() as session:
        return read_current(session)


def questionnaire_version(db: Database, version: str) -> Questionnaire:
    """The questionnaire an old assessment was scored with."""
    with db.session() as session:
        return read_version(session, version)


def save_questionnaire(db: Database, questionnaire: Questionnaire) -> Questionnaire:
    """Store the user's edit; returns it under the version id it was saved as.

    An unused user version is replaced in place; a used one (or the shipped
    one) stays as it is and the edit becomes version ``user-N``.
    """
    Questionnaire.from_json(questionnaire.to_json())  # the dialog may have built anything
    with db.session() as session, session.begin():
        store = _store(session)
        current = store["current"]
        if current and current.startswith("user-") and not _in_use(session, current):
            version = current
        else:
            numbers = [int(v[5:]) for v in store["versions"] if v[5:].isdigit()]
            version = f"user-{max(numbers, default=0) + 1}"
        saved = Questionnaire(version, questionnaire.title, questionnaire.questions)
        store["versions"][version] = saved.to_json()
        store["current"] = version
        _write(session, store)
        return saved


def reset_questionnaire(db: Database) -> None:
    """New assessments use the shipped questionnaire again; stored versions stay."""
    with db.session() as session, session.begin():
        store = _store(session)
        store["current"] = None
        _write(session, store)
