"""The message a question passed to the Headteacher becomes: who asked, and their words, shortened if long.

A question may be as long as POLICYBOT_MAX_MESSAGE_CHARS (4000 by default, more if set); a platform may refuse a
long message outright (Slack's `msg_too_long`, a Teams 413), which no channel set again would mend. So the words are
cut to SHOWN_CHARS, and the message says so, and where the whole question is, before the words: a platform that clips
the end (Slack's 3000 characters, once escaped) never clips the note. Until helper notices3 they were cut silently.
"""

from __future__ import annotations

from bot.question_kept import KEPT_CHARS, was_cut

SHOWN_CHARS = 1500
CUT_NOTE = "it is shortened here; the whole question is in 'python app.py questions'"
# A question as long as the log keeps may have been longer still: say no more than is true
CUT_NOTE_KEPT = f"it is shortened here; its first {KEPT_CHARS} characters are in 'python app.py questions'"


def passed_on_text(name: str, question: str, cut: bool | None) -> str:
    """`question` as the log keeps it; `cut`: as the log has it (`QuestionLog.cut`)."""
    lead = f"{name} asked a question the policy bot could not settle and would like your answer"
    if len(question) <= SHOWN_CHARS:
        return f"{lead}: \u201c{question}\u201d"
    note = CUT_NOTE_KEPT if was_cut(question, cut) else CUT_NOTE
    return f"{lead} ({note}): \u201c{question[:SHOWN_CHARS].rstrip()}\u2026\u201d"


def shortened(question: str) -> str:
    """What its asker is told as they pass on a question too long to be shown whole: how much the Headteacher's
    message shows and where it stops, so they can send the rest themselves ("" when it is shown whole). Until helper
    notices4 they were told only that it was passed on; the Headteacher saw its first 1,500 characters."""
    if len(question) <= SHOWN_CHARS:
        return ""
    shown = question[:SHOWN_CHARS].rstrip()
    ending = " ".join(shown.split()[-6:])[-60:]
    return (f" It is long, so their message shows only its first {SHOWN_CHARS:,} characters, ending "
            f"\u201c\u2026{ending}\u201d: if the rest matters, tell them yourself.")
