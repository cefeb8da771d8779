"""Chat text to matching tokens: case, accents, emoji, punctuation, spelling, slang and a tiny stemmer.

The same functions normalise policy text when the index is built and questions when they arrive, so
both sides meet in one vocabulary.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from intents import pattern_cache
from intents.bare_words import KIND_OF, SAME_AS
from intents.lexicon import CANONICAL, CONCEPTS, PHRASES, STOP_WORDS, SUFFIX_SPELLINGS
from intents.year_groups import YEAR_WORD

# Long messages are clipped before matching: the head usually sets the scene and the tail asks the
# question, and a 100 KB paste must cost no more than a paragraph.
CLIP_CHARS = 1200

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "im", "ive", "id", "ill"})
ME = "me_"  # marks a message written about the writer's own actions
_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHE_S = re.compile(r"(\w)['’]s\b")
_APOSTROPHE = re.compile(r"['’`]")
_YEAR_GROUP = re.compile(rf"\b{YEAR_WORD}\s?([1-6]|one|two|three|four|five|six)s?\b")
_RECEPTION = re.compile(r"\b(?:reception|nursery|ks1|ks2|key stage [12])\b")
_PHRASE_MAP = dict(PHRASES)


def longest_of(words: Iterable[str]) -> str:
    """A regular expression matching any of the literal `words`, the longest where several fit, as a trie:
    `re` tries an alternation's branches one by one at every word boundary, so two hundred flat phrases cost
    two hundred comparisons per word, a trie a handful."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        # Longer continuations before the end of a word: the first match found is the longest.
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(trie)


def _whole_words(lines: str) -> str:
    """A pattern matching any of the phrases (one a line) as whole words, the longest where several fit. Given to
    the pattern cache as a rewrite of the lines, so a start that finds the pattern does not build the trie."""
    return r"\b" + longest_of(lines.split("\n")) + r"\b"


# One trie, longest first, so "ex pupils" wins over "pupils" and the text is scanned once.
_PHRASES = pattern_cache.compile_cached("\n".join(sorted(_PHRASE_MAP)), rewrite=_whole_words)
_DOUBLE_END = re.compile(r"([bdfgkmnprt])\1$")


def clip(text: str) -> str:
    """The message cut to a matchable length, keeping its beginning and its end."""
    if len(text) <= 2 * CLIP_CHARS:
        return text
    return text[:CLIP_CHARS] + " " + text[-CLIP_CHARS:]


@functools.lru_cache(maxsize=512)  # pure, and asked for the same message by each intent rule in turn
def plain(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: accents folded, emoji and symbols gone."""
    text = clip(text)
    if not text.isascii():  # most messages have no accent to fold: skip the walk over every character
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    if "'" in text or "’" in text or "`" in text:  # most messages have none: skip two scans of every character
        text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub(r"\1", text))
    return _NON_WORD.sub(" ", text.replace("&", " and ")).strip()


@functools.lru_cache(maxsize=512)  # the matcher and the report and topic models all fold the same message
def fold(text: str) -> str:
    """`plain` text with multi-word phrases and year groups made single matching tokens."""
    text = plain(text)
    text = _YEAR_GROUP.sub(" pupil ", text)
    text = _RECEPTION.sub(" pupil ", text)
    return _PHRASES.sub(lambda m: _PHRASE_MAP[m.group(0)], text)


def british(word: str) -> str:
    """American -ize/-yze spellings in their British form, so "organize" meets "organise"."""
    for american, english in SUFFIX_SPELLINGS:
        if word.endswith(american) and len(word) > len(american) + 2:
            return word[: -len(american)] + english
    return word


def stem(word: str) -> str:
    """A deliberately small suffix stripper: posts/posted/posting -> post, bullied -> bully."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ss") or word.endswith(("us", "is")):
        pass
    elif word.endswith("s"):
        word = word[:-1]
    if word.endswith("ing") and len(word) >= 6:
        word = _DOUBLE_END.sub(r"\1", word[:-3])
    elif word.endswith("ed") and len(word) >= 5:
        word = _DOUBLE_END.sub(r"\1", word[:-2])
    elif word.endswith("ly") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=65536)  # staff vocabulary is small and most words repeat; the stemmer is pure Python
def stemmed(word: str) -> str:
    """A word's British spelling, stemmed: the form every matching token and model feature takes."""
    return stem(british(word))


# The words for a picture or a video, as chat writes them (the report rules look for them too: intent_rules._CONTENT).
PICTURE_WORD = r"(?:pics?|pix|piccies|pictures?|photos?|photographs?|images?|videos?|vids?|selfies?|footage)"

