"""Practical steps a reporter asks about ("can i screenshot the post?", "should i reply to the parent?", "do i tell the
parents?"), answered from the school's own reporting guidance (the `concerns:` routes of its guidance YAML), said to
be that and not a clause, and only where a route speaks of the step asked; otherwise the honest "not covered" stands.

In a report the kind is chosen (`practical_step`). Outside one (`outside_a_report`) it is the kind the question names
("a parent's post"), or, where it names none, what the guidance says of that step for each kind that speaks of it,
and which kind it is asked; a clause that answers the question keeps its answer, the guidance added beneath it.
Words that tell of harm are never answered here: they are a concern's words (the callers check).
"""

from __future__ import annotations

import re

from bot.about_reporting import MAX_WORDS, asked
from bot.flows.concern_wording import CATEGORY_LABELS, SEXUAL_IMAGE_GUIDANCE
from policy_kb.guidance import CONCERN_CATEGORIES
from policy_kb.knowledge import KnowledgeBase

# Practical steps a reporter asks about, and what a school's route must speak of to answer them
_PRACTICAL: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\bscreen ?(?:shot|grab|cap|print)\w*|\btake a (?:photo|picture|pic) of (?:the|it|this|that)\b",
                re.I), re.compile(r"screenshot|picture|forward|save", re.I)),
    (re.compile(r"\b(?:reply|respond|answer|comment|message) (?:to |back to |on )?(?:the |her |his |their |that |"
                r"this )?(?:parent|mum|dad|carer|post|comment|message|them|him|her|it|online)\b|\b(?:reply|respond)\b",
                re.I),
     re.compile(r"repl|respond|online|confront", re.I)),
    # _KEEP: keeping things as evidence
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


_KEEP = 2  # `_PRACTICAL`'s keeping step
_SCREENSHOT = 0  # ...and its screenshot step
# Said with any answer on screenshotting or keeping something, whatever the kind: a route may say "Screenshot it if you
# can" (a parent's post) and the image route only "don't share or forward", so "can i screenshot the photo he sent
# her?" read as leave to screenshot what may be a sexual image of a child; the report's evidence step says never
_IMAGE_CAUTION = f"Whatever the kind, {SEXUAL_IMAGE_GUIDANCE[:1].lower()}{SEXUAL_IMAGE_GUIDANCE[1:]}"


def _copying(words: str, steps: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]) -> bool:
    """Whether the step asked is screenshotting or keeping something (`steps`: `_PRACTICAL` or `_OUTSIDE`)."""
    return any(steps[i][0].search(words) for i in (_SCREENSHOT, _KEEP))


def asks_practical(text: str) -> bool:
    """A practical step asked about, as a reporter asks it ("can i screenshot the post?", "do i tell the parents?")."""
    words = " ".join(text.replace("\u2019", "'").split())
    return (bool(words) and len(words.split()) <= MAX_WORDS and asked(words)
            and any(asked_for.search(words) for asked_for, _ in _PRACTICAL))


def practical_step(text: str, kb: KnowledgeBase, category: str | None, policy_answers: bool = False) -> str | None:
    """The school's own guidance for a practical step asked about, once the kind of concern is known and its route
    speaks of that step; None otherwise. `policy_answers`: a clause answers the question too, so the policy is not
    said to be silent."""
    words = " ".join(text.replace("\u2019", "'").split())
    if not category or not asks_practical(words):
        return None
    route = kb.concern_route(category)
    for asked_for, spoken_of in _PRACTICAL:
        if asked_for.search(words) and spoken_of.search(route):
            kind = CATEGORY_LABELS.get(category, category)
            lead = "" if policy_answers else "The policy itself doesn't say, but "
            said = f"the school's reporting guidance for \u201c{kind}\u201d says: {route}"
            caution = f" {_IMAGE_CAUTION}" if _copying(words, _PRACTICAL) else ""
            return (f"{lead}{said}" if lead else said[:1].upper() + said[1:]) + caution + (
                " If you're unsure, ask the Designated Safeguarding Lead.")
    return None


# The kind of concern a question names, by what was posted and by whom ("the parent's post", "a colleague's photo");
# "do i tell the parents?" names parents as whom to tell, not as who posted, and so names no kind
_KIND_ASKED: dict[str, re.Pattern[str]] = {
    "parent_post": re.compile(r"\b(?:parents?|mums?|moms?|dads?|carers?|visitors?|mother|father)(?:'s|s')? (?:\w+ "
                              r")?(?:posts?|comments?|status|tweets?|reviews?|facebook|fb)\b|\b(?:posts?|comments?|"
                              r"tweets?) (?:by|from) (?:a|the|one of the) (?:parents?|mums?|dads?|carers?)\b", re.I),
    "staff_conduct": re.compile(r"\b(?:colleagues?|teachers?|staff member|member of staff|ta|tas)(?:'s|s')? "
                                r"(?:\w+ )?(?:posts?|comments?|photos?|tweets?|accounts?|page)\b", re.I),
    # "the pupil's photo", or said the other way round, "the photo of the pupil"
    "image": re.compile(r"\b(?:pupils?|child|children|kids?|students?)(?:'s|s')? (?:photos?|pictures?|images?|pics?|"
                        r"videos?|selfies?)\b|\b(?:photos?|pictures?|images?|pics?|videos?|selfies?) of (?:a|the|this|"
                        r"that|one of (?:the|my|our)) (?:\w+ )?(?:pupils?|child|children|kids?|students?|girls?|"
                        r"boys?)\b", re.I),
    "bullying": re.compile(r"\b(?:cyber ?)?bull(?:y|ying|ied|ies)\b|\bnasty messages\b|\bgroup chat\b", re.I),
}
_UNSURE = " If you're unsure, ask the Designated Safeguarding Lead."
_OFFER = "If it's a concern, choose Report a concern or type 'report a concern'."


