"""The report-a-concern conversation: named steps, each a pure function of (draft, input) to a Transition.

Steps are stored by name (Step values), never by position, so reordering them cannot corrupt a report
half-written before a deploy. Cancel, back, skip and help are handled once, in `advance`, before the step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot import actions
from bot.flows.another_concern import (
    ADD_HERE,
    ANOTHER_HELP,
    ANOTHER_KEPT,
    ANOTHER_NOT_SENT,
    ANOTHER_STILL,
    ASIDE_NEW,
    SEND_NEW,
    choice_said,
    told_alone,
)
from bot.flows.answer_shown import (
    ADDING,
    adding_to,
    replace_or_add,
    still_waiting,
    thought_better,
    thought_better_of,
    worth_asking,
)
from bot.flows.asked_aside import Aside, asks_if_kind
from bot.flows.bare_words import (
    ASKS_WHAT_TO_DO,
    KEEP_OLD,
    NO_WORDS,
    TOLD_YES,
    UNCLEAR_YES,
    WHAT_TO_DO,
    agrees,
    keep_or_remove,
    no_its_fine,
    plain,
    quoted,
    replace_or_add_said,
    small_talk,
)
from bot.flows.choice_answers import (
    noting,
)
from bot.flows.concern_commands import (
    BACK_WORDS,
    CANCEL_WORDS,
    COMMAND_WORDS,
    CONFIRM_WORDS,
    HELP_WORDS,
    KEEP_WORDS,
    REMOVE_WORDS,
    SKIP_ONLY,
    SKIP_WORDS,
    as_command,
    question_shaped,
    says_cancel,
    says_it_was_a_question,
    says_send,
    typed_command,
)
from bot.flows.concern_draft import (
    CHOICE_STEPS,
    MAX_FIELD_CHARS,
    ORDER,
    SKIPPABLE,
    SKIPPED,
    TOO_LONG,
    TOO_LONG_ADDED,
    TYPED_STEPS,
    Draft,
    Input,
    ReadsAnother,
    Step,
    Taken,
    Transition,
    clipped,
    digest,
    in_brief,
    step_named,
    when_with_day,
)
from bot.flows.concern_prompts import (
    MAYBE_WORDS,
    only_the_opening,
    opening_token,
    prompt,
    step_help,
    with_offer,
)
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    FIELD_LABELS,
    NO_DISCLOSURE,
    PART_HELP,
    PART_NOT_SENT,
    PART_NOTHING_CHANGED,
    PART_STILL,
    PROMPTS,
    STEP_HELP,
    kinds_named,
    parse_category,
    read_danger,
)
from bot.flows.kind_unsettled import unsettled
from bot.flows.no_words import no_words
from bot.flows.report_buttons import REPORT_MARK, offered
from bot.flows.risk_told import DANGER_AGAIN, DANGER_AGAIN_KEPT, new_risk_told
from bot.flows.second_thoughts import second_thoughts
from bot.flows.step_answers import (
    BARE_NO,
    put_in_when,
    step_answer,
)
from bot.flows.step_moves import (
    REMOVE,
    cancel_report,
    go_back,
    go_on,
    open_edit,
    reprompt,
    skip_step,
    stale_button,
    store_answer,
)
from bot.flows.summary_pauses import lead_in_alone, says_dont_send
from bot.flows.summary_words import (
    may_be_for,
    only_an_aside,
    part_named,
    part_said_none,
    parts_set_to,
    says_no_change,
    says_none_of,
    says_only_wrong,
    words_for,
)
from bot.flows.waiting_questions import (
    ANOTHER_CHOICES,
    ASKED,
    ask_about,
    ask_another,
    ask_part,
    ask_replace,
)
from bot.messages import OwnWords, Reply

# The names other modules and tests import from here, wherever they are defined now
__all__ = [
    "CATEGORY_LABELS", "CHOICE_STEPS", "FIELD_LABELS", "MAX_FIELD_CHARS", "MAYBE_WORDS", "ORDER", "Draft", "Input",
    "Step", "Taken", "Transition", "advance", "asked_again", "clipped", "digest", "offered", "only_the_opening",
    "opening_kind", "prompt", "question_shaped", "says_cancel", "says_send", "start", "step_named", "when_with_day",
]
_NAMED_ACTIONS = frozenset({actions.CONCERN_SKIP, actions.CONCERN_BACK, actions.CONCERN_KEEP})


def start(draft: Draft | None = None, doubtful: bool = False) -> Transition:
    """Begin a report at the first step. `doubtful`: begun by words only perhaps a report ("year 6 photos"), kept as
    what happened: a report is begun all the same (a few words can be a disclosure, and asking first would hold one
    up), and those words are offered back, so one press ends it and answers them as a question instead."""
    draft = draft or Draft()
    told = draft.fields.get(Step.WHAT.value)
    noted = (" I've noted what you wrote as what happened: you can keep it or change it when we get there."
             if told else "")
    if told and not doubtful and not draft.fields.get(Step.CATEGORY.value) and (kind := opening_kind(told)):
        # Offered, never taken: the kind decides the route the DSL is shown, so one press confirms it
        draft = replace(draft, offered=kind)
        noted += (f" From it, I've put the kind of concern as \u201c{CATEGORY_LABELS[kind]}\u201d: press Keep as it "
                  "is if that's right, or choose another.")
    if doubtful and told:
        draft = replace(draft, doubtful=True)
        # The way back is said under the question its button is on (`prompt`), so wherever that is shown again
        intro = Reply("That may be a concern, so I've started a report: I'll take down the facts so the Designated "
                      f"Safeguarding Lead can act.{noted} You can type back, skip, cancel or help at any point.")
        return Transition(Step.CATEGORY, draft, (intro, prompt(Step.CATEGORY, draft)))
    intro = Reply("I'm sorry you've had to deal with this. I'll take down the facts so the Designated "
                  f"Safeguarding Lead can act.{noted} You can type back, skip, cancel or help at any point.")
    return Transition(Step.CATEGORY, draft, (intro, prompt(Step.CATEGORY, draft)))


# Something posted, sent or online: a parent's words without it are no parent's post
_ONLINE = re.compile(r"\b(?:post\w*|comment\w*|shar\w*|messag\w*|text\w*|tweet\w*|online|page|group|chat|"
                     r"facebook|fb|whatsapp|insta\w*|twitter|tiktok|snapchat|youtube|mumsnet|forum|review|app)\b")


def opening_kind(told: str) -> str | None:
    """The kind a report's opening message names, as words typed at the kind question are read (`kinds_named`), to
    be offered as the answer so far: one kind only ("a pupil is being bullied on whatsapp"); none where it names two
    ("her dad sent her a photo") or only "another", which says nothing of the kind."""
    named = kinds_named(told)
    if len(named) != 1 or named[0] == "other" or (named[0] == "parent_post" and not _ONLINE.search(told.lower())):
        return None  # a parent with no post nor anything online told ("her step dad makes her watch…"): asked
    # "Mrs Khan is being bullied", "Mr Jones posted about a pupil": whose part it is is not said, so not offered
    return None if unsettled(told, named[0]) else named[0]


def advance(step: Step, draft: Draft, given: Input, asks_the_policy: bool = False,
            perhaps_asks: bool = False, aside: Aside = "", another: bool = False,
            now: datetime | None = None, reads_another: ReadsAnother | None = None) -> Transition:
    """Apply the reporter's input at `step`: fallbacks first (cancel, back, skip, help), then the step.
    `asks_the_policy`: typed text reads as a question about the policy (the caller's matcher says so): it is kept as
    the answer, as any words are, and the next question offers to take it back and answer it instead.
    `perhaps_asks`: shaped as a question the matcher reads as one, though unsurely (`_kept_as_a_question`).
    `aside`: at a choice step, typed words plainly asked of the bot (`asked_aside`): unless they answer the step
    after all, answered aside and the step asked again, the report as it was (`_answered_aside`).
    Words typed on the summary and queued (`Draft.queued`) are asked about in turn, each once the summary is
    back with the one before settled; a report is never sent while any wait.
    `another`: on the summary, typed words read as a concern of their own (`another_concern`): asked whether they go
    in this report or a new one (`ask_another`), not which part they change.
    `now`: when the input came, so relative times put in When are stored with the day they meant (`when_dated`).
    `reads_another`: the caller's reading of words as a concern of their own (`another_concern`, with the intents),
    for words queued on the summary when their turn comes, against the report as it then stands: a second concern
    typed while "Which part?" waited is asked about as one typed on the summary is, not which part it changes."""
    draft = replace(draft, typed_at=now)
    if step is Step.CATEGORY and draft.offered:
        return _offer_settled(draft, _advance(step, with_offer(step, draft), given, asks_the_policy, perhaps_asks,
                                              aside, another))
    result = _next_waiting(_advance(step, _promoted(step, draft, reads_another), given, asks_the_policy,
                                    perhaps_asks, aside, another), reads_another)
    return _said_left_out(step, draft, given, result)


def _offer_settled(before: Draft, result: Transition) -> Transition:
    """After the kind question with a kind offered: gone on (kept, or another chosen), the kind is the answer and the
    offer is spent; still asked, cancelled or ended, the kind is offered still and never stored as chosen."""
    draft = result.draft
    if result.next not in (Step.CATEGORY, None) and result.effect not in ("cancel", "set_aside", "ask"):
        return replace(result, draft=replace(draft, offered=""))
    if before.fields.get(Step.CATEGORY.value) != draft.fields.get(Step.CATEGORY.value) == before.offered:
        fields = {k: v for k, v in draft.fields.items() if k != Step.CATEGORY.value}
        return replace(result, draft=replace(draft, fields=fields, offered=before.offered))
    return result


def _said_left_out(step: Step, before: Draft, given: Input, result: Transition) -> Transition:
    """Words a Replace it / Add to it question waited on (typed over an answer, or put there from the summary),
    gone without being answered (help, a new answer, back, a cancelled edit): shown, and said to be left out, never
    dropped unseen. Keep as it is, or no, leaves them out as asked."""
    waiting = before.pending
    if waiting is None or waiting.step != step.value or step is Step.CONFIRM or result.effect == "cancel":
        return result
    if waiting.text in result.draft.words_waiting:
        return result  # still asked about, or queued to be (a new risk's danger question came first)
    if any(waiting.text.strip() in value for value in result.draft.fields.values()):
        return result  # replaced or added
    chose = given.action == actions.CONCERN_KEEP or (not given.action and (
        as_command(given.word) in KEEP_WORDS or (step is not Step.DISCLOSURE and second_thoughts(given.text))))
    if chose or (result.replies and result.replies[0].text == "Kept as it is."):
        return result
    note = OwnWords("What you typed before", clipped(waiting.text))
    return replace(result, replies=(Reply(f"{note.line}\nThat is not in your report: you went on without choosing "
                                          "Replace it or Add to it. Type it again if it belongs.", own_words=(note,)),
                                    *result.replies))


def _promoted(step: Step, draft: Draft, reads_another: ReadsAnother | None = None) -> Draft:
    """At the summary, words queued with none asked about (never left so by this flow; a draft from elsewhere):
    the first asked about, so no press or "send" can pass them by."""
    if step is not Step.CONFIRM or draft.pending is not None or not draft.queued:
        return draft
    first, rest = draft.queued[0], draft.queued[1:]
    another = reads_another is not None and reads_another(first, draft.fields)
    return replace(draft, pending=Taken(Step.CONFIRM.value, first, None, False, another=another), queued=rest)


def _next_waiting(result: Transition, reads_another: ReadsAnother | None = None) -> Transition:
    """The summary shown again (or sent) with words still queued: the next of them asked about, after what was
    said, rather than the summary left to be sent without them. (Words telling a new risk had the danger question
    again as they were typed, `_danger_again`, so it is not asked again here.)"""
    draft = result.draft
    if not draft.queued or draft.pending is not None or (result.next is not Step.CONFIRM
                                                         and result.effect != "submit"):
        return result
    # the summary shown without its buttons: the question after it is what to answer (and a terminal user's numbers
    # are the question's, from 1)
    said = (Reply(PART_NOT_SENT),) if result.effect == "submit" else tuple(
        replace(r, buttons=()) if any(b.action == actions.CONCERN_CONFIRM for b in r.buttons) else r
        for r in result.replies)
    first, rest = draft.queued[0], replace(draft, queued=draft.queued[1:])
    # read now, against the report as the words before left it (they may have put the same child or platform in it)
    ask = ask_another if reads_another is not None and reads_another(first, draft.fields) else ask_part
    asked = ask(rest, first, "What you typed next")
    return Transition(Step.CONFIRM, asked.draft, (*said, *asked.replies),
                      None if result.effect == "submit" else result.effect, result.asked)


def _advance(step: Step, draft: Draft, given: Input, asks_the_policy: bool, perhaps_asks: bool,
             aside: Aside = "", another: bool = False) -> Transition:
    as_it_was = draft  # a question answered aside leaves the report exactly so
    if given.action and REPORT_MARK in given.value:
        value, _, report = given.value.rpartition(REPORT_MARK)
        if report != str(draft.started):
            return Transition(step, draft, (Reply("That button belongs to another report, so I've changed nothing. "
                                                  "Here is where this one is:"), prompt(step, draft)))
        given = replace(given, value=value)
    word = given.word
    # "Is that when it happened?" (`_ask_if_when`) is answered by a yes or no straight after it, as by its buttons
    asked_when = draft.asked_when if step is Step.RESPONSIBLE and not given.action else ""
    asked_day = draft.asked_when_day or asked_when
    draft = replace(draft, asked_when="", asked_when_day="") if draft.asked_when else draft
    if asked_when and not quoted(given.text) and (agrees(given.text) or word in UNCLEAR_YES):
        return put_in_when(draft, asked_day)
    if asked_when and not quoted(given.text) and (word in NO_WORDS or word == "nah"):
        return store_answer(step, draft, asked_when)
    if not given.action and step in TYPED_STEPS and not agrees(given.text) and (
            chat := small_talk(given.text, at_when=step is Step.WHEN)) is not None:
        return _said_in_passing(step, draft, chat)
    # Skip's "keep it or remove it?" is answered only by what comes straight after it
    asked_remove = draft.asked_remove == step.value and not given.action
    draft = replace(draft, asked_remove="") if draft.asked_remove else draft
    # Replace, add or keep? is answered only by what comes straight after it, too
    pending = draft.pending if draft.pending is not None and draft.pending.step == step.value else None
    waiting, draft = draft, replace(draft, pending=None) if draft.pending is not None else draft
    if given.action == actions.CONCERN_REPLACE:
        if pending is None or given.value.partition(":")[2] != pending.token:  # a button left from other words
            return still_waiting(step, waiting, pending)
        if step is Step.CONFIRM and pending.another and given.value.partition(":")[0] in ANOTHER_CHOICES:
            return _another_chosen(draft, pending, given.value.partition(":")[0])
        if step is Step.CONFIRM:  # the part chosen for words typed on the summary
            return _put_in(draft, pending, given.value.partition(":")[0])
        return replace_or_add(step, draft, pending, given.value.partition(":")[0])
    if pending is not None and step is Step.CONFIRM:  # "Which part should this change?" waits: nothing else is read
        return _while_part_asked(draft, pending, given)
    if pending is not None and not given.action and not quoted(given.text):
        if (how := replace_or_add_said(given.text)) is not None:
            return replace_or_add(step, draft, pending, how)
        if word in NO_WORDS or word == "nah" or KEEP_OLD.fullmatch(plain(word)):  # the words typed left out
            return go_on(step, draft, (Reply("Kept as it is."),))
        if step is not Step.DISCLOSURE and second_thoughts(given.text):  # "oops", "actually no": back a question
            return thought_better_of(step, draft, pending, given.text)
    if (pending is not None and pending.from_summary and not given.action and typed_command(step, draft, given) is None
            and _may_change_an_answer(given.text) and not may_be_for(given.text, step.value)):
        # another correction ("actually it was on monday"), not plainly this part's new answer: queued, as on the
        # summary, rather than put in place of the answer asked about (evidence replaced by a date, unasked); a new
        # risk told so has the danger question first, the words asked about kept to be asked where they go again
        told = given.text.strip()
        if (again := _danger_again(draft, told, (pending.text, *draft.queued, told))) is not None:
            return again
        return _more_words(draft, pending, given.text.strip(), lambda queued: ask_replace(
            step, queued, queued.fields.get(step.value, ""), pending.text, from_summary=True))
    if step is Step.CATEGORY and (ended := _opening_was_a_question(draft, given, asks_the_policy)) is not None:
        return ended
    taken = draft.taken
    # Words about the last answer, not an answer themselves: the words offered back, or, where nothing was offered
    # (the matcher unsure), the words typed last if shaped as a question. With neither, they are an answer where an
    # account or a child's words may say "it's just a question", and refused at the short answers.
    if not given.action and says_it_was_a_question(word):
        taken = taken or _just_answered(draft)
        if taken is not None:
            draft = draft.taking(taken)
            given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)
        elif step in _SHORT_ANSWERS:
            return reprompt(step, draft, "There's no answer of yours waiting to be taken back now. To change "
                                         "an earlier answer, type back.")
    if taken and taken.checked and not given.action and word in NO_WORDS:  # no: those words should not stay
        given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)
    if taken and not given.action and as_command(word) in REMOVE_WORDS and not draft.fields.get(step.value):
        given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)  # the words offered back: out
    if given.action == actions.CONCERN_IS_QUESTION:
        return _take_back(step, draft, given.value)
    if taken and step is Step.CONFIRM and not given.action and (on_summary := _summary_offer(draft, taken, word)):
        return on_summary
    if taken and step in _YES_NO_ANSWER and not given.action and (on_step := _step_offer(step, draft, taken, word)):
        return on_step
    draft = draft.taking(None) if taken else draft  # offered until they do anything else
    # A button naming another step was pressed on an earlier question's message (one from before steps were named
    # carries no value, and is taken as it always was).
    if given.action in _NAMED_ACTIONS and given.value and given.value.removeprefix(REMOVE) != step.value:
        return stale_button(step, draft)
    command = typed_command(step, draft, given)
    shown = draft.fields.get(step.value) if step not in CHOICE_STEPS and not given.action else None
    typed, current = not given.action, draft.fields.get(step.value)
    if typed and asked_remove and shown and not quoted(given.text):  # to "keep it or remove it?"
        said = keep_or_remove(given.text)
        if word in NO_WORDS or word == "nah" or said == "keep" or agrees(given.text) or no_its_fine(given.text):
            return go_on(step, draft, (Reply("Kept as it is."),))
        if said == "remove":
            return skip_step(step, draft, removing=True)
        if word in UNCLEAR_YES:  # yes to which: keeping it, or removing it? Asked again
            return skip_step(step, draft, removing=False)
    if typed and step is Step.DISCLOSURE and not quoted(given.text) and (
            TOLD_YES.fullmatch(plain(word)) or (not current and agrees(given.text))):
        # "yes" or "yes she did" says a child told you, not what the child said; in quotes, it is what they said
        if current == NO_DISCLOSURE:
            return reprompt(step, draft, "If a child told you, please write down their exact words, just as they "
                                         "said them; or press Keep as it is to leave it as no disclosure.")
        if not current:
            return reprompt(step, draft, "Please write down the child's exact words, just as they said them. If the "
                                         "child said only that, type it in quotes, like \u201cyes\u201d.")
        return go_on(step, draft, (Reply("Kept as it is."),))  # "yes she did" over the child's words: they stand
    if typed and step is Step.WHAT and not current and (word in UNCLEAR_YES or agrees(given.text)):
        return reprompt(step, draft, "Please describe what happened in your own words: it is the one answer the "
                                     "report needs.")
    if typed and step in SKIPPABLE and not current and (word in ("ok", "okay") or agrees(given.text)):
        # "ok" to "Please act now…", "thanks": read, not an answer (an URGENT report's would go to the Head at once)
        return reprompt(step, draft, "I haven't saved that as an answer. When you're ready, answer the question "
                                     "below, or press Skip.")
    if typed and current and step in (Step.CATEGORY, Step.DANGER) and (
            word in ("ok", "okay") or agrees(given.text) or (step is Step.CATEGORY and word in UNCLEAR_YES)):
        return go_on(step, draft)  # the choice shown, agreed with: kept
    if typed and shown and (added := adding_to(step, draft, shown, given.text)) is not None:
        return added
    if typed and shown and not quoted(given.text):
        said = keep_or_remove(given.text)
        if said == "remove":
            command = "remove"
        elif said == "keep" or word in ("ok", "okay") or agrees(given.text) or (word in UNCLEAR_YES
                                                                                  and step in _KEPT_BY_YES):
            command = "keep"  # "Your answer so far: …" answered "ok" or 👍: kept, never replaced by the word "ok"
    if shown and (word in NO_WORDS or word == "nah") and step in _YES_NO_ANSWER:  # nor by "no", which answers none
        return reprompt(step, draft, "I've left your answer as it is. Press Keep as it is to go on, or type a new "
                                     "answer to replace it.")
    if (typed and command is None and pending is None and step in TYPED_STEPS
            and step is not Step.DISCLOSURE and second_thoughts(given.text)):  # at keep-or-remove too: never the answer
        return thought_better(step, draft, given.text)
    if (typed and command is None and pending is None and step in TYPED_STEPS and step is not Step.DISCLOSURE
            and no_words(given.text)):
        kept = "press Keep as it is to leave your answer as it was" if shown else (
            "press Skip" if step in SKIPPABLE else "describe it in words")
        return reprompt(step, draft, f"I haven't kept that as an answer, as it has no words in it. Please type your "
                                     f"answer in words, or {kept}.")
    if given.action == actions.CONCERN_CANCEL or command in CANCEL_WORDS:
        if draft.editing:  # cancelling an edit chosen from the summary, not the report
            kept = draft.editing_as(False)
            return Transition(Step.CONFIRM, kept, (Reply("Edit cancelled: that answer is as it was. To cancel the "
                                                         "whole report, choose Cancel here."),
                                                   prompt(Step.CONFIRM, kept)))
        return cancel_report(draft)
    if given.action == actions.CONCERN_BACK or command in BACK_WORDS:
        return go_back(step, draft)
    # "skip" skips; "none" or "don't know" skip only a step that can't be skipped (and is refused there): elsewhere
    # they are the answer, as typed ("Evidence: none" tells the DSL more than "not given")
    # (at a choice question "don't know" is its answer, not sure; "skip" is refused there as anywhere unskippable)
    typed_skip = step is not Step.CONFIRM and (command in SKIP_ONLY or (command in SKIP_WORDS and step not in
                                                                        SKIPPABLE | CHOICE_STEPS))
    if given.action == actions.CONCERN_SKIP or typed_skip:
        if step not in SKIPPABLE:
            return reprompt(step, draft, f"This step can't be skipped. {STEP_HELP[step]}")
        return skip_step(step, draft, removing=given.action == actions.CONCERN_SKIP and given.value == REMOVE + step)
    if command in REMOVE_WORDS and step not in CHOICE_STEPS:
        if not draft.fields.get(step.value) or draft.fields[step.value] == SKIPPED.get(step, ""):
            return reprompt(step, draft, "There is no answer here to remove.")
        if step not in SKIPPABLE:
            return reprompt(step, draft, "This answer is needed, so it can't be removed: type a new one to replace "
                                         "it, or press Keep as it is.")
        return skip_step(step, draft, removing=True)
    if not given.action and step is not Step.CONFIRM and says_send(given.text):
        back = "Keep as it is" if draft.fields.get(step.value) else "Skip"
        return reprompt(step, draft, f"You're changing this answer: type the new one, or press {back} to go back "
                                     "to the summary and send it." if draft.editing else
                                     "There are still a few questions before the report can be sent.")
    if given.action == actions.CONCERN_KEEP or command in KEEP_WORDS:
        if step is Step.CONFIRM or not draft.fields.get(step.value):
            return reprompt(step, draft, "There is no answer here yet to keep.")
        return go_on(step, draft)
    if given.action == actions.CONCERN_HELP or command in HELP_WORDS:
        asked = not given.action and ASKS_WHAT_TO_DO.fullmatch(plain(word)) is not None
        return Transition(step, draft, (Reply((f"{WHAT_TO_DO} " if asked else "") + step_help(step, draft)),
                                        prompt(step, draft)))
    if given.action == actions.CONCERN_CHOICE:
        owner, _, choice = given.value.partition(":")
        if owner != step.value:
            return stale_button(step, draft)
        return _answer(step, draft, choice, from_button=True)
    if given.action == actions.CONCERN_EDIT:
        return open_edit(step, draft, given.value)
    if given.action == actions.CONCERN_CONFIRM:
        if step is not Step.CONFIRM:
            return Transition(step, draft, (Reply("There are still a few questions before the report can be sent."),
                                            prompt(step, draft)))
        return Transition(None, draft, (), "submit")
    if given.action:
        return Transition(step, draft, (Reply("I didn't recognise that button, so nothing has changed."),
                                        prompt(step, draft)))
    if step is Step.CATEGORY and perhaps_asks and (kept := _kept_as_a_question(draft, given.text)) is not None:
        return kept
    told = given.text.strip()
    if aside and step in CHOICE_STEPS and (aside == "help" or not _answers_the_step(step, told)):
        return _answered_aside(step, as_it_was, told, aside)
    if shown and worth_asking(step, shown, told):  # a question too: on an URGENT report it would go to the Head
        return ask_replace(step, draft, shown, told, asks_the_policy)
    return _answer(step, draft, told, from_button=False, asks_the_policy=asks_the_policy, another=another)


def _answers_the_step(step: Step, told: str) -> bool:
    """Words asked at a choice step that answer it all the same: a kind asked about ("is it bullying on whatsapp"),
    a yes, no or not sure ("not sure, should i ring her mum?"), on the summary send or a part named or changed."""
    if step is Step.CATEGORY:
        return asks_if_kind(told) and parse_category(told) is not None
    if step is Step.DANGER:
        return read_danger(told)[0] is not None
    return (says_send(told) or parts_set_to(told) is not None or part_said_none(told) is not None
            or part_named(told) is not None or says_only_wrong(told))


def _answered_aside(step: Step, draft: Draft, told: str, aside: Aside) -> Transition:
    """A question typed at a choice step: answered by the caller (effect "ask") as outside a report, or, asked what
    the bot does, the step's help; then the step again, the report just as it was (an offer on the last answer, or
    an URGENT alert, still standing), so nothing typed is filed and coming back finds the same question."""
    asked = prompt(step, draft)
    if draft.taken is not None:
        asked = offered(asked, draft.taken, draft)
    if aside == "help":
        return Transition(step, draft, (Reply(step_help(step, draft)), asked))
    if step in PROMPTS and asked.text.startswith(PROMPTS[step]):
        # the question's own line first, as it is wherever shown (all Slack's Home tab shows)
        lead = f"Your report is still open, and your question isn't in it: {asked.text[0].lower()}{asked.text[1:]}"
        return Transition(step, draft, (replace(asked, text=lead),), "ask", told)
    return Transition(step, draft, (Reply("Your report is still open and not sent, and your question isn't in it."),
                                    asked), "ask", told)


def asked_again(step: Step, draft: Draft, with_help: bool = False) -> tuple[Reply, ...]:
    """After a question about reporting answered by the caller: the step asked again, the report just as it was
    (`with_help`: its step help first, for "what do these options mean?"), as after any question answered aside."""
    return _answered_aside(step, draft, "", "help" if with_help else "question").replies
_LONG_PARTS = frozenset({Step.WHAT, Step.DISCLOSURE, Step.EVIDENCE, Step.ACTIONS})  # asked Replace, Add or Keep
_TOO = re.compile(r"\b(?:too|as well|also)\W*$", re.I)  # "her friend Leo was there too": more, not instead


def _may_change_an_answer(text: str) -> bool:
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


def _another_chosen(draft: Draft, pending: Taken, choice: str) -> Transition:
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


def _put_in(draft: Draft, pending: Taken, part: str, as_said: bool = False) -> Transition:
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
        return _answer(target, editing, pending.text.strip(), from_button=False)  # "no disclosure": as typed there
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
        return _answer(target, draft.editing_as(True), value, from_button=False)
    return _put_in(draft, Taken(Step.CONFIRM.value, value, None, False), part, as_said=True)


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


def _while_part_asked(draft: Draft, pending: Taken, given: Input) -> Transition:
    """Anything but a part pressed while "Which part should this change?" waits (`draft` without the words). A part
    typed by name is chosen; Don't change anything said, cancel or back leave the words out; help, yes, send, or a
    button from an earlier message ask again, the words still waiting (never sent without them unasked); an Edit
    opens as ever, the words said to be left out; new words are asked about in their place."""
    typed, word = not given.action, given.word
    still = ANOTHER_STILL if pending.another else PART_STILL  # each question's own choices named
    if typed and pending.another and not quoted(given.text) and (chose := choice_said(given.text)) is not None:
        return _another_chosen(draft, pending, _ANOTHER_SAID[chose])
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
    if typed and (again := _danger_again(draft, given.text.strip(), (pending.text, *draft.queued,
                                                                      given.text.strip()))) is not None:
        return again  # a new risk told: the danger question first, every word waiting kept for after it
    if typed and (says_none_of(given.text) is not None or quoted(given.text)):
        # "no evidence", "no danger": what a part should say, more words, never that part chosen for these
        return _more_words(draft, pending, given.text.strip())
    if typed and (named := step_named(part_named(given.text))) is not None:
        return _put_in(draft, pending, named.value)
    if typed and says_it_was_a_question(word):
        return _put_in(draft, pending, ASKED)
    if given.action == actions.CONCERN_HELP or command in HELP_WORDS or (
            typed and ASKS_WHAT_TO_DO.fullmatch(plain(word)) is not None):
        why = ANOTHER_HELP if pending.another else PART_HELP
    elif given.action == actions.CONCERN_CONFIRM or (typed and (word in CONFIRM_WORDS or says_send(given.text))):
        why = ANOTHER_NOT_SENT if pending.another else PART_NOT_SENT
    elif given.action:
        why = "That button is from an earlier message, so I've changed nothing. " + still
    elif (not _may_change_an_answer(given.text) or second_thoughts(given.text) or says_dont_send(given.text)
          or lead_in_alone(given.text)):  # "actually no", "dont send", "also" alone: a pause, not words to place
        why = still
    elif len(given.text.strip()) > MAX_FIELD_CHARS:
        why = TOO_LONG.format(chars=len(given.text.strip())) + " " + still
    else:
        return _more_words(draft, pending, given.text.strip())
    asked = ask_about(draft, pending)
    return replace(asked, replies=(Reply(why), *asked.replies))


def _danger_again(draft: Draft, told: str, queue: tuple[str, ...]) -> Transition | None:
    """Words typed on the summary (or queued there) telling a risk the report does not (`new_risk_told`) while its
    danger answer is not Yes: "Is a child in immediate danger right now?" again, before anything else, with every
    word waiting (`queue`, `told` among them) kept to be asked about after it, never sent unasked. Words that tell a
    danger now (`read_danger`) answer it as they would typed there, the URGENT alert raised and the words noted in
    What happened (kept in the queue too if they could not be). None: no new risk, or the answer is Yes already."""
    if draft.fields.get(Step.DANGER.value) == "yes" or not new_risk_told(told, draft.fields):
        return None
    asking = replace(draft, pending=None, queued=queue).editing_as(True)
    key, read = read_danger(told)
    if read and key in ("yes", "not_sure"):
        answered = _answer(Step.DANGER, replace(asking, queued=()), told, from_button=False)
        noted = told.strip() in answered.draft.fields.get(Step.WHAT.value, "")
        left = tuple(words for words in queue if not (noted and words == told))
        return replace(answered, draft=replace(answered.draft, queued=left))
    typed = OwnWords("What you typed", clipped(told))
    return Transition(Step.DANGER, asking, (Reply(f"{DANGER_AGAIN}\n{typed.line}\n{DANGER_AGAIN_KEPT}",
                                                  own_words=(typed,)), prompt(Step.DANGER, asking)))


MAX_WAITING = 3  # words typed on the summary waiting at once, those asked about now included


def _more_words(draft: Draft, pending: Taken, told: str,
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


_SHORT_ANSWERS = frozenset({Step.AFFECTED, Step.RESPONSIBLE, Step.PLATFORM, Step.WHEN, Step.ACTIONS})

_IN_PASSING = {
    "greeting": "Hello \u2014 your report is waiting at this question (I haven't kept that as an answer):",
    "thanks": "You're welcome \u2014 your report is waiting at this question (I haven't kept that as an answer):",
    "bye": "Your report is kept as it is, not sent \u2014 it is waiting at this question for when you come back "
           "(type cancel to stop it):",
    "how_are_you": "I'm here to take your report to the Designated Safeguarding Lead \u2014 it is waiting at this "
                   "question (I haven't kept that as an answer):",
    "who_are_you": "I'm policybot, taking your report to the Designated Safeguarding Lead \u2014 it is waiting at "
                   "this question (I haven't kept that as an answer):",
}


def _said_in_passing(step: Step, draft: Draft, kind: str) -> Transition:
    """Small talk typed at a question answered in the reporter's own words (`bare_words.small_talk`): never the
    answer (kept, it went to the Headteacher on an URGENT concern as who was affected). The question again, as it
    stood, changing nothing: an offer on the last answer, Replace it / Add to it or keep-or-remove still waiting."""
    if kind == "puzzled":  # "??": what the step needs, as help says
        return Transition(step, draft, (Reply(step_help(step, draft)), prompt(step, draft)))
    lead = _IN_PASSING[kind] + (" If the child said just that, type it in quotes, like \u201chello\u201d."
                                if step is Step.DISCLOSURE else "")
    pending, shown = draft.pending, draft.fields.get(step.value, "")
    if pending is not None and pending.step == step.value and shown:
        asked = ask_replace(step, draft, shown, pending.text, from_summary=pending.from_summary)
    elif draft.asked_remove == step.value:
        asked = skip_step(step, draft, removing=False)
    else:
        question = prompt(step, draft)
        asked = Transition(step, draft, (offered(question, draft.taken, draft) if draft.taken else question,))
    return replace(asked, draft=draft, replies=(Reply(lead), *asked.replies))


def _summary_offer(draft: Draft, taken: Taken, word: str) -> Transition | None:
    """Typed words on the summary while its last answer is offered back: a bare yes, ok or no may answer the offer
    rather than the summary, so it is asked about once; then yes sends and no takes the words out. None: the words
    mean what they mean on the summary."""
    if taken.checked and word in UNCLEAR_YES:
        return Transition(None, draft.taking(None), (), "submit")
    if word in KEEP_WORDS:  # the words stay, unsent
        kept = draft.taking(None)
        return Transition(Step.CONFIRM, kept, (Reply("Kept as your answer."), prompt(Step.CONFIRM, kept)))
    if not taken.checked and word in UNCLEAR_YES | NO_WORDS:
        checked = draft.taking(replace(taken, checked=True))
        last = OwnWords("Your last answer", in_brief(taken.text))
        return Transition(Step.CONFIRM, checked, (
            Reply(f"{last.line}\nShould it stay in your report as it is? Yes (or Send report) sends the report; no "
                  "(or It was a question) takes those words out and answers them.", own_words=(last,)),
            offered(prompt(Step.CONFIRM, checked), taken, checked)))
    return None


# Steps a bare "yes" or "ok" cannot answer ("Who is affected?"): typed just after words were offered back, it answers
# the offer, never stored as the answer here
_YES_NO_ANSWER = frozenset({Step.AFFECTED, Step.RESPONSIBLE, Step.PLATFORM, Step.WHEN, Step.WHAT})
# Where a bare yes to an answer shown keeps it: those, and a child's own words, never to become "yes"
_KEPT_BY_YES = _YES_NO_ANSWER | {Step.DISCLOSURE}


def _step_offer(step: Step, draft: Draft, taken: Taken, word: str) -> Transition | None:
    """A bare yes or ok typed at a step it cannot answer while the last answer is offered back: asked about once
    (yes then keeps the words, no takes them out, as on the summary). None: the words are this step's answer."""
    if word not in UNCLEAR_YES:
        return None
    if taken.checked:
        kept = draft.taking(None)
        return Transition(step, kept, (Reply("Kept as your answer."), prompt(step, kept)))
    checked = draft.taking(replace(taken, checked=True))
    last = OwnWords("Your last answer", in_brief(taken.text))
    return Transition(step, checked, (
        Reply(f"{last.line}\nShould it stay in your report as it is? Yes keeps it; no (or It was a question) takes "
              "those words out and answers them.", own_words=(last,)),
        offered(prompt(step, checked), taken, checked)))


