"""Who to tell, or what to do, asked of harm coming to a child: "what if a child is hit at home? who do i tell?", "what
should i do if a pupil tells me they are hurt at home", "who do i speak to if i think a child is being neglected".

Asked in general, these were answered "not covered" with Ask the Headteacher, their words logged for the policy owner
(`harm_told.asks_in_general`). But a teacher who asks who to tell about a child hurt at home is often about to tell, or
telling in the only way they dare: a Designated Safeguarding Lead would rather the report were offered first. Only
who to tell or what to do, and only of harm to a child: "what happens if a teacher hits a child?", "should I tell
parents if their child says they were hit?" and "what if a parent posts a photo of my class? who do i tell?" are read
as before. Also a follow-up that raises harm to a child ("and if a child is hurt at sports day?" after an answer on
sports day photos): the last answer's clause is no answer to it.

Since helper `harm3` (2026-12-01) also the bare "what if" of harm to a child, with nothing asked after it ("what if a
child is hit at home?", "what if a child says they are scared to go home?", "what if a ta grabs a child by the
arm?"): a teacher who asks it may be asking about the child in front of them, and a DSL would rather the report were
offered. Not an accident ("what if a child gets hit by a ball in pe?", "…hurts themselves in pe?"), nor a question
about consequences or a rule ("can a teacher be sacked for hitting a pupil?", "should I tell parents if…"). And who
to tell of a sign of harm seen, with no child named, as a teacher sees it on a child ("who do i tell if i see
bruises?", "who do i tell about bruises?"). Works on `plain` text.
"""

from __future__ import annotations

from collections.abc import Callable

from intents.alternation import compiled
from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, SIBLING, STEP_PARENT
from intents.year_groups import YEARS

# Who to tell, or what to do: "who do i tell", "who should we speak to", "what do i do", "what am i supposed to do",
# "who do i report it to", "what's the procedure"
_ASKS = compiled(
    r"\b(?:what (?:should|do|shall|must|would|can|am|are) (?:i|we)(?: supposed to| meant to| need to| have to)? do|"
    r"who (?:should|do|shall|must|would|can|will) (?:i|we)(?: need to| have to)? (?:tell|inform|contact|ring|call|"
    r"speak to|talk to|go to|report (?:it |this |that )?to|pass (?:it |this |that )?(?:on )?to)|"
    r"who (?:needs to|should|has to) (?:be told|know)|who to (?:tell|speak to|talk to|go to|report (?:it )?to)|"
    r"what to do|what(?:s| is) the (?:procedure|process|protocol)|how (?:do|should) (?:i|we) report(?: it| this)?)\b")
# The case as a condition: "if…", "what if…", "when…", "in case…"
_CONDITION = compiled(r"\b(?:if|when|whenever|in case|suppose|supposing|about)\b")
# A follow-up raising a case: "and if…", "what if…", "and what about if…", "but what if…", "and when…"
_FOLLOW_UP = compiled(r"^(?:(?:and|but|also|so|ok|okay) )?(?:(?:what|how) )?(?:about )?(?:if|when|what if)\b")
_CHILD = compiled(r"\b(?:child|childs|children|kids?|boys?|girls?|pupils?|students?|toddlers?|bab(?:y|ies)|sons?|"
                  rf"daughters?|little ones?|learners?|{YEARS}|one of (?:my|our|the) (?:class|\w+s))\b")
