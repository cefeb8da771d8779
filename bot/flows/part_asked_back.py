"""Words typed a question early or late, asked back before they are kept: a person alone at *When?* ("Mr Davies",
"her stepdad") is likely who is responsible, and a time alone at *Who is affected?* or *Who is responsible?* ("last
night at 9") when it happened. Kept where typed, the DSL read "When: Mr Davies" or "Affected: last night at 9" (review
of helper summary4). One question for all three: two buttons, the words in them; a typed yes or no read as the answer
(`answered_back`, before anything else typed is read); the step answered plainly instead puts the words where they
looked to belong (`answered_instead`); more words of the same look are asked about with the first (`ask_back`). Held
in `Draft.asked_back` ("step:words", then the words dated as typed), which any answer stored ends.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import actions
from bot.flows.bare_words import NO_WORDS, UNCLEAR_YES, agrees, quoted
from bot.flows.concern_draft import (
    DATED_AS,
    SHOWN_CHARS,
    SKIPPED,
    Draft,
    Input,
    Step,
    Transition,
    asked_back_as,
    in_brief,
    when_with_day,
)
from bot.flows.concern_prompts import prompt
from bot.flows.people_named import is_a_name, is_a_thing
from bot.flows.report_buttons import for_report
from bot.flows.step_moves import stale_button, store_answer
from bot.flows.when_like import reads_as_when
from bot.messages import Button, Reply
from intents.rule_words import CARER, DAD, MUM, SIBLING, WIDER_FAMILY
from intents.year_groups import YEAR

AS_WHO = "as-who:"  # a When choice button's value: these words are who is responsible
AS_WHEN = "as-when:"  # a Who is affected or Who is responsible choice button's value: these words are when it happened
KEEP_HERE = "keep-here:"  # either step's other button: the words stay where typed

_SHORT = 40
_RELATION = (rf"(?:step ?)?(?:{MUM}|{DAD}|{SIBLING}|{WIDER_FAMILY}|{CARER}|boyfriend|girlfriend|partner|neighbour|"
             r"friend|wife|husband|coach|tutor|babysitter|childminder|teacher|"
             r"older (?:boy|girl|brother|"
             r"sister|man|woman|lad)|man|woman|lad)")
_WHO_ALONE = re.compile(
    r"(?:(?:it was|by|from|its|it s) )?(?:"
    # a title and name ("Mr O'Neill"), not a lesson of theirs ("Mrs Khan's lesson": when)
    r"(?:mr|mrs|miss|ms|mx|dr|sir) (?:[a-z-]+(?:'[a-z]{2,}[a-z-]*)?)(?: (?!lesson|class|group|club|room)[a-z-]+)?|"
    rf"(?:her|his|their|the|a|an|my|[a-z]+'?s) {_RELATION}(?:s (?:boyfriend|girlfriend|partner|friend))?|"
    # a name in a year group, never how a time is put ("back in year 5", "it started in year 6")
    r"(?!(?:back|started|starting|start|it|its|since|sometime|way|ever|all|when|was|began|from|even|also|still|only|"
    rf"just|first|last|early|late|end|middle|beginning)\b)[a-z]+(?: [a-z]+)? in {YEAR}|"
    rf"an? {YEAR} (?:boy|girl|pupil|student|lad))"
    r"(?: i think| maybe| probably)?")

_BARE_RELATION = re.compile(_RELATION)


# People named together in one message: "Sam and Leo", "Jake Smith, Leo B", "Priya & Tom"
_TOGETHER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|n|&|\+)\s)\s*", re.I)
# A name as typed: a capitalised first name, then a capitalised surname or an initial ("Jake Smith", "Leo B.")
_NAME_TYPED = re.compile(r"([A-Z][a-z]+(?:['-][A-Za-z]+)?)(?:\s+([A-Z][a-z]+(?:['-][A-Za-z]+)?|[A-Z]\.?))?")
# Capitalised words of a time that are no one's name, typed together at When ("Easter and Christmas", "May and June";
# a season's, which may be a name, too: review revAL found "Summer and Autumn" asked back as who; a weekday's short
# form, helper when8: "Mon and Tue", "Fri and Sat" were)
_OCCASIONS = frozenset("""christmas xmas easter halloween bonfire diwali eid ramadan hanukkah passover whitsun
    spring summer autumn winter half term holidays holiday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed weds thu thur thurs fri sat sun""".split())


def reads_as_who(text: str) -> bool:
    """Words that are only a person ("Mr Davies", "her stepdad", "Jake in year 6"), or only people named together
    ("Sam and Leo", "Jake Smith, Leo B": until helper notices7 kept as when): who, not when."""
    if len(text) > _SHORT * 2 or reads_as_when(text):
        return False
    parts = [part.strip(" .") for part in _TOGETHER.split(text.strip().replace("\u2019", "'"))]
    if len(parts) > 1:
        return all(part and (_person_alone(part) or _a_name_typed(part) or _a_relation(part)) for part in parts)
    return _person_alone(text)


def _person_alone(text: str) -> bool:
    said = " ".join(re.sub(r"[^\w\s'-]", " ", text.lower().replace("\u2019", "'")).split())
    return len(said) <= _SHORT and _WHO_ALONE.fullmatch(said) is not None


def _a_relation(part: str) -> bool:
    """A relation alone, only as one of people named together ("mum and dad", "dad, uncle": helper when8, kept as
    when); alone at When, "mum" may begin anything ("mum" then "said he hit her"), so it is not asked back."""
    return _BARE_RELATION.fullmatch(part.lower()) is not None


def _a_name_typed(part: str) -> bool:
    """A first name typed with its capital, and a surname or initial after it; never a thing's, a day's or a
    season's word ("Maths", "Monday", "Easter")."""
    found = _NAME_TYPED.fullmatch(part.rstrip("."))
    return found is not None and all(
        is_a_name(word) and not is_a_thing(word.lower()) and word.lower() not in _OCCASIONS
        for word in found.groups() if word is not None and len(word.rstrip(".")) > 1)


