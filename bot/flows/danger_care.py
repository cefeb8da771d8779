"""A hold or a shake done for everyday care or safety at "Is a child in immediate danger?" (helper danger14, what
review revAJ left): "no dad shook him awake", "no mum grabbed his collar to stop him running off" were the URGENT
alert, the act read as harm whatever it was for. A Designated Safeguarding Lead reads a child woken, or caught before
the road, as everyday care, so the teacher's no stands:

- woken (`_WAKE`): a shake, with "awake" or "to wake him (up)" after it, or "because he overslept";
- kept safe (`_SAFE`): a grab, pull, drag, push or hold to stop a child running into the road, out of the way of a
  car, away from the hob or the edge, "so he wouldn't fall", "before she stepped into the road", or to help them
  across ("pushed them into the road to cross").

Never when the words also tell injury, fear or force beyond it (`_BEYOND`: "shook him awake so hard he cried", "…and
he has bruises"), nor for a grip no care needs (the throat, the hair, the face: `_NEVER_FOR_CARE`), nor a baby shaken
(shaking a baby harms it, whatever for), nor a blow ("smacked him to stop him running off" is punishment).
"""

from __future__ import annotations

import re

from bot.flows.danger_harm_acts import CRUEL_ACTS, HARMS, OTHER_BLOWS

# What the act may be for these purposes: a shake to wake, a grip or a move to keep safe
_SHAKE = re.compile(r"\b(?:shak(?:e|es|ing|en)|shook)\b")
_MOVE = re.compile(r"\b(?:grab(?:s|bed|bing)?|pull(?:s|ed|ing)?|yank(?:s|ed|ing)?|tug(?:s|ged|ging)?|"
                   r"drag(?:s|ged|ging)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|held|holds?|holding|snatch(?:es|ed)?)\b")
# ...and what no care is: a blow, a grip of the throat, hair or face, pinned or locked (a baby: `_BABY`)
_NEVER_FOR_CARE = re.compile(
    r"\b(?:hit\w*|beat\w*|hurt\w*|slap\w*|punch\w*|kick\w*|smack\w*|thump\w*|whack\w*|belt\w*|batter\w*|"
    r"strangl\w*|chok\w*|throttl\w*|throat|neck|windpipe|hair|ears?|jaw|face|mouth|head|"
    r"pin(?:s|ned|ning)?|lock\w*|tie\w*|tied)\b")
# A baby anywhere in the words ("shook her newborn awake": the purpose took the newborn in, review revAK)
_BABY = re.compile(r"\b(?:baby|babies|babby|newborn|infant|\d+\s*(?:weeks?|months?)\s+old)\b")
_KID = r"(?:him|her|them|the (?:child|boy|girl|kid|little one))"
_HE = r"(?:he|she|they|the (?:child|boy|girl|kid))"
# Woken: "awake", "to wake him up", "because he'd overslept", "when she wouldn't get up"
_WAKE = (rf"(?:awake|(?:to|and|so as to|in order to|trying to|to try (?:and|to))\s+(?:\w+\s+)?(?:wake|get)\s+{_KID}"
         rf"(?:\s+up)?|(?:because|cos|as|when)\s+{_HE}\s+(?:had\s+|'d\s+|d\s+)?(?:overslept|slept in|"
         r"(?:wouldn'?t|wouldnt|would not|didn'?t|didnt|did not)\s+(?:wake|get)\s+up))\b")
# Where a child is kept from: the road and traffic, water, a drop, the hob
_HAZARD = (r"(?:the\s+|a\s+|an\s+|that\s+)?(?:busy\s+|main\s+)?(?:road|roads|traffic|street|kerb|curb|car|cars|bus|van|"
           r"lorry|truck|bike|bikes|cyclist|tram|train|tracks|platform|edge|cliff|drop|stairs|steps|river|canal|"
           r"pond|lake|sea|water|pool|fire|hob|cooker|oven|stove|kettle|window|balcony|railings|dog|horse)")
