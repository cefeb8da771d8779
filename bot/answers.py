"""The words of an answer: a direct plain-English answer, the clause quoted exactly, or an honest "not covered".

`answer_question` is what `ask`, `eval` and the engine share: understand the message, then word the reply.
Wording lives here once; renderers lay out `text`, `citation` and `choices`, plain ones print `full_text`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from bot import about_the_head
from bot.flows.report_reader import STAFF_ROUTE_LEAD  # also the tests' and `question_turns`'
from bot.head_conduct_asked import head_conduct_asked
from bot.messages import Citation
from intents import Understanding, understand
from intents.language import looks_foreign
from intents.understanding import NOTHING_TO_CONFIRM_YET
from policy_kb.guidance import STAFF_KIND
from policy_kb.knowledge import KnowledgeBase
from policy_kb.loader import Clause
from policy_kb.policy_name import with_article
from policy_kb.review import human_date, written_date

HUMAN_ROUTE = ("Please ask the Headteacher; if a child's safety is involved, tell the Designated Safeguarding Lead "
               "(DSL) today.")
NEAREST = "The nearest it comes is this:"


# Every reply names the policy loaded (`KnowledgeBase.name`), so another school's is never called Longton Lane's.
def not_covered_lead(name: str) -> str:
    return f"The {name} doesn't cover that, so I can't give you a policy answer."


def not_covered(name: str) -> str:
    return f"{not_covered_lead(name)} {HUMAN_ROUTE}"


def english_only(name: str) -> str:
    return (f"I can only read questions in English for now, so I can't tell whether the {name} covers that. "
            "Please ask again in English.")


# A question on a clause's subject that no clause settles (its `not_settled` near misses): say so, and show the
# clause, so the reader sees what the policy does say and that it stops short of their question.
def not_settled(name: str) -> str:
    return f"{not_covered_lead(name)} {NEAREST}"


CLOSEST = "That is the closest the policy comes to your question."
TENTATIVE = ("That is the closest the policy comes to your question; if it doesn't settle it, please ask the "
             "Headteacher.")


def confirmed(clause_id: str) -> str:
    """The answer to "really?" or "are you sure?" after an answer from the clause."""
    return (f"Yes \u2014 that is what clause {clause_id} says, word for word below. If your case is different, ask "
            "the Headteacher.")


NOTHING_TO_CONFIRM = "I can only confirm what the policy says, and my last answer quoted no part of it."


def unsure(name: str) -> str:
    return f"I'm not sure which part of the {name} you mean."


# A bare "abuse" or "trolling" is offered clauses too: the way to the DSL must not be lost with "not covered".
UNSURE_ROUTE = ("Or ask the Headteacher; if a child's safety is involved, tell the Designated Safeguarding Lead "
                "(DSL) today.")
REPORT_START = (
    "It sounds like you want to report a concern - thank you for raising it. "
    "If a child is in immediate danger, go to the Designated Safeguarding Lead (DSL) now, or call 999."
)
# A few words the report model only doubtfully takes for a report, that the policy has something to say to as a
# question ("parents spreading lies online"): the way to report it first, then the answer. The report itself routes
# the concern (a colleague's conduct to the Headteacher, a pupil's image to the DSL); the clause the words happen to be
# nearest may not name the right person ("kid sharing location with stranger" is nearest a picture clause).
MAYBE_REPORT = ("If this is a concern, please report it: choose Report a concern, or type \"report a concern\". If a "
                "child is in immediate danger, go to the Designated Safeguarding Lead (DSL) now, or call 999 if a life "
                "is at risk.")
# The same where others can read (a channel), the private report form offered just after the answer
MAYBE_REPORT_BELOW = ("If this is a concern, please report it with the private form offered below. If a child is in "
                      "immediate danger, go to the Designated Safeguarding Lead (DSL) now, or call 999 if a life is at "
                      "risk.")
AS_A_QUESTION = "If you were asking what the policy says:"


def help_text(name: str, examples: Sequence[str] = ()) -> str:
    """Help in a sentence or three; `examples`: questions on the loaded policy's own subjects (`help_examples`)."""
    quoted = " or ".join(f"\"{q}\"" for q in examples)
    return (f"I answer questions about the school's {name} and quote the exact clause"
            f"{f', for example {quoted}' if quoted else ''}. "
            "I can also help you report a concern: just say \"I need to report something\".")


