"""What is private to a member of staff, as a parent's post may lay it bare: "a parent posted on facebook that miss
taylor is pregnant", "a dad put my phone number on facebook", "a parent posted where miss patel lives", "a parent
posted about miss taylors pregnancy".

`disparaged_online` reads a post told by what it says of someone; an insult or an allegation made it a report (D.3),
but a private matter has neither, and "a parent posted on facebook that miss taylor is pregnant" was answered as D.1's
policy question. Exposing a colleague's pregnancy, health, relationships, sexuality or where they live is a post the
Headteacher must hear of (D.3, APX.1). The patterns here are that reading's words; `disparaged_online` reads the rest
(an adult telling of it, online, not a "what if"). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled

# What is said of them: a pregnancy, an illness, a relationship, sexuality, trouble at work ("is pregnant", "has
# cancer", "is getting divorced", "is gay", "is being investigated"); not news of the school ("is leaving", "got
# married", which staff share themselves)
PRIVATE_FACT = (
    r"(?:pregnant|expecting(?: a baby| twins)?|having (?:a baby|twins|an affair|a breakdown|ivf|chemo)|"
    r"(?:having|had|has|got|suffering|suffered|suffers) (?:an? )?(?:affair|miscarriage|abortion|cancer|breakdown|"
    r"nervous breakdown|depression|anxiety|mental health (?:problems|issues)|drink problem|drinking problem|"
    r"ivf|chemo|hiv|an std|std|stds|eating disorder)|"
    r"(?:sleeping|shagging|cheating) (?:with|on)|seeing (?:a|another|someone|somebody|mr|mrs|miss|ms|the|one of)|"
    r"(?:secretly )?(?:gay|lesbian|bisexual|bi|trans|transgender)|"
    r"(?:getting (?:a )?)?divorced?|getting a divorce|separated|splitting up|split up|"
    r"(?:being|been|under) investigat\w+|suspended|on (?:a|her|his) (?:disciplinary|final warning)|"
    r"off (?:sick )?with (?:stress|depression|anxiety|cancer|a breakdown)|on (?:anti ?depressants|medication|meds)|"
    r"in rehab|in therapy|on benefits|in debt|bankrupt)"
)
# Whose it is: a member of staff's, mine, hers ("miss taylors", "my", "her", "the heads")
_WHOSE = (r"(?:(?:mr|mrs|miss|ms|mx|dr|sir) [a-z]+s?|my|our|her|his|their|the (?:head|heads|headteachers?|deputy|"
          r"deputys|teachers?|tas?|senco|dsl)s?|(?:a|one) (?:teachers?|tas?|staff members?)s?)")
# A private thing of theirs: where they live, how to reach them, their family, their health ("her home address", "my
# phone number", "miss taylors pregnancy")
_PRIVATE_THING = (r"(?:(?:home |house |full )?address|(?:home |house |mobile |personal |phone |private )?numbers?|"
                  r"mobile|phone number|email(?: address)?|house|home|car reg(?:istration)?|number ?plate|kids|"
                  r"children|(?:medical|health) (?:\w+ )?(?:records?|history|condition|details)|pregnancy|"
                  r"miscarriage|divorce|affair|sexuality|diagnosis|illness|cancer|breakdown|payslip|salary|"
                  r"disciplinary|new (?:boyfriend|girlfriend|partner)|ex|date of birth|dob)")
# Laid bare: put up, posted, shared or leaked, told online ("posted her home address", "shared a photo of my house",
# "put my phone number on", "posted where she lives", "posted about miss taylors pregnancy")
EXPOSES = (rf"(?:post(?:ed|ing|in|s)|put(?:ting|s)?(?: up)?|shar(?:ed|ing|es)|leak(?:ed|ing|s)|publish(?:ed|ing|es)|"
           rf"wr(?:ote|iting|ites) (?:down )?|(?:told|telling) (?:everyone|everybody|people|the (?:whole )?\w+))"
           rf"(?: (?:about|up|out|online|on (?:fb|facebook|insta\w*|twitter|tiktok|the \w+(?: \w+)? (?:page|group|"
           rf"chat)))){{0,2}} (?:(?:a|some) (?:photos?|pictures?|pics?|screenshots?|video) of )?"
           rf"(?:{_WHOSE} {_PRIVATE_THING}\b|where (?:she|he|they|i|we|(?:mr|mrs|miss|ms|mx) [a-z]+|the \w+) "
           r"(?:lives?|live|is living)\b)")
# A word without which none of the above is told, searched first with the other readings' cues
CUE = (r"pregnan\w*|expecting|baby|twins|affair|miscarriage|abortion|cancer|breakdown|depression|anxiety|mental|"
       r"drink\w*|ivf|chemo|hiv|std|stds|eating|sleeping|shagging|cheating|seeing|gay|lesbian|bisexual|bi|trans\w*|divorc\w*|"
       r"separated|split\w*|investigat\w*|suspended|disciplinary|warning|stress|medication|meds|anti|antidepressants|"
       r"rehab|therapy|benefits|debt|bankrupt|address|numbers?|mobile|email|house|home|reg\w*|plate|kids|children|medical|health|"
       r"sexuality|diagnosis|illness|payslip|salary|boyfriend|girlfriend|partner|ex|dob|birth|lives?|living")
# Glad news shared ("posted that miss taylor is pregnant, congratulations!"): a cheer, not a thing laid bare
CHEERFUL = compiled(r"\b(?:congrat\w*|so happy|delighted|lovely news|amazing news|great news|best wishes|good luck|"
                    r"well done|exciting news|so pleased)\b")
