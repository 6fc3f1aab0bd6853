"""Tables of the search index. Both are derived from the dossiers and rebuilt
from them at will (``app.services.search_index``), so they carry no timestamps.

- ``customer_fts``: an FTS5 trigram table, one row per client (rowid = client
  id), for queries of three characters or more: any substring of names,
  pinyin, company, phone digits, email and notes.
- ``search_key``: short keys (names, their suffixes, pinyin initials …) in a
  B-tree, for one- and two-character queries, which trigrams cannot answer.
"""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table

from app.models.base import Base

FTS_TABLE = "customer_fts"
FTS_DDL = f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, tokenize='trigram')"

search_key = Table(
    "search_key",
    Base.metadata,
    Column(
        "customer_id",
        Integer,
        ForeignKey("customer.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("key", String(120), nullable=False),
    Index("ix_search_key_key", "key", "customer_id"),  # covering: no table lookups
)
