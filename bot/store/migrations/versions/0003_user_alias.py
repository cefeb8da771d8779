"""users.alias: the other key an admin may be named by (a Teams Entra object id), to reach them privately

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alias", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_alias"), ["alias"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_alias"))
        batch_op.drop_column("alias")
