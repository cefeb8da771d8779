"""question_events: the trail of a question passed to the Headteacher (held up, reached them, its asker told)

Revision ID: 0008
Revises: 0007

A concern's escalation held up or arriving is written in its audit trail; a question passed on with "Ask the
Headteacher" had none, so nobody but its asker could tell it was held up. A new table, so nothing stored is touched;
questions passed on before have no trail (`questions` shows them as before).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("question_events",
                    sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("question_id", sa.Integer(), nullable=False),
                    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("action", sa.String(length=40), nullable=False),
                    sa.Column("detail", sa.Text(), nullable=False),
                    sa.ForeignKeyConstraint(["question_id"], ["question_log.id"]),
                    sa.PrimaryKeyConstraint("id"))
    with op.batch_alter_table("question_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_events_question_id"), ["question_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("question_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_events_question_id"))
    op.drop_table("question_events")
