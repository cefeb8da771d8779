"""An account pretending to be the school: "someone is pretending to be the school on facebook", "there's a fake
Longton Lane page on instagram", "an account is impersonating our school".

Told or asked, this was "not covered", or given a clause by words that happened to match ("posing" as posting, E.2).
No clause names impersonation. What the policy says to it: comments on social media that could bring the school into
disrepute may be handed to the Local Authority's legal team (D.4), which a Designated Safeguarding Lead would cite
for anyone's pretence (a labelled report, "a fake 'Longton Lane Primary' page on FB…", expects D.4 or APX.4); a
pupil's is conduct outside school the school can act on for its reputation (E.3: "A child set up a fake 'Longton
Lane' account on X…" is labelled so). So the message is matched as the policy would put it. Only online (an account,
a page, a platform): "can pupils pretend to be us in the school play?" is no such thing. Accounts that contact or
picture pupils are read as well by the worry readings (`running_concern`), as before. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.year_groups import YEARS

# The school itself, not a part of it ("the school council", "the school play"): nothing but a way or a place after it
_END = r"(?= (?:on|in|online|via|through|at|and|to|with|from|by|so|but|or|who|which|what|is|has|was|can|could)\b|$)"
_SCHOOL = rf"(?:(?:(?:the|our|my|this) (?:school|academy)|longton lane(?: primary)?(?: school)?|us){_END})"
# ... or the Head, as an account's name ("a fake account is posting as the headteacher"), not a part played
_SCHOOL_OR_HEAD = rf"(?:{_SCHOOL}|(?:the|our) head(?:teacher)?{_END})"
_PRETENDS = (r"(?:pretend\w*|posing|poses|posed|impersonat\w*|masquerad\w*|claim\w* to be|making out (?:they are|"
             r"theyre|it is|its)|passing (?:themselves|itself) off)")
# ("a pretend school website in computing" is a lesson's, A.1)
_FAKE = r"(?:fake|copycat|spoof|imposter|impostor|cloned?|bogus|phoney|phony)"
_ACCOUNT = r"(?:account|page|profile|group|site|website|handle|channel|feed)"
_IMPERSONATES = compiled(
    rf"\b(?:{_PRETENDS} (?:to be |as |as if (?:it|they) (?:is|are|was|were) )?{_SCHOOL}|"
    rf"impersonat\w* {_SCHOOL}|"
    rf"{_FAKE} (?:\w+ ){{0,2}}?(?:school|academy|longton lane(?: primary)?(?: school)?) (?:\w+ )?{_ACCOUNT}|"
    rf"{_FAKE} (?:\w+ )?{_ACCOUNT} (?:of|for|in the name of|as|pretending to be|posing as|for) {_SCHOOL_OR_HEAD}|"
    rf"{_FAKE} (?:\w+ ){{0,2}}?{_ACCOUNT} (?:\w+ ){{0,3}}?(?:posting|posts|posted|tweeting|writing|commenting) as "
    rf"{_SCHOOL_OR_HEAD}|"
    rf"(?:school|longton lane)s? (?:\w+ )?{_ACCOUNT}(?: \w+){{0,4}}? (?:that is|thats|which is|is|was) (?:a )?(?:fake|"
    rf"not (?:ours|real|the real one)))\b")

# Online, where the pretence is an account's: "pupils pretend to be us in the school play" is no such thing
_ONLINE = compiled(rf"\b(?:{_ACCOUNT}s?|accounts|online|facebook|fb|instagram|insta|ig|tiktok|twitter|x|snapchat|snap|"
                   r"whatsapp|youtube|threads|linkedin|emails?|e mails?|texts?|messages?|messaging|social media)\b")

# The asker making one ("can I make a fake school instagram account for a media lesson?"): terms of use, B.9
_ASKER_MAKES = compiled(r"\b(?:(?:can|could|should|may|shall) (?:i|we)|(?:i|we) (?:made|make|created|create|set up|"
                        r"are making|am making|have made|want to make|want to set up))\b")
# A pupil who made it, told before it: the school acting on pupils' conduct outside school that could harm its
# reputation (E.3: "A child set up a fake 'Longton Lane' account on X…" is labelled so)
_PUPIL_MADE = compiled(rf"\b(?:pupils?|child|children|kids?|students?|{YEARS}|boys?|girls?|"
                       r"class)\b")
# ... not pupils it contacts ("a fake account is messaging our pupils pretending to be the school")
_CONTACTS = compiled(r"\b(?:messag\w*|contact\w*|add(?:s|ed|ing)?|follow\w*|dms?|dming|text\w*|target\w*)\b")
# The same as the policy would put it: anyone's pretence is what could bring the school into disrepute (D.4, to the
# Local Authority's legal team; "a fake 'Longton Lane Primary' page on FB…" is labelled D.4 or APX.4), a pupil's is
# conduct the school can act on (E.3)
IN_POLICY_WORDS = "a false account posting in the school's name could bring the school into disrepute"
BY_A_PUPIL = "a pupil's account pretending to be the school could adversely affect the reputation of the school"


def impersonation_in_policy_words(words: str) -> str | None:
    """The policy's words for an account pretending to be the school that the (plain) words tell of or ask about;
    None when they do not."""
    found = _IMPERSONATES.search(words)
    if found is None or _ONLINE.search(words) is None or _ASKER_MAKES.search(words[:found.start()]):
        return None
    made = _PUPIL_MADE.search(words[:found.start()]) and not _CONTACTS.search(words)
    return BY_A_PUPIL if made else IN_POLICY_WORDS
