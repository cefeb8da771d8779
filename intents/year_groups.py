"""A year group as staff type it: "y6", "yr 6", "yrs 5", "year 10", "y6s". One pattern for every reading that names
one, so that they stay alike (review revAG found it written out seven ways). Works on `plain` text.
"""

from __future__ import annotations

YEAR_WORD = r"(?:y|yr|yrs|year|years)"  # the word before the number
YEAR = rf"{YEAR_WORD} ?\d{{1,2}}"  # one year group: "y6", "year 10"
YEARS = rf"{YEAR}s?"  # ... or its pupils: "y6s", "year 10s"
# A class a child is in by name, a year group or the early years ("y5s", "year 10", "reception", "nursery"): what a
# reader takes as a child's class where "reception" is a class, not the front desk, and a nursery the school's own
YEAR_GROUP = rf"{YEARS}|reception|nursery"
