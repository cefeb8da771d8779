"""Words typed on a report's summary, read for which part of the report they may change.

"actually it was on monday at 3pm not yesterday" names a day and a time (When); "it was on instagram not facebook"
an app (Where it happened); "the child is Amy P in year 4" a year group (Who is affected). A guess only ever puts
one part first among the choices: the teacher presses the part, and nothing is changed without that press. Each
function reads a whole message and says only what it is; `concern_report` decides what that does.
"""

from __future__ import annotations

import re

from bot.flows.bare_words import plain
from bot.flows.concern_wording import FIELD_LABELS

# What each part's words are likely to name. A message naming one part's only is that part's, offered first; naming
# two or more, or none, it is nobody's guess, and the parts are offered in the summary's order.
_HINTS: dict[str, re.Pattern[str]] = {
    "danger": re.compile(r"\b(?:(?:in )?danger|at risk|not safe|unsafe|kill\w*|suicid\w*|self[ -]?harm\w*|"
                         r"hurt (?:him|her|them)sel(?:f|ves))\b"),
    # "class 4b", not the class teacher or the class's own chat, which name staff or a place
    # (its own year group: year_groups.YEAR would also take "yrs 5", "years 3" as the class affected, untested)
    "affected": re.compile(r"\b(?:year \d{1,2}|y\d{1,2}|yr ?\d{1,2}|reception|"
                           r"class (?!(?:teachers?|tas?|dojo|chats?|groups?|whatsapp|e-?mails?)\b)\w+|"
                           r"(?:child|pupil|girl|boy|victim)(?:'s)? (?:is|was|name)|(?:she|he) is in)\b"),
    # "jayden did it", not "where did it happen", which asks when or where
    "responsible": re.compile(r"(?:\b(?:account|username|user name|handle|profile|posted by|sent by|"
                              r"responsible|was behind it|perpetrators?|culprits?|the bull(?:y|ies))\b|@\w|"
                              r"\bdid it\b(?! (?:happen|start|begin|occur|take place|go on|get)))"),
    "platform": re.compile(r"\b(?:whatsapp|facebook|fb|instagram|insta|tik ?tok|snapchat|snap|twitter|youtube|"
                           r"discord|roblox|minecraft|fortnite|messenger|game chat|online game|text messages?|"
                           r"by text|texts|e-?mail)\b"),
    "when": re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last night|"
                       r"(?:this |last |in the )?(?:morning|afternoon|evening)|lunch ?time|break ?time|weekend|"
                       r"last week|half term|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}[:.]\d\d|\d{1,2}(?:st|nd|rd|th)|"
                       r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
                       r"january|february|march|april|june|july|august|september|october|november|december|"
                       r"o'?clock)\b"),
    "evidence": re.compile(r"\b(?:screen ?shot\w*|screen ?grabs?|evidence|photos? of|pictures? of|links?|url|"
                           r"https?://\S+|recording|video of|showed me|saved (?:it|them|the \w+)|print ?outs?|"
                           r"printed)\b"),
    "disclosure": re.compile(r"\b(?:(?:she|he|they|the child|the pupil) (?:also |then |later )?(?:said|says|told me)|"
                             r"(?:her|his|their|the child'?s) (?:exact |own )?words)\b"),
    "actions": re.compile(r"\b(?:i(?:'ve| have)? (?:now |also |already |just )?(?:told|rang|called|phoned|emailed|"
                          r"spoke|spoken|informed|reported|messaged|contacted|let)|"
                          r"(?:(?:the )?police|social services|parents?|mum|dad|the dsl|the head) (?:knows?|"
                          r"(?:has|have|had) been (?:called|contacted|informed|rung|phoned)|"
                          r"(?:has|have|had|was|were) been told|(?:was|were) told))\b"),
}


def part_meant(text: str) -> str | None:
    """The one part of the report typed words name (a step's name: "when", "platform"...), or None: none or
    several. A part said to have nothing ("no evidence", "none taken") is that part's."""
    if (none_for := part_said_none(text)) is not None:
        return none_for
    words = text.lower().replace("\u2019", "'")
    if _DOER.search(words):  # "Jake in year 6 is the one bullying him": the year group is the doer's, not the child's
        return "responsible"
    named = [part for part, hint in _HINTS.items() if hint.search(words)]
    return named[0] if len(named) == 1 else None