def smalltalk(kind: str | None, name: str) -> str:
    """The short reply to a greeting, thanks and the like."""
    replies = {
        "greeting": f"Hello! Ask me anything about the school's {name}, or say \"report a concern\".",
        "thanks": "You're welcome. Ask me any time.",
        "ack": f"Anything else? Ask me about the {name}, or say \"report a concern\".",
        "bye": "Bye for now. I'm here whenever you have a question.",
        "joke": f"I'm much better at policy than jokes, I'm afraid. Try me with {with_article(name)} question!",
        "how_are_you": f"I'm fine, thank you! What would you like to know about the {name}?",
        "who_are_you": f"I'm policybot: I answer questions about the school's {name}, quoting the exact "
        "clause, and I help staff report concerns.",
        "no_words": f"I can only read words, not emoji on their own. Tell me in a few words what you'd like to know "
        f"about the {name}, or say \"report a concern\" if something has happened.",
        NOTHING_TO_CONFIRM_YET: "There's nothing for me to confirm yet: I haven't answered a question of yours. Ask "
        f"me a question about the {name} in your own words and I'll quote the part of it that answers you; then "
        "ask \"are you sure?\" if you want it checked.",
    }
    return replies.get(kind or "", replies["greeting"])


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SHORT = 200


@dataclass(frozen=True, slots=True)
class Answer:
    """What to say: the direct answer, the clause it rests on, did-you-mean choices, and all of it as text."""

    understanding: Understanding
    text: str
    citation: Citation | None
    choices: tuple[Citation, ...]
    full_text: str
    about_reporting: bool = False  # a question about reporting itself, answered with what the bot does (intent help)
    reporting_topic: str = ""  # and which (bot/about_reporting.py), so a turn can word it for what is set up


def citation(clause: Clause) -> Citation:
    """A clause as a citation: its ID, its exact words and its section title."""
    return Citation(clause.id, clause.text, clause.section_title)


def quote(c: Citation) -> str:
    """A citation as plain text: the exact words in quotation marks, then the clause ID."""
    where = f" ({c.section})" if c.section else ""
    return f"\u201c{c.text}\u201d [{c.clause_id}]{where}"


def which_of(count: int) -> str:
    """How "did you mean…" ends over `count` offered clauses: one reads as one, not as a list that lost the rest."""
    return "this one?" if count == 1 else "one of these?"


def _first_sentence(text: str) -> str:
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= _SHORT:
        return first
    return first[: first.rfind(" ", 0, _SHORT)].rstrip(",;:") + "\u2026"


def _review_note(kb: KnowledgeBase, today: date) -> str:
    due = kb.review_due()
    if due is None or not kb.review_overdue(today):
        return ""
    return (f"Please note: this policy was due for review by {human_date(due)} and is now overdue, "
            "so check with the Headteacher that it is still current.")


_ASKS_WHO = re.compile(r"\b(?:who|whom)\b", re.IGNORECASE)


def _meta_answer(clause: Clause, kb: KnowledgeBase) -> str:
    """Dates worded from the policy's front matter, so the answer can never disagree with the file."""
    meta = kb.policy.meta
    if clause.id == "META.AGREED" and meta.get("agreed"):
        agreed = written_date(meta["agreed"])
        by = f" by {meta['agreed_by']}" if meta.get("agreed_by") else ""
        return f"The policy was agreed on {human_date(agreed) if agreed else meta['agreed']}{by}."
    if clause.id == "META.REVIEW" and meta.get("next_review"):
        due = kb.review_due()
        by = f" (that is, by {human_date(due)})" if due and str(meta["next_review"]) != due.isoformat() else ""
        return f"The policy is next due for review in {meta['next_review']}{by}."
    return ""


