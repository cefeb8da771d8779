"""Words answered with the report offered first, kept for that offer's Report a concern to begin the report with.

A message that may be a concern's, answered as the question it may be ("whats cse? a girl in y10 keeps getting picked
up by older lads"), has Report a concern as its first button. Pressed, the report begins with those words as what
happened, as a report begun by the message itself keeps them (`report_turns.start_report`'s opening), so the teacher
does not type the case again: as the words of a doubtful report said to be a question come back with that answer's
Report a concern (`cancelled_reports.opening_kept`). They are kept beside the conversation for the hour a cancelled
report is (`cancelled_reports.offers`), named by when they were kept: the button carries that name, not the words, so
it brings back its own words when pressed later, after other answers or a restart, and once only (taken, a second
press finds the report they began). Typed "report a concern" within ASKED_WITHIN of them means them too. Words that
tell no case ("what is grooming?", "who do i tell if i see bruises?") are not kept: there is nothing to fill in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from bot import actions, cancelled_reports
from bot.cancelled_reports import ASKED_WITHIN
from bot.messages import Reply
from bot.store.models import Conversation
from bot.store.store import micros
from intents.asks_then_tells import told_after_asking, told_after_what_if
from intents.harm_told import asks_in_general
from intents.intent_rules import strip_pleasantries
from intents.terms_asked import term_asked_of_a_child, term_meaning_asked
from intents.year_groups import YEAR

PREFIX = "offer-"  # an offer's name, apart from a kept report's (its start in µs, all digits)
_AT = "cancelled_at"  # as a kept report's, so one expiry pass (`cancelled_reports.forget_expired`) serves both
_MICRO = timedelta(microseconds=1)


def tells_a_case(text: str) -> bool:
    """The words tell a case of their own, worth keeping as what happened: a telling as a report's opening is
    (`report_turns.is_a_telling`), not a term asked of alone ("what is grooming?"), nor a case that may come asked of
    ("what if a child is hit at home? who do i tell?", "who do i tell if i see bruises?"), unless a case is told
    after the asking ("what if he does it again, he touched her at the disco", "whats cse? a girl in y10 keeps getting
    picked up"); a question otherwise in general ("can a teacher be sacked for hitting a pupil?") only where it names
    someone in particular ("should i be worried, her dad shouts at her every morning")."""
    from bot.report_turns import is_a_telling  # lazily: report_turns imports this module

    words = strip_pleasantries(text)
    if not is_a_telling(text) or term_meaning_asked(words):
        return False
    if told_after_what_if(text) is not None or term_asked_of_a_child(words) or told_after_asking(words):
        return True
    if _ASKS_IF.match(words):
        return False
    return not asks_in_general(text, words) or _IN_PARTICULAR.search(words) is not None or _told_of_by_pronoun(words)


def _told_of_by_pronoun(words: str) -> bool:
    """A pronoun in a general question stands for someone in particular only when no one in general comes before it
    ("her dad shouts at her", "can his dad post pictures of the class"): after "a parent", "a child" or "someone" it
    stands for them ("can a parent post a photo of his child's class" tells no case)."""
    pronoun = _PRONOUN.search(words)
    return pronoun is not None and _SOMEONE_IN_GENERAL.search(words, 0, pronoun.start()) is None


# A case that may come, asked of: "who do i tell if…", "what if…", "what happens if…", "suppose…"
_ASKS_IF = re.compile(r"^(?:suppose|supposing|imagine|(?:who|what|how|where|should|can|do|does|is|are|would|will|"
                      r"could|when)\b(?: \w+){0,6}? (?:if|suppose|supposing))\b")
# Someone in particular: a pronoun, a possessive, a name by its title, a year group's child ("the y6 girl"), but not
# a year group asked of in general ("is it normal for a y6 to be sent nudes", "can any year 9 …": anyone in it)
_IN_PARTICULAR = re.compile(rf"\b(?:me|my|our|mr|mrs|ms|miss|one of|(?<!\ba )(?<!\bany ){YEAR})\b")
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers)\b")
# Someone in general, whom a pronoun after may stand for: "a parent", "any teacher", "another child", "someone"
_SOMEONE_IN_GENERAL = re.compile(
    r"\b(?:(?:a|an|any|every|each|another|some) (?:\w+ ){0,2}?(?:parent|mum|mom|mam|dad|mother|father|carer|guardian|"
    r"child|kid|pupil|student|teacher|ta|member of staff|staff member|colleague|boy|girl|lad|man|woman|person|adult|"
    r"coach|volunteer|governor|head|headteacher|teenager|teen|baby|toddler|stranger|visitor|neighbour|relative|"
    rf"grandparent|friend|sibling|{YEAR})|someone|somebody|anyone|anybody|everyone|everybody|no one|nobody)\b")


def keep(convo: Conversation, now: datetime, words: str, log_id: int | None = None) -> str:
    """Keep the words for the offer under their answer (`log_id`: the question log entry of that answer, whose Not
    helpful offers the report again); the name its Report a concern carries."""
    name = f"{PREFIX}{micros(now)}"
    entry = {"words": words, _AT: micros(now), "name": name, **({"log": log_id} if log_id is not None else {})}
    cancelled_reports.store_offers(convo, now, [*cancelled_reports.offers(convo, now), entry])
    return name


def name_for(convo: Conversation, now: datetime, log_id: int) -> str:
    """The name of the words kept for the answer logged as `log_id`, "" if none are (kept no longer, or never)."""
    return next((str(o["name"]) for o in cancelled_reports.offers(convo, now) if o.get("log") == log_id), "")


def take(convo: Conversation, now: datetime, pressed: str | None, asked_last: int | None = None) -> str | None:
    """The words an offer means, no longer kept, or None: pressed (`pressed`, its button's value), its own; typed
    (`pressed` None), the last kept within ASKED_WITHIN, unless a report kept for Undo since is what it means, or a
    question answered since (`asked_last`: the asker's newest question log entry) is: "report a concern" typed under
    "who do i tell if a child has a burn mark?" means that, not the case told a question before."""
    kept = cancelled_reports.offers(convo, now)
    if pressed is not None:
        chosen = next((o for o in kept if o.get("name") == pressed), None)
    else:
        last = kept[-1] if kept else None
        recent = last is not None and micros(now) - int(last[_AT]) <= ASKED_WITHIN // _MICRO
        since = last is not None and asked_last is not None and isinstance(last.get("log"), int) \
            and asked_last > last["log"]
        chosen = last if recent and not since and int(last[_AT]) > cancelled_reports.newest_kept(convo, now) else None
    if chosen is None:
        return None
    cancelled_reports.store_offers(convo, now, [o for o in kept if o is not chosen])
    return str(chosen["words"])


def waiting(convo: Conversation, now: datetime, pressed: str | None) -> bool:
    """Pressed on an offer whose words are still kept (while another report is in progress, they are not taken)."""
    return pressed is not None and any(o.get("name") == pressed for o in cancelled_reports.offers(convo, now))


def gone(pressed: str | None) -> bool:
    """Pressed on an offer whose words are kept no longer (their hour past, or a report begun with them)."""
    return pressed is not None and pressed.startswith(PREFIX)


def named(replies: Sequence[Reply], name: str) -> list[Reply]:
    """The replies with their Report a concern naming what it brings back (offered words, or a kept report)."""
    return [replace(r, buttons=tuple(replace(b, value=name) if b.action == actions.CONCERN_START else b
                                     for b in r.buttons)) for r in replies]

