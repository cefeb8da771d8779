"""Rules that recognise small talk, requests for help and reports of a concern, from plain text.

Reports are recognised two ways: the person says they want to report (or are worried), or they
describe something harmful happening now ("Year 5 are sending nasty messages..."). A hypothetical
question ("what if a post threatens a pupil?") is a policy question, not a report. Harm told by name alone, and harm
words that harm no one (a turn of phrase), are `harm_told`'s.
"""

from __future__ import annotations

import functools
import re

from intents.alternation import compiled
from intents.disparaged_online import disparaged_online
from intents.incidents import describes_incident, names_a_topic
from intents.normalise import PICTURE_WORD, plain
from intents.rule_words import AFTER_NAME, BE, HARM_EVENT, HARMFUL, HYPOTHETICAL, IN_DANGER, LAUGH, NOT_A_NAME, NOT_SAFE
from intents.year_groups import YEAR

_GREETING = (
    r"(?:hi+|hello+|hey+|hiya|heya|yo|howdy|greetings|morning|afternoon|evening|"
    r"good (?:morning|afternoon|evening|day))"
)


def _thanks(bare_ta: str) -> str:
    """Thanks, with `bare_ta` the pattern for "ta" alone: a plain "ta" as a whole message, a "ta" before no act of a
    teaching assistant's when it leads one (`_THANKS_LEADING`)."""
    return (
        r"(?:thanks?(?: you)?(?: (?:so|very) much| a lot| loads| again)?|ta (?:(?:so|very) much|a lot|loads|again)|"
        rf"thank u|thx|ty|{bare_ta}|cheers|many thanks|"
        # "ta for that", "cheers for your help": thanks for what was said, not a question ("not covered", logged for
        # the Headteacher, as "ta for that" was)
        r"(?:thanks?(?: you)?|thank u|thx|ty|ta|cheers)(?: (?:so|very) much| a lot| loads| lots| muchly)? for "
        r"(?:that|this|it|the help|your help|all (?:that|your help|the help)|the info|the answer|letting me know)|"
        r"much appreciated|appreciate it|that(?:s| is| was)? (?:great|brilliant|helpful|useful|perfect|lovely|super)|"
        r"(?:great|brilliant|perfect|lovely|super|fab|ace|nice)(?: thanks?| cheers| ta)?|"
        r"(?:ok|okay|right|got it|gotcha|fine|alright|all right|noted|understood|sure)(?: thanks?| cheers| ta))"
    )


_THANKS = _thanks("ta")
# "ok" on its own is not thanks: answered "You're welcome", it reads as though the bot misheard
# A laugh or "wow" alone is a reaction too: read as a follow-up, it had the last answer's clause quoted again
_ACK = (r"(?:ok+|okay|okey|k|kk|right|got it|gotcha|fine|alright|all right|noted|understood|sure|ok cool|cool|oh ok|"
        rf"i see|oh i see|oh right|{LAUGH}|wow|oh wow|omg|ah+|ah ok|ahh+ ok)")
_BYE = (
    r"(?:bye+|goodbye|good bye|bye bye|see (?:you|ya)(?: later| soon)?|cya|cheerio|later|night|ttfn|"
    r"have a good (?:day|evening|weekend))"
)
_JOKE = (
    r"(?:(?:tell|give) (?:me|us) a joke|(?:say|tell me) something funny|make me laugh|joke|know any jokes|"
    r"got any jokes)"
)
_HOW_ARE_YOU = (
    r"(?:how are (?:you|u)|how r u|you ok|are you ok|hows it going|how is it going|how are things|whats up|sup)"
)
_WHO_ARE_YOU = r"(?:who are you|what are you|are you (?:a bot|a robot|human|real|a person)|whats your name)"
_FILLER = r"(?: (?:bot|policybot|there|again|all|everyone|mate|so much|then|for now|please|pls))*"

