"""Files of dossier/ read safely: inside the project, bounded in size, never blocking on a pipe
or a device, UTF-8 only; read_yaml_file is the one way any part of the project reads one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..records import Origin, Problem
from .nodes import MAX_YAML_BYTES, YAMLSourceError, YNode, shown
from .tree import parse_yaml


def read_yaml_file(path: Path, rel: str, root: Path | None = None) -> tuple[YNode | None, list[Problem]]:
    """Read a YAML file safely: a file outside `root` (through a symlink), size, encoding and
    syntax problems become errors; a TODO an editor left (`dossier add` drafts hold some) a warning.
    This is the one way any part of the project reads a file of dossier/."""
    if root is not None:
        message = outside_message(path, root, "the project")
        if message:
            return None, [Problem(Origin(rel), message)]
    data, message = read_bounded(path, MAX_YAML_BYTES, "a YAML file")
    if message:
        return None, [Problem(Origin(rel), message)]
    text, message, line = decode_text(data)
    if message:
        return None, [Problem(Origin(rel, line), message)]
    todos = [
        Problem(
            Origin(rel, number),
            f"Expected no TODO left in the dossier but received: {shown(text.strip())}",
            "warning",
        )
        for number, text in enumerate(text.splitlines(), 1)
        if "TODO" in text
    ]
    try:
        return parse_yaml(text), todos
    except YAMLSourceError as exc:
        return None, [Problem(Origin(rel, exc.line, exc.key), exc.message), *todos]


def outside_message(path: Path, folder: Path, name: str) -> str:
    """Why `path` may not be read (a link leading outside `folder`), or "" when it stays inside.

    Resolved before anything is opened, so that no byte of a file elsewhere (a key, a password
    file) can ever be quoted in a message."""
    try:
        resolved = Path(os.path.realpath(path))
        inside = resolved.is_relative_to(Path(os.path.realpath(folder)))
    except (OSError, ValueError):
        inside = False
    if inside:
        return ""
    return f"Expected a file inside {name} but received a link that leads outside it"


def read_bounded(path: Path, limit: int, what: str) -> tuple[bytes, str]:
    """The bytes of a regular file of at most `limit` bytes, or a message saying why not.

    Opened without blocking and checked on the open descriptor, so a FIFO, a device
    (/dev/zero) or a file swapped in between check and read can never hang the build.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return b"", f"Expected {what} but there is no such file"
    except OSError as exc:
        return b"", f"Expected {what} that can be read but received an error: {exc.strerror}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "a special file (a pipe or a device)"
            return b"", f"Expected {what} (a regular file) but received {kind}"
        if info.st_size > limit:
            return b"", f"Expected {what} of at most {_size(limit)} but received {_size(info.st_size)}"
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        return b"", f"Expected {what} that can be read but received an error: {exc.strerror}"
    finally:
        os.close(fd)
    if total > limit:  # grew since fstat
        return b"", f"Expected {what} of at most {_size(limit)} but received more"
    return b"".join(chunks), ""


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def decode_text(data: bytes, what: str = "") -> tuple[str, str, int | None]:
    """Decode UTF-8 text (a leading BOM is dropped): (text, "", None), or ("", message, line)
    for binary data or bytes that are not UTF-8. `what` names the file in the message."""
    where = f" in {what}" if what else ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", f"Expected UTF-8 text{where} but received UTF-16 (save the file as UTF-8)", 1
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _line_col(data, nul)
        return (
            "",
            f"Expected text{where} but received binary data (a NUL byte at line {line}, column {column})",
            line,
        )
    try:
        return data.decode("utf-8-sig"), "", None
    except UnicodeDecodeError as exc:
        line, column = _line_col(data, exc.start)
        return (
            "",
            (
                f"Expected UTF-8 text{where} but received the byte 0x{data[exc.start]:02x} at line {line}, "
                f"column {column}, which is not UTF-8 (save the file as UTF-8)"
            ),
            line,
        )


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1
