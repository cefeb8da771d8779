"""conversations.last_quoted: whether the last answer quoted last_clause, so "really?" confirms only what was said

Revision ID: 0007
Revises: 0006

last_clause stays the subject a follow-up leans on after a "not covered" answer ("and for trips?" after "what about
the weather?" is still about the sports day photos before it); "really?" or "are you sure?" doubts the last answer
itself, which quoted that clause only when this is true. Conversations from before have none: nothing is confirmed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_quoted", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("last_quoted")
