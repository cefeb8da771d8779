"""Questions about reporting itself ("who will see this?", "can i stay anonymous?", "can i change it later?") and the
practical steps a reporter asks about ("can i screenshot the post?", "should i reply to the parent?").

The policy says nothing of how this product handles a report, so "not covered, ask the Headteacher" is no answer, and
filed as what happened such a question puts the teacher's worry into the DSL's report. These are answered with what
policybot actually does (each sentence below rests on the code named beside it), and a practical step only with the
school's own reporting guidance for the kind chosen (the `concerns:` routes of its guidance YAML), said to be that and
not a clause; where the route says nothing of the step, nothing is answered here and the honest "not covered" stands.

Words that tell of harm are never answered here: they are a concern's words (the callers check, as for any aside).
"""

from __future__ import annotations

import re

from bot.flows.asked_aside import plainly_asked
from bot.flows.concern_wording import CATEGORY_LABELS
from policy_kb.knowledge import KnowledgeBase

# What each answer says, checked against the code: the escalation message (bot/concerns.py `view`) shows the kind,
# every answer given and "Reported by <name>" in the Headteacher's channel; only admins (POLICYBOT_ADMINS,
# bot/config.py) can list or act on concerns (bot/admin_turns.py); the reporter is told privately of each
# acknowledgement, take and close (bot/concerns.py `act`); nothing is ever sent to anyone else.
ANSWERS: dict[str, str] = {
    "who_sees": (
        "A report goes to the Headteacher's channel, where it shows the kind of concern, your answers and your name. "
        "Only that channel and the staff set up as this bot's admins (usually the Headteacher and the Designated "
        "Safeguarding Lead) can see it, besides you ('my reports') and whoever looks after the bot's database. Other "
        "staff, parents and pupils can't, and I don't send it to anyone else."),
    "reported_told": (
        "I don't tell the person you report, or their family, anything: the report goes only to the Headteacher's "
        "channel and the bot's admins. What happens next, and who is spoken to, is for the Headteacher and the "
        "Designated Safeguarding Lead to decide."),
    "anonymous": (
        "No: a report here always carries your name, so the Designated Safeguarding Lead can come back to you. It "
        "goes only to the Headteacher's channel and the bot's admins, never to the person you report. If you'd rather "
        "not use the bot, speak to the Designated Safeguarding Lead in person."),
    "after_send": (
        "When you send it, you get a reference (like C-0001) and it goes to the Headteacher's channel. I tell you "
        "privately when someone acknowledges it, takes it on, or closes it. If a child may be in danger, the "
        "Headteacher is alerted as soon as you answer that question, and reminded if nobody acknowledges it. Type "
        "'my reports' at any time to see where your reports stand."),
    "kept": (
        "A sent report is kept with its record of who did what, and I never delete it: how long the school keeps "
        "safeguarding records is for the Designated Safeguarding Lead. A report you cancel is kept for {hours} "
        "hour in case you want it back (type undo), then deleted; one you set aside is kept for {days} days."),
    "change": (
        "Before you send it, yes: type back to go to the last question, and the summary at the end lets you change "
        "any answer. Once it is sent, I can't change it: tell the Designated Safeguarding Lead what to add or "
        "correct, quoting its reference (type 'my reports' to see it)."),
    "delete": (
        "Before you send it, type cancel: it is kept for an hour in case you want it back (type undo), and typing "
        "delete after cancelling deletes it for good. An URGENT alert already sent to the Headteacher stays, and a "
        "sent report can't be deleted here: speak to the Designated Safeguarding Lead."),
    "my_reports": "Type 'my reports' to see the reports you've sent and where each one stands.",
}
# Only in a report, where "this" is the report: how to answer the question shown (its step help follows)
STEP_HELP = "step_help"

_Q = r"(?:^|\b)"
# Outside one, the teacher's report must be named ("my report", "a concern", "the person i'm reporting"), not any
# report ("can governors see the smoothwall reports?"), or anonymity asked of their own ("can i stay anonymous?", not
# "is the staff survey anonymous")
_NAMED_REPORT = (r"\b(?:my|a|the|this|our|your) (?:safeguarding )?(?:reports?|concerns?|referrals?)\b|"
                 r"\b(?:i|i'm|im|i am|i've|ive|we) (?:report|reporting|reported|raise|raised|raising)\b|"
                 r"\breport(?:ing)? (?:a concern|something|someone|somebody|it|this|him|her|them)\b|"
                 r"^\W*(?:can|could|may|will|do|should) i (?:stay|be|remain|report|do it|keep it|keep my name)\b")
_PEOPLE = (r"(?:the )?(?:head|heads|headteacher|head teacher|dsl|deputy|parents?|carers?|family|mum|dad|staff|other "
           r"staff|colleagues|my colleagues|teachers|governors|anyone|everyone|everybody|other people|the class|"
           r"the children|pupils|kids|office|the office|senco|slt|senior leaders?)")
