"""Writing a cache file: all of it or none of it, and nothing left behind when the disk refuses."""

from __future__ import annotations

import errno
import pickle
from pathlib import Path

import pytest

from intents import user_cache


def test_a_stored_value_reads_back_and_replaces_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "thing.pickle"
    user_cache.store(path, {"a": 1})
    user_cache.store(path, {"b": 2})
    assert pickle.loads(path.read_bytes()) == {"b": 2}
    assert [p.name for p in path.parent.iterdir()] == ["thing.pickle"]


def test_a_full_disk_leaves_the_old_file_and_no_half_written_one(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "thing.pickle"
    user_cache.store(path, "old")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(user_cache.pickle, "dump", full)
    with pytest.raises(OSError):
        user_cache.store(path, "new")
    assert pickle.loads(path.read_bytes()) == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["thing.pickle"]