# Harm plainly named, to be read with a child named: more than the told-case net's, as nothing is told here but what is
# asked about ("a child is hurt at sports day" may be an accident; asked who to tell, the report is still offered)
_HARM = compiled(r"\b(?:hurt\w*|harm\w*|injur\w*|abus\w*|hit|hits|hitting|beat\w*|punch\w*|kick\w*|slap\w*|smack\w*|"
                 r"bruis\w*|black eye|burn\w*|neglect\w*|groom\w*|exploit\w*|touch\w*|molest\w*|rape\w*|assault\w*|"
                 r"self ?harm\w*|suicid\w*|in danger|at risk|unsafe|not safe|scared to go home|afraid to go home|"
                 r"missing|run(?:s|ning)? away|starv\w*|not (?:being )?fed|hungry all the time|locked (?:in|out)|"
                 # neglect, FGM, a wish to die, an adult's sexual contact, drink or drugs, as staff type them ("who do
                 # i contact if a child hasnt been fed", "what do i do if a child talks about wanting to die"): "not
                 # covered" alone
                 r"(?:hasnt|hasn't|havent|haven't|isnt|isn't|not) (?:been |being )?(?:fed|eaten|eating)|"
                 r"(?:scared|afraid|frightened|terrified) (?:of|about) going home|fgm|female genital \w+|"
                 r"(?:wants?|wanting|wanted) to (?:die|kill (?:himself|herself|themselves)|end it)|"
                 r"kill(?:ing)? (?:himself|herself|themselves)|sexual\w*|nudes?|indecent|drunk|on drugs|"
                 # a child blackmailed, often for pictures ("what should i do if a pupil is being blackmailed online")
                 r"blackmail\w*|sextort\w*)\b")


# Signs a child may be about to disclose, or going without, asked of as staff ask them ("who do i tell if a child is
# hungry", "what if a child tells me a secret"): not hungry before a meal or for a snack, nor a surprise kept
_HUNGRY = compiled(r"\b(?:is|are|seems?|looks?|says? (?:they are|theyre|she is|shes|he is|hes|theyre)|keeps? saying "
                   r"(?:they are|theyre|shes|hes)|was|were|comes? in|turns? up|arrives?)(?: \w+)?? (?:always |often |"
                   r"really |very |so |constantly )?hungry\b(?! (?:before|at|by|after|till|until) (?:lunch|break|"
                   r"snack|playtime|dinner|home time)\b)")
_DISCLOSES = compiled(
    r"\b(?:(?:tells?|told|telling|says?|said|shares?|shared|whispers?|whispered) (?:me|us|you|staff|an adult|"
    r"(?:a|the|their) (?:teacher|ta)) (?:a |about a |something )?secret|"
    r"(?:asks?|asked|wants?|wanted|begs?|begged) (?:me|us|you) (?:not to tell|"
    r"to keep (?:a |it |something |this |that )?(?:a )?secret)|discloses?|disclosed|makes? a disclosure|"
    r"(?:tells?|told|says?|said) (?:me|us|you) something (?:worrying|upsetting|concerning|bad|scary|awful|"
    r"horrible))\b")
# a secret a child keeps for fun ("a secret about mums birthday present", "who they fancy")
_HAPPY_SECRET = compiled(r"\b(?:surprise|birthday|present|presents|party|christmas|fancy|fancies|crush|"
                         r"boyfriend at school|girlfriend at school)\b")


def _signs_to_ask_of(case: str) -> bool:
    """A child going hungry, or telling a secret or something worrying, in the case asked of."""
    return bool(_HUNGRY.search(case) or (_DISCLOSES.search(case) and not _HAPPY_SECRET.search(case)))


def harm_to_a_child(case: str, harm_named: Callable[[str], bool]) -> bool:
    """The case names a child and harm coming to them (`harm_named`: the told-case net, which knows more harms), or
    a sign a child may be about to tell of it."""
    return _CHILD.search(case) is not None and (_HARM.search(case) is not None or harm_named(case)
                                                 or _signs_to_ask_of(case))


def who_to_tell_of_harm(words: str, harm_named: Callable[[str], bool]) -> bool:
    """Who to tell, or what to do, asked of harm coming to a child, the case as a condition before or after the
    asking ("what if a child is hit at home who do i tell", "who do i speak to if i think a child is being
    neglected")."""
    asked, condition = _ASKS.search(words), _CONDITION.search(words)
    if asked is None or condition is None:
        return False
    case = words[condition.end():asked.start()] if condition.start() < asked.start() else words[condition.end():]
    return harm_to_a_child(case, harm_named) or sign_of_harm_seen(case.strip())


def follow_up_raising_harm(words: str, harm_named: Callable[[str], bool]) -> bool:
    """A follow-up that raises harm to a child ("and if a child is hurt at sports day", "what if a pupil gets hit
    on the trip"): its own question, the report offered first, never the last answer's clause again."""
    found = _FOLLOW_UP.match(words)
    return found is not None and harm_to_a_child(words[found.end():], harm_named)


