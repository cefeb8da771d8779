"""What replies call the loaded policy: a school's own policy is named as its own, never as Longton Lane's.

An optional front-matter `short_name` ("Social Media policy") is the name staff use; without it, the `title` with a
closing "Policy" in lower case, as a sentence has it ("Online Safety and Mobile Phone policy"); with no title, plain
"policy". Replies put "the" or "the school's" before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SHORT_NAME_KEY = "short_name"
NO_TITLE = "policy"


def policy_name(meta: Mapping[str, object], title: str) -> str:
    """The name a reply gives the policy, without an article."""
    short = meta.get(SHORT_NAME_KEY)
    name = short.strip() if isinstance(short, str) and short.strip() else title.strip()
    if not name:
        return NO_TITLE
    if name.lower().startswith("the "):  # replies supply their own "the"
        name = name[4:].lstrip()
    words = name.split()
    if words[-1] == "Policy":  # a title's capital reads oddly mid-sentence: "the Social Media policy doesn't…"
        words[-1] = "policy"
    return " ".join(words)


# "an" goes before a vowel sound, not a vowel letter. Acronyms are said letter by letter ("an RSE", "a UK"): these
# letters' names start with a vowel sound. A few are said as words, so they go by the word's sound ("a SEND policy").
_LETTERS_SAID_WITH_A_VOWEL = frozenset("AEFHILMNORSX")
_ACRONYMS_SAID_AS_WORDS = frozenset({"SEND", "SENCO", "SEMH", "NASA", "NATO", "UNICEF", "UNESCO", "OFSTED", "SATS"})
# Words spelt with a vowel but said with "you" or "w" first (Uniform, User, European, One) …
_YOU_SOUND = ("uni", "use", "usa", "usu", "uti", "ute", "uto", "ure", "uri", "uro", "ubi", "uga", "ukr", "uku",
              "eu", "ewe")
_NOT_YOU_SOUND = ("unin", "unim", "unid")  # … but "un-" before a vowel is "un": "an unidentified", "an uninstalled"
_W_SOUND = ("one", "once")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")  # "an Hour", "an Honesty policy"
_NUMBER_SAID_WITH_A_VOWEL = re.compile(r"(?:8|11(?!\d)|18(?!\d))")  # "an 8-week", "an 11+ policy", "an 18…"


def _vowel_sound(name: str) -> bool:
    """Whether `name` starts with a vowel sound, by a small rule that covers what schools call policies."""
    if _NUMBER_SAID_WITH_A_VOWEL.match(name):
        return True
    first = re.match(r"[^\W\d_]+", name)
    if first is None:
        return False
    word = first.group(0)
    # "RSE", "UK", and a letter standing alone as in "A-level" or "E-safety": said by the letters' names
    if (word.isupper() and len(word) > 1 and word not in _ACRONYMS_SAID_AS_WORDS) or (
            len(word) == 1 and word.isupper() and len(name) > 1):
        return word[0] in _LETTERS_SAID_WITH_A_VOWEL
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return True
    if lower in _W_SOUND or (lower.startswith(_YOU_SOUND) and not lower.startswith(_NOT_YOU_SOUND)):
        return False
    return lower[0] in "aeiou"


def with_article(name: str) -> str:
    """"a Social Media policy", "an Online Safety policy", "a Uniform policy", "an RSE policy": for "Try me with …
    question"."""
    return f"{'an' if _vowel_sound(name) else 'a'} {name}"