_SMALLTALK: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, compiled(rf"^{pattern}{_FILLER}$"))
    for kind, pattern in (
        ("greeting", _GREETING), ("thanks", _THANKS), ("ack", _ACK), ("bye", _BYE), ("joke", _JOKE),
        ("how_are_you", _HOW_ARE_YOU), ("who_are_you", _WHO_ARE_YOU),
    )
)
# "really?", "are you sure?", "is that right?" after an answer: the asker doubts it and wants it confirmed, not a new
# question (leaning on the last answer, it was quoted again as though asked afresh). Only the doubt alone: "even for
# trips?" or "really, even on my own account?" say what they doubt, and are follow-ups.
_CONFIRM = (r"(?:(?:oh|wait|what|so|but|hmm+|hm+|um+|erm+) )*"
            r"(?:(?:really|seriously|honestly|truly|for real|for sure|definitely|no way)"
            r"(?: (?:really|though|tho))?|"
            r"(?:are|r) (?:you|u) (?:sure|certain|positive|100|serious|kidding|joking)(?: about (?:that|this|it))?|"
            r"(?:you|u) sure(?: about (?:that|this|it))?|"
            r"(?:is|was) (?:that|this|it) (?:really |definitely |actually )?(?:right|true|correct|so|the case|accurate|"
            r"what it says)|"
            r"(?:does|did) (?:it|the policy) (?:really|actually) say (?:that|so)|"
            r"(?:thats|that is) (?:right|true|correct) (?:is it|isnt it)|(?:double|triple) check(?: (?:that|it))?|"
            r"sure about (?:that|this)|are you certain|is it really|are you really sure)")
_CONFIRMING = compiled(rf"^{_CONFIRM}{_FILLER}$")
# "ta" followed by what someone did is a teaching assistant, not thanks ("ta gave y6 lift home", "ta is messaging a y5
# on snap"): stripped as thanks, the line lost its actor and read as "gave y6 lift home", not covered. A verb is a
# past tense or -ing form, one of the commonest irregular ones, or a present -s form that is no word of thanks
_TA_ACTS = (r"(?:\w+ed|(?!(?:darling|anything|everything|something|nothing)\b)\w+ing|is|was|has|had|keeps|kept|just|"
            r"also|still|always|never|gave|took|sent|told|said|saw|got|made|put|left|let|brought|bought|drove|went|"
            r"came|hit|hurt|held|caught|met|sat|spoke|swore|threw|wrote|rang|grabbed|seen|been|drunk|"
            # a modal before what may be going on ("ta might be grooming a y5", "ta may have hit a child", "ta cant
            # stop touching the kids"): not before a question or a promise of the teacher's own ("ta can i ask…",
            # "ta will do", "ta might ask again later")
            r"(?:might|may|could|would|will|can|cant|cannot|must|should|wont|wouldnt|couldnt|shouldnt)"
            r" (?=(?:not|never|be|have|keep|stop) )"
            r"(?!be (?:fine|ok|okay|alright|back|in touch)\b|have a (?:look|think|go|read)\b)\w+|"
            r"(?!(?:thanks|loads|lots|guys|folks|its|thats|lets|as|this|us|yes|whats|heaps|tons|miss|mrs|ms|chaps|"
            r"peeps|hers|his|bits|works|does|cheers|thx|xs|xxs)\b)[a-z]{2,}s)\b")
_THANKS_LEADING = _thanks(rf"ta(?! {_TA_ACTS})")
_LEADING = compiled(rf"^(?:{_GREETING}|{_THANKS_LEADING}|ok|okay|right|so|um+|erm+)(?: (?:there|bot|all|again))?\b\s*")

_HELP = compiled(
    r"^(?:help|help me|help please|please help|i need help|can you help(?: me)?|"
    r"what can (?:you|i) (?:do|ask)(?: you)?|what do you do|what are you for|how does this work|"
    r"how do (?:i|you) (?:use|work)(?: this| you)?|"
    r"commands|menu|options|instructions|what can you help with|how can you help|what is this|start|\?)$"
)

# "log" as in "log in to Tapestry" is not reporting anything.
_LOG = r"log(?! ?in\b| ?into\b| ?on\b| ?onto\b| ?out\b)"
# "report writing", "report cards are due", "reporting season is on us": a pupil's school report, not a concern; a
# message opening with "report" is otherwise the reporting (the "report" heading, "report: a parent is running…").
_SCHOOL_REPORT = (r"(?! (?:writing|writes|cards?|comments?|season|deadlines?|templates?|time|week|day|evening|"
                  r"software|drafts?|proof ?reading|checking|is|are|was|were|has|have|had|will|needs?|takes?|took|"
                  r"keeps?|due)\b)")
