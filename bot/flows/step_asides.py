"""Words at a step that are not its answer: small talk at a question answered in the reporter's own words, and a
question asked of the bot at a choice step, answered aside with the step asked again, the report as it was.
"""

from __future__ import annotations

from dataclasses import replace

from bot.flows.asked_aside import Aside, asks_if_kind
from bot.flows.concern_commands import says_send
from bot.flows.concern_draft import Draft, Step, Transition
from bot.flows.concern_prompts import prompt, step_help
from bot.flows.concern_wording import PROMPTS, parse_category, read_danger
from bot.flows.report_buttons import offered
from bot.flows.report_reader import for_reader
from bot.flows.step_moves import skip_step
from bot.flows.summary_words import part_named, part_said_none, parts_set_to, says_only_wrong
from bot.flows.waiting_questions import ask_replace
from bot.messages import Reply


def answers_the_step(step: Step, told: str) -> bool:
    """Words asked at a choice step that answer it all the same: a kind asked about ("is it bullying on whatsapp"),
    a yes, no or not sure ("not sure, should i ring her mum?"), on the summary send or a part named or changed."""
    if step is Step.CATEGORY:
        return asks_if_kind(told) and parse_category(told) is not None
    if step is Step.DANGER:
        return read_danger(told)[0] is not None
    return (says_send(told) or parts_set_to(told) is not None or part_said_none(told) is not None
            or part_named(told) is not None or says_only_wrong(told))


def answered_aside(step: Step, draft: Draft, told: str, aside: Aside) -> Transition:
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
    return answered_aside(step, draft, "", "help" if with_help else "question").replies


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


def said_in_passing(step: Step, draft: Draft, kind: str) -> Transition:
    """Small talk typed at a question answered in the reporter's own words (`bare_words.small_talk`): never the
    answer (kept, it went to the Headteacher on an URGENT concern as who was affected). The question again, as it
    stood, changing nothing: an offer on the last answer, Replace it / Add to it or keep-or-remove still waiting."""
    if kind == "puzzled":  # "??": what the step needs, as help says
        return Transition(step, draft, (Reply(step_help(step, draft)), prompt(step, draft)))
    quotes = " If the child said just that, type it in quotes, like \u201chello\u201d."
    lead = for_reader(_IN_PASSING[kind], draft) + (quotes if step is Step.DISCLOSURE else "")
    pending, shown = draft.pending, draft.fields.get(step.value, "")
    if pending is not None and pending.step == step.value and shown:
        asked = ask_replace(step, draft, shown, pending.text, from_summary=pending.from_summary)
    elif draft.asked_remove == step.value:
        asked = skip_step(step, draft, removing=False)
    else:
        question = prompt(step, draft)
        asked = Transition(step, draft, (offered(question, draft.taken, draft) if draft.taken else question,))
    return replace(asked, draft=draft, replies=(Reply(lead), *asked.replies))
