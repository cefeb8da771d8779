"""The verbs of harm the danger answer reads ("Is a child in immediate danger?" and a report's summary), each spelled
once (helper danger16). `danger_grave`, `danger_harm_acts` and `danger_disclosed` each wrote "strangled", "choked",
"burnt" and the blows their own way (review revAN): a form added to one list was missed by the others.

Each reader still takes only the forms it reads (a grave act told done, a blow with the child after it, harm told of
the child): the forms are named here, which of them a reader takes is said there, with `alt`.
"""

from __future__ import annotations

from typing import NamedTuple


class Verb(NamedTuple):
    """A verb's forms, as typed: to do it, does it, done (said of it done, or passive), doing it. A form with more than
    one spelling is an alternation ("burnt|burned")."""

    do: str
    does: str
    done: str
    doing: str


def alt(*forms: str) -> str:
    """The forms as one group, in the order given (the first that fits is taken, as in any alternation)."""
    return "(?:" + "|".join(forms) + ")"


# Grave whoever does them (`danger_grave`), and harm an adult does to a child (`danger_harm_acts`)
STRANGLE = Verb("strangle", "strangles", "strangled", "strangling")
THROTTLE = Verb("throttle", "throttles", "throttled", "throttling")
CHOKE = Verb("choke", "chokes", "choked", "choking")
SUFFOCATE = Verb("suffocate", "suffocates", "suffocated", "suffocating")
SMOTHER = Verb("smother", "smothers", "smothered", "smothering")
# (one letter slipped, typed in a hurry: "stabed", "stabbd", "stabing"; helper danger18, each was a plain No)
STAB = Verb("stab", "stabs", "stabbed|stabed|stabbd", "stabbing|stabing|stabbin")
RAPE = Verb("rape", "rapes", "raped", "raping")
MOLEST = Verb("molest", "molests", "molested", "molesting")
SEXUALLY_ASSAULT = Verb("sexually assault", "sexually assaults", "sexually assaulted", "sexually assaulting")
BURN = Verb("burn", "burns", "burnt|burned", "burning")
SCALD = Verb("scald", "scalds", "scalded", "scalding")
# Blows
HIT = Verb("hit", "hits", "hit", "hitting")
BEAT = Verb("beat", "beats", "beaten", "beating")
HURT = Verb("hurt", "hurts", "hurt", "hurting")
ABUSE = Verb("abuse", "abuses", "abused", "abusing")
SLAP = Verb("slap", "slaps", "slapped", "slapping")
PUNCH = Verb("punch", "punches", "punched", "punching")
KICK = Verb("kick", "kicks", "kicked", "kicking")
SMACK = Verb("smack", "smacks", "smacked", "smacking")
TOUCH = Verb("touch", "touches", "touched", "touching")
BATTER = Verb("batter", "batters", "battered", "battering")
