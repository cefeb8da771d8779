"""A second child named in words told with a danger Yes (or Not sure): the words stay in this report, whose URGENT
alert is raised with them (one alert for one report, never a second), and they are written under *Who is affected?*
too, marked as the teacher's words, so the Headteacher's first rows name every child the alert is about. Only said
before (helper summary5: "add them under Edit: Who is affected"), the second child was in What happened alone.

Why the words, not a name picked out of them: in "Ellie in year 2 told me her stepdad hits her" a reading would have to
choose who is the child and who the adult; the teacher's words name both as said, and the teacher is told, so Edit: Who
is affected can put it plainly. A report of its own for the second child would mean a second URGENT report and a
question at the moment the teacher is told to act now (helper steps4; see docs/notes.md).
"""

from __future__ import annotations

from dataclasses import replace

from bot.flows.another_concern import names_someone_new
from bot.flows.concern_draft import MAX_FIELD_CHARS, Draft, Step, clipped

ALSO_NAMED = "Also named with the danger answer, in the reporter's words: "
_SHOWN = 200  # of the words, under Who is affected: What happened has them whole


def named_as_affected(draft: Draft, told: tuple[str, ...]) -> Draft:
    """`draft` with each of the words `told` that name someone the report does not have (`names_someone_new`, read
    against the report as it was) written under Who is affected, once."""
    affected, fields = draft.fields.get(Step.AFFECTED.value, ""), draft.fields
    for words in told:
        line = f"{ALSO_NAMED}\u201c{clipped(words.strip(), _SHOWN)}\u201d"
        if not names_someone_new(words, fields) or line in affected:
            continue
        if len(affected) + len(line) + 1 > MAX_FIELD_CHARS:
            break  # too long to add: What happened has them, and the teacher is asked to add them
        affected = f"{affected}\n{line}" if affected else line
    if affected == draft.fields.get(Step.AFFECTED.value, ""):
        return draft
    return replace(draft, fields={**draft.fields, Step.AFFECTED.value: affected})
