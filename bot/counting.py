"""A count with its noun, singular for one: "1 clause", "36 clauses", "1 concern"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`count` and `noun`, the noun's plural (its `s` form unless given) for any number but one."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
