"""A report cancelled with answers in it can be brought back for a while, so one mistaken Cancel loses nothing.

Cancel takes effect at once (nothing is sent, the report stops), but a report that held answers is kept beside the
conversation for UNDO_WITHIN: "Undo" (the button on its cancel message, or typed for the latest) puts it back at the
step it was cancelled at. Each report is kept for its own hour, so cancelling one never deletes another (up to
MAX_KEPT); after its hour the outbox worker's pass deletes it (`forget_expired`), and "cancel" typed with no report
in progress deletes the last one cancelled at once. They are kept apart from the draft (`Conversation.kept_report`),
so nothing that looks for a report in progress (resume, reminders, the form) sees them, and a report begun since
deletes none. Beside them, under OFFERED, are the words of messages answered with the report offered first, for that
offer to begin a report with (bot/offered_words.py): never a report, so nothing here that speaks of kept reports
counts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.concerns import normal_reference
from bot.flows import concern_report as flow
from bot.flows.concern_wording import CATEGORY_LABELS
from bot.messages import Button, Reply
from bot.school_time import SCHOOL_ZONE, school_time
from bot.store.models import Conversation
from bot.store.store import from_micros, micros

# Long enough to notice a slip (a tap on the wrong button, "3" typed for 3 pm in the terminal) after a distraction;
# short, because the answers are safeguarding details the reporter chose not to send.
UNDO_WITHIN = timedelta(hours=1)
MAX_KEPT = 5  # a handful of slips an hour; more would only keep what was meant to go
OFFERED = "offered"  # words answered with the report offered first, kept for the offer (bot/offered_words.py)
MAX_OFFERED = 5  # the offers of the last few answers: an older one's button begins a report afresh
_AT = "cancelled_at"  # when, in microseconds since the epoch
_WINDOW = UNDO_WITHIN // timedelta(microseconds=1)
# A report set aside by switching to another (Undo) was never cancelled: it waits as a report in progress would, for
# longer than a slip's hour (a lesson, a day's teaching), and is named wherever the reporter is next told anything
ASIDE_WITHIN = timedelta(days=7)
_ASIDE = "aside"
_ASKED = "asked"  # kept because its words were said to be a question (a doubtful opening, `opening_kept`)
# How soon after It was a question a typed "report a concern" means those words rather than a new report
ASKED_WITHIN = timedelta(minutes=10)
_ASIDE_WINDOW = ASIDE_WITHIN // timedelta(microseconds=1)
_UNDO_WORDS = {"undo", "uncancel"}  # with up to three words more ("sorry, undo", "undo cancel please")
# ...and only such words: "undo your shirt" at the step for a child's words is what the child said
_AROUND_UNDO = {"sorry", "please", "pls", "oops", "no", "wait", "ok", "okay", "oh", "that", "it", "this", "the", "my",
                "cancel", "cancelling", "cancellation", "last", "report", "mistake", "thanks", "can", "i", "you",
                "pressed"}
# Only where no report is in progress (there, "back" is a step back and "continue my report" is this one)
_AFTER_CANCEL_WORDS = {"back", "go back", "oops", "no wait", "wait", "mistake", "my mistake", "wrong button",
                       "oops wrong button", "bring it back", "bring my report back", "bring back my report",
                       "restore my report", "get my report back", "i cancelled by mistake", "cancelled by mistake",
                       "i didnt mean that", "i didnt mean to cancel", "didnt mean to cancel", "i didnt mean to",
                       "continue", "carry on", "resume", "continue my report", "resume my report",
                       "carry on with my report"}


_DELETE_WORDS = {"delete", "delete it", "delete them", "delete it now", "delete them now", "delete my report",
                 "delete the report", "yes delete", "delete for good", "delete it for good"}
# "I pressed cancel by mistake", "how do I get my report back?"
_WANTS_IT_BACK = re.compile(r"(?:i )?(?:pressed|hit|clicked|tapped|pushed) (?:the )?cancel(?: button)? by "
                            r"(?:mistake|accident)|(?:how (?:do|can) i|can i|i want to|i need to|please) "
                            r"(?:get|bring|have) (?:my|the|that) (?:report|answers) back")


# "undo C-0003", "undo c3", "undo 14:05", "undo the report from 14:05": one kept report of several, by the name the
# replies give it (an URGENT one's reference, any other's time begun, UK time); typed undo alone takes the latest
_UNDO_NAMED = re.compile(r"(?:(?:sorry|please|pls|ok|okay|oops)[ ,]+)*(?:undo|uncancel)[ ,]+(?:(?:my|the) )?"
                         r"(?:report )?(?:(?:from|begun|begun at|started|started at|at|of) )?"
                         r"(?P<name>c-? ?\d{1,12}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:[ ,]+(?:please|pls|thanks))?[.!]*",
                         re.I)


def undo_named(text: str) -> str | None:
    """The kept report typed undo names, as its name in replies ("C-0003", "14:05"), or None (undo alone, or no
    undo at all)."""
    found = _UNDO_NAMED.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    name = found.group("name").replace(" ", "")
    if name[0] in "cC":
        return normal_reference(name)
    return ":".join(part.zfill(2) for part in name.replace(".", ":").split(":"))


def _begun(entry: dict[str, Any]) -> datetime:
    return from_micros(int(entry.get("started") or entry[_AT]))


def _called(entry: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> str:
    """What a kept report is called where undo is said, and typed after undo to bring it back: its URGENT concern's
    reference, or when it began (UK time, as the school reads it), to the second where another kept here (`entries`)
    began in the same minute: two named "14:05" were both said as "type undo 14:05", which brought back the later."""
    if reference := entry.get("reference"):
        return str(reference)
    minute = school_time(_begun(entry))[11:16]
    if any(e is not entry and not e.get("reference") and school_time(_begun(e))[11:16] == minute
           for e in entries or ()):
        return _to_the_second(entry)
    return minute


def _to_the_second(entry: dict[str, Any]) -> str:
    return f"{_called(entry)}:{_begun(entry).second:02d}"


def _described(entry: dict[str, Any], now: datetime, entries: list[dict[str, Any]] | None = None) -> str:
    """A kept report named for its reporter: "C-0003" or "your report begun at 14:05 (Online bullying of a pupil)";
    begun before today (one set aside is kept for days), with its day: "begun yesterday at 14:05", "begun on Mon 30
    Nov at 14:05", since "14:05" alone reads as today's."""
    if reference := entry.get("reference"):
        return str(reference)
    kind = CATEGORY_LABELS.get(str((entry.get("fields") or {}).get("category", "")), "")
    return f"your report begun {_day(entry, now)}at {_called(entry, entries)}" + (f" ({kind})" if kind else "")


