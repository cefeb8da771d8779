"""Who typed words name: a title and surname ("Mrs Khan"), a capitalised name ("Ellie", "Sam's"), a name typed in
lower case where the sentence's shape says it is one ("ellie is missing"), and the names in a report's *Who is
affected?* answer. One reader, with one list of words that are never a person's name, for `another_concern` (someone
the report has, or does not have) and `risk_told` / `risk_more_kinds` (a child missing or run away by name).

Three copies of this had grown apart (each its own not-a-name list): "Wifi is missing" read a child's name from the
capital of a thing, and "ellie is missing" read none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.flows.bare_words import plain

# Words that are never a person's name. The union of the lists the three readers had (each checked in
# tests/bot/test_people_named.py), so nothing read as no name before is read as a name now, and the things a
# summary says are missing ("Wifi is missing", "the location is missing"), which read as a child's name.
_FUNCTION_WORDS = """the this that these those what which who whom whose where when why how it its something nothing
    everything anything someone somebody one none all some any another other his her their our your my also and but
    she he they him them then now today yesterday in of from not known given skipped whole nobody everyone everybody
    noone"""
_PEOPLE_WORDS = """mum dad year yr reception nursery class group pupil pupils child boy girl head headteacher teacher
    teachers staff deputy tutor adult adults parent parents carer carers coach cover supply caretaker caretakers
    cleaner cleaners receptionist bursar senco supervisor manager"""
_PLATFORMS_AND_DAYS = """facebook instagram snapchat whatsapp tiktok twitter youtube discord roblox minecraft fortnite
    messenger monday tuesday wednesday thursday friday saturday sunday"""
# What a report, or a school day, has that can be missing or run away (kind2's list, then the look-alikes review
# revAC found: "Location", "Wifi", "Surname", "Caretaker is missing")
_THINGS = """date time day name names evidence detail details info information answer part word words page screenshot
    screenshots kind category danger report summary field reference link video photo picture image post comment
    message attachment proof section bit lesson lessons homework work reason signature form letter address number
    phone email account school ipad tablet laptop money bag coat book books key keys bike shoe shoes kit lunch jumper
    wallet purse file files maths english science history geography music drama art computing french spanish assembly
    register registration attendance consent permission slide wifi internet signal connection network password login
    username location surname forename nickname postcode birthday context description printer projector charger
    uniform blazer dog cat pet hamster rabbit"""
_THING_WORDS = frozenset(_THINGS.split())
NOT_A_NAME = frozenset(" ".join((_FUNCTION_WORDS, _PEOPLE_WORDS, _PLATFORMS_AND_DAYS)).split()) | _THING_WORDS
# A thing's name by its ending ("location", "equipment", "availability"), never a child's
_THING_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ship|ing|work|ware|ance|ence)$")

_TITLED = re.compile(r"\b(?:mr|mrs|miss|ms|mx|dr|sir)\.? ([a-z][\w'-]+)", re.I)
# A capitalised name, possessive or not ("Sam's mum"), and the same after a lower-case word or a comma only (the
# message's first word, or a sentence's, is capitalised whatever it is)
_CAPITALISED = re.compile(r"\b([A-Z][a-z]{2,})(?:'s|\u2019s)?\b")
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
# A name typed in lower case, read only where the sentence says a child is missing or ran away, the word beginning
# the message or a clause of it ("ellie is missing", "update: jake has gone missing", "and leo ran away"): never after
# "the", "his" or any word but a joining one ("the dog ran away", "his homework is missing")
_LOWER_NAMED = re.compile(
    r"(?:^|[.,;:!?]\s*|\b(?:and|but|also|now|so|oh|plus|update|urgent|please|help)\s+)([a-z]{3,}) "
    r"(?:(?:is|was|has been|had been|s been|\u2019s been|'s been|is still|is now|has gone|had gone|went|gone) missing|"
    r"(?:ran|has run|has ran|had run) away)\b")


def is_a_name(word: str) -> bool:
    """A word (any case) that may be a person's name: letters only, not in `NOT_A_NAME`."""
    return word.isalpha() and word.lower() not in NOT_A_NAME


def is_a_thing(word: str) -> bool:
    """A word (lower case) that names a thing a report or a school day has ("wifi", "location"), never a child."""
    return word in _THING_WORDS or _THING_ENDING.search(word) is not None


def is_a_listed_thing(word: str) -> bool:
    """A word (lower case) among the listed things' words only: where a child may have gone missing, a word's ending
    is no sign of a thing, as names end so too ("Florence", "Blessing", "Chance", "King")."""
    return word in _THING_WORDS


def titled_names(text: str) -> frozenset[str]:
    """The surnames after a title ("Mrs Khan", "mr. jones"), lower case."""
    return frozenset(m.lower() for m in _TITLED.findall(text))


def capitalised_names(text: str) -> Iterator[tuple[str, bool]]:
    """Each capitalised name as typed ("Sam" of "Sam's"), with whether it is the message's first word."""
    first = len(text) - len(text.lstrip())
    for found in _CAPITALISED.finditer(text):
        if is_a_name(found.group(1)):
            yield found.group(1), found.start() == first


def names_inside(text: str) -> frozenset[str]:
    """The capitalised names after a lower-case word or a comma (not a sentence's first word), lower case."""
    return frozenset(m.lower() for m in _CAPITALISED_INSIDE.findall(text) if is_a_name(m))


def names_given(text: str) -> frozenset[str]:
    """Words that may be a child's name, lower case: typed with a capital ("Ellie is missing", "Jake ran away"), or in
    lower case where the sentence says a child is missing or ran away ("ellie is missing"), and not a thing's name
    ("wifi is missing", "homework is missing"). No word is taken for a thing by its meaning alone (review revAO): a
    name or surname is often a thing's word too, or made of its pieces ("Wood", "Gift", "Spooner", "Boateng" is
    "boat" + "eng"), and one read so dropped a missing child to "Which part?"; "Stapler is missing" asks the danger
    question, one question more."""
    typed = {m.group(1).lower() for m in _CAPITALISED.finditer(text) if is_a_name(m.group(1))}
    lower = {w for w in _LOWER_NAMED.findall(text) if is_a_name(w) and not is_a_listed_thing(w)}
    return frozenset(typed | lower)


def child_names(affected: str) -> frozenset[str]:
    """The words of a report's *Who is affected?* that may be a child's name ("Sam B, Year 5": "sam"), lower case.
    There, where people are named, a thing's word written with a capital is a name ("Kit Harris")."""
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", affected)}
    return frozenset(w for w in plain(affected).split() if len(w) > 1 and w.isalpha()
                     and (is_a_name(w) or (w in _THING_WORDS and w in capitals)))