_WEAK_VERB = rf"(?:raise|{_LOG}|flag|record|pass on|submit)"  # also used for pay queries, app requests, jobs
# Unmistakable: said so, whatever else the message holds.
_EXPLICIT = compiled(
    r"\b(?:"
    + "|".join((
        # With or without the "I": staff type "need to report a colleague who..." as often as "I need to".
        r"(?:(?:i|we|id|wed)(?: really)? )?(?:need|want|would like|have|got|must|wish|ought|should) to "
        r"(?:report|escalate|make a report|disclose|tell someone|tell somebody|share a concern|"
        r"let (?:someone|somebody|you|the dsl|the head|safeguarding) know)",
        r"(?:i have|we have|ive got|weve got|i got|i have got) (?:a|an) "
        r"(?:safeguarding |online safety |e safety |welfare )?(?:concern|worry|issue)",
        r"(?:safeguarding|welfare|online safety|e safety|child protection) (?:concern|issue|incident|worry|matter)",
        rf"(?:report|{_WEAK_VERB}) (?:a|an|this|my) (?:concern|incident|issue|worry|problem)",
        r"(?:report|flag|raise|escalate|reporting|flagging|raising|escalating) (?:it|this|that)\b",
        r"(?:can|could|would|will) you (?:please )?(?:log|record|report|flag|pass on|escalate) (?:this|it|that)\b",
        rf"^(?:report{_SCHOOL_REPORT}|flag)\b",
        r"can i report",
        r"i (?:want|wish) to complain about (?:a|my) colleague",
        r"(?:disclosed|made a disclosure|told me (?:that|about))\b",
    ))
    + r")"
)
SHORT = 5  # words: "I'm really worried", "I need to flag something" say it all
# Reports when about people, the online world or harm, or when that is all the message says ("I'm worried."):
# "how do I report a broken window", "I need to raise my pay query" and "worried about my PPA cover" are not.
_NEEDS_CUE = compiled(
    r"\b(?:"
    + "|".join((
        rf"(?:(?:i|we|id|wed)(?: really)? )?(?:need|want|would like|have|got|must|wish|ought|should) to {_WEAK_VERB}",
        r"(?:im|i am|were|we are|i feel|i was|ive been|i have been) (?:really |a bit |very |quite |so )?"
        r"(?:worried|concerned|uneasy|anxious|alarmed)",
        r"worried about|concerned about|concern about|worry about",
        r"^(?:disclosure|safeguarding|urgent|concern|worry)\b",  # a heading: "Safeguarding: ...", "urgent - ..."
        # "Reporting: a parent is running..."
        rf"^(?:reporting{_SCHOOL_REPORT}|flagging|raising|escalating|{_LOG}|raise)\b",
        rf"can i {_WEAK_VERB}",
        rf"how (?:do|can|should|would|to) (?:i |we )?(?:report|escalate|{_WEAK_VERB})",
        rf"(?:where|who) (?:do|should|can|would) (?:i|we) "
        rf"(?:report|escalate|{_WEAK_VERB}|send|take|tell|go to with|pass)",
    ))
    + r")"
)
_SAFEGUARDING_CUE = compiled(
    r"\b(?:concerns?|worr(?:y|ies)|safeguarding|incident|something|someone|somebody|child(?:ren)?|pupils?|kids?|"
    r"students?|girls?|boys?|parents?|mum|dad|carers?|colleagues?|staff|teachers?|governors?|visitors?|online|"
    r"posts?|posted|photos?|pictures?|videos?|images?|messages?|comments?|accounts?|facebook|instagram|insta|"
    r"snapchat|tiktok|whatsapp|twitter|youtube|social media|group chat|bull\w+|abus\w+|harass\w*|threat\w*|"
    rf"groom\w*|disclos\w+|unsafe|danger\w*|at risk|{YEAR}|one of (?:my|our|the)|she|he|her|him|{HARMFUL})\b"
)
_CONTENT = rf"(?:{PICTURE_WORD}|screenshots?)"
# Told of someone in particular, not a condition or a way of knowing ("if a child is in danger", "in case…", "how do I
# know a child is at risk?", "a child who is at risk", "posts that put a child at risk"), nor a risk of something else
# ("at risk of missing the trip", "not safe to use"), nor a search ("child at risk policy"). The model, taught on
# longer messages, put "a child is at risk" at 0.04.
_NOT_TOLD = (r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?<!\bcase )(?<!\bunless )(?<!\bonce )(?<!\buntil )(?<!\bknow )"
             r"(?<!\btell )(?<!\bshow )(?<!\bsigns )(?<!\bdecide )(?<!\bdecides )(?<!\byou think )\b")