# Who did it, told as the one doing the report's harm to its child: "Jake is the one bullying him", "it was Leo who
# sent it", "Leo has been sending him threats", "Jake keeps messaging her"
_DOER = re.compile(r"\b(?:(?:is|was|are|were|s) the ones? (?:who|that|doing|behind|bullying|sending|messaging|"
                   r"posting|sharing)|it was \w+ (?:who|that)|(?:has|have|had) been \w+ing (?:him|her)|"
                   r"(?:keeps|kept|keep) \w+ing (?:him|her)|"
                   r"the ones? (?:doing it|doing this|behind it|behind this|who did it|who(?:s| is) doing it))\b")


def may_be_for(text: str, part: str) -> bool:
    """Typed words that may belong in `part` (its words are among theirs, whatever else they name): "screenshots of
    the chat on the class iPad" may be evidence, "actually it was on monday" may not."""
    hint = _HINTS.get(part)
    return part_said_none(text) == part or (hint is not None and hint.search(text.lower().replace("\u2019", "'"))
                                            is not None)


# A part typed by name in answer to "Which part should this change?" ("when", "the evidence", "edit: who is
# affected", "put it in what happened please")
_PART_NAMES: dict[str, str] = {plain(label): name for name, label in FIELD_LABELS.items() if name != "confirm"} | {
    name: name for name in FIELD_LABELS if name not in ("confirm", "what")} | {  # "what?" asks, names nothing
    "kind": "category", "danger": "danger", "affected": "affected", "responsible": "responsible", "where": "platform",
    "place": "platform", "app": "platform", "date": "when", "time": "when", "day": "when",
    "childs words": "disclosure", "action": "actions", "child": "affected", "pupil": "affected", "kid": "affected",
    "type": "category"}
_AROUND_A_NAME = re.compile(r"(?:(?:i (?:need|want|have|would like|d like) to|id like to|can i|could i|let me|"
                            r"how do i|edit|change|correct|fix|update|put (?:it|them) (?:in|under|as)|"
                            r"it goes (?:in|under)|its|it is|"
                            r"in|under|for|to|as|please|pls|ok|okay|no|sorry|oops|wrong|not that(?: one)?|"
                            r"can you|could you|remove|delete|clear|take out)[ ,]+)*"
                            r"(?:the )?(?P<part>.+?)"
                            r"(?:[ ,]+(?:please|pls|thanks|thank you|part|one|answer|bit|"
                            r"(?:is |was |s )?(?:wrong|not right|incorrect|needs changing)))*")


# A part said to have nothing, and nothing else ("no evidence", "there is no evidence", "no action taken yet", "no
# child named"): what that part should say, not a wish to open it. "no danger" is left to `part_named`, as the danger
# question is answered by a choice, and "no" alone names nothing
_NONE_OF = re.compile(r"(?:(?:(?:there|theres|there is|there was|there are|there were|we have|weve|i have|ive|we had|"
                      r"i had|they have|theyve)(?: got)?|(?:its|it is|it was|thats|that is|that should be)) )?"
                      r"(?:no|none|nothing|not any|no more|zero)(?: (?:of )?(?:the|any))? (?P<part>.+?)"
                      r"(?:[ ,]+(?:yet|taken|done|given|named|known|needed|so far|at all|as yet|now|either|really|"
                      r"found|seen|saved|kept|please|thanks|sorry))*")
# Nothing done, said without naming the part ("none taken", "nothing done yet", "nothing so far")
_NOTHING_DONE = re.compile(r"(?:(?:there|theres|there is|there was|weve|ive) )?(?:no|none|nothing)"
                           r"(?: (?:action|actions|steps?))?(?:[ ,]+(?:taken|done|yet|so far|as yet|at all))+")
_NONE_NAMES = {"screenshots": "evidence", "screenshot": "evidence", "proof": "evidence", "photos": "evidence",
               "pictures": "evidence", "messages saved": "evidence", "children": "affected", "child": "affected",
               "names": "affected", "name": "affected", "steps": "actions", "step": "actions"}


