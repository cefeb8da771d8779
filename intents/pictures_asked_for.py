"""A child asked for pictures of themselves, told or asked of: "what should i do if a girl says a man is asking her for
photos?", "someone online asked him to send pictures of himself", "a boy keeps asking her for nudes".

Asked as a question these were "not covered… tell the DSL" with no report offered, told in a question's frame too; a
Designated Safeguarding Lead reads an adult or a stranger asking a child for pictures as possible grooming, and anyone
asking a child for nude or explicit ones as a concern whoever asks. Read here, the report is offered first and the
question still answered (`understanding`); nothing here begins one. Not a rule asked of the school's own pictures ("can
a parent ask for photos of the nativity?"), pictures asked of an adult ("a parent asked me for the trip photos"), nor
a parent or anyone of the school asking a child for everyday ones ("a parent asked a pupil for photos of the trip").
Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.risk_told import CHILD

_ASKS = (r"(?:ask(?:s|ing|ed)?|keeps? asking|kept asking|beg(?:s|ging|ged)|pressur(?:es|ing|ed|e)|push(?:es|ing|ed)|"
         r"persuad(?:es|ing|ed|e)|tr(?:ies|ying|ied) to get|wants?|wanted|dar(?:es|ing|ed|e))")
# The child asked: "her", "him", "a pupil", "one of our y6 girls"
_ASKED = (rf"(?:her|him|them|(?:a|an|the|my|our|one of (?:the|my|our)|some) (?:\w+ ){{0,2}}?{CHILD})")
_FOR = r"(?:for|to send|to share|to take|to show|to post)(?: (?:him|her|them|me|it))?"
_PICTURES = r"(?:pics?|photos?|pictures?|selfies?|images?|videos?|snaps?|nudes?)"
_NUDE = (r"(?:nudes?|naked|rude|explicit|sexy|topless|indecent|private (?:pics?|photos?|pictures?|images?)|"
         r"(?:pics?|photos?|pictures?|images?|videos?) (?:of (?:herself|himself|themselves) )?(?:in (?:her|his|their) "
         r"(?:underwear|pants|bra)|with(?:out)? (?:no |any )?clothes))")
# Someone older or a stranger, not a parent or anyone of the school ("a parent asked a pupil for photos of the trip")
_OLDER = (r"(?:(?:a|an|some|this|the) (?:(?:strange|unknown|random|older|grown|creepy) )?(?:man|men|guy|bloke|adult|"
          r"grown ?up|stranger|teenager|teen|person)|(?:a|an|some|this|the) older (?:boys?|lads?|girls?|kids?|"
          r"students?|teens?)|someone|somebody|people|men|strangers|"
          r"(?:an?|some) (?:\d{2}|[a-z]+teen) (?:year old|yr old|yo))")
# ... asking for any pictures of the child: grooming's first ask
_STRANGER_ASKS = compiled(rf"\b{_OLDER}\b(?: \w+){{0,3}}? {_ASKS} {_ASKED} "
                          rf"{_FOR} (?:\w+ ){{0,3}}?{_PICTURES}\b")
# Anyone asking a child for nude or explicit pictures
_NUDES_ASKED = compiled(rf"\b{_ASKS} {_ASKED} {_FOR} (?:\w+ ){{0,3}}?{_NUDE}")


def pictures_asked_of_child(words: str) -> bool:
    """The (plain) words tell or ask of a child asked for pictures by someone older or a stranger, or for nude ones
    by anyone: the report is offered first."""
    return _STRANGER_ASKS.search(words) is not None or _NUDES_ASKED.search(words) is not None
