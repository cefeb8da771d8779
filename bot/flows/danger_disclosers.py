"""Who a disclosure beside a no may name, beyond family and the adults `danger_adults` lists (review revY): "no her
brothers hit her", "no her stepbrother hits her", "no her mum's friend touched her", "no the lodger touched her" were
a plain No, the one named not read as anyone. Each is a person in the child's home or family, as a DSL reads them.

And the one named with who does it said after ("no she lives with her dad who hits her", "no his mum's boyfriend, who
hits him, is collecting him"): the "who" came between the person and the harm, so it was a plain No too.
"""

from __future__ import annotations

import re

from intents.rule_words import DAD, GRANDPARENT, MUM, SIBLING

# Brothers and sisters said together, or step and half ones (read as a brother or sister is: a pupil at school)
SIBLINGS = r"(?:(?:step|half) ?)?(?:brothers|sisters|siblings?)|(?:step|half) ?(?:brother|sister)"
# A parent's friend or new partner, a lodger: adults in or about the home
HOME_ADULTS = (r"(?:mum|mom|dad|mam|mother|father)(?:'s|s)? (?:friends?|mates?|pals?|bf|gf|new (?:partner|"
               r"boyfriend|girlfriend|fella|man))|lodger|neighbour|neighbor")
# The harm said after the one named, "who" or "that" between ("her dad who hits her")
WHO_DOES = r"(?:(?:who|that|which)\s+)?"
# Another named beside the child as who is harmed ("his dad hit his mum and him")
AND_THE_CHILD = rf"(?:(?:his|her|their)\s+(?:{MUM}|{DAD}|{SIBLING}|{GRANDPARENT})\s+and\s+)?"

# ...unless what is said of them is that they are kept from the child ("no the man who hit him is in prison", "no his
# dad who hit him is not allowed near him"): the harm names who they are, the no is of now, as before. The time of the
# harm may come between ("no her dad who hit her last year has moved away": asked again, review revY, helper danger9)
_THEN = (r"(?:(?:last|in|back in|from)\s+\w+\s+|(?:(?:a|one|two|three|a few|some|\d+)\s+)?(?:years?|months?|weeks?)\s+"
         r"ago\s+|when (?:she|he|they) (?:was|were) (?:little|small|younger|a baby)\s+)?")
_KEPT_AWAY = re.compile(r"^\s*" + _THEN + r"(?:(?:is|was|are|were|s|'s|has|have|had|got|been|now|since|already)\s+)*"
                        r"(?:in prison|in jail|in custody|locked up|arrested|not allowed|banned|away|gone|moved|left|"
                        r"no longer|dead|died|sent|bailed|on bail|under a|under an|barred)\b")


def kept_away(harm: str, after: str) -> bool:
    """Whether a harm told with "who" or "that" ("the man who hit him", `harm`) is followed by words that keep the one
    named from the child (`after`: "…is in prison")."""
    return re.search(r"\b(?:who|that|which)\s", harm) is not None and _KEPT_AWAY.match(after) is not None
