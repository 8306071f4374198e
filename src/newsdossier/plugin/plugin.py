"""MkDocs plugin `dossier`: runs the pipeline before anything is cleaned or written.

The pipeline runs in `on_config`, before MkDocs cleans site_dir, so a dossier with errors
stops the build with a message and leaves the last site in place. `on_files` only adds the
generated pages as in-memory files (`File.generated`): nothing is written into docs/.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files

from ..cache import CACHE_DIR, ResultCache
from ..errors import DossierError
from ..inputs import inputs_key
from ..pipeline import check_project
from ..records import DossierInfo, GeneratedFile, Problem
from .config import DossierConfig
from .defaults import (
    OVERRIDABLE_PAGES,
    PACKAGE,
    PACKAGE_STYLESHEET,
    STYLESHEET,
    apply_site_defaults,
    report_warnings,
)
from .navigation import dossier_nav
from .reuse import PageKeeper
from .search import SEARCH_SCRIPT, BackgroundIndex, index_site

log = logging.getLogger("mkdocs.plugins.dossier")

# Material's templates indent every line deeply and leave many blank lines: about 40 % of an
# article page's bytes at 500 articles. Outside <pre> and <textarea> a run of white space
# that starts with a line break renders as one line break, so it is cut to one.
_PRESERVED = re.compile(r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>)", re.DOTALL | re.IGNORECASE)
_LINE_BREAK_SPACE = re.compile(r"\n\s+")


def strip_layout_space(html: str) -> str:
    parts = _PRESERVED.split(html)
    parts[::2] = [_LINE_BREAK_SPACE.sub("\n", part) for part in parts[::2]]
    return "".join(parts)


# The settings a generated page's HTML depends on, besides its own Markdown and the navigation.
SHOWN_SETTINGS = (
    "site_name",
    "site_url",
    "site_description",
    "site_author",
    "copyright",
    "repo_url",
    "repo_name",
    "edit_uri",
    "theme",
    "markdown_extensions",
    "mdx_configs",
    "extra",
    "extra_css",
    "extra_javascript",
    "extra_templates",
    "use_directory_urls",
    "docs_dir",
)

# A repr's object address ("<... object at 0x7f...>"): another at each rebuild for a plugin
# MkDocs makes anew (one without on_startup: material/meta, MkDocs' own search ...), so kept out
# of the settings a page's reuse depends on; the object's class and settings stay in.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def stable_repr(value: object) -> str:
    return _ADDRESS.sub("", repr(value))


def plugins_shown(plugins) -> list[tuple[str, str, str]]:
    """Each plugin's name, class and settings as MkDocs read them: what of the plugins a page
    shows depends on, and the same from one rebuild to the next when they are the same."""
    return [
        (name, f"{type(plugin).__module__}.{type(plugin).__qualname__}", stable_repr(plugin.config))
        for name, plugin in plugins.items()
    ]


# Folders whose edits rebuild the site under `mkdocs serve`.
WATCHED_FOLDERS = ("dossier", "seeds", "templates")


@dataclass(frozen=True)
class PipelineResult:
    """What the site shows of a build of the dossier: its pages and files, their navigation, the
    site's name and description, and what the build log says."""

    files: tuple[GeneratedFile, ...]
    nav: list
    info: DossierInfo
    suggestions: tuple[Problem, ...]
    problems: tuple[Problem, ...]


def _render_nothing(page, config, files) -> None:
    """Page.render of a page whose HTML body, table of contents and anchors are kept."""
    page.content = ""