_SEE = r"(?:see|read|look at|get|be sent|be shown|find out|know|hear|be told|get told|have access)"
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reported_told", re.compile(r"\b(?:person|parent|colleague|staff member|member of staff|teacher|mum|dad|child|"
                                 r"pupil|family)\b.{0,30}\b(?:i'?m|i am|i'?ve|i have|being|im) reporting\b.*\b(?:find "
                                 r"out|know|told|see|hear)\b|\b(?:will|would|do|does|are|is)\b.{0,40}\b(?:be told|get "
                                 r"told|be informed|find out)\b.{0,30}\b(?:reported|report)\b", re.I)),
    ("anonymous", re.compile(r"\banonym\w*|\b(?:without|leave out|keep out|hide|not (?:give|use|put)) (?:my|your) "
                             r"name\b|\bmy name (?:on|in|off|out|be)\b|\b(?:know|find out|tell|say|see) (?:who|that) "
                             r"(?:i|it) (?:was|reported|told|made)\b|\bit was me\b", re.I)),
    ("who_sees", re.compile(rf"{_Q}who (?:will|can|would|could|else|gets? to|is going to|does|do|might) ?(?:will |can "
                            rf"|would )?(?:{_SEE}|see it|have it)\b|\b(?:will|can|could|would|might) "
                            rf"{_PEOPLE} (?:be able to |going to |gonna |also |ever )?{_SEE}\b|\bwho (?:has|gets) "
                            rf"access\b|\bwho(?:'s| is) (?:it|this) (?:going|sent) to\b|\bwhere does (?:it|this|my "
                            rf"report|the report) go\b", re.I)),
    ("after_send", re.compile(r"\bwhat (?:happens|will happen|should i expect|do i do|next) (?:after|when|once|now "
                              r"that) (?:i'?ve |i have |i )?(?:send|sent|submit|submitted|finish|finished|report|"
                              r"reported)\b|\bwhat happens to (?:it|this|my report|the report|my concern)\b|"
                              r"\bwhat happens (?:next|now)\W*$|"
                              r"\bwill (?:i|anyone|someone|somebody) (?:hear|be told|get told|know) (?:back|what "
                              r"happens|anything)\b|\bwill (?:i|you) (?:get|be) (?:a reply|an answer|updated|told)\b",
                              re.I)),
    ("kept", re.compile(r"\bhow long (?:is|are|will|do|does|would)\b.*\b(?:kept|stored|held|saved|keep|store|"
                        r"hold)\b|\b(?:is|are|will) (?:it|this|my report|reports|the report) (?:be )?(?:kept|stored|"
                        r"saved|deleted)\b", re.I)),
    ("delete", re.compile(r"\b(?:can|could|how do|how can|may|do|should) (?:i|you|we) (?:delete|remove|withdraw|take "
                          r"back|get rid of|retract|cancel) (?:it|this|that|my report|the report|my concern|a report|"
                          r"reports|this report)\b", re.I)),
    ("change", re.compile(r"\b(?:can|could|how do|how can|may|will i be able to) (?:i|you|we) (?:change|edit|amend|"
                          r"update|correct|fix|add to|add more to|go back and change)\b.*\b(?:later|afterwards|"
                          r"after (?:i|it|sending|that)|once (?:i|it)|(?:it'?s|it is|it has been|been) sent)\b", re.I)),
    ("my_reports", re.compile(r"\b(?:check|see|find|track|follow up|follow-up|look at|chase)\b.{0,20}\b(?:my|the|a) "
                              r"(?:reports?|concerns?)\b.{0,20}(?:later|status|progress|stand|after|again|sent)?",
                              re.I)),
)
# In a report only: how to answer the step, or which kind to pick (its step help says)
_STEP_ASKED = re.compile(
    r"\bwhat do (?:these|the|those|all these) (?:options|choices|kinds|buttons|categories|answers|numbers) mean\b|"
    r"\bhow (?:do|should|shall) i answer (?:this|that|it|the question)\b|"
    r"\b(?:not sure|unsure|don'?t know|dont know|no idea) (?:which|what) (?:kind|one|option|category|type|to pick|to "
    r"choose)\b|\bwhich (?:kind|one|option|category|type) (?:do|should|shall) i (?:pick|choose|use|press|go for)\b|"
    r"\bwhat (?:does|do) (?:this|that|it|the question) mean\b", re.I)
# Opening as a question, a modal with someone or something after it ("will the head…", "can i…"; not "will tell the
# parents tomorrow", an answer) or a question word ("who…", "what if…"), or ending as one
_ASKED = re.compile(r"^\W*(?:(?:so|ok|okay|and|also|um|erm|sorry|btw|quick question|just wondering|one more thing|oh|"
                    r"hi|hello|sorry to ask|wait|hang on)[ ,:-]+)*(?:(?:will|would|can|could|cud|cn|do|does|did|is|are|"
                    r"am|should|shall|may|might) (?:i|we|you|u|it|this|that|they|the|a|an|my|our|anyone|anybody|"
                    r"someone|somebody|parents?|staff|people|there|head|dsl|other|everyone|governors)\b|(?:who|what|"
                    r"whats|what's|how|where|when|which)\b)|\?\s*$", re.I)
