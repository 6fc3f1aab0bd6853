"""The client table model against the database: order, filters, lazy batches (no widgets)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Customer
from app.models.db import Database, open_database
from app.models.enums import DevStatus, Tier
from app.services import client_list
from app.services.almanac import CalendarDate, next_occurrence, solar_birth_date
from app.services.client_list import ListFilter, list_ids
from app.services.customers import trash_customers
from app.services.demo import generate_demo
from app.ui.client_list.columns import CLIENT_COLUMNS
from app.ui.client_list.table_model import ClientRole, ClientTableModel

from .conftest import TODAY

BATCH = 100
CACHE = 300


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db = open_database(Path(tmp_path_factory.mktemp("model")) / "demo.sqlite3")
    generate_demo(db, 1200, seed=5, today=TODAY)
    trash_customers(db, [2, 4, 6])
    yield db
    db.dispose()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Every load_rows call the model makes, with the ids it asked for."""
    seen: list[list[int]] = []
    real = client_list.load_rows

    def counting(db: Database, ids):
        seen.append(list(ids))
        return real(db, seen[-1])

    monkeypatch.setattr(client_list, "load_rows", counting)
    return seen


def loaded(model: ClientTableModel, qtbot) -> ClientTableModel:
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.reload()
    return model


@pytest.fixture
def model(qtbot, demo: Database, english) -> ClientTableModel:
    built = ClientTableModel(demo, today=lambda: TODAY, batch_size=BATCH, cache_size=CACHE)
    return loaded(built, qtbot)


def test_holds_every_live_id_in_sql_order_before_reading_any_row(model, demo, calls):
    assert model.ids == list_ids(demo, ListFilter(), "name", today=TODAY)
    assert model.rowCount() == 1197 and model.columnCount() == len(CLIENT_COLUMNS)
    assert not {2, 4, 6} & set(model.ids)
    assert calls == [] and model.cached_count == 0


@pytest.mark.parametrize("key", ["company", "tier", "intent", "next_follow_up", "city"])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_asks_sql_for_the_order(model, demo, qtbot, key, order):
    descending = order == Qt.SortOrder.DescendingOrder
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.sort(model.column_of(key), order)
    assert model.ids == list_ids(demo, ListFilter(), key, descending, today=TODAY)
    assert (model.sort_key, model.descending) == (key, descending)
    # The cells agree with the order: compare the displayed tier ranks, say.
    if key == "tier":
        rows = [model.data(model.index(r, 0), ClientRole.ROW) for r in range(model.rowCount())]
        ranks = [list(Tier).index(row.tier) for row in rows]
        assert ranks == sorted(ranks, reverse=descending)


def test_tags_column_is_not_sortable(model):
    before = list(model.ids)
    model.sort(model.column_of("tags"), Qt.SortOrder.AscendingOrder)
    assert not model.loading and model.ids == before and model.sort_key == "name"


def test_filters_narrow_the_ids(model, demo, qtbot):
    flt = ListFilter(
        tiers=frozenset({Tier.STRATEGIC, Tier.LOYAL}),
        statuses=frozenset({DevStatus.COOPERATING}),
    )
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(flt)
    with demo.session() as s:
        expected = set(
            s.scalars(
                select(Customer.id).where(
                    Customer.deleted_at.is_(None),
                    Customer.tier.in_(["strategic", "loyal"]),
                    Customer.dev_status == "cooperating",
                )
            )
        )
    assert set(model.ids) == expected and model.rowCount() == len(expected) > 0
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(flt.with_text("王"))
    assert model.ids == list_ids(demo, flt.with_text("王"), today=TODAY)
    assert set(model.ids) < expected


def test_birthday_window_matches_the_almanac(model, demo, qtbot):
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(ListFilter(birthday_days=30))
    expected = set()
    with demo.session() as s:
        for c in s.scalars(select(Customer).where(Customer.deleted_at.is_(None))):
            if c.birth_month is None or c.dev_status == DevStatus.CHURNED:
                continue
            kind, leap = str(c.birthday_calendar), c.birth_leap_month
            cd = CalendarDate(kind, c.birth_month, c.birth_day, c.birth_year, leap)
            on = next_occurrence(cd, TODAY)
            born = solar_birth_date(cd)
            if on <= TODAY + timedelta(days=30) and (born is None or on > born):
                expected.add(c.id)
    assert set(model.ids) == expected and len(expected) > 20


