"""The word lists normalisation uses: stop words, chat spellings and slang, synonyms and concepts.

Every list is plain data so a reader can see exactly which words are treated as the same; the maps
are applied to both the question and the policy side, so matching never depends on how someone spells.
"""

from __future__ import annotations

# Words that carry no meaning for matching (question scaffolding, chat filler). Kept short on purpose:
# "when", "who", "why" stay because they separate e.g. "when is it reviewed" from "who reviews it".
STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again all am an and any are aren arent as at be been being both but by in if
    because whether since via
    can cant could couldnt did didnt do does doesnt doing dont down during each either else even
    ever for from further get got gonna had has hasnt have havent having he her here hers him his
    how i id ill im into is isnt it its itll ive just let lets me mine might more most must my
    myself need needs no nor not now of off ok okay on once only or our ours out over
    quite rather really same she should shouldnt so some such than that thats the their them
    then there these they theyre this those though thru to too under until up upon us very was
    wasnt we were weve what whats which while will with within wont would wouldnt yeah yes yet
    you youd youre your yours yourself also anyway basically actually literally like um umm erm
    hmm hi hey hiya hello please pls plz thanks thank thx ta cheers lol tbh btw fyi asap ok many much
    sure kind sort bit lot lots thing things stuff something anything everything someone
    anyone everyone somebody anybody one ones way ways know think guess wondering wonder wondered
    quick question q allowed allow ok alright fine right wrong supposed meant mean
    """.split()
)

# Multi-word phrases first (matched on the lower-cased, punctuation-free text), so "head teacher"
# and "ex pupil" become one token before single words are mapped.
PHRASES: tuple[tuple[str, str], ...] = (
    ("head teacher", "headteacher"), ("head of school", "headteacher"), ("head master", "headteacher"),
    ("head mistress", "headteacher"), ("senior leadership team", "slt"), ("senior leadership", "slt"),
    ("senior leaders", "slt"), ("designated safeguarding lead", "dsl"), ("safeguarding lead", "dsl"),
    ("local authority designated officer", "lado"), ("local authority", "localauthority"),
    ("st helens council", "council"), ("st helens", "council"), ("governing body", "governor"),
    ("board of governors", "governor"), ("ex pupils", "expupil"), ("ex pupil", "expupil"),
    ("former pupils", "expupil"), ("former pupil", "expupil"), ("old pupils", "expupil"),
    ("old pupil", "expupil"), ("past pupils", "expupil"), ("past pupil", "expupil"),
    ("ex students", "expupil"), ("ex student", "expupil"), ("former students", "expupil"),
    ("former student", "expupil"), ("ex kids", "expupil"), ("left school", "expupil"),
    ("used to teach", "expupil"), ("i taught", "expupil"), ("friend request", "friend"),
    ("friend requests", "friend"), ("social media", "socialmedia"), ("social networking", "socialmedia"),
    ("social network", "socialmedia"), ("social networks", "socialmedia"), ("social site", "socialmedia"),
    ("social sites", "socialmedia"), ("networking site", "socialmedia"), ("networking sites", "socialmedia"),
    ("networking service", "socialmedia"), ("networking services", "socialmedia"),
    ("networking platform", "socialmedia"), ("networking platforms", "socialmedia"), ("face book", "facebook"),
    ("tik tok", "tiktok"),
    ("whats app", "whatsapp"), ("what s app", "whatsapp"), ("you tube", "youtube"),
    ("group chat", "groupchat"), ("group chats", "groupchat"), ("class dojo", "classdojo"),
    ("teaching assistant", "staff"), ("teaching assistants", "staff"), ("member of staff", "staff"),
    ("members of staff", "staff"), ("staff member", "staff"), ("staff members", "staff"),
    ("lesson time", "lesson"), ("lesson times", "lesson"), ("class time", "lesson"),
    ("teaching time", "lesson"), ("in class", "lesson"), ("during class", "lesson"),
    ("teachers standards", "teacherstandards"), ("teacher standards", "teacherstandards"),
    ("teachers standard", "teacherstandards"), ("national teachers standards", "teacherstandards"),
    ("terms and conditions", "terms"), ("terms of service", "terms"), ("terms of use", "terms"),
    ("t and c", "terms"), ("t cs", "terms"), ("ts and cs", "terms"), ("ts cs", "terms"),
    ("safer working practice", "saferworking"), ("safer working", "saferworking"),
    ("privacy settings", "privacy"), ("privacy setting", "privacy"), ("legal team", "legalteam"),
    ("code of conduct", "codeofconduct"), ("e safety", "esafety"), ("online safety", "esafety"),
    ("cyber bullying", "bully online"), ("cyberbullying", "bully online"), ("take down", "remove"),
    ("taken down", "remove"), ("took down", "remove"), ("slag off", "criticise"), ("slagging off", "criticise"),
    ("bad mouth", "criticise"), ("have a go", "criticise"), ("kick off", "criticise"),
    ("new technologies", "technology"), ("disrepute", "disrepute reputation"),
    ("year group", "pupil"), ("my class", "pupil"), ("our pupils", "pupil"),
    ("not true", "untrue"), ("made up", "untrue"), ("fake news", "untrue"),
    ("out of date", "outdated"), ("up to date", "uptodate"), ("classed as", "count"), ("class as", "count"),
    ("counts as", "count"), ("count as", "count"), ("come under", "count"), ("comes under", "count"),
    ("make fun of", "mock"), ("making fun of", "mock"), ("made fun of", "mock"), ("take the mick", "mock"),
    ("taking the mick", "mock"), ("took the mick", "mock"), ("looked after", "incare"), ("in care", "incare"),
    ("t and cs", "terms"), ("t and c s", "terms"), ("ts and cs", "terms"), ("other people s", "other"),
    ("calling names", "bully"), ("calling her names", "bully"), ("calling him names", "bully"),
    ("calling them names", "bully"), ("call names", "bully"), ("called names", "bully"), ("name calling", "bully"),
    ("picking on", "bully"), ("picked on", "bully"), ("pick on", "bully"), ("ganging up", "bully"),
    ("gang up", "bully"), ("ganged up", "bully"), ("left out", "bully"), ("leaving out", "bully"),
    ("friends only", "privacy"), ("only friends", "privacy"), ("badly run", "negative"),
    ("post a letter", "mail"), ("post letters", "mail"), ("post the letter", "mail"), ("post a parcel", "mail"),
    ("post a package", "mail"), ("by post", "mail"), ("in the post", "mail"), ("post office", "mail"),
    ("does the policy mention", "policy"), ("policy mentions", "policy"), ("policy mention", "policy"),
    ("does the policy say about", "policy"), ("what does the policy say about", "policy"),
    ("anything in the policy about", "policy"), ("policy say", "policy"), ("policy says", "policy"),
    ("soc med", "socialmedia"), ("sports day", "sportsday"), ("school play", "event"), ("christmas play", "event"),
    ("nativity play", "nativity"), ("carol service", "event"), ("open evening", "event"), ("open day", "event"),
    ("award ceremony", "event"), ("prize giving", "event"), ("summer fair", "fair"), ("christmas fair", "fair"),
    ("world book day", "event"), ("review date", "review"), ("next review", "review"), ("sign off", "agreed"),
    ("signed off", "agreed"), ("school trip", "trip"), ("class trip", "trip"), ("day trip", "trip"),
    ("friends list", "friend"), ("friend list", "friend"), ("half term", "halfterm"),
    ("out of school", "outsideschool"),
    ("outside school", "outsideschool"), ("outside of school", "outsideschool"), ("out of hours", "outsideschool"),
    ("school holidays", "holiday"), ("lock down", "privacy"), ("locked down", "privacy"), ("green light", "approve"),
    ("okay it", "approve"), ("ok it", "approve"), ("have a dig", "criticise"), ("having a dig", "criticise"),
    ("google classroom", "padlet"), ("class dojo", "classdojo"), ("in uniform", "uniform"),
    ("foster care", "incare"), ("fostered", "incare"), ("adopted", "incare"),
    # everyday words for the policy's terms, as staff who have never read it put them
    ("go ahead", "approve"), ("say so", "consent"), ("give the nod", "approve"), ("rubber stamp", "approve"),
    ("social apps", "socialmedia"), ("social app", "socialmedia"), ("social platforms", "socialmedia"),
    ("social platform", "socialmedia"), ("social accounts", "socialmedia account"),
    ("former kids", "expupil"), ("old kids", "expupil"),
    ("public image", "reputation"), ("good name", "reputation"), ("national standards", "teacherstandards"),
    ("professional standards", "teacherstandards"), ("standards for teachers", "teacherstandards"),
    ("off site", "outsideschool"), ("away from school", "outsideschool"), ("outside the gates", "outsideschool"),
    ("outside school hours", "outsideschool"), ("risk assess", "assess"), ("risk assessment", "risk assess"),
    # what is talked or posted about: the school's affairs are "school life" (B.2), where "is that school business?"
    # asks whether it is the school's concern (E.0-E.4) and keeps its words
    ("about school business", "about school life"), ("about school stuff", "about school life"),
    ("about school things", "about school life"), ("about school matters", "about school life"),
    ("about school news", "about school life"), ("about school issues", "about school life"),
)

# Single chat words, abbreviations, slang and spelling variants (American -> British) -> one form.
CANONICAL: dict[str, str] = {
    # platforms
    "fb": "facebook", "facebok": "facebook", "facbook": "facebook", "insta": "instagram", "ig": "instagram",
    "gram": "instagram", "instagramm": "instagram", "snap": "snapchat", "sc": "snapchat", "tweet": "twitter",
    "tweets": "twitter", "tweeting": "twitter", "tweeted": "twitter", "x": "twitter", "yt": "youtube",
    "whatsap": "whatsapp", "watsapp": "whatsapp", "wa": "whatsapp", "tt": "tiktok", "linkedin": "linkedin",
    "blogs": "blog", "vlog": "blog", "vlogs": "blog", "dojo": "classdojo", "seesaw": "seesaw",
    # pictures and video
    "pic": "picture", "pics": "picture", "piccies": "picture", "pix": "picture", "photo": "picture",
    "photos": "picture", "fotos": "picture", "foto": "picture", "photograph": "picture", "photographs": "picture",
    "pictures": "picture", "image": "picture", "images": "picture", "selfie": "picture", "selfies": "picture",
    "snapshot": "picture", "snapshots": "picture", "vid": "video", "vids": "video", "videos": "video",
    "footage": "video", "clip": "video", "clips": "video", "reel": "video", "reels": "video",
    # people
    "pupils": "pupil", "student": "pupil", "students": "pupil", "kid": "pupil", "kids": "pupil",
    "child": "pupil", "children": "pupil", "childrens": "pupil", "learner": "pupil", "learners": "pupil",
    "kiddo": "pupil", "kiddos": "pupil", "boy": "pupil", "girl": "pupil", "boys": "pupil", "girls": "pupil",
    "expupils": "expupil", "alumni": "expupil", "alumnus": "expupil",
    "parents": "parent", "carer": "parent", "carers": "parent", "mum": "parent", "mums": "parent",
    "mom": "parent", "moms": "parent", "dad": "parent", "dads": "parent", "guardian": "parent",
    "guardians": "parent", "mam": "parent", "mummy": "parent", "daddy": "parent", "family": "parent",
    "families": "parent", "grandparent": "parent", "grandparents": "parent", "nan": "parent", "grandma": "parent",
    "teacher": "staff", "teachers": "staff", "ta": "staff", "tas": "staff", "employee": "staff",
    "employees": "staff", "coworker": "staff", "coworkers": "staff", "workmate": "staff", "workmates": "staff",
    "colleagues": "colleague", "head": "headteacher", "ht": "headteacher", "headmaster": "headteacher",
    "headmistress": "headteacher", "principal": "headteacher", "heads": "headteacher", "boss": "headteacher",
    "govs": "governor", "gov": "governor", "governors": "governor", "governer": "governor",
    "governers": "governor", "la": "localauthority", "lea": "localauthority", "councils": "council",
    # actions
    "follow": "friend", "follows": "friend", "following": "friend", "followed": "friend", "follower": "friend",
    "followers": "friend", "befriend": "friend", "friended": "friend", "friending": "friend",
    "unfriend": "friend", "mates": "friend", "accept": "friend", "accepted": "friend", "accepting": "friend",
    "used": "use", "using": "use", "usage": "use",  # the stemmer leaves "used" and "using" apart from "use"
    "upload": "post", "uploading": "post", "uploaded": "post", "uploads": "post", "publish": "post",
    "published": "post", "publishing": "post",
    "moan": "criticise", "moaning": "criticise", "rant": "criticise", "ranting": "criticise",
    "whinge": "criticise", "whinging": "criticise", "vent": "criticise", "venting": "criticise",
    "slate": "criticise", "slating": "criticise", "diss": "criticise", "badmouth": "criticise",
    "criticize": "criticise", "criticizing": "criticise", "criticising": "criticise", "criticism": "criticise",
    "complaining": "complain", "complaints": "complain", "complaint": "complain", "complained": "complain",
    "authorise": "approve", "authorize": "approve", "approval": "approve", "approved": "approve",
    "permission": "consent", "permissions": "consent",
    "bullied": "bully", "bullies": "bully", "bullying": "bully", "harass": "harassment",
    "harassed": "harassment", "harassing": "harassment", "intimidate": "intimidation",
    "intimidating": "intimidation", "trolling": "troll", "trolled": "troll", "trolls": "troll",
    "responsibilities": "responsible", "responsibility": "responsible", "code": "codeofconduct",
    "awful": "negative", "terrible": "negative", "rubbish": "negative", "useless": "negative",
    "shambles": "negative", "disgrace": "negative", "disgraceful": "negative", "hopeless": "negative",
    "incompetent": "negative", "fuming": "negative", "furious": "negative", "bad": "negative",
    "nasty": "unkind", "horrible": "unkind", "hurtful": "unkind", "spiteful": "unkind",
    "vile": "unkind", "cruel": "unkind",
    "made": "make", "making": "make", "makes": "make", "mocking": "mock", "mocked": "mock", "lac": "incare",
    "organize": "organise", "organized": "organise", "organizing": "organise", "color": "colour",
    "behavior": "behaviour", "favorite": "favourite", "center": "centre", "license": "licence",
    "defense": "defence", "offense": "offence", "judgment": "judgement", "practise": "practice",
    "recognize": "recognise", "apologize": "apologise", "realize": "realise", "analyze": "analyse",
    "program": "programme", "vacation": "holiday", "math": "maths", "grade": "year",
    # misc chat
    "freind": "friend", "freinds": "friend", "recieve": "receive", "beleive": "believe", "wierd": "weird",
    "teh": "the", "adn": "and", "waht": "what", "cna": "can", "thier": "their", "definately": "definitely",
    "req": "request", "reqs": "request", "acct": "account", "acc": "account", "accts": "account", "msg": "message",
    "msgs": "message", "dm": "message", "dms": "message", "ppl": "people", "sm": "socialmedia",
    "socials": "socialmedia", "postage": "mail",
    "sarky": "criticise", "sarcastic": "criticise", "snarky": "criticise", "dig": "criticise", "jibe": "criticise",
    "jibes": "criticise", "digs": "criticise", "oking": "approve", "okaying": "approve", "okayed": "approve",
    "okd": "approve", "sanctioned": "approve", "incorrect": "untrue", "inaccurate": "untrue", "false": "untrue",
    "misinformation": "untrue", "fictitious": "untrue", "gaming": "game", "games": "game", "gamer": "game",
    "trips": "trip", "outing": "trip", "outings": "trip", "excursion": "trip", "visits": "trip",
    "u": "you", "ur": "your", "r": "are", "im": "i", "wot": "what", "wat": "what", "cuz": "because",
    "coz": "because", "cos": "because", "bc": "because", "abt": "about", "w": "with", "bday": "birthday",
    "gonna": "going", "wanna": "want", "gotta": "must", "tho": "though", "thru": "through",
    "online": "online", "internet": "online", "web": "online", "net": "online", "website": "site",
    "websites": "site", "sites": "site", "webpage": "site", "app": "site", "apps": "site",
    "dsl": "dsl", "slt": "slt", "pe": "pe",
    "lies": "untrue", "lying": "untrue", "rumour": "untrue", "rumours": "untrue", "rumor": "untrue",
    "rumors": "untrue", "nonsense": "untrue", "vet": "assess", "vetting": "assess", "vetted": "assess",
    "standing": "reputation", "offsite": "outsideschool",
}

# Concept tokens added beside a (stemmed) word, so any platform matches any other platform, etc.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "facebook": ("socialmedia", "online"), "instagram": ("socialmedia", "online"), "twitter": ("socialmedia", "online"),
    "tiktok": ("socialmedia", "online"), "snapchat": ("socialmedia", "online"),
    "whatsapp": ("socialmedia", "groupchat", "online"), "youtube": ("socialmedia", "video", "online"),
    "linkedin": ("socialmedia", "online"), "threads": ("socialmedia", "online"), "reddit": ("socialmedia", "online"),
    "discord": ("socialmedia", "online"), "mumsnet": ("socialmedia", "online"), "blog": ("socialmedia", "online"),
    "groupchat": ("socialmedia", "online"), "bluesky": ("socialmedia", "online"), "socialmedia": ("online",),
    "expupil": ("pupil",), "colleague": ("staff",), "dsl": ("safeguard",), "slt": ("headteacher",),
    "video": ("picture",), "council": ("localauthority",), "troll": ("harassment",),
    "criticise": ("negative",), "lado": ("localauthority",),
    # school events: whatever the event, a picture of it is a picture of a school event
    "sportsday": ("event", "sport"), "nativity": ("event",), "fete": ("event",), "fayre": ("event",),
    "fair": ("event",), "disco": ("event",), "concert": ("event",), "residential": ("event",), "prom": ("event",),
    "festival": ("event",), "tournament": ("event",), "ceremony": ("event",), "panto": ("event",),
    "pantomime": ("event",), "trip": ("event",), "leaver": ("event",), "assembly": ("event",), "gala": ("event",),
    "graduation": ("event",), "outing": ("event",),
    # games and the classroom apps staff meet pupils on are social networking too
    "game": ("socialmedia", "online"), "roblox": ("socialmedia", "online"), "fortnite": ("socialmedia", "online"),
    "minecraft": ("socialmedia", "online"), "xbox": ("socialmedia", "online"), "playstation": ("socialmedia", "online"),
    "twitch": ("socialmedia", "online"), "padlet": ("socialmedia", "online"), "seesaw": ("socialmedia", "online"),
    "classdojo": ("socialmedia", "online"), "tapestry": ("socialmedia", "online"),
    "flipgrid": ("socialmedia", "online"),
    # when it happened: away from school is "outside school" whatever the words
    "weekend": ("outsideschool",), "evening": ("outsideschool",), "night": ("outsideschool",),
    "holiday": ("outsideschool",), "halfterm": ("outsideschool", "holiday"),
    "public": ("privacy",), "visible": ("privacy",), "searchable": ("privacy",),
    "incare": ("safeguard",),
}

# Words that place a message in the policy's world (online, posting, sharing, the policy itself): the in-scope
# model weighs their presence, since "what time does school close on Friday" shares words with clauses too.
ONLINE_WORDS: tuple[str, ...] = (
    "online", "social media", "post", "share", "comment", "profile", "account", "friend", "tag", "website",
    "message", "picture", "video", "page", "group chat",
)
DOMAIN_WORDS: tuple[str, ...] = (*ONLINE_WORDS, "policy")

# The school's other policies. A question about one of them ("when is the behaviour policy reviewed?") is not
# about this one, however many words it shares with the review-date clause. The e-safety policy is left out:
# E.0 points to it for the sanctions on bullying with new technologies.
OTHER_POLICIES: tuple[str, ...] = (
    "behaviour", "behavior", "attendance", "uniform", "anti bullying", "antibullying", "child protection",
    "complaints", "complaint", "first aid", "sickness", "sickness absence", "absence", "pay", "data protection",
    "gdpr", "charging", "lettings", "homework", "marking", "feedback", "send", "sen", "admissions", "admission",
    "health and safety", "whistleblowing", "equality", "equalities", "drugs", "medicines", "medication",
    "intimate care", "rse", "relationships", "curriculum", "dress code", "lone working", "fire", "accessibility",
    "exclusion", "exclusions", "suspension", "teaching and learning", "assessment", "maternity", "leave",
    "appraisal", "capability", "grievance", "disciplinary", "recruitment", "pshe", "toileting", "cctv",
    "educational visits", "trips", "remote learning", "safeguarding", "staff absence", "parking", "lost property",
)

# Documents a school's policies point to ("read and comply with 'Guidance for Safer Working Practice'", "the schools
# e-safety policy makes sanctions…"), as plain text writes them, and the document each names, as a reply names it.
# What one of them says ("what does KCSIE say about filtering?") is not in the policy (intents/documents.py). "The
# online safety policy" is the e-safety policy's newer name.
OTHER_DOCUMENTS: dict[str, str] = {
    "teachers standards": "the Teachers' Standards", "teacher standards": "the Teachers' Standards",
    "teaching standards": "the Teachers' Standards",
    "safer working practice": "the Guidance for Safer Working Practice",
    "safer working guidance": "the Guidance for Safer Working Practice",
    "keeping children safe in education": "Keeping Children Safe in Education",
    "kcsie": "Keeping Children Safe in Education",
    "working together to safeguard children": "Working Together to Safeguard Children",
    "prevent duty": "the Prevent duty guidance", "prevent guidance": "the Prevent duty guidance",
    "education inspection framework": "Ofsted's inspection framework",
    "ofsted framework": "Ofsted's inspection framework", "ofsted handbook": "Ofsted's inspection framework",
    "ukcis": "the UKCIS guidance",
    "e safety policy": "the e-safety policy", "esafety policy": "the e-safety policy",
    "online safety policy": "the e-safety policy",
}

# Words about the act of reporting ("I need to report...", "I'm worried"): when a message is a report, the
# matcher looks past them to what the report is about.
REPORT_WORDS: frozenset[str] = frozenset(
    "report reporting reported raise raising log logging flag flagging concern concerns concerned worried worry "
    "worrying need want tell telling escalate record someone somebody help".split()
)

# Spelling roots that differ between British and American English beyond single words above.
SUFFIX_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"),
    ("yzing", "ysing"), ("yze", "yse"),
)
