"""Where a built site's bytes are: HTML by page family (with the navigation's share), the other
files, and the largest pages. For issue 17's "whole site <= 200 MB, no page over 500 kB".

    .venv/bin/python benchmarks/site_weight.py SITE_DIR

A family is a page's first folder ("articles", "actors", ...), and its second for nested pages
("quotes/*/*": a topic's later quote pages). "nav" is the primary sidebar (Material's
navigation), "body" the page's <article>; the rest is the theme's header, tabs and footer.
Build the site first, e.g. a project of N distinct articles (benchmarks/newsroom.py) with
`nice /usr/bin/time -v mkdocs build --strict -q` for the peak memory.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path


def family(relative: Path) -> str:
    parts = relative.parts
    if len(parts) == 1:
        return "(root)"
    return parts[0] + ("/*/*" if len(parts) > 3 else "/*" if len(parts) == 3 else "")


def main(site: Path) -> None:
    families: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, ""])  # pages, bytes, nav, largest, which
    other: dict[str, int] = defaultdict(int)
    pages = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        size, relative = path.stat().st_size, path.relative_to(site)
        if path.suffix != ".html":
            other[relative.parts[0] if len(relative.parts) > 1 else relative.name] += size
            continue
        html = path.read_text(encoding="utf-8")
        start, end = html.find("md-sidebar--primary"), html.find("md-sidebar--secondary")
        entry = families[family(relative)]
        entry[0] += 1
        entry[1] += size
        entry[2] += end - start if 0 <= start < end else 0
        if size > entry[3]:
            entry[3], entry[4] = size, str(relative)
        pages.append((size, str(relative)))
    html_bytes = sum(size for size, _ in pages)
    total = html_bytes + sum(other.values())
    print(f"site {total / 1e6:.1f} MB, HTML {html_bytes / 1e6:.1f} MB in {len(pages)} pages")
    print("family | pages | HTML MB | nav kB/page | largest")
    for name, (count, size, nav, largest, which) in sorted(families.items(), key=lambda kv: -kv[1][1]):
        print(
            f"{name} | {count} | {size / 1e6:.2f} | {nav / count / 1e3:.1f} | {largest / 1e3:.0f} kB {which}"
        )
    print(
        "other files: "
        + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sorted(other.items(), key=lambda kv: -kv[1]))
    )
    print("largest pages: " + ", ".join(f"{s / 1e3:.0f} kB {p}" for s, p in sorted(pages, reverse=True)[:5]))


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
