"""A dossier of N distinct, real-looking news articles, for measuring how the build scales.

Copies of the same few seeds flatter every figure (the comparison stage scores each distinct
text once), so each generated article is a real news text, altered when it is reused:

- the pool is the development corpus in `<repo>/../shared/quotebench-dev/texts` (920 real
  articles from seven outlets) when it is there, else the project's own seeds;
- article i takes pool text i % P unchanged the first time; every later use is a rewrite:
  about a tenth of its paragraphs dropped, in each paragraph one sentence replaced by a sentence
  of another article of the same month, small numbers shifted, the date moved by a few days and
  the outlet rotated, so no two articles (and almost no two paragraphs) are identical;
- one topic per month of publication, outlets from the pool's publishers, and actors from the
  people the articles quote most (their names and surnames as aliases), more with larger N.

Nothing is copied into the repository: the dossier is written into a folder the caller gives
(a temporary one in the benchmarks).
"""

from __future__ import annotations

import datetime
import json
import os
import random
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# The development corpus beside the repository (or where $NEWSDOSSIER_SHARED points).
SHARED_POOL = Path(os.environ.get("NEWSDOSSIER_SHARED", ROOT.parent / "shared")) / "quotebench-dev"
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z“\"])")
_SMALL_NUMBER = re.compile(r"\b([1-9]\d{0,2})\b(?![,.]\d)")
_WORD_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class PoolText:
    name: str
    text: str
    publisher: str
    date: datetime.date


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "x"


def load_pool() -> tuple[list[PoolText], dict]:
    """The real texts to draw from, and the named speakers of the corpus when it has them."""
    if (SHARED_POOL / "meta.json").is_file():
        meta = json.loads((SHARED_POOL / "meta.json").read_text(encoding="utf-8"))
        speakers = json.loads((SHARED_POOL / "speakers.json").read_text(encoding="utf-8"))
        pool = [
            PoolText(
                name,
                (SHARED_POOL / "texts" / f"{name}.txt").read_text(encoding="utf-8"),
                m["publisher"],
                datetime.date.fromisoformat(m["date"]),
            )
            for name, m in sorted(meta.items())
        ]
        return pool, speakers
    pool = []
    for i, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        text = seed.read_bytes().decode("utf-8", errors="replace")
        pool.append(PoolText(seed.stem, text, f"outlet-{i % 7}", datetime.date(2015, 10 + i % 3, 1 + i)))
    return pool, {}


def rewrite(base: PoolText, variant: int, same_month: list[PoolText], rng: random.Random) -> str:
    """A distinct version of `base`: paragraphs dropped, sentences swapped in, numbers shifted."""
    headline, *paragraphs = [p for p in re.split(r"\n\s*\n", base.text.strip()) if p.strip()] or [""]
    kept = [p for p in paragraphs if rng.random() > 0.1] or paragraphs
    out = [headline]
    for paragraph in kept:
        sentences = _SENTENCE_BREAK.split(paragraph.strip())
        donor_text = rng.choice(same_month).text
        donors = [s for s in _SENTENCE_BREAK.split(donor_text.replace("\n", " ")) if len(s) > 40]
        if donors:
            donor = rng.choice(donors)
            if len(sentences) > 1:
                sentences[rng.randrange(1, len(sentences))] = donor
            else:
                sentences.append(donor)
        text = " ".join(sentences)
        out.append(_SMALL_NUMBER.sub(lambda m: str(int(m.group(1)) + variant), text))
    return "\n\n".join(out) + "\n"


