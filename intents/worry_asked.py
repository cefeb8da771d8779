"""Worries about a child that the harm readings missed, asked of or told before another question (review revU).

- A polite frame round the asking: "Good morning, I was wondering who I should tell if a child says her stepdad hurts
  her? Kind regards" is read as "who should I tell if a child says her stepdad hurts her?" (`unframed`): the frame's
  indirect word order ("who I should tell") hid the asking from every reading that looks for "who should I tell".
- Who to tell, or what to do, about a sign a child may be at risk that is no harm word ("if a child seems withdrawn
  after being online", "if a pupil looks thin and tired"), or about a safeguarding harm itself, no child named ("who
  should I speak to about neglect?"), and a pupil contacting the asker late at night ("what should i do if a pupil
  keeps emailing me late at night?"): `worry_asked`.
- "What if" a child is blackmailed, groomed or exploited ("what if a pupil is being blackmailed online?"), which the
  told-case net does not know: `coercion_what_if`.
- A worry told surely in a sentence of its own, then a question about something else ("So at lunch Amy told me her
  stepdad shows her videos. Anyway, who handles the school minibus bookings?"): `worry_told_before`.

Each only offers the report first (`understanding`); none begins one. Works on `plain` text, except where it says.
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.courtesy import without_courtesy
from intents.harm_asked import _CHILD, _CONDITION
from intents.intent_rules import strip_pleasantries
from intents.rule_words import CARER, DAD, MUM, PARENTS_PARTNER, SIBLING, STEP_PARENT, WIDER_FAMILY
from intents.year_groups import YEARS

# The frame's indirect question, put back as asked: "who I should tell" → "who should I tell", "whether I should
# report" → "should I report"; the raw text, as the report readings take it
_INDIRECT = re.compile(r"^(who|what|where|how|when)\s+(i|we)\s+(should|shall|must|can|could|would|ought to)\b",
                       re.IGNORECASE)
_WHETHER = re.compile(r"^(?:whether|if)\s+(i|we)\s+(should|must|need to|ought to|have to)\b", re.IGNORECASE)


def unframed(text: str) -> str:
    """The message without its courtesy (`courtesy.without_courtesy`) and its asking put back in direct word order;
    the message itself when it has no frame."""
    bare = without_courtesy(text)
    # Only a sign-off taken off the end is no frame the readings trip on, and may be the message's own words: "a parent
    # was waiting at my car to say thanks" without its "thanks" is a parent waiting at the car
    if text.strip().startswith(bare):
        return text
    bare = _INDIRECT.sub(lambda m: f"{m[1]} {m[3]} {m[2]}", bare, count=1)
    return _WHETHER.sub(lambda m: f"{m[2]} {m[1]}", bare, count=1)


# Who to tell or what to do, asked: as harm_asked's, and "who is the right person to speak to", "who can help"
_ASKS = compiled(
    r"\b(?:what (?:should|do|shall|must|would|can|am|are) (?:i|we)(?: supposed to| meant to| need to| have to)? do|"
    r"who (?:should|do|shall|must|would|can|will) (?:i|we)(?: need to| have to)? (?:tell|inform|contact|ring|call|"
    r"speak to|talk to|go to|report (?:it |this |that )?to|pass (?:it |this |that )?(?:on )?to|raise (?:it |this )?"
    r"with)|who (?:needs to|should|has to) (?:be told|know)|who to (?:tell|speak to|talk to|go to|report (?:it )?to)|"
    r"what to do|what(?:s| is) the (?:procedure|process|protocol)|how (?:do|should) (?:i|we) (?:report|raise)"
    r"(?: it| this| a concern)?)\b")
# Signs a child may be harmed or neglected that are no harm word: withdrawn, wasting, unkempt, changed
_SIGNS = compiled(
    r"\b(?:withdrawn(?! from)|(?:very |really |so |unusually )?(?:quiet|low|down) "
    r"(?:lately|recently|all the time|since|after)|"
    r"not (?:themselves|himself|herself)|(?:thin|skinny|underweight|losing weight|lost (?:a lot of )?weight)|"
    r"(?:tired|exhausted|sleepy) (?:all the time|every day|every morning|constantly)|(?:always|constantly) "
    r"(?:tired|exhausted)|(?:falls?|falling) asleep in (?:class|lessons?)|unkempt|dirty clothes|same (?:dirty )?"
    r"clothes|smells?|smelly|(?:no|without (?:a )?) coat in (?:winter|the cold)|changed (?:a lot|completely|since)|"
    r"behaviou?r (?:has )?changed|(?:scared|afraid|frightened|terrified) of (?:their|his|her) (?:\w+ )?(?:mum|dad|"
    r"parents?|step ?\w+|uncle|carer)|flinch\w*|wets? (?:themselves|himself|herself)|self ?harm\w*|cutting|"
    # drawn into crime by others, which no harm word names: "if i think a pupil is involved in county lines"
    r"county lines|(?:in|joined|joining) a gang)\b")
# A safeguarding harm asked about by name, no child needed: "who should I speak to about neglect?"
_HARM_SUBJECT = compiled(
    r"\babout (?:a |an |some |possible |suspected |my |our |the )?(?:\w+ )?"
    # "of" something that is no child is no harm: "abuse of the photocopier", "exploitation of our wifi"
    r"(?:(?:neglect|abuse|grooming|exploitation)(?! of (?!(?:a |an |the |our |my |this |that |one of (?:my|our) )?"
    r"(?:\w+ )?(?:pupil|child|student|kid|girl|boy|young|year|yr|y ?\d|learner)\w*\b))|"
    r"radicali[sz]ation|fgm|self ?harm|sextortion|county lines|domestic (?:abuse|violence)|a disclosure|"
    r"(?:a |my )?safeguarding (?:concern|worry|issue|matter)|(?:a |my )?(?:concern|worry) (?:about|for) "
    r"(?:a |one of (?:my|our) )?(?:child|pupil|kid|student)\w*)\b")
# A pupil contacting the asker out of hours: "a pupil keeps emailing me late at night"
_PUPIL_CONTACTS_ME = compiled(
    # not the asker's own child ("my own child keeps messaging me late at night")
    rf"\b(?<!my )(?<!own )(?:pupils?|students?|child|kids?|girls?|boys?|{YEARS}(?: \w+)?)(?: \w+){{0,2}} "
    r"(?:keeps? |kept |is |has been |have been |started |starts )?(?:emailing|e mailing|messaging|texting|dming|"
    r"snapchatting|calling|ringing|contacting|emails|messages|texts|dms|calls|rings|contacts|emailed|messaged|"
    r"texted|called|rang|contacted)(?: me| us)\b.*\b(?:late at night|at night|every night|in the night|"
    r"after (?:midnight|bedtime|\d+ ?pm)|at (?:\d+|one|two|three|midnight) ?(?:am)?\b|in the early hours|"
    # late evening by the clock: "at 11pm" had no word's end after its hour
    r"at (?:10|11|12)(?: ?\d\d)? ?pm|"
    r"at weekends?|at the weekend)"
    # what a pupil sends about their work, or about a school event, is no worry, whatever the hour ("at 10pm about
    # their coursework", "at the weekend to ask about the trip")
    r"(?!.*\b(?:about|asking for|to ask for) (?:(?:their|his|her|the|a|an|our|next|tomorrows?) )?(?:school )?"
    r"(?:homework|coursework|work|assignment|revision|exams?|project|trip|visit|play|show|concert|rehearsal|club|"
    r"match|fixture|kit|timetable|deadline|lesson|class)\b)")


def worry_asked(words: str) -> bool:
    """Who to tell or what to do, asked of a sign a child may be harmed, of a safeguarding harm by name, or of a pupil
    contacting the asker late at night (`words`: plain)."""
    asked = _ASKS.search(words)
    if asked is None:
        return False
    if _HARM_SUBJECT.search(words) or _PUPIL_CONTACTS_ME.search(words):
        return True
    # Each condition in turn: a courtesy's own "if" ("sorry if this is silly but who should i talk to about a pupil
    # who has lost a lot of weight?") comes first and holds no case
    for condition in _CONDITION.finditer(words):
        case = words[condition.end():asked.start()] if condition.start() < asked.start() else words[condition.end():]
        if _CHILD.search(case) is not None and _SIGNS.search(case) is not None:
            return True
    return False


_WHAT_IF = compiled(r"^(?:(?:and|but|so|ok|okay|also) )?(?:what (?:if|happens if|about if|would happen if|do (?:i|we) "
                    r"do if|should (?:i|we) do if)|wat if|wot if|suppose|supposing)\b")
# Coercion or exploitation of a child, which the told-case net does not know as a bare condition
# done to the child, not by them: "what if a child exploits a glitch in the reading app?" is no worry
_COERCED = compiled(r"\b(?:blackmail(?:ed|ing)|sextorted|groomed|being groomed|exploited|radicali[sz]ed|trafficked|"
                    r"coerced|"
                    r"pressur\w* (?:into|to send|to share)|threatened to share|being abused|molest\w*)\b")


def coercion_what_if(words: str) -> bool:
    """The (plain) message is a "what if" of a child blackmailed, groomed, exploited or pressured ("what if a pupil is
    being blackmailed online?"), or of a pupil contacting the asker late at night."""
    found = _WHAT_IF.match(words)
    if found is None:
        return False
    case = words[found.end():]
    return (_CHILD.search(case) is not None and _COERCED.search(case) is not None) or bool(
        _PUPIL_CONTACTS_ME.search(case))


_SENTENCE_GAP = re.compile(r"(?<=[?.!])\s+")
# A child's words passed on: someone at home or near it doing something to them, or going without ("Amy told me her
# stepdad shows her videos", "Ella said her uncle takes photos of her in the bath", "Mia said she hasn't eaten since
# Friday"); plain text, so "mum's boyfriend" is "mum boyfriend" and "hasn't" "hasnt"
_PASSED_ON = r"\b(?:told (?:me|us|her teacher|his teacher)|said|says|mentioned|whispered|let slip)(?: (?:to me|that))?"
_KIN = (rf"(?:her|his|their) (?:{STEP_PARENT}|{MUM}|{DAD}|{WIDER_FAMILY}|aunt\w*|gran\w*|older (?:{SIBLING}|cousin)|"
        rf"{PARENTS_PARTNER}|(?:mum|dad|mums|dads) (?:mate|friend)|babysitter|neighbour|childminder|{CARER}|lodger)")
_DONE = (r"(?:shows? (?:her|him|them) (?:\w+ )?(?:videos?|pictures?|pics|photos?|films?|things|stuff|websites?)|"
         r"takes? (?:photos?|pictures?|pics|videos?) of (?:her|him|them)|"
         # a blow with whom it lands on: "his dad hits the gym every morning" is no blow
         r"(?:locks?|hits?|hurts?|touch(?:es)?|smacks?|slaps?|kicks?|punch(?:es)?|beats?|chokes?|strangles?|burns?|"
         r"grabs?|pinches?|bites?) (?:her|him|them)|"
         r"makes? (?:her|him|them) (?:keep|watch|touch|sleep|stay|sit|take)|"
         r"sends? (?:her|him|them) (?:\w+ )?(?:videos?|pictures?|pics|photos?)|"
         r"comes? into (?:her|his|their) (?:room|bed)|"
         r"gets? into (?:her|his|their) bed|wont let (?:her|him|them) (?:eat|sleep|leave|go out)|"
         r"(?:doesnt|dont|forgets? to) feed|"
         r"leaves? (?:her|him|them) (?:home |at home )?(?:alone|on (?:her|his|their) own))")
_WITHOUT = (r"(?:she|he|they) (?:hasnt|hadnt|havent|has not|had not) (?:had anything to eat|eaten|had (?:any )?"
            r"(?:food|dinner|tea|breakfast))(?: since| for)|(?:she|he|they) (?:is|are|was|were) (?:scared|afraid|"
            r"frightened|terrified) (?:to go|of going) home")
_DISCLOSED = compiled(rf"{_PASSED_ON} (?:{_KIN}(?: \w+)?? {_DONE}|{_WITHOUT})\b")


def worry_told_before(text: str) -> bool:
    """A sentence told before the message's last question that passes on a child's disclosure of something done to
    them at home or near it, or of going without ("So at lunch Amy told me her stepdad shows her videos. Anyway, who
    handles the minibus bookings?"): the question after it, whatever it asks, leaves the worry told; the raw text."""
    sentences = [s for s in _SENTENCE_GAP.split(text.strip()) if s]
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return False
    return any(not sentence.rstrip().endswith("?") and _DISCLOSED.search(strip_pleasantries(sentence))
               for sentence in sentences[:-1])
