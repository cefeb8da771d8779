"""The one error a bad policy or guidance file raises: it names the file and the line, always as `PATH:LINE: message`.

Line 0 is the file as a whole, where no line was read (not found, unreadable), as linters write a file-level error
(flake8's E902): one format, so an editor or a script that reads `PATH:LINE:` reads every error the same way.
"""

from __future__ import annotations

from pathlib import Path

WHOLE_FILE = 0  # the line of an error about the file as a whole: no line of it was read


class PolicyError(Exception):
    """A policy or guidance file that cannot be used, with where the problem is."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


def read_text(path: Path) -> str:
    """A policy, guidance or questions file's text; a missing, unreadable or non-UTF-8 file is a PolicyError that
    says which, and for bad bytes on which line."""
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark (Windows Notepad) is not text
    except FileNotFoundError as exc:
        raise PolicyError(path, WHOLE_FILE, "file not found") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(path, path.read_bytes()[: exc.start].count(b"\n") + 1, "file is not UTF-8 text") from exc
    except OSError as exc:
        raise PolicyError(path, WHOLE_FILE, f"cannot read file: {exc.strerror or exc}") from exc
