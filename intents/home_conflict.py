"""Rows at a child's home, told as staff pass them on: "he says theres always fighting over money at home", "theres
loads of fighting at home over money", "her parents are always screaming at each other".

Domestic conflict a child lives with is for the DSL, however lightly told. The report rules want a child harmed and
the report model a harm word, so such a telling was answered "not covered" and its words logged; the quarrel reading
(`harm_told.only_a_quarrel`) knew only a household's "fight". Read here: the harm net (`understanding`) offers the
report first on any such telling, and told as someone said it ("he says…", "ruby told me…") it is a report begun
(doubtfully, `reports.judge_report`), as a child's words are a disclosure. Not the speaker's own home ("my kids are
always fighting at home lol", "me and my husband had a row"), home time at school, nor a "what if". Works on `plain`
text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.pre_checked import PreChecked, loosened
from intents.rule_words import HOUSEHOLD, HYPOTHETICAL, LAUGH

# A row: fighting, arguing, shouting, screaming; not a fight for or against something ("fighting for his ehcp",
# "fighting off a cold") nor a fight that is a game ("pillow fights")
_ROW = (r"(?<!\bpillow )(?<!\bwater )(?<!\bfood )(?<!\bplay )(?<!\bsnowball )(?<!\bnerf )"
        # an argument online is the policy's own subject ("online argument at home causing problems in school")
        r"(?<!\bonline )(?<!\binternet )(?<!\bsocial media )(?<!\bwhatsapp )(?<!\bfacebook )(?<!\bgroup chat )"
        r"(?:fight(?:s|ing)?|fought|rows|rowing|"
        r"(?:(?<=\ba )|(?<=\banother )|(?<=\bbig )|(?<=\bmassive )|(?<=\bhuge ))row|argu(?:e|es|ed|ing)|"
        # an argument as a row, not a debate's ("practise their arguments at home")
        r"(?:(?<=\ban )|(?<=\banother )|(?<=\bbig )|(?<=\bmassive )|(?<=\bhuge )|(?<=\bof )|"
        r"(?<=\bconstant ))arguments?|"
        r"shout(?:s|ed|ing)|scream(?:s|ed|ing)|yell(?:s|ed|ing)|bicker(?:s|ed|ing)|domestics?|"
        r"throwing (?:stuff|things|plates|furniture)|"
        r"smash(?:es|ed|ing) (?:stuff|things|the (?:place|house) up))"
        r"(?! (?:for|off|against|through|back|fit|with (?:laughter|joy|delight|excitement|glee)|for joy)\b)"
        # at a game or a screen, not at one another ("his parents were yelling at the referee")
        r"(?! at (?:the )?(?:referee|ref|telly|tv|television|screen|match|game|football|pitch|players?|team)\b)")
# At home: the child's, not home time, home learning or a home visit at school, the home corner or house teams; not
# "indoors", which at school is wet play
_HOME = (r"(?:at (?:home|(?:his|her|their) (?:house|home|flat|place|mums|dads|nans))|in (?:the|his|her|their) "
         r"(?:house|flat|home))(?! (?:time|learning|work|visits?|reading|school\w*|made|grown|corner|teams?|groups?|"
         r"points|captains?|colours|competition|assembly)\b)")
# A child's household as the ones rowing ("her parents", "mum and her boyfriend", "his mum and dad")
_ROWERS = rf"(?:(?:his|her|their) parents|{HOUSEHOLD})"
_ROWS_AT_HOME = PreChecked(compiled(
    # the row and "at home" in one breath, either way round ("fighting over money at home", "at home theres shouting")
    rf"\b{_ROW}(?: \w+){{0,5}}? {_HOME}|\b{_HOME}(?: \w+){{0,4}}? {_ROW}"
    # or the household rowing ("her parents are always screaming at each other")
    rf"|\b{_ROWERS}(?: (?:are|were|is|was|keep|kept|keeps|always|often|constantly|still|had|have|been|a|an|"
    r"really|massive|big|huge|having|in|got|into)){0,4} " + _ROW),
    compiled(loosened(_ROW)))  # every way of it holds the row: looked for first, as most messages hold none
# The speaker's own home or family: "my kids are always fighting at home lol", "me and my husband had a row", "i was
# shouting at the telly at home"; the speaker rowing, not told of it ("i have been told theres fighting at home")
_OWN = compiled(r"\b(?:(?:my|our) (?:own )?(?:kids|children|boys|girls|husband|hubby|wife|partner|son|sons|"
                r"daughters?|twins|two|three|lot|little ones|eldest|youngest|family|teenagers?|teens|other half|oh|"
                r"fella|boyfriend|girlfriend)\b|me and\b|"
                r"(?:i|we)(?: (?:had|have|has|were|was|are|am|m|keep|kept|always|often|got|been|just|a|an|big|massive|"
                rf"huge|really))* {_ROW})")
# Told as someone said it: "he says", "ruby told me", "one of my year 3s said"; not the speaker ("i said"). Also
# care_told's, for neglect or touching passed on
# The saying verb alone, and what it is said to (care_told reads a child's quoted "my" after it)
SAID_VERB = (r"(?:says|said|told (?:me|us|her|him|them|the \w+|(?:his|her|their|my) \w+)|tells (?:me|us)|"
             r"mentioned|disclosed|keeps saying|kept saying|was saying|is saying)")
# A laugh typed as a word, however a telling is told with one (harm_told's quarrels, care_told's quoted "my")
LAUGHING = compiled(rf"\b{LAUGH}\b")
SAID = compiled(rf"\b(?!i\b|we\b|you\b)[a-z0-9]+ (?:(?:has|had|just|always|often|keeps|kept) )?{SAID_VERB}\b")


def rows_at_home(words: str) -> bool:
    """The (plain) message tells of fighting, arguing or shouting at a child's home, or within a child's household;
    not the speaker's own, nor a "what if"."""
    return not HYPOTHETICAL.match(words) and bool(_ROWS_AT_HOME.search(words)) and not _OWN.search(words)


# Children squabbling among themselves ("she was arguing with her sister", "the twins keep arguing"), with no adult of
# the household told rowing: the report is offered, but not begun as a disclosure of domestic conflict
_SIBLINGS = compiled(r"\b(?:(?:with|and) (?:her|his|their) (?:little |big |older |younger |baby )?(?:sisters?|"
                     r"brothers?|siblings?|cousins?)|(?:the|her|his|their) (?:twins|siblings|brothers|sisters|kids|"
                     r"children|boys|girls))\b")
_HOUSEHOLD_ROWS = compiled(rf"\b{_ROWERS}")


def rows_at_home_said(words: str) -> bool:
    """Rows at a child's home (`rows_at_home`) told as someone said them: a disclosure passed on; not children
    squabbling among themselves."""
    return (rows_at_home(words) and bool(SAID.search(words))
            and not (_SIBLINGS.search(words) and not _HOUSEHOLD_ROWS.search(words)))
