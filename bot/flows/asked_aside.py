"""Questions typed in the middle of a report ("can i screenshot the post?", "should i reply to the mum"): which words
are plainly asked rather than told, so that a report step can answer them aside, or offer them back.

A teacher reporting often stops to ask what to do. At a step answered by a choice (the kind, the danger question,
the summary) such words are not its answer: they are answered as outside a report and the step is asked again,
nothing filed. At a step answered in the teacher's own words they may be part of the story ("can she come back
tomorrow?"), so they are kept as its answer and offered back. Words that tell of harm are never answered aside:
they are a concern's words, kept in the report and never logged.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.flows.danger_asked_back import asks_back
from intents import Understanding
from intents.intent_rules import report_signals, strip_pleasantries

Aside = Literal["", "question", "help"]

# Asked, not told: a question's opening words with someone or something after them ("can i", "should we", "is this",
# "who is", "what's"). Not a bare "?" ("Sam B?", "on the school field?": an unsure answer) and not "when" or "where"
# alone ("when i got in this morning..." is a story).
_ASKED = re.compile(
    r"(?:(?:so|ok|okay|and|also|um|erm|sorry|btw|quick question|just wondering|one more thing|oh)[ ,:-]+)*"
    r"(?:(?:c(?:an|na|n)|could|cud|sh(?:ould|oud|uld|ud|ld)|shall|must|do|does|am|is|are|would|may)\s+"
    r"(?:i|we|you|u|it|this|that|they|he|she|there|staff|teachers|parents|the|a|an|my|our)\b|"
    r"(?:who|what|how|why|where|which|when)\s+(?:is|are|do|does|should|can|could|would|shall|must|happens|will)\b|"
    r"(?:who|what|how|where)(?:'|\u2019)?s\b)", re.I)
# Told at the danger question, these ask about the danger itself: read as its answer is, never answered aside
_DANGER_WORDS = re.compile(
    r"\b(?:999|police|ambulance|emergency|danger\w*|unsafe|risk|hurt\w*|harm\w*|abus\w*|hit|hits|hitting|beat\w*|"
    r"touch\w*|kill\w*|scared|frightened|afraid|suicid\w*|run(?:ning)? away|missing|tonight|now)\b", re.I)
# At the danger question, also who is where and whether a child goes home, is collected or is kept safe ("is she safe to
# go home?", "can the dad pick her up after school?", "is the man still at the gate?"): the danger asked about
_DANGER_AT_HAND = re.compile(
    r"\b(?:he|she|him|her|hes|shes|they|them|safe\w*|threat\w*|home|gates?|collect\w*|pick\w*|walk\w*|alone|"
    r"outside|away from|keep|kept|come in|turn\w* up|today|after school|won'?t|doesn'?t want)\b", re.I)
# At any choice step, harm named, asked about or not ("is there an option for a child being harmed at home?", "can i
# add that he hit her as well?"): a concern's words, kept as the step keeps any words, never answered aside and logged
_HARM_WORDS = re.compile(
    r"\b(?:hurt\w*|harm\w*|abus\w*|hit|hits|hitting|beat\w*|punch\w*|kick\w*|slap\w*|smack\w*|touch\w*|grop\w*|"
    r"groom\w*|rape\w*|sexual\w*|nudes?|naked|kill\w*|suicid\w*|self ?harm\w*|cut(?:s|ting)? (?:her|him)self|"
    r"bruis\w*|injur\w*|neglect\w*|threat\w*|scared|frightened|afraid|unsafe|danger\w*|at risk|drunk|violen\w*|"
    r"assault\w*|run(?:ning)? away|missing|police|999)\b", re.I)
# On the summary, words asking to put something in the report ("can i add that it happened twice?", "is it possible
# to add the boy's name?"): a correction, which the summary asks about, whatever clause "add" matches
_ASKS_TO_CHANGE = re.compile(r"\b(?:add|put|include|mention|say|write|note|change|correct|fix|update|amend|edit|"
                             r"remove|delete|take out|swap)\b", re.I)
_TELLING = ("narrative", "incident", "harm_and_report")
# Asked at the kind question, a kind named this way is its answer ("is it bullying?", "is this bullying on whatsapp",
# "could it be staff conduct"), where one named in what to do is not ("should i ring her mum", "can i screenshot
# the post") and nor is one in whether something is allowed ("is it ok to save the pics as evidence")
_KIND_ASKED = re.compile(
    r"(?:is|was|would|could|might|does)\s+(?:it|this|that)\s+(?!(?:ok|okay|alright|allowed|fine|right|best|wise|"
    r"safe|possible|worth|necessary|something|anything|for|my|our|me|up to)\b)", re.I)
# Or asked whether to choose it ("do i pick other?", "should i choose staff conduct"), one kind and not two
_KIND_CHOSEN = re.compile(r"(?:do|should|shall|can|could|must) (?:i|we) (?:just )?(?:pick|choose|select|tick|click|"
                          r"press|put|go (?:with|for)|mark)\s+(?!.*\b(?:or|both|and)\b)", re.I)
_KIND_WORDS = 8  # more is a story or a question that only mentions a kind


def plainly_asked(text: str) -> bool:
    """Words that open as a question does, whatever their ending ("can i screenshot it", "shud i reply to the
    mum")."""
    return _ASKED.match(text.strip()) is not None


def asks_if_kind(text: str) -> bool:
    """Plainly asked words shaped to ask whether it is a kind ("is it bullying on whatsapp"): if they name one, it
    is the answer."""
    text = text.strip()
    return (_KIND_ASKED.match(text) is not None or _KIND_CHOSEN.match(text) is not None) and \
        len(text.split()) <= _KIND_WORDS


def tells_of_harm(text: str, meaning: Understanding) -> bool:
    """Words that are, or may be, a concern's: read as a report or perhaps one, harm named, or telling what
    happened as the report rules hear it ("what do i do if a child says her dad hits her?")."""
    if meaning.intent == "report_concern" or meaning.report_first or meaning.doubtful:
        return True
    signals = report_signals(strip_pleasantries(text))
    return any(signals.get(name) for name in _TELLING)


def asked_aside(text: str, meaning: Understanding | None, cites_surely: bool, on_summary: bool,
                at_danger: bool) -> Aside:
    """How words typed at a choice step are answered aside: "help" (what the bot does, asked), "question" (a
    question about the policy or what to do, plainly asked, telling of no harm), or "" (read as the step reads
    any words). `cites_surely`: the matcher cites a clause surely, needed `on_summary`, where a question the policy
    does not answer may be a correction ("can you add that her mum knows?"), which the summary asks about.
    `at_danger`: at the danger question, where words about danger are never put aside."""
    if meaning is None:
        return ""
    if meaning.intent == "help":
        return "help"
    if not may_be_put_aside(text, meaning) or (on_summary and (not cites_surely or _ASKS_TO_CHANGE.search(text))):
        return ""
    return "" if at_danger and (about_danger(text) or asks_back(text)) else "question"


def about_danger(text: str) -> bool:
    """Words about the danger itself ("what if he hits her again tonight?"): at the danger question, its answer's."""
    from bot.flows.danger_told import danger_told  # here: its patterns cost a quarter second, unused by `ask`

    return (_DANGER_WORDS.search(text) is not None or _DANGER_AT_HAND.search(text) is not None
            or danger_told(text) is not None)


def may_be_put_aside(text: str, meaning: Understanding | None) -> bool:
    """Plainly asked, read as a question (answered from the policy or not covered by it), and telling of no harm:
    words a teacher may have meant for the bot, not the report."""
    return (meaning is not None and meaning.intent in ("policy_question", "out_of_scope") and plainly_asked(text)
            and not tells_of_harm(text, meaning) and not _HARM_WORDS.search(text))


def may_answer_about_reporting(text: str, meaning: Understanding, at_danger: bool) -> bool:
    """A question about reporting itself (bot/about_reporting.py) may be answered aside at any step: read as a
    question or a word to the bot, telling of no harm, and at the danger question not about the danger."""
    return (meaning.intent in ("policy_question", "out_of_scope", "help") and not tells_of_harm(text, meaning)
            and not _HARM_WORDS.search(text) and not (at_danger and about_danger(text)))


def only_asks_about_reporting(text: str) -> bool:
    """Words the report rules read as a report only for asking about reporting ("what happens after i report a
    concern?", "can i report anonymously"): no telling of what happened, and no harm named."""
    signals = report_signals(strip_pleasantries(text))
    return not any(signals.get(name) for name in _TELLING) and not _HARM_WORDS.search(text)
