"""A child in physical danger told by what is seen or where they are, at "Is a child in immediate danger?", which
`danger_now`'s hurt readings missed (helper danger6; each was asked again): a body sign of not breathing ("his lips
are blue", "her face has gone grey", "he's gone blue"), a child somewhere they may fall or be struck ("she's standing
on the bridge", "he's on the railway line", "she's on the wrong side of the railings"), or one who has swallowed
something that can lodge or burn inside ("she swallowed a coin", "he's swallowed a magnet"). A DSL reads each as a
Yes, as `danger_now` reads "she can't breathe" or "he's on the roof": with a past time, or the child said fine now,
`danger_now` asks again as before.
"""

from __future__ import annotations

import re

from bot.flows.danger_child import CHILD

_BE = r"(?:'s|s|'re|re| is| are| has| have|'ve)?"
_ADV = r"(?:(?:just|now|still|also|actually|really|currently)\s+)*"
_BLUE = r"(?:blue|grey|gray|purple)"
# (not "the bridge" of a song or a lesson: only a child on, at the edge of, or over one)
_EDGE = (r"(?:(?:motorway|railway|road|rail|foot|canal|river|train)\s+)?bridge|railway (?:line|track)s?|train (?:line|"
         r"track)s?|tracks|cliffs?|cliff edge|quarry edge|edge of (?:the|a) (?:cliff|bridge|roof|quarry|platform)|"
         r"wrong side of (?:the|a) (?:railings?|fence|barrier)|motorway|dual carriageway|(?:main|busy) road|"
         r"middle of (?:the|a) (?:\w+ )?road")
_OBJECTS = (r"(?:(?:a|an|some|the|his|her|their|two|a few)\s+)?(?:(?:pound|\d+p|\w+)\s+)?(?:coins?|penny|pennies|"
            r"marbles?|(?:drawing )?pins?|needles?|screws?|nails?|earrings?|studs?|beads?|lego|(?:piece|bit)s? of "
            r"(?:lego|glass|plastic|metal)|buttons?|glass|keys?|rings?|magnets?|razor blades?|blades?)")
# (not blue from an ice lolly or a felt tip)
_DYED = (r"(?!\s+(?:from|with|because of|cos of)\s+(?:(?:the|a|an|his|her|their|that|eating|drinking|all the)\s+)?"
         r"(?:ice|lolly|lollies|slush\w*|paint\w*|pens?|felt|markers?|sweets?|drinks?|juice|food|crayons?|ink|dye|"
         r"face ?paint|berr\w*|blueberr\w*|colouring|chalk))")
BODY_DANGER = re.compile(
    rf"\b(?:his|her|their)\s+(?:lips|face|skin|fingers|fingertips)\s+(?:are|is|'s|s|have|has|'ve)?\s*(?:gone\s+|going\s+|"
    rf"turning\s+|turned\s+|looking\s+|look\s+|looks\s+)?{_BLUE}\b{_DYED}|"
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:gone|turned)\s+{_BLUE}\b|"
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:(?:up|stood|standing|sitting|sat|climbing|climbed|gone|got|out|walking|wandering|"
    rf"playing|lying|lay|run|ran|gone|went)\s+)*(?:(?:over|through|under)\s+(?:the|a)\s+(?:fence|railings?|wall|"
    rf"barrier|gate)\s+)?(?:on|onto|on to|up on|on top of|over|into|in|in the)\s+(?:the|a|our)\s+(?:{_EDGE})\b"
    r"(?!\s+(?:club|game|lesson|song|book|story|film|project|model|picture|drawing|side|end|entrance|corner|bit))|"
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:swallowed|swallow)\s+{_OBJECTS}\b|"
    # bleeding badly: "there's blood everywhere", "it won't stop bleeding"
    r"\b(?:blood everywhere|(?:so much|a lot of|lots of|loads of) blood|covered in blood|(?:won'?t|wont|will not|"
    r"can'?t|cannot) stop (?:the )?bleeding|bleeding (?:heavily|badly|loads|a lot|everywhere))\b"
    r"(?!\s+(?:in|on) (?:the|a|his|her|their) (?:story|film|movie|book|video|game|picture|photo|drawing|play|show|clip|"
    r"post))")
