"""Test helper: the five seeds as CleanArticles, cut by hand (the cleaner is tested elsewhere).

Per-seed knowledge lives here, in the tests, never in the package.
"""

from __future__ import annotations

from pathlib import Path

from newsdossier.records import CleanArticle, Paragraph, TextMetadata

SEEDS = Path(__file__).resolve().parents[1] / "example" / "seeds"

# article id -> (seed file prefix, first body paragraph starts with, last body paragraph starts with,
#                paragraphs to drop (start), subheads)
SEED_CUTS = {
    "ap-france-tells-putin": ("000", "PARIS \u2014 With Russian", "Putin has made the first steps", (), ()),
    "hollande-putin-meet-amid-tensions": (
        "001",
        "As the leaders of France",
        "Russia and the West are in deep",
        (),
        ("'Information warfare'", "UN resolution"),
    ),
    "russia-france-up-battle": (
        "002",
        "France and Russia will exchange",
        "Putin also said Russia would keep",
        (),
        (),
    ),
    "france-russia-team-on-syrian-fight": (
        "003",
        "Russia and France \u2014 both",
        "Hollande, who has been on a diplomatic",
        (),
        (),
    ),
    "putin-hollande-agree-to-coordinate": (
        "004",
        "MOSCOW, RUSSIA, Sabine",
        '"We would be ready to seriously',
        (),
        ("- Turkey-Russia tension -",),
    ),
}

TOPIC_ARTICLES = {
    "paris-summit": ("ap-france-tells-putin", "hollande-putin-meet-amid-tensions"),
    "moscow-pact": (
        "russia-france-up-battle",
        "france-russia-team-on-syrian-fight",
        "putin-hollande-agree-to-coordinate",
    ),
    "turkey-shootdown": (
        "russia-france-up-battle",
        "france-russia-team-on-syrian-fight",
        "putin-hollande-agree-to-coordinate",
    ),
}


def seed_raw(article_id: str) -> str:
    prefix = SEED_CUTS[article_id][0]
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def seed_article(article_id: str) -> CleanArticle:
    """The body paragraphs of a seed, between its first and last body paragraph."""
    _, first, last, drop, subheads = SEED_CUTS[article_id]
    lines = [line.strip() for line in seed_raw(article_id).splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if line.startswith(last))
    paragraphs = []
    for line in lines[start : end + 1]:
        if any(line.startswith(d) for d in drop):
            continue
        kind = "subhead" if line in subheads else "body"
        paragraphs.append(Paragraph(kind=kind, text=line))
    return CleanArticle(
        article_id=article_id, paragraphs=tuple(paragraphs), metadata=TextMetadata(), removed=()
    )


def all_seed_articles() -> dict[str, CleanArticle]:
    return {article_id: seed_article(article_id) for article_id in SEED_CUTS}
