"""Words typed a question early or late, asked back before they are kept: a person alone at *When?* ("Mr Davies",
"her stepdad") is likely who is responsible, and a time alone at *Who is affected?* ("last night at 9") when it
happened. Kept where typed, the DSL read "When: Mr Davies" or "Affected: last night at 9" (review of helper summary4).
As *Who is responsible?* asks of a time (`step_answers._ask_if_when`): two buttons, the words in them, and a typed yes
or no straight after read as the answer (`Draft.asked_back`, "step:words"); anything else typed answers the step.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import actions
from bot.flows.bare_words import NO_WORDS, UNCLEAR_YES, agrees, quoted
from bot.flows.concern_draft import SKIPPED, Draft, Input, Step, Transition, in_brief, when_with_day
from bot.flows.concern_prompts import prompt
from bot.flows.report_buttons import for_report
from bot.flows.step_moves import stale_button, store_answer
from bot.flows.when_like import reads_as_when
from bot.messages import Button, Reply

AS_WHO = "as-who:"  # a When choice button's value: these words are who is responsible
AS_WHEN = "as-when:"  # a Who is affected or Who is responsible choice button's value: these words are when it happened
KEEP_HERE = "keep-here:"  # either step's other button: the words stay where typed
_DATED = "\x1f"  # between the words asked about and the same words dated as typed, in `Draft.asked_back`

_SHORT = 40
_RELATION = (r"(?:step ?)?(?:dad|daddy|father|mum|mummy|mom|mother|uncle|aunt|auntie|aunty|brother|sister|cousin|"
             r"grandad|granddad|grandpa|grandma|nan|nana|gran|granny|boyfriend|girlfriend|partner|neighbour|friend|"
             r"coach|tutor|babysitter|childminder|teacher|carer|foster (?:dad|mum|carer)|older (?:boy|girl|brother|"
             r"sister|man|woman|lad)|man|woman|lad)")
_WHO_ALONE = re.compile(
    r"(?:(?:it was|by|from|its|it s) )?(?:"
    # a title and name ("Mr O'Neill"), not a lesson of theirs ("Mrs Khan's lesson": when)
    r"(?:mr|mrs|miss|ms|mx|dr|sir) (?:[a-z-]+(?:'[a-z]{2,}[a-z-]*)?)(?: (?!lesson|class|group|club|room)[a-z-]+)?|"
    rf"(?:her|his|their|the|a|an|my|[a-z]+s) {_RELATION}(?:s (?:boyfriend|girlfriend|partner|friend))?|"
    # a name in a year group, never how a time is put ("back in year 5", "it started in year 6")
    r"(?!(?:back|started|starting|start|it|its|since|sometime|way|ever|all|when|was|began|from|even|also|still|only|"
    r"just|first|last|early|late|end|middle|beginning)\b)[a-z]+(?: [a-z]+)? in (?:year|yr|y) ?\d{1,2}|"
    r"an? (?:year|yr|y) ?\d{1,2} (?:boy|girl|pupil|student|lad))"
    r"(?: i think| maybe| probably)?")


def reads_as_who(text: str) -> bool:
    """Words that are only a person ("Mr Davies", "her stepdad", "Jake in year 6"): who, not when."""
    said = " ".join(re.sub(r"[^\w\s'-]", " ", text.lower().replace("\u2019", "'")).split())
    return len(said) <= _SHORT and not reads_as_when(text) and _WHO_ALONE.fullmatch(said) is not None


def _given(draft: Draft, step: Step) -> bool:
    value = draft.fields.get(step.value, "")
    return bool(value) and value not in SKIPPED.values()


def should_ask_back(step: Step, draft: Draft, text: str) -> bool:
    """Typed words to ask about before keeping them at `step` (never under Edit: the teacher chose that part)."""
    if draft.editing or quoted(text):
        return False
    if step is Step.WHEN:
        return not _given(draft, Step.RESPONSIBLE) and reads_as_who(text)
    if step is Step.AFFECTED:
        return not _given(draft, Step.WHEN) and reads_as_when(text)
    return False


def ask_back(step: Step, draft: Draft, text: str) -> Transition:
    """Is that who (at When) or when (at Who is affected)? Asked plainly, the words in the buttons."""
    words = text.strip()
    if step is Step.WHEN:
        yes, no, value = "Yes, it's who", "No, keep it as when", f"{AS_WHO}{words}"
        said = (f"When did it happen? \u201c{in_brief(words)}\u201d looks like who is responsible, not when. Is that "
                "right? If it is, I'll put it as who is responsible; or type when it happened.")
        dated = words
    else:
        dated = when_with_day(words, draft.typed_at) if draft.typed_at is not None else words
        yes, no, value = "Yes, it's when", "No, keep it as who", f"{AS_WHEN}{dated}"
        said = (f"Who is affected? \u201c{in_brief(words)}\u201d looks like when it happened, not who. Is that "
                "right? If it is, I'll put it as when it happened; or type who is affected.")
    buttons = for_report((Button(actions.CONCERN_CHOICE, yes, f"{step.value}:{value}", "primary"),
                          Button(actions.CONCERN_CHOICE, no, f"{step.value}:{KEEP_HERE}{words}")), draft)
    return Transition(step, replace(draft, asked_back=f"{step.value}:{words}{_DATED}{dated}"),
                      (Reply(said, buttons),))


def _still_asked(step: Step, draft: Draft, words: str) -> bool:
    """`ask_back`'s question about these words is the one waiting: once either button (or a typed answer) settled it,
    the same step is still asked (When again after "Yes, it's who"), so its other button, pressed from the old message,
    would put the words in a second part as well."""
    asked, _, rest = draft.asked_back.partition(":")
    return asked == step.value and words in rest.split(_DATED)


def pressed(step: Step, draft: Draft, text: str) -> Transition | None:
    """A button from `ask_back`: the words moved (`moved`) or kept where typed, while its question waits; pressed
    after, an old button that changes nothing. None: not such a button."""
    if text.startswith(KEEP_HERE):
        words = text.removeprefix(KEEP_HERE)
        if not _still_asked(step, draft, words):
            return stale_button(step, draft)
        return store_answer(step, replace(draft, asked_back=""), words)
    # Only When and Who is affected ask back here: Who is responsible's own "Yes, it's when" (`step_answers`) shares
    # AS_WHEN and is no stale press of this question's
    prefix = {Step.WHEN: AS_WHO, Step.AFFECTED: AS_WHEN}.get(step)
    if prefix is not None and text.startswith(prefix) and not _still_asked(step, draft, text.removeprefix(prefix)):
        return stale_button(step, draft)
    return moved(step, draft, text)


def moved(step: Step, draft: Draft, text: str) -> Transition | None:
    """The words `ask_back` asked about put in the other part, and `step` asked again. None: `text` is no such
    button's value."""
    if step is Step.WHEN and text.startswith(AS_WHO):
        other, words = Step.RESPONSIBLE, text.removeprefix(AS_WHO)
    elif step is Step.AFFECTED and text.startswith(AS_WHEN):
        other, words = Step.WHEN, text.removeprefix(AS_WHEN)
    else:
        return None
    put = draft.with_field(other, words)
    name = "who is responsible" if other is Step.RESPONSIBLE else "when it happened"
    return Transition(step, put, (Reply(f"I've put \u201c{in_brief(put.fields[other.value])}\u201d as {name}."),
                                  prompt(step, put)))


