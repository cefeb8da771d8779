"""The report-a-concern conversation: named steps, each a pure function of (draft, input) to a Transition.

Steps are stored by name (Step values), never by position, so reordering them cannot corrupt a report
half-written before a deploy. Cancel, back, skip and help are handled once, in `advance`, before the step.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot import actions
from bot.flows.answer_shown import (
    adding_to,
    replace_or_add,
    still_waiting,
    thought_better,
    thought_better_of,
    worth_asking,
)
from bot.flows.asked_aside import Aside
from bot.flows.bare_words import (
    ASKS_WHAT_TO_DO,
    KEEP_OLD,
    NO_WORDS,
    TOLD_YES,
    UNCLEAR_YES,
    agrees,
    keep_or_remove,
    no_its_fine,
    plain,
    quoted,
    replace_or_add_said,
    small_talk,
)
from bot.flows.choice_answers import route_on_choosing
from bot.flows.concern_commands import (
    BACK_WORDS,
    CANCEL_WORDS,
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
    TYPED_STEPS,
    Draft,
    Input,
    ReadsAnother,
    Step,
    Taken,
    Transition,
    clipped,
    digest,
    step_named,
    when_with_day,
)
from bot.flows.concern_prompts import MAYBE_WORDS, only_the_opening, prompt, step_help, with_offer
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    FIELD_LABELS,
    NO_DISCLOSURE,
    PART_NOT_SENT,
    STEP_HELP,
    kinds_named,
)
from bot.flows.doubtful_opening import kept_as_a_question, opening_was_a_question
from bot.flows.kind_unsettled import unsettled
from bot.flows.no_words import no_words
from bot.flows.offered_back import (
    KEPT_BY_YES,
    SHORT_ANSWERS,
    YES_NO_ANSWER,
    just_answered,
    step_offer,
    summary_offer,
    take_back,
)
from bot.flows.part_asked_back import answered_back
from bot.flows.report_buttons import REPORT_MARK, offered
from bot.flows.report_reader import DSL, HEAD, STAFF_ROUTE_UNSAID, draft_reader, what_to_do
from bot.flows.second_thoughts import second_thoughts
from bot.flows.step_answers import step_answer
from bot.flows.step_asides import answered_aside, answers_the_step, asked_again, said_in_passing
from bot.flows.step_moves import (
    REMOVE,
    cancel_report,
    go_back,
    go_on,
    open_edit,
    reprompt,
    skip_step,
    stale_button,
)
from bot.flows.summary_typed import (
    another_chosen,
    danger_again,
    may_change_an_answer,
    more_words,
    put_in,
    summary_answer,
    while_part_asked,
)
from bot.flows.summary_words import may_be_for
from bot.flows.waiting_questions import ANOTHER_CHOICES, ask_another, ask_part, ask_replace
from bot.flows.when_plan import only_plans
from bot.messages import OwnWords, Reply
from intents.normalise import plain as intents_plain
from intents.staff_contact_told import former_staff_only
from policy_kb.guidance import STAFF_KIND

# The names other modules and tests import from here, wherever they are defined now
__all__ = [
    "CATEGORY_LABELS", "CHOICE_STEPS", "FIELD_LABELS", "MAX_FIELD_CHARS", "MAYBE_WORDS", "ORDER", "Draft", "Input",
    "Step", "Taken", "Transition", "advance", "asked_again", "clipped", "digest", "offered", "only_the_opening",
    "opening_kind", "prompt", "question_shaped", "says_cancel", "says_send", "start", "step_named", "when_with_day",
]

_NAMED_ACTIONS = frozenset({actions.CONCERN_SKIP, actions.CONCERN_BACK, actions.CONCERN_KEEP})


def start(draft: Draft | None = None, doubtful: bool = False, kind: str | None = None,
          staff_route: str | None = STAFF_ROUTE_UNSAID) -> Transition:
    """Begin a report at the first step. `doubtful`: begun by words only perhaps a report ("year 6 photos"), kept as
    what happened: a report is begun all the same (a few words can be a disclosure, and asking first would hold one
    up), and those words are offered back, so one press ends it and answers them as a question instead. `kind`: the
    kind the caller's reading of those words settled ("ta dms a y9": a member of staff's conduct), offered as the
    kind so far, doubtful or not; without one, the kind the words name, offered only if the report is sure.
    `staff_route`: the school's route for a concern about staff, in a sentence (`report_reader.route_said`), said
    where the report opens under it; None where the reply just before has said it (a clause's "To report it:")."""
    draft = draft or Draft()
    told = draft.fields.get(Step.WHAT.value)
    noted = (" I've noted what you wrote as what happened: you can keep it or change it when we get there."
             if told else "")
    if kind is None and not doubtful and told:
        kind = opening_kind(told)
    if told and kind is not None and kind in CATEGORY_LABELS and not draft.fields.get(Step.CATEGORY.value):
        # Offered, never taken: the kind decides the route the DSL is shown, so one press confirms it
        draft = replace(draft, offered=kind)
        noted += (f" From it, I've put the kind of concern as \u201c{CATEGORY_LABELS[kind]}\u201d: press Keep as it "
                  "is if that's right, or choose another.")
    # A member of staff's conduct put as the kind: the Headteacher's to act on, not the DSL's, and the school's route
    # that says so, here where it is first said (the words alone may have put the kind, with no route said before)
    # ... unless it is about the Headteacher, where the school's route for that is said beside it (`report_turns`)
    acts = f"{DSL} can act."
    if told and draft_reader(draft) == HEAD:
        acts = (f"{HEAD} can act. {staff_route}" if staff_route is not None
                else f"{HEAD} can act, as the route above says.")
    if doubtful and told:
        draft = replace(draft, doubtful=True)
        # The way back is said under the question its button is on (`prompt`), so wherever that is shown again
        intro = Reply(f"That may be a concern, so I've started a report: I'll take down the facts so {acts}{noted} "
                      "You can type back, skip, cancel or help at any point.")
        return Transition(Step.CATEGORY, draft, (intro, prompt(Step.CATEGORY, draft)))
    intro = Reply(f"I'm sorry you've had to deal with this. I'll take down the facts so {acts}{noted} You can type "
                  "back, skip, cancel or help at any point.")
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
    # "ex teacher dms a y9": no longer the school's staff, so no concern about a colleague's conduct
    if named[0] == STAFF_KIND and former_staff_only(intents_plain(told)):
        return None
    # "Mrs Khan is being bullied", "Mr Jones posted about a pupil": whose part it is is not said, so not offered
    return None if unsettled(told, named[0]) else named[0]


def advance(step: Step, draft: Draft, given: Input, asks_the_policy: bool = False,
            perhaps_asks: bool = False, aside: Aside = "", another: bool = False,
            now: datetime | None = None, reads_another: ReadsAnother | None = None,
            staff_route: str | None = None) -> Transition:
    """Apply the reporter's input at `step`: fallbacks first (cancel, back, skip, help), then the step.
    `asks_the_policy`: typed text reads as a question about the policy (the caller's matcher says so): it is kept as
    the answer, as any words are, and the next question offers to take it back and answer it instead.
    `perhaps_asks`: shaped as a question the matcher reads as one, though unsurely (`kept_as_a_question`).
    `aside`: at a choice step, typed words plainly asked of the bot (`asked_aside`): unless they answer the step
    after all, answered aside and the step asked again, the report as it was (`answered_aside`).
    Words typed on the summary and queued (`Draft.queued`) are asked about in turn, each once the summary is
    back with the one before settled; a report is never sent while any wait.
    `another`: on the summary, typed words read as a concern of their own (`another_concern`): asked whether they go
    in this report or a new one (`ask_another`), not which part they change.
    `now`: when the input came, so relative times put in When are stored with the day they meant (`when_dated`).
    `reads_another`: the caller's reading of words as a concern of their own (`another_concern`, with the intents),
    for words queued on the summary when their turn comes, against the report as it then stands: a second concern
    typed while "Which part?" waited is asked about as one typed on the summary is, not which part it changes.
    `staff_route`: the school's route for a concern about staff (`report_reader.route_said`), said where the kind
    question makes the report one (`route_on_choosing`); None: the caller has no guidance to word it."""
    draft = replace(draft, typed_at=now)
    if step is Step.CATEGORY:
        return route_on_choosing(draft, _at_kind(draft, given, asks_the_policy, perhaps_asks, aside, another,
                                                 reads_another), staff_route)
    return _at_step(step, draft, given, asks_the_policy, perhaps_asks, aside, another, reads_another)


def _at_kind(draft: Draft, given: Input, asks_the_policy: bool, perhaps_asks: bool, aside: Aside, another: bool,
             reads_another: ReadsAnother | None) -> Transition:
    """The kind question's input: with a kind offered from the opening, read as its answer so far."""
    step = Step.CATEGORY
    if draft.offered:
        return _offer_settled(draft, _advance(step, with_offer(step, draft), given, asks_the_policy, perhaps_asks,
                                              aside, another))
    return _at_step(step, draft, given, asks_the_policy, perhaps_asks, aside, another, reads_another)


def _at_step(step: Step, draft: Draft, given: Input, asks_the_policy: bool, perhaps_asks: bool, aside: Aside,
             another: bool, reads_another: ReadsAnother | None) -> Transition:
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
    again as they were typed, `danger_again`, so it is not asked again here.)"""
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
    """One input at `step`, in the order it is read: a button from another report; the answer to a question asked
    just before (is that when, keep or remove, replace or add, which part); small talk; the last answer offered
    back; a stale button; bare replies and words that are no answer; commands; buttons; then the words as the
    step's answer (see `advance`)."""
    as_it_was = draft  # a question answered aside leaves the report exactly so
    if (elsewhere := _another_reports_button(step, draft, given)) is not None:
        return elsewhere
    given = _unmarked(given)
    # "Is that who / when?" (`part_asked_back`) is answered by a typed yes or no, as by its buttons
    if not given.action and draft.asked_back and (back := answered_back(step, draft, given.text)) is not None:
        return back
    if not given.action and step in TYPED_STEPS and not agrees(given.text) and (
            chat := small_talk(given.text, at_when=step is Step.WHEN)) is not None:
        return said_in_passing(step, draft, chat)
    # Skip's "keep it or remove it?" is answered only by what comes straight after it
    asked_remove = draft.asked_remove == step.value and not given.action
    draft = replace(draft, asked_remove="") if draft.asked_remove else draft
    # Replace, add or keep? is answered only by what comes straight after it, too
    pending = draft.pending if draft.pending is not None and draft.pending.step == step.value else None
    waiting, draft = draft, replace(draft, pending=None) if draft.pending is not None else draft
    if (settled := _while_words_wait(step, draft, waiting, pending, given)) is not None:
        return settled
    if step is Step.CATEGORY and (ended := opening_was_a_question(draft, given, asks_the_policy)) is not None:
        return ended
    if (on_offer := _offer_answered(step, draft, given)) is not None:
        return on_offer
    draft = draft.taking(None) if draft.taken else draft  # offered until they do anything else
    # A button naming another step was pressed on an earlier question's message (one from before steps were named
    # carries no value, and is taken as it always was).
    if given.action in _NAMED_ACTIONS and given.value and given.value.removeprefix(REMOVE) != step.value:
        return stale_button(step, draft)
    command = typed_command(step, draft, given)
    shown = draft.fields.get(step.value) if step not in CHOICE_STEPS and not given.action else None
    if (replied := _bare_reply(step, draft, given, asked_remove, shown)) is not None:
        return replied
    command = _shown_kept_or_removed(step, given, shown) or command
    if (refused := _no_answer_typed(step, draft, given, command, pending, shown)) is not None:
        return refused
    if (commanded := _command(step, draft, given, command)) is not None:
        return commanded
    if given.action:
        return _button(step, draft, given)
    if step is Step.CATEGORY and perhaps_asks and (kept := kept_as_a_question(draft, given.text)) is not None:
        return kept
    told = given.text.strip()
    if aside and step in CHOICE_STEPS and (aside == "help" or not answers_the_step(step, told)):
        return answered_aside(step, as_it_was, told, aside)
    # (a question too: on an URGENT report it would go to the Head; a plan noted at When is joined, never replaced)
    if shown and worth_asking(step, shown, told) and not (step is Step.ACTIONS and only_plans(shown)):
        return ask_replace(step, draft, shown, told, asks_the_policy)
    return _answer(step, draft, told, from_button=False, asks_the_policy=asks_the_policy, another=another)


