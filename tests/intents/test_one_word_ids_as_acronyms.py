"""Another school's policy may tag a clause with an acronym staff write in capitals every day ([DSL], [PTA], [EYFS]):
the clause is quoted when asked for as a part of the policy, never because a question mentions the DSL or the PTA."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

PHONES = Path(__file__).resolve().parents[1] / "data" / "bare_policy_phones.md"
SECTIONS = ("## Aims [AIMS]\n\nThe aims of this policy are to keep children safe.\n\n"
            "## The DSL [DSL]\n\nThe Designated Safeguarding Lead is Mrs Khan, and the deputy is Mr Jones.\n\n"
            "## The PTA [PTA]\n\nThe PTA runs the school's fundraising page.\n\n")


@pytest.fixture(scope="module")
def acronyms(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("policy") / "acronyms.md"
    path.write_text(PHONES.read_text(encoding="utf-8").replace("[G.1] ", SECTIONS + "[G.1] ", 1), encoding="utf-8")
    return load_knowledge_base(path)


@pytest.mark.parametrize("asked", [
    "Can I text the DSL from my personal phone?", "Should I tell the DSL if a pupil sends me a friend request?",
    "Can I post photos on the PTA facebook page?"])
def test_an_acronym_in_a_question_is_not_taken_for_the_clause_it_tags(acronyms: KnowledgeBase, asked: str) -> None:
    assert understand(asked, acronyms.index).confidence < 1.0


@pytest.mark.parametrize(("asked", "clause"), [
    ("who is the DSL?", "DSL"), ("What are the AIMS?", "AIMS"), ("what does PTA say?", "PTA"), ("DSL?", "DSL"),
    ("is a supply teacher under SCOPE?", "SCOPE"), ("what is the SCOPE of this policy?", "SCOPE"),
    ("show me the PTA section", "PTA"), ("what does [dsl] say", "DSL")])
def test_a_one_word_id_asked_for_as_a_part_of_the_policy_is_quoted(acronyms: KnowledgeBase, asked: str,
                                                                  clause: str) -> None:
    found = understand(asked, acronyms.index)
    assert (found.clause_id, found.confidence) == (clause, 1.0)
