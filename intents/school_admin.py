"""Everyday school business typed in a few words with a year group: "sats dates yr6", "yr6 residential letter", "year 4
trip money", "reception parents evening slots".

The report model learned that a year group opens a terse report ("yr6 boy hit", "y5 girl crying"): a year group is
folded into the word "pupil", which weighs towards a report, and more so as the first word. A line of a year group
and admin nouns alone came out between the model's threshold and its sure mark, so each was begun as a doubtful report,
the teacher taken into a concern form for the trip money. Only a line every word of which is a year group, a word of
school business from the list below or a small joining word counts: any other word ("boy", "hit", "crying", "dad",
"photos", "alone") leaves the line to the model as before. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.year_groups import YEAR_GROUP

# A year group, key stage or class, as staff type it: "y6", "yr 6", "year 4", "reception", "ks2", "class 3", "6b"
_YEAR = (rf"(?:{YEAR_GROUP}|ks ?[1-5]|key stage ?[1-5]|eyfs|sixth form|"
         r"class ?\d{1,2}|\d[a-z])")
# School business: dates, letters, money, trips, tests, events, clubs, kit and the like; not pictures, phones or
# anything online (pictures of a year group may be a concern, "year 6 photos" is begun doubtfully on purpose)
_BUSINESS = (
    r"(?:sats?|mocks?|tests?|exams?|results|scores|assessments?|moderation|data|tracking|targets|phonics|spellings?|"
    r"times ?tables?|mtc|multiplication check|reading books?|books?|homework|marking|reports? cards?|"
    r"residentials?|trips?|visits?|outings?|excursions?|camps?|bikeability|swimming|swimming lessons|pe|pe kit|kit|"
    r"kit lists?|lists?|letters?|newsletters?|forms?|consent forms?|slips?|reply slips?|permission slips?|"
    r"money|payments?|pay|deposits?|costs?|prices?|fees?|dinner money|lunch money|tickets?|bookings?|deadlines?|"
    r"dates?|times?|timings?|timetables?|schedules?|calendars?|rotas?|registers?|plans?|planning|seating plans?|"
    r"meetings?|parents evenings?|open evenings?|evenings?|slots?|appointments?|transition|transition days?|"
    r"induction|taster days?|assembly|assemblies|rehearsals?|play|nativity|concert|performance|production|show|"
    r"costumes?|scripts?|lines|songs?|sports day|fixtures?|tournaments?|clubs?|after school clubs?|"
    r"breakfast club|lunch|lunches|packed lunch(?:es)?|snacks?|milk|fruit|water bottles?|uniform|non uniform|"
    r"leavers|leavers assembly|leavers party|leavers hoodies|hoodies|prom|disco|party|cake sale|bake sale|"
    r"fundraising|certificates?|awards?|house points|dojo points|stationery|supplies|resources|cover|"
    r"booster(?: group)?s?|interventions?|groups?|sets?|numbers|places|offers|applications?|allocations?|"
    r"secondary (?:school )?(?:places|offers|applications)|class lists?|medium term plans?|topic|curriculum)")
# Small words between: "for", "the", "next week", "reminder", "info", a day or month, "when", "due"
_JOINING = (r"(?:for|the|a|an|of|and|re|about|on|in|to|at|next|this|last|week|weeks|term|month|year|today|tomorrow|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sun|due|"
            r"back|out|info|"
            r"details|reminder|reminders|update|updates|query|queries|q|question|when|what|where|are|is|please|pls|"
            r"asap|spring|summer|autumn|christmas|xmas|easter|half|new|may|june|july|september|october|november|"
            r"december|january|february|march|april|august|\d{1,2}(?:st|nd|rd|th)?)")
_ADMIN_LINE = compiled(rf"^(?:(?:{_YEAR}|{_BUSINESS}|{_JOINING})(?: |$))+$")
_YEAR_NAMED = compiled(rf"\b{_YEAR}\b")
_BUSINESS_NAMED = compiled(rf"\b{_BUSINESS}\b")
MOST_WORDS = 8  # longer than this is a sentence, which the report model reads well enough


def school_admin_only(words: str) -> bool:
    """The (plain) line is a year group and school business and nothing else ("sats dates yr6")."""
    words = words.strip()
    if not words or len(words.split()) > MOST_WORDS:
        return False
    return bool(_YEAR_NAMED.search(words) and _BUSINESS_NAMED.search(words) and _ADMIN_LINE.match(words + " "))
