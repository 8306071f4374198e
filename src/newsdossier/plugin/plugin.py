"""MkDocs plugin `dossier`: runs the pipeline before anything is cleaned or written.

The pipeline runs in `on_config`, before MkDocs cleans site_dir, so a dossier with errors
stops the build with a message and leaves the last site in place. `on_files` only adds the
generated pages as in-memory files (`File.generated`): nothing is written into docs/.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..cache import ResultCache
from ..errors import DossierError
from ..pipeline import DossierBuild, check_project
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
from .search import SEARCH_SCRIPT, index_site

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


# Folders whose edits rebuild the site under `mkdocs serve`.
WATCHED_FOLDERS = ("dossier", "seeds", "templates")


class DossierPlugin(BasePlugin[DossierConfig]):
    def __init__(self) -> None:
        self.build: DossierBuild | None = None
        self.root: Path | None = None

    def on_config(self, config):
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        templates = Path(self.config.templates) if self.config.templates else None  # the pipeline's default
        # The same verdict as `dossier check`, hand-written pages colliding with generated ones
        # included, all found before MkDocs cleans site_dir: a failed build keeps the last site.
        theme_dir = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        cache = ResultCache.at(self.root) if self.config.cache else None
        build, problems = check_project(
            self.root, templates, config.site_url, Path(config.docs_dir), theme_dir, cache=cache
        )
        if build is None:
            report = DossierError([p for p in problems if p.severity == "error"]).report()
            raise PluginError(f"The dossier cannot be built.\n{report}")
        self.build = build
        report_warnings(problems, log)  # the loader's and the later stages' warnings
        apply_site_defaults(config, build.dossier.info)
        for suggestion in self.build.analysis.suggestions:
            log.info(f"Suggestion: {suggestion}")
        if self.config.search and "material/search" in config.plugins:
            log.warning(
                "The dossier's search (Pagefind) replaces Material's: remove `- search` from the "
                "plugins in mkdocs.yml (its index of the whole site is built for nothing)."
            )
        if self.config.navigation and not config.nav:
            config.nav = dossier_nav(self.build, Path(config.docs_dir))
        return config

    def on_files(self, files: Files, *, config) -> Files:
        assert self.build is not None
        if files.get_file_from_path(STYLESHEET) is None:
            files.append(File.generated(config, STYLESHEET, abs_src_path=str(PACKAGE_STYLESHEET)))
        if self.config.search:
            files.append(File.generated(config, SEARCH_SCRIPT, abs_src_path=str(PACKAGE / SEARCH_SCRIPT)))
        for generated in self.build.files:
            if generated.path in OVERRIDABLE_PAGES and files.get_file_from_path(generated.path):
                continue  # the project's hand-written page replaces the generated one
            if files.get_file_from_path(generated.path) is not None:
                raise PluginError(
                    f"docs/{generated.path} is a hand-written file, but the dossier generates a page "
                    f"at the same path. Rename or remove docs/{generated.path}."
                )
            files.append(File.generated(config, generated.path, content=generated.content))
        return files

    def on_post_page(self, output: str, *, page, config) -> str:
        return strip_layout_space(output)

    def on_post_build(self, *, config) -> None:
        if self.config.search:
            index_site(Path(config.site_dir))

    def on_serve(self, server, *, config, builder):
        assert self.root is not None
        for folder in WATCHED_FOLDERS:
            path = self.root / folder
            if path.exists():
                server.watch(str(path))
        return server
