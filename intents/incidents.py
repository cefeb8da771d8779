"""Recognises a message that describes a safeguarding incident happening now, however it is phrased.

Staff rarely write "I want to report": they write "Y5 boy sharing rude pictures of a classmate in a group chat"
or "there's a video going round year 6". Such a message names a harm *and* a concrete actor or event. A rules
question ("can parents post photos of other children?") or a bare topic ("cyberbullying outside school") names
no actor or event, so it stays a policy question. Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled

# What makes it a safeguarding matter: harm to a child or an adult, sexual content, exposure, deception.
HARM = compiled(
    r"\b(?:"
    + "|".join((
        r"nudes?|naked|sexual\w*|explicit|indecent|rude (?:pictures?|photos?|pics?|images?|videos?|messages?)",
        r"inappropriate (?:pictures?|photos?|pics?|images?|videos?|messages?|content|sites?|stuff)",
        r"groom\w*|blackmail\w*|sextort\w*|self ?harm\w*|suicid\w*|deep ?fakes?|porn\w*|adult (?:site|content)",
        r"fake (?:account|profile|page)s?|pretending to be|impersonat\w+|hack\w*|catfish\w*",
        r"bull(?:y|ied|ies|ying)|picked on|picking on|calling (?:\w+ ){0,2}names|name calling|trolled|trolling",
        r"harass\w*|intimidat\w+|threat\w*|abus\w+|hate|hateful|racist|homophobic|nasty|horrible|vile|cruel",
        r"stranger|an adult (?:she|he|they) met|meet up|secret account|home address|full names?|looked after child",
        r"liar|thief|rating the|pushed over|beaten up|fight|in the bath|scared|frightened|in tears|crying",
        r"(?:asked|told|made) (?:her|him|them) to send|late at night",
        # harm to a child's body, done to someone ("hits her", "was slapped"): not "hit send", "touch base", "kick off"
        r"(?:hit|hits|hitting|smack\w*|slap\w*|punch\w*|kick\w*|hurts?|hurting|touch(?:es|ed|ing)?|strangl\w*|"
        r"chok\w*|beat|beats|beating|burn(?:s|t|ed)?) (?:her|him|them|me)",
        r"(?:was|were|been|being|gets?|got|getting) (?:hit|smacked|slapped|punched|kicked|touched|beaten|"
        r"strangled|choked|burnt|burned)",
        r"bruis\w*|marks on (?:her|his|their)",
        # an adult messaging or filming children is the concern, whatever the words
        r"messag\w* (?:a|an|one of (?:our|my|the)) (?:\w+ ){0,2}(?:pupil|child|girl|boy|student|kid)s?",
        r"(?:film|record|photograph|livestream)\w* (?:\w+ ){0,3}(?:kids|children|pupils|school gate|playground)",
    ))
    + r")\b"
)
# Someone in particular, or something that happened: the difference between an incident and a topic.
ACTOR_OR_EVENT = compiled(
    r"\b(?:"
    + "|".join((
        r"(?:a|an|one of (?:the|my|our)|my|our|some|two|three|this|that|the same|another|older|her|his)"
        r" (?:\w+ )?(?:pupils?|child|children|kids?|girls?|boys?|students?|parents?|mums?|dads?|colleagues?|"
        r"teachers?|ta|tas|member of staff|man|woman|adult|stranger|boyfriend|brother|sister|classmates?|"
        r"head|headteacher|year \d+s?|y\d+s?)",
        r"(?:y|year ?)\d+ (?:whatsapp|group|chat|class|snapchat)",
        r"(?:y|year ?)\d+s? (?:boy|girl|child|kid|pupil|student)s?|kids in (?:my|year|y)|\d[a-z] |in my class",
        r"there (?:a|an|some|is|are)|just (?:seen|had|found|got|been)|today|last night|this morning|yesterday",
        r"going round|got a screenshot|i overheard|i saw|ive seen|i have seen|i found|i was shown|was sent",
        r"being (?:shared|sent|posted|circulated|passed round|spread)",
        r"is being|are being|has been|have been|keeps|kept|says (?:a|an|that|her|his)|disclosure|disclosed",
    ))
    + r")\b"
)


def describes_incident(words: str) -> bool:
    """The (plain) message names a harm and someone or something in particular."""
    return bool(HARM.search(words)) and bool(ACTOR_OR_EVENT.search(words))
