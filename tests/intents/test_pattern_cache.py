"""Compiled patterns kept on disk: a second start takes them from there, and they find exactly what compiling them
afresh finds; a damaged or unwritable cache only means compiling, never a failure."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from intents import pattern_cache

ROOT = Path(__file__).resolve().parents[2]

# Every pattern the cache serves (the intent rules, the phrase trie, the other-policies and the other-documents ones),
# compared with the same pattern compiled by `re` itself on every fifth labelled message of ours.
_CHECK = r"""
import json, re
import intents.understanding
from bench.labelled_sets import OURS
from intents import documents, normalise, pattern_cache, topic
from intents.alternation import WRITTEN
from intents.normalise import plain
from policy_kb.questions import read_labelled

messages = sorted({plain(r.q) for path in OURS.values() for r in read_labelled(path)})[::5]
patterns = [*WRITTEN.values()] + [normalise._PHRASES, topic._OTHER_POLICY, documents._NAMED, documents._ASKED,
            documents._OUR_POLICY]
differ = []
for fast in patterns:
    slow = re.compile(fast.pattern, fast.flags)
    same = (fast.flags, fast.groups, fast.groupindex) == (slow.flags, slow.groups, slow.groupindex) and all(
        [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in slow.finditer(text)]
        for text in messages)
    if not same:
        differ.append(fast.pattern[:80])
print(json.dumps({"patterns": len(patterns), "reused": pattern_cache.reused(), "differ": differ}))
"""


def _start(cache: Path) -> tuple[dict[str, object], str]:
    done = subprocess.run([sys.executable, "-c", _CHECK], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)}, timeout=120)
    return json.loads(done.stdout), done.stderr


def _files(cache: Path) -> list[Path]:
    return sorted((cache / "policybot").glob("patterns-*.pickle"))


def test_a_second_start_takes_every_pattern_from_the_cache_and_they_match_as_compiled(tmp_path: Path) -> None:
    first, _ = _start(tmp_path)
    assert first["reused"] == 0 and first["differ"] == []
    assert len(_files(tmp_path)) == 1
    second, _ = _start(tmp_path)
    assert second["reused"] == second["patterns"] and int(second["patterns"]) >= 17  # type: ignore[call-overload]
    assert second["differ"] == []  # the programs read back find exactly what `re` finds


def test_a_damaged_cache_is_compiled_afresh_and_written_anew(tmp_path: Path) -> None:
    _start(tmp_path)
    [cached] = _files(tmp_path)
    cached.write_bytes(b"not a pickle")
    damaged, stderr = _start(tmp_path)
    assert damaged["reused"] == 0 and damaged["differ"] == []
    assert "pattern cache" in stderr and "unreadable" in stderr
    again, _ = _start(tmp_path)
    assert again["reused"] == again["patterns"]


def test_a_cache_changed_since_it_was_written_is_not_used(tmp_path: Path) -> None:
    # Well formed but not what was written (one byte of a program changed): the digest finds it, not the engine.
    _start(tmp_path)
    [cached] = _files(tmp_path)
    version, digest, payload = pickle.loads(cached.read_bytes())
    changed = bytearray(payload)
    changed[len(changed) // 2] ^= 1
    cached.write_bytes(pickle.dumps((version, digest, bytes(changed))))
    result, stderr = _start(tmp_path)
    assert result["reused"] == 0 and result["differ"] == [] and "digest" in stderr


def test_a_pattern_that_does_not_compile_is_refused_as_re_refuses_it_and_the_cache_still_saves(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "KEEP", 0)  # every save prunes to the patterns this process used
    store = pattern_cache._Store()
    store.programs[("an old rule", 0, "")] = pattern_cache._program("an old rule", 0)
    monkeypatch.setattr(pattern_cache, "_store", store)
    with pytest.raises(re.error):
        pattern_cache.compile_cached("(unbalanced")
    assert pattern_cache.compile_cached(r"\bnew (rule|one)\b").search("a new one").group(1) == "one"
    store.save()
    [cached] = _files(tmp_path)
    _, _, payload = pickle.loads(cached.read_bytes())
    assert set(pickle.loads(payload)) == {(r"\bnew (rule|one)\b", 0, "")}


def test_an_unwritable_cache_only_means_compiling_each_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("")
    for _ in range(2):
        result, _ = _start(blocked)
        assert result["reused"] == 0 and result["differ"] == []


_REWRITES: list[str] = []


def _or_uppercase(pattern: str) -> str:
    _REWRITES.append(pattern)
    return f"{pattern}|{pattern.upper()}"


def test_a_rewritten_pattern_is_kept_under_the_pattern_as_given_and_the_rewriter_s_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_store", pattern_cache._Store())
    _REWRITES.clear()
    first = pattern_cache.compile_cached("abc", rewrite=_or_uppercase)
    assert first.pattern == "abc|ABC" and first.fullmatch("ABC") and _REWRITES == ["abc"]
    pattern_cache._store.save()  # type: ignore[union-attr]
    monkeypatch.setattr(pattern_cache, "_store", pattern_cache._Store())  # the next start
    again = pattern_cache.compile_cached("abc", rewrite=_or_uppercase)
    assert again.pattern == "abc|ABC" and again.fullmatch("ABC") and _REWRITES == ["abc"]  # not rewritten again
    assert pattern_cache.reused() == 1
    # The rewriter's module edited: its old output is not used.
    monkeypatch.setattr(pattern_cache, "_version_of", lambda rewrite: "edited")
    pattern_cache.compile_cached("abc", rewrite=_or_uppercase)
    assert _REWRITES == ["abc", "abc"]