def _another_reports_button(step: Step, draft: Draft, given: Input) -> Transition | None:
    """A button shown for another report (`for_report`), pressed now: nothing changed, and where this one is."""
    if not given.action or REPORT_MARK not in given.value:
        return None
    if given.value.rpartition(REPORT_MARK)[2] == str(draft.started):
        return None
    return Transition(step, draft, (Reply("That button belongs to another report, so I've changed nothing. "
                                          "Here is where this one is:"), prompt(step, draft)))


def _unmarked(given: Input) -> Input:
    """A button's value without the report it names (checked by `_another_reports_button`)."""
    if not given.action or REPORT_MARK not in given.value:
        return given
    return replace(given, value=given.value.rpartition(REPORT_MARK)[0])


def _while_words_wait(step: Step, draft: Draft, waiting: Draft, pending: Taken | None,
                      given: Input) -> Transition | None:
    """Replace it / Add to it (or, on the summary, which part, or this report or a new one) waiting on `pending`'s
    words (`draft` without them; `waiting`, as it was): a press or a typed answer to it, or, for words put here from
    the summary, another correction queued. None: not for the question waiting, or none waits."""
    word = given.word
    if given.action == actions.CONCERN_REPLACE:
        if pending is None or given.value.partition(":")[2] != pending.token:  # a button left from other words
            return still_waiting(step, waiting, pending)
        if step is Step.CONFIRM and pending.another and given.value.partition(":")[0] in ANOTHER_CHOICES:
            return another_chosen(draft, pending, given.value.partition(":")[0])
        if step is Step.CONFIRM:  # the part chosen for words typed on the summary
            return put_in(draft, pending, given.value.partition(":")[0])
        return replace_or_add(step, draft, pending, given.value.partition(":")[0])
    if pending is not None and step is Step.CONFIRM:  # "Which part should this change?" waits: nothing else is read
        return while_part_asked(draft, pending, given)
    if pending is not None and not given.action and not quoted(given.text):
        if (how := replace_or_add_said(given.text)) is not None:
            return replace_or_add(step, draft, pending, how)
        if word in NO_WORDS or word == "nah" or KEEP_OLD.fullmatch(plain(word)):  # the words typed left out
            return go_on(step, draft, (Reply("Kept as it is."),))
        if step is not Step.DISCLOSURE and second_thoughts(given.text):  # "oops", "actually no": back a question
            return thought_better_of(step, draft, pending, given.text)
    if (pending is not None and pending.from_summary and not given.action and typed_command(step, draft, given) is None
            and may_change_an_answer(given.text) and not may_be_for(given.text, step.value)):
        # another correction ("actually it was on monday"), not plainly this part's new answer: queued, as on the
        # summary, rather than put in place of the answer asked about (evidence replaced by a date, unasked); a new
        # risk told so has the danger question first, the words asked about kept to be asked where they go again
        told = given.text.strip()
        if (again := danger_again(draft, told, (pending.text, *draft.queued, told))) is not None:
            return again
        return more_words(draft, pending, given.text.strip(), lambda queued: ask_replace(
            step, queued, queued.fields.get(step.value, ""), pending.text, from_summary=True))
    return None


