"""question_log.cut: whether a logged question is only its first 2,000 characters, apart from its words

Revision ID: 0009
Revises: 0008

Helper notices5 marked a question the log cut by storing "… [cut at 2,000 characters]" after its words, so the
stored text was no longer only what staff typed, and a question exactly 2,000 characters long, kept whole, could not
be told from one an earlier release cut silently. Now the words are stored alone and the cut in this column
(bot/question_kept.py). Rows from before keep their text and have none (NULL): read as they were written. Downgraded,
a question marked cut gets the mark back in its text, so the release before shows it cut as it did.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CUT = "\u2026 [cut at 2,000 characters]"  # bot/question_kept.CUT as notices5 stored it: a migration keeps its own


def upgrade() -> None:
    with op.batch_alter_table("question_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cut", sa.Boolean(), nullable=True))


def downgrade() -> None:
    log = sa.table("question_log", sa.column("question", sa.Text()), sa.column("cut", sa.Boolean()))
    op.execute(log.update().where(log.c.cut.is_(True)).values(question=log.c.question + CUT))
    with op.batch_alter_table("question_log", schema=None) as batch_op:
        batch_op.drop_column("cut")