# "a girl in my class is…", not "a child who is…" nor "the kids could…" (a possibility, not something told)
_GAP = r"(?: (?!who\b|that\b|which\b|could\b|might\b|may\b|will\b|would\b|can\b)\w+){0,4}?"
# Someone in particular, as _AT_RISK and _SELF_HARM tell of them: a child or children with a determiner ("a girl in my
# class"), one child as a heading ("child at risk", "kid not safe at home"; "children are unsafe on roblox" is said of
# all), or a pronoun.
_CHILDREN = (rf"{_NOT_TOLD}(?:a|this|my|our|the|these|those|some of (?:my|our|the)|one of (?:my|our) \w+) "
             rf"(?:child(?:ren)?|pupils?|kids?|students?|girls?|boys?|lads?|sons?|daughters?){_GAP}")
_ONE_CHILD = rf"^(?:child|pupil|kid|student|girl|boy|lad|son|daughter){_GAP}"
_PRONOUN = rf"{_NOT_TOLD}(?:she|he|they|shes|hes|theyre)"
# A child by name, opening the message ("jo is self harming", "amy p suicidal"): a first word that is not a question,
# an instruction, a kind of people in general, nor an activity ("discussing self harm in pshe").
_BY_NAME = rf"^(?!{NOT_A_NAME}\b)[a-z]{{2,}}(?: [a-z]\b)?"
# What a search or a plan is about, not something that happened ("child at risk policy", "self harm lesson plan").
_NOT_A_TOPIC = (r"(?!\s+(?:policy|policies|register|list|training|guidance|procedures?|awareness|lessons?|plans?|"
                r"resources?|content|videos?)\b)")
_AT_RISK = (
    rf"(?:{_CHILDREN}(?: {BE} {IN_DANGER}|{NOT_SAFE})"
    rf"|(?:{_ONE_CHILD}|{_PRONOUN})(?:(?: {BE})? {IN_DANGER}|{NOT_SAFE}))\b"
    r"(?!\s+(?:of|to)\b(?!\s+(?:harm|abuse|exploitation|being (?:harmed|abused|groomed|exploited|hurt))\b))"
    + _NOT_A_TOPIC
)
# Harm to oneself, told of someone in particular in the same way ("she self harms", "boy suicidal", "he tried to kill
# himself"): the model put "she self harms" and "boy suicidal" under its threshold. Not an accident ("he cut himself on
# the laminator", "she hurt herself in PE": hurt and cut alone are not the words for it), an idiom ("kill himself
# laughing") or a topic ("self harm lesson plan").
_TO_THEMSELVES = (r"(?:self ?harm\w*|suicidal|wants? to die|wanted to die|took an overdose|overdosed|"
                  r"(?:kill|killing|end|ending) (?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their) (?:own )?life)|"
                  r"(?:cutting|harming|burning|scratching) (?:him|her|them)sel(?:f|ves)"
                  r"(?! (?:on|in|at|with|by|while|during|out|a|an|some|paper)\b))")
# How harm to oneself is told of someone: "she is", "he keeps talking about", "they tried to", "jo has been".
_TELLING_VERB = (r"(?:is|are|was|were|has been|have been|been|keeps?(?: on)?(?: talking about)?|kept|has|had|tried to|"
                 r"try to|wants? to|wanted to|said (?:she|he|they) (?:wants? to|wanted to|will|would|might)|"
                 r"threatened to|threatening to|(?:is |are |was |has been )?talking about|talks about)")
