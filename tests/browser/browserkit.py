"""Helpers for the browser tests: the built site served on 127.0.0.1 under a sub-path.

The site is built once per session with `mkdocs build --strict` (or taken from $SITE_DIR) and
served by a thread of http.server under /repo/, as GitHub Pages serves a project site, so any
link that only works at the domain root fails here. Every page is opened in a fresh browser
context that records console errors, uncaught exceptions, dialogs and any request to another
host (such requests are aborted, so the tests also prove the site works offline).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import sitebuild

PROJECT = sitebuild.PROJECT
OUTPUT = sitebuild.REPO / "tests" / "output"
SCREENSHOTS = OUTPUT / "screenshots"
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
SUB_PATH = "repo"  # the site is served at http://127.0.0.1:PORT/repo/

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Playwright's own browser download does not work offline; Debian's chromium does. These flags
# keep it from phoning home (updates, sync, QUIC probes), which would count as foreign requests.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDE = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
LOCAL_HOST = "127.0.0.1"


def build_site(config_file: Path, out_dir: Path) -> Path:
    """Build a site with `mkdocs build --strict`; a failure shows MkDocs' own messages."""
    result = sitebuild.build_site(config_file.parent, out_dir)
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed for {config_file}:\n{result.stdout}\n{result.stderr}",
            pytrace=False,
        )
    return out_dir


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the directory; a missing file gets the site's 404.html, as on GitHub Pages."""

    not_found_page: Path | None = None

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def send_error(self, code, message=None, explain=None):
        if code == 404 and self.not_found_page and self.not_found_page.is_file():
            body = self.not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@dataclass
class Server:
    root: Path  # the directory that contains SUB_PATH/
    base_url: str  # http://127.0.0.1:PORT/repo/
    site: Path  # root / SUB_PATH
    httpd: http.server.ThreadingHTTPServer
    own_url: str  # the same site under the path of its site_url (see serve)

    def url(self, path: str = "") -> str:
        return urllib.parse.urljoin(self.base_url, path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def site_url_path(site: Path) -> str:
    """The path of the site's `site_url` ("/newsdossier/"), read from the home page's canonical
    link; "/" if there is none. Only 404.html depends on it: its links are absolute."""
    home = site / "index.html"
    match = _CANONICAL.search(home.read_text(encoding="utf-8")) if home.is_file() else None
    return urllib.parse.urlsplit(match.group(1)).path if match else "/"


def serve(root: Path) -> Server:
    """Serve `root` (which holds the site in root/SUB_PATH) on a free port of 127.0.0.1.

    The site is also reachable under its own `site_url` path (a symlink), where GitHub Pages
    serves it and where its 404 page, whose links are absolute, can be checked.
    """
    site = root / SUB_PATH
    own_path = site_url_path(site).strip("/")
    if own_path and own_path != SUB_PATH and not (root / own_path).exists():
        (root / own_path).parent.mkdir(parents=True, exist_ok=True)
        (root / own_path).symlink_to(site, target_is_directory=True)
    handler = type("Handler", (_SubPathHandler,), {"not_found_page": site / "404.html"})
    httpd = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), functools.partial(handler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    return Server(
        root,
        f"http://{LOCAL_HOST}:{port}/{SUB_PATH}/",
        site,
        httpd,
        f"http://{LOCAL_HOST}:{port}/{own_path + '/' if own_path else ''}",
    )


@dataclass
class Watch:
    """What a page did that it should not: console errors, exceptions, dialogs, foreign requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"dialog opened: {m}" for m in self.dialogs]
            + [f"request to another host: {u}" for u in self.foreign_requests]
            + [f"failed request: {u}" for u in self.failed_requests]
        )


def _is_local(url: str) -> bool:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname == LOCAL_HOST


def open_context(browser, viewport: dict | None = None, color_scheme: str = "light"):
    """A fresh context (clean localStorage) and page, with everything suspicious recorded."""
    context = browser.new_context(
        viewport=viewport or WIDE, color_scheme=color_scheme, service_workers="block"
    )
    watch = Watch()

    def route(route_):
        url = route_.request.url
        if _is_local(url):
            route_.continue_()
        else:
            watch.foreign_requests.append(url)
            route_.abort()

    context.route("**/*", route)
    page = context.new_page()

    def on_console(message):
        if message.type == "error":
            location = message.location or {}
            watch.console_errors.append(f"{message.text} ({location.get('url', '')})")

    def on_dialog(dialog):
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_failed(request):
        # The browser fetches the favicon on its own, late; leaving the page cancels it
        # (net::ERR_ABORTED). That is the browser's doing, not a broken link of the site.
        cancelled_favicon = "favicon" in request.url and "ERR_ABORTED" in (request.failure or "")
        if _is_local(request.url) and not cancelled_favicon:
            watch.failed_requests.append(f"{request.url} ({request.failure})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("dialog", on_dialog)
    page.on("requestfailed", on_failed)
    return context, page, watch


def site_pages(site: Path) -> list[str]:
    """Every page of a built site as a URL path relative to the site root, sorted."""
    pages = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


def first_page(site: Path, section: str) -> str:
    """The first page (sorted by URL) in a section such as 'actors' or 'comparisons'."""
    found = sorted(p for p in site_pages(site) if p.startswith(f"{section}/") and p != f"{section}/")
    if not found:
        pytest.fail(f"The built site has no page under {section}/ (pages: {site_pages(site)})", pytrace=False)
    return found[0]


def goto(page, server: Server, path: str):
    """Open a page of the served site, insist on HTTP 200, and wait until the network settles:
    leaving a page earlier aborts what it still loads (the search worker), a failed request."""
    response = page.goto(server.url(path), wait_until="networkidle")
    assert response is not None and response.status == 200, f"{path}: HTTP {response and response.status}"
    return response


def showcase_pages(site) -> dict[str, str]:
    """The pages screenshotted and checked for accessibility: one of each kind."""
    actors = sorted(
        (p for p in site_pages(site) if p.startswith("actors/") and p != "actors/"),
        key=lambda p: (-(site / p / "index.html").stat().st_size, p),
    )
    return {
        "home": "",
        "topic": first_page(site, "topics"),
        "article": first_page(site, "articles"),
        "comparison": first_page(site, "comparisons"),
        "actor": actors[0] if actors else first_page(site, "actors"),  # the richest actor page
    }
