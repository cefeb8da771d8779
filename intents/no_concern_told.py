"""Messages that tell no concern, though the report rules or the report model took them for one: good news and praise
("what a day! the kids made a video for the school facebook page", "a mum called mr smith a legend on facebook"), and
a story told to ask what the policy allows ("one of the parents asked if I could add her on facebook now that her son
has left, can I?").

The narrative rules take any picture made or posted for a pupil's image shared, and the report model weighs a parent,
a platform, a child and something done, whatever was done: a message full of those with nothing harmful in it was
begun as a report, surely. Here such a message is read for what it tells: with no concern in it, it is not a report;
where pupils may be in pictures someone outside the school shares, or a story of harm asks what the policy says of it,
it is a report only doubtfully, so it is answered as the question with the report offered first (or, where the policy
has nothing to say to it, begun with the way back), never dropped.
Works on `plain` text, except where the sentence a question sits in is looked for.
"""

from __future__ import annotations

import re
from typing import Literal

from intents.alternation import compiled
from intents.disparaged_online import what_was_posted
from intents.harm_readings import names_any_harm
from intents.incidents import HARM_TOLD_BESIDE
from intents.normalise import PICTURE_WORD, plain
from intents.rule_words import HARM_EVENT, HARMFUL, UNEASE
from intents.staff_intimidated import intimidates_staff
from intents.unease_told import uneasy_about_contact
from intents.year_groups import YEAR, YEARS

Lowered = Literal["question", "maybe"]

