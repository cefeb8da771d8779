"""The adults `danger_told` and `danger_threat` read a danger of at "Is a child in immediate danger?", listed once:
the two modules each listed them and had drifted (one had "lady", one "parents", one "brother").

At this question "he" or "she" is as often the pupil as the one feared, so some readings take only an adult named,
never a pronoun (`ADULT`), and others either (`PERSON`).
"""

from __future__ import annotations

# Family, partners, and anyone not named (a man, someone)
_ADULTS = (r"dad|father|mum|mother|stepdad|step dad|stepmum|step mum|uncle|man|woman|stranger|guy|bloke|boyfriend|"
           r"girlfriend|partner|ex|parents?|carers?|someone|somebody|person")
ADULT = rf"(?:{_ADULTS}|brother|lady)"
# Adults a child is left with, read as who may harm them by the danger answer (`danger_disclosed`) and the summary
# (`risk_told`), one list (review revAK: the summary had its own, and "no his coach hit him" was a plain No)
IN_CHARGE = r"(?:coach|tutor|babysitter|baby sitter|childminder|child minder)"
PERSON = rf"(?:he|she|they|{ADULT})"
# Kicking off in school ("the dad is kicking off at reception"): never a brother, who at a primary school is as often a
# pupil kicking off in the playground, nor a lady, as a dinner lady shouting across it is staff at work
ADULT_NEVER_A_PUPIL = rf"(?:{_ADULTS})"