def _day(entry: dict[str, Any], now: datetime) -> str:
    """"" for a report begun today (UK time, as the school reads it), else "yesterday " or "on Mon 30 Nov "."""
    begun = _begun(entry).astimezone(SCHOOL_ZONE)
    today = now.astimezone(SCHOOL_ZONE).date()
    if begun.date() >= today:
        return ""
    if begun.date() == today - timedelta(days=1):
        return "yesterday "
    return f"on {begun:%a} {begun.day} {begun:%b} "


def _others(entries: list[dict[str, Any]], now: datetime, chosen: dict[str, Any] | None = None) -> str:
    """How to bring back each kept report but `chosen`: "type undo 13:40 for your report begun at 13:40 (…)"."""
    rest = [e for e in entries if e is not chosen]
    return "; ".join(f"type undo {_called(e, entries)} for {_described(e, now, entries)}" for e in reversed(rest))


def says_delete(text: str) -> bool:
    """Words deleting a kept report for good (only where one is kept and no report is in progress)."""
    return flow.Input(text=text).word in _DELETE_WORDS


def says_undo(text: str, after_cancel: bool = False) -> bool:
    """Words asking for a cancelled report back; `after_cancel`: also "back", "I cancelled by mistake" and the like,
    for where no report is in progress."""
    word = " ".join(re.sub(r"[^\w\s]", " ", flow.Input(text=text).word.replace("'", "")).split())
    words = word.split()
    undo = bool(_UNDO_WORDS & set(words)) and len(words) <= 4 and set(words) <= _UNDO_WORDS | _AROUND_UNDO
    return undo or (after_cancel and (word in _AFTER_CANCEL_WORDS or _WANTS_IT_BACK.fullmatch(word) is not None))


