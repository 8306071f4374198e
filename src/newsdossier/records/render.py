"""The render stage's record: a file the build adds to the site."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedFile:
    """A file the build adds to the site: a Markdown page or an asset (SVG, JSON, CSV)."""

    path: str  # relative to docs/ as MkDocs sees it, e.g. "articles/ap-paris-summit.md"
    content: str | bytes
