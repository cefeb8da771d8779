"""A case that may be harm to a child, asked as "is this ok?": "kid home alone all wknd ok", "y5 has a 20yo bf
fine?", "y6 boy dm'd by y9 ok?", "parent filming in changing room allowed?", "is it ok that a pupil's stepdad messages
her every night?".

Asked so, each was answered as a rule question ("not covered", or a clause's answer) with no report offered: the
question made the whole read as one about the rules, and nothing in them is a blow, a touch or a harm word. Yet each
names a child, or an adult, in particular doing something a Designated Safeguarding Lead would want to hear of: a child
left alone for days, a child with an adult partner, a young child messaged by one much older, filming where children
undress, an adult of a child's household messaging them every night. Read here, the report is offered beside the answer
(`understanding`); nothing here begins one.

The same case told without the question ("kid home alone all wknd") is read so too, unless it is put as a rule or a
condition ("is it ok to leave a child home alone?", "can parents film the nativity?"), which names no one in
particular. Ordinary rule questions name none of these cases ("is it ok to add parents on fb?", "y6 leavers video ok
to post?"). Works on `plain` text.
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.grooming_signs import grooming_sign_named
from intents.rule_words import HYPOTHETICAL
from intents.year_groups import YEAR_WORD, YEARS

_OK = (r"(?:ok|okay|k|fine|alright|all right|allowed|acceptable|appropriate|normal|legal|permitted|right|safe|"
       r"a problem|an issue|a concern|a worry|ok or not|allowed or not)")
# "… ok", "… is that allowed", "… fine?", "… should i be worried": the question put after the case
_OK_AFTER = compiled(rf"(?:\b(?:is|isnt|are|arent) (?:that|this|it|he|she|they) |\b(?:thats|that s|its|it s) )?"
                     rf"\b{_OK}$|\bshould (?:i|we) (?:be )?(?:worried|concerned|worry)$")
# "is it ok that …", "is it normal if …": the question put before the case, which is told ("is it ok to …" asks a rule)
_OK_BEFORE = compiled(rf"^(?:is|isnt|would) (?:it|this|that)(?: \w+)? {_OK} (?:that|if|when|for (?!(?:me|us|staff|"
                      r"teachers|tas|parents|pupils|children|kids|students)\b)\w+ (?:to )?)")

# "is it ok that …", "is it normal that …": what follows "that" is told as fact, not put as a condition ("is it ok if
# …", "is it ok to …"), so the question does not make a case told after it one asked in general (`harm_told`)
OK_THAT = compiled(rf"^(?:is|isnt|would) (?:it|this|that)(?: \w+)? {_OK} that\b")

# A child, by age group or by word, or a pronoun standing for one
_CHILD = (rf"(?:kids?|child|children|pupils?|students?|girls?|boys?|son|daughter|{YEARS}|"
          r"(?:\d|1[0-5]) ?(?:yo|y o|year old|yr old)|he|she|they|him|her|them|brother|sister|siblings?)")

# Left alone for long, or in charge of younger ones: "kid home alone all wknd", "left on her own overnight"
_LONG = (r"(?:all (?:day|night|weekend|wknd|wkend|week|holiday|hols|half term|evening)|over ?night|every "
         r"(?:night|evening|weekend|wknd|day)|for (?:days|hours|nights|a week|the (?:whole )?(?:weekend|wknd|night|day|"
         r"week))|(?:till|until) (?:late|midnight)|at night|the whole (?:weekend|wknd|night|day|week)|"
         r"(?:\d+|two|three|four|five|six|several) (?:days|nights|hours)|most nights|most weekends)")
_LEFT_ALONE = compiled(
    rf"\b{_CHILD}\b(?: \w+){{0,4}}? (?:home alone|(?:left|leaves|leaving|leave|stays?|staying|stayed|is|are|was|were) "
    rf"(?:at home )?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves)))(?: at home)? {_LONG}\b|"
    rf"\b{_CHILD}\b(?: \w+){{0,3}}? (?:looks?|looking|looked) after (?:his|her|their) (?:baby|little|younger) "
    rf"(?:brothers?|sisters?|siblings?)(?: \w+){{0,2}}? {_LONG}\b")

# Told of one no longer a child: "she's 18", "a year 13", "sixth form" (hours are no age: "for 16 hours")
_GROWN = compiled(r"\b(?:(?:shes|hes|theyre|she|he|they|is|are|aged|age) (?:1[6-9]|[2-9]\d)|(?:1[6-9]|[2-9]\d) ?"
                  r"(?:yo|y o|year old|yr old|years old)(?! (?:bf|boyfriend|gf|girlfriend|partner|man|woman|lad|guy))|"
                  r"(?:y|yr|year) ?1[23]s?|sixth form\w*|college)\b")

# A child with an adult partner: "y5 has a 20yo bf", "a year 6 girl is dating a 19 year old"
_PARTNERED = compiled(
    rf"\b(?P<child>{_CHILD})\b(?: \w+){{0,3}}? (?:has|has got|got|is with|with|is dating|dating|dates|is seeing|seeing|"
    r"sees|is going out with|going out with|goes out with|is in a relationship with|in a relationship with) "
    r"(?:an? |this )?(?:(?P<age>\d{2}) ?(?:yo|y o|year old|yr old|years old)|adult|grown ?up|much older|older|"
    r"(?:man|woman|bloke|guy) (?:of|aged) (?P<age2>\d{2}))(?: (?:bf|boyfriend|gf|girlfriend|partner|lover|man|"
    r"woman|bloke|guy|lad))?\b")
# ... told the other way round, the adult first: "a 19 year old is dating a year 10", "a grown man is seeing a y8 girl".
# The child by word, year group or age (not "her", whom an adult may be "seeing" at an appointment), so "dating the
# photos" or "a year 10 dating project" names no one dated
_A_CHILD = (rf"(?:kids?|child|pupils?|students?|girls?|boys?|schoolgirls?|schoolboys?|{YEARS}|"
            r"(?:\d|1[0-5]) ?(?:yo|y o|year old|yr old))")
_PARTNERED_BY = compiled(
    r"\b(?:an? |this |some )?(?:(?P<age>\d{2}) ?(?:yo|y o|year old|yr old|years old)(?: (?:man|woman|bloke|guy|lad))?|"
    r"adult(?: (?:man|woman|male|female))?|grown (?:man|woman|up)|(?:much )?older (?:man|woman|bloke|guy)|"
    r"(?:man|woman|bloke|guy) (?:of|aged) (?P<age2>\d{2}))"
    r"(?: (?:is|was|has been|keeps|has|had|been|apparently|now|secretly))* "
    r"(?:dating|dates|dated|seeing|going out with|goes out with|went out with|in a relationship with|"
    r"sleeping with|having sex with|had sex with) "
    rf"(?:(?:an?|one of (?:my|our|the)|this|that|the|some) )?(?:\w+ )?(?P<child>{_A_CHILD})\b")
# A year group, or an age, that makes the child a child still: a year 11 with a 17 year old is no such case
_YOUNG_YEAR = re.compile(rf"\b{YEAR_WORD} ?(\d+)\b|\b(\d+) ?(?:yo|y o|year old|yr old)\b")

# A child contacted by someone years older: "y6 boy dm'd by y9", "a y9 lad keeps messaging a y5 girl"
_CONTACT = (r"(?:dmd|dmed|dm d|dm|dms|dming|messag(?:ed|es|ing)|text(?:ed|s|ing)|snapchat(?:ted|s|ting)|snapped|"
            r"add(?:ed|s|ing)|followed|follows|contacted|contacts|friended|whatsapp(?:ed|s|ing)|called|calls|facetimed|"
            r"sent (?:pics|photos|pictures|nudes|videos)(?: to)?|asked (?:for )?(?:pics|photos|pictures|nudes))")
_YEAR = rf"{YEAR_WORD} ?(\d{{1,2}})"
_BY_OLDER = compiled(rf"\b{_YEAR}s?\b(?: \w+){{0,3}}? (?:being |been |was |were |is |got |keeps getting )?"
                     rf"{_CONTACT} by (?:an? |some |two |a few )?(?:\w+ )?{_YEAR}\b")
_OLDER_CONTACTS = compiled(rf"\b{_YEAR}s?\b(?: (?:boy|girl|lad|kid|pupil|student)s?)?(?: (?:keeps|kept|has been|is|"
                           rf"was|have been|are|were|has|have))? {_CONTACT} (?:an? |some |two |our |my )?(?:\w+ )?"
                           rf"{_YEAR}\b")
_YEARS_APART = 2  # a year or so apart is friends; y9 and y6 are a secondary pupil and a primary one

# Filming or photographing where children undress: "parent filming in changing room"
_FILMED_UNDRESSED = compiled(
    r"\b(?:film\w*|record\w*|video\w*|photograph\w*|(?:taking|takes|took|take) (?:photos|pics|pictures|videos|"
    r"selfies)|(?:cameras?|phones?) (?:out|up|recording)|snapchat\w*)\b(?: \w+){0,4}? "
    r"(?:in|inside|into|through|under) (?:the |a |our )?"
    r"(?:changing (?:rooms?|area|cubicles?)|toilets?|loos?|showers?|cubicles?|bathrooms?|dorms?|dormitor\w+)\b")

# Someone of or near a child's household, not the child's own parent, messaging them every night or in secret
_HOUSEHOLD = (r"(?:step ?(?:dad|father|mum|mother|brother|sister)|(?:mums?|dads?|mothers?|fathers?) (?:new )?"
              r"(?:boyfriend|girlfriend|partner|mate|friend)|family friend|neighbour|lodger|babysitter|childminder|"
              r"uncle|(?:older )?cousin|coach|tutor|instructor|older (?:boy|lad|man)|man|bloke|guy)")
_NIGHTLY = compiled(
    rf"\b{_HOUSEHOLD}\b (?:(?:keeps|always|has been|is|was) )?(?:messag\w*|text\w*|dm\w*|snapchat\w*|whatsapp\w*|"
    r"facetim\w*|call\w*|rings?|ringing|video calls?) (?:her|him|them|the (?:girl|boy|child|kid)|a (?:pupil|child))"
    r"(?: \w+){0,3}? (?:every night|each night|all night|at night|late at night|in the night|in bed|after bedtime|"
    r"every evening|in secret|secretly|when (?:mum|dad|her mum|his mum|her dad|his dad) (?:is|s) out)\b"
    # a club's or the school's business, whatever the hour: "the coach texts them every evening about training"
    r"(?!.*\babout (?:the |their |his |her |next |tomorrows? )?(?:training|practice|matche?s?|fixtures?|games?|kit|"
    r"homework|lessons?|times?|club|trip|rehearsals?)\b)")


def _apart(child: int, other: int) -> bool:
    return other - child >= _YEARS_APART


def _contacted_by_older(words: str) -> bool:
    if (found := _BY_OLDER.search(words)) is not None and _apart(int(found[1]), int(found[2])):
        return True
    return (found := _OLDER_CONTACTS.search(words)) is not None and _apart(int(found[2]), int(found[1]))


def _partnered(words: str) -> bool:
    found = _PARTNERED.search(words) or _PARTNERED_BY.search(words)
    if found is None:
        return False
    age = found["age"] or found["age2"]
    young = _YOUNG_YEAR.search(found["child"])
    if young is not None and (int(young[1]) >= 12 if young[1] else int(young[2]) >= 16):
        return False  # a sixth former with an adult partner
    if age is None or int(age) >= 18:  # an adult by word or by age
        return True
    # 16 or 17: a case for a child of a primary or lower secondary year (or aged 13 or under), not a year 11's
    return young is not None and (int(young[1]) <= 8 if young[1] else int(young[2]) <= 13)


def case_named(words: str) -> bool:
    """The (plain) words name one of the cases: a child left alone for long, with an adult partner, contacted by a
    pupil years older, filmed where children undress, messaged every night by an adult of or near the household, asked
    to keep secrets or given gifts by someone older, or sending or sent nude pictures (`grooming_signs`)."""
    left_alone = _LEFT_ALONE.search(words) is not None and _GROWN.search(words) is None
    return bool(left_alone or _partnered(words) or _contacted_by_older(words)
                or _FILMED_UNDRESSED.search(words) or _NIGHTLY.search(words) or grooming_sign_named(words))


def asked_if_ok(words: str) -> bool:
    """The (plain) words ask whether what they tell is all right ("… ok", "is it ok that …")."""
    return _OK_AFTER.search(words) is not None or _OK_BEFORE.match(words) is not None


def harm_asked_if_ok(words: str) -> bool:
    """The (plain) message tells of such a case and asks if it is all right, or tells it plainly; not a rule or a
    condition asked with no one in particular ("is it ok to leave a child home alone?")."""
    return (asked_if_ok(words) or HYPOTHETICAL.match(words) is None) and case_named(words)