def direct_answer(clause: Clause, kb: KnowledgeBase) -> str:
    """The plain-English answer for a clause: the school's own words, else one derived from the clause."""
    if clause.id.startswith("META.") and (worded := _meta_answer(clause, kb)):
        return worded
    guidance = kb.guidance(clause.id)
    if guidance is not None and guidance.answer:
        return guidance.answer
    return f"In short: {_first_sentence(clause.text)}"


def elsewhere(document: str, pointed_to: bool, name: str) -> str:
    """The lead for a question about what another document says, one a clause points to or not."""
    if pointed_to:
        return (f"That is for {document} to say: the {name} points to it but doesn't hold what it says, "
                f"so I can't give you a policy answer. {NEAREST}")
    return f"That is for {document} to say, not the {name}, so I can't give you a policy answer."


def _join(*parts: str) -> str:
    return "\n\n".join(p for p in parts if p)


def compose(u: Understanding, kb: KnowledgeBase, today: date | None = None, to_head: bool = True,
            form_below: bool = False) -> Answer:
    """Word the reply for an understanding already made (the engine may have one from its own turn); `to_head=False`
    leaves out the ways on to the Headteacher; `form_below`: the private report form follows, so a report offered
    first points to it rather than to a button or "report a concern"."""
    today = today or date.today()
    if u.intent == "smalltalk":
        text = smalltalk(u.smalltalk, kb.name)
        return Answer(u, text, None, (), text)
    if u.intent == "help":
        helped = help_text(kb.name, kb.help_examples)
        return Answer(u, helped, None, (), helped)
    if u.report_first:
        # A doubtful report answered as the question it may be, or harm named that no report rule took for a report:
        # the way to report first, and no "ask the Headteacher", whose question would carry a possible disclosure's
        # words with no reference and no DSL.
        bare = (replace(u, intent=u.as_question, report=False, as_question=None) if u.as_question is not None
                else replace(u, harm_named=False))
        asked = compose(bare, kb, today, to_head=False)
        way = MAYBE_REPORT_BELOW if form_below else MAYBE_REPORT
        # a member of staff's treatment of a child: the Headteacher's (and the LADO's), not the DSL's alone
        if u.about_staff:
            way = f"{way} {STAFF_ROUTE_LEAD} {kb.concern_route(STAFF_KIND)}"
        return Answer(u, _join(way, f"{AS_A_QUESTION} {asked.text}"), asked.citation, asked.choices,
                      _join(way, f"{AS_A_QUESTION} {asked.full_text}"))
    clause = kb.clause(u.clause_id) if u.clause_id else None
    if clause is None:
        if u.confirming:  # "really?" after an answer that quoted nothing: nothing of the policy's to confirm
            text = f"{NOTHING_TO_CONFIRM} {HUMAN_ROUTE}" if to_head else NOTHING_TO_CONFIRM
        elif u.report:
            # a member of staff's contact with or conduct towards a pupil: the staff route, not the DSL's
            route = kb.concern_route(STAFF_KIND if u.about_staff else "other")
            text = f"{REPORT_START} Otherwise: {route[:1].lower()}{route[1:]}"
            # "tell the Headteacher" of a concern about them: where instead
            if about_the_head.ASKED.search(u.text) or head_conduct_asked(u.text):
                text = f"{text} {about_the_head.instead(kb)}"
        elif looks_foreign(u.text):  # not understood, which is not the same as the policy not covering it
            text = _join(english_only(kb.name), HUMAN_ROUTE if to_head else "")
        elif u.unsure:
            options = tuple(citation(c) for a in u.alternatives if (c := kb.clause(a.clause_id)) is not None)
            listed = "\n".join(f"[{c.clause_id}] \u201c{_first_sentence(c.text)}\u201d" for c in options)
            lead = f"{unsure(kb.name)} Did you mean {which_of(len(options))}"
            return Answer(u, lead, None, options, _join(lead, listed, UNSURE_ROUTE if to_head else ""))
        elif u.document:
            near = kb.clause(u.nearest) if u.nearest else None
            text = _join(elsewhere(u.document, near is not None, kb.name), quote(citation(near)) if near else "",
                         HUMAN_ROUTE if to_head else "")
        elif u.nearest and (near := kb.clause(u.nearest)) is not None:
            text = _join(not_settled(kb.name), quote(citation(near)), HUMAN_ROUTE if to_head else "")
        else:
            text = not_covered(kb.name) if to_head else not_covered_lead(kb.name)
        return Answer(u, text, None, (), text)
    if u.confirming:
        # Doubted ("really?"): the clause is what settles it, so it is shown again with a yes, not re-answered as new
        text = confirmed(clause.id)
        cited = citation(clause)
        return Answer(u, text, cited, (), _join(text, quote(cited)))
    text = direct_answer(clause, kb)
    if clause.id == "META.AGREED" and _ASKS_WHO.search(u.text) and not kb.policy.meta.get("agreed_by"):
        text = f"{text} It doesn't say who agreed it: the Headteacher can tell you."
    if u.report:
        # B.1 and B.4's concerns go the DSL's way, unless a member of staff is the one in contact with the pupil
        category = STAFF_KIND if u.about_staff else kb.concern_category(clause.id)
        text = f"{text} To report it: {kb.concern_route(category)}"
    elif u.tentative:
        text = f"{text} {TENTATIVE if to_head else CLOSEST}"
    note = _review_note(kb, today)
    if note:
        text = f"{text} {note}"
    cited = citation(clause)
    choices: tuple[Citation, ...] = ()
    did_you_mean = ""
    if u.close_call:
        others = [kb.clause(a.clause_id) for a in u.alternatives[:2]]
        choices = (cited, *(citation(c) for c in others if c is not None))
        did_you_mean = "Or did you mean: " + "; ".join(
            f"[{c.clause_id}] \u201c{_first_sentence(c.text)}\u201d" for c in choices[1:]) + "?"
    return Answer(u, text, cited, choices, _join(text, quote(cited), did_you_mean))