def part_said_none(text: str) -> str | None:
    """The part typed words say has nothing ("no evidence", "there is no evidence", "none taken"), and they say
    nothing else; None for any other words, and for "no danger", which opens the danger question instead."""
    part = says_none_of(text)
    return part if part not in ("danger", "category") else None


def says_none_of(text: str) -> str | None:
    """Any part typed words say has nothing, "no danger" included: words about what a part should say, never the
    name of a part chosen (at "Which part should this change?", "no danger" is more words, not the danger part)."""
    said = plain(text)  # commas kept: "no, evidence" answers a question, naming the part
    if _NOTHING_DONE.fullmatch(said):
        return "actions"
    found = _NONE_OF.fullmatch(said)
    if found is None:
        return None
    return _PART_NAMES.get(found.group("part")) or _NONE_NAMES.get(found.group("part"))


def part_named(text: str) -> str | None:
    """The part a message names and says nothing else (a step's name), or None."""
    found = _AROUND_A_NAME.fullmatch(plain(text))
    return _PART_NAMES.get(found.group("part")) if found else None


# A part named and what it should say, in one message: "change when to Monday", "set the date to 14/11", "change who
# is responsible to Mrs Patel", "when should be yesterday afternoon". Only the words after "to" or "should be" are the
# part's answer (they used to go in whole: When "change when to Monday").
_SET_TO = re.compile(r"(?:(?:please|pls|can you|could you|can i|could i|i want to|i need to|id like to|i'd like to|"
                     r"ok|okay|sorry|oops|oh|no|actually|just)[ ,]+)*(?:change|set|make|update|correct|switch|alter)"
                     r" (?:the )?(?P<part>[\w' ]+?) (?:to|as|into)\s*[:\-]?\s+(?P<value>\S.*)", re.I | re.S)
_SHOULD_BE = re.compile(r"(?:(?:sorry|oops|oh|no|actually|and|also)[ ,]+)*(?:the )?(?P<part>[\w' ]+?) "
                        r"(?:should|needs to|ought to|must|has to|is meant to) (?:be|say|read)\s*[:\-]?\s+"
                        r"(?P<value>\S.*)", re.I | re.S)
# A part's label typed before its answer, as the summary shows it ("Where: library", "When: Friday 3pm"): the label
# went in with it ("Where it happened: Where: library")
_LABELLED = re.compile(r"(?:the )?(?P<part>[\w' ]+?)\s*:\s*(?P<value>\S.*)", re.I | re.S)
# "the child should be moved class" tells what should happen, not what a part should say: those synonyms are parts
# only after "change … to"
_NOT_A_PART_BEFORE_SHOULD = frozenset({"child", "pupil", "kid", "action"})
# ...and "the app should be reported to CEOP", "the evidence must be kept safe", "the app should be got rid of" tell
# what should be done with it: no part's answer begins with a deed done to it (Where became "reported to CEOP", then
# "got rid of"). A deed is any past participle, a word or two of how first ("properly looked into"): the irregular
# and the commonest ones by name, any other word in -ed as typed in lower case ("Mohammed" and "Alfred" are names, and
# "Fred" too short; "mohammed" is asked about, never misfiled)
_DONE_IRREGULAR = (r"got|gotten|put|set|made|kept|taken|done|seen|sent|told|given|shown|hidden|thrown|brought|caught|"
                   r"left|cut|let|beaten|spoken|written|stolen|bought|held|found|sold|lost|run|shut|hung|dealt|read|"
                   r"torn|broken|chosen|frozen|shaken|forgotten|forgiven|drawn|known|grown|blown|sworn|paid|laid|"
                   r"said|gone|struck|undone|rid|"
                   # the commonest regular ones, whatever their case ("Banned", "Reported to CEOP")
                   r"reported|banned|blocked|removed|deleted|preserved|saved|stored|passed|handed|informed|contacted|"
                   r"checked|investigated|looked|followed|escalated|referred|monitored|stopped|closed|suspended|"
                   r"excluded|moved|protected|logged|recorded|raised|flagged|shared|sorted|wiped|binned|dumped")
