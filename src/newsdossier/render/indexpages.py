"""How a large dossier's quotes are laid out over pages (see paging.py): one quotes page for
a small dossier, else a page per topic in parts of at most QUOTE_GROUPS_PER_PAGE groups and
QUOTE_SOURCES_PER_PAGE sources."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Topic
from . import paging, urls


class QuotePages:
    """Where each speaker's quotes on a topic are shown: the quotes page of a small dossier,
    else the part of the topic's quotes page where they start."""

    def __init__(self, topics: Sequence[Topic], speakers: list[dict]) -> None:
        quoted = {t.id for s in speakers for t, _groups in s["by_topic"]}
        self.topics = [t for t in topics if t.id in quoted]
        self.speakers = speakers
        groups = [g for s in speakers for _t, gs in s["by_topic"] for g in gs]
        sources = sum(len(g.quotes) for g in groups)
        self.split = (
            len(groups) > 2 * paging.QUOTE_GROUPS_PER_PAGE or sources > 2 * paging.QUOTE_SOURCES_PER_PAGE
        )
        # topic id -> parts; a part is a list of (speaker, [groups]) in speaker order.
        self.parts: dict[str, list[list[tuple[dict, list]]]] = {}
        self.page_of: dict[tuple[str, str], str] = {}
        if self.split:
            for topic in self.topics:
                self._lay_out(topic)

    def _lay_out(self, topic: Topic) -> None:
        entries = [(s, g) for s in self.speakers for t, gs in s["by_topic"] if t.id == topic.id for g in gs]
        parts: list[list[tuple[dict, list]]] = []
        parts_of_entries = paging.in_parts(
            entries, paging.QUOTE_GROUPS_PER_PAGE, paging.QUOTE_SOURCES_PER_PAGE, lambda e: len(e[1].quotes)
        )
        for number, part in enumerate(parts_of_entries, start=1):
            by_speaker: list[tuple[dict, list]] = []
            for speaker, group in part:
                if not by_speaker or by_speaker[-1][0] is not speaker:
                    by_speaker.append((speaker, []))
                    self.page_of.setdefault((topic.id, speaker["anchor"]), urls.quotes_page(topic.id, number))
                by_speaker[-1][1].append(group)
            parts.append(by_speaker)
        self.parts[topic.id] = parts

    def link(self, from_page: str, topic_id: str, speaker_id: str | None) -> str:
        """A link to a speaker's quotes on a topic (the part where they start)."""
        anchor = f"speaker-{speaker_id or 'unnamed'}"
        page = self.page_of.get((topic_id, anchor), "quotes.md")
        return urls.href(from_page, page, f"{anchor}-{topic_id}")
