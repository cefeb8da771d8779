"""A child touched by someone, told in the active as something that happened: "her uncle touched her at christmas",
"he touched her at the disco", "he touched her inappropriately", "a man keeps touching a girl in y4", "she says
he touched her in a way she didnt like".

The harm rules read touching only from people a child lives with, and not with a time or a place after it
(`incidents.HARMED_BY_SOMEONE` stops at "at" lest "beat him at chess" be a blow), or in the passive
(`care_told`): "her uncle touched her at christmas" and "he touched her at the disco" were "not covered" with nothing
offered, "he touched her inappropriately" answered from B.0. A DSL hears each as a disclosure, so each is a report,
doubtfully (`reports.judge_report`). Not a kindness or a feeling ("the story touched her", "he touched her heart"),
a hand on a shoulder or an arm, a thing touched ("she touched the hot pan", "touched the screen"), "touched base",
"touched on the topic", "got in touch", a game of tag, nor asked ("what if he touched her", "is it ok if a ta
touches him on the arm"). Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.pre_checked import PreChecked
from intents.rule_words import CARER, DAD, HYPOTHETICAL, MUM, NOT_A_NAME, SIBLING, WIDER_FAMILY
from intents.year_groups import YEARS

# Who touched: he or she, someone a child lives with or knows, an adult, a member of staff by post or by title and name
_DOER = (r"(?:he|she|they|hes|shes|(?:(?:a|an|the|his|her|their|my|our|this|that|some|another|older|mums?|dads?) )*"
         rf"(?:\w+ )?(?:m[ae]n|wom[ae]n|lady|bloke|guy|stranger|someone|somebody|adult|{MUM}|{DAD}|step ?\w+|"
         rf"{WIDER_FAMILY}|aunt\w*|{SIBLING}|boyfriend|girlfriend|partner|fella|{CARER}|neighbour|coach|teacher|ta|tas|"
         r"tutor|caretaker|volunteer|member of staff|staff member|lodger|friend)|(?:mr|mrs|miss|ms|sir) [a-z]+)")
# Between the doer and the touching: how often, whether still, said to have ("he keeps touching her", "he has been
# touching her", "he apparently touched her"); "never", "didnt" are none of these
_HOW = (r"(?: (?:has|had|have|was|is|were|keeps|kept|keep|been|always|just|then|also|apparently|allegedly|again|"
        r"sometimes|often|still|repeatedly|constantly|regularly|even)){0,3}")
# Whom: him or her, or a child by a word for one ("a girl in y4", "one of the y2s")
_CHILD = (rf"(?:her|him|them|(?:a|an|the|one of (?:the|my|our)|my|our|this|that|another|some) (?:\w+ ){{0,2}}?"
          rf"(?:child|children|girls?|boys?|pupils?|kids?|students?|toddlers?|little ones?|{YEARS}))")
# What may follow: the end, when, where, how, or the telling going on; not a thing of theirs ("touched her phone"),
# whose noun would follow "her"
_THEN = (r"(?=$| (?:at|in|on|when|while|whilst|inappropriately|inapropriately|innapropriately|sexually|down there|"
         r"there|again|last|yesterday|today|tonight|this|every|and|under|over|up|during|after|before|lots|a lot|"
         r"loads|too|all|sometimes|often|so|but|then|where|wrongly|privately|through|inside|between|behind|near|"
         r"without|against|because|cos|she|he|and)\b)")
# A hand on a shoulder or an arm, a tap on the back: everyday touch, told so ("touched her on the shoulder to wake
# her"); a game ("she touched him so he was it"), a feeling ("touched her heart")
_EVERYDAY = compiled(
    r"\b(?:on (?:the|her|his|their) (?:shoulders?|arms?|back|hands?|head|elbows?|knees?)|tag|tig|he was it|"
    r"she was it|was on it|heart|deeply|so much|feelings)\b")
# Every match holds the touching word itself, looked for first: most messages hold none
_TOUCHED = PreChecked(compiled(rf"\b(?P<doer>{_DOER}){_HOW} touch(?:ed|es|ing) {_CHILD}{_THEN}"),
                      compiled(r" touch(?:ed|es|ing) "))
# A hand inside a child's clothes ("he put his hand up her skirt", "slid his hand under a girl's top"): told so, it is
# touching whoever is named or not; one's own hand in one's own clothes ("his hand in his pants") is not this
_CLOTHES = (r"(?:skirt|dress|top|shirt|blouse|jumper|knickers|pants|underwear|trousers|shorts|bra|nightie|pyjamas|"
            r"nappy|clothes)")
_HAND_IN_CLOTHES = compiled(
    r"\b(?:put|puts|putting|stuck|sticks|sticking|slid|slides|sliding|slipped|slips|slipping|shoved|shoves|had|has) "
    r"(?P<own>his|her|their) (?:hand|hands|fingers?) (?:up|down|in|inside|under|into) "
    rf"(?P<whose>her|his|their|my|(?:a|the) (?:\w+ )?(?:girls?|boys?|childs?|kids?|pupils?)) {_CLOTHES}\b")
# A child made to touch someone or their body ("he made him touch his willy", "makes her touch him"), not a thing
# or their own toes ("made him touch his toes", "made her touch the snake")
_MADE_TO_TOUCH = compiled(
    r"\b(?:made|makes|making|make|forced|forces|forcing|force|got|gets) (?:her|him|them|a child|a girl|a boy) "
    r"(?:to )?touch (?:him|her|them|me|(?:his|her|their) (?:willy|penis|privates|private parts|bits|thing|dick|"
    r"cock|boobs|breasts|chest|bum|bottom|vagina|fanny|front bottom|body))\b")
# Kissed, cuddled or touched, the child by a word for one or by name, and the child pulling away or saying no ("grandad
# kissing evie on the lips at pick up, she pulled away", "her uncle keeps hugging her and she pushes him away"), or
# kissed with a tongue: the child's own no makes it unwanted, so a kiss goodbye at the gate is none of this
_UNWANTED_TOUCH = PreChecked(compiled(
    rf"\b(?P<doer>{_DOER}){_HOW} (?:kiss(?:ed|es|ing)?|snogg(?:ed|ing)|snogs?|cuddl(?:ed|es|ing)|hugg(?:ed|ing)|hugs|"
    r"strok(?:ed|es|ing)|touch(?:ed|es|ing)|grabb(?:ed|ing)|grabs|lick(?:ed|s|ing)) "
    rf"(?:{_CHILD}|(?:his|her|their) (?:hair|face|cheeks?|neck|legs?|thighs?|back|bum|bottom|chest)|"
    rf"(?!{NOT_A_NAME}\b)[a-z]{{2,}})\b(?: \w+){{0,12}}? (?:"
    r"(?:(?:she|he|they|[a-z]+) (?:\w+ )?(?:pulled|pulls|pulling|pushed|pushes|pushing|moved|moves|backed|backs|"
    r"turned|turns|jerked|shrank|squirmed|wriggled|tried to (?:pull|push|move|get|wriggle)) (?:\w+ )?away)|"
    r"flinched|flinches|froze|freezes|(?:didnt|did not|doesnt|does not) (?:want|like) (?:it|that|him|her|them|to be)|"
    r"(?:said|says|saying|shouted|screamed) (?:no|stop)|told (?:him|her|them) to stop|"
    r"looked (?:scared|frightened|terrified|uncomfortable)|with (?:his|her|their) tongue|with tongues?)\b"),
    compiled(r"\b(?:kiss|snog|cuddl|hug|strok|touch|grab|lick)"))
# A goodbye said, and where a child is parted from at school (`only_a_goodbye`)
_FAREWELL = r"(?:goodbye|bye|good ?night|good ?morning)"
_PARTING_PLACE = r"(?:at|outside|by) (?:the )?(?:gates?|door|classroom door|drop ?off|pick ?up|school|line|lineup|car)"
# A kiss or a hug goodbye from family at the gate, and nothing else ("dad kissed her goodbye at the gate", "mum hugged
# him at drop off and he ran into class"): the model weighed the kiss, the child and the parent
_GOODBYE = compiled(
    rf"(?:(?:his|her|their) )?(?:{MUM}|{DAD}|step ?\w+|{WIDER_FAMILY}|{CARER}) (?:gave (?:her|him|them) a (?:big )?"
    r"(?:kiss|hug|cuddle)|(?:kissed|kisses|kissing|hugged|hugs|hugging|cuddled|cuddles|cuddling) (?:her|him|them))"
    # the parting itself said, a goodbye or where it was: "mum kissed her" or "step dad hugs him" alone tells of no
    # goodbye, and stays the model's to weigh
    rf"(?: {_FAREWELL}(?: {_PARTING_PLACE})?| {_PARTING_PLACE})"
    r"(?: (?:and|then) (?:s?he|they) (?:ran|went|walked|skipped|wandered)(?: (?:off|in|inside|into class))?"
    r"(?: to (?:\w+ )?(?:friends|class|line|teacher))?)?")
# Asked, not told: "what if", "is it ok if", "should i report it if", "can a ta"
_ASKED = compiled(r"\b(?:if|whether|suppose|supposing|imagine)\b")


def only_a_goodbye(words: str) -> bool:
    """The (plain) words tell only of family kissing or hugging a child goodbye ("dad kissed her goodbye at the
    gate"), and no child pulling away (`touching_told`)."""
    return _GOODBYE.fullmatch(words) is not None and not touching_told(words)


def touching_told(words: str) -> bool:
    """The (plain) words tell of someone touching a child, in the active, as something that happened."""
    in_clothes = _HAND_IN_CLOTHES.search(words)
    if in_clothes is not None and in_clothes.group("own") == in_clothes.group("whose"):
        in_clothes = None
    if (told := in_clothes or _MADE_TO_TOUCH.search(words)) is not None:
        return not HYPOTHETICAL.match(words) and _ASKED.search(words, 0, told.start()) is None
    if (unwanted := _UNWANTED_TOUCH.search(words)) is not None and not HYPOTHETICAL.match(words) and \
            _ASKED.search(words, 0, unwanted.start()) is None:
        return True
    found = _TOUCHED.search(words)
    if found is None or HYPOTHETICAL.match(words) or _ASKED.search(words, 0, found.start()):
        return False
    return _EVERYDAY.search(words, found.end()) is None and _EVERYDAY.search(found.group()) is None
