"""Documents a policy points to, and questions about what one of them itself says.

B.8 asks staff to "read and comply with 'Guidance for Safer Working Practice…'", B.5 not to conflict with "the current
National Teacher's Standards", E.0 says the e-safety policy makes the sanctions. "What does the safer working practice
guidance say about lifts home?" shares B.8's words, but what the guidance says is not in the policy: it is not
covered, and the clause that points to the guidance is the nearest the policy comes. "Does our policy say my posts
have to fit with the Teachers' Standards?" asks what the policy says, and is B.5's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intents import pattern_cache
from intents.intent_rules import strip_pleasantries
from intents.lexicon import OTHER_DOCUMENTS
from intents.normalise import longest_of, plain

# What the document says, and when it was written or changed: only the first can also be a question the policy
# answers in its own words ("does safer working practice say I can't add ex-pupils?": B.1 says so).
_CONTENT = r"say|says|said|state|states|set out|sets out|require|requires|recommend|recommends|lists?(?! of\b)"
_DATES = r"updated|revised|published|reviewed|(?:due|up) for review|due an? review|next review|review date"
# Up to three words between the document and the verb ("the safer working practice guidance say", "the e-safety policy
# next due for review"), but not a policy ("the teachers standards does our school policy say": the policy's own
# word on the standards) nor a relative clause ("is it the e-safety policy that sets out the sanctions?": what the
# policy points to).
_GAP = r"(?:\s+(?!polic|that\b|which\b|where\b)\w+){0,3}?\s+"
# The policy asked about later ("the teachers standards say I must uphold trust does our policy say…", "is it in our
# policy"), not a policy as an object ("…what staff should do if they break the policy").
_OUR_POLICY = pattern_cache.compile_cached(
    r"\b(?:does|do|did|is|will|would|can|could|in) (?:our|this|the|schools|school)"
    r"(?: social media| social networking)? polic(?:y|ies)\b")


def _naming(lines: str) -> str:
    """Any of the lines, a document's name as plain text writes it, as the pattern's first group."""
    return r"\b(" + longest_of(lines.split("\n")) + r")\b"


def _asking_what_it_says(lines: str) -> str:
    """A document's name as the subject of "say", "require", "updated"…: what the document itself holds. The second
    group is set when the question is about its dates, not its content."""
    return _naming(lines) + _GAP + rf"(?:{_CONTENT}|({_DATES}))\b"


_NAMES = "\n".join(sorted(OTHER_DOCUMENTS))
_NAMED = pattern_cache.compile_cached(_NAMES, rewrite=_naming)
_ASKED = pattern_cache.compile_cached(_NAMES, rewrite=_asking_what_it_says)


@dataclass(frozen=True, slots=True)
class DocumentQuestion:
    """A question about what a document the policy points to says, or about when it was written or changed."""

    document: str  # as a reply names it: "the Teachers' Standards"
    dates: bool  # "when was it last updated?", which the policy's own words never answer
    # Where the question names the document and what it does ("the online safety policy say"), in the words the
    # pleasantries were stripped from: the rest is what it is asked about.
    span: tuple[int, int] = field(default=(0, 0), compare=False)

    def subject(self, words: str) -> str:
        """The question less the document and its verb: "what does … about adding pupils on Facebook?"."""
        start, end = self.span
        return f"{words[:start]} {words[end:]}"


def documents_named(text: str) -> frozenset[str]:
    """The documents a clause's (or any) text names."""
    return frozenset(OTHER_DOCUMENTS[m.group(1)] for m in _NAMED.finditer(plain(text)))


def document_asked_about(text: str) -> DocumentQuestion | None:
    """What the message asks of a document the policy points to ("what do the teachers' standards say about personal
    conduct?", "when was safer working practice last updated?"), or None."""
    words = strip_pleasantries(text)
    found = _ASKED.search(words)
    if found is None or _OUR_POLICY.search(words, found.end()):
        return None
    return DocumentQuestion(OTHER_DOCUMENTS[found.group(1)], found.group(2) is not None, found.span())
