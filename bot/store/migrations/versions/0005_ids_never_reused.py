"""concerns and question_log AUTOINCREMENT on SQLite: a C- reference or a question's id is never given out twice

Revision ID: 0005
Revises: 0004

Without AUTOINCREMENT SQLite gives a new row the largest id + 1, so deleting the newest concern by hand handed its
C- number to the next one (old Slack and Teams buttons, notes and emails naming it then reached a different
concern), and deleting the newest questions handed their ids, which answer buttons and the Headteacher's copy of a
question carry, to new ones. PostgreSQL's sequences never go back: nothing to do there.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each table, and the ids other rows show it gave out: a concern or question deleted by hand before this upgrade
# whose trail was left behind still has its number kept from reuse.
GIVEN_OUT = {
    "concerns": "SELECT max(concern_id) FROM concern_events UNION ALL SELECT max(concern_id) FROM outbox",
    "question_log": "SELECT max(CAST(substr(key, 10) AS INTEGER)) FROM outbox WHERE key LIKE 'question:%'",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, given_out in GIVEN_OUT.items():
        _recreate(table, autoincrement=True)
        _start_after(table, given_out)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in GIVEN_OUT:
        _recreate(table, autoincrement=False)
        op.execute(text("DELETE FROM sqlite_sequence WHERE name = :table").bindparams(table=table))


def _recreate(table: str, autoincrement: bool) -> None:
    """SQLite cannot add AUTOINCREMENT to a table: it is copied, every row and id as it was, into a new one."""
    with op.batch_alter_table(table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass


def _start_after(table: str, given_out: str) -> None:
    """The next id is above every one this table is known to have given out."""
    op.execute(text("DELETE FROM sqlite_sequence WHERE name = :table").bindparams(table=table))
    op.execute(text(f"INSERT INTO sqlite_sequence (name, seq) SELECT :table, n FROM (SELECT max(n) AS n FROM "
                    f"(SELECT max(id) AS n FROM {table} UNION ALL {given_out})) WHERE n IS NOT NULL")
               .bindparams(table=table))
