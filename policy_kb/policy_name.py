"""What replies call the loaded policy: a school's own policy is named as its own, never as Longton Lane's.

An optional front-matter `short_name` ("Social Media policy") is the name staff use; without it, the `title` with a
closing "Policy" in lower case, as a sentence has it ("Online Safety and Mobile Phone policy"); with no title, plain
"policy". Replies put "the" or "the school's" before it.
"""

from __future__ import annotations

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


def with_article(name: str) -> str:
    """"a Social Media policy", "an Online Safety policy": for "Try me with … question"."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"
