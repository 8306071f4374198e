"""Tiny made-up pages for the cleaning tests: a site menu and a helper that lays out lines."""

from __future__ import annotations

MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact us"]


def page(*parts: list[str] | str) -> str:
    """A page's text: each part a line or a list of lines, lines separated by a blank line."""
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n\n".join(lines)
