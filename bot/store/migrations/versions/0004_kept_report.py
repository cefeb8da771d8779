"""conversations.kept_report / kept_until: a report cancelled with answers in it, kept for Undo until then

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kept_report", sa.JSON(none_as_null=True), nullable=True))
        batch_op.add_column(sa.Column("kept_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_conversations_kept_until"), ["kept_until"], unique=False)
    # A development build kept cancelled reports as a flow of their own, with no time to delete them by
    op.execute("UPDATE conversations SET flow = NULL, step = NULL, draft = '{}' "
               "WHERE flow = 'concern_report.cancelled'")


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_kept_until"))
        batch_op.drop_column("kept_until")
        batch_op.drop_column("kept_report")
