"""Marking a client churned through the dialog, on a demo database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QRadioButton
from sqlalchemy import func, select

from app.models import ChurnRecord, Customer, FollowUp, Order
from app.models.enums import ChurnReason, DevStatus, FollowUpStatus, OrderStatus
from app.services.churn import lifetime_value
from app.ui.churn_dialog import ChurnDialog, money

from .conftest import TODAY

pytestmark = pytest.mark.demo_clients(80)


def client_with_returns(database) -> int:
    """A live client with a returned order and a pending follow-up: every part counts."""
    with database.session() as session:
        returned = select(Order.customer_id).where(Order.status == OrderStatus.RETURNED)
        pending = select(FollowUp.customer_id).where(FollowUp.status == FollowUpStatus.PENDING)
        return session.scalars(
            select(Customer.id)
            .where(
                Customer.deleted_at.is_(None),
                Customer.dev_status != DevStatus.CHURNED,
                Customer.id.in_(returned),
                Customer.id.in_(pending),
            )
            .order_by(Customer.id)
        ).first()


def kept_orders(database, client: int) -> Decimal:
    """The lifetime value counted here, independently of the service."""
    with database.session() as session:
        total = session.scalar(
            select(func.sum(Order.amount)).where(
                Order.customer_id == client, Order.status != OrderStatus.RETURNED
            )
        )
    return Decimal(str(total or 0)).quantize(Decimal("0.01"))


def open_dialog(qtbot, database, client: int) -> ChurnDialog:
    dialog = ChurnDialog(database, client, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_records_the_reason_and_shows_the_value_lost(qtbot, database, english):
    client = client_with_returns(database)
    assert client is not None
    dialog = open_dialog(qtbot, database, client)
    value = lifetime_value(database, client)
    assert value == kept_orders(database, client) and value > 0
    assert dialog.value_label.text() == money(value)
    assert not dialog.ok.isEnabled()  # no reason chosen yet
    dialog.findChild(QRadioButton, "reason_service").click()
    assert dialog.ok.isEnabled()
    dialog.actions.setPlainText("上门拜访；赠送礼品")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.session() as session:
        [record] = session.scalars(select(ChurnRecord).where(ChurnRecord.customer_id == client))
        customer = session.get(Customer, client)
        pending = session.scalar(
            select(func.count()).where(
                FollowUp.customer_id == client, FollowUp.status == FollowUpStatus.PENDING
            )
        )
    assert record.reason == ChurnReason.SERVICE and record.churned_on == TODAY
    assert record.retention_actions == "上门拜访；赠送礼品"
    assert record.lifetime_value == value == dialog.result_.lifetime_value
    assert customer.dev_status == DevStatus.CHURNED and pending == 0


def test_cancel_writes_nothing(qtbot, database, english) -> None:
    client = client_with_returns(database)
    dialog = open_dialog(qtbot, database, client)
    dialog.findChild(QRadioButton, "reason_price").click()
    dialog.reject()
    with database.session() as session:
        assert session.get(Customer, client).dev_status != DevStatus.CHURNED
        assert not session.scalars(
            select(ChurnRecord.id).where(ChurnRecord.customer_id == client)
        ).all()


def test_a_refusal_is_explained_and_the_dialog_stays_open(
    qtbot, database, english, monkeypatch
) -> None:
    client = client_with_returns(database)
    first, second = open_dialog(qtbot, database, client), open_dialog(qtbot, database, client)
    for dialog in (first, second):
        dialog.findChild(QRadioButton, "reason_market").click()
    first.ok.click()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    second.ok.click()  # the client churned meanwhile, in the first dialog
    assert second.result() != QDialog.DialogCode.Accepted and second.result_ is None
    assert warnings and "already churned" in warnings[0]
    with database.session() as session:
        count = session.scalar(select(func.count()).where(ChurnRecord.customer_id == client))
    assert count == 1