def choose_actors(pool: list[PoolText], speakers: dict, n: int) -> list[dict]:
    """The most quoted named speakers (40 + n/10, at most 250), else capitalised names in the
    texts; each person also known by a surname nobody else on the list has."""
    wanted = min(250, 40 + n // 10)
    if speakers:
        names = sorted(speakers, key=lambda s: (-speakers[s]["quotes"], s))
        kinds = {s: speakers[s]["kind"] for s in names}
        variants = {s: speakers[s]["variants"] for s in names}
    else:
        counts = Counter(m.group(0) for p in pool for m in _WORD_NAME.finditer(p.text))
        names = [name for name, _ in counts.most_common()]
        kinds = {s: "person" for s in names}
        variants = {s: [] for s in names}
    chosen = [s for s in names if len(s) >= 3][:wanted]
    surnames = Counter(s.split()[-1] for s in chosen if kinds[s] == "person" and " " in s)
    actors, seen_aliases, ids = [], set(), set()
    for name in chosen:
        aliases = {v for v in variants[name] if len(v) >= 3 and v != name}
        last = name.split()[-1]
        if kinds[name] == "person" and " " in name and surnames[last] == 1:
            aliases.add(last)
        aliases = sorted(a for a in aliases if a.lower() not in seen_aliases)
        seen_aliases.update(a.lower() for a in [name, *aliases])
        actor_id = slug(name)
        while actor_id in ids:
            actor_id += "-x"
        ids.add(actor_id)
        entry = {"id": actor_id, "name": name, "kind": kinds[name]}
        if aliases:
            entry["aliases"] = aliases
        actors.append(entry)
    return actors


def dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


def write_dossier(target: Path, n: int, seed: int = 17) -> Path:
    """Write dossier/ and seeds/ for N distinct articles into `target`; returns `target`."""
    pool, speakers = load_pool()
    random.Random(seed).shuffle(pool)  # any first N spans every outlet and month
    by_month: dict[str, list[PoolText]] = defaultdict(list)
    for text in pool:
        by_month[text.date.strftime("%Y-%m")].append(text)
    publishers = sorted({p.publisher for p in pool})
    articles, months = [], set()
    for i in range(n):
        base, variant = pool[i % len(pool)], i // len(pool)
        rng = random.Random(f"{seed}-{i}")
        if variant == 0:
            text, date, publisher = base.text, base.date, base.publisher
        else:
            text = rewrite(base, variant, by_month[base.date.strftime("%Y-%m")], rng)
            date = base.date + datetime.timedelta(days=rng.randint(-3, 3))
            publisher = publishers[(publishers.index(base.publisher) + variant) % len(publishers)]
        article_id = f"{slug(base.name)}-{i}"
        (target / "seeds").mkdir(parents=True, exist_ok=True)
        (target / "seeds" / f"{article_id}.txt").write_text(text, encoding="utf-8")
        title = text.strip().splitlines()[0].strip().rstrip(".") or article_id
        month = date.strftime("%Y-%m")
        months.add(month)
        articles.append((article_id, title, publisher, date, month))
    d = target / "dossier"
    dump(
        d / "dossier.yml",
        {
            "title": f"Benchmark dossier of {n} articles",
            "description": "Generated for measuring the build; the texts belong to their publishers.",
            "language": "en",
            "editors": ["NewsDossier benchmark"],
        },
    )
    dump(d / "topics.yml", {"topics": [_topic(m) for m in sorted(months)]})
    dump(
        d / "outlets.yml",
        {
            "outlets": [
                {"id": p, "name": p.replace("-", " ").title(), "kind": "newspaper", "country": "unknown"}
                for p in publishers
            ]
        },
    )
    dump(d / "actors.yml", {"actors": choose_actors(pool, speakers, n)})
    dump(d / "events.yml", {"events": []})
    for article_id, title, publisher, date, month in articles:
        dump(
            d / "articles" / f"{article_id}.yml",
            {
                "source": f"seeds/{article_id}.txt",
                "title": title,
                "outlet": publisher,
                "outlet_status": "stated",
                "published": {"date": date.isoformat(), "status": "stated"},
                "topics": [f"month-{month}"],
            },
        )
    return target


def _topic(month: str) -> dict:
    year, number = month.split("-")
    name = f"{MONTHS[int(number) - 1]} {year}"
    return {
        "id": f"month-{month}",
        "title": f"The news of {name}",
        "date": f"{month}-01",
        "summary": f"Every article of the benchmark dossier published in {name}.",
    }


def make_site_project(target: Path, n: int) -> Path:
    """A whole project (mkdocs.yml, docs/, templates/ of this checkout) around N articles."""
    write_dossier(target, n)
    for name in ("docs", "templates"):  # the package has its own templates; a project may override
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target