def _answer(step: Step, draft: Draft, text: str, from_button: bool, asks_the_policy: bool = False,
            another: bool = False) -> Transition:
    """An answer given at `step`, typed or pressed: on the summary, what words typed there do (`_summary_answer`);
    elsewhere, the step's own answer (`step_answer`)."""
    if step is Step.CONFIRM:
        return _summary_answer(draft, text, from_button, another)
    return step_answer(step, draft, text, from_button, asks_the_policy)


def _summary_answer(draft: Draft, text: str, from_button: bool, another: bool = False) -> Transition:
    """Words typed (or a choice pressed) on the summary: sent, a part set, named or changed, or asked about."""
    step = Step.CONFIRM
    # "send", and "send it please" or "please send" (never a bare yes or ok here: `_summary_offer` reads those)
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
    if not from_button and _may_change_an_answer(text):
        if len(text) > MAX_FIELD_CHARS:
            return reprompt(step, draft, TOO_LONG.format(chars=len(text)))
        if (again := _danger_again(draft, text, (text, *draft.queued))) is not None:
            return again
        return ask_another(draft, text) if another and not draft.queued else ask_part(draft, text)
    return reprompt(step, draft, "Press 'Send report' (or type confirm), choose a part to edit, or cancel.")


def _just_answered(draft: Draft) -> Taken | None:
    """The words last typed as an answer, as if offered back, if shaped as a question and still there; never a
    child's words, which are kept as said."""
    last = draft.last
    if last is None or last.step == Step.DISCLOSURE.value or not question_shaped(last.text):
        return None
    return last if draft.fields.get(last.step) == last.text else None


