"""What a command says when the configured database cannot be opened: the place and the reason, not a traceback."""

from __future__ import annotations

import sys

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

# A database that cannot be reached, opened or read: a path that is a directory or unreadable, a server refusing.
UNREACHABLE = (DBAPIError, OSError)
_SECRET_KEYS = ("pass", "secret", "token", "key")


def unreachable(url: str, error: BaseException) -> str:
    """One line for the person running the command. The URL's password is never shown."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()
    parsed = make_url(url)  # readable: `refuse_unusable` let it through
    # A password can also ride in the query ("?password=…", which asyncpg accepts): hidden too.
    query = {k: "hidden" if any(s in k.lower() for s in _SECRET_KEYS) else v for k, v in parsed.query.items()}
    where = parsed.set(query=query).render_as_string(hide_password=True)
    return (f"policybot: the database at {where} could not be opened ({reason[0] if reason else type(error).__name__})."
            " Check POLICYBOT_DATABASE_URL and that the file or server is reachable.")


def url_problem(url: str) -> str | None:
    """Why POLICYBOT_DATABASE_URL cannot be used at all (unreadable, an unknown database, a driver not installed, or
    not an asyncio one), in a sentence that never repeats the URL (it may hold a password); None when it can."""
    try:
        parsed = make_url(url)
        dialect = parsed.get_dialect()
    except (NoSuchModuleError, ImportError) as exc:
        return f"POLICYBOT_DATABASE_URL names a database or driver that is not installed ({exc})."
    except (ArgumentError, ValueError) as exc:  # e.g. a port that is not a number
        return f"POLICYBOT_DATABASE_URL is not a database URL SQLAlchemy can read ({type(exc).__name__})."
    if not getattr(dialect, "is_async", False):
        return (f"POLICYBOT_DATABASE_URL must name an asyncio driver, such as sqlite+aiosqlite:///./policybot.db or "
                f"postgresql+asyncpg://user:password@host/db, not {parsed.drivername!r}.")
    return None


def refuse_unusable(url: str) -> bool:
    """Say why the URL cannot be used (stderr) and return True; False when it can be."""
    problem = url_problem(url)
    if problem is not None:
        print(f"policybot: {problem}", file=sys.stderr)
    return problem is not None
