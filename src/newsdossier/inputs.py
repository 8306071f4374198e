"""One key for everything a project's verdict is made from, so that an unchanged project is not
checked again (`dossier check` run twice, a rebuild under `mkdocs serve` after a docs/ edit).

    key = inputs_key(root, templates_dir, docs_dir, theme_dir, site_url)

The key holds the code's fingerprint (cache.input_key) and, for each folder the verdict reads
(dossier/, seeds/, the project's and the package's templates, the theme overrides), every entry under it: its path, its kind,
a link's target and the bytes of every regular file; for docs/, where only the paths of
hand-written files matter (pages that would collide with generated ones), the paths and kinds.
Any change of a byte, a name, a link or a permission gives another key; nothing is trusted to
a file's time. Reading the files is cheap next to the verdict: 0.1 s at 1,000 articles.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from .cache import input_key

#: Files up to this size are hashed; a larger one (which the loader refuses unread: at most
#: load.MAX_SEED_BYTES and MAX_YAML_BYTES, tested) is known by its size and time. Not imported
#: from load/, whose import would cost an unchanged `dossier check` a third of its time.
HASHED_BYTES = 5_000_000

#: The templates and theme overrides shipped with the package (render/pages.py, plugin/defaults.py).
PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"


def inputs_key(
    root: Path,
    templates_dir: Path,
    docs_dir: Path,
    theme_dir: Path | None,
    site_url: str | None,
    *more: str,
) -> str:
    """The key of the verdict on the project at `root` with these settings (and `more` text)."""
    root = Path(root)
    parts = [os.path.realpath(root), site_url or "", *more]
    # The package's own templates too: its code fingerprint holds only its Python modules.
    for folder in (root / "dossier", root / "seeds", Path(templates_dir), PACKAGE_TEMPLATES):
        parts.append(folder_state(folder, contents=True))
    parts.append(folder_state(theme_dir, contents=True) if theme_dir is not None else "no theme folder")
    parts.append(folder_state(Path(docs_dir), contents=False))
    return input_key("inputs", *parts)


def folder_state(folder: Path, contents: bool) -> str:
    """Every entry under `folder` (not following links to folders), with each file's bytes when
    `contents` is true, as one text; a missing folder is a state too."""
    digest = hashlib.sha256(f"{os.path.realpath(folder)}\0{_entry(folder, contents)}".encode())
    for top, dirs, files in os.walk(folder, onerror=lambda error: digest.update(str(error).encode())):
        dirs.sort()
        for name in [*dirs, *sorted(files)]:
            path = Path(top) / name
            digest.update(f"\0{path.relative_to(folder).as_posix()}\0{_entry(path, contents)}".encode())
    return digest.hexdigest()


def _entry(path: Path, contents: bool) -> str:
    try:
        info = os.lstat(path)
    except OSError as error:
        return f"unreadable: {error.strerror}"
    kind = stat.S_IFMT(info.st_mode)
    if stat.S_ISLNK(info.st_mode):
        try:
            target = os.readlink(path)
            info = os.stat(path)  # what the link leads to
        except OSError as error:
            return f"link: {error.strerror}"
        if not contents or not stat.S_ISREG(info.st_mode):
            return f"link to {target} {stat.S_IFMT(info.st_mode)} {stat.S_IMODE(info.st_mode)}"
        return f"link to {target} {_bytes(path, info)}"
    if not contents or not stat.S_ISREG(info.st_mode):
        return f"{kind} {stat.S_IMODE(info.st_mode)}"
    return _bytes(path, info)


def _bytes(path: Path, info: os.stat_result) -> str:
    mode = stat.S_IMODE(info.st_mode)
    if info.st_size > HASHED_BYTES:
        return f"{mode} large {info.st_size} {info.st_mtime_ns}"
    digest = hashlib.sha256()
    try:  # without blocking, checked on the open file (as yamlsource.read_bounded reads)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        return f"{mode} unreadable: {error.strerror}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return f"{mode} swapped for a special file"
        total = 0
        while total <= HASHED_BYTES and (chunk := os.read(fd, 1 << 20)):
            digest.update(chunk)
            total += len(chunk)
    except OSError as error:
        return f"{mode} unreadable: {error.strerror}"
    finally:
        os.close(fd)
    return f"{mode} {total} {digest.hexdigest()}"