def answer_question(
    text: str, kb: KnowledgeBase, previous_clause: str | None = None, today: date | None = None,
    question_only: bool = False, maybe_report: bool = False, form_below: bool = False, last_quoted: bool = True,
    in_report: bool = False, about_staff: bool = False,
) -> Answer:
    """Understand one message against the knowledge base and word the answer (`question_only`: the asker said it
    was a question, not a report; `maybe_report`: answered as one, with the report offered first all the same;
    `form_below`: the private report form follows the answer; `last_quoted`: the last answer quoted
    `previous_clause`, so "really?" may confirm it; `in_report`: asked aside in a report, whose kind its own step
    answers practical steps for, so neither the way to start one nor every kind's guidance is offered);
    `about_staff`: the caller knows the report these words begin is put as a member of staff's conduct, so a route
    said is that kind's."""
    meaning = understand(text, kb.index, previous_clause, question_only=question_only, last_quoted=last_quoted)
    if about_staff:
        meaning = replace(meaning, about_staff=True)
    if maybe_report and meaning.intent in ("policy_question", "out_of_scope"):
        meaning = replace(meaning, intent="report_concern", report=True, as_question=meaning.intent)
    if (about := _about_reporting(text, meaning, in_report, kb)) is not None:
        return about
    answered = _head_route_added(text, compose(meaning, kb, today, form_below=form_below), kb)
    return answered if in_report else _with_guidance(text, answered, kb)


def _head_route_added(text: str, answered: Answer, kb: KnowledgeBase) -> Answer:
    """A clause quoted to a question about the Headteacher's own conduct ("who deals with the head's posts?": B.0,
    "the Headteacher first"): where the school says such a concern goes instead, after it
    (bot/head_conduct_asked.py)."""
    # a report's own route already says so ("To report it: …; if it concerns the Headteacher, …")
    if (answered.citation is None or answered.understanding.report or answered.understanding.report_first
            or not head_conduct_asked(text)):
        return answered
    note = about_the_head.instead(kb)
    # "if it doesn't settle it, please ask the Headteacher" would send the worry to the one it is about
    said, full = (t.replace(TENTATIVE, CLOSEST) for t in (answered.text, answered.full_text))
    return replace(answered, text=f"{said} {note}", full_text=_join(full, note))


