"""A member of staff intimidated or harassed by a parent or another adult, with no blow: "a dad squared up to me at the
gate", "a parent was really aggressive at the gate shouting at me", "a dad has been waiting outside my house", "a
parent found my number and keeps ringing me".

Staff safety is the Headteacher's to hear of, and such words are not for the question log. The report rules and
`staff_harm` read blows, spitting, stalking and threats; the report model, taught on harm to children, none of these:
each was answered "not covered" with its words logged. Read here, the harm net (`understanding`) offers the report
first; this reading alone never begins one (a raised voice at the gate may be no more than that). Not a parent
calling across the playground to a child, ringing the office about dinner money, waiting outside a classroom to say
thank you, or getting in touch; nor a "what if", nor a condition ("who do i tell if a parent shouts at me?").
Works on `plain` text.
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.rule_words import COMPLAINT, HYPOTHETICAL
from intents.staff_harm import ADULT, AT_THE_DOOR, OWN_FAMILY, STAFF

_DOING = (r"(?: (?:has|have|had|just|keeps?|kept|is|was|were|been|always|then|also|now|still|again|literally|"
          r"actually|suddenly|started|got)){0,3}")
# The speaker's or a colleague's own place away from school: home, car, street
_MINE = (r"(?:my|our|(?:his|her) own) (?:house|home|flat|car|front door|door|street|road|drive|driveway|garden|"
         r"windows?|work place|gym|church|local shop)")
# At their home or car on an errand or for a visit, no one lying in wait ("to deliver a parcel", "to say thanks",
# "to drop off the raffle prizes", "for a coffee")
_ON_AN_ERRAND = (r"(?! (?:to (?:deliver|drop (?:off|round)|drop \w+ (?:off|round)|fix|repair|install|read|collect|"
                 r"return|bring|give (?:me|us|her|him) (?:a |some |the )?(?:card|present|gift|flowers|chocolates|"
                 r"cake|prizes?|keys?)|say (?:thanks|thank you|sorry|hello|hi|bye|goodbye)|thank (?:me|us|her|him))|"
                 r"for (?:a )?(?:coffee|cuppa|brew|tea|drink|dinner|lunch|playdate|play date|party|sleepover|chat|"
                 r"catch up|visit))\b)")
_INTIMIDATES = (
    # squaring up, in one's face
    rf"squar(?:e|es|ed|ing) up (?:to|at) {STAFF}|(?:got|get|gets|getting|was|were|is|being) (?:right |up |all )?"
    rf"in (?:my|our|the (?:heads|teachers|tas)|(?:his|her) teachers) face"
    # screaming or swearing at them; a shout alone is as often a complaint made loudly ("a dad shouted at the lunchtime
    # supervisor about his son's missing coat" is labelled no concern), and "shouted me over" a call
    rf"|(?:scream|swear|swor|effing)\w* (?:and \w+ )?(?:at|in) (?:{STAFF}|my face)"
    # a shout that keeps coming is not a complaint made loudly once ("a dad keeps shouting at me at pick up")
    r"|(?:(?<=keeps )|(?<=kept )|(?<=keep )|(?<=always )|(?<=constantly )|(?<=repeatedly ))"
    rf"(?:shout|yell)\w* at {STAFF}"
    # aggressive, threatening, abusive ("a parent was really aggressive at the gate", "got very threatening")
    r"|(?:was|were|is|are|got|gets|getting|became|becomes|turned|been|went)(?: (?:really|very|so|quite|a bit|"
    r"extremely|properly|verbally|physically|increasingly|dead|well|incredibly|proper|bit|being))*"
    rf" (?:aggressive|threatening(?! to\b)(?!{COMPLAINT})|intimidating|menacing|abusive|hostile|confrontational|"
    r"violent)"
    # waiting, hanging about or turning up at their home or car ("has been waiting outside my house")
    r"|(?:wait|hang|hung|loiter|lurk|sat|sit|sits|sitting|park|stand|stood|standing|watch)\w*"
    r"(?: (?:around|about|round))?(?: for (?:me|us))? (?:outside|at|near|by|round|opposite|across from|in front of|"
    rf"next to|behind) {_MINE}"
    rf"{_ON_AN_ERRAND}"
    rf"|turn(?:ed|s|ing)? up (?:at|outside) {_MINE}{_ON_AN_ERRAND}|(?:came|come|comes|coming) (?:round )?"
    rf"to {_MINE}{_ON_AN_ERRAND}|follow(?:ed|s|ing)? (?:me|us) (?:home|to {_MINE}|around|round|about)"
    # finding out where they live, or their own number
    r"|found out where (?:i|we|she|he) (?:live|lives)|(?:found|tracked down|dug up|got hold of|looked up) "
    r"(?:my|our) (?:personal |home |mobile |private |own )?(?:number|address|phone number|mobile number|mobile|"
    r"details)(?! (?:from|on|off) (?:the )?(?:office|letter|class list|newsletter|school))"
    # intimidating them outright
    rf"|intimidat\w* {STAFF}"
)
_INTIMIDATED = compiled(rf"\b(?P<who>{ADULT}){_DOING}(?: \w+){{0,6}}? (?P<done>{_INTIMIDATES})\b")
# Or told again by a pronoun, further on, in a clause of its own ("a dad was waiting at my car to say thanks but he was
# really aggressive", "a mum came to see me about the nits letter and she got really aggressive with me")
_INTIMIDATED_AGAIN = compiled(rf"\b(?P<who>{ADULT})(?: \w+){{0,15}}? (?:he|she|they|and){_DOING} "
                              rf"(?P<done>{_INTIMIDATES})\b")
# An animal is what does it, the adult's or another clause's subject ("a dad's dog was aggressive at the gate", "one of
# the mums has a dog that was really aggressive", "a dad came in and his dog was aggressive"): not "a mum with a big dog
# was really aggressive to me", whom the mum was. Matched against the words between the adult and what was done.
_ANIMAL_DOES_IT = compiled(r"^(?:.* (?:and|but|so|then|while|when|as|because|cos) )?(?:(?:has|had|owns|got) )?"
                           r"(?:(?:a|an|the|his|her|their|its) )?(?:\w+ )?"
                           r"(?:dogs?|pupp(?:y|ies)|cats?|horses?|pony|ponies|animals?|pets?|staff(?:y|ies)|alsatians?|"
                           r"rottweilers?|huskies|husky|geese|goose|swans?)(?: (?:that|which))?$")
# The adult playing a game, where aggression is how it is played ("a dad ran the tug of war and he was so aggressive
# lol", "the parents played the teachers at rounders and they were really aggressive")
_AT_PLAY = compiled(r"\b(?:play\w*|ran|run|running|doing|did|in|at|during|won|lost|refereed|reffing|reffed) "
                    r"(?:the |a )?(?:\w+ )?(?:at )?(?:tug of war|rounders|football|footy|dodgeball|netball|cricket|"
                    r"tennis|hockey|rugby|basketball|races?|sack race|egg and spoon|five a side|match|game)\b")
# Adults in general, with nothing before them ("parents being abusive about staff online - what's the school's
# stance?"): the policy's subject, not a case
_IN_GENERAL = compiled(r"(?:parents|parnets|mums|dads|carers|m[ae]n|wom[ae]n|strangers|adults|people)$")
# Told as done to them, by whom ("my ta was sworn at by a parent", "i got squared up to by a dad")
_INTIMIDATED_BY = compiled(rf"\b(?:{STAFF}|i) (?:was|were|got|get|have been|has been|had been|keep getting|"
                           r"keeps getting|been)(?: (?:just|also|again|repeatedly))? "
                           r"(?:sworn at|screamed at|squared up to|intimidated|harassed|cornered|followed home|"
                           rf"threatened) by (?P<who>{ADULT})\b")
# A condition before it is a question, not a telling ("who do i tell if a parent shouts at me", "when a dad gets
# aggressive")
_CONDITION = compiled(r"\b(?:if|when|whenever|once|unless|in case|suppose|supposing)\b|(?:^|\blets )say\b")


def intimidates_staff(words: str) -> bool:
    """The (plain) message tells of a parent or another adult intimidating or harassing a member of staff without a
    blow: squaring up, shouting at them, aggression, waiting at their home or car, their number or address found."""
    if HYPOTHETICAL.match(words):
        return False
    if (by := _INTIMIDATED_BY.search(words)) is not None and not _CONDITION.search(words, 0, by.start()):
        return True
    return any(_intimidates(words, found) for pattern in (_INTIMIDATED, _INTIMIDATED_AGAIN)
               for found in pattern.finditer(words))


def _intimidates(words: str, found: re.Match[str]) -> bool:
    """`found` is an adult about the school intimidating staff: not adults in general, the speaker's own family,
    someone at the door for their trade, an animal, a game played, nor a condition."""
    who = found.group("who")
    return (not _IN_GENERAL.match(who) and not OWN_FAMILY.match(who) and not AT_THE_DOOR.search(who)
            and not _ANIMAL_DOES_IT.match(words[found.end("who"):found.start("done")].strip())
            and not _AT_PLAY.search(words, found.start(), found.end())
            # up to what was done, since the adult's free words may take in the "if" ("if a parent shouts at me")
            and not _CONDITION.search(words, 0, found.start("done")))
