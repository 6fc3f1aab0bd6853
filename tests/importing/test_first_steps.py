"""New clients get their first A–D step in the import's own transaction, exactly
the step the follow-ups sweep would have planned for them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Customer, FollowUp
from app.services.followups import plan_new_clients
from app.services.importing import ImportPlan, open_source, run_import
from app.services.importing import writer as writer_module

from .helpers import write_xlsx

TODAY = date(2026, 3, 2)
HEADER = ["姓名", "客户级别", "开发状态"]
ROWS = [
    ["张伟", "战略级", ""],
    ["李娜", "松散型", "已开发"],
    ["王芳", "", "开发中"],
    ["赵强", "紧密型", "已流失"],
    ["孙丽", "死党级", ""],
    ["周杰", "战略级", "已合作"],
    ["吴敏", "", "有意向"],
]


def _plan_and_steps(db) -> tuple[list, list]:
    with db.session() as s:
        steps = s.execute(
            select(
                FollowUp.customer_id,
                FollowUp.stage,
                FollowUp.due_on,
                FollowUp.status,
                FollowUp.purpose,
                FollowUp.suggested_action,
                FollowUp.briefing,
            ).order_by(FollowUp.customer_id, FollowUp.stage)
        ).all()
        clients = s.execute(
            select(Customer.id, Customer.next_follow_up_on, Customer.updated_at).order_by(
                Customer.id
            )
        ).all()
    return steps, clients


def _import(db, tmp_path):
    path = write_xlsx(tmp_path / "in.xlsx", [HEADER, *ROWS])
    plan = ImportPlan("客户", 1, {0: "name", 1: "tier", 2: "dev_status"})
    return run_import(db, open_source(path), plan, today=TODAY)


def test_the_import_plans_what_the_sweep_would(db, tmp_path, monkeypatch):
    from app.models.db import open_database

    written = []
    real_row = writer_module.FirstSteps.row
    monkeypatch.setattr(
        writer_module.FirstSteps,
        "row",
        lambda self, cid, step: written.append(cid) or real_row(self, cid, step),
    )
    _import(db, tmp_path)
    planned_here = _plan_and_steps(db)
    assert written == [1, 2, 3, 5, 6, 7]  # every live client's step came with its row
    assert plan_new_clients(db, TODAY).planned == 0  # nothing left for the sweep

    # The same file into another notebook, the sweep alone planning.
    monkeypatch.setattr(writer_module.FirstSteps, "step", lambda self, fields: None)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        _import(other, tmp_path)
        by_sweep = _plan_and_steps(other)
    finally:
        other.dispose()
    assert planned_here[0] == by_sweep[0]
    assert [c[:2] for c in planned_here[1]] == [c[:2] for c in by_sweep[1]]
    # Every live client has one pending step; the churned one none.
    assert [(cid, stage.value) for cid, stage, *_ in planned_here[0]] == [
        (1, "A"),
        (2, "B"),
        (3, "A"),
        (5, "A"),
        (6, "D"),
        (7, "B"),
    ]
    assert [c.next_follow_up_on is None for c in planned_here[1]] == [0, 0, 0, 1, 0, 0, 0]


def test_a_later_row_changing_tier_or_status_replans_the_new_client(db, tmp_path):
    """Two rows for one person (same phone); the second, overwriting, changes the
    status: the first step must be the one for the final status, as the sweep
    alone would plan it, and a client ending churned has no step at all."""
    from app.models.db import open_database
    from app.services.importing import DuplicatePolicy

    header = ["姓名", "手机", "客户级别", "开发状态"]
    rows = [
        ["张伟", "13800001111", "战略级", "未开发"],
        ["李娜", "13800002222", "紧密型", "未开发"],
        ["张伟", "13800001111", "战略级", "已合作"],
        ["李娜", "13800002222", "紧密型", "已流失"],
    ]
    path = write_xlsx(tmp_path / "dup.xlsx", [header, *rows])
    plan = ImportPlan(
        "客户", 1, {0: "name", 1: "phones", 2: "tier", 3: "dev_status"},
        policy=DuplicatePolicy.OVERWRITE,
    )  # fmt: skip
    run_import(db, open_source(path), plan, today=TODAY)
    steps, clients = _plan_and_steps(db)

    # The final values written from scratch, the sweep alone planning.
    final = write_xlsx(tmp_path / "final.xlsx", [header, rows[2], rows[3]])
    other = open_database(tmp_path / "other.sqlite3")
    try:
        sweep_only = ImportPlan("客户", 1, plan.mapping)
        run_import(other, open_source(final), sweep_only, today=TODAY)
        expected_steps, expected_clients = _plan_and_steps(other)
    finally:
        other.dispose()
    assert steps == expected_steps
    assert [c.next_follow_up_on for c in clients] == [c.next_follow_up_on for c in expected_clients]
    assert all(s.customer_id != 2 for s in steps)  # churned: no step, not a cancelled one