_SELF_HARM = (
    rf"(?:{_CHILDREN}|{_ONE_CHILD}|{_PRONOUN})"
    rf"(?: {_TELLING_VERB})? {_TO_THEMSELVES}\b(?! laughing\b)" + _NOT_A_TOPIC
)
# A child by name: with a verb ("jo is", "liam keeps talking about") any harm to oneself; without, only words that
# describe someone ("amy self harming", "leo suicidal"), and either way only as the telling, not a topic (AFTER_NAME).
_NAME_SELF_HARM = (
    rf"{_BY_NAME}(?: {_TELLING_VERB} {_TO_THEMSELVES}"
    r"| (?:self ?harm(?:ing|s|ed)|suicidal|overdosed|took an overdose|wants? to die|wanted to die|"
    r"(?:cutting|harming|burning|scratching) (?:him|her|them)sel(?:f|ves)))" + AFTER_NAME
)
_NARRATIVES = (  # as text: compiled once, as the one alternation below
    (
        r"\b(?:is|are|theyre|was|were|has been|have been|been|keeps? (?:on )?getting|getting|got|being)\s+(?:being\s+)?"
        r"(?:bullied|harassed|groomed|threatened|targeted|picked on|abused|trolled|intimidated|blackmailed|"
        r"exploited|stalked|messaged by|contacted by|named and shamed|called names|impersonated|hacked|catfished|"
        r"filmed|photographed|humiliated|mocked|excluded|"
        r"(?:really |so |very )?(?:nasty|horrible|mean|unkind|cruel|vile|abusive|threatening|rude) to)\b"
    ),
    (
        r"\b(?:is|are|theyre|has|have|keeps?|kept|been|just|has been|have been|was|were)\s+(?:\w+ )?"
        r"(?:sending|sent|posting|posted|sharing|shared|putting|put|uploading|uploaded|saying|said|writing|wrote|"
        r"spreading|spread|messaging|messaged|commenting|commented|leaving|left|making|made|creating|created|"
        r"setting up|set up|circulating|circulated|filming|filmed|photographing|photographed|livestreaming|"
        r"streaming|running|started|starting|spamming|tagging|tagged)\b"
        rf".{{0,80}}\b(?:{HARMFUL}|{_CONTENT})\b"
    ),
    (
        rf"\b(?:someone|somebody|a parent|parents|a pupil|pupils|a child|children|kids|a colleague|a teacher|"
        rf"a member of staff|staff member|an ex pupil|a former pupil|one of (?:our|my|the) \w+)\s+"
        rf"(?:\w+ ){{0,2}}(?:sent|posted|shared|put up|put|uploaded|created|set up|made|wrote|filmed|"
        rf"screenshotted|spread|circulated)\b.{{0,80}}\b(?:{HARMFUL}|{_CONTENT}|abuse|comments?|messages?|account)\b"
    ),
    # A child (or a parent) telling or showing a member of staff something: a disclosure.
    (
        r"\b(?:child|pupil|kid|girl|boy|student|son|daughter|he|she|mum|dad|parent|one of (?:my|our|the) \w+|"
        rf"{YEAR}\w*)\b(?: \w+){{0,4}} (?:has |had |just |then )?(?:told|tells|showed|shown|shows) me\b"
        rf".{{0,200}}\b(?:{HARMFUL}|worried|upset|crying|sad|hurt|afraid|bad|secret|unhappy|full name|address)\b"
    ),
    (
        r"\b(?:filming|filmed|photographing|photographed|livestreaming|streaming|recording|recorded)\b.{0,60}"
        r"\b(?:kids|children|child|pupils?|class|playground|faces)\b"
    ),
    r"\b(?:hacked|impersonat\w+|fake (?:account|profile|page)|catfish\w*|sextort\w*|groom(?:ed|ing))\b",
    (
        rf"\b(?:i|ive|i have|weve|we have|we) (?:just |recently |also )?(?:saw|seen|found|noticed|spotted|came across|"
        rf"was sent|been sent|got sent|received)\b"
        rf".{{0,80}}\b(?:{HARMFUL}|{_CONTENT}|bullying|abuse)\b"
    ),
)
# Searched as one alternation: a single scan of the message, not one per way of telling.
_NARRATIVE = compiled("|".join(f"(?:{p})" for p in _NARRATIVES))
# "a child in my class is at risk", "she's not safe at home", "our children are in danger" (_AT_RISK); "she self
# harms", "he tried to kill himself" (_SELF_HARM): each searched only where its last words are, which it cannot match
# without. Their lookbehinds, tried at every position of every message, were two thirds of the report rules' time.
_TOLD_OF_SOMEONE = (
    (compiled(rf"{IN_DANGER}|{NOT_SAFE}"), compiled(_AT_RISK)),
    (compiled(_TO_THEMSELVES), compiled(f"{_SELF_HARM}|{_NAME_SELF_HARM}")),
)


def tells_what_happened(words: str) -> bool:
    """The (plain) message tells of a harm happening, in one of the ways _NARRATIVES, _AT_RISK and _SELF_HARM know."""
    # not a harm word naming what a policy or a lesson is about ("a dad asked if we do training on online grooming")
    if any(not names_a_topic(words, m.start(), m.end()) for m in _NARRATIVE.finditer(words)):
        return True
    return any(core.search(words) and whole.search(words) for core, whole in _TOLD_OF_SOMEONE)


# A harmful event and the word "report" together ("kid bullied on snapchat - report") is a report however terse.
_HARM_AND_REPORT = compiled(
    rf"\b{HARM_EVENT}\b.*\b(?:report|flag|escalate|log)\b|\b(?:report|flag|escalate|log)\b.*\b{HARM_EVENT}\b"
)


