"""A concern typed in a hurry: a few words naming who and what, with no verb the report rules know ("staff member
dm'ing a kid", "random bloke dming yr6s", "mums grp chat trashing my ta", "kids sharing violent vid in class").

Staff in Slack drop the verb or use slang for it, and the report model, which learned whole sentences, weighs such a
line as a search. A line this short that names a person and something done to or about someone online (private
contact, hostility, a picture passed on) and asks nothing is read as perhaps a report: doubtful, so a line the policy
answers as a question is answered with the report offered first, and one it does not is begun with the way back
(`reports.judge_report`, `understanding`). Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import AUNT_UNCLE, GRANDPARENT, HARM_EVENT, HARMFUL
from intents.year_groups import YEARS

# More words than this is a sentence, which the rules and the model read well enough
MOST_WORDS = 8

# Anything that asks: a rule asked after ("ok", "allowed", "rules", "policy"), or a question word anywhere. A terse
# question is as short as a terse report ("whatsapp grp w parents allowed", "posting class pics ok").
_ASKS = compiled(
    r"\b(?:ok|okay|allowed|allow|fine|alright|rules?|policy|policies|guidance|covered|permitted|consent|approv\w*|"
    r"can|could|should|shall|may|might|must|would|will|do|does|did|is|are|am|was|were|what|whats|how|who|whos|"
    r"when|where|why|which|if|whether|any|advice|help|sanctions?|training|lesson|lessons|teach\w*|curriculum|"
    r"assembly|topic|resources?|workshop|talk|session|awareness|tips?|examples?)\b"
)

# Someone the line is about: a pupil, a member of staff, a parent or a stranger
_CHILD = (rf"(?:pupils?|kids?|child|children|students?|girls?|boys?|lads?|{YEARS}|"
          r"\d[a-z]|reception|nursery|ex ?pupils?|sons?|daughters?|lac)")
_ADULT = (r"(?:staff(?: member)?|teachers?|tas?|colleagues?|supply|coach|volunteers?|head|mr \w+|mrs \w+|miss \w+|"
          r"ms \w+|sir|parents?|mums?|dads?|carers?|stranger|strangers|man|men|bloke|guy|woman|adult|adults|"
          r"someone|somebody|random|\d\d ?yo|teens?|teenagers?|older \w+)")
_PERSON = compiled(rf"\b(?:{_CHILD}|{_ADULT})\b")
# One adult in particular whose pictures of other people's children are no part of their work: a member of staff who
# does not teach, a relative, a stranger ("caretaker taking pics of kids"); a teacher or a coach filming the class is
_AN_ADULT = compiled(r"\b(?:caretakers?|cleaners?|site managers?|dinner lad(?:y|ies)|(?:lunchtime|midday) supervisors?|"
                     rf"(?:bus|taxi|minibus) drivers?|{GRANDPARENT}|{AUNT_UNCLE}|aunt\w*|step ?dad|"
                     r"boyfriend|stranger|man|bloke|guy|neighbour)\b")
_ADULT_NAMED = compiled(rf"\b{_ADULT}\b")
# (not a child named only as whose parent: "y6 parents", "a pupils mum")
_CHILD_NAMED = compiled(rf"\b{_CHILD}\b(?! (?:parents?|mums?|dads?|carers?|families|family)\b)")
# People in general, a topic ("staff texting pupils", "parents trashing teachers on fb"), unless someone's own
_GENERAL = compiled(r"(?<!\bour )(?<!\bmy )(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bsome )(?<!\btwo )(?<!\b2 )"
                    r"\b(?:pupils|kids|children|students|staff|teachers|tas|colleagues|parents|mums|dads|carers|adults|"
                    r"strangers|men|teens|teenagers|girls|boys)\b")


def _someone_in_particular(words: str) -> bool:
    """Someone named who is not people in general: "a kid", "yr6s", "our kids", "miss j", "mums grp chat"."""
    return bool(_PERSON.search(_GENERAL.sub(" ", words)))


# Private contact by an adult with a child, in its slang ("dming", "snapping", "whatsapping"), the child its object;
# talk needs the online world named beside it ("man talking to y5 on roblox", not "teacher talking to a y3")
_CONTACT_WITH_CHILD = compiled(
    r"\b(?:dm\w*|messag(?:ing|ed)|msg(?:ing|d|ed)|texting|texted|snapping|snapped|snapchatting|whatsapping|"
    r"whatsapped|facetim\w+|met up with|gave) (?!(?:me|us|the office|office|the school|school)\b)"
    rf"(?:\w+ ){{0,2}}?{_CHILD}\b(?! (?:parents?|mums?|dads?|carers?)\b)"
)
_TALK_WITH_CHILD = compiled(rf"\b(?:talking|chatting|speaking|gaming|playing) (?:to|with) (?:\w+ ){{0,2}}?{_CHILD}\b")
_EACH_OTHER = compiled(r"\b(?:each other|one another)\b")
# Contact of any kind, which a terse question naming an adult and a child is never let off as a mere rule asked after
_ANY_CONTACT = compiled(
    r"\b(?:dm\w*|messag\w+|msg\w*|text\w*|snap\w*|whatsapp\w*|facetim\w+|call\w*|ring\w*|meet\w*|met|talk\w*|"
    r"chat\w*|add\w*|follow\w*|friend\w*|number|lift|home|alone|gift\w*|money|secret\w*|send\w*|sent|film\w*|"
    r"taking|took|photograph\w*|says|said|told|tells|disclosed|saw|seen|lets?|letting|makes|made|watch\w*|gives|gave)\b"
)
# Adults who are not the school's: their part in a child's line is never only a rule asked after
_OUTSIDER = compiled(rf"\b(?:{GRANDPARENT}|{AUNT_UNCLE}|aunt\w*|gran\w*|step ?\w+|boyfriend|girlfriend|stranger|"
                     r"strangers|man|men|bloke|guy|adult|adults|\d\d ?yo|teens?|teenagers?|older \w+)\b")
_ONLINE = compiled(r"\b(?:online|on (?:fb|facebook|insta\w*|ig|tiktok|snap\w*|whatsapp|roblox|fortnite|minecraft|"
                   r"discord|xbox|ps\d|playstation|youtube|twitter|x|twitch|telegram|kik|a game|game|chat|gc|live)|"
                   r"fb|facebook|insta\w*|tiktok|snap\w*|whatsapp|roblox|fortnite|minecraft|discord|xbox|youtube|"
                   r"twitter|twitch|telegram|kik|grp|group|chat|gc|dms?|post\w*|comments?|page|acc\w*|msgs?)\b")
# Hostility, in its slang ("mocking", "trolling"), as a verb: told as done, not named as a topic ("racist post")
_HOSTILE = compiled(
    r"\b(?:mock(?:ing|ed)(?! up\b)|troll(?:ing|ed)|(?:cyber ?)?bull(?:ying|ied)|pick(?:ing|ed) on|gang(?:ing|ed) up|"
    r"threaten(?:ing|ed)|harass(?:ing|ed)|stalk(?:ing|ed)|abus(?:ing|ed)|shaming|shamed|doxx\w*)\b"
)
# Running down, said of someone after it ("trashing my ta"): the school or a thing of the school's run down is
# `disparaged_online`'s to read ("slagging off the school uniform" is about the uniform); the school itself, no noun
# after it, is run down here too ("parent slagging school on tiktok")
_RUNNING_DOWN = compiled(rf"\b(?:trash(?:ing|ed)|slag(?:ging|ged)|slat(?:ing|ed))(?: off)? "
                         rf"(?:(?:\w+ )?(?:{_CHILD}|{_ADULT})\b|"
                         r"(?:the |our |my )?school(?= (?:on|online|in|again|to|at|all|off)\b|$))")
# A picture passed on, and what makes it one to worry about
_PASSED_ON = compiled(
    r"\b(?:shar\w+|repost\w*|circulat\w+|going round|airdrop\w*|leak\w*|spread\w*|forward\w*|screenshot\w*|"
    r"film\w*|record\w*)\b"
)
# Passed round, for a picture with nothing alarming in it ("y6 filming their science vid" is a lesson); shared only
# beyond those meant to see it ("pics of y6 leavers shared w parents" is the school's news)
_PASSED_ROUND = compiled(r"\b(?:repost\w*|circulat\w+|going round|airdrop\w*|leak\w*|spread\w*|forward\w*|"
                         r"screenshot\w*)\b")
_SHARED = compiled(r"\b(?:shar\w+)\b")
_BEYOND = compiled(r"\b(?:random|unknown|strangers?|fake|public|publicly|everyone|whole school|group chat|gc|"
                   r"other schools?|older \w+|teens?|online)\b")
# Posted, as a picture of a pupil may be on any day: a concern only with something alarming in it
_POSTED = compiled(r"\b(?:posted|posting|posts|put up|uploaded|uploading)\b")
_PICTURES = r"(?:pics?|photos?|pictures?|images?|vids?|videos?|clips?|selfies?|footage)"
_PICTURE_OF_CHILD = compiled(rf"\b(?:{_PICTURES} of (?:(?:a|an|the|our|my|one of (?:our|my|the)) )?(?:\w+ )?{_CHILD}|"
                             rf"{_CHILD}(?: \w+)? {_PICTURES})\b")
# Taken or sent on, as an adult's pictures of other people's children are a concern ("caretaker taking pics of kids")
_TAKEN = compiled(r"\b(?:tak(?:ing|es)|took|snapping|filming|filmed|photograph\w*|posting|posted|sending|sent|"
                  r"shar(?:ing|ed)|uploading|uploaded)\b")
_FILMING_CHILD = compiled(r"\b(?:filming|filmed|films|photographing|photographed|recording|recorded) "
                          rf"(?:\w+ ){{0,2}}?{_CHILD}\b")
# A school event or work pictured, which anyone may film ("nan filming y2 nativity", "caretaker photographing
# the y6 mural")
_EVENT = compiled(r"\b(?:nativity|play|assembly|concert|show|match|sports day|gala|performance|mural|display|choir|"
                  r"race|fete|disco|trip|parade|service|production|award\w*|presentation|\w+ day)\b")
_PICTURE = compiled(r"\b(?:pics?|photos?|pictures?|images?|vids?|videos?|clips?|selfies?|footage)\b")
# What a post or a group says, told ("parents fb grp saying school covering up", "mum said mr p is a paedo online")
_SAYING = compiled(r"\b(?:saying|claiming|accusing|telling everyone|posted that)(?: \w+){0,2} (?:the )?"
                   r"(?:school|staff|head|teachers?|tas?|miss|mr|mrs|ms|sir|we|us|our|i|im|me|my)\b")
_ALARMING = compiled(r"\b(?:violent|fight|fights|explicit|nude|nudes|naked|sexual|porn\w*|topless|upskirt|up skirt|"
                     r"toilets?|changing|gore|gory|beheading|self ?harm\w*|cutting)\b")


def _hostile(words: str) -> bool:
    """Hostility told online, or by someone to someone else ("mums grp chat trashing my ta", "y6 lads mocking a y4"),
    not among a group ("y6 boys picking on each other")."""
    if _RUNNING_DOWN.search(words):
        return True
    found = _HOSTILE.search(words)
    if found is None or _EACH_OTHER.search(words):
        return False
    return bool(_ONLINE.search(words) or "cyber" in words
                or (_PERSON.search(words[: found.start()]) and _PERSON.search(words[found.end() :])))


def _contact(words: str) -> bool:
    """An adult's private contact with a child, the child its object ("staff member dming a kid"), not a parent's
    with the school about a child ("mum messaging me re y3 trip")."""
    reached = _CONTACT_WITH_CHILD.search(words) or (_ONLINE.search(words) and _TALK_WITH_CHILD.search(words))
    return bool(reached and _ADULT_NAMED.search(words[: reached.start()]))


def terse_report(words: str) -> bool:
    """A line of a few words (plain) telling of a person and something done online or to someone, asking nothing:
    perhaps a report."""
    if not words or len(words.split()) > MOST_WORDS or _ASKS.search(words):
        return False
    # An outsider's pictures of other people's children ("caretaker taking pics of kids"), not of a school event
    if ((_FILMING_CHILD.search(words) or (_PICTURE.search(words) and _TAKEN.search(words)))
            and _AN_ADULT.search(words) and _CHILD_NAMED.search(words) and not _EVENT.search(words)):
        return True
    if not _PERSON.search(words):
        return False
    # An alarming picture passed on is a concern whoever passed it ("kids sharing violent vid in class")
    if _PICTURE.search(words) and _ALARMING.search(words) and (_PASSED_ON.search(words) or _POSTED.search(words)):
        return True
    # What a post or a group says of the school or its staff, told ("parents fb grp saying school covering up")
    if _SAYING.search(words) and _ONLINE.search(words):
        return True
    if not _someone_in_particular(words):
        return False
    if _hostile(words) or _contact(words):
        return True
    # A picture of a child passed round beyond those meant to see it ("pic of y5 girl going round")
    return bool(_PICTURE_OF_CHILD.search(words) and (_PASSED_ROUND.search(words) or (
        _SHARED.search(words) and _BEYOND.search(words))))


# A rule asked after in a few words: "…ok", "…allowed", "…rules", "…covered", "consent for…", "policy on…"
_ASKS_A_RULE = compiled(
    r"\b(?:ok|okay|fine|alright)$|\b(?:allowed|permitted|rules?|policy|covered|consent|approv\w*|guidance)\b"
)
# A denial anywhere tells of a rule broken, not asked after ("no photo consent", "not allowed contact", "not ok")
_DENIED = compiled(r"\b(?:no|not|without|never|isnt|arent|wasnt|dont|doesnt|didnt|cant|shouldnt|nt)\b")
_HARM = compiled(rf"\b(?:{HARMFUL}|{HARM_EVENT}|hurt\w*|hit|hits|upset|crying|worried|worrying|concern\w*|"
                 r"drunk|drugs?|weed|vap\w*|knife|knives|weapons?|police|bruis\w*|marks?|injur\w*|missing|"
                 r"run away|ran away|touch\w*|kiss\w*|older|location|address|livestream\w*|strange|creepy|bath\w*|"
                 r"underwear|pants|knickers|bed|bedroom|night|undress\w*|18s|18 rated|rated 18|gta|dating|"
                 r"stranger|strangers|groom\w*|sext\w*|blackmail\w*|suicid\w*|self ?harm\w*|cutting|"
                 # signs of neglect, which a line asks after with "ok" as often as it tells them ("y2 girl always
                 # hungry ok", "y6 boy out till midnight ok"): the model took these for reports before
                 r"hungry|starv\w*|thin|skinny|weight|tired|asleep|sleep\w*|exhausted|filthy|dirty|smell\w*|"
                 r"stink\w*|unwashed|wet|soiled|nits|lice|late|midnight|babysit\w*|alone|afraid|fed)\b")
# A class, a form or a team as the child an adult is in contact with ("teacher follows my tutor group on tiktok ok",
# "supply teacher friended my class on fb ok"): contact is never let off as a mere rule asked after
_CHILDREN_GROUP = compiled(r"\b(?:class(?:es)?|form(?: group)?|tutor group|team|squad|u\d+s?|school council|set)\b")
# One child in particular, the line about them and no picture of them ("y6 girl thin and tired allowed", "pupil late
# every day ok"): told of, however it ends, and left to the report model; not a pupils' thing ("pupil phones ok")
_ONE_CHILD = compiled(r"\b(?:child|kid|pupil|student|girl|boy|lad|son|daughter)\b(?! (?:phones?|mobiles?|devices?|"
                      r"data|records?|consent|names?|work|voice|council|premium|led|leaders?|surveys?|passwords?|"
                      r"accounts?|emails?|logins?|teachers?|posts?|conduct|use|activity|online)\b)")


def asks_a_rule_tersely(words: str) -> bool:
    """A line of a few words (plain) asking whether something is allowed, naming no harm, and nothing done with or to
    a child by anyone (contact, pictures taken or sent, something said) nor an adult from outside school ("pics of my
    class on fb allowed", "dinner staff on fb w kids ok"): a question, not a report."""
    if not words or len(words.split()) > MOST_WORDS or not _ASKS_A_RULE.search(words) or _DENIED.search(words):
        return False
    if _HARM.search(words) or _HOSTILE.search(words) or _RUNNING_DOWN.search(words) or _ALARMING.search(words):
        return False
    if _ONE_CHILD.search(words) and not _PICTURE.search(words):
        return False
    children = _CHILD_NAMED.search(words) or _CHILDREN_GROUP.search(words)
    return not (children and (_ANY_CONTACT.search(words) or _OUTSIDER.search(words)))
