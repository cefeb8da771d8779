"""A member of staff, the Head included, privately messaging a pupil, asked of in a condition: "what if the head is
messaging a pupil?", "what if a teacher is snapchatting a year 6 girl?", "who do i tell if a ta keeps texting a pupil?".

Asked so, these were "not covered… please ask the Headteacher" with no report offered: the worry may be about a
colleague, or the Head, in front of the teacher now, and a Designated Safeguarding Lead reads an adult of the school in
private contact with a child as a possible breach of professional boundaries or grooming. Read here, the report is
offered first with the route for a concern about staff, whose guidance names the Chair of Governors where it concerns
the Head (`understanding`); the question is still answered. Where a clause answers it for a colleague ("what if a
teacher messages a pupil on snapchat": B.1, never add pupils), that answer stands alone, as at d7917f8; the Head's
contact is offered the report whatever the answer, as the Headteacher is not the route for it. Nothing here begins a
report. Not a rule asked ("can teachers message pupils?", "should staff text pupils?"), contact on the school's own
channels or about school work ("messages a pupil on class dojo", "…about homework on teams"), a whole class, an ex-
pupil, nor adding or following (B.1 answers "what if a teacher adds a pupil on facebook?" in its own words). Works on
`plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.no_concern_told import SCHOOL_CHANNEL
from intents.rule_words import CARER, DAD, GRANDPARENT, MUM, STAFF_POSTS, STEP_PARENT
from intents.year_groups import YEARS

# A condition put, or who to tell if: "what if", "if", "suppose", "who do i tell if", "what should i do if"
_CONDITION = (r"(?:what if|wat if|what happens if|what about if|and if|suppose|supposing|imagine if|say|if|"
              r"(?:who|where|what) (?:do|should|would|can|shall|must) (?:i|we)(?: \w+){0,3}? if|"
              r"(?:what to do|who to (?:tell|contact|speak to|go to)|what happens) if|"
              r"(?:i'?m|im|i am|we are|were) (?:worried|concerned) (?:that|because))")
_STAFF = (r"(?:(?:(?:the|a|an|our|my|one of (?:the|our|my)|another|this|that) )?(?:\w+ )?"
          r"(?:head ?teacher|head of \w+|head|headmaster|headmistress|deputy head|deputy|teachers?|tas?|"
          r"teaching assistants?|supply teachers?|members? of staff|staff members?|colleagues?|coach|pe teacher|"
          r"volunteers?|"
          rf"{STAFF_POSTS})|(?:mr|mrs|miss|ms|mx|sir) [a-z]+)")
_PRIVATELY = (r"(?:messag(?:es|ing|ed)?|dm(?:s|ing|ed|d)?|texts?|texting|texted|snapchat(?:s|ting|ted)?|"
              r"snapp(?:ing|ed)|whatsapp(?:s|ing|ed)?|facetim(?:es|ing|ed)|video call(?:s|ing|ed)?|"
              r"ring(?:s|ing)?|phon(?:es|ing|ed)|sends? (?:\w+ )?(?:messages?|texts?|pics?|photos?|pictures?) to|"
              r"sending (?:\w+ )?(?:messages?|texts?|pics?|photos?|pictures?) to|meet(?:s|ing)? up with|"
              r"in (?:private )?contact with|chatting (?:to|with)|talking (?:to|with) (?:\w+ )?online)")
# One pupil or a few, not the class: "a pupil", "one of the y6 girls", "a child in my class", "pupils"
_PUPIL = (r"(?:(?:a|an|one of (?:the|our|my|his|her)|some|two|a few|this|that|another) "
          r"(?!(?:ex|former|old)\b)(?:\w+ ){0,2}?)?(?!(?:ex|former)\b)"
          rf"(?:pupils?|child(?:ren)?|kids?|girls?|boys?|students?|{YEARS})\b"
          # a pupil's family, whose "'s" the plain words lose ("the head texts a pupil mum", "a y6 girl mum"): the
          # adults at home, whom the school contacts every day, not the child
          r"(?! (?:(?:pupils?|child(?:ren)?|kids?|girls?|boys?|students?) )?"
          rf"(?:parents?|(?:{MUM}|{DAD}|{GRANDPARENT}|{STEP_PARENT})s?|{CARER}|family|families)\b)")
_ASKED = compiled(rf"^{_CONDITION} (?:it s |its |it is )?(?P<staff>{_STAFF})"
                  r"(?: (?:is|was|has been|keeps|kept|has|had|been|"
                  rf"starts|started|always|secretly|privately))* {_PRIVATELY} {_PUPIL}")


# The school's own ways of reaching pupils: "on teams", "on the school email"
_SCHOOL_WAYS = compiled(r"\b(?:teams|school (?:e-?mail|email account|account|ipad|laptop|system|platform)|work e-?mail|"
                        r"google classroom|purple mash|seesaw|tapestry|dojo)\b")
# The school's work: "about homework", "about the trip". It sets the contact aside only in a bare "what if" ("what if
# the head is messaging a pupil about a trip?", review revU); asked who to tell, the asker is worried by the private
# contact, whatever it is about (reading9: "who do i tell if the head is messaging a pupil about the trip" was begun)
_SCHOOL_WORK = compiled(r"\babout (?:their |his |her |a |the )?"
                        r"(?:homework|work|coursework|project|trip|lesson|class)\b")
_ROUTE_ASKED = compiled(r"^(?:(?:who|where|what) (?:do|should|would|can|shall|must) (?:i|we)|what to do|who to|"
                        r"(?:i'?m|im|i am|we are|were) (?:worried|concerned))\b")


# The Headteacher, not a deputy or a head of year
_THE_HEAD = compiled(r"^(?:the|our|my) (?:head ?teacher|head|headmaster|headmistress)$")


def staff_contact_asked(words: str, taken_for_report: bool = False) -> str | None:
    """Who, when the (plain) words ask what if a member of staff, or the Head, is in private contact with a pupil:
    "head" for the Headteacher, "staff" for anyone else; None when they do not. `taken_for_report`: the report rules
    took the words for a report, so no channel or work named sets the contact aside: the question is only whether it
    is told or asked (asked, it is answered with the report offered, rather than begun)."""
    found = _ASKED.search(words)
    if found is None:
        return None
    who = "head" if _THE_HEAD.match(found["staff"]) else "staff"
    if taken_for_report:
        return who
    if SCHOOL_CHANNEL.search(words) is not None or _SCHOOL_WAYS.search(words) is not None:
        return None
    if _ROUTE_ASKED.match(words) is None and _SCHOOL_WORK.search(words) is not None:
        return None
    return who
