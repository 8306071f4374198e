"""Read the raw seed an article points at, refusing anything that is not a text file in seeds/.

Seeds are only ever read. A `source` must be a relative path under seeds/ that stays
inside seeds/ once symlinks are resolved, and name a regular file (a FIFO or device
would block or never end) holding non-empty text of reasonable size, in any encoding that
encoding.py can decode (what it did is kept for the article's provenance).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ..yamlsource import read_bounded, shown
from .encoding import DecodedSeed, decode_seed
from .fields import FileContext, closest

SEEDS_DIR = "seeds"
# The five seeds are 3-9 KB and long-read news pages saved as HTML reach ~1 MB;
# 5 MB is far above any article and keeps a mistaken dump (a log, a video) out.
MAX_SEED_BYTES = 5_000_000

#: How a seed's bytes become text (decode_seed, or the same kept by the pipeline's cache:
#: repairing mojibake is a third of reading a dossier).
Decoder = Callable[[bytes, str], DecodedSeed]


def seed_files(root: Path) -> list[str]:
    """Every regular, non-hidden file in seeds/ as "seeds/<name>", sorted."""
    folder = root / SEEDS_DIR
    if not folder.is_dir():
        return []
    return sorted(
        f"{SEEDS_DIR}/{p.name}" for p in folder.iterdir() if not p.name.startswith(".") and p.is_file()
    )


def normal_source(source: str) -> str:
    """`./seeds//a.txt ` -> `seeds/a.txt`: the one spelling pages and dossier.json show.
    Anything else (absolute, "..", outside seeds/) is left as written for read_seed to report."""
    text = source.strip()
    pure = PurePosixPath(text)
    if (
        pure.is_absolute()
        or ".." in pure.parts
        or "\\" in text
        or len(pure.parts) < 2
        or pure.parts[0] != SEEDS_DIR
    ):
        return text
    return str(pure)


def read_seed(
    root: Path, source: str, ctx: FileContext, node, key: str, decode: Decoder = decode_seed
) -> DecodedSeed | None:
    """The seed's text and how it was decoded, or None after reporting why it cannot be used."""

    def fail(message: str) -> None:
        ctx.error(node, key, message)

    path = _seed_path(root, source, fail)
    if path is None:
        return None
    if not path.exists():
        near = closest(source, seed_files(root))
        hint = "; did you mean " + " or ".join(repr(n) for n in near) + "?" if near else ""
        fail(f"Expected an existing file in {SEEDS_DIR}/ but received: {shown(source)} (no such file){hint}")
        return None
    data, message = read_bounded(path, MAX_SEED_BYTES, "a seed")
    if message:
        fail(f"{message}: {shown(source)}")
        return None
    if not data.strip():
        what = "an empty file" if not data else "only whitespace"
        fail(f"Expected a seed with text but received {what}: {shown(source)}")
        return None
    decoded = decode(data, source)
    if decoded.error:
        fail(decoded.error)
        return None
    return decoded


def _seed_path(root: Path, source: str, fail) -> Path | None:
    """The resolved path of `source` if it stays inside seeds/, else None (reported)."""
    example = f"such as '{SEEDS_DIR}/article.txt'"
    pure = PurePosixPath(source.replace("\\", "/"))
    if pure.is_absolute() or (len(source) > 1 and source[1] == ":"):
        expected = f"a path relative to the project, inside {SEEDS_DIR}/ ({example}),"
        fail(f"Expected {expected} but received an absolute path: {shown(source)}")
        return None
    if ".." in pure.parts or not pure.parts or pure.parts[0] != SEEDS_DIR or len(pure.parts) < 2:
        fail(f"Expected a path inside {SEEDS_DIR}/ ({example}) but received: {shown(source)}")
        return None
    seeds = (root / SEEDS_DIR).resolve()
    resolved = Path(os.path.realpath(root / pure))
    if not resolved.is_relative_to(seeds):
        fail(
            f"Expected a file inside {SEEDS_DIR}/ but received a link that leads outside it: {shown(source)}"
        )
        return None
    return resolved
