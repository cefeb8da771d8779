"""The answers to questions about reporting itself, worded for what this install has set up (`ReportingSetup`).

Each sentence rests on the code: the escalation message (bot/concerns.py `view`) shows the kind, every answer given and
"Reported by <name>" where the report goes; only admins (POLICYBOT_ADMINS, bot/config.py) can list or act on concerns
(bot/admin_turns.py); the reporter is told privately of each acknowledgement, take and close (bot/concerns.py `act`);
nothing is ever sent to anyone else; with nowhere set, a report waits (`destinations.nowhere_yet`) and its reporter is
told so. With no setup known (`ask`, which has no database) the answers say where a report goes without claiming a
channel is there.
"""

from __future__ import annotations

from bot import about_the_head
from bot.report_route import NO_CHANNEL, NO_INBOX
from bot.reporting_setup import ReportingSetup
from policy_kb.knowledge import KnowledgeBase

DSL = "the Designated Safeguarding Lead"
# Outside a report the answer ends with the way to start one (in a report the step is asked again instead)
OFFER = "To report something, choose Report a concern or type 'report a concern'."
_SHOWN = "the kind of concern, your answers and your name"
_BESIDES = ("besides you ('my reports') and whoever looks after the bot's database. Other staff, parents and pupils "
            "can't, and I don't send it to anyone else.")


def _waits(setup: ReportingSetup | None) -> str:
    """With nowhere set: why a report waits, as this install has it (a local install's inbox off, not a channel)."""
    nowhere = NO_INBOX if setup is not None and setup.no_sign_in else NO_CHANNEL
    return (f"but {nowhere}: a report sent now is kept here until an admin sets one up, so tell the Headteacher or "
            f"{DSL} in person too")


def _admins(setup: ReportingSetup | None) -> str:
    """Who the admins are, as far as this install says; empty when there are none."""
    if setup is None:
        return f"the staff set up as this bot's admins (usually the Headteacher and {DSL})"
    if setup.admins == 0:
        return ""
    return ("the one person set up as this bot's admin" if setup.admins == 1
            else f"the {setup.admins} people set up as this bot's admins")


def _where(setup: ReportingSetup | None) -> str:
    """Where a report goes, for a setup with somewhere set (or none known)."""
    if setup is None or not setup.where:
        return "the channel or inbox set up for the Headteacher to receive concerns"
    return setup.where


def _readers(setup: ReportingSetup | None, there: bool = False) -> str:
    """Everyone who can see a report but its reporter and the database's keeper; `there`: where it goes was just
    said."""
    admins = _admins(setup)
    if setup is not None and setup.where is None:
        return admins
    return f"whoever reads {'it there' if there else _where(setup)}" + (f" and {admins}" if admins else "")


# A local install (neither Slack nor Teams on): its inbox and chat have no sign-in, so "only the admins can" is untrue
_NO_SIGN_IN = ("but the inbox and this chat have no sign-in, so anyone using the computer this bot runs on can open "
               "them")


def _only(setup: ReportingSetup | None, what: str, there: bool = False) -> str:
    """"only … can see `what`", or, with nowhere set and no admin, that no one else can; on a local install, who is
    meant to, and that anyone at its computer can."""
    readers = _readers(setup, there)
    if setup is not None and setup.no_sign_in:
        return f"{'only ' + readers if readers else 'no one else'} should see {what}, {_NO_SIGN_IN}"
    return f"only {readers} can see {what}" if readers else f"no one else can see {what} (no admin is set up either)"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _nowhere(setup: ReportingSetup | None) -> bool:
    return setup is not None and setup.where is None


def _who_sees(setup: ReportingSetup | None) -> str:
    # on a local install anyone at its computer can, so neither "besides you" nor "other staff can't" is true
    besides = ("and nobody on another computer can. I don't send it to anyone else."
               if setup is not None and setup.no_sign_in else _BESIDES)
    if _nowhere(setup):
        return (f"A report shows {_SHOWN}. It is for the Headteacher, {_waits(setup)}. Until then "
                f"{_only(setup, 'it')}, {besides}")
    told = "" if setup is not None else " (if none is set up yet, it is kept here until one is, and I tell you so)"
    return (f"A report goes to {_where(setup)}{told}, where it shows {_SHOWN}. "
            f"{_cap(_only(setup, 'it', there=True))}, {besides}")