# Praise, thanks, pride and good news, as staff pass them on
_CHEER = compiled(
    r"\b(?:lovely|brilliant|amazing|fab|fabulous|fantastic|wonderful|beautiful|great|super|awesome|excellent|"
    r"nice|positive|supportive|cute|sweet|kind|proud|legend|hero|heroes|superstar|star|stars|success|successful|"
    r"the best|best ever|"
    r"well done|congrat\w*|celebrat\w*|thank(?:s|ed|ing)?|thank you|thankyou|grateful|loved|love it|love them|"
    r"enjoyed|happy|excited|delighted|praise\w*|compliment\w*|well behaved|so good|what a day|smashed it|buzzing|"
    r"award\w*|medals?|certificates?|winners?|won|prizes?|raised|charity|welcome|welcoming)\b"
)
# The school's own channels, where the school puts its own news ("for the school facebook page", "on the class blog")
_CHANNEL = (
    rf"(?:(?:the |our |my )?(?:school|schools|class|classes|{YEAR}|pta|schools own)"
    r" (?:facebook|fb|insta|instagram|twitter|x|website|web site|site|blog|page|youtube|channel|newsletter|dojo|"
    r"class dojo|seesaw|tapestry|account|app)|class (?:blog|page|dojo)|(?:on|to|for) (?:the )?(?:blog|website|"
    r"newsletter)|"
    # or a school audience: the pupils' own work shown at school or to a school it is twinned with
    r"(?:with|to|for) (?:the |our )?(?:other class(?:es)?|another class|partner school|twin school|class next door|"
    r"rest of the (?:class|school)|whole school|assembly|parents evening))"
)
SCHOOL_CHANNEL = compiled(rf"\b{_CHANNEL}\b")
# The school's own news: the pupils, the class, staff or the school making or putting their own work on the school's
# channels or before a school audience ("year 2 posted their stories on the class blog", "the kids shared their
# science videos with the other class"), not someone else's comment under it
_SCHOOL_NEWS = compiled(
    r"^(?:(?:just )?a heads up |fyi |so |well |today |this morning )?"
    rf"(?:we|i|(?:the |our |my )?(?:kids|children|pupils|class|school|pta|head|headteacher|office)|{YEAR}\w*|"
    r"reception|nursery|mrs \w+ class|mr \w+ class|miss \w+ class)\b(?: \w+){0,6}? "
    r"(?:posted|shared|made|sent|put|uploaded|wrote|performed|showed|presented|published|added)\b(?: \w+){0,8}? "
    rf"{_CHANNEL}\b"
)
# Anything that may make it a concern: harm, a worry, upset, pupils identified, a stranger or someone older, secrecy,
# contact kept up, mockery, a contrast ("but", "though") that tends to bring the problem, a complaint, a rule broken
_CONCERN = compiled(
    rf"\b(?:{HARMFUL}|{HARM_EVENT}|{UNEASE}|"
    r"worr\w*|concern\w*|upset\w*|cry|cried|crying|tears|sad|unhappy|angry|cross|furious|annoyed|hurt\w*|"
    r"bull\w*|picked on|left out|leave (?:him|her|them) out|leaving (?:him|her|them) out|excluded|ignor\w*|"
    r"mock\w*|laugh(?:ed|ing)? at|make fun|made fun|making fun|embarrass\w*|humiliat\w*|shame\w*|teas\w*|"
    r"without (?:asking|permission|consent|their|his|her|my|our|the)|no (?:photo )?consent|"
    r"consent|permission|approv\w*|nobody|no one|faces?|full names?|surnames?|address\w*|"
    r"where (?:he|she|they) lives?|location|"
    rf"{PICTURE_WORD} (?:of|showing) (?:a|an|another|one|this|that|some) (?:\w+ )?"
    r"(?:girl|boy|child|pupil|kid|classmate|student|teacher|member of staff|ta)s?|"
    r"identif\w*|looked after|cared for|protected|safeguard\w*|stranger\w*|man|men|older|teen\w*|adults?|"
    r"secret\w*|meet|dm\w*|private message\w*|keeps? (?:messaging|texting|ringing|calling|asking|sending|adding|"
    r"posting|commenting|following)|followed|follow request|friend request|added (?:me|her|him|them|pupils?|"
    r"kids|children)|swear\w*|sworn|slag\w*|rant\w*|complain\w*|moan\w*|criticis\w*|attack\w*|fight\w*|fought|"
    r"viral|spread\w*|going round|public|publicly|naked|swim\w*|changing|toilets?|bath\w*|bed\w*|pyjamas?|"
    r"underwear|knickers|bikini|drunk|alcohol|drugs?|vap\w*|weapon\w*|knife|knives|police|social services|"
    r"but|though|although|however|except|unfortunately|sadly|problem\w*|issue\w*|wrong|shouldnt|should not|"
    r"not allowed|not ok|not okay|not right|against|breach\w*|sacked|remove\w*|taken down|take (?:it|them) down|"
    r"delete\w*|block\w*|report(?:ed|ing)? (?:it|this|that|him|her|them|to)|hack\w*|scam\w*|"
    # a disclosure, or what a child's household or someone else's account is doing
    r"told me|told by|been told|hint\w*|disclos\w*|something (?:on|about|happened)|step ?(?:dad|mum|father|mother)|"
    r"boyfriend|girlfriend|uncle|found (?:my|her|his|their|our) (?:\w+ )?(?:facebook|fb|insta\w*|account|profile|"
    r"number|tiktok|page|snapchat)|follow(?:s|ing|ed)? (?:her|him|them|pupils?|kids|children|a pupil|a child)|"
    r"friends (?:on \w+ )?with (?:\w+ ){0,3}(?:pupils?|children|kids|students|girls?|boys?)|"
    r"for the log|log (?:this|it)|"
    # someone contacting a child, whatever their words ("a dad has been messaging a y6 girl on snapchat", "sends a y5
    # girl messages every night", "talking to a 16 year old"): the grooming the model weighed the parent and child for
    r"(?:messag|text|dm|snapchat|snapp|chatt|contact|whatsapp|facetim|call|ring)\w* (?:with |to )?"
    r"(?:(?:a|an|the|one of the|some|my|our|two|three) (?:\w+ ){0,2}?)?(?:girls?|boys?|child|children|kids?|pupils?|"
    rf"students?|{YEARS})|"
    r"sends? (?:a|an|the|some|two|three) (?:\w+ ){0,2}?(?:girls?|boys?|child|children|kids?|pupils?|students?|"
    rf"{YEARS}) (?:messages|texts|snaps|pics|photos|pictures|gifts|money|videos)|\d+ year olds?|"
    # a child passing something on ("one boy said his brother shows him…", "a pupil said a teacher kissed her"):
    # a disclosure, whatever its words
    rf"(?:child|kid|boy|girl|pupil|student|he|she|{YEAR})s? (?:\w+ ){{0,3}}?(?:said|says|told|tells|disclosed|"
    r"mentioned|whispered|admitted|confided)|"
    # what a child should not see or suffer, or an adult be, in words the lists above lack
    r"kiss\w*|alcoholic|dying|died|dead|death|gore|blood\w*|sex\w*|self harm\w*|suicid\w*|missing|"
    # names called, numbers shared
    r"call(?:ed|ing|s)? (?:\w+ ){0,3}names|(?:phone|mobile|parents|other parents|their|his|her|my|our) numbers?|"
    # what is said of someone in scorn
    r"useless|thick|stupid|idiot\w*|cheat\w*|favourites|avoid|lazy|rubbish|disgrac\w*|awful|terrible|pathetic|"
    r"shocking|ugl\w*|fat|cow|pig|wasted|poll|rate|rating|ranked|vot\w*)\b"
)
_PICTURE = compiled(rf"\b(?:{PICTURE_WORD}|film\w*|record\w*|tagg\w*|livestream\w*|live stream\w*|streamed|"
                   r"streaming|tiktoks?)\b")
