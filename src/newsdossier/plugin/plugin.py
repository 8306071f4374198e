"""MkDocs plugin `dossier`: runs the pipeline before anything is cleaned or written.

The pipeline runs in `on_config`, before MkDocs cleans site_dir, so a dossier with errors
stops the build with a message and leaves the last site in place. `on_files` only adds the
generated pages as in-memory files (`File.generated`): nothing is written into docs/.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..errors import DossierError
from ..load import read_dossier
from ..pipeline import DossierBuild, build_dossier
from .config import DossierConfig
from .defaults import OVERRIDABLE_PAGES, PACKAGE_STYLESHEET, STYLESHEET, apply_site_defaults, report_warnings
from .navigation import dossier_nav

log = logging.getLogger("mkdocs.plugins.dossier")

# Folders whose edits rebuild the site under `mkdocs serve`.
WATCHED_FOLDERS = ("dossier", "seeds", "templates")


class DossierPlugin(BasePlugin[DossierConfig]):
    def __init__(self) -> None:
        self.build: DossierBuild | None = None
        self.root: Path | None = None

    def on_config(self, config):
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        templates = Path(self.config.templates) if self.config.templates else None  # the pipeline's default
        try:
            dossier, problems = read_dossier(self.root)
            if dossier is None or any(p.severity == "error" for p in problems):
                raise DossierError(problems)
            self.build = build_dossier(self.root, templates, site_url=config.site_url, dossier=dossier)
        except DossierError as error:
            raise PluginError(f"The dossier cannot be built.\n{error.report()}") from None
        report_warnings([*problems, *self.build.warnings], log)
        apply_site_defaults(config, self.build.dossier.info)
        for suggestion in self.build.analysis.suggestions:
            log.info(f"Suggestion: {suggestion}")
        if self.config.navigation and not config.nav:
            config.nav = dossier_nav(self.build, Path(config.docs_dir))
        return config

    def on_files(self, files: Files, *, config) -> Files:
        assert self.build is not None
        if files.get_file_from_path(STYLESHEET) is None:
            files.append(File.generated(config, STYLESHEET, abs_src_path=str(PACKAGE_STYLESHEET)))
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

    def on_serve(self, server, *, config, builder):
        assert self.root is not None
        for folder in WATCHED_FOLDERS:
            path = self.root / folder
            if path.exists():
                server.watch(str(path))
        return server
