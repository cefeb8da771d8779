"""A court order or a ban on contact told beside an adult there now, at "Is a child in immediate danger?": "mum has
turned up with no contact order in place and wants to take her", "dad's here and there's an injunction", "her dad is
at reception and he's on the not to collect list". Each was asked again while the one barred from the child stood at
the door (`danger_told` reads a parent at school as ordinary unless a threat is told of them, and found none in these
words). A DSL reads an order broken now as a danger now: a Yes.

Not an order said not to exist ("there's no court order"), one with no one there ("there's a court order in place"),
nor the past ("…last year").
"""

from __future__ import annotations

import re

from bot.flows.danger_threat import PAST

# ("no contact order" is the order, never "no" an order: the words staff use for one barring contact)
_ORDER = re.compile(
    r"\b(?:no[ -]contact(?: order)?|(?:court|restraining|non[ -]molestation|protection|prohibited steps) orders?|"
    r"injunctions?|not (?:allowed|supposed|meant|permitted) (?:to (?:see|collect|pick (?:her|him|them) up|take|"
    r"have (?:any )?contact|contact|be (?:near|around|here|at))|near|any contact|contact)|(?:banned|barred) from|"
    r"not to collect)\b")
# Someone come for the child now: turned up, here, at the gate or reception, wanting or trying to take them
_THERE = re.compile(
    r"\b(?:turned up|turning up|arrived|showed up|shown up|come in|came in|walked in|here(?!'s| is)|"
    r"at (?:the )?(?:school |front |main )?(?:gates?|door|reception|office|front desk|fence)|"
    r"in (?:the )?(?:reception|office|playground|car ?park|building)|outside|"
    r"(?:wants?|wanting|trying|tries|demanding|insisting) (?:to )?(?:take|collect|see|pick|get)\w*)\b")
# An order said not to be ("there's no court order", "there isn't an injunction"), or no one there ("he isn't here",
# "mum will be here at 3": still to come, the teacher answers)
_UNSAID = re.compile(r"(?:\bno|n't|\bnt|\bnot|\bwithout|\bany|\bnever|\bno longer|'ll be|\bwill be|\bmight be|"
                     r"\bmay be|\bcould be|\bgoing to be)\s+(?:(?:a|an|the|any|in|yet|still|even)\s+)?$")


# An order talked about, or held by the one there against someone else ("mum is here for a meeting about the court
# order", "mum is here to collect, she has a court order against dad"): no one barred is there by these words
_ABOUT = re.compile(r"\b(?:about|regarding|re|discuss\w*|copy of|bring\w*(?: in)?|sign\w*)\s+"
                    r"(?:(?:the|a|an|her|his|their|our)\s+)?$")
_HELD = re.compile(r"\b(?:has|have|had|'s got|got|holds|took out|taken out)\s+(?:got\s+)?(?:(?:a|an|the)\s+)?$")


def order_broken_now(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell an order barring contact beside someone there now."""
    if PAST.search(said):
        return False
    orders = [m for m in _ORDER.finditer(said) if not _ABOUT.search(said[:m.start()])
              and not (_HELD.search(said[:m.start()]) and said[m.end():].startswith(" against"))]
    return any(_said(said, m) for m in orders) and any(_said(said, m) for m in _THERE.finditer(said))


def _said(said: str, found: re.Match[str]) -> bool:
    return not _UNSAID.search(said[:found.start()]) or found.group().startswith("not ")
