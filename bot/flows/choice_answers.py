"""Answers to the choice questions, chosen or typed: the kind of concern, and whether a child is in immediate danger
(an URGENT alert raised on yes or not sure); words typed there that tell more than the choice kept as what happened.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.flows.another_child_named import named_as_affected
from bot.flows.another_concern import names_someone_new
from bot.flows.concern_draft import MAX_FIELD_CHARS, Draft, Step, Transition, clipped
from bot.flows.concern_prompts import prompt
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    DANGER_LABELS,
    DANGER_MEANINGS,
    danger_now_no,
    kinds_named,
    parse_category,
    parse_danger,
    read_danger,
    unsure_of_something_else,
)
from bot.flows.danger_asked_back import asks_back
from bot.flows.kind_risk import KIND_DANGER_AGAIN, KIND_STILL, KIND_STILL_EDITING, asks_danger_again, tells_risk
from bot.flows.report_reader import HEAD, draft_kind, draft_reader, staff_route
from bot.flows.risk_told import ANOTHER_CHILD_ADDED, ANOTHER_CHILD_NAMED, missing_by_a_name_only, new_risk_told
from bot.flows.step_moves import go_on
from bot.messages import OwnWords, Reply


def _risks_noted(draft: Draft, said: tuple[Reply, ...]) -> tuple[Draft, tuple[Reply, ...]]:
    """Words waiting that told a new risk (`danger_again`), as the danger answer becomes Yes or Not sure: put in
    What happened first, so the URGENT alert carries what it was raised for, not a report without them."""
    what, noted = draft.fields.get(Step.WHAT.value, ""), []
    for words in draft.queued:
        if new_risk_told(words, draft.fields) and len(what) + len(words) + 1 <= MAX_FIELD_CHARS:
            what, noted = (f"{what}\n{words}" if what else words), [*noted, words]
    if not noted:
        return draft, said
    left = tuple(words for words in draft.queued if words not in noted)
    shown = tuple(OwnWords("Added to What happened", clipped(words)) for words in noted)
    # kept in this report, never asked where they go as well: the alert goes with them now, and one record of them
    other = (ANOTHER_CHILD_NAMED,) if any(names_someone_new(words, draft.fields) for words in noted) else ()
    added = named_as_affected(draft, tuple(noted))  # read against the report before the words went in
    other = (ANOTHER_CHILD_ADDED,) if added is not draft else other
    return (replace(added, queued=left, fields={**added.fields, Step.WHAT.value: what}),
            (Reply("\n".join(("I've added what you typed to \u201cWhat happened\u201d, so the alert carries it. It "
                              "stays in this report, not asked about again.", *(row.line for row in shown), *other)),
                   own_words=shown), *said))


_TELLING_WORDS = 2  # typed at a choice question, this many words beside the choice and answering it tell something
# Words that answer a choice question rather than tell anything ("No, not that I know of", "I think it is bullying")
_ANSWERING = frozenset(("yes yeah yep no nope not sure unsure certain i im i'm i've ive don't dont do does think so "
                        "know maybe possibly probably perhaps definitely really that of it its it's is a an the this "
                        "one kind type sort concern about am as far aware can tell any none well um erm ok okay idk "
                        "would say guess would be could might there was were it'll at all fine safe alright "
                        "she's he's they're they them are aren't to my knowledge right now nothing like thank thanks "
                        "you option number in danger on at from with for just only currently moment anything "
                        "please should shall pick choose select tick click press go mark").split())


def noting(draft: Draft, text: str, choice: str, from_button: bool,
           always: bool = False) -> tuple[Draft, tuple[Reply, ...]]:
    """Words typed at a choice question that tell more than the choice ("my colleague has been messaging a Year 6
    girl on Snapchat at night"): kept as what happened, never dropped for the choice they named (its label typed
    out is only the choice); a button tells nothing more. `always`: the words told the choice ("he's here now"),
    so they are the teacher's telling however few."""
    told = text.strip()
    if from_button:
        return draft, ()
    label = set(re.findall(r"[a-z']+", (CATEGORY_LABELS | DANGER_LABELS).get(choice, "").lower()))
    beyond = [w for w in re.findall(r"[a-z0-9']+", told.lower().replace("\u2019", "'"))
              if w not in label and w not in _ANSWERING and not w.isdigit()]
    if (len(beyond) < _TELLING_WORDS and not always) or len(told) > MAX_FIELD_CHARS:
        return draft, ()
    what = draft.fields.get(Step.WHAT.value, "")
    if told in what:
        return draft, ()
    kept = f"{what}\n{told}" if what and len(what) + len(told) < MAX_FIELD_CHARS else what or told
    if kept == what:
        return draft, ()
    # More told than the opening: a report now, whatever began it
    return (replace(draft, fields={**draft.fields, Step.WHAT.value: kept}, doubtful=False),
            (Reply(NOTED_PAST if draft.editing else NOTED_AHEAD),))


NOTED_AHEAD = "I've noted what you wrote as what happened: you can keep it or change it when we get there."
# Under Edit (or the danger question asked again from the summary) "What happened" is behind, not ahead: the summary
# comes next, and shows it
NOTED_PAST = ("I've added what you wrote to “What happened”, so it stays in the report: you'll see it on the "
              "summary, where Edit: What happened changes it.")


# The danger answer read from words that told it: not sure said to be urgent too, as its help says
_TOLD_URGENT = {"not_sure": ", which is treated as urgent"}


def _which_kind(text: str) -> str:
    named = kinds_named(text)
    if len(named) < 2:
        return "Please choose one of the kinds of concern (or type its number)."
    labels = [f"\u201c{CATEGORY_LABELS[key]}\u201d" for key in named]
    return (f"That could be {', '.join(labels[:-1])} or {labels[-1]}. Please choose the closest kind of concern: "
            "the DSL can change it later.")


