"""The names of every button and form action the engine understands, shared by all renderers.

An adapter never interprets these: it carries a pressed button's `action` and `value` back to the
engine unchanged in an `IncomingMessage`.
"""

from __future__ import annotations

# Answers
FEEDBACK_YES = "feedback.yes"  # value: question log id
FEEDBACK_NO = "feedback.no"  # value: question log id
ASK_HEAD = "ask.head"  # value: question log id; pass the question to the Headteacher
ASK_CLAUSE = "ask.clause"  # value: clause id, or "clause id@question log id" for a "did you mean" choice
HELP = "help"
MY_REPORTS = "reports.mine"

# The report-a-concern conversation
CONCERN_START = "concern.start"  # start the step-by-step report in this conversation
CONCERN_CHOICE = "concern.choice"  # value: the chosen option of the current step
CONCERN_SKIP = "concern.skip"
CONCERN_BACK = "concern.back"
CONCERN_CANCEL = "concern.cancel"
CONCERN_CONFIRM = "concern.confirm"
CONCERN_EDIT = "concern.edit"  # value: the field to change from the summary
CONCERN_HELP = "concern.help"  # what the current step needs, then its question again
CONCERN_KEEP = "concern.keep"  # value: the step whose answer (given earlier, or the first message's words) is kept
CONCERN_UNDO = "concern.undo"  # value: when the report was cancelled (bot/cancelled_reports.py); bring it back
# The last answer, kept though it read as a question about the policy, was one: put its step back and answer it
# (value: the step and a digest of the words, so a button left from an earlier answer acts on nothing)
CONCERN_IS_QUESTION = "concern.is_question"
# Short words typed over a longer answer shown, or new words over a child's: replace it with them, or add them to it
# (value: "replace:" or "add:", then the step and a digest of the words waiting)
CONCERN_REPLACE = "concern.replace"
FLOW_ACTIONS = frozenset({CONCERN_CHOICE, CONCERN_SKIP, CONCERN_BACK, CONCERN_CANCEL, CONCERN_CONFIRM, CONCERN_EDIT,
                          CONCERN_HELP, CONCERN_KEEP, CONCERN_IS_QUESTION, CONCERN_REPLACE})

# The report as one form (Slack modal, Adaptive Card, web form)
FORM_OPEN = "concern.form"  # replies with a Reply whose `form` is the whole report form
FORM_SUBMIT = "concern.form.submit"  # `IncomingMessage.form` holds the fields

# Admins acting on a concern (value: the reference, e.g. "C-0042")
CONCERN_ACK = "concern.ack"
CONCERN_TAKE = "concern.take"
CONCERN_CLOSE = "concern.close"
CONCERN_NOTE = "concern.note"  # the note is `IncomingMessage.text` or form field "note"
ADMIN_ACTIONS = frozenset({CONCERN_ACK, CONCERN_TAKE, CONCERN_CLOSE, CONCERN_NOTE})

# An admin registering the conversation they type in as the Headteacher's escalation channel
SET_ESCALATION = "admin.set_escalation"

# Keys of IncomingMessage.extra an adapter may fill
EXTRA_ADDRESS = "address"  # opaque: how this adapter reaches this conversation later (Slack channel id, Teams ref JSON)
EXTRA_USER_ADDRESS = "user_address"  # opaque: how to reach this user privately (Slack user id, Teams personal ref)
# opaque: how to open a private chat with this user, kept only while no EXTRA_USER_ADDRESS is known (Teams, from a
# channel: someone who has only ever mentioned policybot there)
EXTRA_USER_OPENER = "user_opener"
EXTRA_USER_ALIAS = "user_alias"  # another key the same person may be listed by in POLICYBOT_ADMINS (Teams: Entra id)
EXTRA_GROUP = "group"  # "1" when the conversation is a channel or group others can read
EXTRA_SOURCE_LINK = "source_link"  # a link to a message being reported (Slack message shortcut)
EXTRA_SOURCE_TEXT = "source_text"  # the words of that message
