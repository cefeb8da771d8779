"""Who a clause about a relationship is about, and who a question about one asks about.

"Staff must never add pupils or ex-pupils as friends into their personal accounts" settles friending pupils, and
nothing else: "can I be friends with parents on facebook?" shares its words ("friends", "facebook") and its askers'
way of asking, so the matcher answered it from that clause, as it did "can I add my colleagues on insta" and "am I
allowed to be friends with a governor". The policy does not say; the clause is the nearest it comes.

A clause is about a relationship when its words befriend, add, follow, accept or connect; the parties it is about are
the school roles its words name after its subject ("Staff must…", "Parents should…" is who acts, not who with). A
question names the parties it asks about with the same small lexicon of roles: a mum, a carer or a grandparent is a
parent; "a year 6 girl", "a child in my class", "my niece in year 4" a pupil; "colleagues" or "other staff" a
colleague; a governor; a visitor. Someone only described ("as a governor", "I'm a TA", "governor here") is the asker,
and a pupil named only as whose parent it is ("a parent of a child in my class", "a pupil's mum", "parents of kids in
year 6") is not asked about. A question naming parties, none of them the clause's, is not settled by it
(`unsettled_by`); one naming the clause's party as well stays its ("can I be friends with pupils if their parents say
it's fine?"). The roles are words every school uses, so another school's policy needs no change here: its clause
"Staff should not accept friend requests from parents" is about parents, and a question about pupils is not its.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from intents.normalise import plain
from intents.rule_words import STAFF_POSTS
from intents.year_groups import YEAR_WORD

PUPIL, PARENT, COLLEAGUE, GOVERNOR, VISITOR = "pupil", "parent", "colleague", "governor", "visitor"
# Not a person: an account, a page or a body followed ("the school's instagram", "other schools", "the council").
ACCOUNT = "account"

_YEAR = rf"{YEAR_WORD} ?(?:\d{{1,2}}|r)s?|reception|nursery"
_AGE = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) ?(?:year|yr) ?olds?"
# Each party's words as plain() writes them (lower case, no apostrophes: "a pupil's mum" is "a pupil mum").
_WORDS: Mapping[str, str] = {
    PUPIL: r"(?:ex ?)?pupils?|students?(?! teachers?\b)|child(?:ren|s)?|kids?|kiddos?|boys?|girls?|lads?|lass(?:es)?"
           rf"|leavers?|learners?|sons?|daughters?|{_AGE}|{_YEAR}",
    PARENT: r"parents?|mums?|mummy|moms?|mams?|mothers?|dads?|daddy|fathers?|carers?|guardians?|grand ?parents?"
            r"|grand ?mas?|grand ?(?:dad|pa)s?|nans?|nana|granny|step ?(?:mum|dad|parent)s?|families|foster carers?",
    COLLEAGUE: r"colleagues?|co ?workers?|workmates?|each other"
               r"|(?:other|fellow) (?:members? of staff|staff|teachers?|tas?|teaching assistants?|adults)",
    GOVERNOR: r"governors?|govs?|chair of governors",
    VISITOR: r"visitors?",
}
# Staff by their post: in a question the asker as often as who is asked about, so a colleague only where befriended.
_STAFF = r"staff|teachers?|tas?|members? of staff|staff members?|teaching assistants?"
_ROLE = "|".join(f"(?:{w})" for w in _WORDS.values())
_PARTY = re.compile(r"\b(?:" + "|".join(f"(?P<{p}>{w})" for p, w in _WORDS.items()) + r")\b")
# Staff as who is befriended, not who asks: "friends with staff", "add teachers from my old school".
_STAFF_OBJECT = re.compile(r"\b(?:with|add|adding|added|follow|following|followed|accept|accepting|friend|friending"
                           r"|befriend\w*|(?:requests?|invit\w+) from)"
                           rf" (?:the |my |our |any |some |a |an |other )?(?:{_STAFF})\b")
# Staff befriending the asker: "my TA wants to add me", "a teacher from my old school followed me".
_BEFRIENDS = r"add|adds|added|adding|follow|follows|followed|following|friend|friended|request|requested"
_STAFF_TO_ME = re.compile(rf"\b(?:{_STAFF})(?: \w+){{0,3}}? (?:{_BEFRIENDS})(?: to (?:add|follow|friend))? me\b")
# Staff by a post no clause names as a party, so read in questions only: "can I add the new student teacher",
# "friends with supply teachers", "the dinner ladies", "my old head from my last school wants to add me".
_POST = re.compile(rf"\b(?:(?:student|trainee|supply|cover) (?:teachers?|staff)|{STAFF_POSTS}|"
                   r"lunchtime staff|office staff|"
                   r"head ?teachers?|deputy heads?|(?:the|my|our|old|former|ex|previous|new) (?:head|deputy|boss|"
                   r"line manager|manager)|ex (?:staff|teachers?|tas?))\b")
# The asker described, not asked about: "as a governor", "I'm a TA and…", "governor here,".
_ASKER = re.compile(rf"\b(?:as|im|i am|i m|being)(?: a| an| the| one of the)?(?: \w+)?? (?:{_ROLE})\b"
                    rf"|^(?:\w+ )?(?:{_ROLE}) here\b")
# A pupil named only to say whose parent: "a parent of a child in my class", "a pupil mum", "a carer from reception".
_PARENT_WORDS, _PUPIL_WORDS = _WORDS[PARENT], _WORDS[PUPIL]
_WHOSE = re.compile(rf"\b(?:{_PARENT_WORDS})(?: of| whose| from| in)(?: \w+){{0,4}}? (?:{_PUPIL_WORDS})\b"
                    rf"|\b(?:{_PUPIL_WORDS}) (?:{_PARENT_WORDS})\b")
# A relationship in a clause's words: befriending, adding, following, accepting or connecting with someone in a role
# ("add pupils or ex-pupils as friends"), not "following the advice of the Local Authority".
_RELATION = re.compile(r"\b(?:befriend\w*|add|adding|follow|following|accept|accepting|connect|connecting"
                       r"|(?:be|being|become) friends)(?: with)?"
                       # not what is followed or accepted: "follow the guidance from governors"
                       r"(?: (?!(?:guidance|advice|procedures?|polic\w+|rules?|instructions?|steps|process|code|"
                       r"codes|example|lead|decision|recommendations?|terms|responsibility)\b)\w+){0,3}?"
                       rf" (?:{_ROLE}|{_STAFF})\b")
# A question about one: who befriends, adds, follows, accepts or connects with whom.
_ASKS_RELATION = re.compile(
    r"\b(?:friend|follow) (?:request|req)s?\b|\bsent me an? request\b|\brequest(?:ed|ing|s)? to (?:add|follow|friend)\b"
    r"|\bbe (?:\w+ )?(?:friends|mates)\b|\b(?:friends|mates) with\b|\bbefriend\w*|\bfriend(?:ing|ed)\b"
    r"|\bun(?:friend|follow)\w*|\b(?:add|adding|added|adds|follow|following|followed|follows|friend|accept"
    r"|accepting|connect|connecting|connected) (?:with )?(?:me|back|them|him|her|each other|(?:a |an |the |my |our"
    # one word may describe them ("ex colleagues", "the school governors")
    rf" |some |any |other |one of (?:the |my |our )?)?(?:\w+ )?(?:{_ROLE}))\b")
# Following something that is not a person: "follow the school account", "follow the school's youtube channel", "follow
# other schools on instagram", "follow the council on twitter", "subscribe to the PTA page". Read only where no person
# is named ("follow a pupil's account" is about the pupil); not a platform's rules ("following fb's own rules"), nor
# the Standards that "follow you outside school".
_ACCOUNTS = (r"accounts?|pages?|channels?|feeds?|profiles?|groups?|schools?|academy|academies|trusts?|council|pta|ptfa"
             r"|papers?|news|charit(?:y|ies)|clubs?|business(?:es)?|brands?|companies|company|shops?|library|museums?")
_NOT_FOLLOWED = (r"rules?|terms|guidance|advice|polic\w+|procedures?|instructions?|steps|process|code|example"
                 r"|you|us|me|them|him|her|it|outside|into|in|on|at|from|to|round|around|up|through|back|home")
_FOLLOWS_ACCOUNT = re.compile(
    r"\b(?:follow|follows|followed|following|subscribe|subscribed|subscribing)(?: to)?"
    r" (?:the |our |my |a |an |other |that |this |their |its |some |any )?"
    rf"(?:(?!(?:{_NOT_FOLLOWED})\b)\w+ ){{0,2}}?(?:{_ACCOUNTS})\b(?! (?:rules?|terms|guidance|advice|polic\w+)\b)")
# Where the account followed is the asker's own ("from my personal account", "on my own insta"), it is not followed.
_OWN_ACCOUNT = re.compile(r"\b(?:my|our) (?:own |personal |private )?(?:\w+ )?(?:account|page|profile)s?\b")


# A clause's subject, who acts: "Staff must…", "Parents are expected to…", "Governors or members of staff who…".
_SUBJECT = re.compile(r"^(?:\w+ ){0,4}?(?:must|should|shall|will|may|are|is|need|can|cannot)\b")


def _named(text: str) -> frozenset[str]:
    return frozenset(m.lastgroup for m in _PARTY.finditer(text) if m.lastgroup)


def clause_parties(text: str) -> frozenset[str]:
    """The parties a clause about a relationship is about: the roles its words name after its subject; empty for a
    clause about no relationship, or naming no role but its subject's."""
    words = plain(text)
    if not _RELATION.search(words):
        return frozenset()
    subject = _SUBJECT.match(words)
    rest = words[subject.end():] if subject else words
    # Staff are a party only as who is befriended ("Parents should not add staff as friends"), not as who acts where
    # the clause does not open with them ("It is not appropriate for staff to be friends with pupils", "Under no
    # circumstances should staff accept…"), or a clause about pupils would settle befriending colleagues
    return _named(rest) | ({COLLEAGUE} if _STAFF_OBJECT.search(rest) else set())


