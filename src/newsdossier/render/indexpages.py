"""The quotes and timeline pages, split when the dossier is large (see paging.py): a page per
topic's quotes (in parts), a page per month of the timeline, each linked from a summary."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Comparison, Dossier, GeneratedFile, Topic
from . import paging, urls


class QuotePages:
    """Where each speaker's quotes on a topic are shown: one quotes page for a small dossier,
    else the topic's quotes page part holding them."""

    def __init__(self, topics: Sequence[Topic], speakers: list[dict]) -> None:
        self.topics = [t for t in topics if any(t.id == bt.id for s in speakers for bt, _g in s["by_topic"])]
        self.speakers = speakers
        total = sum(len(groups) for s in speakers for _t, groups in s["by_topic"])
        self.split = total > 2 * paging.QUOTE_GROUPS_PER_PAGE
        # topic id -> parts; a part is a list of (speaker, [groups]) in speaker order.
        self.parts: dict[str, list[list[tuple[dict, list]]]] = {}
        self.page_of: dict[tuple[str, str], str] = {}
        if self.split:
            for topic in self.topics:
                self._lay_out(topic)

    def _lay_out(self, topic: Topic) -> None:
        entries = [(s, g) for s in self.speakers for t, gs in s["by_topic"] if t.id == topic.id for g in gs]
        parts: list[list[tuple[dict, list]]] = []
        for number, part in enumerate(paging.in_parts(entries, paging.QUOTE_GROUPS_PER_PAGE), start=1):
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

    def render(self, writer) -> list[GeneratedFile]:
        if not self.split:
            return [writer.render("quotes.md.j2", "quotes.md", {"title": "Quotes"}, speakers=self.speakers)]
        files = [
            writer.render(
                "quotes.md.j2",
                "quotes.md",
                {"title": "Quotes"},
                speakers=self.speakers,
                topic_pages=[(t, len(self.parts[t.id]), urls.quotes_page(t.id)) for t in self.topics],
                page_of=self.page_of,
            )
        ]
        for topic in self.topics:
            parts = self.parts[topic.id]
            for number, part in enumerate(parts, start=1):
                suffix = f" ({number} of {len(parts)})" if len(parts) > 1 else ""
                files.append(
                    writer.render(
                        "quotes_topic.md.j2",
                        urls.quotes_page(topic.id, number),
                        {"title": f"Quotes: {topic.title}{suffix}"},
                        topic=topic,
                        part=part,
                        number=number,
                        pages=[urls.quotes_page(topic.id, n) for n in range(1, len(parts) + 1)],
                    )
                )
        return files


def timeline_pages(writer, items: list, months: list | None) -> list[GeneratedFile]:
    """One timeline page, or (given `months`) a summary with a bar per month and a page per month."""
    if not months:
        return [writer.render("timeline.md.j2", "timeline.md", {"title": "Timeline"}, timeline=items)]
    bars = paging.month_bars(months, "timeline.md")
    summary = {"timeline": None, "months": months, "month_bars": bars}
    files = [writer.render("timeline.md.j2", "timeline.md", {"title": "Timeline"}, **summary)]
    for month in months:
        files.append(
            writer.render(
                "timeline_month.md.j2",
                urls.month_page(month.key),
                {"title": f"Timeline: {month.label}"},
                month=month,
                timeline=list(month.items),
            )
        )
    return files


def comparison_pages(writer, dossier: Dossier, topic: Topic, comparison: Comparison) -> list[GeneratedFile]:
    """The topic's comparison page, continued on numbered pages when it is large."""
    parts = paging.comparison_parts(comparison)
    pages = [urls.comparison_page(topic.id, n) for n in range(1, len(parts) + 1)]
    files = []
    for number, (part, path) in enumerate(zip(parts, pages, strict=True), start=1):
        suffix = f" ({number} of {len(parts)})" if len(parts) > 1 else ""
        files.append(
            writer.render(
                "comparison.md.j2",
                path,
                {
                    "title": f"Comparison: {topic.title}{suffix}",
                    "tags": [topic.title],
                    "hide": ["navigation", "toc"],
                },
                topic=topic,
                comparison=part,
                columns=[dossier.article(a) for a in part.articles],
                total_articles=len(comparison.articles),
                part=(number, pages) if len(parts) > 1 else None,
            )
        )
    return files
