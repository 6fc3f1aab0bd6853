"""saved views and import batches

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:23:49.039813
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sheet", sa.String(length=120), nullable=True),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "saved_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("query", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_view_name")),
    )
    # A plain ADD COLUMN, not a batch table rebuild: fast on 100k clients, and
    # SQLite accepts REFERENCES on an added column whose default is NULL
    # (Alembic's add_column would try a separate ALTER ... ADD CONSTRAINT).
    op.execute(
        "ALTER TABLE customer ADD COLUMN import_batch_id INTEGER "
        "REFERENCES import_batch (id) ON DELETE SET NULL"
    )
    op.create_index("ix_customer_import_batch_id", "customer", ["import_batch_id"])


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customer_import_batch_id_import_batch"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_customer_import_batch_id"))
        batch_op.drop_column("import_batch_id")

    op.drop_table("saved_view")
    op.drop_table("import_batch")