# A sign of harm seen on someone, who at school is a child ("if i see bruises", "about bruises", "if i notice marks on
# an arm"): not the speaker's own ("bruises on my arm"), nor a fruit's
_SIGN_SEEN = compiled(
    r"^(?:(?:i|we|you|u|staff|a teacher|someone) (?:see|sees|saw|seen|notice|notices|noticed|spot|spots|spotted|"
    r"find|finds|found)(?: (?:any|some|a|an|the|loads of|lots of|fresh|new|old|odd|funny|strange|unexplained|"
    r"weird|signs of|possible|more))* )?(?:bruis(?:es|ing|ed)|black eyes?|marks|burns|welts|cuts|scratches|"
    r"injuries)(?: on (?:a|an|the|their|his|her) (?:\w+ )?(?:arms?|legs?|face|neck|body|back|wrists?|skin|head|"
    r"hands?|feet|foot|ears?|cheeks?|thighs?|chest|stomach|tummy|bottom|bum|ankles?|shoulders?)| again|"
    r" at school| in class| in pe)?$")

# The whole message a condition of harm, nothing asked after it: "what if…", "what happens if…", "suppose…", "and
# if…", "what if i think…"
_WHAT_IF = compiled(r"^(?:(?:and|but|so|ok|okay|also) )?(?:what (?:if|happens if|about if|would happen if)|wat if|"
                    r"wot if|wht if|suppose|supposing|imagine|say)\b")
# A harm only an accident: a ball, a door or a fall, at play or in a lesson ("gets hit by a ball in pe", "hurts
# themselves"), which the told-case net reads as a blow
_ACCIDENT = compiled(r"\b(?:by (?:a|the) (?:\w+ )?(?:ball|door|swing|bat|stick|car|bike|scooter|goal ?post|frisbee|"
                     r"shuttlecock|hockey stick)|(?:hurts?|injures?|cuts?|bumps?|burns?) (?:themselves|himself|herself|"
                     r"their|his|her)|falls?|fell|trips?|tripped|nosebleed|accident\w*)\b")
# Harm that the told-case net does not know as a bare condition: afraid to go home, hungry as a habit, hurt at home
_HARM_AT_HOME = compiled(r"\b(?:(?:scared|afraid|frightened|terrified|worried) (?:to go|of going|about going) home|"
                         r"(?:always|constantly|often) hungry|hungry (?:every ?day|all the time|every morning|again)|"
                         r"(?:turns up|comes in|arrives) (?:\w+ )?hungry|no food at home|(?:hurt|harmed|abused|"
                         r"hit|beaten) (?:at home|by (?:a |an |their |his |her )?(?:\w+ )?(?:parents?|"
                         rf"{MUM}|{DAD}|{CARER}|{STEP_PARENT}|step ?\w+|{SIBLING}|sibling|{AUNT_UNCLE}|"
                         rf"{GRANDPARENT})))\b")


def sign_of_harm_seen(case: str) -> bool:
    """A sign of harm seen, with no one named, as a teacher sees it on a child ("i see bruises", "bruises")."""
    return _SIGN_SEEN.match(case) is not None


def only_an_accident(case: str) -> bool:
    """The (plain) case names an accident at play or in a lesson ("a child falls over in the playground")."""
    return _ACCIDENT.search(case) is not None


def what_if_harm(words: str, harm_named: Callable[[str], bool]) -> bool:
    """The (plain) message is only a "what if" of harm coming to a child ("what if a child is hit at home", "what if
    a member of staff shouts at a child"): no accident, no "who do i tell" (`who_to_tell_of_harm`'s)."""
    found = _WHAT_IF.match(words)
    if found is None:
        return False
    case = words[found.end():].strip()
    if only_an_accident(case):
        return False
    # a sign of harm seen is asked as "what if" as often as "who do i tell" ("what if i see marks on a childs neck")
    return (_CHILD.search(case) is not None and (harm_named(case) or _HARM_AT_HOME.search(case) is not None
                                                 or _signs_to_ask_of(case))) or sign_of_harm_seen(case)
