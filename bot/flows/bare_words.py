"""Short words typed in a report, read for what they say about the answer shown rather than as an answer.

"ok thanks", "yes that's right" or 👍 agree with it; "yes keep it" or "don't remove it" keep it; "yes remove it"
takes it out; "yes, replace it" or "add them both" answer Replace it / Add to it; "what should I do?" asks the bot.
Each reads a whole message (as `plain` text: lower case, apostrophes dropped, other marks as spaces) and says only
what it is; `concern_report.advance` decides what that does at the step. Words in quotes are someone's words, never
any of these.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from intents.intent_rules import smalltalk

UNCLEAR_YES = {"yes", "y", "yeah", "yep", "ok", "okay", "yes please"}
NO_WORDS = {"no", "n", "nope", "no thanks"}


def one_slip(typed: str, word: str) -> bool:
    """`typed` is `word` with one letter doubled, dropped, added or two swapped; never one letter for another."""
    return OSA.distance(typed, word) == 1 and (len(typed) != len(word) or sorted(typed) == sorted(word))


# Asking the bot what to do, not telling anything ("what should I do?", "should I tell the DSL?"): Help, with the
# answer that this report is how the DSL is told
ASKS_WHAT_TO_DO = re.compile(
    r"(?:(?:so|ok|okay|and|um|erm|sorry)[ ,]+)*"
    r"(?:what (?:should|do|shall|must|can) (?:i|we) do(?: now| next| about it)?|"
    r"what now|what next|what happens now|who (?:should|do|shall|must) (?:i|we) tell|"
    r"(?:should|do|must|shall) (?:i|we) (?:need to )?(?:tell|inform|contact|ring|call|email|speak to) (?:the )?"
    r"(?:dsl|head|headteacher|head teacher|designated safeguarding lead|safeguarding lead|someone|anyone|police))"
    r"(?:[ ,]+(?:please|thanks))*")
# ... its reader the Headteacher for a concern about a member of staff (`report_reader.what_to_do`); a child in danger
# is the DSL's in person whatever the report's kind
WHAT_TO_DO_FOR = ("Finishing this report is how {reader} is told: answer the questions and send it at the end. If a "
                  "child is in danger now, speak to the DSL in person straight away, or call 999.")
WHAT_TO_DO = WHAT_TO_DO_FOR.format(reader="the Designated Safeguarding Lead")

# Replace it or Add to it, typed ("replace", "yes, replace it", "add them both please"); never a bare yes, which a
# restart or another word to the bot may have left far from the question
_REPLACE_OR_ADD = re.compile(
    r"(?:(?:yes|yeah|yep|ok|okay|please|pls|just)[ ,]+)*"
    r"(?P<how>replace|add|use|keep both|both)"
    r"(?: (?:it|them|that|to it|to them|them both|both|the new one|the new words|it on|on))?"
    r"(?:[ ,]+(?:please|pls|thanks|thank you|ta|then))*")
# ...and leaving the words typed out: "don't replace it", "neither", "keep the old one", "ignore that"
KEEP_OLD = re.compile(r"(?:(?:no|nah|nope)[ ,]+)?(?:(?:dont|do not) (?:replace|add|change)(?: it| them| that)?|"
                      r"neither|keep the old(?: one| words| answer)?|ignore (?:it|that|them)|forget (?:it|that)|"
                      r"never mind|leave it|leave it as it is|keep it|keep it as it is)(?:[ ,]+(?:thanks|please))*")


def replace_or_add_said(text: str) -> str | None:
    """"replace" or "add" where typed words say only that, else None."""
    found = _REPLACE_OR_ADD.fullmatch(plain(text))
    if found is None:
        return None
    return "replace" if found.group("how") in ("replace", "use") else "add"


_YESES = r"(?:yes|yeah|yep|yup|ok|okay|oh ok|fine|great|perfect|lovely|cool|sure|correct|right)"
_RIGHT = r"(?:right|correct|fine|good|great|ok|okay|it|accurate|true|spot on)"
# Agreeing with an answer shown rather than giving one ("ok thanks", "yes that's right", "that's all correct", "looks
# good to me", "no change", 👍)
_AGREES = re.compile(
    rf"(?:{_YESES}[ ,]*)*"
    r"(?:(?:(?:thats|that is|its|it is|all|looks|sounds|still|is|was|all of it is|thats all|its all|that all)[ ]+)+"
    rf"{_RIGHT}(?: to me| as it is| as is| as it was| thanks)?|"
    r"(?:its |thats |that is |it is )?(?:fine|ok|okay|good|right) as (?:it is|is|it was)|"
    r"no changes?(?: needed| to make)?|nothing to change|unchanged|same as before|as before|"
    r"(?:thats|that is|its|it is) (?:all|everything|what happened|what i said|what i meant)|"
    r"will do|got it|understood|noted|on it|ill do that|i will|"
    r"thanks|thank you|thx|thanx|ty|tks|ta|cheers|fine|great|perfect|lovely|cool|correct|right|sure|good|"
    r"yes|yeah|yep|yup|ok|okay)"
    r"(?:[ ,]+(?:thanks|thank you|thx|ty|ta|cheers|thats right|thats it|thats fine|so much|very much|a lot|"
    r"thats all|leave it as it is|as it is))*")
# Read through one slip of the thumb ("thnaks", "rigth", "corect", "goood"), as commands are (`one_slip`)
_AGREEING_WORDS = frozenset({"thanks", "right", "correct", "good", "great", "perfect", "thats", "okay", "happened"})
_THUMB_CODES = re.compile(r"(?::(?:\+1|thumbsup|white_check_mark|heavy_check_mark|ok_hand)(?:::skin-tone-\d)?:\s*)+")
_THUMBS = ("\U0001f44d", "\u2705", "\U0001f44c", "\u2714")  # 👍 ✅ 👌 ✔
_NOT_AGREEING = {"right", "sure", "good", "fine", "correct"}  # alone, each can be an answer
# "ta" is thanks, but "TA" typed in capitals is a teaching assistant: who was responsible, or who was told
_TEACHING_ASSISTANT = re.compile(r"\bTA\b")
# ...and "ty" is thanks, but "Ty" or "TY" typed alone with a capital is a name or initials (Who is responsible? "Ty").
# Only this one: "Ta", "Thanks" or "Cheers" with a phone's capital are still thanks ("TA" above is the role)
_NAMED_TY = re.compile(r"\s*T[yY]\s*[.!]?\s*")
# Skip's keep-or-remove question (and any answer shown) answered in words: keep it, or take it out
_LEAD = r"(?:(?:yes|yeah|yep|ok|okay|no|nah|nope|please|pls|just|oh|so)[ ,]+)*"
_TAIL = (r"(?:[ ,]+(?:please|pls|thanks|thank you|ta|then|now|its wrong|its not right|its incorrect|its not needed|"
         r"its fine|thats fine|its right|thats right))*")
_IT = (r"(?:it|that|this|them|it all|all of it|everything|the answer|my answer|that answer|those words|the words|"
       r"(?:her|his|their|the childs|the child s|the kids) words|what (?:she|he|they|the child) said|"
       r"(?:the|my) evidence|the account|what i wrote)")
_KEEP_SAID = re.compile(
    _LEAD + rf"(?:(?:keep|leave)(?: {_IT})?(?: (?:in|there|as it is|as is|as it was))?|"
    rf"(?:dont|do not|please dont|no dont) (?:remove|delete|clear|change|take out)(?: {_IT})?(?: out)?)" + _TAIL)
_REMOVE_SAID = re.compile(
    _LEAD + rf"(?:(?:remove|delete|clear|bin|scrap)(?: {_IT})?|take(?: {_IT})? out|get rid(?: of(?: {_IT})?)?|"
    rf"(?:dont|do not) keep(?: {_IT})?)" + _TAIL)


def plain(text: str) -> str:
    """Lower case, apostrophes dropped ("that's" is "thats"), other marks and emoji as spaces, commas kept."""
    return " ".join(re.sub(r"[^\w\s,]", " ", text.lower().replace("\u2019", "").replace("'", "")).split())


def quoted(text: str) -> bool:
    """Words given in quotes, double anywhere or single around the whole ('yes', ‘yes’): someone's words, as said."""
    text = text.strip()
    return bool(re.search("[\"\u201c\u201d]", text)) or (
        len(text) > 2 and text[0] in "'\u2018" and text[-1] in "'\u2019")


