"""A member of staff treating a child harshly, told as staff tell it: "the dinner lady shouted at a kid today", "the
supply teacher grabbed a boy by the arm", "mrs jones humiliated a pupil in front of the class", "a ta made a girl
stand in the corner and called her stupid", "the ta shouted in a childs face".

The harm rules read a blow from a parent or a carer (`incidents`, `child_handled`); a shout, a grab, a pinch or
mockery from the dinner lady, a TA or a teacher was none of theirs, and such a telling was answered "not covered",
its words logged for the Headteacher. A concern about an adult working with children goes to the Headteacher (and the
LADO where needed): read here, the harm net (`understanding`) offers the report first, with that route; this reading
alone never begins one, as a raised voice may be only that. Not a member of staff cheering, calling a class in or
telling a child off ("the ta shouted at the kids to run faster", "the coach shouted at the kids to keep going",
"the dinner lady told a kid off", "grabbed a kids coat", "grabbed him to stop him running into the road"), nor staff
shouting at staff. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.pre_checked import PreChecked, loosened
from intents.rule_words import HYPOTHETICAL, NOT_A_NAME, STAFF_POSTS
from intents.year_groups import YEAR

# A member of staff: by post ("the dinner lady", "one of the tas", "a supply teacher", "my colleague"), or by title and
# name ("mrs jones", "mr k"), as staff speak of one another
_POST = (r"(?:teachers?|tas?|teaching assistants?|supply(?: teachers?)?|cover (?:teachers?|supervisors?)|staff|"
         r"members? of staff|staff members?|colleagues?|coach(?:es)?|heads?|headteachers?|head teachers?|"
         r"deputy(?: head)?|hltas?|lsas?|dinner ?lad(?:y|ies)|dinner staff|midday(?: assistants?| staff)?|"
         r"play leaders?|club leaders?|volunteers?|pe teachers?|swimming (?:teachers?|instructors?)|"
         # the school's other adults, whom the LADO's route covers as it does teachers
         r"peris?|technicians?|librarians?|(?:learning |pastoral )?mentors?|form tutors?|minibus drivers?|"
         r"lunch lad(?:y|ies)|cooks?|invigilators?|premises (?:managers?|officers?)|"
         rf"{STAFF_POSTS})")
_STAFF = (rf"(?:(?:(?:the|a|an|our|my|this|that|another|one of (?:the|our|my)|some) )?(?:\w+ ){{0,2}}?{_POST}|"
          r"(?:mr|mrs|miss|ms|mx|sir) [a-z]+)")
_DOING = (r"(?: (?:has|have|had|just|then|also|literally|really|actually|deliberately|suddenly|kept|keeps|always|"
          r"was|is|were|been|constantly|repeatedly|again|properly|totally)){0,3}")
STAFF = _STAFF  # also staff_conduct's
# Every match of a reading that opens with a member of staff holds a post or a title and name: looked for first, as many
# messages name none (built from the same words, so an edit to them reaches both)
STAFF_NAMED = compiled(loosened(rf"\b(?:{_POST}|(?:mr|mrs|miss|ms|mx|sir) [a-z]+)"))
# The child: one child by a word for them, a year group, him or her, or a name (not a word such as "lunch" or "the")
_CHILD_WORD = rf"(?:child|kid|boy|girl|pupil|student|toddler|little one|lad|{YEAR}|reception(?: child)?)"
_A_CHILD = (r"(?:(?:a|the|one|another|this|that|one of (?:my|our|the|his|her)|his|her) (?:\w+ ){0,2}?"
            rf"{_CHILD_WORD}s?|him|her)")
# a name: not a word a shout may be aimed at that is no child's name ("shouted at lunch", "at governors")
_NAME = (rf"(?!(?:{NOT_A_NAME}|me|us|them|lunch|break|playtime|home|school|everyone|everybody|sports|assembly|pick|"
         r"drop|governors?|colleagues?|visitors?|people|referee|ref|telly|tv|screen|dog|cat)\b)[a-z]{3,}")
A_CHILD = _A_CHILD  # also staff_conduct's
_ONE = rf"(?:{_A_CHILD}|{_NAME})"
# What may follow the child: the end, how or where it went on, or the telling going on, a clause of the teller's
# ("…a year 4 boy, I've told the head": plain text has lost the comma), round the head, twice; never a noun, which
# would be a thing of theirs ("a kids coat", and "a boy's bag" is "a boy bag")
_THEN = (r"(?=$| (?:by|across|out|into|off|in|at|on|and|so|till|until|because|for|today|yesterday|this|last|hard|"
         r"really|roughly|over|around|round|up|down|away|again|when|while|whilst|who|with|infront|in front|cos|coz|"
         r"bc|then|lol|ffs|omg|x|he|she|they|after|before|during|2day|tdy|i|ive|im|id|ill|we|weve|its|it|but|which|"
         r"twice|once|earlier|against|under|behind|near|outside|through|several|multiple|more|now|just|badly|"
         r"repeatedly|three times|two times|a (?:few|couple|number|bit|lot)|the (?:other day|whole|head|dsl))\b)")
_BODY = r"(?:arms?|ears?|cheeks?|hair|legs?|neck|wrists?|face|hands?|shoulders?|collar|hood|jumper)"
# Harsh treatment: shouting or swearing at, in their face; a hand laid on them; mockery, a name called; a punishment
# that shames ("made her stand in the corner", "made him cry"); shut in
_SHOUT = r"(?:shout|scream|yell|bellow|roar|swear|snap|snapp|growl)(?:ed|s|ing|in)?|swore"
_HAND = (r"(?:grabb?|yank|drag|dragg|shov|push|shak|shook|pinch|slap|slapp|smack|hit|hitt|kick|punch|thump|whack|"
         r"squeez|twist|flick|pok|spank|throttl|chok)(?:ed|es|e|s|ing|in)?")
_SHAME = (r"(?:humiliat|belittl|mock|ridicul|embarrass|insult|degrad|bull(?:y|ied|ies|ying)|pick(?:ed|s|ing)? on)"
          r"(?:ed|es|e|s|ing|in)?|made fun of|mak(?:es|ing) fun of|mak(?:e|es|ing) fun of")
_TREATS = PreChecked(compiled(
    rf"\b{_STAFF}{_DOING} (?:"
    rf"(?:{_SHOUT}) (?:at|in) (?:(?:a|the|his|her|this) (?:\w+ )?(?:{_CHILD_WORD}s?|his|her) face|{_ONE}{_THEN})|"
    rf"(?:{_HAND}) (?:{_A_CHILD}{_THEN}(?! (?:on|in) (?:the|a|his|her|their) (?:swing|wheelchair|buggy|pushchair))|"
    rf"{_NAME} (?=by|across|into|out of|(?:really |so )?(?:hard|roughly))|(?:{_A_CHILD}|{_NAME}) {_BODY}\b)|"
    # pulled by the hair or an ear, not pulled out of the pool or away from the road
    rf"(?:pull|tugg?)(?:ed|s|ing|in)? (?:(?:{_A_CHILD}|{_NAME}) {_BODY}\b|(?:his|her|their) (?:hair|ears?)\b|"
    rf"{_ONE} (?:\w+ ){{0,4}}?by (?:the|his|her|their) (?:hair|ears?|arms?|collar|hood|jumper)\b)|"
    rf"(?:{_SHAME}) {_ONE}{_THEN}|"
    rf"call(?:ed|s|ing)? {_ONE} (?:(?:a|an|so|really) )*(?:stupid|thick|dumb|idiot|names|useless|lazy|fat|ugly|"
    r"disgusting|smelly|a baby|pathetic|retard\w*|spastic|naughty boy|naughty girl)\b|"
    rf"(?:made|makes|making|make) {_ONE} (?:cry|stand (?:in|outside|facing|on)|sit (?:on the floor|alone|outside|in "
    r"the corner)|wet|eat|miss (?:her|his|their) (?:lunch|dinner)|go without)|"
    rf"(?:locked|shut|locks|shuts) {_ONE} (?:in|out)\b|"
    rf"(?:threw|throws|chucked|chucks|lobbed) \w+(?: \w+)? at {_ONE}{_THEN}|"
    rf"(?:refused|refuses|wouldnt let|would not let|didnt let|did not let) (?:to let )?{_ONE} (?:go to the (?:toilet|"
    r"loo)|eat|have (?:her|his|their) lunch|drink))"
    # not to keep them from harm, nor cheering or calling them on ("shouted at him to run", "grabbed him to stop him
    # running into the road")
    r"(?!.*\bto (?:stop|save|catch|help|keep|run|go|come|line|hurry|get|look|watch|be careful|well done|cheer)\b)"),
    STAFF_NAMED)
# A cheer, a birthday or a well done shouted is no harsh word
_CHEER = compiled(r"\b(?:cheer\w*|encourag\w*|well done|happy birthday|good luck|congrat\w*|hooray|hurray|go on)\b")


def treats_child_harshly(case: str) -> bool:
    """The (plain) words say a member of staff shouts at, lays hands on, mocks or shames a child, told or asked of."""
    return _CHEER.search(case) is None and _TREATS.search(case) is not None


def staff_treated_child_harshly(words: str) -> bool:
    """The (plain) message tells of a member of staff treating a child harshly ("the dinner lady shouted at a kid
    today"), not asking what if they did."""
    return not HYPOTHETICAL.match(words) and treats_child_harshly(words)
