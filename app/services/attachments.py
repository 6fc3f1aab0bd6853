"""Files kept inside the database: business cards, photos, contract scans.

The bytes go into the ``attachment`` row with their SHA-256 and MIME type, so
a dossier stays complete when the original file is moved, deleted or the
database is copied to another laptop for a successor.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from app.models import Attachment, Customer
from app.models.db import Database
from app.services.errors import NotFoundError, ValidationError

KINDS = ("card", "photo", "document")
MAX_SIZE = 50 * 1024 * 1024  # a scan, not a video; keeps the database file sane

# Leading bytes of the formats people actually attach; a file name can lie or be absent.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True)
class AttachmentInfo:
    """What a list shows; the bytes are fetched on demand with ``get_attachment_content``."""

    id: int
    customer_id: int
    kind: str
    filename: str
    mime_type: str
    size: int
    sha256: str
    created_at: datetime


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        row.customer_id,
        row.kind,
        row.filename,
        row.mime_type,
        row.size,
        row.sha256,
        row.created_at,
    )


def guess_mime(content: bytes, filename: str = "") -> str:
    """The MIME type from the content's signature, else from the file name."""
    for magic, mime in _MAGIC:
        if content.startswith(magic):
            return mime
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def add_attachment(
    db: Database,
    customer_id: int,
    source: Path | str | bytes,
    kind: str = "document",
    *,
    filename: str | None = None,
    replace: bool = False,
) -> AttachmentInfo:
    """Store a file (a path) or bytes for a client.

    ``replace=True`` removes the client's earlier attachments of the same kind
    in the same transaction — a dossier has one business card, not a pile.
    """
    if kind not in KINDS:
        raise ValidationError.single("kind", "invalid_choice", f"{kind!r} is not one of {KINDS}")
    if isinstance(source, bytes):
        content, name = source, filename or kind
    else:
        path = Path(source)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise ValidationError.single("file", "unreadable", str(exc), str(path)) from None
        name = filename or path.name
    if not content:
        raise ValidationError.single("file", "required", "the file is empty")
    if len(content) > MAX_SIZE:
        raise ValidationError.single("file", "out_of_range", f"larger than {MAX_SIZE} bytes")
    with db.session() as session, session.begin():
        if session.get(Customer, customer_id) is None:
            raise NotFoundError("client", customer_id)
        if replace:
            session.execute(
                delete(Attachment).where(
                    Attachment.customer_id == customer_id, Attachment.kind == kind
                )
            )
        row = Attachment(
            customer_id=customer_id,
            kind=kind,
            filename=name,
            mime_type=guess_mime(content, name),
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        session.add(row)
        session.flush()
        return _info(row)


def list_attachments(
    db: Database, customer_id: int, kind: str | None = None
) -> list[AttachmentInfo]:
    """A client's attachments, oldest first, without their bytes."""
    query = select(Attachment).where(Attachment.customer_id == customer_id)
    if kind is not None:
        query = query.where(Attachment.kind == kind)
    with db.session() as session:
        return [_info(row) for row in session.scalars(query.order_by(Attachment.id))]


def latest_attachment(db: Database, customer_id: int, kind: str) -> AttachmentInfo | None:
    """The newest attachment of ``kind`` (the business card shown on a dossier)."""
    found = list_attachments(db, customer_id, kind)
    return found[-1] if found else None


def get_attachment_content(db: Database, attachment_id: int) -> bytes:
    with db.session() as session:
        content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
    if content is None:
        raise NotFoundError("attachment", attachment_id)
    return content


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.session() as session, session.begin():
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFoundError("attachment", attachment_id)
        session.delete(row)


def remove_attachments(db: Database, customer_id: int, kind: str) -> int:
    """Remove every attachment of ``kind`` of a client; returns how many went."""
    with db.session() as session, session.begin():
        result = session.execute(
            delete(Attachment).where(Attachment.customer_id == customer_id, Attachment.kind == kind)
        )
        return result.rowcount