# Someone outside the school who took or shared pictures ("a mum posted a photo…", "parents have been filming…"), not
# one who asked for them or wants to ("a dad asked if he could film the children", "a grandparent asked for a copy")
_SHARED_BY_OUTSIDER = compiled(
    r"\b(?:mums?|mothers?|dads?|fathers?|parents?|carers?|grand\w+|nans?|grans?|aunt\w*|uncles?|someone|somebody|"
    r"people|visitors?|family|families|neighbours?|local paper|press|paper)"
    r"(?: (?!asked\b|asks\b|asking\b|wants?\b|wanted\b|would\b|could\b|can\b|if\b|whether\b|to\b)\w+){0,3} "
    r"(?:has |have |had |was |were |is |are |just |keeps? |been )*(?:posted|shared|put|uploaded|filmed|took|taken|"
    r"tagged|posting|sharing|putting|uploading|filming|taking|recorded|recording|streamed|streaming|sent|sending)\b"
)
# Put where anyone may see it, not the school's own channels ("…and shared it on tiktok")
_SHARED_OUTSIDE = compiled(
    r"\b(?:posted|shared|put|uploaded|sent|posting|sharing|putting|uploading|sending)\b.{0,60}\b(?:on|to|in|onto) "
    r"(?:(?:his|her|their|my|a|the) )?(?:own )?(?:facebook|fb|tiktok|tik tok|insta|instagram|snapchat|snap|"
    r"whatsapp|youtube|twitter|x|online|the internet|group chat|story|stories)\b"
)
# Tears of joy and the like: no one upset
_GLAD_TEARS = compiled(r"\b(?:(?:crying |cried |in )?happy tears|tears of joy|"
                       r"(?:cry|crying|cried) with (?:joy|laughter))\b")

# What the policy allows, asked in the last clause of a story ("…, is that allowed?", "…, I wasn't sure so can I?",
# "…. Are parents allowed to do that?"); not what to do about it ("what should I do?", "who do I tell?")
_ALLOWED = compiled(
    r"\b(?:(?:can|could|may|shall) (?:i|we|she|he|they|parents?|staff|teachers?|the pta|you|us|it)\b|"
    r"(?:am i|are (?:we|they|you|parents|staff|teachers)|is (?:she|he|it|that|this|the pta)) (?:\w+ )?allowed|"
    r"allowed to|(?:is|would) (?:it|that|this) (?:be )?(?:ok|okay|alright|all right|fine|allowed|a problem|an issue|"
    r"against|covered|permitted|acceptable|appropriate)|"
    r"(?:do|does|would) (?:i|we|she|he|they|parents|you) (?:\w+ )?need (?:permission|consent|to)"
    r"(?! (?:tell|report|flag|log|pass|raise|speak|talk|contact|inform|let|do something)\b)|"
    r"should (?:i|we|she|he|they)\b(?! (?:tell|report|flag|log|pass|raise|speak|talk|contact|do|be worried)\b)|"
    r"(?:does|do|would|will) (?:the |our )?(?:policy|code|rules?) (?:\w+ )?(?:allow|say|cover|apply|mean|let)|"
    r"what does (?:the |our )?(?:policy|code|guidance) say|(?:under|in|by) (?:the |our )?(?:policy|code|rules)|"
    r"(?:against|breaking|break|breach) (?:the |our )?(?:policy|code|rules)|covered|whats the (?:rule|policy))"
)
# A closing question about the policy or the school's part ("is that covered?", "what will the school do?", "can school
# take action?", "is that our business?", "does it matter that school was closed?"), not about what the asker should
# do now ("what do I do?", "who do I tell?")
_ABOUT_THE_POLICY = compiled(
    r"\b(?:policy|policies|code|rules?|covered|cover (?:that|this|it)|allowed|permitted|against|reach|apply|applies|"
    r"(?:can|could|will|would|does|do|should|is) (?:the )?school|schools? (?:\w+ )?(?:business|problem|"
    r"responsibility|remit|stance|place)|school (?:\w+ ){0,2}(?:act|take action|step in|deal|get involved|respond|"
    r"treat|do)|our (?:business|problem|responsibility|remit|stance|place)|ours to deal|any say|grounds|"
    r"meant to|supposed to|expect\w* (?:of|on|from)|(?:does|would|will) (?:it|that|this) (?:still )?(?:matter|change|"
    r"count)|(?:can|could) (?:we|they) (?:still )?(?:step in|take action|act|deal with|take (?:it|this|that) up|"
    r"get involved)|(?:schools?|our|the) remit|nothing to do with (?:us|school|the school)|"
    r"(?:school|we) (?:still )?(?:gets?|get) involved|which (?:document|policy|part|section)|written down)\b"
)
# Asking for something to be done about it ("can we get it taken down?", "can I block him?"): a report's question
_ACTED_ON = compiled(r"\b(?:taken?(?: \w+)? (?:down|sown|off)|get rid|remov\w*|delet\w*|stop (?:him|her|them|it)|"
                     r"block\w*|report\w*|ban\w*)\b")
