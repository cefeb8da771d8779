"""Questions that ask for a number, and clauses that could give one.

"How many staff can be admins on a class account?", "how often should the class page be updated?", "at what age can
children have Instagram?": each shares its subject with a clause, but asks for a figure the clause does not hold. A
policy rarely states figures; where a clause does ("five key areas", "next review Summer term 2028", "persist…
almost indefinitely"), such a question may well be its, and where it does not, the policy cannot answer it. The
matcher weighs the pair in its probability that a message is about the policy at all (matcher.in_scope).
"""

from __future__ import annotations

from intents.alternation import compiled

# "How much can I say about school?" and "how far can I go?" ask for a limit, not a figure, so neither counts.
_ASKS_QUANTITY = compiled(
    r"\bhow (?:many|often|long|old|soon|far in advance|far ahead|frequently|regularly|quickly)\b"
    r"|\b(?:what|which) (?:age|date|day|time|month)\b(?! groups?\b)|\bby when\b"
    # "which year was it agreed?", not "which year 6 class" nor "what year group"
    r"|\b(?:what|which) year\b(?! ?\d| ?groups?\b| (?:one|two|three|four|five|six|r|reception|s)\b)"
)
# Figures as a policy writes them: digits, numbers in words, spans of time, frequencies and dates' words; the words that
# settle "how often" or "how long" without a number ("must never add pupils", "irrespective of when", "at the earliest
# opportunity", "regularly"); and "in advance" or "prior to", which settle "how far ahead". Not "one" ("no one").
_STATES_QUANTITY = compiled(
    r"\d|\b(?:never|always|whenever|immediate|immediately|irrespective of when|no matter when|at any time|times?|"
    r"earliest opportunity|as soon as|asap|promptly|straight away|at once|in advance|prior to|beforehand|regularly|"
    r"routinely|periodically|from time to time|"
    r"no later than|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|once|"
    r"twice|annual|annually|yearly|termly|monthly|fortnights?|fortnightly|weekly|daily|seconds|minutes?|hours?|days?|"
    r"weeks?|months?|years?|half term|indefinitely|forever|permanent|permanently|spring|summer|autumn|winter|january|"
    r"february|april|june|july|august|september|october|november|december)\b"
)


def asks_quantity(text: str) -> bool:
    """The question asks how many, how often, how long, how old, how far ahead or when by."""
    return bool(_ASKS_QUANTITY.search(text.lower()))


def states_quantity(text: str) -> bool:
    """The text gives some figure: a number, a span of time, a frequency or a date."""
    return bool(_STATES_QUANTITY.search(text.lower()))
