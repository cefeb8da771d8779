"""A child told at "Is a child in immediate danger?" to be unsafe, missing, badly hurt or at risk of harming
themselves now: "no, she's not safe", "she's missing", "we can't find him", "no one knows where she is", "he's
bleeding", "she's taken tablets", "he's got a knife", "she says she wants to kill herself". Review revL found these read
as a plain No when they began with "no" (a false no: the child unseen) and asked again without one. A Designated
Safeguarding Lead reads each as a danger now: Yes, or Not sure beside a no or a doubt (`danger_told`), urgent either
way. Only the present is read so: "she was missing last week" or "he isn't bleeding" tell of no danger now. Self-harm
is a Yes only as happening now ("she's cutting herself in the toilets", "he's self harming right now"); "he's self
harming" may be what he does, and is the urgent Not sure (since helper danger4; it was a Yes).

And "no one picked her up", "nobody is at home with him": a no by its first word only, and perhaps a child left with
no adult; never a plain No, asked again (`no_one_there`).
"""

from __future__ import annotations

import re

_CHILD = (r"(?:he|she|they|i|we|the (?:child|kid|boy|girl|pupil)|"
          r"(?:his|her|their) (?:son|daughter|child|brother|sister))")
_IS = r"(?:'s|s|'re| is| are| has| have|'ve)"
_SELF = r"(?:him|her|them|my|your|our)sel(?:f|ves)"
_UNSAFE = re.compile(
    r"\b(?:(?:not|isn't|isnt|aren't|arent) safe\b(?! to (?:say|tell|share))|unsafe\b|"
    rf"{_CHILD}{_IS}? (?:gone |been )?missing\b(?! (?:his|her|their|my|the|a|an|some|lessons?|class|school|break|"
    r"lunch|pe|out|him|her|them|home|friends?|mum|dad)\b)|"
    r"(?:can't|cant|cannot|can not) find (?:her|him|them|the child)\b|"
    r"(?:no one|no-one|noone|nobody) knows where (?:s?he|they|the (?:child|kid|boy|girl|pupil))\b|"
    # unseen since ("no one has seen her since break" was a plain No)
    r"(?:(?:no one|no-one|noone|nobody)(?:'s|s| has| have)?|haven'?t|havent|have not|hasn'?t|hasnt|has not) "
    r"(?:seen|heard from) (?:her|him|them|the (?:child|kid|boy|girl|pupil)) since\b|"
    rf"{_CHILD}{_IS} (?:just )?(?:run off|ran off|run away|ran away|absconded|left (?:the )?(?:school|site|grounds|"
    r"building))\b|"
    rf"{_CHILD}{_IS}? (?:is )?(?:bleeding|unconscious|not breathing|passed out|collapsed)\b|"
    rf"{_CHILD}{_IS} (?:just )?(?:taken|swallowed|had) (?:an? )?(?:overdose|tablets|pills|lots of|a lot of)\b|"
    r"\boverdos\w*|"
    rf"{_CHILD}(?:'s got|s got| has got| has| have| is carrying| brought| has brought|'s brought) (?:a |an )?"
    r"(?:knife|blade|weapon|gun|scissors to)\b(?! emoji| icon| and fork| in (?:his|her|their) (?:user)?name)|"
    rf"(?P<self_harm>{_CHILD}{_IS}? (?:is )?(?:(?:cutting|hurting|harming|burning) {_SELF}|self harming|"
    r"self-harming))\b|"
    rf"{_CHILD}(?:'s|s| is| are)? (?:says |said |keeps saying |is saying |'s saying )?(?:s?he |they )?"
    rf"(?:wants|want|is going|'s going|going|is trying|'s trying|trying|threaten\w*) to (?:die|kill {_SELF}|"
    rf"end (?:his|her|their|my) life|hurt {_SELF}|jump(?=\s*$|\s+(?:off|from|in front of|into the (?:river|canal|"
    r"sea|water|road|traffic))))\b|suicidal\b)")
# Self-harm happening as the teacher types, by a word of now or where it is done ("she's cutting herself in the
# toilets", "he's self harming right now"); without one ("he's self harming") it may be what the child does, not what
# is happening now, which a DSL would ask: the urgent not sure (`self_harm_not_said_now`)
_HAPPENING = re.compile(
    r"\b(?:now|right now|rn|at the moment|atm|currently|as we speak|as i type|this minute|here|in front of|"
    r"in (?:the |her |his |their )?(?:toilets?|loos?|bathroom|classroom|class|corner|cloakroom|playground|hall|"
    r"library|office|reception|room|bedroom|lesson)|under (?:the |a )?(?:table|desk)|"
    r"with (?:a |an |the |some |his |her |their )?(?:scissors|knife|blade|razor|compass|sharpener|glass|pin|"
    r"lighter|pencil|ruler))\b")
# A no just before ("she's not missing", "he isn't bleeding") or said of the past ("she was missing last week")
# (A state said not to be is no not of what follows: "no hes not fine hes unconscious" was a plain No)
NOT_A_STATE = r"(?!(?:fine|ok|okay|alright|safe|well|good|better|right|great|normal|happy)\b)"
_UNDONE = re.compile(rf"(?:\bnot|n't|\bnever|\bno longer)\s+(?:{NOT_A_STATE}\w+\s+)?$")
_PAST = re.compile(r"\b(?:yesterday|last (?:week|night|month|year|term|time)|ago|was|were|used to|before half term|"
                   r"found (?:her|him|them)|back now|safe now|before|in the past|previously)\b")
_NO_ONE_THERE = re.compile(r"(?:no one|no-one|noone|nobody)(?:'s| has| have| is)? (?:\w+ )?(?:picked|collected|come|"
                           r"came|turned up|at home|home|here|there|with (?:her|him|them)|looking after|to look after|"
                           r"answer\w*|to collect|to pick)\b")


# Beside a no, a worry that makes it no plain no ("no he's hurt", "no she won't go home", "no adult at home"): asked
# again, never a No. (Hurt alone is no danger told: in a report of online bullying she is as often hurt by a post.)
_WORRY = re.compile(r"^(?:adults?|parents?|grown ?ups?)\b|\b(?:hurt\w*|injur\w*|not ok(?:ay)?|won'?t go home|"
                    r"wont go home|scared|frightened|terrified|afraid|bruis\w*|no (?:adult|parent|grown ?up|one|one's)|"
                    r"nobody)\b")


def worry_beside_no(said: str) -> bool:
    """Words after a no that leave it no plain no."""
    return _WORRY.search(said) is not None


def unsafe_told(said: str) -> bool:
    """Whether the words (lower case, punctuation gone) tell a child unsafe, missing or at risk now."""
    if _PAST.search(said):
        return False
    return any(not _UNDONE.search(said[:m.start()]) for m in _UNSAFE.finditer(said))


def self_harm_not_said_now(said: str) -> bool:
    """Whether the only danger `unsafe_told` finds is self-harm told with no word of now or of where ("he's self
    harming", "she's cutting herself"): no Yes, which says a child is in danger now, but the urgent not sure, as a
    DSL would ask whether it is happening now and would not wait for the answer."""
    if not unsafe_told(said) or _HAPPENING.search(said):
        return False
    return all(m.group("self_harm") for m in _UNSAFE.finditer(said) if not _UNDONE.search(said[:m.start()]))


def no_one_there(said: str) -> bool:
    """A no by its first words only: "no one picked her up", "nobody is at home with him"."""
    return _NO_ONE_THERE.match(said) is not None