def _words(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def kind_named(text: str) -> str | None:
    """The one kind of concern a question names, or None (none, or more than one)."""
    named = [kind for kind, pattern in _KIND_ASKED.items() if pattern.search(_words(text))]
    return named[0] if len(named) == 1 else None


# Outside a report nothing says a concern is in hand, so each step is asked of the thing to report, by the asker
# ("should i reply to the parent's post?", "do i tell the parents?", "can i keep the screenshots as evidence?"); not
# "will the school respond to parents on facebook", "can i email parents from my gmail", "can i take a photo of the
# class?", "how long do we keep photos?" or "how many days to respond to a complaint", which are the policy's or none
_BY_ME = r"^\W*(?:(?:so|ok|and|also|quick q|quick question)[ ,:-]+)*(?:should|shall|can|could|do|must|may) (?:i|we) "
_OUTSIDE: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\bscreen ?(?:shot|grab|cap|print)\w*|\btake a (?:photo|picture|pic) of (?:the|that|this) (?:post|"
                r"comment|message|screen|tweet)\b", re.I), _PRACTICAL[0][1]),
    (re.compile(_BY_ME + r"(?:reply|respond|answer|comment)\b.{0,30}\b(?:post|posts|comment|comments|tweet|status|"
                r"online|facebook|fb|page|group)\b", re.I), _PRACTICAL[1][1]),
    (re.compile(r"\b(?:keep|save|store|hold on to|hang on to|download)\b.{0,40}\bas evidence\b|\b(?:keep|save|store)"
                r" (?:the |my |a |any )?(?:evidence|screenshots?)\b", re.I), _PRACTICAL[_KEEP][1]),
    (re.compile(_BY_ME + r"(?:tell|ring|call|phone|contact|inform|speak to|talk to) (?:the |her |his |their |the "
                r"child'?s |the pupil'?s )?(?:parents?|mum|dad|carers?|family)\W*$", re.I), _PRACTICAL[3][1]),
)
_RETENTION = re.compile(r"\bhow long\b", re.I)


def asks_to_copy_a_concern(text: str) -> bool:
    """A practical step asked outside a report is screenshotting or keeping a thing of a kind of concern ("should i
    screenshot the photo of the pupil?"; not "…the class photo for the newsletter?"), which the caution against
    copying a sexual image of a child goes with."""
    words = _words(text)
    return asks_practical(words) and _copying(words, _OUTSIDE) and kind_named(words) is not None


def _steps_outside(words: str) -> list[re.Pattern[str]]:
    """What a route must speak of, for each step asked outside a report."""
    return [spoken_of for asked_for, spoken_of in _OUTSIDE if asked_for.search(words)]


def _kinds_speaking_of(words: str, kb: KnowledgeBase) -> list[str]:
    """The kinds whose route speaks of the step asked, in the guidance's order."""
    steps = _steps_outside(words)
    return [kind for kind in CONCERN_CATEGORIES
            if (route := kb.concern_route(kind)) and any(spoken_of.search(route) for spoken_of in steps)]


def _label(kind: str) -> str:
    return CATEGORY_LABELS.get(kind, kind)


def outside_a_report(text: str, kb: KnowledgeBase, answered: bool) -> str | None:
    """What to say of a practical step asked outside a report, from the school's reporting guidance; None where it
    says nothing of it. `answered`: a clause answers the question, so this is added beneath its answer (and only for
    a kind the question names: a clause with every kind's guidance after it would bury it)."""
    words = _words(text)
    if not asks_practical(words) or _RETENTION.search(words) or not _steps_outside(words):
        return None
    kinds = _kinds_speaking_of(words, kb)
    kind = kind_named(words)
    if kind is not None:
        if kind not in kinds:
            return None
        route = kb.concern_route(kind)
        said = f"the school's reporting guidance (not the policy) for \u201c{_label(kind)}\u201d says: {route}"
        caution = f" {_IMAGE_CAUTION}" if _copying(words, _OUTSIDE) else ""
        return f"{'Also, ' if answered else 'But '}{said}{caution}{_UNSURE} {_OFFER}"
    if answered or not kinds:
        return None
    listed = "\n".join(f"\u2022 {_label(k)}: {kb.concern_route(k)}" for k in kinds)
    which = "Which kind is it?" if len(kinds) > 1 else "Is it that kind?"
    caution = f"{_IMAGE_CAUTION} " if _copying(words, _OUTSIDE) else ""
    return (f"But the school's reporting guidance (not the policy) speaks of it for "
            f"{'these kinds' if len(kinds) > 1 else 'this kind'} of concern:\n{listed}\n{caution}{which} To report "
            f"it, choose Report a concern or type 'report a concern' and pick the kind.{_UNSURE}")