def _window(entry: dict[str, Any]) -> int:
    return _ASIDE_WINDOW if entry.get(_ASIDE) else _WINDOW


def _live(data: dict[str, Any] | None, now: datetime) -> list[dict[str, Any]]:
    """The reports in a conversation's `kept_report` whose time has not run out, oldest first."""
    return [e for e in (data or {}).get("reports", [])
            if isinstance(e, dict) and isinstance(e.get(_AT), int) and e[_AT] + _window(e) > micros(now)]


def _packed(entries: list[dict[str, Any]], offered: Sequence[dict[str, Any]] = ()
            ) -> tuple[dict[str, Any] | None, datetime | None]:
    """`kept_report` and `kept_until` for these reports (the newest MAX_KEPT) and offers' words (the newest
    MAX_OFFERED): the earliest time to run out."""
    entries, offers = list(entries), list(offered)[-MAX_OFFERED:]
    while len(entries) > MAX_KEPT:  # the oldest cancelled goes first (one set aside was never cancelled), never the
        older = entries[:-1]        # one kept just now, which its own message offers to bring back
        entries.remove(next((e for e in older if not e.get(_ASIDE)), older[0]))
    if not entries and not offers:
        return None, None
    # written as before while no offer is kept, so a version before offers reads it unchanged
    data: dict[str, Any] = {"reports": entries, **({OFFERED: offers} if offers else {})}
    return data, from_micros(min([*(e[_AT] + _window(e) for e in entries), *(o[_AT] + _WINDOW for o in offers)]))


def _entries(convo: Conversation, now: datetime) -> list[dict[str, Any]]:
    return _live(convo.kept_report, now)


def _live_offers(data: dict[str, Any] | None, now: datetime) -> list[dict[str, Any]]:
    """The offers' words kept in a conversation's `kept_report` whose hour has not run out, oldest first."""
    return [o for o in (data or {}).get(OFFERED, [])
            if isinstance(o, dict) and isinstance(o.get(_AT), int) and isinstance(o.get("words"), str)
            and o[_AT] + _WINDOW > micros(now)]


def offers(convo: Conversation, now: datetime) -> list[dict[str, Any]]:
    """The words kept for offers here ({"words", "cancelled_at", "name"}, oldest first): bot/offered_words.py's."""
    return _live_offers(convo.kept_report, now)


def store_offers(convo: Conversation, now: datetime, kept: list[dict[str, Any]]) -> None:
    """Keep these offers' words (the newest MAX_OFFERED), the reports kept for Undo as they are."""
    convo.kept_report, convo.kept_until = _packed(_entries(convo, now), kept)


def newest_kept(convo: Conversation, now: datetime) -> int:
    """When the report kept last for Undo here was kept (µs since the epoch), 0 if none is."""
    return max((int(e[_AT]) for e in _entries(convo, now)), default=0)


def _store(convo: Conversation, entries: list[dict[str, Any]], now: datetime) -> None:
    convo.kept_report, convo.kept_until = _packed(entries, _live_offers(convo.kept_report, now))


def kept(convo: Conversation, now: datetime) -> bool:
    """Whether any cancelled report here can still be brought back."""
    return bool(_entries(convo, now))


def opening_kept(convo: Conversation, now: datetime, pressed: str | None = None) -> str | None:
    """The name of the report kept last, if it was only words perhaps a report said to be a question, and Report a
    concern means them: pressed under their answer (`pressed`, naming them), or typed within ASKED_WITHIN of it.
    Those words then come back rather than an empty report; after a deliberate cancel, or later, a report is new."""
    entries = _entries(convo, now)
    last = entries[-1] if entries else None
    if last is None or not last.get(_ASKED) or not flow.only_the_opening(flow.Draft.from_json(last)):
        return None
    if pressed is not None:
        return _name(last) if pressed == _name(last) else None
    return _name(last) if now - from_micros(int(last[_AT])) <= ASKED_WITHIN else None


def _name(entry: dict[str, Any]) -> str:
    """What an Undo button names its report by: when the report began, which stays the same however often it is
    set aside and brought back (or, for one begun before reports were named so, when it was cancelled)."""
    return str(entry.get("started") or entry[_AT])