class DossierPlugin(BasePlugin[DossierConfig]):
    def __init__(self) -> None:
        self.result: PipelineResult | None = None  # what the pipeline gave this build
        self.last: tuple[str, PipelineResult] | None = None  # under `mkdocs serve`: by the key of its inputs
        self.root: Path | None = None
        self.keeper: PageKeeper | None = None  # under `mkdocs serve`: the pages of the last build
        self.nav = None
        self.generated: set[str] = set()  # the paths of the generated files of this build
        self.result_cache: ResultCache | None = None
        self.indexing: BackgroundIndex | None = None  # Pagefind at work under `mkdocs serve`

    def on_startup(self, *, command, dirty) -> None:
        # Having this method keeps the plugin (and the pages it kept) from one rebuild to the next.
        # A keeper already here holds pages by the hash of all they show: keeping it is safe.
        self.keeper = (self.keeper or PageKeeper()) if command == "serve" else None

    def on_config(self, config):
        if self.indexing is not None:  # the index of the build before: stopped before site_dir is cleaned
            self.indexing.stop()
            self.indexing = None
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        result = self._pipeline(config)
        self.result = result
        report_warnings(result.problems, log)  # the loader's and the later stages' warnings
        apply_site_defaults(config, result.info)
        for suggestion in result.suggestions:
            log.info(f"Suggestion: {suggestion}")
        if self.config.search and "material/search" in config.plugins:
            log.warning(
                "The dossier's search (Pagefind) replaces Material's: remove `- search` from the "
                "plugins in mkdocs.yml (its index of the whole site is built for nothing)."
            )
        if self.config.navigation and not config.nav:
            config.nav = dossier_nav(result.nav, result.files, Path(config.docs_dir))
        if self.keeper is not None:
            settings = (
                Path(config.config_file_path).read_bytes(),  # every setting as written
                [(key, stable_repr(config.get(key))) for key in SHOWN_SETTINGS],  # as MkDocs read them
                plugins_shown(config.plugins),  # (INHERIT, !ENV)
                result.info,
                self.config.items(),
            )
            self.keeper.start(settings, list(config.theme.dirs))
        return config

    def _pipeline(self, config) -> PipelineResult:
        """The same verdict as `dossier check`, hand-written pages colliding with generated ones
        included, all found before MkDocs cleans site_dir: a failed build keeps the last site.
        Under `mkdocs serve`, the last build's result while its inputs (inputs.py: every file of
        dossier/, seeds/, the templates and theme overrides, docs/ paths) are the same: an edit
        of a hand-written page, mkdocs.yml or a stylesheet does not run the pipeline again."""
        assert self.root is not None
        templates = Path(self.config.templates) if self.config.templates else None  # the pipeline's default
        theme_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        key = ""
        if self.keeper is not None:
            key = inputs_key(
                self.root,
                templates or self.root / "templates",
                Path(config.docs_dir),
                theme_dir,
                config.site_url,
                stable_repr(self.config),
            )
            if self.last is not None and self.last[0] == key:
                return self.last[1]
        build, problems = check_project(
            self.root,
            templates,
            config.site_url,
            Path(config.docs_dir),
            theme_dir,
            cache=self._result_cache(),
        )
        if build is None:
            self.last = None
            report = DossierError([p for p in problems if p.severity == "error"]).report()
            raise PluginError(f"The dossier cannot be built.\n{report}")
        # Of the build, what the site shows: its records (the analysis, cleaned texts and
        # comparisons, 300 MB at 2,000 articles) are let go before MkDocs reads the pages.
        result = PipelineResult(
            build.files, build.nav, build.dossier.info, build.analysis.suggestions, tuple(problems)
        )
        self.last = (key, result) if self.keeper is not None else None
        return result

    def _result_cache(self) -> ResultCache | None:
        """The project's cache; under `mkdocs serve` one for every rebuild, remembering entries."""
        assert self.root is not None
        if not self.config.cache:
            return None
        if self.keeper is None:
            return ResultCache.at(self.root)
        if self.result_cache is None or self.result_cache.folder != self.root / CACHE_DIR:
            self.result_cache = ResultCache.at(self.root, remember=True)
        if self.result_cache is not None:
            self.result_cache.new_build()
        return self.result_cache

    def on_files(self, files: Files, *, config) -> Files:
        assert self.result is not None
        if files.get_file_from_path(STYLESHEET) is None:
            files.append(File.generated(config, STYLESHEET, abs_src_path=str(PACKAGE_STYLESHEET)))
        if self.config.search:
            files.append(File.generated(config, SEARCH_SCRIPT, abs_src_path=str(PACKAGE / SEARCH_SCRIPT)))
        for generated in self.result.files:
            if generated.path in OVERRIDABLE_PAGES and files.get_file_from_path(generated.path):
                continue  # the project's hand-written page replaces the generated one
            if files.get_file_from_path(generated.path) is not None:
                raise PluginError(
                    f"docs/{generated.path} is a hand-written file, but the dossier generates a page "
                    f"at the same path. Rename or remove docs/{generated.path}."
                )
            files.append(File.generated(config, generated.path, content=generated.content))
        self.generated = {g.path for g in self.result.files}
        if self.keeper is not None:
            self.keeper.set_files(files, self.generated)
        self.result = None  # the pages are in `files` now (kept in self.last under `mkdocs serve`)
        return files

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        if self.keeper is None:
            return markdown
        markdown = self.keeper.markdown(markdown, page)
        if page.file.src_uri in self.keeper.reused_content:
            # Its body is kept (on_page_content puts it back): MkDocs' render would only set up a
            # Markdown converter with every extension to convert nothing (a tenth of a rebuild).
            page.render = partial(_render_nothing, page)
        return markdown

    def _keep_content(self, html: str, *, page, config, files) -> str:
        return self.keeper.content(html, page, files) if self.keeper else html

    @event_priority(-100)  # after every plugin's on_page_content, which may read the Markdown
    def _release_markdown(self, html: str, *, page, config, files) -> str:
        """A generated page's Markdown once converted: MkDocs keeps every page's Markdown and HTML
        until the last page is written (100 MB each at 2,000 articles); the HTML is enough."""
        if page.file.src_uri in self.generated:
            page.markdown = ""
        return html

    on_page_content = CombinedEvent(_keep_content, _release_markdown)

    def on_nav(self, nav, *, config, files):
        self.nav = nav
        return nav

    def on_env(self, env, *, config, files):
        if self.keeper is not None:  # every page is read: which ones are written as before
            env = self.keeper.theme_environment(env)
            self.keeper.choose_templates(files, self.nav, list(config.theme.get("features", [])))
        return env

    def on_post_page(self, output: str, *, page, config) -> str:
        if self.keeper is not None:
            return self.keeper.html(strip_layout_space(output), page)
        return strip_layout_space(output)

    def on_post_build(self, *, config) -> None:
        if self.keeper is not None:
            self.keeper.finish()
        if not self.config.search:
            return
        if self.keeper is None:
            index_site(Path(config.site_dir))
            return
        # Under `mkdocs serve` the pages are served (and the browser reloaded) while Pagefind
        # indexes them, 1-3 s at 100 articles; the next build stops it (on_config).
        self.indexing = BackgroundIndex(Path(config.site_dir), log)

    def on_shutdown(self) -> None:
        if self.indexing is not None:
            self.indexing.stop()

    def on_build_error(self, *, error) -> None:
        if self.keeper is not None:
            self.keeper.forget()  # a build that stopped half-way keeps nothing

    def on_serve(self, server, *, config, builder):
        assert self.root is not None
        for folder in WATCHED_FOLDERS:
            path = self.root / folder
            if path.exists():
                server.watch(str(path))
        return server
