"""Questions about reporting itself ("who will see this?", "can i stay anonymous?", "how long are concerns kept?"):
which topic is asked about, and its answer.

The policy says nothing of how this product handles a report, so "not covered, ask the Headteacher" is no answer, and
filed as what happened such a question puts the teacher's worry into the DSL's report. These are answered with what
policybot actually does, worded for what the install has set up (bot/about_reporting_words.py). Practical steps ("can
i screenshot the post?") are bot/practical_steps.py's.

Words that tell of harm are never answered here: they are a concern's words (the callers check, as for any aside).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot import about_the_head
from bot.flows.asked_aside import plainly_asked

if TYPE_CHECKING:
    from bot.reporting_setup import ReportingSetup
    from policy_kb.knowledge import KnowledgeBase

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
# Or reporting in general, as a teacher asks before ever reporting: concerns ("how long are concerns kept?"), reports
# with nothing before them to say whose ("are reports confidential?", not "the smoothwall reports"), reporting itself
# ("is reporting anonymous?", not "reporting to parents" or "reporting on progress")
_REPORTING_ASKED = (r"\b(?:safeguarding )?concerns\b|"
                    r"(?:^\W*|\b(?:are|is|do|does|will|would|can|could|see|sees|read|reads|keep|keeps|kept|store|"
                    r"stores|happens to|happen to|about|for|with) )(?:safeguarding )?reports\b|"
                    r"\breporting\b(?! (?:to|on|back|period|cycle|system|tool|button|feature|function)\b)")
# Reporting to a platform ("is reporting a post to facebook anonymous?", "can i report it to instagram anonymously?")
# is the platform's, not this bot's
_PLATFORMS = (r"(?:facebook|fb|instagram|insta|tiktok|twitter|snapchat|snap|whatsapp|youtube|discord|roblox|ceop|"
              r"police|the police|ofsted|the (?:app|platform|site|website))")
_PLATFORM = re.compile(rf"\b{_PLATFORMS}\b", re.I)
_TO_PLATFORM = re.compile(rf"\breport\w*\b.{{0,30}}\b(?:to|on|via|through|with) {_PLATFORMS}\b", re.I)
# The teacher's own reporting in the first person ("will the parent find out i reported their post?"): about reporting
# whatever clause the words come near (parents reporting posts, APX.2), so answered so over a clause
_OWN_REPORT = re.compile(r"\b(?:i|i'm|im|i am|i've|ive) (?:report|reporting|reported)\b|\bmy (?:safeguarding )?"
                         r"(?:reports?|concerns?|referrals?)\b|\b(?:reports?|concerns?) (?:i|i've|ive) "
                         r"(?:make|made|send|sent|raise|raised|report|reported)\b", re.I)
_PEOPLE = (r"(?:the )?(?:head|heads|headteacher|head teacher|dsl|deputy|parents?|carers?|family|mum|dad|staff|other "
           r"staff|colleagues|my colleagues|teachers|governors|anyone|everyone|everybody|other people|the class|"
           r"the children|pupils|kids|office|the office|senco|slt|senior leaders?)")
_SEE = r"(?:see|read|look at|get|be sent|be shown|find out|know|hear|be told|get told|have access)"
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("about_head", about_the_head.ASKED),  # before "who sees": the Headteacher does, which is what they ask
    ("reported_told", re.compile(r"\b(?:person|parent|colleague|staff member|member of staff|teacher|mum|dad|child|"
                                 r"pupil|family)\b.{0,30}\b(?:i'?m|i am|i'?ve|i have|being|im) reporting\b.*\b(?:find "
                                 r"out|know|told|see|hear)\b|\b(?:will|would|do|does|are|is)\b.{0,40}\b(?:be told|get "
                                 r"told|be informed|find out)\b.{0,30}\b(?:reported|report)\b|\b(?:person|parent|"
                                 r"colleague|staff member|teacher|mum|dad|family|they|he|she)\b.{0,20}\bi (?:report|"
                                 r"reported|am reporting|raise a concern about)\b.{0,20}\b(?:be told|get told|find out|"
                                 r"know|be informed|hear)\b", re.I)),
    ("anonymous", re.compile(r"\banonym\w*|\b(?:without|leave out|keep out|hide|not (?:give|use|put)) (?:my|your) "
                             r"name\b|\bmy name (?:on|in|off|out|be)\b|\b(?:know|find out|tell|say|see) (?:who|that) "
                             r"(?:i|it) (?:was|reported|told|made)\b|\bit was me\b", re.I)),
    ("who_sees", re.compile(r"\b(?:shared|passed on|sent) (?:with|to) (?:the )?(?:parents?|staff|other staff|anyone|"
                            r"the family|families|colleagues|governors|pupils)\b|"
                            rf"{_Q}who (?:sees|reads|gets|receives) (?:it|them|this|these|reports?|concerns?|my|"
                            r"the|a)\b|"
                            r"\b(?:confidential|kept private|private)\b|\bwho (?:gets|is|will be|would be|else is) "
                            r"(?:told|informed|notified)\b|"
                            rf"{_Q}who (?:will|can|would|could|else|gets? to|is going to|does|do|might) ?(?:will |can "
                            rf"|would )?(?:{_SEE}|see it|have it)\b|\b(?:will|can|could|would|might) "
                            rf"{_PEOPLE} (?:be able to |going to |gonna |also |ever )?{_SEE}\b|\bwho (?:has|gets) "
                            rf"access\b|\bwho(?:'s| is) (?:it|this) (?:going|sent) to\b|\bwhere does (?:it|this|my "
                            rf"report|the report) go\b", re.I)),
    ("after_send", re.compile(r"\bwhat (?:happens|will happen|should i expect|do i do|next) (?:after|when|once|if|now "
                              r"that) (?:i'?ve |i have |i )?(?:send|sent|submit|submitted|finish|finished|report|"
                              r"reported)\b|\bwhat happens to (?:it|this|them|my report|the report|my concern|"
                              r"reports|concerns|a report|a concern)\b|"
                              r"\bwhat happens (?:next|now)\W*$|"
                              r"\bwill (?:i|anyone|someone|somebody) (?:hear|be told|get told|know) (?:back|what "
                              r"happens|anything)\b|\bwill (?:i|you) (?:get|be) (?:a reply|an answer|updated|told)\b",
                              re.I)),
    ("kept", re.compile(r"\bhow long (?:is|are|will|do|does|would)\b.*\b(?:kept|stored|held|saved|keep|store|"
                        r"hold)\b|\b(?:is|are|will) (?:it|this|my report|reports|the report) (?:be )?(?:kept|stored|"
                        r"saved|deleted)\b", re.I)),
    ("delete", re.compile(r"\b(?:can|could|how do|how can|may|do|should) (?:i|you|we) (?:(?:delete|remove|withdraw|"
                          r"take back|get rid of|retract|cancel|undo) (?:it|this|that|my report|the report|my concern|"
                          r"a report|reports|this report|a concern|the concern|concerns)|take (?:it|this|that|my "
                          r"report|the report|a report|my concern|a concern) back)\b", re.I)),
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
MAX_WORDS = 25  # more is likely an account with a question in it, not a question about reporting


def asked(words: str) -> bool:
    """Asked, not told: opening as a question ("will the head…", "what if…", "shud i…") or ending as one."""
    return _ASKED.search(words) is not None or plainly_asked(words)


# On the summary "can you remove it", "can i fix that later" ask to change a part: a correction, which it asks about
_CORRECTIONS = ("change", "delete")


def asked_about(text: str, in_report: bool, on_summary: bool = False) -> str | None:
    """The topic of a question about reporting itself (a `TOPICS` member, or `STEP_HELP` in a report), or None.
    Outside a report, only one naming the report ("who can see my report?") or reporting in general ("are concerns
    kept?"): there "can parents see this?" is as likely about a post. `on_summary`: in a report, at its summary."""
    words = " ".join(text.replace("\u2019", "'").split())
    if not words or len(words.split()) > MAX_WORDS:
        return None
    if in_report and _STEP_ASKED.search(words):  # "not sure which one to pick": asked, however it opens
        return STEP_HELP
    if not asked(words):
        return None
    for topic, pattern in _TOPICS:
        if pattern.search(words) and (in_report or _reporting_named(words)):
            return None if on_summary and topic in _CORRECTIONS else topic
    return None


def _reporting_named(words: str) -> bool:
    """Outside a report: the teacher's report named, or reporting concerns in general, not reporting to a platform."""
    if _TO_PLATFORM.search(words):
        return False
    return (re.search(_NAMED_REPORT, words, re.I) is not None
            or (re.search(_REPORTING_ASKED, words, re.I) is not None and _PLATFORM.search(words) is None))


def names_own_report(text: str) -> bool:
    """The teacher's own reporting named in the first person ("i reported", "my report", "the concerns i raise"): a
    question about reporting over whatever clause its other words come near."""
    return _OWN_REPORT.search(" ".join(text.replace("\u2019", "'").split())) is not None


def answer(topic: str, setup: ReportingSetup | None = None, outside: bool = False,
           kb: KnowledgeBase | None = None) -> str:
    """What policybot does, for a topic `asked_about` found (not `STEP_HELP`, which is the step's own help), worded
    for `setup` (None: not known, as in `ask`); `outside` a report, ending with the way to start one; `kb`: the
    school's guidance, for where a concern about the Headteacher goes."""
    from bot import cancelled_reports  # lazily: `ask` answers without the database's modules
    from bot.about_reporting_words import worded

    return worded(topic, setup, int(cancelled_reports.UNDO_WITHIN.total_seconds() // 3600),
                  cancelled_reports.ASIDE_WITHIN.days, outside, kb)
