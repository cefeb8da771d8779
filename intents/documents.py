"""Documents a policy points to, and questions about what one of them itself says.

B.8 asks staff to "read and comply with 'Guidance for Safer Working Practice…'", B.5 not to conflict with "the current
National Teacher's Standards", E.0 says the e-safety policy makes the sanctions. "What does the safer working practice
guidance say about lifts home?" shares B.8's words, but what the guidance says is not in the policy: it is not
covered, and the clause that points to the guidance is the nearest the policy comes. "Does our policy say my posts
have to fit with the Teachers' Standards?" asks what the policy says, and is B.5's.
"""

from __future__ import annotations

from intents import pattern_cache
from intents.intent_rules import strip_pleasantries
from intents.lexicon import OTHER_DOCUMENTS
from intents.normalise import longest_of, plain

_SAYING = r"(?:say|says|said|state|states|set out|sets out|require|requires|recommend|recommends|list|lists|listed|" \
          r"updated|revised|published|review|reviewed)"
# Up to three words between the document and the verb ("the safer working practice guidance say", "the e-safety policy
# next due for review"), but not a policy ("the teachers standards does our school s policy say": the policy's own
# word on the standards) nor a relative clause ("is it the e-safety policy that sets out the sanctions?": what the
# policy points to).
_GAP = r"(?:\s+(?!polic|that\b|which\b|where\b)\w+){0,3}?\s+"


def _naming(lines: str) -> str:
    """Any of the lines, a document's name as plain text writes it, as the pattern's one group."""
    return r"\b(" + longest_of(lines.split("\n")) + r")\b"


def _asking_what_it_says(lines: str) -> str:
    """A document's name as the subject of "say", "require", "updated"…: what the document itself holds."""
    return _naming(lines) + _GAP + _SAYING + r"\b"


_NAMES = "\n".join(sorted(OTHER_DOCUMENTS))
_NAMED = pattern_cache.compile_cached(_NAMES, rewrite=_naming)
_ASKED = pattern_cache.compile_cached(_NAMES, rewrite=_asking_what_it_says)


def documents_named(text: str) -> frozenset[str]:
    """The documents a clause's (or any) text names."""
    return frozenset(OTHER_DOCUMENTS[m.group(1)] for m in _NAMED.finditer(plain(text)))


def document_asked_about(text: str) -> str | None:
    """The document whose own content the message asks about ("what do the teachers' standards say about personal
    conduct?", "when was safer working practice last updated?"), or None."""
    found = _ASKED.search(strip_pleasantries(text))
    return OTHER_DOCUMENTS[found.group(1)] if found else None
