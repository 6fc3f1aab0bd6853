"""name_sort in the live-name index, so name-prefix searches sort without row lookups

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 10:30:00
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_live_name")
        batch_op.create_index(
            "ix_customer_live_name", ["deleted_at", "display_name", "name_sort"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_live_name")
        batch_op.create_index("ix_customer_live_name", ["deleted_at", "display_name"], unique=False)
