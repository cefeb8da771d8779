"""A request to connect, asked about, with nothing else told: "one of the dads from reception added me on insta, do i
accept", "a mum from my class wants to follow me on tiktok", "a girl in my class added me on snapchat what do i do".

The report model, taught on reports that name a parent or a child, a platform and "me", put these at 0.60–0.80 and so
began a report unasked. Befriending is what B.1 settles for a pupil and does not for a parent (intents/parties.py);
the asker wants to know whether to accept, so the question is answered, with the report offered first at most. The
message must be only that: who asked, how, where and when, and what the asker asks. Anything else told with it ("…and
then sent me abusive messages", "…asked me to keep it secret", "…he's been sending her gifts", "…wants to meet up")
is not matched, and stays the report it was. Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import UNEASE
from intents.staff_harm import SOMEONE

_ME = r"(?:me|my (?:personal |own |private |main )?(?:account|profile|page|insta|instagram|facebook|fb|tiktok))"
# How they asked (also how an adult makes contact, intents/unease_told.py): added or followed the speaker, sent a
# request, or want, ask or try to
CONNECT = (rf"(?:(?:(?:has|have|just|also|now|keeps?|kept|has just|has now|has also) )*"
            rf"(?:add(?:ed|s|ing)?|follow(?:ed|s|ing)?|friend(?:ed|s)?|friend request(?:ed|s)?|request(?:ed|s)?"
            rf"(?: to (?:follow|add|friend))?|sent|is sending) {_ME}"
            rf"(?: (?:a|an) (?:friend |follow )?request| (?:a )?requests?)?"
            rf"|(?:(?:has|have|just|also|keeps?) )*(?:sent|send|sends|sending) (?:me|a) (?:a )?(?:friend |follow )?"
            rf"requests?(?: to (?:me|{_ME}))?"
            rf"|(?:wants?|wanted|asked|is asking|keeps? asking|is trying|tried|keeps? trying) "
            rf"(?:if (?:she|he|they) can |to )?(?:add|follow|friend|connect with) {_ME})")
_PLATFORM = (r"(?:insta\w*|ig|facebook|face book|fb|messenger|snap\w*|tik ?tok|tt|twitter|x|whatsapp|linkedin|"
             r"threads|bereal|discord|social media|socials|strava)")
_WHERE = rf"(?: on (?:my (?:personal |own |private |main )?)?{_PLATFORM}(?: account)?)"
_WHEN = (r"(?: (?:today|yesterday|last night|this morning|this week|at the weekend|over the weekend|"
         r"over half term|over the holidays|again))")
# What the asker asks, and only that: whether to accept, ignore or block, or what to do
_ASKS = (r"(?:do i|can i|should i|shall i|must i|am i (?:allowed|ok|okay) to|is it (?:ok|okay|alright|allowed|fine)"
         r"(?: to| if i)?|ok to|okay to|allowed to|what do i do|what should i do|what do i do now|what now|"
         r"any advice|advice|help|accept or (?:not|ignore|decline|block)|allowed|ok|okay)")
_ANSWER = (r"(?: (?:accept|accepting|ignore|decline|block|add|follow|friend|them|him|her|it|back|or|not|the|request|"
           r"just|do|anything|allowed|ok|okay|please|pls|now|i|yes|no))*")
_QUESTION = rf"{_ASKS}{_ANSWER}"
_TELLING = rf"{SOMEONE}{_WHEN}? {CONNECT}{_WHERE}?{_WHEN}?"
# "a mum from my class wants to follow me on tiktok" asks by itself; "dad added me on fb" alone is told, and stays
# the model's
_WISHES = r"(?:wants?|wanted|asked|is asking|keeps? asking|is trying|tried|keeps? trying)"
# Unease told of them, and only that ("he's a bit creepy", "and it makes me uncomfortable", "i feel weird about it"):
# still the question, with the report offered first (intents/unease_told.py), never begun by the model's word alone
_UNEASE_TOLD = (r"(?: (?:and|but|tbh|honestly|though))?(?: (?:(?:he|she|they)(?: is| s| seems| seem| looks| sounds)?|"
                r"(?:it|this|that)(?: is| s| feels| seems| makes me(?: feel)?)?|i(?: am| m| feel| find (?:him|her|them|"
                r"it))?|im))?(?: (?:a bit|a little|a bit of a|really|quite|very|so|kind of|kinda|bit|proper|super|"
                rf"slightly|well))? {UNEASE}(?: (?:about (?:it|this|him|her|them)|tbh|honestly|lol))?")
_ASKED = compiled(rf"^(?:{_QUESTION} )?{_TELLING}(?:{_UNEASE_TOLD})?(?: {_QUESTION})?$")
_WISH = compiled(rf"\b{_WISHES} ")
_QUESTION_AT_EDGE = compiled(rf"^{_QUESTION} |(?:^| ){_QUESTION}$")


def asks_about_a_request(words: str) -> bool:
    """The (plain) message is a request to connect ("added me on insta", "wants to follow me"), asked about ("do i
    accept", "what do i do") or still waiting on the asker, and nothing else."""
    return bool(_ASKED.match(words)) and bool(_QUESTION_AT_EDGE.search(words) or _WISH.search(words))
