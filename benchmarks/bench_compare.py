"""Benchmark: compare() on one topic of N synthetic articles (default 200).

    .venv/bin/python benchmarks/bench_compare.py [--articles 200] [--repeat 5]

Articles are made from the five seeds' sentences: each synthetic article takes a random
sample of 30 sentences from the seed pool, swaps some words for paraphrases and perturbs
numbers, so that passages repeat across articles as syndicated copy does, but rarely
verbatim; a share of the sentences (--distinct, default 0.5) is replaced by shuffled seed
words, so that half the passages match nothing, which is the hard case for blocking.
Every quoted span becomes an analysis Quote of one of two speakers (the worst case for quote
rows, which compare the quotes of one speaker with each other).
Prints the median wall time of compare() over the repeats, and the median CPU time of the
process (less sensitive to other jobs on a shared machine).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.compare.fixtures import ACTORS, reading  # noqa: E402
from tests.compare.seedtext import all_seed_articles  # noqa: E402

from newsdossier.analyze import sentences_only  # noqa: E402
from newsdossier.analyze.sentences import reading_spans  # noqa: E402
from newsdossier.compare import compare  # noqa: E402
from newsdossier.records import (  # noqa: E402
    Analysis,
    Article,
    CleanArticle,
    DateInfo,
    Dossier,
    DossierInfo,
    Paragraph,
    Quote,
    TextMetadata,
    Topic,
)

SWAPS = {
    "said": "stated",
    "strikes": "raids",
    "plane": "jet",
    "exchange": "share",
    "killed": "left dead",
    "agreed": "reached a deal",
    "Thursday": "Friday",
    "targets": "positions",
}


def _distinct_sentence(rng: random.Random, words: list[str]) -> str:
    """A new sentence from seed words: passages that mostly match nothing (the worst case for blocking)."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(12, 30))).capitalize() + "."


def synthetic(n: int, seed: int = 0, distinct: float = 0.0) -> tuple[Dossier, dict[str, CleanArticle]]:
    rng = random.Random(seed)
    pool = [
        s
        for article in all_seed_articles().values()
        for p in article.paragraphs
        if p.kind == "body"
        for start, end in reading_spans(p.text)
        for s in [" ".join(p.text[start:end].split())]
    ]
    words = " ".join(pool).split()
    cleaned, articles = {}, []
    for i in range(n):
        sentences = [
            _distinct_sentence(rng, words) if rng.random() < distinct else s for s in rng.sample(pool, 30)
        ]
        paragraphs = []
        for j in range(0, len(sentences), 2):
            text = " ".join(sentences[j : j + 2])
            for word, other in SWAPS.items():
                if rng.random() < 0.3:
                    text = text.replace(word, other)
            if rng.random() < 0.2:
                text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 3)), text)
            paragraphs.append(Paragraph("body", text))
        article_id = f"synthetic-{i:03d}"
        cleaned[article_id] = CleanArticle(article_id, tuple(paragraphs), TextMetadata(), ())
        articles.append(
            Article(
                id=article_id,
                source=f"seeds/{article_id}.txt",
                title=article_id,
                outlet=None,
                topics=("bench",),
            )
        )
    topic = Topic("bench", "France and Russia agree to coordinate strikes in Syria", DateInfo(None))
    dossier = Dossier(ROOT, DossierInfo("bench"), tuple(articles), (topic,), ACTORS, (), ())
    return dossier, cleaned


def synthetic_quotes(cleaned: dict[str, CleanArticle], seed: int = 0) -> tuple[Quote, ...]:
    """The quoted spans of the synthetic articles as analysis quotes of two speakers."""
    rng = random.Random(seed)
    quotes = []
    for article_id, article in cleaned.items():
        for index, paragraph in enumerate(article.paragraphs):
            for n, match in enumerate(
                re.finditer(r"[\"\u201c]([^\"\u201c\u201d]{20,})[\"\u201d]", paragraph.text)
            ):
                speaker = rng.choice(("vladimir-putin", "francois-hollande"))
                quotes.append(Quote(f"{article_id}-q{index}-{n}", article_id, index, match.group(1), speaker))
    return tuple(quotes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--distinct",
        type=float,
        default=0.5,
        help="share of sentences made of shuffled seed words instead of copied seed sentences",
    )
    args = parser.parse_args()
    dossier, cleaned = synthetic(args.articles, distinct=args.distinct)
    analysis = reading(cleaned, Analysis((), synthetic_quotes(cleaned), ()))
    times, cpu = [], []
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = compare(dossier, cleaned, analysis)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    comparison = result["bench"]
    passages = len(sentences_only(cleaned).sentences)
    print(
        f"articles {args.articles}, passages {passages}, rows {len(comparison.rows)}, "
        f"only {len(comparison.only)}, facts {len(comparison.facts)}, quotes {len(analysis.quotes)}, "
        f"quote rows {sum(r.kind == 'quote' for r in comparison.rows)}"
    )
    print(
        f"compare median {statistics.median(times):.2f} s over {args.repeat} runs "
        f"(min {min(times):.2f}, max {max(times):.2f}); CPU time median {statistics.median(cpu):.2f} s"
    )


if __name__ == "__main__":
    main()
