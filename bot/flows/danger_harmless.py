"""A body sign or a place at "Is a child in immediate danger?" told with its harmless cause (review revS): "his lips
are blue from the cold", "he's gone blue in the face laughing", "covered in blood from a nosebleed", "there's loads
of blood from his nose", "she's on the bridge with her friends", "he swallowed a lego piece and it came out". Each
raised an URGENT alert as a Yes (`danger_body`). A DSL would not call these a danger now, nor a plain no: the teacher
knows whether the cold has passed or the nosebleed stopped. They are asked again, the words kept. The sign alone
("his lips are blue", "loads of blood", "she's on the bridge") stays a Yes, and so does a cause beside any sign of
worse ("...from the cold and he's not breathing", "...from his nose after dad hit him").
"""

from __future__ import annotations

import re

from bot.flows.danger_kin import KIN

# What follows the sign within a few words, saying why it is so
_CAUSE = re.compile(
    r"^(?:\s+[\w']+){0,4}?\s+(?:(?:from|because of|cos of|cause of|coz of|due to|after|with)\s+(?:(?:the|a|an|his|her|"
    r"their|being|all the|playing in the)\s+)?(?:cold|freezing|chilly|snow|swimming|pool|laughing|giggling|nose ?bleed|"
    r"nosebleed|nose|wobbly tooth|tooth|lost tooth|graze|grazed knee|scraped knee|paper cut|cut finger|scratch)|"
    r"(?:laughing|giggling|cold|freezing|(?:it's|its|it is|just) (?:a )?nose ?bleed))\b")
# A place passed over as children do: with friends or family, or on the way home
_ON_THE_WAY = re.compile(
    r"^(?:\s+[\w']+){0,3}?\s+(?:with (?:(?:her|his|their|a|some|the)\s+)?(?:friends?|mates?|pals|class|"
    rf"{KIN}|ta|teacher)|walking (?:home|to school)|"
    r"on (?:the|her|his|their) way (?:home|to school|in)|waiting for (?:(?:her|his|their|the)\s+)?(?:bus|lift|"
    rf"friends?|{KIN}))\b")
# Gone again: "...and it came out", "he's passed it", "coughed it up"
_OUT_AGAIN = re.compile(r"\b(?:(?:it|they|that)(?:'s|s| has| have)?\s+(?:come|came|already come) out|"
                        r"(?:passed|coughed up|spat out|sicked up|threw up|thrown up|brought up) (?:it|them)|"
                        r"(?:coughed|spat|sicked|threw|brought) (?:it|them) (?:up|out)|(?:it's|its|it is) out)\b")
# Any sign of worse beside the cause keeps the alert
_WORSE = re.compile(r"\b(?:breath\w*|chok\w*|unconscious|floppy|unresponsive|not responding|collaps\w*|faint\w*|"
                    r"passed out|fitting|seizure|asthma|allergic|hit|punch\w*|kick\w*|slap\w*|beat\w*|attack\w*|"
                    r"stab\w*|knife|cut (?:him|her|them)sel\w*|won'?t stop|wont stop|can'?t stop|cant stop|jump\w*|"
                    r"edge|railings?|climb\w*|over the|wrong side|threat\w*|fell|fallen|head|drowsy|sleepy|pale|"
                    r"dizzy|sick|vomit\w*|hurt\w*|pain|crying|screaming|broken|smashed|knocked|glass|river|canal|lake|sea|"
                    r"pond|reservoir|quarry|ice|water|all night|hypotherm\w*|shivering|moving|wake|asleep|wall|"
                    r"ledge|parapet|dar(?:e|es|ed|ing)|lean\w*|hang\w*|sat on|sitting on|standing on)\b")

# Whoever the child is with unfit to keep them safe ("she's on the bridge with her mum who is drunk": the company read
# as the harmless cause, review of danger7), unless said not to be ("…her mum, who isn't drunk")
_UNFIT = re.compile(r"(?<!not )(?<!n't )(?<!never )\b(?:drunk|drinking|pissed|hammered|wasted|tipsy|intoxicated|"
                    r"high|stoned|off (?:her|his|their) (?:face|head|heads|faces)|on drugs|taking drugs|out of it|"
                    r"aggressive|angry|raging|fuming|violent|kicking off|arguing|fighting|shouting|ranting|yelling|"
                    r"unwell|not well|ill|unstable|upset|distressed|not herself|not himself|mental health|psychotic|"
                    r"suicidal|threaten\w*|hit\w*|abusive)\b")


def harmless_cause(said: str, sign: re.Match[str]) -> bool:
    """Whether a body sign or place found in words (lower case, punctuation gone) is told with a harmless cause."""
    if _WORSE.search(said) or _UNFIT.search(said):
        return False
    after = said[sign.end():]
    found = sign.group()
    if "swallow" in found:
        return _OUT_AGAIN.search(after) is not None
    if "bridge" in found:
        return _ON_THE_WAY.match(after) is not None
    if "bleed" in found:  # "won't stop bleeding", "bleeding heavily": no cause makes these small
        return False
    return _CAUSE.match(after) is not None or ("blood" in found and "nosebleed" in said.replace("nose bleed",
                                                                                                "nosebleed"))
