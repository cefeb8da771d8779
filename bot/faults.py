"""Describing a failure for the logs without its message: messages can carry a report's words or a person's name.

SQLAlchemy errors quote the statement's parameters, and platform errors can echo what was sent, so policybot's
logs keep only the exception's type and where in our code it happened; the database holds the rest.
"""

from __future__ import annotations

import traceback


def where(exc: BaseException, frames: int = 4) -> str:
    """The exception's type and its innermost code locations (file:line in function), never its text."""
    stack = traceback.extract_tb(exc.__traceback__)[-frames:]
    places = "; ".join(f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} in {frame.name}" for frame in stack)
    return f"{type(exc).__name__} at {places or 'an unknown place'}"
