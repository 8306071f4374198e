"""Scores the quote finder against the hand-made list of the seeds' quotations.

    .venv/bin/python tests/analyze/quote_score.py            # seeds cut by the test helper
    .venv/bin/python tests/analyze/quote_score.py --dossier  # the real dossier and cleaner

Prints recall, precision and speaker accuracy, overall and for full-sentence
quotes by people (the figures the project is judged on), then every miss.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).parent))

from newsdossier.analyze.group import normalise  # noqa: E402
from newsdossier.analyze.mentions import AliasMatcher  # noqa: E402
from newsdossier.analyze.text import fold  # noqa: E402
from newsdossier.records import Actor, Quote  # noqa: E402

EXPECTED = Path(__file__).parent / "expected_seed_quotes.yml"

# Two texts are the same quotation when their normalised words are this close
# (a cleaner may fix a space or a dash; the words stay).
TEXT_MATCH_RATIO = 90


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0
    speaker_checked: int = 0
    fragment_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_checked if self.speaker_checked else 1.0


def expected_quotes() -> dict[str, list[dict]]:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def actor_for_name(name: str, actors: tuple[Actor, ...], matcher: AliasMatcher) -> str | None:
    """The actor a full name stands for in a dossier (None: the person has no entry)."""
    for hit in matcher.find(name):
        if hit.start == 0 and hit.end == len(name) and not hit.bare:
            return hit.actor
    folded = fold(name).lower()
    for actor in actors:
        if folded in {fold(n).lower() for n in (actor.name, *actor.aliases)}:
            return actor.id
    return None


def _same_text(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    return na == nb or fuzz.ratio(na, nb) >= TEXT_MATCH_RATIO


def score(
    found_by_seed: dict[str, list[Quote]],
    actors: tuple[Actor, ...],
    full_sentences_only: bool = False,
) -> Score:
    """Match found quotes to the expected ones, seed by seed, one to one."""
    matcher = AliasMatcher(actors)
    kinds = {a.id: a.kind for a in actors}
    result = Score()
    for seed, expected in expected_quotes().items():
        found = list(found_by_seed.get(seed, []))
        if full_sentences_only:
            others = [e for e in expected if not e["speaker"] or e["fragment"]]
            expected = [e for e in expected if e["speaker"] and not e["fragment"]]
            # Quotations listed as fragments or bodies' words are outside this count.
            found = [
                q
                for q in found
                if not q.fragment
                and (
                    any(_same_text(q.text, e["text"]) for e in expected)
                    or not any(_same_text(q.text, e["text"]) for e in others)
                )
            ]
        result.expected += len(expected)
        result.found += len(found)
        unmatched = list(found)
        for item in expected:
            match = next((q for q in unmatched if _same_text(q.text, item["text"])), None)
            if match is None:
                result.misses.append(f"{seed}: not found: {item['text'][:70]!r}")
                continue
            unmatched.remove(match)
            result.matched += 1
            result.fragment_right += match.fragment == item["fragment"]
            result.speaker_checked += 1
            if item["speaker"]:
                want = actor_for_name(item["speaker"], actors, matcher)
                right = match.speaker == want and (
                    want is not None or item["speaker"].split()[-1] in (match.speaker_text or "")
                )
            else:  # a body: its actor or nobody, never a person
                right = match.speaker is None or kinds.get(match.speaker) != "person"
            result.speaker_right += right
            if not right:
                result.misses.append(
                    f"{seed}: speaker {match.speaker!r} ({match.speaker_text!r}) for "
                    f"{item['text'][:50]!r}, expected {item['speaker'] or item.get('body')!r}"
                )
        for quote in unmatched:
            result.misses.append(f"{seed}: not a quotation in the list: {quote.text[:70]!r}")
    return result


def seed_results_from_fixtures():
    from analyze_support import seed_corpus_data

    from newsdossier.analyze import analyze

    dossier, cleaned = seed_corpus_data()
    return by_seed(dossier, analyze(dossier, cleaned)), dossier.actors


def seed_results_from_dossier(root: Path):
    from newsdossier.analyze import analyze
    from newsdossier.clean import clean_article
    from newsdossier.load import load_dossier

    dossier = load_dossier(root)
    cleaned = {a.id: clean_article(a) for a in dossier.articles}
    return by_seed(dossier, analyze(dossier, cleaned)), dossier.actors


def by_seed(dossier, analysis) -> dict[str, list[Quote]]:
    seed_of = {a.id: Path(a.source).name for a in dossier.articles}
    found: dict[str, list[Quote]] = {}
    for quote in analysis.quotes:
        found.setdefault(seed_of[quote.article], []).append(quote)
    return found


def main(argv: list[str]) -> int:
    if "--dossier" in argv:
        found, actors = seed_results_from_dossier(Path(__file__).resolve().parents[1] / "example")
    else:
        found, actors = seed_results_from_fixtures()
    for label, only in (("all quotations", False), ("full-sentence quotes by people", True)):
        s = score(found, actors, full_sentences_only=only)
        print(
            f"{label:32} expected {s.expected:3}  found {s.found:3}  recall {s.recall:.3f}  "
            f"precision {s.precision:.3f}  speaker accuracy {s.speaker_accuracy:.3f} "
            f"({s.speaker_right}/{s.speaker_checked})  fragment flag {s.fragment_right}/{s.matched}"
        )
    for miss in score(found, actors).misses:
        print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