def _take_back(step: Step, draft: Draft, token: str) -> Transition:
    """The words kept last were a question: the step they answered as it was before, asked again, and the words
    answered by the caller (effect "ask")."""
    taken = draft.taken
    if taken is None or token != taken.token:
        at, _, words = token.partition(":")
        if draft.fields.get(at) is not None and digest(draft.fields[at]) != words:  # a second tap, or a retry
            return reprompt(step, draft, "Those words are no longer waiting to be taken back (taken out already, "
                                         "or added to since), so I've changed nothing.")
        return reprompt(step, draft, "That answer has been kept: you've carried on since, so nothing has changed.")
    at = step_named(taken.step) or step
    fields = {**draft.fields, taken.step: taken.before or ""}
    restored = replace(draft, fields=fields, taken=None).editing_as(taken.editing)
    return Transition(at, restored, (Reply("I've taken that out of your report."), prompt(at, restored)), "ask",
                      taken.text)


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


def _opening_was_a_question(draft: Draft, given: Input, asks_the_policy: bool) -> Transition | None:
    """At the first question of a report that is only its doubtful opening words: It was a question (pressed or
    said), a plain no, or a question the policy surely answers typed instead of a kind (`asks_the_policy`: "no i
    meant can i post year 6 photos on the school page?") ends it, and the words are answered (the opening's, the
    question's, or one kept after the opening, `_kept_as_a_question`, which the report then no longer holds). The
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


def _kept_as_a_question(draft: Draft, text: str) -> Transition | None:
    """Words the matcher reads as a question, though unsurely ("what does the policy say about photos"), typed at
    the first question of a report that is only its doubtful opening, which would be kept as what happened or name
    the kind by one word in them: as a question typed at any step, kept (after the opening, as what happened) and
    offered back, the report still only perhaps one. It was a question then ends the report and answers these words
    (`_opening_was_a_question`); choosing a kind keeps them. None: read as any words here are."""
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
