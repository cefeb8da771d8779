"""Who a sentence names as acting, and who only as what it was about, for the kind of concern it names.

The kinds of concern are each about who acted: a parent's post, a member of staff's conduct, pupils bullying a
pupil. A word for a teacher or a parent where the sentence is about them ("a parent posted abuse about a teacher",
"my colleague swore at a parent", "Mrs Khan, year 3 teacher" typed as who is affected) names who is affected, not
the kind, so `concern_wording.kinds_named` leaves such a kind out rather than taking or offering it. Words are read
as `concern_wording._norm` leaves them (lower case, marks as spaces).
"""

from __future__ import annotations

import re

from intents.year_groups import YEAR, YEARS

# What is done to, said of or shown of someone: whoever is named next is what it is about, not who did it
_ABOUT = (r"(?:about|at|towards|against|calling|called|threaten(?:s|ed|ing)?|abus(?:e|es|ed|ing)|"
          r"insult(?:s|ed|ing)?|nam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|attack(?:s|ed|ing)?|"
          r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slag(?:s|ged|ging)? off|target(?:s|ed|ing)?|"
          r"mock(?:s|ed|ing)?|(?:making|make|made|makes) fun of|sw(?:ore|ears|earing) at|shout(?:s|ed|ing)? at|"
          r"rude to|lies about|rumou?rs? about|(?:photos?|pictures?|pics?|videos?|images?|memes?|gifs?|cartoons?|"
          r"drawings?|clips?|recordings?|deep ?fakes?|fake (?:\w+ )?accounts?) of|pretending to be|posing as|"
          r"impersonat(?:e|es|ed|ing)|"
          r"bull(?:y|ys|ies|ied|ying)|harass(?:es|ed|ing)?|pick(?:s|ed|ing)? on)")
# ...and the words that may stand between it and the person ("about our year 2 teacher", "naming mrs khan the")
_BETWEEN = (r"(?:(?:a|an|the|our|my|his|her|their|one of|that|this|some|two|another|other|year|yr|y ?\d+|\d+|class|"
            r"new|supply|pe|head|deputy|school|female|male|childs|child's|kids|(?:mr|mrs|ms|miss|mx|dr|sir) \w+) )*")
_ABOUT_THEM = re.compile(rf"\b{_ABOUT} {_BETWEEN}$")
_TITLE = r"(?:mr|mrs|ms|miss|mx|dr|sir)"
# Pupils as the ones posting ("a year 6 pupil posted about mrs khan"): not a parent's post
_PUPIL_POSTED = re.compile(rf"\b(?:pupils?|child|children|kids?|boys?|girls?|students?|{YEARS})\b"
                           r"(?: \w+){0,3} post(?:ed|s|ing)? about\b")


# A picture told by what it shows ("a scary video", "violent videos") or by who watched it ("upset by a video on
# youtube kids"): content a pupil saw, not their image, unless it is "of" someone
_SEEN = re.compile(r"\b(?:(?:scary|horror|violent|gory|upsetting|disturbing|graphic|inappropriate|explicit|adult|"
                   r"porn\w*|pornographic|extremist|racist|self harm|suicide|creepy|weird|18 rated)(?: \w+)?|"
                   r"(?:upset by|scared by|watch(?:es|ed|ing)?|shown|viewing|viewed)(?: (?:a|an|the|some|these|those))?"
                   r"(?: \w+)?) $")
# Staff or a parent named as telling the teacher ("my year 3 class teacher told me…", "his mum showed me the
# messages"): who told, not who acted
_TELLS = re.compile(r"(?: (?:mr|mrs|ms|miss|mx|dr) \w+)? (?:has |had )?(?:told (?:me|us)|tells (?:me|us)|reported|"
                    r"noticed|overheard|heard|came to me|let me know|flagged|mentioned to me|raised|"
                    r"show(?:ed|s)? (?:me|us)|brought (?:me|us|it)|(?:rang|phoned|emailed|called) (?:me|us|school)|"
                    r"came (?:in|to see me)|spoke to (?:me|us))\b")


# ...but "about" saying what the concern is about ("it's about a teacher", "a concern about a member of staff") names
# the kind, as it always has at the kind question
_CONCERN_ABOUT = re.compile(rf"(?:(?:it|its|it's|is|this|that|the|a|my|i|im|i'm|am|have|got|concern|concerns|"
                            rf"concerned|worried|worry|report|reporting|safeguarding|issue|one) )*about {_BETWEEN}")


def _about(norm: str, at: int) -> bool:
    """The person named at `at` is what the sentence is about ("posted abuse about a teacher")."""
    return bool(_ABOUT_THEM.search(norm[:at])) and not _CONCERN_ABOUT.fullmatch(norm[:at])


def _only_about(norm: str, words: re.Pattern[str], telling: bool = True) -> bool:
    """Every person `words` finds is named as what the sentence is about (`telling`: or as who told the teacher),
    none as acting."""
    found = list(words.finditer(norm))
    return bool(found) and all(_about(norm, m.start()) or (telling and _TELLS.match(norm, m.end())) for m in found)


def name_with_role(norm: str, staff: str) -> bool:
    """The whole message a name and a staff role ("Mrs Khan, year 3 teacher", "Mr Patel the caretaker"): who is
    affected or responsible, typed, naming no kind."""
    return re.fullmatch(rf"(?:(?:it is|its|it's|this is) )?(?:about )?{_TITLE} \w+(?: \w+)? "
                        rf"(?:(?:the|our|a|my) )?(?:(?:{YEAR}|reception|nursery|class \w+|supply|pe) )?"
                        rf"(?:{staff})", norm) is not None


def acting(norm: str, named: tuple[str, ...], staff_people: re.Pattern[str], parent_people: re.Pattern[str],
           staff: str, image_words: re.Pattern[str]) -> tuple[str, ...]:
    """`named` without a kind whose people the sentence names only as what it is about: staff ("about a teacher"),
    a parent ("swore at a parent"), a pupil's bullying whose one bullied is an adult ("bullying a teacher"), and a
    parent's post named by "posted about" that a pupil posted."""
    drop: set[str] = set()
    if "staff_conduct" in named and "conduct" not in norm.split() and (
            name_with_role(norm, staff) or _only_about(norm, staff_people)):
        drop.add("staff_conduct")
        if _only_about(norm, staff_people, telling=False) or name_with_role(norm, staff):
            # ...and what was done to them is no pupil's bullying nor a pupil's image ("pupils are bullying a
            # teacher", "a pupil shared a video making fun of our pe teacher"): asked, unless a parent acted
            drop.update(("bullying", "image"))
    if "parent_post" in named:
        parent_acts = parent_people.search(norm) is not None and not _only_about(norm, parent_people)
        posted = re.search(r"\bpost(?:ed)? about\b", norm) is not None and not _PUPIL_POSTED.search(norm)
        if not parent_acts and not posted:
            drop.add("parent_post")
    if "image" in named and all(_SEEN.search(norm[:m.start()]) and not norm[m.end():].startswith(" of ")
                                for m in image_words.finditer(norm)):
        drop.add("image")  # "a scary video challenge": something a pupil saw, not their image
    return tuple(key for key in named if key not in drop)