def test_rows_load_lazily_one_batch_at_a_time(model, demo, calls):
    name = model.column_of("name")
    assert model.data(model.index(0, name)) != ""
    assert len(calls) == 1 and calls[0] == model.ids[:BATCH]
    model.data(model.index(BATCH - 1, model.column_of("company")))  # same batch: cached
    assert len(calls) == 1
    model.data(model.index(BATCH, name))  # across the boundary: the next batch
    assert len(calls) == 2 and calls[1] == model.ids[BATCH : 2 * BATCH]
    last = model.rowCount() - 1
    model.data(model.index(last, name))  # the end: only its own, shorter batch
    assert calls[2] == model.ids[last - last % BATCH :]
    assert model.cached_count == 2 * BATCH + len(calls[2])


def test_cache_is_bounded_and_refills(model, calls):
    name = model.column_of("name")
    for row in range(0, model.rowCount(), BATCH):
        model.data(model.index(row, name))
    assert len(calls) == -(-model.rowCount() // BATCH) and model.cached_count <= CACHE
    model.data(model.index(0, name))  # evicted long ago: read again
    assert calls[-1] == model.ids[:BATCH]


def test_cells_show_the_database_values(model, demo):
    row = 250  # in the third batch
    cid = model.id_at(row)
    with demo.session() as s:
        customer = s.get(Customer, cid)
        expected = (customer.display_name, customer.company or "", customer.primary_phone or "")
    keys = ("name", "company", "phone")
    cells = tuple(model.data(model.index(row, model.column_of(k))) for k in keys)
    assert cells == expected
    assert model.data(model.index(row, 0), ClientRole.ID) == cid
    tiers = {"Strategic", "Loyal", "Close", "Loose"}
    assert model.data(model.index(row, model.column_of("tier"))) in tiers


def test_refresh_rereads_changed_rows_only_when_asked(model, demo, qtbot, calls):
    row = 10
    cid = model.id_at(row)
    company = model.column_of("company")
    model.data(model.index(row, company))
    with demo.session() as s, s.begin():
        s.get(Customer, cid).company = "新公司有限公司"
    assert model.data(model.index(row, company)) != "新公司有限公司"  # still cached
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.refresh([cid])
    assert model.data(model.index(model.row_of(cid), company)) == "新公司有限公司"


def test_a_newer_query_wins_over_a_slower_older_one(model, demo, qtbot):
    model.set_query(ListFilter(text="li"))
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(ListFilter(text="王"))
    model.wait()
    assert model.list_filter.text == "王"
    assert model.ids == list_ids(demo, ListFilter(text="王"), today=TODAY)


# The search service's many-matches path (it belongs in tests/test_search.py, whose
# owner may move it): walking the name index must give exactly the ranked order.


@pytest.mark.parametrize("query", ["z", "王", "li", "张伟", "科技有限", "138", "163.com", "wang w"])
def test_search_walk_agrees_with_ranking_every_match(demo, monkeypatch, query):
    from app.services import search

    monkeypatch.setattr(search, "WALK_FROM", 10**9)  # always rank every match
    ranked = search.search_customers(demo, query, limit=60)
    monkeypatch.setattr(search, "WALK_FROM", 0)  # always walk
    assert search.search_customers(demo, query, limit=60) == ranked and ranked


def test_long_answers_show_their_first_rows_before_the_rest(model, demo, qtbot, monkeypatch):
    monkeypatch.setattr(client_list, "PREVIEW_FROM", 0)  # 1,200 clients count as many
    monkeypatch.setattr(client_list, "PREVIEW_ROWS", 50)
    events: list[object] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.ids_previewed.connect(lambda: events.append(("preview", list(model.ids))))
    model.rowsInserted.connect(lambda *_: events.append("rest inserted"))
    flt = ListFilter(text="z")
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_query(flt, sort="company")
    full = list_ids(demo, flt, "company", today=TODAY)
    assert events == ["reset", ("preview", full[:50]), "rest inserted"]
    assert model.ids == full and model.complete and len(full) > 50
    events.clear()
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.reload()  # the same query after a write: the old rows stay until the new ids
    assert events == [] and model.ids == full
