"""A folder of per-article results (cleaned text, reading) so that a rebuild redoes only what changed.

    cache = ResultCache.at(root)                  # <root>/.dossier-cache/, or None if unusable
    key = input_key("clean", repr(article), repr(options))
    value = cache.get(key)                        # None: absent, unreadable or corrupt
    cache.put(key, value)

A key is the SHA-256 of the inputs' text and of a fingerprint of the package's code (its version
and the bytes of every module): any change of a seed, a YAML record, the actor list, an option or
the code gives another key. An entry is therefore never stale, only unused; unused entries are
removed, oldest first, when the folder grows past MAX_CACHE_BYTES.

Entries are pickles of frozen records, written to a temporary file and renamed into place (a
reader never sees half a file). Reading accepts only the package's records and a few plain
types, so a planted file cannot run code; anything unreadable is treated as absent and
recomputed. The cache is an aid: a folder that cannot be written leaves the build uncached.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import re
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

from . import __version__

CACHE_DIR = ".dossier-cache"
SUFFIX = ".pickle"
# The folder's limit. An article's entries take 20-60 kB (cleaned text, sentences, mentions,
# quotes; measured on the benchmark's news texts), so 512 MB holds about 10,000 articles' worth,
# several versions of a 2,000-article dossier.
MAX_CACHE_BYTES = 512 * 1024 * 1024
# After a prune the folder is brought down to this share of the limit, so that pruning is rare.
PRUNE_TO = 0.8
# Tells an entry of this layout from anything else found in the folder.
_FORMAT = "newsdossier-cache-1"

# What an entry may hold besides the package's own classes (records, options, alias hits).
_ALLOWED = {
    ("builtins", "frozenset"),
    ("builtins", "set"),
    ("builtins", "slice"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "timedelta"),
}


@cache
def code_fingerprint() -> str:
    """The package's version, the hash of every module and the versions of the libraries it
    runs on (trafilatura cleans HTML pages): a new checkout or upgrade invalidates everything."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for name in _dependencies():
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} absent".encode())
    return digest.hexdigest()


def _dependencies() -> list[str]:
    try:
        required = metadata.requires("newsdossier") or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return []
    return sorted(
        re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0] for line in required if "extra ==" not in line
    )


def input_key(kind: str, *inputs: str) -> str:
    """The key of a result of `kind` computed from these inputs (each as text) by this code."""
    digest = hashlib.sha256(f"{_FORMAT}\0{code_fingerprint()}\0{kind}".encode())
    for text in inputs:
        encoded = text.encode("utf-8", "surrogatepass")
        digest.update(b"\0%d\0" % len(encoded))  # lengths, so that ("ab", "c") != ("a", "bc")
        digest.update(encoded)
    return digest.hexdigest()


class _RecordsOnly(pickle.Unpickler):
    """Only the package's record classes (dataclasses) and a few plain types: never a function,
    so an entry cannot call anything but a record's constructor."""

    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module == "newsdossier" or module.startswith("newsdossier."):
            found = super().find_class(module, name)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"not a record: {module}.{name}")


class ResultCache:
    """Results by key in one folder; every failure to read or write is a miss, never an error."""

    def __init__(self, folder: Path, max_bytes: int = MAX_CACHE_BYTES, remember: bool = False) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self.written = 0
        # With `remember` (a long-lived process: `mkdocs serve`), the entries the last build used
        # are also kept in memory, so a rebuild does not read and unpickle them again. Entries are
        # frozen records under keys that name all their inputs: one in memory is never stale.
        self.memory: dict[str, object] | None = {} if remember else None
        self.used: dict[str, object] = {}

    def new_build(self) -> None:
        """Start a build: keep in memory only what the last build used, and count afresh."""
        if self.memory is not None:
            self.memory, self.used = self.used, {}
        self.hits = self.misses = self.written = 0

    @classmethod
    def at(cls, root: Path, remember: bool = False) -> ResultCache | None:
        """The project's cache folder, created if needed; None when it cannot be (a read-only checkout)."""
        folder = Path(root) / CACHE_DIR
        try:
            folder.mkdir(exist_ok=True)
            if not (folder / ".gitignore").exists():
                (folder / ".gitignore").write_text("*\n", encoding="utf-8")  # never committed
        except OSError:
            return None
        return cls(folder, remember=remember)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def get(self, key: str) -> object | None:
        if self.memory is not None and key in self.memory:
            self.hits += 1
            self.used[key] = self.memory[key]
            return self.used[key]
        path = self._path(key)
        try:
            data = path.read_bytes()
            stored_format, stored_key, value = _RecordsOnly(io.BytesIO(data)).load()
            if (stored_format, stored_key) != (_FORMAT, key):
                raise ValueError("an entry of another key or layout")
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - whatever a damaged file raises, it is recomputed
            self.misses += 1
            _remove(path)
            return None
        self.hits += 1
        if self.memory is not None:
            self.used[key] = value
        try:
            os.utime(path)  # recently used: the last to be pruned
        except OSError:
            pass
        return value

    def put(self, key: str, value: object) -> None:
        if self.memory is not None:
            self.used[key] = value
        data = pickle.dumps((_FORMAT, key, value), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, self._path(key))
        except OSError:
            _remove(Path(temporary))
            return
        self.written += 1

    def prune(self) -> None:
        """Remove the oldest entries while the folder is over its limit (only after writing)."""
        if not self.written:
            return
        entries = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(entries):
            if total <= self.max_bytes * PRUNE_TO:
                break
            _remove(path)
            total -= size


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
