"""The one error a bad policy or guidance file raises: it names the file and the line."""

from __future__ import annotations

from pathlib import Path


class PolicyError(Exception):
    """A policy or guidance file that cannot be used, with where the problem is."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
