"""indexes for care, duplicates and the agenda

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 07:58:19.470596
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("anniversary", schema=None) as batch_op:
        batch_op.create_index("ix_anniversary_date", ["calendar", "month", "day"], unique=False)

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_birthday", ["birthday_calendar", "birth_month", "birth_day"], unique=False
        )
        batch_op.create_index("ix_customer_name_company", ["display_name", "company"], unique=False)

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_status_due", ["status", "due_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_status_due")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_name_company")
        batch_op.drop_index("ix_customer_birthday")

    with op.batch_alter_table("anniversary", schema=None) as batch_op:
        batch_op.drop_index("ix_anniversary_date")
