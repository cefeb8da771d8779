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


# Asking how something of the school's is run: who runs, looks after or gets the alerts of an account, a site or the
# filter; how to set one up, log in or upload; where something is kept; a password. A policy says what is allowed, and
# rarely who does the work or how: "who gets Smoothwall's alerts?" shares A.2's words and "how do I set up Seesaw?"
# C.1's, and neither is answered by them; nor is who sits on a team or panel it names (D.4's "Local Authority Legal
# Team"). Only asked ("who runs the page?"), not a relative clause ("a coach who runs after-school clubs"), and a
# password shared or lent is a question of conduct (B.9), not of running.
# What comes before an asked "who": the start, a stop or a comma, or a word that asks ("tell me who", "not sure who").
_ASKED_BEFORE = compiled(r"(?:[.?!,;:(]\s*|\b(?:know|tell me|tell us|ask|asked|asking|wonder|wondering|wondered|sure|"
                         r"idea|confirm|explain|advise|out|and|but|so|remind me|check)\s+)$")
_WHO_RUNS = (
    r"\bwho(?:'s| is| are| does)?(?: actually| normally| usually| currently)? "
    r"(?:runs?|running|manages?|managing|looks? after|looking after|is in charge of|in charge of|maintains?|"
    r"administers?|updates?|moderates?|monitors?|"
    r"receives?|handles?|sorts?(?: out)?|sets? up|resets?|(?:sees?|reads?|gets?|checks?|has|holds?|knows)"
    r"(?: got)? (?:the|those|these|all the|our|its|access|admin)|(?:sits?|sitting|serves?|serving) on)\b"
    r"(?:(?!\?).){0,40}\b(?:accounts?|pages?|website|site|feed|channel|alerts?|notifications?|flags?|passwords?|"
    r"logins?|log-?ins?|admin|keys?|filter|filtering|smoothwall|app|dojo|seesaw|tapestry|twitter|x|facebook|instagram|"
    r"insta|youtube|tiktok|blog|newsletters?|team|panel|committee|board)\b"
    # Who is on a body the policy names ("who's on the legal team?"): its members, which a policy never lists.
    r"|\bwho(?:'s| is| are)(?: actually| normally| usually| currently)? on (?:the|that|this|our|their|its)\b"
    r"(?:(?!\?).){0,40}\b(?:team|panel|committee|board)\b"
)
_HOW_RUN = (
    r"\bhow (?:do|can|should|would|could|to)(?: (?:i|we|you|staff|parents|they|a parent|teachers))?"
    r"(?: actually| go about)? (?:set(?:ting)? up|upload|log ?(?:in|on)|sign ?in|reset|unblock|install|update the|"
    r"get (?:on|into|onto|access|a login|logged)|access the|change (?:the|my|their|a) password)\b"
    r"|\b(?:guide|instructions) (?:for|to|on) (?:set(?:ting)? up|uploading|logging in|using)\b"
    r"|\bwhere (?:is|are|do (?:we|i) (?:keep|store|find)|can i find)\b(?:(?!\?).){0,50}"
    r"\b(?:kept|stored|saved|filed|keep|store)\b"
)
_CREDENTIALS = r"\b(?:passwords?|passcodes?|login details|log-?in details|log ?in codes?|login codes?)\b"
# Each pattern only where its first word is in the message at all (a substring test costs nothing): each searched
# cost 0.015 ms on a long message, and most messages have none of these words.
_RUNNING = ((compiled(_WHO_RUNS), ("who",)), (compiled(_HOW_RUN), ("how", "where", "guide", "instructions")),
            (compiled(_CREDENTIALS), ("pass", "log")))
_LENT = compiled(r"\b(?:shar\w*|let|lend\w*|swap\w*|giv\w* (?:out )?(?:my|our|your|their|them|him|her|someone|a))\b")
# A clause that says where something is kept, who runs something or holds its password answers such a question.
_STATES_RUNNING = compiled(r"\b(?:kept|stored|passwords?|logins?|run by|managed by|administered by|in charge of)\b")


def asks_running(text: str) -> bool:
    """The question asks who runs or looks after something of the school's, how to set it up or get into it, where
    something is kept, or for a password."""
    said = text.lower().replace("\u2019", "'")
    (who, whose), (how, hows), (credentials, passes) = _RUNNING
    if any(w in said for w in hows) and how.search(said):
        return True
    if any(w in said for w in passes) and credentials.search(said) and not _LENT.search(said):
        return True
    # A "who" is asked when what is before it asks (_ASKED_BEFORE), looked at only once it is found: a pattern opening
    # with what may come before "who" was tried at every character, 0.13 ms for a long message.
    return any(w in said for w in whose) and any(
        found.start() == 0 or _ASKED_BEFORE.search(said, max(0, found.start() - 12), found.start())
        for found in who.finditer(said))


def states_running(text: str) -> bool:
    """The text says where something is kept, who runs or manages something, or names a password or login."""
    return bool(_STATES_RUNNING.search(text.lower()))


def asks_quantity(text: str) -> bool:
    """The question asks how many, how often, how long, how old, how far ahead or when by."""
    return bool(_ASKS_QUANTITY.search(text.lower()))


def states_quantity(text: str) -> bool:
    """The text gives some figure: a number, a span of time, a frequency or a date."""
    return bool(_STATES_QUANTITY.search(text.lower()))
