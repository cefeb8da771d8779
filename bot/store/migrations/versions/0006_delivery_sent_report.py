"""deliveries.reference: the concern a delivery sent as a report, so a re-sent one is answered with its reference

Revision ID: 0006
Revises: 0005

A platform's re-send (Slack's retry, Teams' re-sent activity, the web page sending a message whose answer was lost)
changes nothing; when what it re-sends had sent a report, its answer (the reference, and for an URGENT one the
advice to act now) may be the very thing that was lost, so it is said again. Deliveries from before have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("reference")
