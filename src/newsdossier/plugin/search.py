"""The site's search index: Pagefind, run on the built site after every build.

Material's own search ships one index of the whole site that every visitor downloads and builds
in the browser (26 MB at 1,000 articles). Pagefind splits its index in chunks by word, so a
query fetches only the chunks of its words and the fragments of the results shown. It indexes
what the theme marks with `data-pagefind-body` (each page's content; main.html), so the header,
navigation and footer, and pages excluded from search, stay out of the index.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from collections.abc import Callable
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


def index_site(site_dir: Path, started: Callable[[subprocess.Popen], None] | None = None) -> None:
    """Write Pagefind's index of the built site into site_dir/pagefind/, replacing any older one
    (a stale fragment would make the site's files depend on its history). `started` is given
    the running Pagefind, which it may stop (BackgroundIndex)."""
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
        process = subprocess.Popen(
            command, cwd=site_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    except OSError as error:
        raise PluginError(f"Pagefind could not index the site in {site_dir}: {error}") from error
    if started is not None:
        started(process)
    try:
        stdout, stderr = process.communicate(timeout=INDEX_TIMEOUT_S)
    except subprocess.TimeoutExpired as error:
        process.kill()
        process.communicate()
        raise PluginError(f"Pagefind could not index the site in {site_dir}: {error}") from error
    if process.returncode != 0 or not (bundle / "pagefind.js").is_file():
        output = (stderr or stdout).strip()
        raise PluginError(
            f"Pagefind could not index the site in {site_dir} (exit {process.returncode}):\n{output}"
        )
    for pattern in UNUSED_BUNDLE_FILES:
        for unused in bundle.glob(pattern):
            unused.unlink()


class BackgroundIndex:
    """Pagefind at work on a built site while `mkdocs serve` serves its pages (1-3 s at 100
    articles). The next build stops it rather than wait: MkDocs is about to empty site_dir, and
    the index of pages about to be replaced is of no use; the new build starts its own."""

    def __init__(self, site_dir: Path, log: logging.Logger) -> None:
        self.log = log
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.stopped = False
        self.thread = threading.Thread(target=self._index, args=(site_dir,), daemon=True)
        self.thread.start()

    def _index(self, site_dir: Path) -> None:
        try:
            index_site(site_dir, self._started)
        except PluginError as error:  # the pages are served; say why search is missing
            if not self.stopped:
                self.log.warning(str(error))

    def _started(self, process: subprocess.Popen) -> None:
        with self.lock:
            self.process = process
            if self.stopped:
                process.terminate()

    def stop(self) -> None:
        """Stop Pagefind (the one this index started) and wait until it is gone."""
        with self.lock:
            self.stopped = True
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
        self.join()

    def join(self) -> None:
        self.thread.join()
