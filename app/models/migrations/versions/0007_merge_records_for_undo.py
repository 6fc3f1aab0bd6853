"""merge records, so a merge of two clients can be undone

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 10:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keep_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("keep_updated_at", sa.DateTime(), nullable=False),
        sa.Column("other_updated_at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["keep_id"],
            ["customer.id"],
            name=op.f("fk_merge_record_keep_id_customer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["customer.id"],
            name=op.f("fk_merge_record_other_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_record_keep_id"), ["keep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_other_id"), ["other_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_record_other_id"))
        batch_op.drop_index(batch_op.f("ix_merge_record_keep_id"))

    op.drop_table("merge_record")