def _offer_answered(step: Step, draft: Draft, given: Input) -> Transition | None:
    """Words about the last answer, not an answer themselves: the words offered back, or, where nothing was offered
    (the matcher unsure), the words typed last if shaped as a question. With neither, they are an answer where an
    account or a child's words may say "it's just a question", and refused at the short answers. None: read on."""
    word, taken = given.word, draft.taken
    if not given.action and says_it_was_a_question(word):
        taken = taken or just_answered(draft)
        if taken is not None:
            draft = draft.taking(taken)
            given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)
        elif step in SHORT_ANSWERS:
            return reprompt(step, draft, "There's no answer of yours waiting to be taken back now. To change "
                                         "an earlier answer, type back.")
    if taken and taken.checked and not given.action and word in NO_WORDS:  # no: those words should not stay
        given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)
    if taken and not given.action and as_command(word) in REMOVE_WORDS and not draft.fields.get(step.value):
        given = Input(action=actions.CONCERN_IS_QUESTION, value=taken.token)  # the words offered back: out
    if given.action == actions.CONCERN_IS_QUESTION:
        return take_back(step, draft, given.value)
    if taken and step is Step.CONFIRM and not given.action and (on_summary := summary_offer(draft, taken, word)):
        return on_summary
    if taken and step in YES_NO_ANSWER and not given.action and (on_step := step_offer(step, draft, taken, word)):
        return on_step
    return None


