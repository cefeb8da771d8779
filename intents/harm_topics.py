"""Exploitation of children typed as a bare topic: "exploitation of children", "criminal exploitation of children",
"child sexual exploitation", "county lines", "CSE".

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
_TOPIC = compiled(
    rf"^(?:(?:about|re|regarding|info on|information on|guidance on|help with|policy on) )?(?:"
    rf"(?:child|children|childrens) {_KIND}(?:exploitation|trafficking)|"
    rf"{_KIND}(?:exploitation|trafficking) of {_YOUNG}|"
    r"exploited (?:children|kids|pupils|young people)|"
    r"county lines(?: exploitation| gangs?)?|cse|cce|cse and cce|cce and cse)$")


def child_harm_topic(words: str) -> bool:
    """The (plain) message is no more than exploitation of children as a topic."""
    return _TOPIC.match(words.strip()) is not None
