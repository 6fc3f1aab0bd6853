"""Hypothesis writes messy sheets; the importer never crashes and never half-imports.

Each example is a real .xlsx or .csv file with random types, blanks, unicode,
huge values and formula-looking text, under a header of real and made-up
column names. Whatever happens, either the import is refused with an
``ImportProblem`` and the database is untouched, or every data row is
accounted for (created, updated, skipped or rejected) and undoing the import
gives the database back.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.models.db import open_database
from app.services.customers import count_customers, create_customer
from app.services.importing import (
    DuplicatePolicy,
    ImportPlan,
    ImportProblem,
    guess_mapping,
    open_source,
    read_preview,
    run_import,
    undo_import,
)
from app.services.importing.targets import COMPOUND_TARGETS, FIELD_TARGETS

from .helpers import fingerprint, write_csv, write_xlsx

HEADERS = ["姓名", "手机", "邮箱", "公司", "生日", "地址", "标签", "备注", "客户级别", "年销售额"]
TARGETS = sorted({*COMPOUND_TARGETS, *FIELD_TARGETS})
TRICKY = """张伟 欧阳娜娜 　李　娜　 1.3812345678E10 农历八月十五 =1+2 '=SUM(A1) 1985/3/2 03/02/1985
    战略级 120万 a@b.cn;c@d.cn +86-138-1234-5678 广东省深圳市南山区科技园路1号""".split()

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40).map(
    lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)
)  # XML cannot hold these: openpyxl refuses
cells = st.one_of(
    st.none(),
    st.just(""),
    text,
    st.sampled_from(TRICKY),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=1_000, max_value=60_000).map(lambda n: "长" * n),  # huge cells
)
headers = st.lists(st.one_of(st.sampled_from(HEADERS), text), min_size=1, max_size=8)


names = st.one_of(st.sampled_from(["张伟", "欧阳娜娜", "Wei Zhang", "李", "司马光"]), cells)


@st.composite
def sheets(draw):
    header = draw(headers)
    if draw(st.integers(0, 4)):  # most lists have a name column first
        header[0] = "姓名"
    row = st.tuples(names, st.lists(cells, max_size=len(header) + 1)).map(lambda t: [t[0], *t[1]])
    rows = draw(st.lists(row, max_size=25))
    extra = draw(st.dictionaries(st.integers(0, len(header) + 1), st.sampled_from(TARGETS)))
    as_csv = draw(st.booleans())
    policy = draw(st.sampled_from(list(DuplicatePolicy)))
    name_first = draw(st.integers(0, 4)) > 0  # the user points at the name column
    return header, rows, extra, as_csv, policy, name_first


def _csv_cell(value):
    return "" if value is None else str(value)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(example=sheets())
def test_messy_sheets_import_whole_or_not_at_all(tmp_path_factory, example):
    header, rows, extra, as_csv, policy, name_first = example
    folder = tmp_path_factory.mktemp("messy")
    db = open_database(folder / "db.sqlite3")
    create_customer(db, {"name": "张伟", "phones": ["13812345678"], "company": "华为"})
    before, clients = fingerprint(db), count_customers(db)
    try:
        if as_csv:
            path = write_csv(folder / "m.csv", [header, *[[_csv_cell(c) for c in r] for r in rows]])
        else:
            path = write_xlsx(folder / "m.xlsx", [header, *rows])
        try:
            source = open_source(path)
            sheet = source.sheets[0].name
            preview = read_preview(source, sheet)
            mapping = {**guess_mapping(preview.headers()), **extra}
            if name_first and "name" not in mapping.values():
                mapping[0] = "name"
            plan = ImportPlan(sheet, preview.header_row, mapping, policy=policy)
            result = run_import(db, source, plan)
        except ImportProblem as problem:
            event(f"refused: {problem.code}")
            assert fingerprint(db) == before  # refused: nothing written
            return
        event("imported" if result.created + result.updated else "imported nothing")
        handled = result.created + result.updated + result.skipped + result.rejected
        data_rows = sum(1 for n, v in source.rows(sheet) if n > plan.header_row and v)
        assert handled <= data_rows
        assert count_customers(db) == clients + result.created
        assert all(
            p.action in ("dropped", "altered", "rejected", "skipped") for p in result.problems
        )
        undo_import(db, result.batch_id)
        after = fingerprint(db)
        changed = {t for t in before if before[t] != after[t]}
        assert changed <= {"import_batch", "tag"}  # the undone batch's record, new tag names
    finally:
        db.dispose()