def keep(convo: Conversation, now: datetime, step: flow.Step, draft: flow.Draft, aside: bool = False,
         asked: bool = False) -> Button:
    """Keep a report beside any kept already, for UNDO_WITHIN (cancelled) or ASIDE_WITHIN (`aside`: switched away
    from, never cancelled); the Undo button that brings it back."""
    entry = {**draft.taking(None).to_json(), "step": step.value, _AT: micros(now)}  # an offer ends here
    if aside:
        entry[_ASIDE] = True
    if asked:
        entry[_ASKED] = True
    _store(convo, [*(e for e in _entries(convo, now) if _name(e) != _name(entry)), entry], now)
    return Button(actions.CONCERN_UNDO, "Undo", _name(entry), "primary")


def cancelled(convo: Conversation, now: datetime, step: flow.Step, draft: flow.Draft, said: str,
              asked: bool = False) -> Reply:
    """The cancel message (`said`: the flow's words for it) with Undo, the report kept for it."""
    full = len(_entries(convo, now)) >= MAX_KEPT  # the oldest cancelled one goes (one set aside only if all are)
    undo = keep(convo, now, step, draft, asked=asked)
    dropped = (f" You already had {MAX_KEPT} reports kept for Undo, so the oldest of them is now deleted."
               if full else "")
    minutes = int(UNDO_WITHIN.total_seconds() // 60)
    entries = _entries(convo, now)  # typed undo brings back this one, the latest: each other one is said by name
    also = f" Also kept: {_others(entries, now, entries[-1])}." if len(entries) > 1 else ""
    if draft.reference:  # an URGENT concern has what was given; Undo carries on adding to it
        return Reply(f"{said} If you stopped by mistake, press Undo (or type undo) within {minutes} minutes to carry "
                     f"on adding details to it.{dropped}{also}", (undo,))
    return Reply(f"Report cancelled. Nothing was sent. If that was a mistake, press Undo (or type undo) within "
                 f"{minutes} minutes to get your answers back; after that they are deleted, or type delete to delete "
                 f"them now.{dropped}{also}", (undo,))


def take_back(convo: Conversation, now: datetime, pressed: str | None = None,
              named: str | None = None) -> tuple[flow.Step, flow.Draft, str] | str:
    """A report kept here, no longer kept (its step and answers, and, where others are kept too, which it was and how
    to bring back each other), or why there is none to give. `pressed`: the Undo button's value, naming its own
    report; `named`: what was typed after undo ("C-0003", "14:05", `undo_named`); neither: the latest. Only this
    conversation's reports are looked at, so a reference typed by anyone but its reporter finds nothing."""
    entries = _entries(convo, now)
    if pressed is not None:
        chosen = next((e for e in entries if _name(e) == pressed), None)
    elif named is not None:  # by its minute (of two begun in it, the later), or to the second, however it was said
        chosen = next((e for e in reversed(entries) if named in (_called(e), _to_the_second(e))), None)
    else:
        chosen = entries[-1] if entries else None
    if chosen is None:
        _store(convo, entries, now)
        if named is not None:
            kept_here = f" Kept here now: {_others(entries, now)}." if entries else ""
            return (f"There's no report {named} kept for Undo here. Undo brings back only your own reports, within "
                    f"{int(UNDO_WITHIN.total_seconds() // 60)} minutes of cancelling or stopping them (or "
                    f"{ASIDE_WITHIN.days} days, set aside); type 'my reports' to see the ones you've sent.{kept_here}")
        if pressed is not None:
            return ("That report is not kept any more: it was brought back already, or deleted (a cancelled report is "
                    f"kept for an hour, {MAX_KEPT} at most; anything already gone to the Headteacher as URGENT stays "
                    "with that concern). Type undo for the last one kept, if any.")
        return "There's no cancelled report to bring back here. Type 'report a concern' to start one."
    _store(convo, [e for e in entries if e is not chosen], now)
    which = (f"This is {_described(chosen, now, entries)}. You have more kept: {_others(entries, now, chosen)}."
             if len(entries) > 1 else "")
    return (flow.step_named(str(chosen.get("step", ""))) or flow.Step.CATEGORY, flow.Draft.from_json(chosen),
            which[:1].upper() + which[1:])


def is_kept(convo: Conversation, now: datetime, name: str) -> bool:
    """Whether the report an Undo button (or a form) names is kept here."""
    return any(_name(e) == name for e in _entries(convo, now))


def forget_latest(convo: Conversation, now: datetime) -> Reply:
    """Delete the report kept last for Undo (what "cancel" typed again means), leaving any other kept; what to say."""
    entries = _entries(convo, now)
    _store(convo, entries[:-1], now)
    urgent = flow.Draft.from_json(entries[-1]).reference if entries else None
    also = (f" What you gave for {urgent} stays with it; please speak to the Designated Safeguarding Lead in person."
            if urgent else "")
    more = " Another report is still kept: type undo to bring it back." if len(entries) > 1 else ""
    return Reply(f"The report kept last for Undo has been deleted for good.{also}{more} Type 'report a concern' to "
                 "start again.")


def already_cancelled(convo: Conversation, now: datetime) -> Reply:
    """"cancel" typed with nothing in progress while a report is kept: a double send or a second thought, never a
    deletion (what is deleted cannot be brought back), so it says what is kept and how to delete it."""
    entries = _entries(convo, now)
    aside = bool(entries) and bool(entries[-1].get(_ASIDE))  # the one undo and delete act on: the latest
    kept_how = "set aside" if aside else "cancelled, and kept for an hour in case you need it back"
    return Reply(f"There's no report in progress to cancel: your report is {kept_how}. Type undo to bring it back, "
                 "or type delete to delete it for good now.")


def set_aside_last(data: dict[str, Any] | None, now: datetime) -> flow.Draft | None:
    """The report typed undo brings back here (the one kept last), if it was set aside, not cancelled: a report
    never sent that nobody chose to drop, for the draft reminder (`bot/draft_reminders.py`) to name."""
    entries = _live(data, now)
    return flow.Draft.from_json(entries[-1]) if entries and entries[-1].get(_ASIDE) else None


def reminder(convo: Conversation, now: datetime) -> str:
    """For a report begun while another is kept: how to go back to the kept one; "" if none is kept."""
    entries = _entries(convo, now)
    if not entries:
        return ""
    if entries[-1].get(_ASIDE):
        return ("You have a report set aside, not sent: type undo to go back to it instead (this one is then kept in "
                "its place).")
    return ("You cancelled a report in the last hour: type undo to go back to it instead (this one is then kept "
            "in its place).")


def waiting(convo: Conversation, now: datetime) -> str:
    """What is said under any other answer while a report is kept here: how to get it back; "" if none is."""
    entries = _entries(convo, now)
    if not entries:
        return ""
    # each other one by name, and how to bring it back: typed undo alone brings back only the latest
    others = f" Also kept: {_others(entries, now, entries[-1])}." if len(entries) > 1 else ""
    if entries[-1].get(_ASIDE):  # the one typed undo brings back: the latest
        days = ASIDE_WITHIN.days
        return (f"You also have a report set aside, not sent yet: type undo to carry on with it (it is kept for "
                f"{days} days from when you set it aside).{others}")
    if reference := entries[-1].get("reference"):  # stopped after its URGENT alert: C-0001 stands, not cancelled
        return (f"You stopped adding details to {reference}, and what you gave is with it: type undo to carry on "
                f"adding them.{others}")
    return f"Your cancelled report is kept for now: type undo to bring it back.{others}"


async def forget_expired(session: AsyncSession, now: datetime) -> int:
    """Delete kept reports whose hour has run out; returns how many conversations changed. Each change checks the
    version it read, so a turn that changed the row meanwhile wins and the next pass looks again."""
    rows = (await session.execute(select(Conversation.key, Conversation.version, Conversation.kept_report)
                                  .where(Conversation.kept_until <= now))).all()
    changed = 0
    for key, version, data in rows:
        kept_report, kept_until = _packed(_live(data, now), _live_offers(data, now))
        done = await session.execute(update(Conversation)
                                     .where(Conversation.key == key, Conversation.version == version)
                                     .values(kept_report=kept_report, kept_until=kept_until, version=version + 1)
                                     .execution_options(synchronize_session=False))
        changed += done.rowcount or 0  # type: ignore[attr-defined]
    return changed
