"""`dossier clean FILE... [--out DIR] [--explain]`: preview what the cleaner keeps and removes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..load.encoding import decode_seed
from ..records import CleanResult
from . import clean_html, clean_text
from .html import looks_like_html


def body_text(result: CleanResult) -> str:
    """The cleaned body: one paragraph per blank-line-separated block, no headline or byline."""
    return "\n\n".join(p.text for p in result.paragraphs) + "\n" if result.paragraphs else ""


def explain_text(result: CleanResult) -> str:
    """Every removed span with its reason and rule, then the metadata found."""
    lines = [f"removed {len(result.removed)} span(s):"]
    for span in result.removed:
        label = f"[{span.reason}]" + (f" ({span.rule})" if span.rule else "")
        lines.append(label)
        lines.extend(f"    {text}" for text in span.text.split("\n"))
    found = {k: v for k, v in vars(result.metadata).items() if v}
    if found:
        lines.append("metadata found in the text:")
        lines.extend(f"    {key}: {value}" for key, value in found.items())
    return "\n".join(lines) + "\n"


def clean_command(files: list[Path], out: Path | None, explain: bool, stdout: TextIO | None = None) -> int:
    """Clean each file; print the body (or write OUT/<stem>.txt); with explain, list removals.

    Returns the exit status: 0 when every file was cleaned, 1 when one could not be read.
    """
    stdout = stdout or sys.stdout
    status = 0
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            decoded = decode_seed(path.read_bytes(), what=str(path))
        except OSError as error:
            print(f"dossier clean: cannot read {path}: {error}", file=sys.stderr)
            status = 1
            continue
        if decoded.error:
            print(f"dossier clean: cannot read {path}: {decoded.error}", file=sys.stderr)
            status = 1
            continue
        raw = decoded.text
        result = clean_html(raw) if looks_like_html(path.name) else clean_text(raw)
        if len(files) > 1 and out is None:
            stdout.write(f"==> {path} <==\n")
        if out is not None:
            target = out / f"{path.stem}.txt"
            target.write_text(body_text(result), encoding="utf-8")
            stdout.write(f"{path} -> {target} ({len(result.paragraphs)} paragraphs)\n")
        else:
            stdout.write(body_text(result))
        if explain:
            stdout.write("\n" + "".join(f"{note}\n" for note in decoded.notes) + explain_text(result))
    return status
