"""Intent scoring, questionnaire versions, profile answers and the tier hint, on SQLite."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AppSetting, Assessment, AssessmentAnswer, Order
from app.models.enums import Tier
from app.services import questionnaire as qn
from app.services.churn import mark_churned
from app.services.customers import create_customer, get_customer, update_customer
from app.services.errors import NotFoundError, ValidationError
from app.services.intent import (
    BandThresholds,
    apply_profile_answers,
    assessment_history,
    get_assessment,
    load_thresholds,
    profile_changes,
    record_assessment,
    save_thresholds,
    score_answers,
)
from app.services.segmentation import suggest_tier

INTENT_KEYS = [
    "used_similar",
    "knows_our_products",
    "our_product_depth",
    "competitor_depth",
    "knows_users",
    "knows_value",
    "knows_quality_cost",
    "knows_service_matters",
    "decision_influence",
    "decision_makers",
]
BEST_OPTIONS = "regularly well deep compared several clearly clearly clearly decides one"
WORST_OPTIONS = "never no none none none no no no none more"
BEST = dict(zip(INTENT_KEYS, BEST_OPTIONS.split(), strict=True))
WORST = dict(zip(INTENT_KEYS, WORST_OPTIONS.split(), strict=True))
DEFAULT = BandThresholds()


def test_the_shipped_questionnaire_has_the_twenty_questions_in_three_languages() -> None:
    q = qn.shipped_questionnaire()
    assert [x.number for x in q.questions] == list(range(1, 21))
    assert [x.key for x in q.scoring] == INTENT_KEYS  # 1–10 score, 11–20 are profile facts
    assert all(x.kind == "profile" and x.weight == 0 for x in q.questions[10:])
    for question in q.questions:
        for lang in qn.LANGUAGES:
            assert question.text[lang] and question.label[lang]
            assert all(o.text[lang] for o in question.options)
    fields = {x.key: x.dossier_field for x in q.questions}
    assert fields["education"] == "education"
    assert fields["superstition"] == "superstitions"
    assert q.question("decision_influence").prompt("zh_TW") == "在購買決策中的影響力有多大？"


@pytest.mark.parametrize(
    ("answers", "score", "band"),
    [
        (BEST, 100.0, "high"),
        (WORST, 0.0, "low"),
        # Only the decision questions at their best: (2 + 1) / 12 of the weight.
        ({**WORST, "decision_influence": "decides", "decision_makers": "one"}, 25.0, "low"),
        # … plus deep product knowledge and value seen (1.5 + 1.5): 6 / 12.
        (
            {
                **WORST,
                "decision_influence": "decides",
                "decision_makers": "one",
                "our_product_depth": "deep",
                "knows_value": "clearly",
            },
            50.0,
            "medium",
        ),
        # Everything best but competitors and other users unknown: 10 / 12.
        ({**BEST, "competitor_depth": "none", "knows_users": "none"}, 83.3, "high"),
        # Blank questions are left out: "strong" influence alone is 2/3 of its scale.
        ({"decision_influence": "strong", "used_similar": None}, 66.7, "medium"),
        # Profile answers never move the score.
        (
            {"decision_makers": "two_three", "education": "doctor", "hardship": "major"},
            66.7,
            "medium",
        ),
    ],
)
def test_known_answers_give_known_scores_and_bands(answers, score, band) -> None:
    result = score_answers(qn.shipped_questionnaire(), answers, DEFAULT)
    assert (result.score, result.band) == (score, band)


def test_band_thresholds_are_a_setting(db) -> None:
    assert load_thresholds(db) == DEFAULT
    save_thresholds(db, BandThresholds(high=80, medium=50))
    assert load_thresholds(db) == BandThresholds(80, 50)
    cid = create_customer(db, {"name": "王芳"})
    answers = {**BEST, "competitor_depth": "none", "knows_users": "none"}  # 83.3
    assert record_assessment(db, cid, answers, date(2026, 1, 2)).band == "high"
    answers["knows_value"] = "no"  # 70.8: high under the default, medium now
    assert record_assessment(db, cid, answers, date(2026, 1, 3)).band == "medium"
    with pytest.raises(ValidationError):
        save_thresholds(db, BandThresholds(high=40, medium=60))


def test_bad_answers_are_refused_and_nothing_is_stored(db) -> None:
    cid = create_customer(db, {"name": "李娜"})
    for answers in (
        {"no_such_question": "yes"},
        {"used_similar": "perhaps"},
        {"education": "master"},  # nothing that scores
        {},
    ):
        with pytest.raises(ValidationError):
            record_assessment(db, cid, answers, date(2026, 1, 2))
    with pytest.raises(NotFoundError):
        record_assessment(db, 999, BEST, date(2026, 1, 2))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == 0
        assert s.scalar(select(func.count()).select_from(AssessmentAnswer)) == 0


def test_assessments_are_kept_with_answers_points_and_version(db) -> None:
    cid = create_customer(db, {"name": "刘洋"})
    answers = {**WORST, "decision_influence": "decides", "education": "bachelor"}
    record = record_assessment(db, cid, answers, date(2026, 2, 1), notes="首次拜访后")
    again = get_assessment(db, record.id)
    assert again == record
    assert again.version == "builtin-1" and again.notes == "首次拜访后"
    assert again.answers["education"] == "bachelor" and again.answers["used_similar"] == "never"
    with db.session() as s:
        points = dict(
            s.execute(
                select(AssessmentAnswer.question_key, AssessmentAnswer.points).where(
                    AssessmentAnswer.assessment_id == record.id
                )
            ).all()
        )
    assert float(points["decision_influence"]) == 2.0  # weight 2 × 3/3
    assert float(points["used_similar"]) == 0.0
    assert points["education"] is None  # profile answers earn nothing


def test_history_is_by_date_and_the_list_shows_the_latest_by_date(db) -> None:
    cid = create_customer(db, {"name": "陈静"})
    record_assessment(db, cid, BEST, date(2026, 3, 1))
    record_assessment(db, cid, WORST, date(2026, 1, 1))  # entered late, taken earlier
    assert float(get_customer(db, cid).intent_score) == 100.0
    record_assessment(db, cid, {"decision_influence": "strong"}, date(2026, 4, 1))
    history = assessment_history(db, cid)
    assert [(h.taken_on, h.score) for h in history] == [
        (date(2026, 1, 1), 0.0),
        (date(2026, 3, 1), 100.0),
        (date(2026, 4, 1), 66.7),
    ]
    assert float(get_customer(db, cid).intent_score) == 66.7


def _reweighted(q: qn.Questionnaire, key: str, weight: float) -> qn.Questionnaire:
    questions = tuple(replace(x, weight=weight) if x.key == key else x for x in q.questions)
    return replace(q, questions=questions)


def test_a_questionnaire_edit_leaves_old_assessments_as_they_were(db) -> None:
    cid = create_customer(db, {"name": "杨帆"})
    answers = {**WORST, "decision_influence": "decides", "decision_makers": "one"}
    old = record_assessment(db, cid, answers, date(2026, 1, 5))
    assert old.score == 25.0

    edited = qn.save_questionnaire(
        db, _reweighted(qn.current_questionnaire(db), "decision_makers", 10)
    )
    assert edited.version == "user-1"
    assert qn.current_questionnaire(db) == edited
    new = record_assessment(db, cid, answers, date(2026, 2, 5))
    assert (new.version, new.score) == ("user-1", 57.1)  # (2 + 10) / 21

    assert get_assessment(db, old.id).score == 25.0
    assert get_assessment(db, old.id).version == "builtin-1"
    assert qn.questionnaire_version(db, "builtin-1").question("decision_makers").weight == 1
    assert qn.questionnaire_version(db, "user-1").question("decision_makers").weight == 10

    # user-1 is used now, so a further edit becomes user-2 and user-1 stays as it was.
    again = qn.save_questionnaire(db, _reweighted(edited, "decision_makers", 3))
    assert again.version == "user-2"
    assert qn.questionnaire_version(db, "user-1").question("decision_makers").weight == 10
    # An unused version is simply replaced.
    assert qn.save_questionnaire(db, _reweighted(again, "decision_makers", 4)).version == "user-2"
    qn.reset_questionnaire(db)
    assert qn.current_questionnaire(db) == qn.shipped_questionnaire()
    with pytest.raises(NotFoundError):
        qn.questionnaire_version(db, "user-9")


def test_a_used_shipped_version_survives_an_app_update_that_changes_the_file(
    db, monkeypatch
) -> None:
    cid = create_customer(db, {"name": "赵磊"})
    record_assessment(db, cid, BEST, date(2026, 1, 5))
    changed = _reweighted(qn.shipped_questionnaire(), "decision_makers", 7)
    monkeypatch.setattr(qn, "shipped_questionnaire", lambda: changed)
    assert qn.questionnaire_version(db, "builtin-1").question("decision_makers").weight == 1
    with db.session() as s:
        stored = s.get(AppSetting, qn.SETTING_KEY).value
    assert json.loads(json.dumps(stored))["versions"]["builtin-1"]["version"] == "builtin-1"


def test_an_invalid_edit_is_refused_with_every_problem(db) -> None:
    q = qn.shipped_questionnaire()
    data = q.to_json()
    data["questions"][0]["options"] = data["questions"][0]["options"][:1]
    data["questions"][1]["key"] = data["questions"][2]["key"]
    data["questions"][12]["dossier_field"] = "no_such_field"
    with pytest.raises(ValidationError) as caught:
        qn.Questionnaire.from_json(data)
    codes = {e.code for e in caught.value.errors}
    assert codes == {"invalid_options", "duplicate_key", "unknown_field"}
    no_weights = [replace(x, weight=0) for x in q.questions]
    with pytest.raises(ValidationError):
        qn.save_questionnaire(db, replace(q, questions=tuple(no_weights)))
    assert qn.current_questionnaire(db) == q


def test_profile_answers_fill_the_dossier_only_when_confirmed(db) -> None:
    cid = create_customer(
        db, {"name": "黄敏", "education": "本科", "personality": "开朗", "superstitions": "忌4"}
    )
    answers = {
        "decision_influence": "some",
        "education": "master",
        "self_rating": "high",
        "reputation": "respected",
        "superstition": "no",
        "years_in_business": "over_20",  # no dossier field: kept in the assessment only
    }
    record = record_assessment(db, cid, answers, date(2026, 5, 1))
    assert get_customer(db, cid).education == "本科"  # nothing written yet

    changes = {c.field: c for c in profile_changes(db, record.id)}
    assert set(changes) == {"education", "personality", "superstitions"}
    assert (changes["education"].old, changes["education"].new) == ("本科", "硕士")
    assert changes["personality"].question_keys == ("self_rating", "reputation")

    apply_profile_answers(db, record.id, fields=["education", "personality"])
    customer = get_customer(db, cid)
    assert customer.education == "硕士"
    assert customer.personality == changes["personality"].new
    assert customer.personality.splitlines()[0] == "开朗"  # the user's own text stays
    assert customer.superstitions == "忌4"  # not confirmed
    assert profile_changes(db, record.id)[0].field == "superstitions"

    # A later answer to the same question replaces its line instead of adding another.
    later = record_assessment(
        db, cid, {"decision_influence": "some", "self_rating": "modest"}, date(2026, 6, 1)
    )
    apply_profile_answers(db, later.id)
    lines = get_customer(db, cid).personality.splitlines()
    assert lines == ["开朗", "他人评价：受人尊敬", "自我评价：谦虚，评价偏低"]
    assert profile_changes(db, later.id) == []  # applied: nothing left to change


def test_profile_answers_are_written_in_the_language_asked(db) -> None:
    cid = create_customer(db, {"name": "周杰"})
    record = record_assessment(
        db,
        cid,
        {"decision_makers": "one", "education": "master", "reading": "books"},
        date(2026, 1, 1),
    )
    assert {c.field: c.new for c in profile_changes(db, record.id, "en")} == {
        "education": "Master's degree",
        "knowledge_breadth": "Reading habits: Reads books often",
    }
    assert {c.field: c.new for c in profile_changes(db, record.id, "zh_TW")} == {
        "education": "碩士",
        "knowledge_breadth": "閱讀習慣：常讀書",
    }


# --- the "suggest tier" hint ---------------------------------------------------------

TODAY = date(2026, 3, 2)


def _sell(db, cid: int, amount: int, days_ago: int = 30, status: str = "paid") -> None:
    with db.session() as s, s.begin():
        s.add(
            Order(
                customer_id=cid,
                ordered_on=TODAY - timedelta(days=days_ago),
                product="设备采购",
                amount=Decimal(amount),
                status=status,
            )
        )


def test_suggest_tier_adds_intent_sales_rank_and_relationship_level(db) -> None:
    ids = [create_customer(db, {"name": f"客户{i}", "tier": "loose"}) for i in range(10)]
    for rank, cid in enumerate(ids):  # ids[0] sells most
        _sell(db, cid, 100_000 - rank * 10_000)
    best, third, last = ids[0], ids[2], ids[9]
    update_customer(db, best, {"relationship_level": "structural"})
    record_assessment(db, best, BEST, TODAY)  # high
    update_customer(db, third, {"relationship_level": "social"})
    record_assessment(db, third, {"decision_influence": "strong"}, TODAY)  # 66.7 medium

    top = suggest_tier(db, best, TODAY)
    assert (top.suggested, top.points, top.is_change) == (Tier.STRATEGIC, 7, True)
    assert [r.code for r in top.reasons] == ["intent", "sales", "level"]
    assert top.reasons[1].text("zh_CN") == "近12个月订单额 100,000，居前 10% +3"
    assert top.reasons[0].text("en") == "Intent score 100 (high) +2"
    assert top.reasons[2].text("zh_TW") == "關係層次：三級·結構 +2"
    # Third of ten by sales (top 30%: 2) + medium intent (1) + social (1).
    assert suggest_tier(db, third, TODAY).suggested == Tier.LOYAL
    assert suggest_tier(db, last, TODAY).suggested == Tier.LOOSE  # any sales: 1 point
    assert get_customer(db, best).tier == Tier.LOOSE  # a hint is never applied by itself


def test_suggest_tier_ignores_old_and_returned_orders_and_knows_churned_clients(db) -> None:
    cid = create_customer(db, {"name": "老订单", "tier": "close"})
    _sell(db, cid, 500_000, days_ago=400)
    _sell(db, cid, 500_000, status="returned")
    hint = suggest_tier(db, cid, TODAY)
    assert (hint.suggested, hint.points) == (Tier.LOOSE, 0)
    assert [r.text("zh_CN") for r in hint.reasons] == [
        "尚未做意愿评估",
        "近12个月无订单",
        "未设关系层次",
    ]
    mark_churned(db, cid, "price", None, TODAY)
    churned = suggest_tier(db, cid, TODAY)
    assert churned.suggested == Tier.LOOSE and churned.reasons[0].code == "churned"
    with pytest.raises(NotFoundError):
        suggest_tier(db, 12345, TODAY)
