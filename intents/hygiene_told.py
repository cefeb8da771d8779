"""A child who smells, or comes in unwashed or in the same dirty clothes, told or asked of: "a child smells", "one of
my year 2s stinks every day", "what if a pupil always comes in filthy?".

These were "not covered" alone. Poor hygiene that persists is one of the signs of neglect a Designated Safeguarding
Lead asks staff to pass on (Keeping Children Safe in Education), and a teacher who says it of a child may be starting
to tell of one; so the report is offered first and the question still answered, never begun: it may be nothing. Not
the class after PE or play, a smell of something pleasant, nor the room, the dinner or a lesson ("the hall smells of
paint", "we did smelly science"). A child smelling of alcohol, cannabis or smoke is read here too. Works on `plain`
text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.year_groups import YEAR

_CHILD = (r"(?:(?:a|an|the|this|that|one|one of (?:my|our|the)|my|our|another|some) )?(?:\w+ ){0,2}?"
          rf"(?:child|kid|pupil|student|boy|girl|lad|little one|{YEAR}|reception)s?"
          # where the child is from: "a child in my class", "the boy in 3b", "a girl from year 4"
          r"(?: (?:in|from) (?:my|our|the|\w+)(?: \w+)??)?|he|she|"
          r"(?:his|her) (?:clothes|uniform|hair|coat)|they")
_OFTEN = r"(?:(?:really|always|often|constantly|still|so|very|quite|badly|every day|again) )*"
_UNWASHED = (r"(?:smells?|smelling|smelt|smelled|stinks?|stinking|reeks?|reeking|is smelly|are smelly|"
             r"(?:is|are|comes? in|come to school|turns? up|arrives?|looks?)(?: \w+)?? (?:really |always |so |very )?"
             r"(?:smelly|unwashed|filthy|dirty|grubby|unkempt)|"
             r"(?:wears?|wearing|in) the same (?:dirty |unwashed |smelly )?(?:clothes|uniform)"
             r"(?: every day| all week)?|"
             r"(?:has|had|have)(?:nt| not) (?:been )?(?:washed|bathed|showered))")
_TOLD = compiled(rf"\b(?:{_CHILD}) {_OFTEN}{_UNWASHED}\b")
# A passing smell, or a pleasant one: the class after PE, of perfume, of the dinner, of the paint
_NOT_NEGLECT = compiled(r"\b(?:after (?:pe|games|football|swimming|break|lunch|play|playtime|forest school|sport|"
                        r"sports day|running)|nice|lovely|good|great|amazing|of (?:perfume|deodorant|lynx|body spray|"
                        r"sweets|strawberr\w*|paint|glue|flowers|chocolate|dinner|the dinner|lunch|chips|crisps)|like "
                        r"(?:strawberr\w*|sweets|flowers|chocolate|a rose)|can smell|smell (?:test|sense|the)|sense of "
                        r"smell|smelly (?:science|socks day|cheese)|muddy|mud)\b")

# ... never a smell of urine, of drink or of drugs, whenever it is noticed ("a child smells of wee after lunch every
# day", "a pupil smells of cannabis after lunch")
_NEVER_PASSING = compiled(r"\b(?:of|like) (?:\w+ )?(?:wee|urine|pee|piss|poo|poop|faeces|feces|alcohol|booze|"
                          r"drink|beer|wine|vodka|cannabis|weed|skunk|drugs|smoke|cigarettes?|fags)\b")


def unwashed_child(words: str) -> bool:
    """The (plain) words tell of, or ask of, a child who smells, or comes in unwashed or in the same dirty clothes."""
    return _TOLD.search(words) is not None and (_NEVER_PASSING.search(words) is not None
                                               or _NOT_NEGLECT.search(words) is None)
