"""The knowledge base: one policy, its guidance and the matcher's index, built once at start-up."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from intents.index import IndexEntry, PolicyIndex, build_index
from intents.index_cache import cached_build
from policy_kb.errors import read_text
from policy_kb.guidance import (
    CONCERN_CATEGORIES,
    ConcernGuidance,
    Guidance,
    GuidanceFile,
    guidance_path,
    parse_guidance,
)
from policy_kb.loader import Clause, Policy, parse_policy
from policy_kb.policy_name import SHORT_NAME_KEY, policy_name
from policy_kb.questions import learned_from, questions_path
from policy_kb.review import review_due

# Used when a guidance file has no `concerns:` section, matched by clause-ID prefix so another school's
# policy with the same lettering still gets sensible routes.
DEFAULT_CONCERNS: dict[str, ConcernGuidance] = {
    "bullying": ConcernGuidance(
        ("E.",), "Tell the DSL the same day; if a child may be at risk right now, go to the DSL in person."),
    "parent_post": ConcernGuidance(
        ("D.", "APX.1", "APX.2", "APX.3", "APX.4"),
        "Tell the Headteacher, who will contact the parent about the post; do not reply online yourself."),
    "image": ConcernGuidance(
        ("APX.5", "D.1"), "Tell the DSL straight away: a picture that identifies a pupil is a safeguarding matter."),
    # no clause named in the route: where no guidance gives one, the policy is another school's, whose B.0 is not this
    "staff_conduct": ConcernGuidance(
        ("B.0", "B.10"), "Tell the Headteacher first; the Headteacher involves the LADO where needed."),
    "other": ConcernGuidance((), "Tell the Headteacher or the Designated Safeguarding Lead (DSL)."),
}


# The loader makes META.AGREED and META.REVIEW for every policy with dates in its front matter, so every
# policy gets these ways of asking about them, whether or not its school wrote guidance.
META_GUIDANCE: dict[str, Guidance] = {
    "META.AGREED": Guidance(
        examples=("when was the policy agreed", "when did the governors approve this policy",
                  "what date was the policy adopted", "how old is this policy"),
        keywords=("agreed", "approved", "adopted", "date"),
    ),
    "META.REVIEW": Guidance(
        examples=("when is the policy due for review", "when will the policy be reviewed next",
                  "is this policy out of date", "has the policy been updated", "what changed at the last review"),
        keywords=("review", "next review", "out of date", "amendments", "updated"),
    ),
}


def _matches(clause_id: str, pattern: str) -> bool:
    return clause_id.startswith(pattern) if pattern.endswith(".") else clause_id == pattern


def _reads_as_an_example(question: str) -> bool:
    """A question short enough to quote in help, asked as a question."""
    return question.endswith("?") and 12 <= len(question) <= 60


def _in_a_sentence(title: str, text: str) -> str:
    """A section title inside a sentence: its first word lowered ("Staff phones": "staff phones") unless that word is
    an acronym ("EYFS", "ICT") or a name: one the policy's own `text` writes with a capital in the middle of a
    sentence and never in lower case ("Instagram and staff")."""
    first = title.split(maxsplit=1)[0]
    if len(first) > 1 and first.isupper():
        return title
    word = first.strip(".,:;()'\"")
    if word[:1].isupper() and _is_a_name(word, text):
        return title
    return title[0].lower() + title[1:]


def _is_a_name(word: str, text: str) -> bool:
    """`word` (capitalised) is written so inside a sentence of `text`, and nowhere in lower case."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False
    return re.search(rf"[\w,;:)] +{re.escape(word)}(?![\w-])", text) is not None


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """A policy with its guidance and matcher index: everything needed to answer a question."""

    policy: Policy
    guidance_file: GuidanceFile = field(repr=False)
    index: PolicyIndex = field(repr=False)
    learned: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # clause -> labelled questions

    @property
    def path(self) -> Path:
        return self.policy.path

    @property
    def name(self) -> str:
        """What replies call the policy after "the" ("Social Media policy"): the school's own, never a fixed one. The
        guidance's `short_name` wins over the policy's front matter, which the school published as it is."""
        short = self.guidance_file.short_name
        return policy_name({SHORT_NAME_KEY: short}, self.policy.title) if short else self.policy.name

    @property
    def help_examples(self) -> tuple[str, ...]:
        """Up to two questions help gives as examples, on this policy's own subjects (another school's phones policy
        must not be advertised with Instagram): the guidance's `help_examples`; else the first short example
        question of its first two clauses that have one; else, with no guidance, questions about its first two
        sections."""
        if self.guidance_file.help_examples:
            return self.guidance_file.help_examples[:2]
        picked: list[str] = []
        for clause in self.policy.clauses:
            guidance = self.guidance_file.clauses.get(clause.id)
            asked = next((q for q in (guidance.examples if guidance else ()) if _reads_as_an_example(q)), None)
            if asked and "." in clause.id and not clause.id.startswith("META."):
                picked.append(asked[0].upper() + asked[1:])
            if len(picked) == 2:
                return tuple(picked)
        if picked:
            return tuple(picked)
        titles = dict.fromkeys(c.section_title for c in self.policy.clauses
                               if "." in c.id and not c.id.startswith("META.") and 0 < len(c.section_title) <= 50)
        text = "\n".join(c.text for c in self.policy.clauses)
        return tuple(f"What does the policy say about {_in_a_sentence(title, text)}?" for title in list(titles)[:2])

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with this ID, or None."""
        return self.policy.clause(clause_id)

    def guidance(self, clause_id: str) -> Guidance | None:
        """The school's guidance for a clause (empty when it wrote none), or None for an unknown clause."""
        if self.policy.clause(clause_id) is None:
            return None
        return self.guidance_file.clauses.get(clause_id, Guidance())

    def _concern(self, category: str) -> ConcernGuidance:
        if category not in CONCERN_CATEGORIES:
            category = "other"
        return self.guidance_file.concerns.get(category) or DEFAULT_CONCERNS[category]

    def concern_clauses(self, category: str) -> list[Clause]:
        """The clauses of this policy that a category of concern relates to, in the order the guidance lists them
        (its writer puts the one that speaks to the concern first: E.4 on bullying before E.1, half a sentence of a
        list), and in document order within one pattern."""
        patterns = self._concern(category).clauses
        ranked = [(next(i for i, p in enumerate(patterns) if _matches(c.id, p)), n, c)
                  for n, c in enumerate(self.policy.clauses) if any(_matches(c.id, p) for p in patterns)]
        return [c for _, _, c in sorted(ranked, key=lambda r: r[:2])]

    def concern_route(self, category: str) -> str:
        """Who a category of concern goes to, in one sentence."""
        return self._concern(category).route or DEFAULT_CONCERNS["other"].route

    def concern_category(self, clause_id: str | None) -> str:
        """The first concern category whose clauses include this one ("other" when none does)."""
        if clause_id is not None and self.policy.clause(clause_id) is not None:
            for category in CONCERN_CATEGORIES:
                if any(_matches(clause_id, p) for p in self._concern(category).clauses):
                    return category
        return "other"

    def review_due(self) -> date | None:
        """The last day the policy's next review is on time, from its front matter."""
        return review_due(self.policy.meta.get("next_review"))

    def review_overdue(self, today: date) -> bool:
        """True once `today` is past the policy's review date."""
        due = self.review_due()
        return due is not None and today > due


