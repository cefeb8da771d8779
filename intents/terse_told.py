"""A concern typed in a hurry: a few words naming who and what, with no verb the report rules know ("staff member
dm'ing a kid", "random bloke dming yr6s", "mums grp chat trashing my ta", "kids sharing violent vid in class").

Staff in Slack drop the verb or use slang for it, and the report model, which learned whole sentences, weighs such a
line as a search. A line this short that names a person and something done to or about someone online (private
contact, hostility, a picture passed on) and asks nothing is read as perhaps a report: doubtful, so a line the policy
answers as a question is answered with the report offered first, and one it does not is begun with the way back
(`reports.judge_report`, `understanding`). Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import HARM_EVENT, HARMFUL

# More words than this is a sentence, which the rules and the model read well enough
MOST_WORDS = 8

# Anything that asks: a rule asked after ("ok", "allowed", "rules", "policy"), or a question word anywhere. A terse
# question is as short as a terse report ("whatsapp grp w parents allowed", "posting class pics ok").
_ASKS = compiled(
    r"\b(?:ok|okay|k|allowed|allow|fine|alright|rules?|policy|policies|guidance|covered|permitted|consent|approv\w*|"
    r"can|could|should|shall|may|might|must|would|will|do|does|did|is|are|am|was|were|what|whats|how|who|whos|"
    r"when|where|why|which|if|whether|any|advice|help|sanctions?|training|lesson|lessons|teach\w*|curriculum|"
    r"assembly|topic|resources?|workshop|talk|session|awareness|tips?|examples?)\b"
)

# Someone the line is about: a pupil, a member of staff, a parent or a stranger
_CHILD = (r"(?:pupils?|kids?|child|children|students?|girls?|boys?|lads?|y\d+s?|yr ?\d+s?|year ?\d+s?|"
          r"\d[a-z]|reception|nursery|ex ?pupils?|sons?|daughters?|lac)")
_ADULT = (r"(?:staff(?: member)?|teachers?|tas?|colleagues?|supply|coach|volunteers?|head|mr \w+|mrs \w+|miss \w+|"
          r"ms \w+|sir|parents?|mums?|dads?|carers?|stranger|strangers|man|men|bloke|guy|woman|adult|adults|"
          r"someone|somebody|random|\d\d ?yo|teens?|teenagers?|older \w+)")
_PERSON = compiled(rf"\b(?:{_CHILD}|{_ADULT})\b")
_ADULT_NAMED = compiled(rf"\b{_ADULT}\b")
_CHILD_NAMED = compiled(rf"\b{_CHILD}\b")
# People in general, a topic ("staff texting pupils", "parents trashing teachers on fb"), unless someone's own
_GENERAL = compiled(r"(?<!\bour )(?<!\bmy )(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bsome )(?<!\btwo )(?<!\b2 )"
                    r"\b(?:pupils|kids|children|students|staff|teachers|tas|colleagues|parents|mums|dads|carers|adults|"
                    r"strangers|men|teens|teenagers|girls|boys)\b")


def _someone_in_particular(words: str) -> bool:
    """Someone named who is not people in general: "a kid", "yr6s", "our kids", "miss j", "mums grp chat"."""
    return bool(_PERSON.search(_GENERAL.sub(" ", words)))


# Private contact by an adult with a child, in its slang ("dming", "snapping", "whatsapping")
_CONTACT = compiled(
    r"\b(?:dm\w*|messag\w+|msg\w+|texting|texted|snapping|snapped|snapchatting|whatsapping|whatsapped|"
    r"facetim\w+|calling|ringing|chatting to|talking to|meeting|met up|gave (?:\w+ )?(?:his|her|their) number)\b"
)
# Hostility, in its slang ("trashing", "slagging", "roasting")
_HOSTILE = compiled(
    r"\b(?:trash(?:ing|ed)|slag(?:ging|ged)|slat(?:ing|ed)|mock(?:ing|ed)|troll(?:ing|ed)|roast(?:ing|ed)|"
    r"(?:cyber ?)?bull(?:ying|ied)|pick(?:ing|ed) on|gang(?:ing|ed) up|threaten(?:ing|ed)|harass(?:ing|ed)|"
    r"stalk(?:ing|ed)|abus(?:ing|ed)|shaming|shamed|expos(?:ing|ed)|doxx\w*)\b"
)
# A picture passed on, and what makes it one to worry about
_PASSED_ON = compiled(
    r"\b(?:shar\w+|repost\w*|circulat\w+|going round|airdrop\w*|leak\w*|spread\w*|forward\w*|screenshot\w*|"
    r"film\w*|record\w*)\b"
)
# Posted, as a picture of a pupil may be on any day: a concern only with something alarming in it
_POSTED = compiled(r"\b(?:posted|posting|posts|put up|uploaded|uploading)\b")
_PICTURE = compiled(r"\b(?:pics?|photos?|pictures?|images?|vids?|videos?|clips?|selfies?|footage)\b")
_ALARMING = compiled(r"\b(?:violent|fight|fights|explicit|nude|nudes|naked|sexual|porn\w*|topless|upskirt|up skirt|"
                     r"toilets?|changing|gore|gory|beheading|self ?harm\w*|cutting)\b")


def terse_report(words: str) -> bool:
    """A line of a few words (plain) telling of a person and something done online or to someone, asking nothing:
    perhaps a report."""
    if not words or len(words.split()) > MOST_WORDS or _ASKS.search(words) or not _PERSON.search(words):
        return False
    # An alarming picture passed on is a concern whoever passed it ("kids sharing violent vid in class")
    if _PICTURE.search(words) and _ALARMING.search(words) and (_PASSED_ON.search(words) or _POSTED.search(words)):
        return True
    if not _someone_in_particular(words):
        return False
    if _HOSTILE.search(words):
        return True
    # Contact is a concern between an adult and a child, not between two pupils or two adults
    if _CONTACT.search(words) and _ADULT_NAMED.search(words) and _CHILD_NAMED.search(words):
        return True
    return bool(_PICTURE.search(words) and _PASSED_ON.search(words) and _CHILD_NAMED.search(words))


# A rule asked after in a few words: "…ok", "…allowed", "…rules", "…covered", "consent for…", "policy on…"
_ASKS_A_RULE = compiled(
    r"\b(?:ok|okay|fine|alright)$|\b(?:allowed|permitted|rules?|policy|covered|consent|approv\w*|guidance)\b"
)
# A denial anywhere tells of a rule broken, not asked after ("no photo consent", "not allowed contact", "not ok")
_DENIED = compiled(r"\b(?:no|not|without|never|isnt|arent|wasnt|dont|doesnt|didnt|cant|shouldnt|nt)\b")
_HARM = compiled(rf"\b(?:{HARMFUL}|{HARM_EVENT}|hurt\w*|hit|hits|upset|crying|worried|worrying|concern\w*|"
                 r"stranger|strangers|groom\w*|sext\w*|blackmail\w*|suicid\w*|self ?harm\w*|cutting)\b")


def asks_a_rule_tersely(words: str) -> bool:
    """A line of a few words (plain) asking whether something is allowed, naming no harm and no adult's private contact
    with a child ("pics of my class on fb allowed", "dinner staff on fb w kids ok"): a question, not a report."""
    if not words or len(words.split()) > MOST_WORDS or not _ASKS_A_RULE.search(words) or _DENIED.search(words):
        return False
    if _HARM.search(words) or _HOSTILE.search(words) or _ALARMING.search(words):
        return False
    return not (_CONTACT.search(words) and _ADULT_NAMED.search(words) and _CHILD_NAMED.search(words))
