"""The built index kept on disk: the same answers from a cached index, never a stale one, never a failure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers import answer_question
from bot.config import BUNDLED_POLICY
from intents import index_cache, understand
from intents.index_cache import cache_dir
from policy_kb.errors import PolicyError
from policy_kb.guidance import guidance_path
from policy_kb.knowledge import load_knowledge_base

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "can I post photos from sports day on my own facebook?"


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled policy and guidance, and a cache directory of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "policy"
    shutil.copytree(BUNDLED_POLICY.parent, folder)
    return folder / BUNDLED_POLICY.name


def _cached(folder: Path) -> list[Path]:
    return sorted(folder.glob("index-*.pickle"))


def test_a_second_start_reads_the_index_it_built_and_answers_the_same(school: Path) -> None:
    first = load_knowledge_base(school)
    assert len(_cached(cache_dir())) == 1
    again = load_knowledge_base(school)
    assert again.index is not first.index  # read back from disk, not this process's object
    assert again.guidance_file.path == guidance_path(school)  # where it is, whichever folder first filled the cache
    for question in (QUESTION, "what is the policy on ex-pupils adding me?", "when is the staff party?",
                     "Does the school filter cover the guest wifi for visitors?"):  # names its nearest clause
        assert understand(question, again.index) == understand(question, first.index)
    assert answer_question(QUESTION, again).full_text == answer_question(QUESTION, first).full_text


def test_the_cached_index_has_every_token_s_postings_as_built(school: Path) -> None:
    # Cached as two flat arrays and spans, read back as each token's own (slots, weights) again.
    built = load_knowledge_base(school).index
    read = load_knowledge_base(school).index
    assert read is not built and list(read.postings) == list(built.postings)
    for token, (slots, weights) in built.postings.items():
        again = read.postings[token]
        assert again[0].dtype == slots.dtype and again[1].dtype == weights.dtype, token
        assert again[0].tolist() == slots.tolist() and again[1].tolist() == weights.tolist(), token


def test_the_policy_comes_from_the_cache_too_named_where_it_is_now(school: Path, tmp_path: Path) -> None:
    first = load_knowledge_base(school)
    moved = tmp_path / "moved"
    shutil.copytree(school.parent, moved)
    again = load_knowledge_base(moved / school.name)
    assert len(_cached(cache_dir())) == 1  # the same files: the same cached index, policy and guidance
    assert again.policy.path == moved / school.name
    assert again.guidance_file.path == guidance_path(moved / school.name)
    assert again.policy.clauses == first.policy.clauses and again.policy.meta == first.policy.meta
    assert again.policy.clause("B.3") == first.policy.clause("B.3")
    # A word of a clause changed is another policy: parsed and built afresh, and answered from its new words.
    policy = moved / school.name
    policy.write_text(policy.read_text(encoding="utf-8").replace("Headteacher's consent", "Head's consent", 1),
                      encoding="utf-8")
    edited = load_knowledge_base(policy)
    assert len(_cached(cache_dir())) == 2
    assert any("Head's consent" in c.text for c in edited.policy.clauses)
    assert not any("Head's consent" in c.text for c in first.policy.clauses)


def test_edited_guidance_builds_afresh_instead_of_reusing_a_stale_index(school: Path) -> None:
    load_knowledge_base(school)
    guidance = next(school.parent.glob("*.yaml"))
    text = guidance.read_text(encoding="utf-8")
    assert "\n  examples:\n" in text
    # A new example question for the first clause with one: the cached index knows nothing of "trampolining".
    guidance.write_text(text.replace("\n  examples:\n", "\n  examples:\n    - trampolining club video rules\n", 1),
                        encoding="utf-8")
    edited = load_knowledge_base(school)
    assert len(_cached(cache_dir())) == 2
    assert "trampolin" in edited.index.idf


def test_a_damaged_cache_file_is_rebuilt(school: Path) -> None:
    expected = understand(QUESTION, load_knowledge_base(school).index)
    [cached] = _cached(cache_dir())
    cached.write_bytes(b"not a pickle")
    assert understand(QUESTION, load_knowledge_base(school).index) == expected
    assert cached.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_directory_only_means_building_each_time(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache directory's parent is a file", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    kb = load_knowledge_base(school)
    assert understand(QUESTION, kb.index).clause_id == "B.3"
    assert not _cached(cache_dir()) and blocked.is_file()


def test_edited_labelled_questions_build_afresh_and_are_checked_again(school: Path) -> None:
    load_knowledge_base(school)
    questions = next(school.parent.glob("*.questions.jsonl"))
    lines = questions.read_text(encoding="utf-8")
    questions.write_text(lines + '{"q": "can I vlog the zumba flashmob?", "expect": ["B.3"], "kind": "in_scope"}\n',
                         encoding="utf-8")
    taught = load_knowledge_base(school)
    assert "zumba" in taught.index.idf and "can I vlog the zumba flashmob?" in taught.learned["B.3"]
    # A cached index must not hide a mistake made since: a question naming a clause the policy lacks is an error.
    questions.write_text(lines + '{"q": "can I vlog it?", "expect": ["Z.9"], "kind": "in_scope"}\n', encoding="utf-8")
    with pytest.raises(PolicyError, match=r"Z\.9"):
        load_knowledge_base(school)


def test_a_policy_saved_during_start_up_never_leaves_a_stale_index_cached(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = school.read_text(encoding="utf-8")
    edited = text.replace("school events without the Headteacher's consent.",
                          "school events, trampolining included, without the Headteacher's consent.")
    assert edited != text
    real_key = index_cache._key

    def saved_meanwhile(texts: object) -> str:  # the file changes on disk after it was read, before it is cached
        school.write_text(edited, encoding="utf-8")
        return real_key(texts)  # type: ignore[arg-type]

    monkeypatch.setattr(index_cache, "_key", saved_meanwhile)
    assert "trampolin" not in load_knowledge_base(school).index.idf  # built from the text it read
    monkeypatch.setattr(index_cache, "_key", real_key)
    kb = load_knowledge_base(school)  # the next start reads the saved text, and must not find an index of the old
    assert "trampolin" in kb.index.idf and "trampolining" in kb.clause("B.3").text  # type: ignore[union-attr]


def test_an_unreadable_guidance_file_is_a_policy_error_naming_it(school: Path) -> None:
    guidance = guidance_path(school)
    guidance.unlink()
    guidance.mkdir()
    with pytest.raises(PolicyError, match=r"guidance\.yaml"):
        load_knowledge_base(school)


def test_another_pyyaml_builds_afresh(school: Path, tmp_path: Path) -> None:
    # The guidance is read by PyYAML, which a cache hit never imports; an upgraded parser may read the same file
    # differently, so the index it built before must not be reused. The "upgrade": a copy of the installed package
    # stating another version, found first on the path of a second process.
    import yaml

    upgraded = tmp_path / "upgraded"
    shutil.copytree(Path(yaml.__file__).parent, upgraded / "yaml")
    init = upgraded / "yaml" / "__init__.py"
    stated = f"__version__ = '{yaml.__version__}'"
    assert stated in init.read_text(encoding="utf-8")
    init.write_text(init.read_text(encoding="utf-8").replace(stated, "__version__ = '99.0'"), encoding="utf-8")
    load = f"from policy_kb.knowledge import load_knowledge_base; load_knowledge_base({str(school)!r})"

    def start(*path: Path) -> None:
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (*path, ROOT)))}
        subprocess.run([sys.executable, "-c", load], cwd=ROOT, env=environment, check=True, timeout=120)

    start()
    start()
    assert len(_cached(cache_dir())) == 1
    start(upgraded)
    assert len(_cached(cache_dir())) == 2
