"""Typed configuration of the `dossier` plugin in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class DossierConfig(base.Config):
    # The project root holding dossier/, seeds/ and templates/; default: mkdocs.yml's folder.
    root = c.Optional(c.Dir(exists=True))
    # Where the Jinja2 templates are; default: <root>/templates.
    templates = c.Optional(c.Dir(exists=True))
    # Build the navigation (tabs and sections) from the dossier unless mkdocs.yml sets `nav`.
    navigation = c.Type(bool, default=True)
    # Index the built site with Pagefind and put its search box in the header (plugin/search.py).
    search = c.Type(bool, default=True)
    # Keep each article's cleaned text and reading in <root>/.dossier-cache/ so that a rebuild
    # (`mkdocs serve`) redoes only the articles that changed; false: compute everything each time.
    cache = c.Type(bool, default=True)
