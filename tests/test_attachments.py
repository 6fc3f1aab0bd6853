"""Attachments live inside the database: bytes, SHA-256 and MIME type."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from app.models import Attachment
from app.services.attachments import (
    add_attachment,
    get_attachment_content,
    guess_mime,
    latest_attachment,
    list_attachments,
    remove_attachment,
    remove_attachments,
)
from app.services.customers import create_customer, purge_customers, trash_customers
from app.services.errors import NotFoundError, ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_a_file_round_trips_through_the_database(db, tmp_path) -> None:
    cid = create_customer(db, {"name": "王建国"})
    card = tmp_path / "名片.png"
    card.write_bytes(PNG)
    info = add_attachment(db, cid, card, "card")
    card.unlink()  # the original may go away: the database keeps the bytes

    assert (info.kind, info.filename, info.mime_type) == ("card", "名片.png", "image/png")
    assert (info.size, info.sha256) == (len(PNG), hashlib.sha256(PNG).hexdigest())
    assert get_attachment_content(db, info.id) == PNG
    assert list_attachments(db, cid) == [info]


def test_replace_keeps_one_card_and_leaves_other_kinds(db) -> None:
    cid = create_customer(db, {"name": "王建国"})
    old = add_attachment(db, cid, PNG, "card", filename="a.png")
    contract = add_attachment(db, cid, b"%PDF-1.7 ...", "document", filename="合同")
    new = add_attachment(db, cid, b"\xff\xd8\xff\xe0jpeg", "card", replace=True)

    assert [a.id for a in list_attachments(db, cid, "card")] == [new.id]
    assert latest_attachment(db, cid, "card") == new
    assert new.mime_type == "image/jpeg" and contract.mime_type == "application/pdf"
    with pytest.raises(NotFoundError):
        get_attachment_content(db, old.id)
    assert remove_attachments(db, cid, "card") == 1
    assert latest_attachment(db, cid, "card") is None
    assert list_attachments(db, cid) == [contract]


def test_refusals_write_nothing(db, tmp_path) -> None:
    cid = create_customer(db, {"name": "王建国"})
    with pytest.raises(ValidationError) as bad_kind:
        add_attachment(db, cid, PNG, "video")
    assert bad_kind.value.errors[0].code == "invalid_choice"
    with pytest.raises(ValidationError) as empty:
        add_attachment(db, cid, b"", "card")
    assert empty.value.errors[0].code == "required"
    with pytest.raises(ValidationError):
        add_attachment(db, cid, tmp_path / "missing.png", "card")
    with pytest.raises(NotFoundError):
        add_attachment(db, cid + 1, PNG, "card")
    assert list_attachments(db, cid) == []


def test_remove_and_purge(db) -> None:
    cid = create_customer(db, {"name": "王建国"})
    kept = add_attachment(db, cid, PNG, "photo")
    gone = add_attachment(db, cid, PNG, "card")
    remove_attachment(db, gone.id)
    with pytest.raises(NotFoundError):
        remove_attachment(db, gone.id)
    assert list_attachments(db, cid) == [kept]
    trash_customers(db, [cid])
    purge_customers(db, [cid])  # purge takes the client's files with it
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_mime_from_name_when_the_bytes_say_nothing() -> None:
    assert guess_mime(b"hello", "notes.txt") == "text/plain"
    assert guess_mime(b"RIFF\0\0\0\0WEBPVP8 ", "") == "image/webp"
    assert guess_mime(b"\0\1", "") == "application/octet-stream"