# A message of emoji alone: a thumbs-up or a smile is a nod ("ack"); any other ("😡😡😡", "😢") says something the
# bot cannot read, and is asked for in words ("no_words"), not answered "the policy doesn't cover that" and logged.
_NOD = frozenset("\U0001F44D\U0001F44C\U0001F642\U0001F60A\U0001F600\U0001F603\U0001F604\u263A\u2705\u2714"
                 "\U0001F64F\U0001F64C\U0001F44F\u2764\U0001F496\U0001F60D\U0001F970")
_NOT_SEEN = frozenset("\ufe0f\u200d\U0001F3FB\U0001F3FC\U0001F3FD\U0001F3FE\U0001F3FF")  # variation, joiner, skin


def _emoji_only(text: str) -> str | None:
    """"ack" or "no_words" when the message is pictures alone (no letter or digit, no control character)."""
    shown = [c for c in text if not c.isspace() and c not in _NOT_SEEN]
    if not shown or any(c.isalnum() or ord(c) < 0x2000 for c in shown):
        return None  # words, or plain punctuation and control characters: the usual reading
    return "ack" if all(c in _NOD for c in shown) else "no_words"


# A keycap emoji ("1️⃣", "#️⃣") is a picture of a digit: alone it read as the digit, "not covered" and logged as a
# question for the Headteacher (a number chosen from a menu long gone); read as the picture it is
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")


def smalltalk(text: str) -> str | None:
    """"greeting", "thanks", "ack", "bye", "joke", "how_are_you" or "who_are_you" when that is all the message is;
    "no_words" for emoji alone that are no nod."""
    text = _KEYCAP.sub("\u2b1c", text)
    words = plain(text)
    if not words:
        return _emoji_only(text)
    for kind, pattern in _SMALLTALK:
        if pattern.match(words):
            return kind
    return None


@functools.lru_cache(maxsize=512)  # the matcher, both models and the intent rules all ask for the same message's
def strip_pleasantries(text: str) -> str:
    """The message without a leading "hi", "thanks" or "ok" (so "hi, can I post photos?" is a question)."""
    words = plain(text)
    previous = None
    while words and words != previous:
        previous = words
        words = _LEADING.sub("", words, count=1)
    return words


def asks_to_confirm(text: str) -> bool:
    """The message only doubts the last answer ("really?", "are you sure?", "is that right?"), asking it confirmed."""
    return bool(_CONFIRMING.match(strip_pleasantries(text) or plain(text)))


def is_help(text: str) -> bool:
    """The person asks what the bot does or how to use it."""
    return bool(_HELP.match(strip_pleasantries(text) or plain(text)))


# "do we have to report colleagues who..." asks about a duty; "do I have to report this?" is about a case.
_DUTY_QUESTION = compiled(
    r"^(?:do|does|should|would|must|are|am|is|will|when do|what do|who do) (?:we|i|staff|teachers|you|all staff|"
    r"everyone|governors|parents)\b(?!.*\b(?:this|it|that|him|her|them|today|yesterday)\b)"
)


def report_signals(words: str) -> dict[str, bool]:
    """Which of the report rules the (pleasantry-stripped, plain) message meets: the learned report model
    weighs them beside its words."""
    needs_cue = bool(_NEEDS_CUE.search(words))
    asks_to_report = needs_cue and (len(words.split()) <= SHORT or bool(_SAFEGUARDING_CUE.search(words)))
    return {
        "explicit": bool(_EXPLICIT.search(words)) and not _DUTY_QUESTION.match(words),
        "needs_cue": asks_to_report,
        "cue_only": needs_cue,
        "hypothetical": bool(HYPOTHETICAL.match(words)),
        "harm_and_report": bool(_HARM_AND_REPORT.search(words)),
        "narrative": tells_what_happened(words),
        "incident": describes_incident(words),
        # what a post said of someone of the school, a name called or a slang verb of disparaging, told ("a parent
        # posted that mr smith is a paedo on facebook"): none of the harm words the rules above know, and the model was
        # taught few such tellings
        "disparaged": disparaged_online(words, asks_to_report),
    }


def rules_say_report(signals: dict[str, bool]) -> bool:
    """The hand-written rules' verdict alone: said so, or an incident told rather than a rule asked about."""
    if signals["explicit"] or signals["needs_cue"]:
        return True
    if signals["hypothetical"]:
        return False
    return signals["harm_and_report"] or signals["narrative"] or signals["incident"] or signals["disparaged"]
