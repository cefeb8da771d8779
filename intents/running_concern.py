"""A question of who runs an account that tells what the account did to pupils: "who runs the instagram account that
posted pics of our pupils?", "who manages the account that is messaging our y5s?", "who runs the school facebook, they
posted a looked after child's photo".

`answer_type.asks_running` makes "who runs the school's page?" not covered unless the nearest clause says who runs
something; asked so, these were "not covered" too, though each tells of pupils' pictures out or of someone contacting
pupils, which a Designated Safeguarding Lead would want to hear of. Read here, the question is matched as before
(B.3, D.1, APX.5), and where the account is not the school's own and pictures of pupils or contact with them is told,
the report is offered first (`understanding`). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.no_concern_told import SCHOOL_CHANNEL
from intents.normalise import PICTURE_WORD
from intents.rule_words import HYPOTHETICAL
from intents.year_groups import YEARS

# Pupils, a pupil or a group of them: "our pupils", "the kids", "our y6 girls", "a child", "one of our year 5s"
_PUPILS = (r"(?:(?:our|the|my|some|a|an|one of (?:our|the|my)|a few of (?:our|the)) )?(?:(?:\w+ ){0,2}?)"
           rf"(?:pupils?|child(?:ren|s)?|kids?|girls?|boys?|students?|{YEARS}|class(?:es)?)")
# Someone or something not said to be the school doing it: an account, a page, someone, they
_DOER = r"(?:accounts?|pages?|profiles?|channels?|groups?|someone|somebody|they|it|he|she|man|woman|person|people)"
# Pictures of pupils posted, shared or held, or pupils messaged, followed or added, by that doer
_PICTURED = compiled(
    rf"\b{_DOER}(?: (?:that|which|who|is|are|was|were|has|have|had|been|keeps|just|s))*"
    rf" (?:posted|posting|posts|shared|sharing|shares|put up|putting up|puts up|uploaded|uploading|uploads|with|"
    rf"showing|full of|has|have|had|got)(?: \w+){{0,3}}? "
    rf"(?:{PICTURE_WORD} (?:of|showing) {_PUPILS}|{_PUPILS} {PICTURE_WORD})\b")
_CONTACTED = compiled(
    rf"\b{_DOER}(?: (?:that|which|who|is|are|was|were|has|have|had|been|keeps|just|s))*"
    r" (?:messag\w*|dm\w*|text(?:s|ing|ed)?|snapchat\w*|contact\w*|follow\w*|add(?:s|ing|ed)|groom\w*|"
    rf"talk(?:s|ing|ed)? to|chat(?:s|ting|ted)? to|send(?:s|ing)? \w+ to|sent \w+ to) {_PUPILS}\b")


# A child's picture out though they must not be shown: looked after, no consent, a court order
_NOT_TO_BE_SHOWN = compiled(
    rf"\b{PICTURE_WORD}\b.*\b(?:looked after|lac|no (?:photo )?consent|without consent|"
    r"(?:is ?nt|is not|are ?nt|are not|not) allowed|can ?t be (?:shown|photographed)|"
    r"cannot be (?:shown|photographed)|court order|protection order|"
    r"adopted|in care|foster\w*)\b|\b(?:looked after|lac|adopted|foster) (?:child|children|pupil|kid)s?\b.*"
    rf"\b{PICTURE_WORD}\b")


def pupils_pictured_or_contacted(words: str) -> bool:
    """The (plain) words tell of pictures of pupils, or of pupils messaged, followed or added."""
    return _PICTURED.search(words) is not None or _CONTACTED.search(words) is not None


def tells_of_pupils(words: str) -> bool:
    """Beside a question of who runs something, the (plain) words tell of pupils pictured or contacted, or of a picture
    of a child who must not be shown: the running question is not what the message is for."""
    return pupils_pictured_or_contacted(words) or _NOT_TO_BE_SHOWN.search(words) is not None


def outside_account_told(words: str) -> bool:
    """An account not the school's own told of as picturing or contacting pupils: the report is offered first."""
    return pupils_pictured_or_contacted(words) and SCHOOL_CHANNEL.search(words) is None


# Someone with no part in running it holding a school account's way in: "a parent has the password to the class dojo",
# "an ex-ta still has the login for the school insta"
_HOLDER = (r"(?:(?:a|an|one of the|some|this|that|the) )?(?:(?:\w+ )?(?:parents?|mums?|mams?|moms?|dads?|carers?|"
           r"grandparents?|step ?(?:mum|dad)s?|uncles?|aunt\w*)|ex[ -]?\w+|former \w+|old \w+ who left|someone|"
           rf"somebody|stranger|pupils?|child|kids?|boys?|girls?|students?|{YEARS})")
_HOLDS_WAY_IN = compiled(
    rf"\b{_HOLDER} (?:still )?(?:has|had|have|got|knows|knew|found|is using|uses|used)(?: got)? "
    r"(?:the |our |my |a |their |his |her )?(?:\w+ ){0,3}?(?:passwords?|passcodes?|logins?|log-?ins?|log ?in "
    r"details|login details|admin)\b")
# The pupils then contacted or pictured, by whoever: "…and is messaging kids", "…and posting pics of the children"
_PUPILS_REACHED = compiled(
    r"\b(?:messag\w*|dm\w*|text(?:s|ing|ed)|contact\w*|chat\w* (?:to|with)|sen(?:ds?|ding|t) \w+ to|"
    rf"post\w* (?:\w+ ){{0,2}}?{PICTURE_WORD} of) {_PUPILS}\b")
# Told as done, not asked as a rule: "they posted", "has shared", "is up on"
_TOLD_POSTED = compiled(r"\b(?:posted|shared|uploaded|put up|put (?:it|them|\w+) (?:up|on)|has gone up|went up|is up|"
                        r"are up|is on|are on)\b")


def way_in_misused(words: str) -> bool:
    """Someone with no part in running a school account holds its password or login and contacts or pictures pupils
    through it ("a parent has the password to the class dojo and is messaging kids"): the report is offered first."""
    return _HOLDS_WAY_IN.search(words) is not None and _PUPILS_REACHED.search(words) is not None


def unshowable_posted(words: str) -> bool:
    """A picture of a child who must not be shown told as posted, by whatever account ("who runs the school
    facebook, they posted a looked after child's photo"), not a rule asked ("can we post photos of looked after
    children?"): the report is offered first."""
    return (_NOT_TO_BE_SHOWN.search(words) is not None and _TOLD_POSTED.search(words) is not None
            and not HYPOTHETICAL.match(words))