def _bare_reply(step: Step, draft: Draft, given: Input, asked_remove: bool, shown: str | None) -> Transition | None:
    """A bare yes, ok, no or keep typed where it answers something other than the step: Skip's keep it or remove it
    (`asked_remove`), a child told you, the choice shown, or more added to the answer `shown`. None: read on."""
    typed, current, word = not given.action, draft.fields.get(step.value), given.word
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
    return None


def _shown_kept_or_removed(step: Step, given: Input, shown: str | None) -> str | None:
    """Typed words over the answer `shown` that keep it ("ok", 👍) or remove it: that command. None: neither."""
    if given.action or not shown or quoted(given.text):
        return None
    word, said = given.word, keep_or_remove(given.text)
    if said == "remove":
        return "remove"
    if said == "keep" or word in ("ok", "okay") or agrees(given.text) or (word in UNCLEAR_YES
                                                                          and step in KEPT_BY_YES):
        return "keep"  # "Your answer so far: …" answered "ok" or 👍: kept, never replaced by the word "ok"
    return None


def _no_answer_typed(step: Step, draft: Draft, given: Input, command: str | None, pending: Taken | None,
                     shown: str | None) -> Transition | None:
    """Typed words never kept as the answer: a no over the answer shown, second thoughts ("actually no"), or no
    words at all (emoji, marks). None: read on."""
    typed, word = not given.action, given.word
    if shown and (word in NO_WORDS or word == "nah") and step in YES_NO_ANSWER:  # nor by "no", which answers none
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
    return None


def _command(step: Step, draft: Draft, given: Input, command: str | None) -> Transition | None:
    """Cancel, back, skip, remove, keep or help, pressed or typed (`command`); send typed before the summary. None:
    none of them."""
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
        asked = not given.action and ASKS_WHAT_TO_DO.fullmatch(plain(given.word)) is not None
        return Transition(step, draft, (Reply((f"{what_to_do(draft)} " if asked else "")
                                              + step_help(step, draft)),
                                        prompt(step, draft)))
    return None


def _button(step: Step, draft: Draft, given: Input) -> Transition:
    """Any other button pressed: a choice, an Edit, Send report, or one not known here."""
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
    return Transition(step, draft, (Reply("I didn't recognise that button, so nothing has changed."),
                                    prompt(step, draft)))


def _answer(step: Step, draft: Draft, text: str, from_button: bool, asks_the_policy: bool = False,
            another: bool = False) -> Transition:
    """An answer given at `step`, typed or pressed: on the summary, what words typed there do (`summary_answer`);
    elsewhere, the step's own answer (`step_answer`)."""
    if step is Step.CONFIRM:
        return summary_answer(draft, text, from_button, another)
    return step_answer(step, draft, text, from_button, asks_the_policy)
