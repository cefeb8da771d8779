"""Exploitation of children typed as a bare topic: "exploitation of children", "criminal exploitation of children",
"child sexual exploitation", "county lines", "CSE"; or asked what it is ("what is child sexual exploitation?", "what
about county lines?").

Each was "not covered" alone: the policy has no clause on it, and a topic of two or three words tells nothing. Yet a
teacher who types one may be about to tell of a child, and a Designated Safeguarding Lead is the person to ask about
it whatever the policy says, so the report is offered beside "not covered" (`understanding`); nothing here begins one.
Only exploitation of a child, so "exploitation" alone, "exploitation of workers" or "of loopholes" stay as they were
(harmless_objects reads "exploitation of our wifi" as use). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled

_YOUNG = r"(?:children|a child|kids|young people|pupils|students|minors|girls|boys|under ?18s|teenagers|teens)"
_KIND = r"(?:(?:child|children|childrens|youth) )?(?:(?:online|sexual|criminal|financial|sexual and criminal) )?"
# Asked what it is, or asked about as a whole ("what is child sexual exploitation?", "what about county lines?"): still
# the topic alone, with no lesson or curriculum after it ("what is county lines in the curriculum?" asks of teaching)
_ASKED = (r"(?:what|what is|whats|what are|what about|how about|tell me about|explain|define|what do you know about|"
          r"what does the policy say (?:about|on)|anything (?:about|on)|do we have anything on|what do i do about|"
          r"what should i know about)")
_TOPIC = compiled(
    rf"^(?:(?:about|re|regarding|info on|information on|guidance on|help with|policy on|{_ASKED}) )?(?:"
    rf"(?:child|children|childrens) {_KIND}(?:exploitation|trafficking)|"
    rf"{_KIND}(?:exploitation|trafficking) of {_YOUNG}|"
    r"exploited (?:children|kids|pupils|young people)|"
    r"county lines(?: exploitation| gangs?)?|cse|cce|cse and cce|cce and cse|"
    # CSE and CCE by their other names, asked of ("what is sexual exploitation?"), not "exploitation" alone
    r"(?:sexual|criminal|sexual and criminal) exploitation)$")


def child_harm_topic(words: str) -> bool:
    """The (plain) message is no more than exploitation of children as a topic."""
    return _TOPIC.match(words.strip()) is not None