def _entries(policy: Policy, guidance: GuidanceFile, learned: Mapping[str, tuple[str, ...]]) -> list[IndexEntry]:
    entries = []
    for clause in policy.clauses:
        extra = guidance.clauses.get(clause.id) or META_GUIDANCE.get(clause.id, Guidance())
        entries.append(IndexEntry(
            clause_id=clause.id,
            text=clause.text,
            examples=(*extra.examples, *learned.get(clause.id, ())),
            keywords=(*extra.keywords, clause.section_title) if clause.section_title else extra.keywords,
            related=extra.related,
            answer=extra.answer,
        ))
    return entries


def build_knowledge_base(
    policy: Policy, guidance: GuidanceFile | None = None, learned: Mapping[str, tuple[str, ...]] | None = None
) -> KnowledgeBase:
    """A knowledge base from an already parsed policy (and guidance, and labelled questions to learn from), e.g.
    one generated in a test."""
    guidance, learned = guidance or GuidanceFile(), learned or {}
    entries = _entries(policy, guidance, learned)
    return KnowledgeBase(policy, guidance, build_index(entries, guidance.unanswered, guidance.near_misses), learned)


def load_knowledge_base(path: Path | str) -> KnowledgeBase:
    """Load a policy, the guidance and labelled questions beside it and build the index (or read all four, parsed and
    built, from the cache); errors are PolicyError with file:line."""
    path = Path(path)
    beside, asked = guidance_path(path), questions_path(path)
    # Each file is read once, and the cache key and the parsers see that same text: a file saved during start-up
    # cannot leave an index cached under text it was not built from.
    texts = (read_text(path), *(read_text(p) if p.exists() else None for p in (beside, asked)))

    def build() -> tuple[PolicyIndex, Mapping[str, tuple[str, ...]], GuidanceFile, Policy]:
        policy = parse_policy(path, texts[0])
        known = {c.id for c in policy.clauses}
        guidance = parse_guidance(beside, texts[1], known) if texts[1] is not None else GuidanceFile()
        learned = learned_from(asked, texts[2], known) if texts[2] is not None else {}
        index = build_index(_entries(policy, guidance, learned), guidance.unanswered, guidance.near_misses)
        return index, learned, guidance, policy

    index, learned, guidance, policy = cached_build(texts, build)
    # The same files may have been cached from another folder: the policy and guidance are named where they are now.
    return KnowledgeBase(replace(policy, path=path), replace(guidance, path=beside if guidance.path else None), index,
                         learned)
