"""Everyday school business typed as a chat line, which the report model takes for a terse report.

Staff in Slack pass on the day's business the way they pass on a concern: "y3 boy lost his coat", "teacher off sick in
y5", "toilet blocked in ks1 girls", "y4 class hamster has died", "tom's mum says he has a dentist appointment at 2",
"worried about ofsted next week". The report model learned that a short line naming a child, a year group or a
member of staff and something that happened is a terse report ("y5 girl crying", "ta shouting at kids"), so it began
such lines as reports, many of them surely. A line that names one of the everyday matters below and nothing of
concern (no harm, no sign of it, no child at risk, no one hurt, upset or alone) is no report, however sure the model:
the teacher is not taken into a concern form for a lost coat. Any word of concern leaves the line to the readings as
before ("y3 boy lost his coat and says dad hit him"). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.harm_readings import names_any_harm
from intents.line_frames import after_the_scene
from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, SIBLING
from intents.school_things import BELONGINGS, FACILITIES, THING_MISSING
from intents.short_reports import signal_word

# Longer than this is a story, which the model and the narrative rules read well enough
MOST_WORDS = 20

# The school year's events, paperwork and visits, and the weather they hang on
_BUSINESS = (
    r"(?:trip|trips|residential|zoo|farm|museum|theatre|swimming lessons|sports day|assembly|nativity|concert|"
    r"disco|fete|book fair|parents evening|sign ups|parent helpers|volunteers|letters|newsletter|menu|dinners|"
    r"lunch queue|sats|data|reports|results|timetable|rota|meetings?|inset|training|on a course|photo day|"
    r"photographer|class photos|jumper day|non uniform|fees|deposits?|tickets|after school club|breakfast club|"
    r"club|hoodies|survey|review|pupil premium|ofsted|inspection|inspectors|governors? visit\w*|school nurse|"
    r"heights and weights|flu spray|vaccinations|fire drill|harvest|donations|cake sale|wet play|"
    r"rain|raining|snow|snowing|wind|windy|icy|fog|heatwave|rehearsals?|booked|booking)"
)
# A member of staff away, late or new, and the cover for them
_STAFF = (r"(?:teacher|teachers|ta|tas|supply(?: teacher)?|cover supervisor|dinner lad(?:y|ies)|cook|caretaker|head|"
          r"deputy|senco|office|receptionist|technician|music teacher|agency ta|new starter|mr \w+|mrs \w+|miss \w+|"
          r"ms \w+)")
_MATTER = compiled(
    # a thing lost, forgotten or broken ("y1 girl lost her reading book", "jack forgot his pe kit", "someone's left a
    # blue coat in the hall")
    r"\b(?:lost|loses|losing|forgot|forgotten|forgets|forgetting|left|broke|broken|cracked|cant find|can t find|"
    r"didnt bring|didn t bring|did not bring|hasnt brought|hasn t brought|not brought|mislaid|"
    r"misplaced|found|handed in)(?: (?:his|her|their|my|a|an|the|some|its|one))?(?: \w+){0,2}? "
    rf"{BELONGINGS}\b|"
    rf"\b{BELONGINGS}(?: \w+)? (?:(?:has|have|is|are|was|were|got|been) )*(?:lost|broke|broken|missing|found|"
    r"in (?:the )?(?:office|lost property|reception))\b|"
    # who collects a child today, a move, a birthday or a holiday ("she's collecting the twins today instead")
    r"\b(?:collecting|picking (?:\w+ ){1,2}up)\b(?= (?:\w+ ){0,3}?(?:today|tonight|tomorrow|instead|at \d))|"
    r"\bmoving (?:house|home)\b|\bbirthday\b|\bhalf term\b|"
    # a member of staff away ("teacher off sick in y5", "mrs a on jury service", "teacher went home ill")
    rf"\b{_STAFF}\b(?: \w+){{0,2}}? (?:(?:is|s|has|been|went|gone|will be|on|off) )*(?:off(?! (?:his|her|their) "
    r"(?:face|head|nut|trolley))|sick|ill|poorly|absent|away|home ill|jury service|maternity|paternity|leave|"
    r"a course|in meetings|starting|arriving)\b|"
    r"\b(?:cover (?:needed|for|confirmed|supervisor)|supply (?:agency|cover)|split between classes|short staffed)\b|"
    # the building, its kit, its supplies, and the school's events and weather
    rf"\b{FACILITIES}\b(?: \w+){{0,3}}? (?:(?:is|are|has|have|been|gone|keeps|kept|still|again|all|now) )*"
    r"(?:jammed|broken|broke|down|not working|stopped working|won t|wont|blocked|leaking|leaks|cracked|out of|"
    r"run out|ran out|empty|making|beep\w*|wrong|off|dead|flat|stuck|smells?|needs?|arrived|fixed|frozen|flooded|"
    r"wet|full|overflowing|missing|not loading|crashed|playing up|gone|blew|blown)\b|"
    rf"\b(?:out of|run out of|ran out of|no|need more|more|new) (?:\w+ )?{FACILITIES}\b|"
    rf"\b(?:gas smell|power cut|leak|flood\w*|fire drill)\b|\b{_BUSINESS}\b|"
    # an appointment, a class pet, a bereavement's card, a newcomer
    r"\b(?:dentist|doctors?|optician|orthodontist|appointment)\b|\b(?:class )?(?:hamster|guinea pig|fish|rabbit|"
    r"tortoise|stick insects?|pet)\b|\bpassed away\b(?=.*\b(?:card|collection|flowers|condolences|funeral)\b)|"
    r"\bnew (?:boy|girl|child|pupil|starter|ta|teacher)\b(?= (?:starting|joining|arriving|in)\b)|"
    # a tooth out, a child taken ill, a prize won ("y1 boy's tooth fell out in maths", "jaden was sick in the lunch
    # hall, mum collecting", "y3 boy got a certificate for swimming")
    r"\b(?:tooth|teeth) (?:fell|came|come|falls|comes|has come|was) out\b|\bwobbly tooth\b|"
    r"\b(?:was|been|is|being|feeling|felt|feels|off|went home|sent home) (?:sick|poorly|ill)\b|"
    r"\b(?:threw up|thrown up|vomit\w*|temperature|headache|tummy ache|sickness bug|chicken ?pox|conjunctivitis|"
    r"tonsillitis)\b|\b(?:certificate|award|medal|trophy|merit|house points|star of the week|golden time)\b"
)
# What is no concern in an everyday line though a concern word is in it: a child upset over a thing of theirs ("y1 boy
# cried because he lost his toy car"), the school's business sent home or an agency sending cover ("sending the
# newsletter home today", "supply agency sending someone for y2"), a bite of nothing, a child sick
_NO_CONCERN_HERE = compiled(
    r"\b(?:cried|crying|cries|upset|in tears|tearful|sad)(?: \w+){0,2}? (?:because|cos|coz|as|over|about|when|after)"
    r"(?: (?:he|she|they|\w+))? (?:had |has )?(?:lost|broke|broken|forgot|forgotten|dropped|couldnt find|cant find|"
    r"left|spilt|spilled)(?: (?:his|her|their|a|an|the|my))?(?: \w+){0,2}? "
    rf"{BELONGINGS}\b|"
    r"\b(?:send|sends|sending|sent)(?: (?:the|a|an|our|some|all|out|home))* (?:\w+ )?(?:newsletters?|letters?|forms?|"
    r"slips?|reminders?|invites?|invitations?|certificates?|reports?|cards?|menus?|permission slips?|homework)\b|"
    r"\b(?:agency|supply|council|trust)(?: (?:is|are|has|have|will be|are))? (?:send|sends|sending|sent)"
    r"(?: (?:someone|somebody|cover|a \w+|an \w+))?\b|"
    r"\b(?:threw|thrown) up\b"
)
# Worry about a thing or a time, not a person ("worried about my car", "worried about ofsted", "worried abt the weather
# for sports day"): the reporting rules hear a concern in "worried about" whatever follows
_WORRY_ABOUT_A_THING = compiled(
    r"^(?:(?:im|i am|i m|a bit|bit|so|really|v|very|quite|slightly|getting|still|also|just) )*"
    r"(?:worried|concerned|anxious|stressed|nervous|panicking|worrying) (?:about|abt|bout|re|over|for) "
    r"(?:(?:the|my|our|this|that|a|an|next|tomorrows|todays) )?(?:\w+ )?"
    rf"(?:{FACILITIES}|{_BUSINESS}|car|mortgage|rent|money|pay|workload|marking|deadline|interview|appraisal|"
    r"observation|exam|mot|weather|traffic|heating bill|bills|christmas|budget|staffing)\b"
)
# Words of concern beyond the harm readings and the short-line signal words: someone hurt, upset, alone or not
# collected, a stranger, the police or social care, pictures or messages online
_CONCERN = compiled(
    r"\b(?:hurt\w*|injur\w*|bleed\w*|blood|ambulance|hospital|a e|police|social (?:services|care|worker)|locked|"
    r"shut in|trapped|alone|unsupervised|got out|ran out|run off|ran off|wandered|left behind|not (?:been )?"
    r"(?:collected|picked up)|stranger|strangers|man|men|woman|bloke|upset|crying|cried|tears|hiding|hid|refus\w*|"
    r"secret\w*|home alone|says (?:his|her|their) (?:mum|dad|mam|step\w*|uncle|nan|brother|sister)|"
    r"pics?|photos? of|videos? of|filming|filmed|online|snap\w*|tiktok|insta\w*|whatsapp|facebook|fb|messag\w*|"
    r"dms?|dmd|texted|touch\w*|kiss\w*|hungry|starving|thin|tired|dirty|smell\w*|unwashed|marks?|bruis\w*|"
    r"cuts?|scratch\w*|worried|concern\w*|dsl|disclos\w*|safeguarding|cp|lado|behaviour|fight\w*|punch\w*|"
    # "bit" a bite only with what was bitten after it: "a bit stressed" is no bite
    r"kick\w*|bit(?= (?:him|her|them|me|us|a|an|another|his|their|my|one|someone|somebody|the)\b)|bitten|swore|"
    r"swearing|threw|thrown|angry|shouting|screaming|"
    # anything posted, sent or shared, or somewhere online: the school's pictures and name go with it
    r"vids?|videos?|clips?|story|stories|posts?|posted|posting|shared|sharing|sent|send|sending|uploaded|"
    r"reply|replies|comments?|public|twitter|x|youtube|roblox|fortnite|discord|group chat|gc|page|account|"
    r"google|search\w*|app|apps|game|gaming|in bother|in trouble|"
    # what a child or an adult may be doing that a safeguarding lead would hear of
    r"vap\w*|smok\w*|drink\w*|drunk|drugs?|alcohol|weed|recorded|recording|lift|lifts|drove|driving|gave|giving|"
    r"number|alone with|on (?:his|her|their) own|with (?:a |the |one )?(?:y\d+|year \d+|pupil|child|kid|girl|boy|"
    r"student)\w*|took|taken|followed|following|grabbed|pushed|hit|slapped|shook|dragged|restrained|sex\w*|"
    r"pregnant|boyfriend|girlfriend|older|adult|teen\w*|naked|changing|toilet (?:with|alone)|injury|fainted|"
    r"allerg\w*|epipen|seizure|fit|collapsed|unconscious|choking)\b"
)

# Someone's telling of a person at home ("y2 boy said his uncle does things to him", "kai said mummys boyfriend shuts
# him outside"): whatever it tells, it is a child's words a DSL should hear, and no list of concern words can hold
# every way a child puts it
_PERSON_AT_HOME = (rf"(?:(?:{MUM}|{DAD})s?|step ?\w+|{GRANDPARENT}|(?:{AUNT_UNCLE}|cousin)s?|{SIBLING}|boyfriend|"
                   rf"girlfriend|partner|{CARER}|foster \w+|family|parents?)")
_TOLD_OF_HOME = compiled(
    r"\b(?:say|says|said|saying|told (?:me|us|him|her|them|miss|sir|the \w+)|tells (?:me|us)|telling (?:me|us)|"
    rf"mentioned|disclosed)(?: that)? (?:(?:his|her|their|my|s) )?{_PERSON_AT_HOME}\b")
# What is wrong beside a child taken ill, a tooth out or a birthday, which no concern word above names: something
# swallowed or drunk ("threw up after swallowing mum's tablets"), a child not collected however it is said ("wasn't
# picked up on her birthday"), a blow ("dad knocked it out"), nowhere to sleep ("sleeps in the car"), and an ailment
# that comes again and again or with someone at home ("tummy ache every monday after contact with dad", "mum says its
# nerves because of dad"): a DSL's to hear, however everyday the rest
_BESIDE_THE_MATTER = compiled(
    r"\b(?:swallow\w*|tablets?|pills?|medicine|medication|bleach|drank|knock\w*|homeless|keeps being|contact|"
    r"(?:wasnt|wasn t|was not|werent|weren t|never|nobody|no one|hasnt been|hasn t been) (?:collected|picked up)|"
    r"sleep\w* (?:in (?:a|the|their|his|her|mums?|dads?) car|on (?:the|a) floor|rough)|"
    r"every (?:day|night|morning|week|weekend|monday|tuesday|wednesday|thursday|friday)|"
    rf"because of (?:(?:his|her|their) )?{_PERSON_AT_HOME}|"
    # absence that keeps coming ("y3 girl off sick again, 4th week this half term"): missing education is the DSL's
    r"(?:off|absent|away|sick|ill|poorly)\b.{0,40}\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh) "
    r"(?:week|time|day)|(?:boy|girl|child|pupil|lad|kid|y\d|year \d|reception)\b.{0,30}\b(?:off|absent|away)"
    r"(?: sick| ill| poorly)? again)\b"
)


def everyday_line(text: str, words: str) -> bool:
    """The chat line (`text` as typed, `words` plain) passes on everyday school business and nothing of concern
    ("teacher off sick in y5")."""
    words = words.strip()
    # someone's words quoted ("'send one without the top on'") or someone tagged ("@longtonlaneprimary")
    if any(mark in text for mark in ('"', "@", "\u201c", "\u2018", "' ", " '")):
        return False
    if not words or len(words.split()) > MOST_WORDS:
        return False
    if not (_MATTER.search(words) or _WORRY_ABOUT_A_THING.search(words)):
        return False
    # the worry said of a thing is no concern word; any other is
    # nor is the scene set before the matter ("in the changing rooms after swimming a y6 boy lost his goggles")
    rest = _NO_CONCERN_HERE.sub(" ", THING_MISSING.sub(" ", _WORRY_ABOUT_A_THING.sub(" ", after_the_scene(words))))
    return not (_CONCERN.search(rest) or _TOLD_OF_HOME.search(rest) or _BESIDE_THE_MATTER.search(rest)
                or signal_word(rest) or names_any_harm(words))


def worry_about_a_thing(words: str) -> bool:
    """The (plain) line's worry is of a thing or a time, not a person ("worried about ofsted next week")."""
    return bool(_WORRY_ABOUT_A_THING.search(words))