def _reported_told(setup: ReportingSetup | None) -> str:
    waits = f" A report is for the Headteacher, {_waits(setup)}." if _nowhere(setup) else ""
    return (f"I don't tell the person you report, or their family, anything: {_only(setup, 'a report')}."
            f"{waits} What happens next, and who is spoken to, is for the Headteacher and {DSL} to decide.")


def _anonymous(setup: ReportingSetup | None) -> str:
    waits = f" It is for the Headteacher, {_waits(setup)}." if _nowhere(setup) else ""
    # "will my name be on the report?" is asked as often as "is it anonymous?": a bare "No:" answered it wrongly
    never = "" if setup is not None and setup.no_sign_in else ", never the person you report"  # they may be there
    return (f"A report here is never anonymous: it always carries your name, so {DSL} can come back to you. "
            f"{_cap(_only(setup, 'it'))}{never}.{waits} If you'd rather not use the bot, speak to {DSL} in person.")


def _after_send(setup: ReportingSetup | None) -> str:
    told = "I tell you privately when someone acknowledges it, takes it on, or closes it."
    if _nowhere(setup):
        return (f"When you send it, you get a reference (like C-0001), {_waits(setup)}. {told} If a child may be in "
                f"danger, go to {DSL} in person straight away. Type 'my reports' at any time to see where your reports "
                "stand.")
    told_then = "" if setup is not None else " (if none is set up yet, I tell you so then)"
    return (f"When you send it, you get a reference (like C-0001) and it goes to {_where(setup)}{told_then}. {told} If "
            "a child may be in danger, the Headteacher is alerted as soon as you answer that question, and reminded if "
            "nobody acknowledges it. Type 'my reports' at any time to see where your reports stand.")


def _kept(hours: int, days: int) -> str:
    return (f"A sent report is kept with its record of who did what, and I never delete it: how long the school keeps "
            f"safeguarding records is for {DSL}. A report you cancel is kept for {hours} hour in case you want it "
            f"back (type undo), then deleted; one you set aside is kept for {days} days.")


_FIXED = {
    "change": (
        "Before you send it, yes: type back to go to the last question, and the summary at the end lets you change "
        f"any answer. Once it is sent, I can't change it: tell {DSL} what to add or correct, quoting its reference "
        "(type 'my reports' to see it)."),
    "delete": (
        "Before you send it, type cancel: it is kept for an hour in case you want it back (type undo), and typing "
        "delete after cancelling deletes it for good. An URGENT alert already sent to the Headteacher stays, and a "
        f"sent report can't be deleted here: speak to {DSL}."),
    "my_reports": "Type 'my reports' to see the reports you've sent and where each one stands.",
}
_BY_SETUP = {"who_sees": _who_sees, "reported_told": _reported_told, "anonymous": _anonymous,
             "after_send": _after_send}
# "what if my concern is about the head?": worded with the school's guidance (bot/about_the_head.py)
ABOUT_HEAD = "about_head"
TOPICS = frozenset({*_FIXED, *_BY_SETUP, "kept", ABOUT_HEAD})


def worded(topic: str, setup: ReportingSetup | None, hours: int, days: int, outside: bool = False,
           kb: KnowledgeBase | None = None) -> str:
    """The answer for a topic (a `TOPICS` member); `outside` a report, it ends with the way to start one. `kb`: the
    school's guidance, for what it says of a concern about the Headteacher, who reads every report here."""
    if topic == ABOUT_HEAD and kb is not None:
        said = about_the_head.asked_note(kb, _where(setup))
    elif topic == ABOUT_HEAD:
        said = _who_sees(setup)
    elif topic == "kept":
        said = _kept(hours, days)
    elif topic in _BY_SETUP:
        said = _BY_SETUP[topic](setup)
        if topic == "who_sees" and kb is not None:  # the Headteacher is one: a concern about them goes elsewhere
            said = f"{said} {about_the_head.instead(kb)}"
    else:
        said = _FIXED[topic]
    return f"{said} {OFFER}" if outside else said