def agrees(text: str) -> bool:
    """Typed words only agree with what is shown ("ok thanks", "yes that's right", 👍, "ok 👍"), saying nothing new.
    A bare yes or ok is left to the step (at "Is there evidence?" yes can be the answer), unless a thumb says it."""
    if quoted(text) or _TEACHING_ASSISTANT.search(text) or _NAMED_TY.fullmatch(text):
        return False
    thumb = any(t in text for t in _THUMBS) or _THUMB_CODES.search(text) is not None
    words = plain(_THUMB_CODES.sub(" ", text))
    if not _AGREES.fullmatch(words):  # only where read as typed it does not agree: "thank you" is no slip
        words = " ".join(next((w for w in _AGREEING_WORDS if len(word) > 3 and one_slip(word, w)), word)
                         for word in words.split())
    if thumb and (not words or words in UNCLEAR_YES or _AGREES.fullmatch(words)):
        return True
    return bool(words) and _AGREES.fullmatch(words) is not None and words not in UNCLEAR_YES | _NOT_AGREEING


def no_its_fine(text: str) -> bool:
    """"no" said to keep-or-remove, with only that the answer is fine after it ("no, it's fine", "no dont")."""
    found = re.fullmatch(r"(?:no|nah|nope)[ ,]+(.+)", plain(text))
    rest = found.group(1) if found else ""
    return bool(rest) and (rest in ("dont", "dont thanks", "its fine", "thats fine") or agrees(rest)
                           or keep_or_remove(rest) == "keep")