_TAG = compiled(r"\b(?:(?:is|would) (?:that|it|this) (?:be )?(?:ok|okay|alright|allowed|a problem|covered|"
                r"against (?:the )?(?:rules|policy))|"
                r"(?:can|could) (?:i|we|she|he|they)(?: do (?:that|it|this))?|(?:am i|are we) allowed)$")
_LAST_CLAUSE = re.compile(r"[,.;:!?\n]+|\s[-–—]+\s")
STORY_WORDS = 5  # fewer words before the question than this are no story ("photos, can I?")


_HARMFUL = compiled(rf"\b(?:{HARMFUL}|{HARM_EVENT}|{UNEASE})\b")


def harm_told(words: str) -> bool:
    """The (plain) words name harm, as the report rules' harm words and the harm readings hear it."""
    return bool(_HARMFUL.search(words) or HARM_TOLD_BESIDE.search(words) or names_any_harm(words)
                or uneasy_about_contact(words) or intimidates_staff(words) or what_was_posted(words) is not None)


def concern_told(words: str) -> bool:
    """The (plain) words tell of harm, a worry, pupils identified, a stranger, mockery, a complaint, or anything else
    a teacher may be reporting."""
    return bool(_CONCERN.search(_GLAD_TEARS.sub(" ", words))) or harm_told(words)


def _pupils_pictured_outside(words: str) -> bool:
    """Pictures or films in it, taken or shared by someone outside the school, or shared where anyone may see them
    and not on the school's own channels: a pupil's image may be shared, as a parent posting the class party would."""
    if not _PICTURE.search(words):
        return False
    return bool(_SHARED_BY_OUTSIDER.search(words)
                or (_SHARED_OUTSIDE.search(words) and not SCHOOL_CHANNEL.search(words)))


def story_and_question(text: str) -> tuple[str, str] | None:
    """The story told before a closing question, and that question, as plain words; None when the message does not
    end so."""
    stripped = text.strip()
    parts = [p for p in _LAST_CLAUSE.split(stripped) if p.strip()]
    if len(parts) < 2:
        return None
    asked = plain(parts[-1])
    # Asked with its question mark, or a question tag ending the message ("…, is that okay")
    if not (stripped.endswith("?") or _TAG.search(asked)):
        return None
    story = plain(" ".join(parts[:-1]))
    return (story, asked) if len(story.split()) >= STORY_WORDS else None


def lowered(text: str, words: str) -> Lowered | None:
    """How far a message taken for a report is one, when it tells no concern: "question" (good news, or a story that
    asks what is allowed, with nothing of concern in it), "maybe" (pupils may be in pictures shared outside the school;
    or a story of a concern asks what the policy says of it), or None (nothing to say: the reading stands)."""
    told = story_and_question(text)
    if told is not None:
        story, asked = told
        # the cheap tests first: the harm readings cost more than all the rest, and most reports fail these
        allowed = bool(_ALLOWED.search(asked)) and not _ACTED_ON.search(asked)
        about = bool(_ABOUT_THE_POLICY.search(asked))
        if not (allowed or about):
            return None
        # Nothing of concern told, and what is allowed asked (the question's own words, "is that against the rules?",
        # "do we need consent?", are no concern): a question
        if allowed and not (concern_told(story) or harm_told(asked)):
            return "maybe" if _pupils_pictured_outside(story) else "question"
        # What the policy or the school does asked of what was told ("does the bullying part of the policy reach
        # that?", "what will the school do?"): perhaps a concern, so the report is offered with the answer
        return "maybe" if about else None
    # Good news says so: a school channel alone carries complaints as often ("a comment under the school's post…")
    if not (_CHEER.search(words) or _SCHOOL_NEWS.search(words)) or concern_told(words):
        return None
    return "maybe" if _pupils_pictured_outside(words) else "question"
