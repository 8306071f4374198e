"""How a dossier's quotes are laid out over pages (render/indexpages.py)."""

from __future__ import annotations

from newsdossier.records import DateInfo, Quote, QuoteGroup, Topic
from newsdossier.render import paging
from newsdossier.render.indexpages import QuotePages

SUMMIT, PACT, QUIET = (Topic(t, t.title(), DateInfo(None)) for t in ("summit", "pact", "quiet"))


def groups(count: int, speaker: str) -> list[QuoteGroup]:
    made = []
    for n in range(count):
        quote = Quote(f"{speaker}-{n}-q1", f"{speaker}-{n}", 0, f"words {n}", speaker)
        made.append(QuoteGroup(quote.id, speaker, quote.text, (quote,), False))
    return made


def speaker(speaker_id: str, *by_topic: tuple[Topic, list[QuoteGroup]]) -> dict:
    return {"name": speaker_id, "anchor": f"speaker-{speaker_id}", "by_topic": list(by_topic)}


def test_a_small_dossier_has_one_quotes_page_and_lists_only_quoted_topics():
    layout = QuotePages(
        [SUMMIT, PACT, QUIET], [speaker("ana", (SUMMIT, groups(2, "ana")), (PACT, groups(1, "ana")))]
    )
    assert not layout.split and layout.parts == {}
    assert [t.id for t in layout.topics] == ["summit", "pact"]
    assert layout.link("actors/ana.md", "pact", "ana") == "../../quotes/#speaker-ana-pact"


def test_a_large_dossier_splits_each_topic_into_parts_and_links_to_where_a_speaker_starts():
    many = 2 * paging.QUOTE_GROUPS_PER_PAGE + 1
    speakers = [speaker("ana", (SUMMIT, groups(many - 1, "ana"))), speaker("ben", (SUMMIT, groups(1, "ben")))]
    layout = QuotePages([SUMMIT, PACT], speakers)
    assert layout.split and [t.id for t in layout.topics] == ["summit"]
    parts = layout.parts["summit"]
    assert len(parts) == 3 and all(
        sum(len(g) for _s, g in part) <= paging.QUOTE_GROUPS_PER_PAGE for part in parts
    )
    # Ana's quotes start on the first part, Ben's (after hers) on the last.
    assert layout.page_of[("summit", "speaker-ana")] == "quotes/summit.md"
    assert (
        layout.page_of[("summit", "speaker-ben")].startswith("quotes/summit")
        and parts[-1][-1][0]["name"] == "ben"
    )
    assert layout.link("quotes.md", "summit", "ben").endswith("#speaker-ben-summit")
    assert layout.link("quotes.md", "pact", None) == "./#speaker-unnamed-pact"
