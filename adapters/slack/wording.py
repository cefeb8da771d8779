"""The few sentences only Slack needs; everything else a person reads is worded once, in bot/."""

from __future__ import annotations

from bot.messages import Reply

SORRY = Reply("Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment; "
              "if a child may be at risk, speak to the Designated Safeguarding Lead now.", private=True)

NOT_A_MEMBER = Reply(
    "I'm not in this channel yet, so I couldn't post concerns here. Add me first (type `/invite @policybot` "
    "in this channel), then run `/policy set-escalation-channel` again. Nothing was changed.", private=True)

SLACK_HELP = Reply(
    "In Slack you can also use:\n"
    "• `/policy` followed by your question: only you see the answer.\n"
    "• `/policy report`: the whole report as one form.\n"
    "• `/policy my-reports`: the status of concerns you've reported.\n"
    "• On any message: ⋮ More actions > *Report as a concern*, to report it with a link to the message.\n"
    "• My *Home* tab lists your reports.", private=True)

SLACK_ADMIN_HELP = Reply(
    "Admins: `/policy set-escalation-channel` in the Headteacher's channel (invite me there first) sends "
    "concerns there; the Acknowledge / Take / Close buttons on each concern work only for admins.", private=True)