def _given(draft: Draft, step: Step) -> bool:
    value = draft.fields.get(step.value, "")
    return bool(value) and value not in SKIPPED.values()


_OTHER = {Step.WHEN: Step.RESPONSIBLE, Step.AFFECTED: Step.WHEN, Step.RESPONSIBLE: Step.WHEN}
_MOVES = {Step.WHEN: AS_WHO, Step.AFFECTED: AS_WHEN, Step.RESPONSIBLE: AS_WHEN}  # the Yes button's value prefix
_NAMES = {Step.WHEN: "when it happened", Step.AFFECTED: "who is affected", Step.RESPONSIBLE: "who is responsible"}


def should_ask_back(step: Step, draft: Draft, text: str) -> bool:
    """Typed words to ask about before keeping them at `step` (never under Edit: the teacher chose that part)."""
    if draft.editing or quoted(text):
        return False
    if step is Step.WHEN:
        return not _given(draft, Step.RESPONSIBLE) and reads_as_who(text)
    if step in (Step.AFFECTED, Step.RESPONSIBLE):
        return not _given(draft, Step.WHEN) and reads_as_when(text)
    return False


def _waiting(step: Step, draft: Draft) -> tuple[str, str] | None:
    """The words asked about at `step` and the same words dated as typed, while that question waits."""
    asked, _, rest = draft.asked_back.partition(":")
    if asked != step.value or not rest:
        return None
    words, _, dated = rest.partition(DATED_AS)
    return words, dated or words


def ask_back(step: Step, draft: Draft, text: str) -> Transition:
    """Is that who (at When) or when (at Who is affected or Who is responsible)? Asked plainly, the words in the
    buttons. Typed while the same question waits ("Mr Davies", then "Mr Jones"), the words are asked about with those
    before, so a yes or no keeps both; the same words again are asked about once."""
    words = text.strip()
    dated = when_with_day(words, draft.typed_at) if step is not Step.WHEN and draft.typed_at is not None else words
    said: tuple[Reply, ...] = ()
    if (before := _waiting(step, draft)) is not None:
        if Input(text=words).word in {Input(text=line).word for line in before[0].split("\n")}:
            words, dated = before  # the same words again (sent twice, or retyped): asked about, and kept, once
        elif len(before[1]) + len(dated) < SHOWN_CHARS:
            words, dated = f"{before[0]}\n{words}", f"{before[1]}\n{dated}"
        else:  # too many to carry in a button: those before go where they looked to belong, as a plain answer puts them
            draft, said = _put_as_it_looked(step, draft, before[1])
    lines = words.split("\n")
    shown = " and ".join(f"\u201c{in_brief(line)}\u201d" for line in lines)
    looks, it = ("looks", "it") if len(lines) == 1 else ("look", "them")
    if step is Step.WHEN:
        yes, no = "Yes, it's who", "No, keep it as when"
        asked = (f"When did it happen? {shown} {looks} like who is responsible, not when. Is that right? If it is, "
                 f"I'll put {it} as who is responsible; or type when it happened.")
    else:
        yes, no = "Yes, it's when", "No, keep it as who"
        asked = (f"{_NAMES[step].capitalize()}? {shown} {looks} like when it happened, not who. Is that right? If it "
                 f"is, I'll put {it} as when it happened; or type {_NAMES[step]}.")
    value = _MOVES[step] + (words if step is Step.WHEN else dated)
    buttons = for_report((Button(actions.CONCERN_CHOICE, yes, f"{step.value}:{value}", "primary"),
                          Button(actions.CONCERN_CHOICE, no, f"{step.value}:{KEEP_HERE}{words}")), draft)
    asking = replace(draft, asked_back=asked_back_as(step, words, dated))
    return Transition(step, asking, (*said, Reply(asked, buttons)))


