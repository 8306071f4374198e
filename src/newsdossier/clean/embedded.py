"""Embedded markup: the tags a scraper left around embeds (`<tweet id=… author=…>…</tweet>`,
`<img …>`, `<div class=…>`) and style sheets (`.bio-text { … }`), removed as cleaning, each
with its reason.

Only markup shaped as an embed is taken: a tag with attributes that opens a line, a line made
of tags alone, and the closing tags of the elements so opened. The words inside an embed (a
tweet's text) stay, as body text. Tags written inside a sentence (an article reporting that a
message held "<script>") are what the article says and are left as text: the render stage
escapes all text.
"""

from __future__ import annotations

import re

#: A tag with attributes at the start of a line: `<tweet id="1" author="@x">`. The attributes are
#: name=value pairs (quoted or not); a tag may run onto the next line, as scrapers cut them.
ATTRIBUTE = r"""\s+[\w:-]+(?:\s*=\s*(?:"[^"]{0,600}"?|'[^']{0,600}'?|[^\s"'<>]+))?"""
OPENING_EMBED = re.compile(
    rf"^[ \t]*<(?P<name>[A-Za-z][\w:-]*)(?P<attrs>(?:{ATTRIBUTE})+)\s*/?>",
    re.MULTILINE,
)
#: A line of tags and nothing else: `<br>`, `</div>`, `<p></p>`, `<tweet/>.`.
TAGS_ONLY_LINE = re.compile(
    r"^[ \t]*(?:</?[A-Za-z][\w:-]*(?:\s[^<>]{0,600})?/?>[ \t]*)+[.,;]?[ \t]*$", re.MULTILINE
)

#: A style sheet left in the text (a scraped `<style>` element): `.bio-text {`, its `name: value;`
#: lines, then `}`. A rule inside `@media … {` is taken first, then the emptied `@media` block.
CSS_RULE = re.compile(
    r"^[ \t]*[@.#]?[\w.#:,>()*\[\]= -]{1,160}\{[ \t]*\n"
    r"(?:[ \t]*[\w-]+[ \t]*:[^;{}\n]{1,200};?[ \t]*\n|[ \t]*\n)*"
    r"[ \t]*\}\.?[ \t]*$",
    re.MULTILINE,
)
#: A @media block holds rules; after they are taken, at most this many rounds empty it.
CSS_NESTING = 3

REASON = "embedded markup"


def strip_embedded_markup(raw: str) -> tuple[str, list[str]]:
    """(the text without embed markup, the markup removed, in order)."""
    removed: list[str] = []
    names: set[str] = set()

    def opening(match: re.Match) -> str:
        if "=" not in match.group("attrs"):
            return match.group(0)  # "<The Palace: Tale>": a title in angle brackets, not a tag
        names.add(match.group("name").lower())
        removed.append(match.group(0).strip())
        return match.group(0)[: match.start("name") - match.start() - 1]  # keep the indentation

    def tags_only(match: re.Match) -> str:
        removed.append(match.group(0).strip())
        return ""

    text = OPENING_EMBED.sub(opening, raw)
    if names:
        closing = re.compile(
            r"</(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\s*>", re.IGNORECASE
        )

        def close(match: re.Match) -> str:
            removed.append(match.group(0))
            return ""

        text = closing.sub(close, text)
    text = TAGS_ONLY_LINE.sub(tags_only, text)
    for _ in range(CSS_NESTING):
        text, count = CSS_RULE.subn(tags_only, text)
        if not count:
            break
    return text, removed
