"""A large import defers its secondary indexes; the schema always comes back whole.

``MIN_ROWS`` is lowered so that small files take the large-import path.
"""

from __future__ import annotations

import pytest

from app.services.importing import ImportCancelled, ImportPlan, open_source, run_import
from app.services.importing import deferred_indexes as deferred
from app.services.importing import writer as writer_module
from app.services.search import search_customers

from .helpers import fail_on_second_flush, fingerprint, schema, write_xlsx

HEADER = ["姓名", "手机", "邮箱", "公司", "城市"]
MAPPING = {0: "name", 1: "phone", 2: "email", 3: "company", 4: "city"}
NAMES = ["曾小贤", "欧阳娜娜", "张伟", "Wei Zhang"]


@pytest.fixture(autouse=True)
def small_is_large(monkeypatch):
    monkeypatch.setattr(deferred, "MIN_ROWS", 10)


def _source(tmp_path, n):
    rows = [
        [f"{NAMES[i % 4]}{i}", f"139{i:08d}", f"c{i}@x.cn", f"华为{i % 7}", "深圳"]
        for i in range(n)
    ]
    return open_source(write_xlsx(tmp_path / "in.xlsx", [HEADER, *rows]))


def _plan():
    return ImportPlan("客户", 1, MAPPING)


def _used(db, monkeypatch) -> list[bool]:
    """Records, per import, whether the indexes were deferred."""
    seen: list[bool] = []
    real = deferred.worth_deferring

    def spy(conn, rows):
        seen.append(real(conn, rows))
        return seen[-1]

    monkeypatch.setattr("app.services.importing.transaction.worth_deferring", spy)
    return seen


def test_a_large_import_into_a_small_list_defers_and_restores_every_index(
    db, tmp_path, monkeypatch
):
    used = _used(db, monkeypatch)
    before = schema(db)
    result = run_import(db, _source(tmp_path, 2500), _plan())
    assert result.created == 2500 and used == [True]
    assert schema(db) == before  # every index back, from its own SQL; FTS settings too
    # Found at once: initials, pinyin, a name suffix, a phone fragment.
    hits = {h.display_name for h in search_customers(db, "zxx", limit=5000)}
    assert len(hits) == 625 and "曾小贤0" in hits and "曾小贤2496" in hits
    assert "欧阳娜娜2497" in {h.display_name for h in search_customers(db, "ouyang", limit=5000)}
    assert "张伟2" in {h.display_name for h in search_customers(db, "伟2", limit=5000)}
    assert [h.display_name for h in search_customers(db, "00002499")] == ["Wei Zhang2499"]


def test_a_small_import_into_a_large_list_keeps_the_indexes(db, tmp_path, monkeypatch):
    run_import(db, _source(tmp_path, 40), _plan())
    used = _used(db, monkeypatch)
    run_import(
        db,
        open_source(write_xlsx(tmp_path / "b.xlsx", [HEADER, ["新人", "", "", "", ""]] * 12)),
        _plan(),
    )
    assert used == [False]


def test_the_index_after_a_deferred_import_is_what_a_rebuild_makes(db, tmp_path):
    from app.services.search_index import rebuild_all

    run_import(db, _source(tmp_path, 300), _plan())
    written = fingerprint(db)
    with db.engine.begin() as conn:
        rebuild_all(conn)
    rebuilt = fingerprint(db)
    assert written["customer_fts"] == rebuilt["customer_fts"]


def test_cancel_while_deferred_leaves_schema_and_data_as_they_were(db, tmp_path, monkeypatch):
    used = _used(db, monkeypatch)
    before, tables = schema(db), fingerprint(db)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        run_import(db, _source(tmp_path, 2500), _plan(), progress=progress)
    assert used == [True]
    assert schema(db) == before
    assert fingerprint(db) == tables


def test_a_failure_while_deferred_leaves_schema_and_data_as_they_were(db, tmp_path, monkeypatch):
    used = _used(db, monkeypatch)
    before, tables = schema(db), fingerprint(db)
    fail_on_second_flush(monkeypatch)
    with pytest.raises(OSError):
        run_import(db, _source(tmp_path, 2500), _plan())
    assert used == [True]
    assert schema(db) == before
    assert fingerprint(db) == tables


def test_an_import_leaves_no_caches_behind_and_the_collector_as_it_was(db, tmp_path):
    import gc

    from app.services import search_entries
    from app.services.importing import list_cells

    parts = (search_entries._name_part, search_entries._company_part, writer_module._name_columns)
    run_import(db, _source(tmp_path, 50), _plan())
    assert gc.isenabled()
    assert all(p.cache_info().currsize == 0 for p in parts)
    assert list_cells._parse_address.cache_info().currsize == 0
    gc.disable()
    try:
        run_import(db, _source(tmp_path, 5), _plan())
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
