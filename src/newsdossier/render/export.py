"""Data exports, deterministic (sorted, no timestamps): dossier.json (every article's metadata
and cleaned paragraphs, every quote, topics, actors, outlets, events, with the path of each data
file), a data file per article and per comparison, and CSV files. Each record is in one file:
dossier.json holds what readers' and scorers' scripts read (articles' paragraphs, quotes); an
article's data file adds what dossier.json does not hold (removed spans, corrections, mentions,
facts, keyed to its paragraphs there) and says where its text and quotes are. With mentions, facts,
removed spans and comparisons dossier.json was 25.5 MB at 1,000 articles; with the text and quotes
again the article files were 27.0 MB at 2,000 articles (7.1 MB without; issue 17)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Analysis, Article, CleanArticle, Comparison, Dossier, GeneratedFile, Quote
from . import urls
from .views import articles_by_date, topic_articles

#: What an article's data file says of its paragraphs and quotes: where they are (dossier.json's
#: `articles[]` entry of the same id, and its `quotes[]` whose `article` is that id).
TEXT_AND_QUOTES = "dossier.json"


@dataclass(frozen=True)
class DossierData:
    index: dict  # dossier.json
    # article id -> its data file as JSON, in date order; topic id -> its comparison's, by
    # topic id (written out at once: the dicts of every article at once weighed some 100 MB)
    articles: dict[str, str]
    comparisons: dict[str, str]


def dossier_data(
    dossier: Dossier,
    cleaned: dict[str, CleanArticle],
    analysis: Analysis,
    comparisons: dict[str, Comparison],
) -> DossierData:
    """Everything a reader may want to reuse, in the shape documented on the data page."""
    anchors = {article_id: analysis.anchors_of(article_id) for article_id in cleaned}
    quotes = [_quote(q, anchors[q.article]) for q in analysis.quotes]
    records: dict[str, dict[str, list]] = {"mentions": {}, "facts": {}}
    for kind, items in (("mentions", analysis.mentions), ("facts", analysis.facts)):
        for item in items:
            records[kind].setdefault(item.article, []).append(item)
    articles, files = [], {}
    for article in articles_by_date(dossier):
        summary = _article_summary(dossier, article)
        clean = cleaned[article.id]
        text = _article_text(clean, anchors[article.id])
        articles.append(
            {**summary, "paragraphs": text.pop("paragraphs"), "data": urls.article_data(article.id)}
        )
        files[article.id] = to_json(
            {
                **summary,
                # Its paragraphs and quotes are in dossier.json only: written here again they
                # doubled the article files (issue 17's site budget).
                "paragraphs_and_quotes": TEXT_AND_QUOTES,
                **text,
                # The file is the article's: its mentions and facts do not repeat its id.
                "mentions": [
                    {"actor": m.actor, "paragraph": m.paragraph, "text": m.text}
                    for m in records["mentions"].get(article.id, [])
                ],
                "facts": [
                    {
                        "paragraph": f.paragraph,
                        "kind": f.kind,
                        "value": f.value,
                        "text": f.text,
                        "subject": f.subject,
                    }
                    for f in records["facts"].get(article.id, [])
                ],
            }
        )
    index = {
        "title": dossier.info.title,
        "articles": articles,
        "quotes": quotes,
        "topics": [
            {
                "id": t.id,
                "title": t.title,
                "date": t.date.iso,
                "summary": t.summary,
                "url": urls.site_url(urls.topic_page(t.id)),
                "comparison_url": urls.site_url(urls.comparison_page(t.id)),
                "comparison_data": urls.comparison_data(t.id) if t.id in comparisons else None,
                "articles": [a.id for a in topic_articles(dossier, t.id)],
            }
            for t in dossier.topics
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "role": a.role,
                "affiliation": a.affiliation,
                "aliases": list(a.aliases),
                "url": urls.site_url(urls.actor_page(a.id)),
            }
            for a in dossier.actors
        ],
        "outlets": [
            {"id": o.id, "name": o.name, "kind": o.kind, "country": o.country, "url": o.url}
            for o in dossier.outlets
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date.isoformat(),
                "title": e.title,
                "description": e.description,
                "topics": list(e.topics),
                "articles": list(e.articles),
                "actors": list(e.actors),
            }
            for e in dossier.events
        ],
    }
    return DossierData(index, files, {t: to_json(_comparison(t, c)) for t, c in sorted(comparisons.items())})


def _article_summary(dossier: Dossier, article: Article) -> dict:
    outlet = dossier.outlet(article.outlet)
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "outlet": outlet.name if outlet else None,
        "outlet_id": article.outlet,
        "outlet_status": article.outlet_status,
        "outlet_note": article.outlet_note,
        "via": article.via,
        "published": article.published.iso,
        "published_status": article.published.status,
        "published_note": article.published.note,
        "byline": list(article.byline),
        "dateline": article.dateline,
        "original_url": article.url,
        "topics": list(article.topics),
        "url": urls.site_url(urls.article_page(article.id)),
    }


def _article_text(clean: CleanArticle, anchors: Sequence[str]) -> dict:
    return {
        "paragraphs": [
            {"kind": p.kind, "text": p.text, "anchor": anchors[i]} for i, p in enumerate(clean.paragraphs)
        ],
        "removed": [{"text": r.text, "reason": r.reason, "rule": r.rule} for r in clean.removed],
        "corrections": [
            {"find": c.find, "replace": c.replace, "note": c.note, "paragraphs": list(c.paragraphs)}
            for c in clean.corrections
        ],
        "text_metadata": {
            key: getattr(clean.metadata, key)
            for key in ("headline", "byline", "dateline", "date", "caption", "credit")
        },
    }


def _quote(q: Quote, anchors: Sequence[str]) -> dict:
    return {
        "id": q.id,
        "article": q.article,
        "speaker": q.speaker,
        "speakers": list(q.speakers),
        "speaker_text": q.speaker_text,
        "text": q.text,
        "cue": q.cue,
        "fragment": q.fragment,
        "decision": q.decision or None,
        "decision_note": q.decision_note or None,
        "paragraph": q.paragraph,
        "anchor": anchors[q.paragraph],
    }


def _comparison(topic_id: str, c: Comparison) -> dict:
    return {
        "topic": topic_id,
        "articles": list(c.articles),
        "rows": [
            {
                "label": row.label,
                "kind": row.kind,
                "editorial": row.editorial,
                "passages": [
                    {"article": p.article, "paragraph": p.paragraph, "text": p.text} for p in row.passages
                ],
            }
            for row in c.rows
        ],
        "only": [{"article": p.article, "paragraph": p.paragraph, "text": p.text} for p in c.only],
        "facts": [
            {
                "label": f.label,
                "kind": f.kind,
                "agreement": f.agreement,
                "cells": [{"article": x.article, "value": x.value, "text": x.text} for x in f.cells],
            }
            for f in c.facts
        ],
        "contradictions": [
            {
                "label": x.label,
                "note": x.note,
                "passages": [{"article": p.article, "text": p.text} for p in x.passages],
            }
            for x in c.contradictions
        ],
    }


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): =, +, -, @, tab and
# carriage return at the start, and their full-width forms, which some spreadsheets fold to ASCII.
FORMULA_START = tuple("=+-@\t\r") + tuple("\uff1d\uff0b\uff0d\uff20")


def csv_cell(value: object) -> str:
    """A cell as text a spreadsheet shows as text: one starting like a formula gets a leading
    apostrophe (OWASP's advice; spreadsheets hide it). Seed text is data, never a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(header: list[str], rows: list[list]) -> str:
    buffer = io.StringIO()
    # Every cell quoted (OWASP's advice too): a carriage return inside a cell, which the "\n"
    # line end does not make the writer quote, can no longer end a row early.
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow([csv_cell(cell) for cell in header])
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def to_json(data: dict) -> str:
    """Compact JSON (a quarter smaller than indented), keys in their documented order."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def export_files(data: DossierData) -> list[GeneratedFile]:
    articles_csv = to_csv(
        [
            "id",
            "title",
            "outlet",
            "outlet_status",
            "outlet_note",
            "published",
            "published_status",
            "published_note",
            "byline",
            "dateline",
            "topics",
            "source",
            "original_url",
            "url",
        ],
        [
            [
                a["id"],
                a["title"],
                a["outlet"] or "",
                a["outlet_status"],
                a["outlet_note"],
                a["published"] or "",
                a["published_status"],
                a["published_note"],
                "; ".join(a["byline"]),
                a["dateline"] or "",
                " ".join(a["topics"]),
                a["source"],
                a["original_url"] or "",
                a["url"],
            ]
            for a in data.index["articles"]
        ],
    )
    articles = {a["id"]: a for a in data.index["articles"]}
    quotes_csv = to_csv(
        [
            "id",
            "article",
            "outlet",
            "topics",
            "speaker",
            "speakers",
            "speaker_text",
            "cue",
            "decision",
            "fragment",
            "text",
            "url",
        ],  # fmt: skip
        [
            [
                q["id"],
                q["article"],
                articles[q["article"]]["outlet"] or "",
                " ".join(articles[q["article"]]["topics"]),
                q["speaker"] or "",
                " ".join(q["speakers"]),
                q["speaker_text"] or "",
                q["cue"] or "",
                q["decision"] or "",
                str(q["fragment"]).lower(),
                q["text"],
                f"{articles[q['article']]['url']}#{q['anchor']}",
            ]
            for q in data.index["quotes"]  # every quote, in the analysis' order
        ],
    )
    return [
        GeneratedFile("dossier.json", to_json(data.index)),
        *(GeneratedFile(urls.article_data(a), text) for a, text in data.articles.items()),
        *(GeneratedFile(urls.comparison_data(t), text) for t, text in data.comparisons.items()),
        GeneratedFile("articles.csv", articles_csv),
        GeneratedFile("quotes.csv", quotes_csv),
    ]
