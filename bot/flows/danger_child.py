"""The child as the one a danger answer is about ("he", "the girl", "her son", "one of our pupils"): one pattern for
every reading of "Is a child in immediate danger?" that looks for the child first, where four modules kept a copy
each."""

from __future__ import annotations

CHILD = (r"(?:he|she|they|the (?:child|kid|boy|girl|pupil)|(?:his|her|their) (?:son|daughter|brother|sister)|"
         r"(?:a|one of (?:the|our)) (?:child|kid|boy|girl|pupil)s?)")