# "Can I post about sports day? No photos, just words": matched word for word, the pictures made B.3 (pictures of school
# events) the answer to a question about words (B.2, comment on school life). The matcher reads them as one word for
# their absence, NO_PICTURES, which the questions put that way share and B.3's do not; the meaning signal drops them.
# Only where the phrase ends its clause (a stop, a comma, "just…", "at all", "in it") is it what the post leaves out:
# "no photos at sports day?", "no photos are allowed at the nativity", "no photos of faces" and "no pics without the
# head's permission" ask about pictures, and a clause reading "No photographs of pupils may be published" states
# a rule about them. Not "no, photos…" (an answer), nor a consent ("no photo consent").
_NO_PICTURES = re.compile(
    r"\b(?:no|without(?: an?| any)?|not any)\s+(?:names?\s+(?:or|and)\s+)?" + PICTURE_WORD
    + r"(?:\s*(?:/|or|and)\s*" + PICTURE_WORD + r")?"
    + r"(?=\s*(?:$|[.,;:!?)]|just\b|only\b|at all\b|in (?:it|them)\b|either\b|though\b|this time\b))"
    + r"(?!\s*,\s*(?:right|yeah|correct|is that|isn'?t it|innit)\b)",
    re.IGNORECASE,
)
NO_PICTURES = "nopictures"


def without_absent_pictures(text: str, instead: str = " ") -> str:
    """The text with the pictures it says are not there ("no pics", "without photos") replaced by `instead`: what the
    matcher (NO_PICTURES) and the meaning signal (nothing) read, on both the question's side and the index's."""
    return _NO_PICTURES.sub(instead, text)


def surface_words(text: str) -> list[str]:
    """The folded words of a text, before stop words, synonyms and stemming."""
    return fold(without_absent_pictures(text, f" {NO_PICTURES} ")).split()


def canonical(word: str) -> str:
    """One surface word mapped to its matching form (slang, abbreviation, spelling, then stem)."""
    return stemmed(CANONICAL.get(word, word))


def tokens(
    text: str,
    correct: Callable[[str], str | None] | None = None,
    concepts: bool = True,
    words: list[str] | None = None,
    bare: bool = False,
) -> list[str]:
    """Matching tokens of a text: stop words dropped, each word canonical, concepts appended.

    `correct` is asked about words the index has never seen (typos) and may return a known word (or, for a bare
    index, two words a compound is made of);
    `words` are the text's surface words when the caller has them already; `bare`: the index has clauses with no
    example questions, so everyday school words meet the policy's (intents/bare_words.py), on both sides.
    """
    out: list[str] = []
    words = surface_words(text) if words is None else words
    for word in words:
        if word in STOP_WORDS:
            continue
        if correct is not None and word not in CANONICAL and not (bare and word in SAME_AS):
            word = correct(word) or word
        for part in CANONICAL.get(word, word).split():
            if part in STOP_WORDS:
                continue
            out.append(stemmed(SAME_AS.get(part, part) if bare else part))
    if concepts:
        out.extend(_concepts(out))
        # Who acts matters: "can I post photos" (staff, B.3) versus "a mum posted photos" (parents, D.1).
        if any(w in FIRST_PERSON for w in words):
            out.append(ME)
    return out


_STEMMED_CONCEPTS: dict[str, tuple[str, ...]] = {stem(k): tuple(stem(c) for c in v) for k, v in CONCEPTS.items()}
_STEMMED_KINDS: dict[str, tuple[str, ...]] = {stemmed(SAME_AS.get(k, k)): tuple(stemmed(c) for c in v)
                                              for k, v in KIND_OF.items()}

# Tokens the normaliser may add itself: they say nothing about whether the writer's own words are known.
CONCEPT_TOKENS: frozenset[str] = frozenset(c for v in _STEMMED_CONCEPTS.values() for c in v)


def concepts_of(token: str) -> tuple[str, ...]:
    """The concept tokens a (stemmed) token stands beside: "twitter" a platform ("socialmedia"), "trip" an event."""
    return _STEMMED_CONCEPTS.get(token, ())


def kinds(toks: Iterable[str]) -> list[str]:
    """The general words for the things the tokens name (intents/bare_words.py, KIND_OF), not among them already."""
    toks = list(toks)
    return [c for c in dict.fromkeys(c for t in toks for c in _STEMMED_KINDS.get(t, ())) if c not in toks]


def _concepts(words: Iterable[str]) -> list[str]:
    extra: list[str] = []
    for word in words:
        extra.extend(c for c in _STEMMED_CONCEPTS.get(word, ()) if c not in extra)
    return extra
