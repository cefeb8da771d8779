"""CSV that a spreadsheet opens as it was typed, for `reports export` and `questions --format csv` alike.

Two things make staff's words open safely: no cell may start like a formula, and the file starts with a UTF-8
byte-order mark.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets: "=HYPERLINK(...)" typed in a
# report would run when the DSL opens the export, and "- told class teacher" would show #NAME?. OWASP's advice: put a
# single quote first, so the cell is shown as the text it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a value starting like a formula gets a single quote in front."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """Rows (the header first) as CSV, no cell starting like a formula."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([spreadsheet_text(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def csv_bytes(text: str) -> bytes:
    """CSV text as the bytes to write, to a file or stdout alike: UTF-8 after a byte-order mark, without which Excel on
    Windows reads the file as Windows-1252 and shows “ as â€œ and Zoë as ZoÃ«."""
    return text.encode("utf-8-sig")
