"""A child in touch at night with a relative or family friend from outside the home, told or asked of: "her uncle
messages her at night", "what if a pupil's older cousin is messaging her at night?", "what if a child is messaging
her uncle every night?".

A child sending pictures to, or facetiming at night, an uncle, an aunt or an older cousin is begun as a report when
the child is named first ("a y5 girl sends pics to her uncle every night": `nothing_told`); told with the child only
as "her" or asked of, it was E.4's answer or "not covered", with no report offered. A Designated Safeguarding Lead
asks about an adult outside the home in private contact with a child at night, so the report is offered first
(`understanding`); nothing here begins one. Not a parent, a brother or sister, a cousin of their own age, nor daytime
contact. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled

# Family or a family friend from outside the child's home, by the child's side: "her uncle", "a pupil's older cousin",
# "his mum's boyfriend", "a family friend"
_OUTSIDE_KIN = (r"(?:(?:(?:his|her|their|a (?:pupil|child|girl|boy|kid)s?|the (?:pupil|child|girl|boy|kid)s?) )"
                r"(?:uncles?|aunt\w*|(?:older|big|elder|adult|grown up) cousins?|step ?(?:uncle|aunt\w*)|"
                r"(?:mums?|dads?|mothers?|fathers?) (?:boyfriend|girlfriend|partner|mate|friend)s?|"
                r"(?:family|parents?|dads?|mums?) friends?)|a family friend)")
_IN_TOUCH = (r"(?:messag\w*|dm\w*|text\w*|snap\w*|whatsapp\w*|facetim\w*|video call\w*|call\w*|ring\w*|"
             r"chat\w*|talk\w*|send\w*|sent)")
_NIGHT = (r"(?:at night|every night|late at night|late (?:in the evening|every evening)|in the night|"
          r"through the night|after (?:bedtime|midnight|lights out)|at (?:\d+|one|two|three|midnight) ?(?:am)?\b|"
          r"when (?:she|he|they) (?:is|are|s|should be) in bed|in bed)")
_TOLD = compiled(rf"\b{_OUTSIDE_KIN}(?: \w+){{0,3}}? {_IN_TOUCH}\b.*\b{_NIGHT}")
_TO_THEM = compiled(rf"\b{_IN_TOUCH}(?: (?:to|with))? {_OUTSIDE_KIN}\b.*\b{_NIGHT}")


def night_contact_outside_home(words: str) -> bool:
    """The (plain) words put a child in touch at night with a relative or family friend from outside the home."""
    return _TOLD.search(words) is not None or _TO_THEM.search(words) is not None
