"""The intent questionnaire in the UI: assessing a client, the dossier's entry points and
trend line, the tier hint, and editing the questionnaire."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton

from app.models.enums import Tier
from app.services.customers import create_customer, get_customer
from app.services.intent import (
    BandThresholds,
    assessment_history,
    load_thresholds,
    record_assessment,
)
from app.services.questionnaire import current_questionnaire, shipped_questionnaire
from app.ui.assessment_dialog import AssessmentDialog
from app.ui.intent_trend import IntentTrend
from app.ui.profile_changes_dialog import ProfileChangesDialog
from app.ui.questionnaire_dialog import QuestionnaireDialog
from app.ui.suggest_tier import SuggestTierDialog

from .conftest import TODAY

# Best answer to 1 (2 of 2, weight 1), "some" to 3 (2 of 3, weight 1.5) and "strong"
# to 9 (2 of 3, weight 2): 100 × (1 + 1 + 4/3) / 4.5 = 74.1, high by the default bands.
ANSWERS = {
    "used_similar": "regularly",
    "our_product_depth": "some",
    "decision_influence": "strong",
    "education": "master",
    "reading": "books",
}
SCORE = Decimal("74.1")


@pytest.fixture
def client(database) -> int:
    return create_customer(database, {"surname": "王", "given_name": "小明"})


def fill(dialog: AssessmentDialog, answers: dict[str, str]) -> None:
    for key, option in answers.items():
        combo = dialog.combos[key]
        combo.setCurrentIndex(combo.findData(option))


def keep_only(field: str | None):
    """A stand-in for the profile dialog's exec: untick all but ``field``, then answer."""

    def exec_(dialog: ProfileChangesDialog) -> int:
        for name, box in dialog.boxes.items():
            box.setChecked(name == field)
        return QDialog.DialogCode.Accepted if field else QDialog.DialogCode.Rejected

    return exec_


def test_filling_and_saving_scores_the_client_and_writes_the_ticked_profile_answer(
    qtbot, database, client, english, monkeypatch
) -> None:
    offered = []
    real_exec = keep_only("education")
    monkeypatch.setattr(
        ProfileChangesDialog, "exec", lambda d: offered.append(sorted(d.boxes)) or real_exec(d)
    )
    dialog = AssessmentDialog(database, client, today=TODAY)
    qtbot.addWidget(dialog)
    questionnaire = shipped_questionnaire()
    assert len(dialog.combos) == 20
    assert dialog.combos["used_similar"].count() == 1 + 3  # "not asked" and its three answers
    assert "at least one intent question" in dialog.score_label.text()
    fill(dialog, ANSWERS)
    assert dialog.score_label.text() == "Score 74.1 — high intent (3 of 10 answered)"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert offered == [["education", "knowledge_breadth"]]
    customer = get_customer(database, client)
    assert customer.intent_score == SCORE
    master = questionnaire.question("education").option("master").label("en")
    assert customer.education == master
    assert customer.knowledge_breadth is None  # unticked: left as it was
    [record] = assessment_history(database, client)
    assert record.answers == ANSWERS and record.taken_on == TODAY and record.band == "high"


def test_a_repeat_assessment_starts_from_the_last_answers(qtbot, database, client, english):
    record_assessment(database, client, ANSWERS, TODAY)
    dialog = AssessmentDialog(database, client, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.answers()["decision_influence"] == "strong"
    assert TODAY.isoformat() in dialog.prefill_note.text()
    dialog.clear_answers()
    assert not any(dialog.answers().values())


def test_the_dossier_assesses_shows_the_trend_and_marks_churned(
    qtbot, database, client, english, monkeypatch
) -> None:
    from app.ui.churn_dialog import ChurnDialog
    from app.ui.dossier import open_dossier

    def answer_and_save(dialog: AssessmentDialog) -> int:
        fill(dialog, ANSWERS)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", answer_and_save)
    monkeypatch.setattr(ProfileChangesDialog, "exec", keep_only(None))
    window = open_dossier(None, database, client)
    qtbot.addWidget(window)
    trend = window.findChild(IntentTrend)
    assert trend is not None and trend.isHidden()
    window.findChild(QAction, "assessIntentAction").trigger()
    assert "74.1" in window.header.intent.text()
    assert trend.isVisible() and [r.score for r in trend.records] == [74.1]
    record_assessment(database, client, {"used_similar": "never"}, TODAY)
    window.findChild(QAction, "assessIntentAction").trigger()  # announces: the trend follows
    assert len(trend.records) == 3
    points = trend.points()
    assert points[0].y() < points[1].y()  # 74.1 drawn above 0

    def churn(dialog: ChurnDialog) -> int:
        dialog.findChild(QRadioButton, "reason_price").click()
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(ChurnDialog, "exec", churn)
    churn_action = window.findChild(QAction, "markChurnedAction")
    churn_action.trigger()
    assert not churn_action.isEnabled()  # churned once; the dialog is not offered again
    window.close()


def test_the_tier_hint_changes_nothing_until_accepted(qtbot, database, english) -> None:
    client = create_customer(
        database, {"surname": "李", "given_name": "雷", "relationship_level": "structural"}
    )
    record_assessment(database, client, ANSWERS, TODAY)
    ignored = SuggestTierDialog(database, client, today=TODAY)
    qtbot.addWidget(ignored)
    reasons = ignored.reasons.text()
    assert "Intent score 74.1 (high) +2" in reasons and "+2" in reasons.split("</li>")[2]
    assert "<b>Loyal</b>" in ignored.verdict.text()
    ignored.reject()
    assert get_customer(database, client).tier == Tier.LOOSE
    accepted = SuggestTierDialog(database, client, today=TODAY)
    qtbot.addWidget(accepted)
    assert accepted.accept_button.text() == "Set tier to Loyal"
    accepted.accept_button.click()
    assert get_customer(database, client).tier == Tier.LOYAL
    agreed = SuggestTierDialog(database, client, today=TODAY)
    qtbot.addWidget(agreed)
    assert agreed.accept_button is None and "agree" in agreed.verdict.text()


def test_the_questionnaire_editor_saves_a_new_version_and_bands(
    qtbot, database, client, english
) -> None:
    old = record_assessment(database, client, ANSWERS, TODAY)
    dialog = QuestionnaireDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 20
    dialog.list.setCurrentRow(0)
    dialog.editor.weight.setValue(3)
    dialog.list.setCurrentRow(1)  # the edit is kept when moving on
    assert "×3" in dialog.list.item(0).text()
    dialog.high.setValue(75)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_version == "user-1"
    assert current_questionnaire(database).question("used_similar").weight == 3
    assert load_thresholds(database) == BandThresholds(high=75, medium=40)
    [kept] = assessment_history(database, client)
    assert (kept.score, kept.version) == (old.score, old.version)  # scored as it was


def test_questionnaire_errors_are_shown_and_nothing_is_saved(qtbot, database, english) -> None:
    dialog = QuestionnaireDialog(database)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(2)
    dialog.editor.options.item(0, 1).setText("lots")  # points must be a number
    dialog.high.setValue(30)  # below medium
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.isVisibleTo(dialog)
    assert "3. Depth of knowledge of our products" in dialog.errors.text()
    assert current_questionnaire(database).version == shipped_questionnaire().version
    assert load_thresholds(database) == BandThresholds()
