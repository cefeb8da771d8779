"""The one CSV writer both exports use: a spreadsheet opens staff's words as typed and runs none of them."""

from __future__ import annotations

import csv
import io

from adapters.cli.spreadsheet import csv_bytes, csv_text


def test_cells_that_start_like_a_formula_get_a_quote_and_the_bytes_start_with_a_byte_order_mark() -> None:
    data = csv_bytes(csv_text([("who", "said"), ("Zoë", "=HYPERLINK(\"x\")"), ("@bob", "- told the “class” teacher"),
                               (None, 3)]))
    assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows then reads UTF-8 as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["who", "said"], ["Zoë", "'=HYPERLINK(\"x\")"], ["'@bob", "'- told the “class” teacher"], ["", "3"]]