_GO = (r"(?:run\w*|ran|dash\w*|dart\w*|bolt\w*|step\w*|walk\w*|wander\w*|go|goes|going|went|get|gets|getting|got|"
       r"fall\w*|fell|slip\w*|trip\w*|climb\w*|touch\w*|lean\w*|drown\w*|be|being)")
# ...and what the child was kept from there ("to stop him getting hit by a car", "so she wouldn't get hurt"): the
# care said, not harm told beside it
_HARMED_THERE = rf"(?:\s+(?:hit|hurt|knocked over|knocked down|run over|squashed)(?:\s+by\s+{_HAZARD}\b)?)?"
# Helped across: "to cross", "so she could get across", "to help them cross"
_ACROSS = (rf"(?:(?:to|so as to|in order to|and)\s+(?:help\s+{_KID}\s+(?:to\s+)?|get\s+{_KID}\s+)?|"
           rf"so\s+(?:that\s+)?{_HE}\s+(?:could|can|would|might)\s+)(?:cross|get across|go across|get over)\b")
_HELPED_ACROSS = re.compile(rf"{_ACROSS}$")
# ...which is into a road, never into traffic nor at a vehicle (review revAW: "no dad shoved her into traffic to
# cross" was read as care, a No)
_NO_CROSSING = re.compile(r"\b(?:traffic|in front of|under|path of|cars?|bus|buses|vans?|lorry|lorries|trains?|trams?|"
                          r"canal|river|lake|sea|fire|stairs|steps)\b")
_SAFE = (
    # "to stop him running into the road", "to keep her safe", "so he wouldn't fall"
    rf"(?:(?:to|so as to|in order to|trying to|and)\s+(?:stop|keep|prevent|save)\s+{_KID}\s+(?:from\s+)?"
    rf"(?:(?:\w+\s+){{0,2}}?{_GO}\b{_HARMED_THERE}|safe\b)|"
    rf"so\s+(?:that\s+)?{_HE}\s+(?:wouldn'?t|wouldnt|would not|didn'?t|didnt|did not|couldn'?t|couldnt|"
    rf"won'?t|wont|doesn'?t|doesnt)\s+(?:\w+\s+)?{_GO}\b{_HARMED_THERE}|"
    # "before she stepped into the road", "as he ran towards the road", "when he nearly fell"
    rf"(?:before|as|when|because|cos|just as)\s+{_HE}\s+(?:\S+\s+){{0,3}}?(?:{_GO}\s+(?:\S+\s+){{0,3}}?"
    rf"(?:into|in to|onto|across|towards|near|in front of|off|over|out)\b|(?:nearly|almost)\s+{_GO}\b|"
    rf"(?:fell|fall|falling|slipped|tripped)\b)|"
    # "out of the way of the car", "out of the road", "away from the hob", "back from the edge"
    # (the way of a hazard named: "out of the way" alone is as often a child shoved aside, review revAK)
    rf"out\s+of\s+(?:the\s+)?way\s+of\b|out\s+of\s+(?:the\s+)?(?:road|traffic|path of)\b|"
    rf"(?:away|back)\s+from\s+{_HAZARD}\b|off\s+{_HAZARD}\b|"
    rf"(?:when|while|whilst|as)\s+(?:\w+\s+){{0,2}}?crossing\s+(?:\w+\s+){{0,2}}?road\b|"
    # "to cross", "so she could get across", "to help them cross": a child helped across (helper danger20: "no he
    # pushed them into the road to cross" was the urgent Not sure)
    rf"{_ACROSS})")
