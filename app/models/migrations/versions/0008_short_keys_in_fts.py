"""short search keys move into the FTS index; four redundant indexes go

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 13:00:00

The one- and two-character keys (``search_key``, 14 rows a client) become the
last line of each client's FTS text, each padded with U+0001 to one trigram
(see ``app/models/search.py``). An import of 100,000 clients no longer writes
1.4 million B-tree rows and two indexes over them. The text is rebuilt from
the stored keys here, in SQL: no client is read into Python.

Four indexes that the first columns of a composite index already serve go:
``ix_customer_display_name`` (ix_customer_name_company), ``ix_customer_deleted_at``
(ix_customer_live_name), ``ix_follow_up_status`` (ix_follow_up_status_due) and
``ix_follow_up_customer_id`` (ix_follow_up_client_pending). Every new client
paid for each of them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration is frozen once released.
_FTS_DDL = "CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize='trigram')"
_REDUNDANT = (
    ("customer", "ix_customer_display_name", ["display_name"]),
    ("customer", "ix_customer_deleted_at", ["deleted_at"]),
    ("follow_up", "ix_follow_up_status", ["status"]),
    ("follow_up", "ix_follow_up_customer_id", ["customer_id"]),
)


def _refill_fts(select_new_text: str) -> None:
    """Replace every row of the FTS table by ``select_new_text`` (id, body):
    filled again in one pass, which is far cheaper than updating 100,000 rows
    of an FTS5 table one by one."""
    op.execute(f"CREATE TEMP TABLE fts_rebuilt AS {select_new_text}")
    op.execute("DROP TABLE customer_fts")
    op.execute(_FTS_DDL)
    op.execute("INSERT INTO customer_fts(rowid, body) SELECT id, body FROM fts_rebuilt")
    op.execute("DROP TABLE fts_rebuilt")


def upgrade() -> None:
    # Keys longer than two characters (none are written) could not be looked up.
    keys = (
        "SELECT customer_id AS id,"
        " group_concat(substr(char(1, 1), 1, 3 - length(key)) || key, '') AS line"
        " FROM search_key WHERE length(key) BETWEEN 1 AND 2 GROUP BY customer_id"
    )
    # Every FTS row, its key line appended (none if it has no keys), and the keys
    # of a client that had no FTS row (a database left inconsistent) as a row.
    _refill_fts(
        f"WITH keys AS ({keys})"
        " SELECT f.rowid AS id, CASE WHEN k.line IS NULL THEN replace(f.body, char(1), ' ')"
        " ELSE replace(f.body, char(1), ' ') || char(10) || k.line END AS body"
        " FROM customer_fts AS f LEFT JOIN keys AS k ON k.id = f.rowid"
        " UNION ALL SELECT k.id, char(10) || k.line FROM keys AS k"
        " WHERE k.id NOT IN (SELECT rowid FROM customer_fts)"
    )
    op.drop_index("ix_search_key_key", table_name="search_key")
    op.drop_index("ix_search_key_customer_id", table_name="search_key")
    op.drop_table("search_key")
    for table, name, _ in _REDUNDANT:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, name, columns in _REDUNDANT:
        op.create_index(name, table, columns, unique=False)
    op.create_table(
        "search_key",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_search_key_customer_id_customer"),
            ondelete="CASCADE",
        ),
    )
    # The key line starts at the newline followed by U+0001 (no other text holds
    # U+0001); each key is three characters wide, padding first.
    op.execute(
        "WITH RECURSIVE line(id, rest) AS ("
        "  SELECT rowid, substr(body, instr(body, char(10, 1)) + 1) FROM customer_fts"
        "  WHERE instr(body, char(10, 1)) > 0"
        "), split(id, key, rest) AS ("
        "  SELECT id, NULL, rest FROM line"
        "  UNION ALL SELECT id, ltrim(substr(rest, 1, 3), char(1)), substr(rest, 4)"
        "  FROM split WHERE rest <> ''"
        ") INSERT INTO search_key (customer_id, key)"
        " SELECT id, key FROM split WHERE key IS NOT NULL AND key <> ''"
        " AND id IN (SELECT id FROM customer)"
    )
    op.create_index("ix_search_key_customer_id", "search_key", ["customer_id"], unique=False)
    op.create_index("ix_search_key_key", "search_key", ["key", "customer_id"], unique=False)
    _refill_fts(
        "SELECT rowid AS id, CASE WHEN instr(body, char(10, 1)) > 0"
        " THEN substr(body, 1, instr(body, char(10, 1)) - 1) ELSE body END AS body"
        " FROM customer_fts"
    )