_DONE_WITH_IT = re.compile(rf"(?:(?:\w+ly|all|also|then|now|just|first|still|both) )*"
                           rf"(?:(?i:{_DONE_IRREGULAR})|[a-z]{{3,}}ed)\b")
_COURTESY_AFTER = re.compile(r"(?:[ ,]+(?:please|pls|thanks|thank you|instead|then))+\W*$|[ ,]*[.!]+$", re.I)
_ONLY_COURTESY = re.compile(r"(?:(?:please|pls|thanks|thank you|instead|then|now)[ ,]*)+")
WHO = "who"  # "change who to Mrs Patel": who is affected, or who is responsible? Asked, never guessed
# Parts whose answer is a few words (a name, a place, a day) or a choice: "tuesday and send it" or "friday, also he
# has her number" is never such an answer, where in "What happened" it may be what happened
_SHORT_PARTS = frozenset({WHO, "category", "danger", "affected", "responsible", "platform", "when"})
# Another part named with what it should say after the first ("change when to friday and where to snapchat"): one
# part's answer would take the other's words, so the message is asked about whole. Looked for after every joining word
# (a lookahead: matches overlap), as the first "and" of "change affected to Sam and Tom and responsible to Jo" reads
# "Tom and responsible" as the part's name, no part, and "responsible" after the second was never looked at: Jo went
# into Affected
_ANOTHER_PART = re.compile(r"(?=(?:,|;|\n|[.!?]\s|\band\b|\bthen\b|\balso\b)\s*(?:(?:and|also|then|change|set|make|"
                           r"update|correct) )*(?:the )?(?P<part>[\w' ]+?)"
                           r"(?: (?:to|as|should be|needs to be|must be)\s+|\s*:\s*)\S)", re.I)


def _other_parts(text: str) -> list[int]:
    """Where each other part named with what it should say begins (at the joining word before it), each once."""
    cuts: dict[int, int] = {}
    for more in _ANOTHER_PART.finditer(text):
        if _named_part(more.group("part")):
            cuts.setdefault(more.start("part"), more.start())  # ", and where to…": cut at the comma, once
    return sorted(cuts.values())
# More told beside a short part's answer ("friday and also he has her number", "snapchat, and he also messaged her on
# tiktok", a second line or sentence: "Monday. He sent her a photo too"): asked about whole, never put in that part.
# A title's or an initial's full stop ends no sentence ("Mrs. Patel", "Amy P. Year 5", "3 p.m. on Friday")
_MORE_TOLD = re.compile(r"\balso\b|\n|(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)(?<!\b\w)[.!?;]\s+\S", re.I)
# ...and a clause after a comma or dash, told with a subject of its own or joined as one ("snapchat, he added her
# there", "monday - she told me at break", "Saturday, because that is when he messaged"): "change platform to snapchat,
# he added her there and when to monday" put "snapchat, he added her there" into Where. Not a name's or a day's own
# comma ("Amy P, Year 5", "Mrs Patel, the TA", "Saturday, about 9pm"). Nor a time or a person said after it: "after",
# "before", "until", "since" and "while" open a clause only with a subject ("Saturday, after he messaged", not
# "Saturday, after school"), a possessive only with a verb after its noun ("monday, her mum told me", not "Mrs Patel,
# my class TA" or "Sam B, his older brother"), and "I think" at the end only hedges: each of those went to "Which
# part?", and the part chosen got the whole message, "change when to" and all
_SUBJECT = r"(?:he|she|they|i|we|it|you|someone|somebody)\s+\w"
_VERB = (r"(?:\w+ed|told|said|saw|sent|says|tells|is|was|were|has|had|thinks|thought|knows|knew|found|came|went|did|"
         r"does|got|gets|showed|shows|wants|will|would|can|could|may|might)\b")
_CLAUSE_AFTER = re.compile(rf"(?:,|\s[-\u2013\u2014])\s*(?:(?:and|but|so|then|cos|because|as|where|when|which|who|"
                           rf"though|although)\b|(?:after|before|until|till|since|while)\s+{_SUBJECT}|"
                           rf"(?!i (?:think|believe|guess|reckon|assume)\W*$){_SUBJECT}|"
                           rf"(?:his|her|their|my|our)(?: \w+){{1,2}}? {_VERB})", re.I)
