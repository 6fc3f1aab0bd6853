"""index for a client's pending follow-ups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 09:36:09.657053
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_client_pending", ["customer_id", "status", "due_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_up_client_pending")
