"""Someone disparaging a member of staff, a pupil or the school online, told as having happened: "a parent posted that
mr smith is a paedo on facebook", "a parent is calling mr smith a paedophile online", "a parent is slagging off miss
jones on the village facebook group", "mr smith got called a nonce on the village fb group".

An abusive parent post is one of the concerns staff report (D.3, APX.1, D.2). The report rules heard a post as harmful
only by a word for its content ("posted abuse about", "posting horrible stuff about", "spreading lies"), and the report
model was taught few tellings of what the post *said*: reported speech ("posted that X is Y"), a name called ("calling
X a Y") or a slang verb of disparaging ("slagging off", "trashing", "slating", "bad-mouthing", "having a go at",
"ripping into", "naming and shaming") has none of those words, and each was answered as a plain policy question.

Read here, such a telling is a report for the rules (`intent_rules.report_signals`, "disparaged"). It wants what is
said to disparage (a word from an insult list, an allegation, or a verb of disparaging), whom it is said of (a member
of staff by title and name or by post, the speaker, a pupil, the school), somewhere online, and an adult, someone, a
visitor or an account telling of it, not asking: not a "what if", a condition, a question opening, parents in general
("parents slagging off staff online"), the speaker or the speaker's own family doing it, nor a pupil (children mocking
the school online are E.3's question of reach; one child abusing another is bullying, which the rules read already).
Praise in the same shape ("called mr smith a legend", "posted that miss jones is amazing"), news ("posted that the trip
is cancelled") and a post about someone not of the school ("slagging off the ref on twitter") are none. Told and then
asked about ("…, can we make her take it down?"), it is answered as the question with the report offered first. Works
on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

import functools
import re

from intents.alternation import compiled
from intents.private_matters import CHEERFUL, CUE, EXPOSES, PRIVATE_FACT
from intents.rule_words import HYPOTHETICAL, STAFF_POSTS
from intents.staff_harm import ADULT, OWN_FAMILY
from intents.year_groups import YEARS

# Whom it is said of. A member of staff by title and name ("mr smith", "mrs k", "miss obrien") or by post ("the head",
# "my ta", "our year 6 teacher", "the teachers"); a pupil ("a child in my class", "a year 3 girl"); the school.
_TITLED = r"(?:mr|mrs|miss|ms|mx|dr|sir|mister|missus) [a-z]+(?: [a-z]\b)?"
_DET = (r"(?:the|our|my|a|an|another|his|her|their|one of (?:the|our|my)|all (?:the|our)|some of (?:the|our)|some|"
        r"two|both|several|every)")
_STAFF_WORD = (r"(?:teachers?|tas|ta|staff|members? of staff|staff members?|colleagues?|heads?|headteachers?|"
               r"head teachers?|headmaster|headmistress|deputy(?: head)?|senco|dsl|governors?|class teachers?|"
               rf"supply teachers?|office (?:staff|ladies|lady)|{STAFF_POSTS})")
_PUPIL_WORD = rf"(?:child|children|kids?|pupils?|boys?|girls?|students?|lads?|{YEARS})"
# (not a thing of the school's: "slating the school dinners", "slagging off the school uniform" are about the dinners
# and the uniform, a complaint like "slated the new uniform", not the school run down; they began a report)
_SCHOOL = (r"(?:(?:(?:the|our|this|my) (?:\w+ )?(?:school|academy|nursery)|school|longton lane(?: school| primary)?)"
           r"(?! (?:dinners?|lunch(?:es)?|meals?|food|menu|uniforms?|jumpers?|shoes|play|plays|nativity|concert|show|"
           r"disco|fair|trips?|run|traffic|parking|car ?park|website|app|newsletters?|photos?|pictures?|field|building|"
           r"toilets|holidays?|hours|times|bus|rules|polic(?:y|ies)|sports day|events?|term dates)\b)|"
           r"the school (?:staff|teachers))")
_STAFF = rf"(?:{_TITLED}|(?:{_DET} )?(?:\w+ ){{0,2}}?{_STAFF_WORD})"
_SCHOOL_PEOPLE = rf"(?:{_STAFF}|{_DET} (?:\w+ ){{0,2}}?{_PUPIL_WORD}|{YEARS})"
_TARGET = rf"(?:{_SCHOOL_PEOPLE}|{_SCHOOL})"
# the speaker or a pronoun: the speaker is staff; a pronoun only where the message names whom it stands for
_SPOKEN_OF = r"(?:me|us|myself)"
_PRONOUN = r"(?:him|her|them)"
_WHOM = rf"(?:{_TARGET}|{_SPOKEN_OF}|{_PRONOUN})"

# What it calls them: a slur, an insult, a word for being bad at the job ("a paedo", "useless", "a fat cow", "a joke")
_INSULT = (
    r"(?:paedo\w*|pedo\w*|peado\w*|nonces?|pervs?|perverts?|creeps?|predators?|groomers?|child abusers?|abusers?|"
    r"bully|bullies|liars?|racists?|sexists?|homophobes?|bigots?|idiots?|morons?|muppets?|clowns?|jokes?|disgraces?|"
    r"disgraceful|embarrassments?|waste of (?:space|oxygen|a salary)|losers?|bitch\w*|cows?|slags?|sluts?|tarts?|"
    r"whores?|witch|witches|dicks?|dickheads?|pricks?|twats?|knobs?|knobheads?|wankers?|tossers?|cunts?|arseholes?|"
    r"assholes?|bastards?|scum|scumbags?|psychos?|nutters?|nutcases?|drunks?|alcoholics?|druggies?|junkies?|"
    r"crackheads?|thief|thieves|frauds?|crooks?|snakes?|pigs?|dump|shithole|shambles|hellhole|useless|rubbish|crap|"
    r"crappy|shits?|shite|feral|shocking|incompetent|lazy|thick|stupid|dumb|hopeless|pathetic|awful|terrible|appalling|"
    r"disgusting|vile|evil|nasty|horrible|unfit|unprofessional|dodgy|corrupt|fat|ugly|mental|crazy|unhinged|dangerous|"
    r"clueless|cruel|vindictive|two faced|bent|a danger)"
)
_SO = (r"(?:(?:a|an|the|such a|such an|so|really|totally|completely|absolutely|utterly|bloody|well|dead|proper|just|"
       r"literally|actually|clearly|obviously|basically|an absolute|a total|a complete|a right|a massive|a proper|"
       r"the biggest|the worst|a bit|such) )*")
_CALLED = rf"{_SO}(?:\w+ )?{_INSULT}"
# What it says they do or should suffer, as an allegation ("should be sacked", "cant teach", "hates the kids")
_ALLEGED = (
    r"(?:should (?:be|get) (?:sacked|fired|struck off|locked up|arrested|ashamed)|needs? (?:sacking|to be (?:sacked|"
    r"fired|struck off))|(?:cant|cannot|can not|doesnt know how to) (?:teach|control|do (?:her|his|their|the) job)|"
    r"(?:doesnt|does not|dont|do not) care about|(?:shouldnt|should not) be (?:teaching|allowed|working|a teacher|"
    r"near)|"
    r"(?:hates|picks on|bullies|bullied|abuses|abused) (?:\w+ )?(?:kids|children|pupils|her|his|my|their|the)|"
    r"(?:hits|hit|smacks|smacked|grabbed|grabs|touched|touches|hurt|hurts) (?:kids|children|pupils|(?:her|his|my|their|"
    r"a|the) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|kids|children|pupils?))|(?:is|was) (?:on drugs|drunk at))")
_BE = (r"(?:(?:is|was|are|were|be|been|being|has been|have been|isnt|is not|aint|am|im|s|just|literally|actually|"
       r"clearly|obviously|basically|always|now) )*")
# "that mr smith is a paedo", "the teachers at longton lane are lazy", "im a terrible teacher", "miss khan cant teach"
# or a private matter laid bare ("that miss taylor is pregnant", "that mr brown is gay": intents/private_matters.py)
_SAID_OF = (rf"(?:(?:{_TARGET})(?: (?:at|from|in|of|on) (?:\w+ ){{0,2}}?\w+)? (?:{_BE}{_CALLED}|{_ALLEGED}|"
            rf"{_BE}(?P<private>{PRIVATE_FACT}))|"
            rf"(?:i|im|we|were) {_BE}{_CALLED})")
# Saying it: posting, writing, telling everyone, a post shared saying it
_SAYS = (r"(?:post(?:ed|ing|in)|put(?:ting)?(?: up)?(?: a post)?|wr(?:ote|itten|iting|itin)|sa(?:id|ying|yin)|"
         r"comment(?:ed|ing)|tweet(?:ed|ing)|claim(?:ed|ing|s)|tell(?:ing|in) (?:everyone|everybody|people|the world|"
         r"all)|told (?:everyone|everybody|people|the world|all)|mak(?:ing|in) out|made out|impl(?:ied|ying)|"
         r"suggest(?:ed|ing)|reckon(?:s|ed)|going on (?:\w+ )?(?:saying|about how)|shar(?:ed|ing) (?:a |some )?"
         r"(?:post|meme|video|status|screenshot)s? (?:saying|claiming|that))")
# (a name called in what was said is abuse, read as such: "saying there's a post calling miss rahman a racist")
_SAYING = rf"{_SAYS}(?: (?!call(?:ed|ing|in)\b)\w+){{0,6}}? (?:that )?{_SAID_OF}"
# Disparaging them in a word, as staff type it: criticism in slang ("slagging off", "trashing", "having a go at")
_SLATES = (
    rf"(?:slagg?(?:ed|ing|in)|slags) (?:off {_WHOM}|{_WHOM} off)"
    rf"|(?:bad ?mouth(?:ed|ing|in|s)|trash(?:ed|ing|in|es)|slat(?:ed|ing|in|es)|rubbish(?:ed|ing|es)|diss(?:ed|ing|es)|"
    rf"slander(?:ed|ing|s)|defam(?:ed|ing|es)|smear(?:ed|ing|s)|attack(?:ed|ing|s)) {_WHOM}"
    rf"|(?:having|had|has|havin) a (?:go|pop|dig) at {_WHOM}"
    rf"|(?:ripp?(?:ed|ing|in)|rips|tore|tearing|laid|laying|layin) into {_WHOM}"
    rf"|(?:nam(?:ed|ing|in)|names) and sham(?:ed|ing|in|es) {_WHOM}"
    rf"|(?:mouth(?:ed|ing|in)|mouths|kick(?:ed|ing|in)|kicks) off (?:about|at) {_WHOM}"
    rf"|(?:runn?(?:ing|in)|ran|runs) (?:down {_WHOM}|{_WHOM} down)"
    rf"|call(?:ed|ing|in|s) (?:out {_WHOM}|{_WHOM} out\b(?! (?:of|for) ))"
)
# or abuse: a name called, mockery, an insult
_ABUSES = (
    rf"call(?:ed|ing|in|s) {_WHOM} {_CALLED}"
    rf"|(?:belittl(?:ed|ing|es)|humiliat(?:ed|ing|es)|ridicul(?:ed|ing|es)|mock(?:ed|ing|in|s)|insult(?:ed|ing|s)) "
    rf"{_WHOM}"
    rf"|(?:tak(?:ing|in|es)|took) the (?:piss|mick|mickey|michael) (?:out of|outta) {_WHOM}"
    rf"|(?:mak(?:ing|in|es)|made) fun of {_WHOM}"
)
# or an allegation made of them
_ACCUSES = rf"accus(?:ed|ing|in|es) {_WHOM} (?:of|that)"
_DOES = rf"(?P<done>(?P<said>{_SAYING}|{_ACCUSES})|(?P<slated>{_SLATES})|{_ABUSES}|(?P<exposed>{EXPOSES}))"
# Who does it: an adult by what they are (a parent, a mum in 4b, one of the dads, a grandparent), someone, a visitor,
# an account; not a pupil ("year 6 made a video mocking the school" is E.3's question of reach)
_WHO = (rf"(?P<who>{ADULT}|(?:(?:a|an|the|some|two|one of the) )?(?:(?:\w+ )?visitors?|someone|somebody|"
        r"(?:ex|former) parents?|(?:(?:a|an) )?(?:anonymous|fake) (?:account|profile|page)))")
_DOING = (r"(?: (?:has|have|had|just|keeps?|kept|is|are|was|were|been|always|then|also|now|still|again|literally|"
          r"actually|currently|constantly|started|s|on)){0,3}")
_TOLD = compiled(rf"\b{_WHO}{_DOING}(?: (?!(?:i|we)\b)\w+){{0,6}}? {_DOES}\b")
# Done to them, told the other way round ("miss jones is being slagged off on facebook", "mr smith got called a nonce")
_PASSIVE = compiled(
    rf"\b(?P<whom>{_STAFF}|{_SCHOOL}|i|we) (?:was|were|is|are|has been|have been|had been|got|gets|getting|been|being|"
    r"is being|are being|was being|keeps getting|keep getting)(?: (?:just|also|again|constantly|publicly|now))? "
    r"(?:(?P<said>accused of)|(?P<slated>slagged off|trashed|slated|bad ?mouthed|badmouthed|named and shamed|"
    r"ripped into|laid into|torn apart|run down|slandered|defamed|smeared)|mocked|ridiculed|made fun of|humiliated|"
    rf"insulted|trolled|called {_CALLED})\b")
# Somewhere online, or a post, a comment or a review; a group, a page or a chat only as one is on or in ("on the
# village group", "in the class chat"), not "in front of the group"
_ONLINE = compiled(
    r"\b(?:facebook|fb|insta\w*|ig|twitter|tweet\w*|tiktok|tik tok|snap\w*|whatsapp|whats app|online|social media|"
    r"socials|internet|group chat|post|posts|posted|posting|comments?|commented|commenting|reviews?|tripadvisor|"
    r"mumsnet|youtube|reddit|nextdoor|forum|blog|messenger|reel|meme|"
    r"(?:on|in) (?:the|a|her|his|their|our|my) (?:\w+ ){0,2}(?:group|page|chat|story|stories|status|thread|live))\b")
_NAMED = compiled(rf"\b{_TARGET}\b")
# A word without which nothing above can match, searched first: most messages have none, and the readings above, tried
# at every word, cost a fifth of the report rules' time
_CUE = compiled(
    rf"\b(?:{_INSULT}|slag\w*|bad ?mouth\w*|trash\w*|slat\w*|rubbish\w*|diss\w*|slander\w*|defam\w*|smear\w*|"
    r"attack\w*|go at|pop at|dig at|into|shame\w*|sham\w*|off|down|piss|mick\w*|michael|fun of|call\w*|belittl\w*|"
    r"humiliat\w*|ridicul\w*|mock\w*|insult\w*|accus\w*|troll\w*|sacking|sacked|fired|struck off|locked up|arrested|"
    r"ashamed|cant|cannot|can not|care about|shouldnt|should not|hates|picks on|bull\w*|abus\w*|hits?|smack\w*|"
    rf"grab\w*|touch\w*|hurts?|on drugs|drunk|{CUE})\b")
# Asked, not told: a question's opening, a condition before it, or what a question is about ("what can we do about
# parents calling teachers useless", "how do i stop parents slagging off the school")
_ASKED = compiled(r"^(?:how|what|whats|why|who|where|which|whether)\b")
# ... or a question asked after it, the case told to ask what the policy says or what to do ("a parent posted that mr
# smith is useless on facebook, can we make her take it down?"): answered, the report offered first (`understanding`)
_ASKS_AFTER = compiled(
    r"\b(?:(?:what|how|who|why|where|which)(?: \w+)? (?:do|does|did|should|can|could|would|will|is|are|shall|must|now|"
    r"next|happens)|(?:can|could|should|shall|do|does|did|is|are|am|was|were|has|have|will|would|must)(?: not|nt)? "
    r"(?:i|we|you|u|they|it|this|that|there|she|he|staff|anyone|governors|parents|(?:the|our|a|any) \w+)|"
    r"any (?:advice|ideas|thoughts))\b")
# A question said of the whole message, before the telling or after it ("quick question: a mum posted…", "…i wondered
# what the policy says"), or the telling framed as an example ("in a scenario where…", "hypothetically")
_ASKING = compiled(r"\b(?:questions?|query|wonder\w*|curious|not sure (?:if|whether|what|how)|(?:want|like|need) to "
                   r"know|clarif\w+|hypothetical\w*|scenario|for (?:example|instance)|in theory|theoretically)\b")
_CONDITION = compiled(r"\b(?:if|when|whenever|once|unless|in case|suppose|supposing|imagine)\b|(?:^|\blets )say\b")
# Parents in general, with nothing before them ("parents slagging off staff online", "someone posting that our school
# is a disgrace can't face any consequences, can they?"): the policy's subject, not a case
_IN_GENERAL = compiled(r"(?:parents|parnets|mums|dads|carers|people|adults|visitors|someone|somebody)$")
_AUX = compiled(r"\b(?:is|are|was|were|been|keeps?|kept|has|have|had|s|always|constantly)\b")
_PAST = compiled(r"\w+ed\b|said|wrote|put|made|took|tore|laid|ran|told")
_SPEAKER = compiled(r"\b(?:me|us|myself|i|im|we|were)\b")
_MINE = compiled(r"\b(?:my|our)\b")
_PUPIL = compiled(rf"\b{_PUPIL_WORD}\b")
# someone, not the school alone
_PERSON = compiled(rf"\b(?:{_SCHOOL_PEOPLE}|{_SPOKEN_OF}|{_PRONOUN}|i|we)\b")


# What a post is, in the policy's words (D.3, APX.1, D.2), for the matcher to place a report's clause by: the insults,
# the slang and the names are not the policy's words, and read as a report (without the topic model) the message left
# the matcher too unsure of any clause to give the report one as context
CLAIM, ABUSE, COMPLAINT = "malicious comments", "abusive material", "complaints"


def disparaged_online(words: str, asks_to_report: bool = False) -> bool:
    """The (plain) message tells of someone disparaging a member of staff, the speaker, a pupil or the school online,
    and asks nothing after it unless how to report it (`asks_to_report`: "…who do i tell"): what was posted or said of
    them, a name they were called, or a slang verb of disparaging. Told and then asked about, the question is answered
    with the report offered first (`understanding`: `what_was_posted` is its harm net's)."""
    told = _telling(words)
    return told is not None and (asks_to_report or not _asked(words, told[0]))


def _asked(words: str, found: re.Match[str]) -> bool:
    """A question follows the telling `found`, or the message says it asks."""
    return _ASKS_AFTER.search(words, found.end()) is not None or _ASKING.search(words) is not None


def what_was_posted(words: str) -> str | None:
    """What the disparaging told was, as the policy would put it ("a parent posted abusive material about a member of
    staff on social media"), asked about after or not; None when none is told."""
    told = _telling(words)
    return None if told is None else _as_the_policy_puts_it(*told)


@functools.lru_cache(maxsize=256)  # the report rules and the matcher each ask of a report's words
def _telling(words: str) -> tuple[re.Match[str], str] | None:
    """Where the (plain) message tells of the disparaging, and whom it names as disparaged; None when it does not."""
    if HYPOTHETICAL.match(words) or _ASKED.match(words) or not _ONLINE.search(words) or not _CUE.search(words):
        return None
    if (passive := _PASSIVE.search(words)) is not None and not _CONDITION.search(words, 0, passive.start()):
        return passive, passive.group("whom")
    found = next((f for f in _TOLD.finditer(words) if _told(words, f)), None)
    return None if found is None else (found, found.group("done"))


def _as_the_policy_puts_it(found: re.Match[str], whom: str) -> str:
    """A claim or an allegation made of them (CLAIM), the school run down in slang (COMPLAINT: a complaint posted
    rather than made to the school) or a name called, mockery or someone run down (ABUSE), about whom."""
    about = ("a pupil" if _PUPIL.search(whom) else "a member of staff" if _PERSON.search(whom) else "the school")
    # a private matter laid bare is a comment no one may post of another (D.3), as a claim is
    kind = (CLAIM if found.group("said") or found.groupdict().get("exposed")
            else COMPLAINT if found.group("slated") and about == "the school" else ABUSE)
    return f"a parent posted {kind} about {about} on social media"


def _told(words: str, found: re.Match[str]) -> bool:
    """`found` is someone in particular doing it, told: not parents in general nor the speaker's own family, no
    condition before it, and a pronoun only where the message names someone of the school."""
    who = found.group("who")
    private = found.group("private") or found.group("exposed")
    # glad news shared ("posted that miss taylor is pregnant, congratulations!") lays nothing bare
    if private and CHEERFUL.search(words):
        return False
    if OWN_FAMILY.match(who) or _CONDITION.search(words, 0, found.start("done")):
        return False
    # parents in general are told of only with a tense ("parents are slagging off…", "parents posted…")
    if _IN_GENERAL.fullmatch(who) and not (_AUX.search(words, found.end("who"), found.start("done"))
                                          or _PAST.match(found["done"])):
        return False
    # "calling him a nonce": him is whom the message names ("posted about mr smith…"), or anyone
    # "put my phone number on facebook": the speaker's own
    return bool(_NAMED.search(words) or _SPEAKER.search(found["done"])
                or (found.group("exposed") and _MINE.search(found["done"])))