# Said around "send" to hurry or thank, never to tell; one list for "send" typed alone on the summary
# (`concern_report.says_send`) and after a part's answer here, so what sends there is never a part's answer here
SEND_NUDGE = (r"(?:please|pls|plz|ok|okay|yes|yeah|yep|now|right now|urgent|urgently|its urgent|it is urgent|asap|"
              r"quickly|quick|straight away|right away|immediately|thanks|thank you|thx|ta|cheers|just|can you|"
              r"could you|go ahead and|go ahead|then)")
SEND_WORDS = r"(?:send|submit)(?: (?:it|this|that|the report|my report|report|it off|it in|it through))?"
# Send asked for after a short part's answer ("set when to tuesday, please send", "change where to snapchat then send
# it", "…, send it asap"): not part of the answer; the summary is shown again with the change, its Send button to press
# (before "send", only a few words: the last of the answer may be one of the others, "the TA", "just now")
_SEND_AFTER = re.compile(rf"(?:\s*,\s*|\s+)(?:(?:and|then|so|and then)[ ,]+)?(?:(?:please|pls|ok|just)[ ,]+)*"
                         rf"{SEND_WORDS}(?:[ ,]+{SEND_NUDGE})*\W*$", re.I)


def _named_part(said: str) -> str | None:
    """A part by the words naming it ("where", "the date", "who is responsible"), WHO for "who" alone, or None."""
    said = plain(said)
    return WHO if said == WHO else _PART_NAMES.get(said)


def part_set_to(text: str) -> tuple[str, str] | None:
    """The part a message sets and the words it should say, as (a step's name, or WHO for "who" alone, and the words
    as typed, without the please after them), or None: no part named, or nothing after it."""
    text = text.strip()
    for pattern in (_SET_TO, _SHOULD_BE, _LABELLED):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        part = _named_part(found.group("part"))
        if pattern is _SHOULD_BE and (plain(found.group("part")) in _NOT_A_PART_BEFORE_SHOULD
                                      or _DONE_WITH_IT.match(found.group("value"))):
            part = None
        value = found.group("value")
        if part in _SHORT_PARTS:
            value = _SEND_AFTER.sub("", value)
            if _MORE_TOLD.search(value) or _CLAUSE_AFTER.search(value):
                return None
        value = _COURTESY_AFTER.sub("", value).strip()
        if _other_parts(value):
            return None
        if part is not None and value and not _ONLY_COURTESY.fullmatch(plain(value)):
            return part, value
    return None


def words_for(text: str, part: str) -> str:
    """What typed words say for `part` once it is chosen at "Which part should this change?": the words after "change
    when to" when they named that part ("change when to Tuesday, when she got home" chose When: "Tuesday, when she got
    home", not the whole instruction), else the words as typed."""
    text = text.strip()
    for pattern in (_SET_TO, _LABELLED):
        found = pattern.fullmatch(text)
        named = _named_part(found.group("part")) if found is not None else None
        if named is not None and (named == part or (named == WHO and part in ("affected", "responsible"))):
            return _COURTESY_AFTER.sub("", found.group("value")).strip() or text
    return text


# Parts that may be set two or more in one message ("change when to monday and where to the library", "when: monday,
# where: library"): each answer a few words, put straight in. Not "who" (which of two is asked), nor a choice (the
# kind, the danger question: a button takes no words), nor a long part (its Replace it / Add to it is asked)
_SET_TOGETHER = frozenset({"affected", "responsible", "platform", "when"})
# What joins one part's setting to the next, left off the next before it is read alone ("and where to…", ", then…")
_JOINED_BY = re.compile(r"^(?:\s*(?:,|;|\n|[.!?](?=\s)|\band\b|\bthen\b|\balso\b))+\s*", re.I)