def answered_back(step: Step, draft: Draft, text: str) -> Transition | None:
    """A typed yes or no straight after `ask_back` at this step: the words moved, or kept here. None: anything else
    (a typed answer answers the step as ever)."""
    asked, _, rest = draft.asked_back.partition(":")
    if asked != step.value or not rest or quoted(text):
        return None
    words, _, dated = rest.partition(_DATED)
    draft = replace(draft, asked_back="")
    word = Input(text=text).word
    if agrees(text) or word in UNCLEAR_YES:
        return moved(step, draft, (AS_WHO if step is Step.WHEN else AS_WHEN) + (dated or words))
    if word in NO_WORDS or word == "nah":
        return store_answer(step, draft, words)
    # The step answered plainly instead ("on monday" after "Mr Davies" at When, "Sam B" after "last night at 9" at
    # Who is affected): the words before were the other part's, as asked, so they go there rather than nowhere
    other = Step.RESPONSIBLE if step is Step.WHEN else Step.WHEN
    if len(text) > _SHORT * 2 or (reads_as_when(text) if step is Step.AFFECTED else not reads_as_when(text)):
        return None
    put = draft.with_field(other, dated or words)
    stored = store_answer(step, put, text.strip())
    name = "who is responsible" if other is Step.RESPONSIBLE else "when it happened"
    return replace(stored, replies=(Reply(f"I've put \u201c{in_brief(put.fields[other.value])}\u201d as {name}, "
                                          "as it looked: Edit on the summary changes it."), *stored.replies))