def _asked_again(step: Step, draft: Draft, text: str, from_button: bool, why: str) -> Transition:
    """A choice question asked again, what the words told kept as what happened."""
    noted, said = noting(draft, text, "", from_button)
    return Transition(step, noted, (*said, Reply(why), prompt(step, noted)))


def choice_answer(step: Step, draft: Draft, text: str, from_button: bool) -> Transition:
    """The kind of concern (`step` CATEGORY) or whether a child is in danger now (DANGER), chosen or typed."""
    if step is Step.CATEGORY:
        if not from_button and tells_risk(text, draft.fields):  # "his dad hits him": a risk, never a parent's post
            return _risk_at_kind(draft, text)
        key = parse_category(text)
        if key is None:  # naming no kind, or more than one, but perhaps telling what happened
            return _asked_again(step, draft, text, from_button, _which_kind(text))
        noted, said = noting(draft, text, key, from_button)
        if said:  # a sentence named the kind by a word in it ("her dad sent her a photo"): which is said
            fix = "choose Edit: Kind of concern on the summary" if draft.editing else "type back"
            said = (Reply(f"I've noted what you wrote as what happened, and taken the kind of concern as "
                          f"\u201c{CATEGORY_LABELS[key]}\u201d: {fix} if that's not right."),)
        return go_on(step, noted.with_field(step.value, key), said)
    key, told = read_danger(text) if not from_button else (parse_danger(text), False)
    if key is None and not from_button and asks_back(text):  # "sure?": what each answer means, then the question
        return Transition(step, draft, (Reply(DANGER_MEANINGS), prompt(step, draft)))  # no telling to keep
    if key is None:  # a no with a doubt or a yes in it, or no answer at all
        why = ("That says what you're not sure of, not whether a child is in danger now." if
               unsure_of_something_else(text) else "I couldn't tell whether that means yes or no.")
        return _asked_again(step, draft, text, from_button, f"{why} Please answer yes, no or not sure: if you're "
                            "not sure, say not sure, and it is treated as urgent.")
    noted, said = noting(draft, text, key, from_button, always=told)
    if told:  # a danger now, told not answered: the reading said, so a wrong one can be put right
        said = (Reply(f"From what you wrote, I've answered \u201cIs a child in immediate danger?\u201d as "
                      f"\u201c{DANGER_LABELS[key]}\u201d{_TOLD_URGENT.get(key, '')}. Type back if that's not "
                      "right."), *said)
    return _danger(noted, said, key)


def route_on_choosing(before: Draft, result: Transition, route: str | None) -> Transition:
    """The kind question answered (`before`: the draft it was asked of) with a member of staff's conduct, which it was
    not, chosen nor offered: the school's route for such a concern (`route`, `report_reader.route_said`), said once
    before the next question, as the opening says it where the words put the kind. A report begun with nothing told
    ("I need to report something") opened "so the Designated Safeguarding Lead can act", and the teacher never read
    where a concern about a colleague goes. Not about the Headteacher (the DSL acts then, as the flow says), nor
    where the question is still asked or the report ended."""
    if (route is None or result.next in (Step.CATEGORY, None) or result.effect in ("cancel", "set_aside", "ask")
            or not result.replies):
        return result
    chosen = result.draft.fields.get(Step.CATEGORY.value)
    if not staff_route(chosen) or staff_route(draft_kind(before)) or draft_reader(result.draft) != HEAD:
        return result
    said = Reply(f"With that kind, I'll take down the facts so {HEAD} can act. {route}")
    return replace(result, replies=(*result.replies[:-1], said, result.replies[-1]))


def _risk_at_kind(draft: Draft, text: str) -> Transition:
    """A risk told at the kind question (`kind_risk`): under an Edit, the danger question asked again (answered at once
    by words that tell a danger now, as on the summary), the words in What happened and the kind as it was; at a new
    report's first question, the kind asked again, the words kept."""
    if not asks_danger_again(text, draft.fields, draft.editing):
        noted, _ = noting(draft, text, "", False, always=True)  # said once, in KIND_STILL
        why = KIND_STILL_EDITING if draft.editing else KIND_STILL
        return Transition(Step.CATEGORY, noted, (Reply(why), prompt(Step.CATEGORY, noted)))
    key, read = read_danger(text, on_summary=True)
    if read and key in ("yes", "not_sure") and not missing_by_a_name_only(text, draft.fields):
        return choice_answer(Step.DANGER, draft, text, from_button=False)
    noted, _ = noting(draft, text, "", False, always=True)
    typed = OwnWords("What you typed", clipped(text.strip()))
    return Transition(Step.DANGER, noted, (Reply(f"{KIND_DANGER_AGAIN}\n{typed.line}", own_words=(typed,)),
                                           prompt(Step.DANGER, noted)))


def _danger(draft: Draft, said: tuple[Reply, ...], key: str) -> Transition:
    if key != "no":
        draft, said = _risks_noted(draft, said)
    updated = draft.with_field("danger", key)
    if key == "no" and draft.reference and draft.fields.get("danger") != "no":  # after the alert: it stays
        return go_on(Step.DANGER, updated, (*said, Reply(danger_now_no(draft.reference))))
    if key == "no":
        return go_on(Step.DANGER, updated, said)
    act_now = Reply("Please act now: speak to the Designated Safeguarding Lead in person straight away, and call "
                    "999 if a child's life is at risk. Don't wait for this report.", urgent=True)
    if draft.reference:  # already escalated as URGENT; answering again must not raise a second alert
        return go_on(Step.DANGER, updated, (act_now, *said))
    return go_on(Step.DANGER, updated, (act_now, *said), effect="escalate_urgent")