def parts_set_to(text: str) -> tuple[tuple[str, str], ...] | None:
    """Each part a message sets and the words it should say, in the order typed: one (`part_set_to`), or several
    when every one of them is a part named with its answer, each a short part's few words and each part once ("change
    when to monday and where to the library", "When: Monday\nWhere: library"); None otherwise, the message to be asked
    about whole ("change when to friday and also he has her number", "change who to X and where to Y")."""
    if (one := part_set_to(text)) is not None:
        return (one,)
    text = text.strip()
    cuts = _other_parts(text)
    if not cuts:
        return None
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    found: list[tuple[str, str]] = []
    for i, piece in enumerate(pieces):
        piece = _JOINED_BY.sub("", piece) if i else piece
        # after the first, the verb is the first's: "change when to monday and where to the library"
        setting = part_set_to(piece) or (part_set_to(f"change {piece}") if i else None)
        if setting is None or setting[0] not in _SET_TOGETHER or setting[0] in (p for p, _ in found):
            return None
        found.append(setting)
    return tuple(found)


# Leaving the words out, said instead of pressing Don't change anything
_NO_CHANGE = re.compile(r"(?:(?:no|nah|nope|sorry|ok|okay)[ ,]+)*(?:(?:dont|do not) change (?:anything|it|them|that|"
                        r"a thing)|nothing|none|no changes?|nothing to change|never mind|nevermind|neither|"
                        r"ignore (?:it|that|them|me)|forget (?:it|that)|leave it(?: as it is)?|as it was|"
                        r"(?:scrap|bin|delete|disregard|drop) (?:it|that|them))"
                        r"(?:[ ,]+(?:thanks|thank you|please|sorry))*")


def says_no_change(text: str) -> bool:
    return _NO_CHANGE.fullmatch(plain(text)) is not None


# Said to the bot, not about the report ("hello", "hmm", "oops", "all done"): never taken as words that change an
# answer
_ASIDES = frozenset(("hi hello hey hiya morning hmm hm um erm er uh ah oh oops sorry wait lol haha ha thx ta "
                     "cheers bye done finished complete all im i am thats that is everything what huh eh "
                     "pardon "
                     # that it is right, or to wait ("correct", "fine", "great, send", "hang on", "one sec"): a word
                     # to the bot, not what an answer should say
                     "fine correct right good great perfect lovely brilliant super ok okay send sned submit "
                     "hang on one sec second moment min minute actually just a").split())
# A slip owned up to ("oops wrong button", "sorry, pressed the wrong one"): never words for the report
_SLIP = re.compile(r"(?:(?:oops|whoops|sorry|oh|no|ah)[ ,]+)*(?:i )?(?:(?:pressed|clicked|hit|tapped|typed|chose|"
                   r"picked) )?(?:the )?wrong (?:button|one|thing|key|part|option|choice)(?:[ ,]+(?:sorry|oops))*")


# That there is no more to say ("nothing else", "no, that's all", "nothing more to add"): not a change, and not
# "don't change anything" either, which would leave out words waiting
_NO_MORE = re.compile(r"(?:(?:no|nope|ok|okay)[ ,]+)?(?:nothing (?:else|more)(?: to add)?|(?:thats|that is) (?:all|it)|"
                      r"no more to add|nothing to add)(?:[ ,]+(?:thanks|thank you|thx|ta))*")


def only_an_aside(text: str) -> bool:
    """Nothing but greetings, noises, "done" or "that's right" (or nothing at all, emoji aside), a slip owned up
    to, that there is no more to say, or a bare number."""
    words = plain(text).replace(",", " ").split()
    return (all(word in _ASIDES for word in words) or (len(words) == 1 and words[0].isdigit())
            or _SLIP.fullmatch(" ".join(words)) is not None or _NO_MORE.fullmatch(" ".join(words)) is not None)


# Only that something is wrong, not what it should say ("no that's wrong", "change it", "it's not right")
_ONLY_WRONG = re.compile(r"(?:(?:no|oh|oops|sorry|wait|hang on|actually)[ ,]+)*(?:(?:thats|that is|its|it is|this is|"
                         r"something is|somethings|one is|ones) )?(?:wrong|not right|incorrect|not correct|a mistake|"
                         r"mistake|my mistake)|(?:i (?:need|want|have) to |can i |how do i |let me |please )?"
                         r"(?:change|edit|correct|fix) (?:it|that|this|something|one|an answer|my answer)"
                         r"(?:[ ,]+(?:please|thanks|sorry))*")


def says_only_wrong(text: str) -> bool:
    return _ONLY_WRONG.fullmatch(plain(text)) is not None
