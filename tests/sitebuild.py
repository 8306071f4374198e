"""Building the site in tests, as `make build` does (a module of its own, so that any test
folder can import it; every folder's conftest.py is a module named `conftest`)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The example dossier the content tests read: a copy of the one at the top of the repository, so
#: that an editor who replaces dossier/ and seeds/ there with their own keeps `make test` green.
EXAMPLE = REPO / "tests" / "example"
PROJECT = EXAMPLE
MKDOCS = [sys.executable, "-m", "mkdocs"]
# What a site build reads from the project folder.
SITE_PARTS = ("mkdocs.yml", "docs", "dossier", "seeds", "templates")


def copy_project(target: Path, names: tuple[str, ...] = SITE_PARTS) -> Path:
    """Copy these files and folders of the example project into `target` (a copy safe to break)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = PROJECT / name
        if not source.exists():
            continue  # templates/ is optional: the package's own templates are the default
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target / name)
    return target


def tree_digest(folder: Path, suffixes: tuple[str, ...] = ()) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under `folder` (only those `suffixes`, if given)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and (not suffixes or p.suffix in suffixes)
    }


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder into site_dir."""
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def run_dossier(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess:
    """The `dossier` command line, run as a user would, in `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "newsdossier.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


#: `dossier serve` builds the whole site before it answers: a few seconds for a small dossier,
#: far more on a loaded machine.
SERVE_TIMEOUT = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def served_dossier(project: Path, log: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    """`dossier serve` on a free port, once it answers; on leaving, its whole process group (it
    runs `mkdocs serve` as a child) is ended, whatever the test did to it."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdossier.cli.main", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + SERVE_TIMEOUT
            while not listening(port):
                assert process.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "dossier serve did not answer"
                time.sleep(0.5)
            yield process, port
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                    process.wait(timeout=20)
                    break
                except ProcessLookupError:
                    break
                except subprocess.TimeoutExpired:
                    continue


def search_fragments(site: Path) -> list[dict]:
    """The pages of a built site's search index (Pagefind's fragments: gzip, a signature, then
    JSON with the page's url, content and meta), sorted by url."""
    import gzip
    import json

    signature = b"pagefind_dcd"
    pages = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(signature), f"{fragment}: not a Pagefind fragment"
        pages.append(json.loads(data[len(signature) :]))
    return sorted(pages, key=lambda page: page["url"])


def nav_paths(nav: list) -> list[str]:
    """Every page a MkDocs navigation lists, sections opened, in order."""
    found: list[str] = []
    for entry in nav:
        if isinstance(entry, str):
            found.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found += [value] if isinstance(value, str) else nav_paths(value)
        else:
            found += nav_paths(entry)
    return found