def _still_asked(step: Step, draft: Draft, words: str) -> bool:
    """`ask_back`'s question about these words is the one waiting: once either button (or a typed answer) settled it,
    the same step is still asked (When again after "Yes, it's who"), so its other button, pressed from the old message,
    would put the words in a second part as well."""
    waiting = _waiting(step, draft)
    return waiting is not None and words in waiting


def pressed(step: Step, draft: Draft, text: str) -> Transition | None:
    """A button from `ask_back`: the words moved (`moved`) or kept where typed, while its question waits; pressed
    after, an old button that changes nothing. None: not such a button (a button from before Who is responsible asked
    through here, "responsible:<words>" for No, is its plain answer)."""
    if text.startswith(KEEP_HERE):
        words = text.removeprefix(KEEP_HERE)
        if not _still_asked(step, draft, words):
            return stale_button(step, draft)
        return store_answer(step, replace(draft, asked_back=""), words)
    prefix = _MOVES.get(step)
    if prefix is not None and text.startswith(prefix) and not _still_asked(step, draft, text.removeprefix(prefix)):
        return stale_button(step, draft)
    return moved(step, draft, text)


def moved(step: Step, draft: Draft, text: str) -> Transition | None:
    """The words `ask_back` asked about put in the other part, and `step` asked again. None: `text` is no such
    button's value."""
    prefix = _MOVES.get(step)
    if prefix is None or not text.startswith(prefix):
        return None
    other = _OTHER[step]
    put = draft.with_field(other.value, text.removeprefix(prefix))
    return Transition(step, put, (Reply(f"I've put \u201c{in_brief(put.fields[other.value])}\u201d as "
                                        f"{_NAMES[other]}."), prompt(step, put)))


def answered_back(step: Step, draft: Draft, text: str) -> Transition | None:
    """A typed yes or no while `ask_back`'s question waits at this step: the words moved, or kept here. Read before
    anything else typed is ("ok" or "yes that's right" would otherwise be read as no answer to the step). None:
    anything else."""
    waiting = _waiting(step, draft)
    if waiting is None or quoted(text):
        return None
    (words, dated), draft = waiting, replace(draft, asked_back="")
    word = Input(text=text).word
    if agrees(text) or word in UNCLEAR_YES:
        return moved(step, draft, _MOVES[step] + (words if step is Step.WHEN else dated))
    if word in NO_WORDS or word == "nah":
        return store_answer(step, draft, words)
    return None


def answered_instead(step: Step, draft: Draft, text: str) -> Transition | None:
    """The step answered plainly while `ask_back`'s question waits ("on monday" after "Mr Davies" at When, "Sam B"
    after "last night at 9" at Who is affected or Who is responsible): the words before were the other part's, as
    asked, so they go there rather than nowhere. None: no question waits, or the words look like those asked about
    (`ask_back` asks about them together)."""
    waiting = _waiting(step, draft)
    if waiting is None or quoted(text):
        return None
    if len(text) > _SHORT * 2 or (not reads_as_when(text) if step is Step.WHEN else reads_as_when(text)):
        return None
    put, said = _put_as_it_looked(step, draft, waiting[1])
    stored = store_answer(step, put, text.strip())
    return replace(stored, replies=(*said, *stored.replies))


def _put_as_it_looked(step: Step, draft: Draft, words: str) -> tuple[Draft, tuple[Reply, ...]]:
    """The words asked about put in the part they looked to belong to, unasked, and said so."""
    other = _OTHER[step]
    put = draft.with_field(other.value, words)
    return put, (Reply(f"I've put \u201c{in_brief(put.fields[other.value])}\u201d as {_NAMES[other]}, as it "
                       "looked: Edit on the summary changes it."),)
