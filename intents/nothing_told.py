"""Messages surely taken for a report whose whole telling is everyday news: a child in touch online with a friend or
their own family ("a y5 girl sends pics to her friend on snap", "a y5 boy plays fortnite with his older brother"), and
a parent's pictures of a school event ("a parent posted photos of sports day on facebook").

The report model weighs a child, a platform, a picture and something done, and the narrative rules any picture a
parent posts, whatever was done: each was begun as a report at once, the teacher taken into a form they never asked
for. Each may still be the start of one (pictures a child sends may be self-generated imagery; parents' pictures of an
event are D.1's matter), so it is not dropped: it is answered as the question it may be, with the report offered first
(`reports.judge_report`). Only the whole message so, nothing else told: "…with all the kids in it", "…to an older boy",
"…nudes…", a stranger, a member of staff, or a worry keep it as it was. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.no_concern_told import concern_told
from intents.rule_words import DAD, GRANDPARENT, MUM, SIBLING
from intents.year_groups import YEAR, YEARS

# Openers that only pass the news on
_LEAD = r"(?:(?:fyi|just so you know|heads up|just a heads up|so|just to say|apparently|i think) )?"
# A child of the school, by year, class or word
_A_CHILD = (rf"(?:(?:a|one|one of (?:my|our|the)|my|our|this|that|the) )?(?:{YEAR} |reception |nursery )?"
            rf"(?:girls?|boys?|child|children|kids?|pupils?|students?|{YEARS}|lads?)"
            rf"(?: (?:in|from) (?:my|our|the) class| (?:in|from) {YEAR})?")
# In touch with, sending to or playing with
_IN_TOUCH = (r"(?:(?:is |was |are |were |has been |have been |keeps |keep |always )?(?:sends?|sending|sent|plays?|"
             r"playing|played|chats?|chatting|chatted|talks?|talking|talked|messages?|messaging|messaged|facetimes?|facetiming|facetimed|games?|gaming|"
             r"gamed|snaps?|snapping|snapped|snapchats?|snapchatting|texts?|texting|texted|video calls?|calls?|calling)"
             r"(?: (?:some |lots of |loads of )?(?:pics?|photos?|pictures?|selfies?|videos?|vids?|messages?|snaps?|"
             r"texts?|fortnite|roblox|minecraft|games?|online))?(?: online)?)")
# A friend or their own family, no one older from outside. Not an uncle or aunt: a child sending pictures to, or
# facetiming at night, an adult outside their home ("a y5 girl sends pics to her uncle every night") is what a
# Designated Safeguarding Lead asks about, and was begun as a report at d7917f8 (review revQ)
_PEER = (r"(?:(?:his|her|their) (?:best |school |close )?(?:friends?|mates?|pals?|bff|bestie|classmates?)|"
         rf"(?:his|her|their) (?:own )?(?:(?:older|younger|big|little|baby|twin|elder) )?(?:{SIBLING}|"
         rf"siblings?|bro|sis|{MUM}|{DAD}|{GRANDPARENT})|"
         # a cousin of their own age; an older one, who may be an adult outside the home, is as an uncle is
         r"(?:his|her|their) (?:(?:younger|little|baby|twin) )?cousins?|each other|"
         r"(?:friends|kids|children|girls|boys) (?:in|from) (?:his|her|their|the same) (?:class|year))")
_WHERE = (r"(?: (?:on|over|via|through|in) (?:the )?(?:snap\w*|roblox|fortnite|minecraft|tiktok|insta\w*|whatsapp|"
          r"facetime|xbox|playstation|ps\d|discord|messenger|the ipad|her phone|his phone|their phone|online|the "
          r"internet|a game|games))?(?: (?:online|after school|at home|at night|every night|at weekends|at the "
          r"weekend|every day|a lot|all the time|today|yesterday|last night))?")
_PEER_CONTACT = compiled(
    rf"^{_LEAD}{_A_CHILD} {_IN_TOUCH}(?: (?:with|to))? {_PEER}{_WHERE}$")
# A parent's pictures of a school event and where they went, nothing else
_PARENT = (rf"(?:(?:a|an|one|one of the|one of our|our|some|the|some of the|a few) )?(?:{YEAR} |reception "
           r"|nursery )?(?:parents?|mums?|dads?|carers?|grandparents?|grandmas?|grandads?|nans?|mothers?|fathers?|"
           r"famil(?:y|ies))")
_POSTED = (r"(?:has |have |had |just |already )*(?:posted|put|shared|uploaded|put up|stuck|are posting|is posting|"
           r"are sharing|is sharing|posting|sharing)")
_PICTURES = (r"(?:(?:a|some|the|loads of|lots of|a few|their|her|his|a load of) )?(?:photos?|pics?|pictures?|videos?|"
             r"vids?|clips?|footage|snaps?)")
_EVENT = (r"(?:(?:the|our|this mornings|yesterdays|todays|last nights|the school|the class|the year \d+) )?"
          r"(?:sports day|sport day|nativity|nativity play|assembly|class assembly|leavers assembly|school play|play|"
          r"concert|carol service|christmas fair|christmas fayre|summer fair|summer fayre|fair|fayre|fete|disco|"
          r"school disco|trip|school trip|harvest festival|world book day|book day|panto|pantomime|swimming gala|gala|"
          r"parade|performance|show|school show|races|relay|easter bonnet parade|celebration assembly|"
          r"(?:christmas|xmas|summer|spring|winter|easter|harvest|end of term|leavers) (?:concert|show|play|party|"
          r"disco|performance|production))")
_PUT_ON = (r"(?: (?:on|to|onto) (?:the |their |her |his |a )?(?:facebook|fb|insta\w*|tiktok|tik tok|twitter|x|"
           r"whatsapp|snap\w*|youtube|story|stories|page|profile|group|parents group|class group|facebook group|"
           r"local facebook group|village facebook page|(?:class|parents|year \d+|y\d+) (?:whatsapp|facebook|fb))"
           r"(?: page| group| story| chat)?)?"
           r"(?: (?:today|yesterday|last night|this morning|again|already))?")
_EVENT_PICTURES = compiled(rf"^{_LEAD}{_PARENT} {_POSTED} {_PICTURES} (?:of|from) {_EVENT}{_PUT_ON}$")


def everyday_news(words: str) -> bool:
    """The whole (plain) message is a child in touch with a friend or their family, or a parent's pictures of a school
    event, with nothing of concern told in it."""
    return bool(_PEER_CONTACT.match(words) or (_EVENT_PICTURES.match(words) and not concern_told(words)))


def event_pictures_posted(words: str) -> bool:
    """The whole (plain) message is a parent's pictures of a school event and where they went, nothing of concern
    told: whoever posted them ("a mum", "a parent", "one of the dads"), the same matter for D.1."""
    return bool(_EVENT_PICTURES.match(words) and not concern_told(words))