def keep_or_remove(text: str) -> str | None:
    """"keep" or "remove" where typed words say only that ("yes keep it", "don't remove it", "no, remove it", "yes
    take it out"), else None."""
    words = plain(text)
    if _KEEP_SAID.fullmatch(words):
        return "keep"
    return "remove" if _REMOVE_SAID.fullmatch(words) else None


# "Did a child tell you about this?" answered yes, rather than with the child's words
TOLD_YES = re.compile(r"(?:yes|y|yeah|yep|ok|okay|yes please)(?:[ ,]+(?:she|he|they|a child|a pupil|one)"
                      r"(?: did| has| told me| said something| told me something)?)?(?:[ ,]+(?:thanks|sorry))?")


# Small talk that is never an answer to a question asked in the reporter's own words ("hello" at "Who is affected?"
# went to the Headteacher as who was affected); "ok" and "thanks" are `agrees`'s (with an answer shown, they keep it)
_SMALL_TALK = frozenset({"greeting", "thanks", "bye", "how_are_you", "who_are_you"})
# ...though a name, an initial or a role may be spelt the same: "Ty", "TA" (a teaching assistant), "Yo", "K"
_MAY_BE_A_NAME = frozenset({"ta", "ty", "yo", "k", "kk", "sup", "later"})
# ...and at "When did it happen?", a time of day is the answer
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "tonight"})


def small_talk(text: str, at_when: bool = False) -> str | None:
    """What the whole message says when it is only small talk, never an answer: "greeting", "thanks", "bye",
    "how_are_you" or "who_are_you"; "puzzled" for nothing but question marks ("??"). None for anything that may be
    an answer: words beyond the small talk ("hi-vis jacket man", "Thanks to Jo, Y5 TA"), words in quotes (someone's
    words, as said), words that may name someone, and `at_when` a time of day."""
    if quoted(text):
        return None
    if text.strip() and not text.strip(" ?\uff1f!"):
        return "puzzled"
    kind = smalltalk(text)
    words = plain(text)
    if kind not in _SMALL_TALK or words in _MAY_BE_A_NAME or (at_when and words in _TIMES_OF_DAY):
        return None
    return kind
