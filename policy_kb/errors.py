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


def read_text(path: Path) -> str:
    """A policy, guidance or questions file's text; a missing, unreadable or non-UTF-8 file is a PolicyError that
    says which, and for bad bytes on which line."""
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark (Windows Notepad) is not text
    except FileNotFoundError as exc:
        raise PolicyError(path, None, "file not found") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(path, path.read_bytes()[: exc.start].count(b"\n") + 1, "file is not UTF-8 text") from exc
    except OSError as exc:
        raise PolicyError(path, None, f"cannot read file: {exc.strerror or exc}") from exc
