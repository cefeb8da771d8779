"""Words typed on the summary: sent, a part set or named, a correction put in the part chosen, another concern's
words placed as the teacher chooses, more words queued while one is asked about, and a new risk's danger question
asked first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import actions
from bot.flows.another_child_named import named_as_affected
from bot.flows.another_concern import (
    ADD_HERE,
    ANOTHER_HELP,
    ANOTHER_KEPT,
    ANOTHER_NOT_SENT,
    ANOTHER_STILL,
    ASIDE_NEW,
    SEND_NEW,
    choice_said,
    names_someone_new,
    told_alone,
)
from bot.flows.answer_shown import ADDING
from bot.flows.bare_words import (
    ASKS_WHAT_TO_DO,
    KEEP_OLD,
    NO_WORDS,
    UNCLEAR_YES,
    agrees,
    keep_or_remove,
    no_its_fine,
    plain,
    quoted,
    replace_or_add_said,
)
from bot.flows.concern_commands import (
    BACK_WORDS,
    CANCEL_WORDS,
    COMMAND_WORDS,
    CONFIRM_WORDS,
    HELP_WORDS,
    KEEP_WORDS,
    as_command,
    says_it_was_a_question,
    says_send,
)
from bot.flows.concern_draft import (
    MAX_FIELD_CHARS,
    SKIPPED,
    TOO_LONG,
    TOO_LONG_ADDED,
    Draft,
    Input,
    Step,
    Taken,
    Transition,
    clipped,
    step_named,
)
from bot.flows.concern_prompts import prompt
from bot.flows.concern_wording import (
    FIELD_LABELS,
    PART_HELP,
    PART_NOT_SENT,
    PART_NOTHING_CHANGED,
    PART_STILL,
    read_danger,
)
from bot.flows.risk_told import (
    ANOTHER_CHILD_ADDED,
    ANOTHER_CHILD_NAMED,
    DANGER_AGAIN,
    DANGER_AGAIN_KEPT,
    missing_by_a_name_only,
    new_risk_told,
)
from bot.flows.second_thoughts import second_thoughts
from bot.flows.step_answers import BARE_NO, step_answer
from bot.flows.step_moves import open_edit, reprompt, store_answer
from bot.flows.summary_pauses import lead_in_alone, says_dont_send
from bot.flows.summary_words import (
    only_an_aside,
    part_named,
    part_said_none,
    parts_set_to,
    says_no_change,
    says_none_of,
    says_only_wrong,
    words_for,
)
from bot.flows.waiting_questions import ASKED, ask_about, ask_another, ask_part, ask_replace
from bot.messages import OwnWords, Reply

_LONG_PARTS = frozenset({Step.WHAT, Step.DISCLOSURE, Step.EVIDENCE, Step.ACTIONS})  # asked Replace, Add or Keep
_TOO = re.compile(r"\b(?:too|as well|also)\W*$", re.I)  # "her friend Leo was there too": more, not instead


def may_change_an_answer(text: str) -> bool:
    """Words typed on the summary that may be a correction ("actually it was on monday", "also she showed me the
    screenshot"): not a command, not a bare yes, no, ok or thanks, not words about an answer offered back, not only a
    greeting. Those keep meaning what they always have there."""
    word = Input(text=text).word
    if only_an_aside(text) or as_command(word) in COMMAND_WORDS | CONFIRM_WORDS:
        return False
    if word in NO_WORDS | UNCLEAR_YES or word == "nah" or says_send(text) or says_no_change(text) or (
            says_only_wrong(text)):
        return False
    return quoted(text) or not (agrees(text) or no_its_fine(text) or keep_or_remove(text) is not None
                                or replace_or_add_said(text) is not None or KEEP_OLD.fullmatch(plain(word)) is not None
                                or says_it_was_a_question(word) or ASKS_WHAT_TO_DO.fullmatch(plain(word)) is not None)


_ANOTHER_SAID = {"here": ADD_HERE, "send": SEND_NEW, "aside": ASIDE_NEW, "new": ""}


def another_chosen(draft: Draft, pending: Taken, choice: str) -> Transition:
    """What the teacher chose for words of another concern (`draft` without them): in this report's What happened,
    the summary shown with them; or this report sent (effect "submit") or saved for later ("set_aside"), as it
    stands, and a new report begun with the words by the caller (`Transition.then_report`). "" (a new one, not said
    which way): asked again."""
    told = pending.text.strip()
    if choice == ADD_HERE:
        what = draft.fields.get(Step.WHAT.value, "")
        if told in what:
            return Transition(Step.CONFIRM, draft, (Reply("They are already in \u201cWhat happened\u201d."),
                                                    prompt(Step.CONFIRM, draft)))
        joined = f"{what}\n{told}" if what else told
        if len(joined) > MAX_FIELD_CHARS:
            asked = ask_another(draft, pending.text)
            return replace(asked, replies=(Reply(TOO_LONG_ADDED.format(chars=len(joined))), *asked.replies))
        stored = store_answer(Step.WHAT, draft.editing_as(True), joined)
        return replace(stored, replies=(Reply("I've added what you typed to \u201cWhat happened\u201d: it is part of "
                                              "this report now."), *stored.replies))
    if choice == SEND_NEW and draft.queued:  # never sent with words still waiting to be placed in it
        asked = ask_another(draft, pending.text)
        return replace(asked, replies=(Reply("Not sent: other things you typed are still waiting to go in this report. "
                                             "Add this to it, or save this report for later (those wait with it), or "
                                             "Don't change anything to choose where they go first."), *asked.replies))
    if choice in (SEND_NEW, ASIDE_NEW):
        return Transition(None, draft, (), "submit" if choice == SEND_NEW else "set_aside",
                          then_report=told_alone(told))
    asked = ask_another(draft, pending.text)
    return replace(asked, replies=(Reply("Should this report be sent first, or saved for later? Choose below: either "
                                         "way the new concern becomes a report of its own."), *asked.replies))


def put_in(draft: Draft, pending: Taken, part: str, as_said: bool = False) -> Transition:
    """The part chosen for words typed on the summary: a short answer replaced by them (added to, if they begin
    "also" or "and", or end "too"); a longer one, or a child's words, asked Replace it / Add to it / Keep as it is,
    as under Edit; the kind or the danger question opened as Edit opens it (a choice takes no words); then the
    summary again, the change on it. Don't change anything: the words are dropped, kept nowhere."""
    if part == ASKED:  # answered by the caller (effect "ask"), the report unchanged and still to send
        return Transition(Step.CONFIRM, draft, (Reply("Your report is unchanged and not sent yet."),
                                                prompt(Step.CONFIRM, draft)), "ask", pending.text)
    target = step_named(part)
    if target is None or target is Step.CONFIRM:
        return Transition(Step.CONFIRM, draft, (Reply(PART_NOTHING_CHANGED), prompt(Step.CONFIRM, draft)))
    editing = draft.editing_as(True)
    label, current = FIELD_LABELS[target.value], draft.fields.get(target.value, "")
    typed = OwnWords("What you typed", clipped(pending.text))
    if target in (Step.CATEGORY, Step.DANGER):
        # A choice takes no words, but what they tell ("I think she may be in danger tonight") is the DSL's to read:
        # added to what happened, said, rather than dropped
        what, told = editing.fields.get(Step.WHAT.value, ""), pending.text.strip()
        kept = told in what or len(what) + len(told) + 1 > MAX_FIELD_CHARS
        noted = editing if kept else replace(editing, fields={**editing.fields, Step.WHAT.value: f"{what}\n{told}"})
        where = ("They are already in \u201cWhat happened\u201d." if told in what else
                 "They are too long to add to \u201cWhat happened\u201d: add what matters under Edit: What happened."
                 if kept else "I've added them to \u201cWhat happened\u201d, so they stay in the report.")
        return Transition(target, noted, (Reply(
            f"\u201c{label}\u201d is answered by a choice, so your words are not its answer.\n{typed.line}\n{where} "
            "Choose below.", own_words=(typed,)), prompt(target, noted)))
    given = bool(current) and current not in SKIPPED.values()
    if target is Step.DISCLOSURE and BARE_NO.fullmatch(Input(text=pending.text).word):
        return step_answer(target, editing, pending.text.strip(), from_button=False)  # "no disclosure": as typed there
    if given and target in _LONG_PARTS:
        return ask_replace(target, editing, current, pending.text, from_summary=True)
    words = words_for(pending.text, target.value)
    as_said = as_said or words != pending.text.strip()
    adding = given and (ADDING.match(words) is not None or _TOO.search(words) is not None)
    value = f"{current}\n{words}" if adding else words
    if len(value) > MAX_FIELD_CHARS:  # asked again, the words still waiting: never cut short unseen
        asked = ask_part(draft, pending.text)
        return replace(asked, replies=(Reply(TOO_LONG_ADDED.format(chars=len(value))), *asked.replies))
    stored = store_answer(target, editing, value)
    # `as_said`: only part of what was typed ("Monday" of "change when to Monday"), so it is named
    what = f"\u201c{clipped(words)}\u201d" if as_said else "what you typed"
    if adding:
        said = Reply(f"I've added {what} to \u201c{label}\u201d.")
    elif given:
        before = OwnWords("It said before", clipped(current))
        said = Reply(f"I've changed \u201c{label}\u201d to {what}.\n{before.line}", own_words=(before,))
    else:
        said = Reply(f"I've put {what} in as \u201c{label}\u201d.")
    return replace(stored, replies=(said, *stored.replies))


def _set_part(draft: Draft, part: str, value: str) -> Transition:
    """A part named on the summary with what it should say ("change when to Monday"): `value` goes in as if typed
    and that part pressed (the part named is the press), a longer answer asked Replace it / Add to it as ever; a
    choice (the kind, the danger question) answered as under its Edit; "who" alone asked which of the two, the
    words waiting being `value` only."""
    if len(value) > MAX_FIELD_CHARS:
        return reprompt(Step.CONFIRM, draft, TOO_LONG.format(chars=len(value)))
    target = step_named(part)
    if target is None:  # "who": affected or responsible
        return ask_part(draft, value)
    if target in (Step.CATEGORY, Step.DANGER):
        return step_answer(target, draft.editing_as(True), value, from_button=False)
    return put_in(draft, Taken(Step.CONFIRM.value, value, None, False), part, as_said=True)


def _set_parts(draft: Draft, settings: tuple[tuple[str, str], ...], text: str) -> Transition:
    """One part set (`_set_part`), or several in one message ("change when to monday and where to the library"), each
    put in as its own would be and said, then the summary once. Should any of them ask something (too long, say),
    the whole message is asked about instead, nothing changed: never some of it in and the rest lost."""
    if len(settings) == 1:
        return _set_part(draft, *settings[0])
    said: list[Reply] = []
    changed = draft
    for part, value in settings:
        done = _set_part(changed, part, value)
        *told, summary = done.replies
        if (len(value) > MAX_FIELD_CHARS or done.next is not Step.CONFIRM or done.effect is not None
                or done.draft.pending is not None or not told):
            return ask_part(draft, text)
        changed, said = done.draft, [*said, *told]
    return Transition(Step.CONFIRM, changed, (*said, summary))


def while_part_asked(draft: Draft, pending: Taken, given: Input) -> Transition:
    """Anything but a part pressed while "Which part should this change?" waits (`draft` without the words). A part
    typed by name is chosen; Don't change anything said, cancel or back leave the words out; help, yes, send, or a
    button from an earlier message ask again, the words still waiting (never sent without them unasked); an Edit
    opens as ever, the words said to be left out; new words are asked about in their place."""
    typed, word = not given.action, given.word
    still = ANOTHER_STILL if pending.another else PART_STILL  # each question's own choices named
    if typed and pending.another and not quoted(given.text) and (chose := choice_said(given.text)) is not None:
        return another_chosen(draft, pending, _ANOTHER_SAID[chose])
    if given.action == actions.CONCERN_EDIT:
        opened = open_edit(Step.CONFIRM, draft, given.value)
        left = OwnWords("What you typed on the summary", clipped(pending.text))
        return replace(opened, replies=(Reply(f"{left.line}\nThat is not in your report: type it here if it "
                                              "belongs in this answer.", own_words=(left,)), *opened.replies))
    command = as_command(word) if typed else ""
    if pending.another and (given.action == actions.CONCERN_CANCEL or command in CANCEL_WORDS | BACK_WORDS):
        # words of another concern, often a second child's disclosure: left out only by Don't change anything
        asked = ask_about(draft, pending)
        return replace(asked, replies=(Reply(ANOTHER_KEPT), *asked.replies))
    if given.action == actions.CONCERN_CANCEL or command in CANCEL_WORDS | BACK_WORDS:
        # out of the question altogether: every word waiting left out, each shown, not asked about one by one
        left = tuple(OwnWords("Also left out", clipped(text)) for text in draft.queued)
        out = replace(draft, queued=())
        why = " To cancel the whole report, choose Cancel here." if given.action == actions.CONCERN_CANCEL or (
            command in CANCEL_WORDS) else ""
        return Transition(Step.CONFIRM, out, (
            Reply("\n".join((PART_NOTHING_CHANGED + why, *(row.line for row in left))), own_words=left),
            prompt(Step.CONFIRM, out)))
    if command in KEEP_WORDS or (typed and (word in NO_WORDS or word == "nah" or says_no_change(given.text)
                                            or KEEP_OLD.fullmatch(plain(word)) is not None)):
        return Transition(Step.CONFIRM, draft, (Reply(PART_NOTHING_CHANGED), prompt(Step.CONFIRM, draft)))
    if typed and (again := danger_again(draft, given.text.strip(), (pending.text, *draft.queued,
                                                                     given.text.strip()))) is not None:
        return again  # a new risk told: the danger question first, every word waiting kept for after it
    if typed and (says_none_of(given.text) is not None or quoted(given.text)):
        # "no evidence", "no danger": what a part should say, more words, never that part chosen for these
        return more_words(draft, pending, given.text.strip())
    if typed and (named := step_named(part_named(given.text))) is not None:
        return put_in(draft, pending, named.value)
    if typed and says_it_was_a_question(word):
        return put_in(draft, pending, ASKED)
    if given.action == actions.CONCERN_HELP or command in HELP_WORDS or (
            typed and ASKS_WHAT_TO_DO.fullmatch(plain(word)) is not None):
        why = ANOTHER_HELP if pending.another else PART_HELP
    elif given.action == actions.CONCERN_CONFIRM or (typed and (word in CONFIRM_WORDS or says_send(given.text))):
        why = ANOTHER_NOT_SENT if pending.another else PART_NOT_SENT
    elif given.action:
        why = "That button is from an earlier message, so I've changed nothing. " + still
    elif (not may_change_an_answer(given.text) or second_thoughts(given.text) or says_dont_send(given.text)
          or lead_in_alone(given.text)):  # "actually no", "dont send", "also" alone: a pause, not words to place
        why = still
    elif len(given.text.strip()) > MAX_FIELD_CHARS:
        why = TOO_LONG.format(chars=len(given.text.strip())) + " " + still
    else:
        return more_words(draft, pending, given.text.strip())
    asked = ask_about(draft, pending)
    return replace(asked, replies=(Reply(why), *asked.replies))


def danger_again(draft: Draft, told: str, queue: tuple[str, ...]) -> Transition | None:
    """Words typed on the summary (or queued there) telling a risk the report does not (`new_risk_told`) while its
    danger answer is not Yes: "Is a child in immediate danger right now?" again, before anything else, with every
    word waiting (`queue`, `told` among them) kept to be asked about after it, never sent unasked. Words that tell a
    danger now (`read_danger`) answer it as they would typed there, the URGENT alert raised and the words noted in
    What happened (kept in the queue too if they could not be). None: no new risk, or the answer is Yes already."""
    if draft.fields.get(Step.DANGER.value) == "yes" or not new_risk_told(told, draft.fields):
        return None
    asking = replace(draft, pending=None, queued=queue).editing_as(True)
    key, read = read_danger(told, on_summary=True)
    if read and key in ("yes", "not_sure") and not missing_by_a_name_only(told, draft.fields):
        answered = step_answer(Step.DANGER, replace(asking, queued=()), told, from_button=False)
        noted = told.strip() in answered.draft.fields.get(Step.WHAT.value, "")
        left = tuple(words for words in queue if not (noted and words == told))
        other = (Reply(ANOTHER_CHILD_NAMED),) if noted and names_someone_new(told, draft.fields) else ()
        result = replace(answered.draft, queued=left)
        if noted and (added := named_as_affected(draft, (told,))) is not draft:  # read against the report before
            result = replace(result, fields={**result.fields, Step.AFFECTED.value: added.fields[Step.AFFECTED.value]})
            other = (Reply(ANOTHER_CHILD_ADDED),)
        *said, summary = answered.replies
        return replace(answered, draft=result, replies=(*said, *other, summary))
    typed = OwnWords("What you typed", clipped(told))
    return Transition(Step.DANGER, asking, (Reply(f"{DANGER_AGAIN}\n{typed.line}\n{DANGER_AGAIN_KEPT}",
                                                  own_words=(typed,)), prompt(Step.DANGER, asking)))


MAX_WAITING = 3  # words typed on the summary waiting at once, those asked about now included


def more_words(draft: Draft, pending: Taken, told: str,
               asked_again: Callable[[Draft], Transition] | None = None) -> Transition:
    """New words typed while "Which part should this change?" waits: queued, to be asked about once the words asked
    about now are settled (both kept: a teacher typing two corrections in a row means both). Past `MAX_WAITING`, or
    too long to keep, they are refused, shown back, so nothing is dropped unseen; the same words again are waiting
    already."""
    now = OwnWords("What you've just typed", clipped(told))
    # the same words again, whatever their capitals, spacing or closing full stop: asked about once
    if _same_words(told) in {_same_words(words) for words in (pending.text, *draft.queued)}:
        said = "That is already waiting: I'll ask about it in turn."
    elif len(told) > MAX_FIELD_CHARS:
        said = TOO_LONG.format(chars=len(told))
    elif 1 + len(draft.queued) >= MAX_WAITING:
        said = (f"{MAX_WAITING} things you typed are already waiting to go in your report, so I haven't kept this: "
                "please type it again once you've chosen where those go.")
    else:
        draft = replace(draft, queued=(*draft.queued, told))
        # "where it goes", not "which part it changes": read when its turn comes, it may be a concern of its own
        said = ("Kept: I'll ask where that goes once you've chosen for what you typed before." if asked_again
                is None else "Kept: I'll ask where that goes in your report once you've chosen Replace it, "
                             "Add to it or Keep as it is for what you typed before.")
    # the question about the words before asked again: which part, or (`asked_again`) replace or add to it
    asked = ask_about(draft, pending, "What you typed before") if asked_again is None else asked_again(draft)
    return replace(asked, replies=(Reply(f"{now.line}\n{said}", own_words=(now,)), *asked.replies))


def _same_words(text: str) -> str:
    return Input(text=text).word


def summary_answer(draft: Draft, text: str, from_button: bool, another: bool = False) -> Transition:
    """Words typed (or a choice pressed) on the summary: sent, a part set, named or changed, or asked about."""
    step = Step.CONFIRM
    # "send", and "send it please" or "please send" (never a bare yes or ok here: `summary_offer` reads those)
    if text.lower().strip(" .!") in CONFIRM_WORDS or (not from_button and says_send(text)):
        return Transition(None, draft, (), "submit")
    if not from_button and (settings := parts_set_to(text)) is not None:  # "change when to Monday"
        return _set_parts(draft, settings, text)
    if not from_button and part_said_none(text) is not None:  # "no evidence": what it should say, asked about
        return ask_part(draft, text)
    if not from_button and (named := step_named(part_named(text))) is not None:  # "change the date", "when"
        return open_edit(step, draft, named.value)
    if not from_button and says_only_wrong(text):  # what it should say is still to come: that part's Edit
        return reprompt(step, draft, "Which part is wrong? Press its Edit button below (or type the "
                                     "correction, and choose the part it changes).")
    if not from_button and says_dont_send(text):  # "actually dont send": nothing goes before Send report
        return reprompt(step, draft, "Not sent: your report waits here until you press Send report. Press Edit "
                                     "on the part to change, or type the correction.")
    if not from_button and lead_in_alone(text):  # "also", "oh and": the rest is still to come
        return reprompt(step, draft, "Go on: type what you'd like to add, and I'll ask which part of your report "
                                     "it goes in. Nothing has changed, and nothing is sent.")
    if not from_button and second_thoughts(text):  # "actually no", "oops": nothing to change yet
        return reprompt(step, draft, "I haven't changed anything, and your report is not sent. Press Edit on "
                                     "the part to change, or Send report when it's right.")
    if not from_button and may_change_an_answer(text):
        if len(text) > MAX_FIELD_CHARS:
            return reprompt(step, draft, TOO_LONG.format(chars=len(text)))
        if (again := danger_again(draft, text, (text, *draft.queued))) is not None:
            return again
        return ask_another(draft, text) if another and not draft.queued else ask_part(draft, text)
    return reprompt(step, draft, "Press 'Send report' (or type confirm), choose a part to edit, or cancel.")
