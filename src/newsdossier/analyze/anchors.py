"""Paragraph anchors: the id a link to a paragraph of an article uses (records.ParagraphAnchors).

An anchor is made of the paragraph's first words, not its position, so that a link to a paragraph
keeps working when the cleaner drops or adds a paragraph elsewhere in the article.
"""

from __future__ import annotations

import re
from collections import Counter

from slugify import slugify

from ..records import CleanArticle, ParagraphAnchors

# Words of a paragraph used to build its anchor: enough to be unique and readable, short
# enough to survive small edits elsewhere in the paragraph.
ANCHOR_WORDS = 6
# Longest slug of those words; a paragraph without words is "p-paragraph".
ANCHOR_LENGTH = 60


def paragraph_anchors(clean: CleanArticle) -> ParagraphAnchors:
    """A stable anchor per paragraph of the article, "p-" and a slug of its first words, made
    unique within the article by a count ("p-he-said-2") when two paragraphs open alike."""
    anchors: list[str] = []
    seen: Counter[str] = Counter()
    for paragraph in clean.paragraphs:
        words = re.findall(r"\w+", paragraph.text)[:ANCHOR_WORDS]
        base = "p-" + (slugify(" ".join(words), max_length=ANCHOR_LENGTH) or "paragraph")
        seen[base] += 1
        anchors.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ParagraphAnchors(clean.article_id, tuple(anchors))
