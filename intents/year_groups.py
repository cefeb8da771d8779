"""A year group as staff type it: "y6", "yr 6", "yrs 5", "year 10", "y6s". One pattern for every reading that names
one, so that they stay alike (review revAG found it written out seven ways). Works on `plain` text.
"""

from __future__ import annotations

YEAR_WORD = r"(?:y|yr|yrs|year|years)"  # the word before the number
YEAR = rf"{YEAR_WORD} ?\d{{1,2}}"  # one year group: "y6", "year 10"
YEARS = rf"{YEAR}s?"  # ... or its pupils: "y6s", "year 10s"