def parties_asked_about(text: str) -> frozenset[str]:
    """The parties a message asks about: the roles it names, less the asker described and a pupil named only as
    whose parent is meant."""
    words = _ASKER.sub(" ", plain(text))
    named = set(_named(words))
    if PUPIL in named and PUPIL not in _named(_WHOSE.sub(" ", words)):
        named.discard(PUPIL)  # every pupil named is someone's child: the parent is who is asked about
    if _STAFF_OBJECT.search(words) or _STAFF_TO_ME.search(words) or _POST.search(words):
        named.add(COLLEAGUE)
    if not named and _FOLLOWS_ACCOUNT.search(_OWN_ACCOUNT.sub(" ", words)):
        named.add(ACCOUNT)
    return frozenset(named)


def asks_about_relationship(text: str) -> bool:
    """The message asks about befriending, adding, following or accepting someone ("a parent added me on facebook",
    "is it ok to follow parents on instagram"), not about following a procedure or adding a comment."""
    words = plain(text)
    return bool(_ASKS_RELATION.search(words) or _FOLLOWS_ACCOUNT.search(_OWN_ACCOUNT.sub(" ", words)))


def unsettled_by(asked: frozenset[str], clause: frozenset[str]) -> bool:
    """A clause about a relationship with `clause`'s parties does not settle a question asking about `asked`: it
    names parties, and none of the clause's."""
    return bool(asked) and bool(clause) and not asked & clause


def relationship_clauses(texts: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each clause (ID, words) about a relationship, with the parties it is about."""
    return {clause_id: found for clause_id, text in texts if (found := clause_parties(text))}