_WORDS = 25  # more is likely an account with a question in it, not a question about reporting

# Practical steps a reporter asks about, and what a school's route must speak of to answer them
_PRACTICAL: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\bscreen ?(?:shot|grab|cap|print)\w*|\btake a (?:photo|picture|pic) of (?:the|it|this|that)\b",
                re.I), re.compile(r"screenshot|picture|forward|save", re.I)),
    (re.compile(r"\b(?:reply|respond|answer|comment|message) (?:to |back to |on )?(?:the |her |his |their |that |"
                r"this )?(?:parent|mum|dad|carer|post|comment|message|them|him|her|it|online)\b|\b(?:reply|respond)\b",
                re.I),
     re.compile(r"repl|respond|online|confront", re.I)),
    (re.compile(r"\b(?:keep|save|store|hold on to|hang on to|download)\b.{0,40}\b(?:evidence|pics?|pictures?|photos?|"
                r"images?|screenshots?|messages?|videos?)\b|\bas evidence\b", re.I),
     re.compile(r"screenshot|picture|forward|save|evidence", re.I)),
    (re.compile(r"\b(?:tell|ring|call|phone|contact|speak to|talk to|inform|let|email|message) (?:the |her |his |"
                r"their |the child'?s |the pupil'?s )?(?:parents?|mum|dad|carers?|family)\b", re.I),
     re.compile(r"parent|carer|family", re.I)),
    (re.compile(r"\b(?:ask|question|quiz|talk to|speak to)\b.{0,30}\b(?:more questions|anything else|more about|"
                r"about it|what happened|child|pupil)\b", re.I),
     re.compile(r"question|ask the child|leading", re.I)),
)


def _asked(words: str) -> bool:
    """Asked, not told: opening as a question ("will the head…", "what if…", "shud i…") or ending as one."""
    return _ASKED.search(words) is not None or plainly_asked(words)


# On the summary "can you remove it", "can i fix that later" ask to change a part: a correction, which it asks about
_CORRECTIONS = ("change", "delete")


def asked_about(text: str, in_report: bool, on_summary: bool = False) -> str | None:
    """The topic of a question about reporting itself (an `ANSWERS` key, or `STEP_HELP` in a report), or None.
    Outside a report, only one naming the report ("who can see my report?"): there "can parents see this?" is as
    likely about a post. `on_summary`: in a report, at its summary."""
    words = " ".join(text.replace("\u2019", "'").split())
    if not words or len(words.split()) > _WORDS:
        return None
    if in_report and _STEP_ASKED.search(words):  # "not sure which one to pick": asked, however it opens
        return STEP_HELP
    if not _asked(words):
        return None
    for topic, pattern in _TOPICS:
        if pattern.search(words) and (in_report or re.search(_NAMED_REPORT, words, re.I)):
            return None if on_summary and topic in _CORRECTIONS else topic
    return None


def asks_practical(text: str) -> bool:
    """A practical step asked about, as a reporter asks it ("can i screenshot the post?", "do i tell the parents?")."""
    words = " ".join(text.replace("\u2019", "'").split())
    return (bool(words) and len(words.split()) <= _WORDS and _asked(words)
            and any(asked.search(words) for asked, _ in _PRACTICAL))


def practical_step(text: str, kb: KnowledgeBase, category: str | None, policy_answers: bool = False) -> str | None:
    """The school's own guidance for a practical step asked about, once the kind of concern is known and its route
    speaks of that step; None otherwise. `policy_answers`: a clause answers the question too, so the policy is not
    said to be silent."""
    words = " ".join(text.replace("\u2019", "'").split())
    if not category or not asks_practical(words):
        return None
    route = kb.concern_route(category)
    for asked, spoken_of in _PRACTICAL:
        if asked.search(words) and spoken_of.search(route):
            kind = CATEGORY_LABELS.get(category, category)
            lead = "" if policy_answers else "The policy itself doesn't say, but "
            said = f"the school's reporting guidance for \u201c{kind}\u201d says: {route}"
            return (f"{lead}{said}" if lead else said[:1].upper() + said[1:]) + (
                " If you're unsure, ask the Designated Safeguarding Lead.")
    return None


def answer(topic: str) -> str:
    """What policybot does, for a topic `asked_about` found (not `STEP_HELP`, which is the step's own help)."""
    from bot import cancelled_reports  # lazily: `ask` answers without the database's modules

    return ANSWERS[topic].format(hours=int(cancelled_reports.UNDO_WITHIN.total_seconds() // 3600),
                                 days=cancelled_reports.ASIDE_WITHIN.days)
