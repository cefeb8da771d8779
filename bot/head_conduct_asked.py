"""The Headteacher's own conduct asked about: "what if the head is the problem?", "who do i go to if i'm worried about
the headteacher's conduct online?", "what if it's the head posting stuff?".

`about_the_head.ASKED` hears a concern or a report named as about the Head ("what if my concern is about the head?").
Asked with no report named, these were "not covered… please ask the Headteacher", or B.0's "inappropriate use goes to
the Headteacher first" with "if it doesn't settle it, please ask the Headteacher": each sent the teacher to the person
the worry is about. Read here, they are answered where the school's guidance says such a concern goes (the Chair of
Governors, `about_the_head.instead`). Not the Head asked of as the one to tell ("should i tell the head?"), the speaker
who is the Head, a head of year or department, nor a body's head.
"""

from __future__ import annotations

import re

# The Headteacher, not a head of year, head lice, a head boy or a body's head
_HEAD = (r"(?:the|our|my|ur|your) (?:head ?teacher|head-teacher|headmaster|headmistress|head of school|"
         r"head(?! (?:of|lice|boy|girl|cook|start|first|office)\b)|ht)")
# The Head as the one the worry is about, in a condition: "what if the head is the problem", "if its the head doing
# it", "what if the headteacher is involved", "what if it's the head"
_HEAD_IS_IT = re.compile(
    rf"\b(?:what if|wat if|what happens if|what about if|if|when|suppose|and if) (?:it'?s |it is |its )?{_HEAD}\b"
    r"(?:'?s)?(?: (?:is|was|'s|themselves|himself|herself|themself))*"
    r"(?: (?:the (?:problem|issue|one|person|culprit|cause|concern|one doing it|one posting)|involved|responsible|"
    r"to blame|doing it|the subject|who (?:did|does|is doing|posted|posts)|posting|(?:i'?m|i am|im) (?:worried|"
    r"concerned) about|(?:that|who) (?:i'?m|i am|im) (?:worried|concerned) about)\b|\s*\??$)", re.I)
# Worry about the Head or their conduct: "worried about the headteacher's conduct online", "concerns about our head",
# "a problem with the head's posts"
_WORRIED_ABOUT = re.compile(
    r"\b(?:worried|worrying|concerned|concerns?|worries|uneasy|unhappy|complain(?:t|ts|ing)?|issue|problem|"
    rf"suspicious|doubts?) (?:about|with|over|regarding|re) {_HEAD}\b(?!'?s? (?:decision|reaction|response|view|"
    r"answer|opinion|approval|permission|rule)s?\b)", re.I)
# The Head's own conduct online asked who deals with: "who do i tell if the head posts something inappropriate"
_WHO = re.compile(r"\b(?:who (?:do|should|would|can|shall|must) (?:i|we)(?: \w+)? (?:tell|go to|report|speak to|"
                  r"talk to|complain to|contact|inform|raise)|who (?:deals|handles|investigates|looks into)|"
                  r"where (?:do|should|can) (?:i|we) go)\b", re.I)
_HEAD_DOES = re.compile(
    rf"\b{_HEAD}(?:'?s (?:own )?(?:conduct|behaviou?r|posts?|posting|comments?|messages?|account|social media|"
    r"facebook|fb|insta\w*|tiktok|twitter|snapchat)| (?:posts?|posted|is posting|has posted|shares?|shared|"
    r"messag\w+|comment\w*|behaves|behaved|is behaving|acts|acted|does something|did something))\b", re.I)
# The Head as the one to go to, or the speaker as the Head: "should i tell the head", "i'm the head"
_TO_THE_HEAD = re.compile(rf"\b(?:to|tell|telling|told|inform|ask|asking|email|ring|see) {_HEAD}\b(?!'?s)|"
                          r"\b(?:i'?m|i am|im|as) (?:the )?head(?: ?teacher)?\b", re.I)


def head_conduct_asked(text: str) -> bool:
    """Whether the message asks what to do, or where to go, when the worry is about the Headteacher themselves."""
    words = " ".join(text.replace("\u2019", "'").split())
    if _TO_THE_HEAD.search(words) and not _HEAD_IS_IT.search(words):
        return False
    return bool(_HEAD_IS_IT.search(words) or _WORRIED_ABOUT.search(words)
                or (_WHO.search(words) and _HEAD_DOES.search(words)))