def _about_reporting(text: str, meaning: Understanding, in_report: bool, kb: KnowledgeBase) -> Answer | None:
    """A question about reporting itself, naming the report ("who can see my report?", "can i stay anonymous?") or
    reporting in general ("how long are concerns kept?"), that the policy does not answer (or that names the asker's
    own reporting, whatever clause its other words come near) and that tells of no harm: what the bot does, as help
    is (intent help, no clause). Worded here for no setup known; a turn words it again for its own (`reporting_topic`).
    """
    from bot.about_reporting import STEP_HELP, answer, asked_about, names_own_report
    from bot.flows.asked_aside import may_answer_about_reporting, only_asks_about_reporting

    topic = asked_about(text, in_report=False)
    # The Headteacher's own conduct asked about with no report named ("what if the head is the problem?"): where the
    # school says a concern about them goes, not "ask the Headteacher". Only asked: a concern told ("i'm worried about
    # the head, he's always alone with one girl") is a report, begun as before, its route naming the Chair (`compose`)
    if topic is None and meaning.intent != "report_concern" and head_conduct_asked(text):
        from bot.about_reporting_words import ABOUT_HEAD  # lazily, as `answer` does: it loads the settings library

        topic = ABOUT_HEAD
    if topic is None or topic == STEP_HELP:
        return None
    if meaning.clause_id is not None and not meaning.tentative and not names_own_report(text):
        return None
    # Read as a report only for the wish to report in it ("can i report anonymously"): nothing told, so nothing lost
    # by answering; the reply offers the report all the same
    asks = (meaning.intent == "report_concern" and not meaning.harm_named and not meaning.doubtful
            and only_asks_about_reporting(text))
    if not asks and (meaning.intent not in ("policy_question", "out_of_scope") or meaning.report_first
                     or not may_answer_about_reporting(text, meaning, at_danger=False)):
        return None
    said = answer(topic, outside=not in_report, kb=kb)
    helped = replace(meaning, intent="help", clause_id=None, confidence=0.0, alternatives=(), close_call=False)
    return Answer(helped, said, None, (), said, about_reporting=True, reporting_topic=topic)


def _with_guidance(text: str, answered: Answer, kb: KnowledgeBase) -> Answer:
    """A practical step asked outside a report ("can i screenshot the post?"): the school's reporting guidance where it
    speaks of it (bot/practical_steps.py), beneath a clause that answers it, or after "not covered" in place of the way
    to the Headteacher; a question that may be a concern's, or answered otherwise (which part, another document, the
    nearest clause), is left as it was."""
    from bot.flows.asked_aside import may_answer_about_reporting
    from bot.practical_steps import asks_to_copy_a_concern, outside_a_report

    u = answered.understanding
    plain = answered.text == not_covered(kb.name)
    # The nearest clause shown where none settles taking or keeping pictures ("should i screenshot the photo of the
    # pupil?" was shown B.3, posting event photos): a concern's picture asked to be copied is the guidance's to answer,
    # with its caution never to copy a sexual image of a child, as "not covered" is answered
    nearest_only = (answered.citation is None and u.clause_id is None and u.nearest is not None and u.document is None
                    and asks_to_copy_a_concern(text))
    if (u.intent not in ("policy_question", "out_of_scope") or u.report_first or u.confirming
            or (answered.citation is None and not (plain or nearest_only))
            or not may_answer_about_reporting(text, u, at_danger=False)):
        return answered
    guided = outside_a_report(text, kb, answered=answered.citation is not None)
    if guided is None:
        return answered
    said = f"{answered.text} {guided}" if answered.citation is not None else f"{not_covered_lead(kb.name)} {guided}"
    return replace(answered, text=said, full_text=said + answered.full_text[len(answered.text):])
