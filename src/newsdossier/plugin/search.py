"""The site's search index: Pagefind, run on the built site after every build.

Material's own search ships one index of the whole site that every visitor downloads and builds
in the browser (26 MB at 1,000 articles). Pagefind splits its index in chunks by word, so a
query fetches only the chunks of its words and the fragments of the results shown. It indexes
what the theme marks with `data-pagefind-body` (each page's content; main.html), so the header,
navigation and footer, and pages excluded from search, stay out of the index.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

#: Where the index and Pagefind's scripts are written, inside the site; the theme's search box
#: (partials/search.html) loads them from there.
BUNDLE_FOLDER = "pagefind"

#: The search box's script, a package asset added to every site whose search is on.
SEARCH_SCRIPT = "assets/dossier-search.js"

#: Pagefind's ready-made search interfaces, which the site does not use (its search box is the
#: theme's): left out of the site, 0.4 MB.
UNUSED_BUNDLE_FILES = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*")

#: What is not the page's text: the permalink signs after headings and article paragraphs.
EXCLUDED_SELECTORS = (".headerlink", ".nd-pilcrow")

#: Indexing 2,000 articles takes seconds; a minute means something is wrong.
INDEX_TIMEOUT_S = 600


def pagefind_executable() -> Path:
    """Pagefind's binary, from the `pagefind-bin` package (a pinned dependency)."""
    try:
        import pagefind_bin
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise PluginError(
            "The site's search needs Pagefind: install the project's dependencies (`make`), "
            "or turn search off with `search: false` under the dossier plugin in mkdocs.yml."
        ) from error
    return Path(pagefind_bin.get_executable())


def index_site(site_dir: Path) -> None:
    """Write Pagefind's index of the built site into site_dir/pagefind/, replacing any older one
    (a stale fragment would make the site's files depend on its history)."""
    bundle = site_dir / BUNDLE_FOLDER
    if bundle.exists():
        shutil.rmtree(bundle)
    command = [
        str(pagefind_executable()),
        "--site",
        str(site_dir),
        "--output-subdir",
        BUNDLE_FOLDER,
        "--silent",
    ]
    for selector in EXCLUDED_SELECTORS:
        command += ["--exclude-selectors", selector]
    # Pagefind reads a pagefind.yml/.toml/.json in its working folder: the site's own folder
    # holds none, so a stray file in the project cannot change the index.
    try:
        result = subprocess.run(
            command, cwd=site_dir, capture_output=True, text=True, timeout=INDEX_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PluginError(f"Pagefind could not index the site in {site_dir}: {error}") from error
    if result.returncode != 0 or not (bundle / "pagefind.js").is_file():
        output = (result.stderr or result.stdout).strip()
        raise PluginError(
            f"Pagefind could not index the site in {site_dir} (exit {result.returncode}):\n{output}"
        )
    for pattern in UNUSED_BUNDLE_FILES:
        for unused in bundle.glob(pattern):
            unused.unlink()
