"""A picture of a pupil shared, told as staff tell it and then asked about: "a year 5 boy shared a photo of another
pupil on snapchat, can we do anything?", "a grandparent shared a photo of a pupil in her swimming costume, is that
ok?", "a year 6 shared a video of a classmate on tiktok, what can we do?".

Told alone, such a message is begun as a report; with the question after it, the whole read as a policy question
(B.3, posting event photos) or "not covered", with no report offered, though a pupil's image may be out where anyone
can see it. Read here, the report is offered first (`understanding`), the question still answered. Not a rule asked
("can parents post a photo of a child?", "what if a pupil shares a photo of another pupil?"), a condition ("is it ok
if i share a photo of a pupil…"), nor the speaker's own family ("my mum posted a photo of my son"), nor the class or a
whole group (B.3's and D.1's questions: "a mum posted a photo of the class"). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.no_concern_told import SCHOOL_CHANNEL
from intents.normalise import PICTURE_WORD
from intents.rule_words import HYPOTHETICAL
from intents.year_groups import YEAR

# Shared, in the past: the telling of a case, not the asking of a rule
_SHARED = (r"(?:posted|shared|sent|put|uploaded|airdropped|air dropped|forwarded|spread|circulated|screenshotted|"
           r"screenshot|snapped|snapchatted)")
# One pupil, not the class: "another pupil", "a girl in his class", "one of the year 3s", "a classmate"
_ONE_PUPIL = (r"(?:a|an|another|one|the|this|that|some|his|her|their) (?:other |\w+ )?(?:pupil|child|kid|girl|boy|"
              rf"classmate|student|mate|friend|{YEAR}|reception child)s?|one of the (?:\w+ )?(?:pupils|"
              rf"children|kids|girls|boys|{YEAR}s)")
_TOLD = compiled(
    rf"\b{_SHARED}(?: \w+){{0,3}}? (?:a |an |the |some |loads of )?(?:\w+ )?{PICTURE_WORD} of (?:{_ONE_PUPIL})\b"
    # a picture of a pupil's work, not of them
    r"(?! (?:art\w*|work|drawings?|paintings?|projects?|models?|poems?|stories|story|writing|certificates?|awards?|"
    r"trophy|medal|book|books)\b)")
# A condition or a rule asked before it ("if a pupil shared…", "whether…")
_CONDITION = compiled(r"\b(?:if|when|whenever|whether|in case|suppose|supposing)\b")
# the speaker's own family's pictures
_OWN = compiled(r"^(?:my|our) (?:\w+ )?(?:mum|dad|mam|mother|father|husband|wife|partner|sister|brother|nan|gran)\b")


def pupil_image_shared(words: str) -> bool:
    """The (plain) message tells of a picture of a pupil shared by someone, not a rule or a condition asked, nor put
    on the school's own channels (B.3's question: "i shared a photo of a pupil on the class blog, ok?")."""
    found = _TOLD.search(words)
    if found is None or HYPOTHETICAL.match(words) or _OWN.match(words) or SCHOOL_CHANNEL.search(words):
        return False
    return _CONDITION.search(words, 0, found.start()) is None
