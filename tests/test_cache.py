"""The on-disk cache of per-article results: keys, atomic entries, damaged or planted files, size."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from newsdossier.cache import CACHE_DIR, ResultCache, input_key
from newsdossier.records import Origin, Paragraph, Problem


@pytest.fixture
def cache(tmp_path: Path) -> ResultCache:
    made = ResultCache.at(tmp_path)
    assert made is not None
    return made


def test_a_result_comes_back_equal_and_an_unknown_key_is_a_miss(cache: ResultCache):
    value = ((Paragraph("body", "Forty people were killed."),), [Problem(Origin("a.yml", 3), "m")])
    key = input_key("clean", "one input")
    assert cache.get(key) is None
    cache.put(key, value)
    assert cache.get(key) == value
    assert (cache.hits, cache.misses, cache.written) == (1, 1, 1)
    assert not list(cache.folder.glob(".tmp-*"))  # written through a temporary file, renamed


def test_keys_differ_with_any_input_and_with_where_inputs_split():
    assert input_key("clean", "a") == input_key("clean", "a")
    assert input_key("clean", "a") != input_key("read", "a")
    assert input_key("clean", "ab", "c") != input_key("clean", "a", "bc")
    assert input_key("clean", "a") != input_key("clean", "a", "")


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle at all", pickle.dumps(("newsdossier-cache-1", "another key", 1))],
    ids=["empty", "garbage", "another-key"],
)
def test_a_damaged_entry_is_a_miss_and_is_removed(cache: ResultCache, damage: bytes):
    key = input_key("clean", "x")
    cache.put(key, ("value",))
    path = cache.folder / f"{key}.pickle"
    path.write_bytes(damage)
    assert cache.get(key) is None
    assert not path.exists()


def test_a_truncated_entry_is_a_miss(cache: ResultCache):
    key = input_key("clean", "x")
    cache.put(key, tuple(Paragraph("body", f"Paragraph {i}.") for i in range(100)))
    path = cache.folder / f"{key}.pickle"
    path.write_bytes(path.read_bytes()[:-40])
    assert cache.get(key) is None


class _Planted:
    def __reduce__(self):
        return (os.system, ("touch planted-by-a-pickle",))


def test_a_planted_pickle_is_never_run(cache: ResultCache, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    key = input_key("clean", "x")
    (cache.folder / f"{key}.pickle").write_bytes(pickle.dumps(("newsdossier-cache-1", key, _Planted())))
    assert cache.get(key) is None
    assert not (tmp_path / "planted-by-a-pickle").exists()


class _CallsTheCli:
    def __reduce__(self):
        from newsdossier.cli.main import main

        return (main, (["--root", "/nonexistent", "check"],))


def test_a_planted_pickle_cannot_call_the_packages_functions(cache: ResultCache, capsys):
    key = input_key("clean", "x")
    (cache.folder / f"{key}.pickle").write_bytes(pickle.dumps(("newsdossier-cache-1", key, _CallsTheCli())))
    assert cache.get(key) is None
    assert capsys.readouterr().err == ""  # the command never ran


def test_the_folder_is_pruned_oldest_first_past_its_limit(tmp_path: Path):
    cache = ResultCache(tmp_path, max_bytes=10_000)
    keys = [input_key("clean", str(i)) for i in range(30)]
    for age, key in enumerate(keys):
        cache.put(key, "x" * 1000)
        os.utime(tmp_path / f"{key}.pickle", (age, age))  # key 0 is the oldest
    cache.prune()
    kept = {p.stem for p in tmp_path.glob("*.pickle")}
    assert sum(p.stat().st_size for p in tmp_path.glob("*.pickle")) <= 10_000
    assert keys[-1] in kept and keys[0] not in kept


def test_an_unusable_folder_means_no_cache_not_an_error(tmp_path: Path):
    (tmp_path / "project").write_text("a file where the project folder should be")
    assert ResultCache.at(tmp_path / "project") is None
    made = ResultCache.at(tmp_path)
    assert made is not None and made.folder == tmp_path / CACHE_DIR
    assert (made.folder / ".gitignore").read_text() == "*\n"  # never committed by accident


def test_a_remembering_cache_keeps_in_memory_only_what_the_last_build_used(tmp_path: Path):
    cache = ResultCache(tmp_path, remember=True)
    first, second = Paragraph("body", "First paragraph."), Paragraph("body", "Second paragraph.")
    cache.put("a", first)
    cache.put("b", second)
    cache.new_build()
    for path in tmp_path.glob("*.pickle"):
        path.unlink()  # from here on, only memory can answer
    assert cache.get("a") == first and cache.hits == 1
    cache.new_build()  # "b" was not used by the build before: forgotten
    assert cache.get("a") == first
    assert cache.get("b") is None and cache.misses == 1
