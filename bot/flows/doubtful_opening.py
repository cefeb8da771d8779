"""A report begun by words only perhaps a report (`start`, doubtful): at its first question, It was a question, a
plain no, or a question typed instead of a kind ends it and has the words answered instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import actions
from bot.flows.choice_answers import noting
from bot.flows.concern_commands import says_it_was_a_question
from bot.flows.concern_draft import MAX_FIELD_CHARS, Draft, Input, Step, Taken, Transition, digest
from bot.flows.concern_prompts import only_the_opening, opening_token, prompt
from bot.flows.concern_wording import parse_category
from bot.messages import Reply

# Said of a report begun only doubtfully: not one ("nah", "no it's not", "I was asking about the policy", "I didn't
# want to report anything", "why did you start a report?")
_NOT_A_REPORT = re.compile(
    r"(?:(?:no|n|nah|nope|not a report)[ ,]*(?:(?:sorry|thanks|thank you|its not|it is not|it isnt|not a report|"
    r"(?:its |it was |it is )?a question(?: about the policy)?|just asking|i was (?:just )?asking)[ ,]*)*|"
    r"(?:sorry[ ,]+)?i (?:was (?:just )?asking|(?:didnt|did not|dont|do not|wasnt|was not) (?:want|mean|trying|try)? ?"
    r"(?:to )?(?:make |making )?(?:a )?report(?:ing)?(?: anything| this| it)?)(?: about the policy| a question)?|"
    r"(?:it was a question )?about the policy|why did you (?:start|begin|make) a report)\??")


def _says_no_report(word: str) -> bool:
    """`_NOT_A_REPORT`, but never "no it's not a question", which says the opposite."""
    plain = word.replace("'", "")
    return _NOT_A_REPORT.fullmatch(plain) is not None and re.search(r"\b(?:not|isnt)\b.*\b(?:question|asking)\b",
                                                                   plain) is None


def opening_was_a_question(draft: Draft, given: Input, asks_the_policy: bool) -> Transition | None:
    """At the first question of a report that is only its doubtful opening words: It was a question (pressed or
    said), a plain no, or a question the policy surely answers typed instead of a kind (`asks_the_policy`: "no i
    meant can i post year 6 photos on the school page?") ends it, and the words are answered (the opening's, the
    question's, or one kept after the opening, `kept_as_a_question`, which the report then no longer holds). The
    report is kept for Undo by the caller, as a cancelled one is: one mistaken press must not lose a disclosure.
    None: the report goes on."""
    if not only_the_opening(draft):
        return None
    kept = draft.last if draft.last is not None and draft.last.step == Step.WHAT.value else None
    words = kept.text if kept is not None else draft.fields[Step.WHAT.value]
    if given.action == actions.CONCERN_IS_QUESTION:
        if given.value == opening_token(draft):
            asked = words
        elif kept is not None and kept.before and given.value == f"{Step.WHAT.value}:{digest(kept.before)}":
            asked = kept.before  # the button shown before the question was kept: the words it was under
        else:
            return None
    elif given.action or not given.text.strip():
        return None
    elif says_it_was_a_question(given.word) or _says_no_report(given.word):
        asked = words
    elif _a_question_not_a_kind(given.text, asks_the_policy):
        asked = given.text.strip()
    else:
        return None
    if kept is not None and kept.before:
        draft = replace(draft, fields={**draft.fields, Step.WHAT.value: kept.before}, last=None)
    return Transition(None, draft, (Reply("I've stopped that report."),), "ask", asked)


def _a_question_not_a_kind(text: str, asks: bool) -> bool:
    """Read as a question (`asks`), and not a kind with a question mark ("bullying?", "is it bullying?")."""
    return asks and (parse_category(text) is None or len(Input(text=text).word.split()) > 4)


def kept_as_a_question(draft: Draft, text: str) -> Transition | None:
    """Words the matcher reads as a question, though unsurely ("what does the policy say about photos"), typed at
    the first question of a report that is only its doubtful opening, which would be kept as what happened or name
    the kind by one word in them: as a question typed at any step, kept (after the opening, as what happened) and
    offered back, the report still only perhaps one. It was a question then ends the report and answers these words
    (`opening_was_a_question`); choosing a kind keeps them. None: read as any words here are."""
    told, opening = text.strip(), draft.fields.get(Step.WHAT.value, "")
    if not only_the_opening(draft) or not _a_question_not_a_kind(told, True) or told in opening:
        return None
    if parse_category(told) is None and not noting(draft, told, "", False)[1]:
        return None  # tells nothing and names no kind ("is this a concern?"): asked again, as ever
    if len(opening) + len(told) >= MAX_FIELD_CHARS:
        return None
    kept = replace(draft, fields={**draft.fields, Step.WHAT.value: f"{opening}\n{told}"},
                   last=Taken(Step.WHAT.value, told, opening, False))
    return Transition(Step.CATEGORY, kept, (
        Reply("That reads as a question, so I haven't taken a kind of concern from it. I've kept it with what "
              "happened, in case it tells more."), prompt(Step.CATEGORY, kept)))
