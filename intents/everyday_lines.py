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
    r"rain|raining|snow|snowing|wind|windy|icy|fog|heatwave)"
)
# A member of staff away, late or new, and the cover for them
_STAFF = (r"(?:teacher|teachers|ta|tas|supply(?: teacher)?|cover supervisor|dinner lad(?:y|ies)|cook|caretaker|head|"
          r"deputy|senco|office|receptionist|technician|music teacher|agency ta|new starter|mr \w+|mrs \w+|miss \w+|"
          r"ms \w+)")
_MATTER = compiled(
    # a thing lost, forgotten or broken ("y1 girl lost her reading book", "jack forgot his pe kit", "someone's left a
    # blue coat in the hall")
    r"\b(?:lost|loses|losing|forgot|forgotten|forgets|left|broke|broken|cracked|cant find|can t find|mislaid|"
    r"misplaced|found|handed in)(?: (?:his|her|their|my|a|an|the|some|its|one))?(?: \w+){0,2}? "
    rf"{BELONGINGS}\b|"
    rf"\b{BELONGINGS}(?: \w+)? (?:(?:has|have|is|are|was|were|got|been) )*(?:lost|broke|broken|missing|found)\b|"
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
    r"\bnew (?:boy|girl|child|pupil|starter|ta|teacher)\b(?= (?:starting|joining|arriving|in)\b)"
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
    r"kick\w*|bit|bitten|swore|swearing|threw|thrown|angry|shouting|screaming|"
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
    rest = THING_MISSING.sub(" ", _WORRY_ABOUT_A_THING.sub(" ", words))
    return not (_CONCERN.search(rest) or _TOLD_OF_HOME.search(rest) or signal_word(rest) or names_any_harm(words))


def worry_about_a_thing(words: str) -> bool:
    """The (plain) line's worry is of a thing or a time, not a person ("worried about ofsted next week")."""
    return bool(_WORRY_ABOUT_A_THING.search(words))