# Where the purpose may stand: just after the act, a few words between ("grabbed his collar just in time to stop him")
_WAKE_AFTER = re.compile(rf"^\s+(?:\S+\s+){{0,3}}?{_WAKE}")
_SAFE_AFTER = re.compile(rf"^\s+(?:\S+\s+){{0,5}}?{_SAFE}")
# A child kept from getting away is held, not kept safe ("held him down so he couldn't get away", review revAK)
_GETTING_AWAY = re.compile(r"\b(?:(?:get|gets|getting|got|run|runs|running|ran)\s+away|escap\w*|leav\w*|"
                           r"(?:get|gets|getting|got)\s+up|fight\w*\s+back)\b")
# A second act of force beside the care one ("shook him awake and dragged him out of bed", "…to beat him", review
# revAK: the care reading took the whole line as care)
_ANOTHER_ACT = re.compile(rf"{_SHAKE.pattern}|{_MOVE.pattern}|\b(?:{HARMS}|{OTHER_BLOWS}|dunk\w*|duck(?:ed|ing)|"
                          r"lift(?:s|ed|ing)?|pour\w*|threw|throws?|throwing|flung)\b|"
                          # (a cruel act: "…awake at 3am and made him stand outside")
                          + CRUEL_ACTS)
# Injury, fear or force beyond the care told anywhere else in the words
_BEYOND = re.compile(
    r"\b(?:cri(?:es|ed)|cry|crying|in tears|sobb\w*|scream\w*|terrified|petrified|scared|frightened|afraid|"
    r"hurt\w*|pain\w*|sore|bruis\w*|marks?|cuts?|bleed\w*|blood\w*|bled|injur\w*|swollen|welts?|black eye|"
    r"(?:so|too|really|very)\s+hard|hard|harder|violent\w*|rough\w*|aggressive\w*|forcefully|fling|flung|threw|"
    r"thrown|slammed|hit|hits|slap\w*|punch\w*|kick\w*|smack\w*|whack\w*|drunk|furious|rage|temper|shaking (?:him|"
    r"her|them) (?:hard|violently)|"
    # (a fall or a knock after it, an injury named, anger: review revAK; run over, review revAW)
    r"fell|falls|fallen|went flying|bang\w*|bump\w*|broke|broken|fractur\w*|dislocat\w*|sprain\w*|stitches|"
    r"hospital|a e|casualty|knocked (?:out|over|down)|run over|unconscious|concuss\w*|limp\w*|lump|graz\w*|"
    r"scratch\w*|shout\w*|yell\w*|swore|swear\w*)\b")


def done_for_care(said: str, start: int, end: int) -> bool:
    """Whether the act at `said[start:end]` (lower case, punctuation gone) is a shake to wake the child, or a grip or
    move to keep them safe, with nothing beyond that told: everyday care, not harm."""
    act, after = said[start:end], said[end:]
    if _NEVER_FOR_CARE.search(act):
        return False
    purpose = (_WAKE_AFTER.match(after) if _SHAKE.search(act) else
               _SAFE_AFTER.match(after) if _MOVE.search(act) else None)
    if purpose is None:
        return False
    # (the place the child was pushed may follow the act read: "shoved her" "into traffic to cross")
    if _HELPED_ACROSS.search(purpose.group()) and _NO_CROSSING.search(f"{act} {purpose.group()}"):
        return False
    # (the rest, the purpose taken out: "to stop him getting hurt" is the care, "…so hard he cried" beyond it)
    rest = said[:start] + " " + act + " " + after[purpose.end():]
    # (nor a grip no care needs, a baby or a second act anywhere beside the act: "…awake by the neck", "…her newborn
    # awake", "…and dragged him out of bed"; nor a child kept from getting away, review revAK)
    beside = said[:start] + " " + after[purpose.end():]
    # (the purpose's words and the two after it: "so he couldn't get away")
    purpose_told = " ".join([purpose.group(), *after[purpose.end():].split()[:2]])
    return (_BEYOND.search(rest) is None and _NEVER_FOR_CARE.search(rest) is None and _BABY.search(said) is None
            and _ANOTHER_ACT.search(beside) is None and _GETTING_AWAY.search(purpose_told) is None)
