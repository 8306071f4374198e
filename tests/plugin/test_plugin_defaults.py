"""What the package gives every project (plugin/defaults.py): the site's name and description from
dossier.yml, the package's theme and stylesheet unless the project has its own, and the
dossier's warnings in the build log (an instruction that did nothing as a warning)."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from newsdossier.plugin.defaults import (
    PACKAGE_STYLESHEET,
    PACKAGE_THEME,
    STYLESHEET,
    apply_site_defaults,
    did_nothing,
    report_warnings,
)
from newsdossier.records import DossierInfo, Origin, Problem

UNUSED_DROP = Problem(
    Origin("dossier/articles/a.yml", 5, "overrides.drop[0]"),
    "Expected the drop text to match a paragraph but it matches none",
    "warning",
)
UNUSED_SEED = Problem(Origin("seeds/b.txt"), "Expected every seed to be used by an article", "warning")


def config(custom_dir: str | None = None, dirs: list[str] | None = None, **fields) -> SimpleNamespace:
    theme = SimpleNamespace(custom_dir=custom_dir, dirs=list(dirs if dirs is not None else ["/material"]))
    return SimpleNamespace(
        **{"site_name": "", "site_description": None, "theme": theme, "extra_css": [], **fields}
    )


def test_the_package_ships_its_theme_and_stylesheet():
    assert PACKAGE_THEME.is_dir() and PACKAGE_STYLESHEET.is_file()


def test_an_instruction_that_matched_nothing_is_told_from_other_warnings():
    assert did_nothing(UNUSED_DROP) and not did_nothing(UNUSED_SEED)


def test_warnings_go_to_the_log_at_their_level_and_errors_do_not(caplog: pytest.LogCaptureFixture):
    log = logging.getLogger("test.dossier")
    error = Problem(Origin("dossier/topics.yml", 1), "Expected the drop text in an error", "error")
    with caplog.at_level(logging.INFO, logger="test.dossier"):
        report_warnings([UNUSED_DROP, UNUSED_SEED, error], log)
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"Dossier: an instruction did nothing: {UNUSED_DROP}"),
        (logging.INFO, f"Dossier warning: {UNUSED_SEED}"),
    ]


def test_the_site_name_is_the_dossier_s_title_on_one_line_escaped_once():
    site = config()
    apply_site_defaults(site, DossierInfo("Bridges <and>\n  roads", description="All  the\nbridges."))
    assert isinstance(site.site_name, Markup) and site.site_name == "Bridges &lt;and&gt; roads"
    assert site.site_description == "All the bridges."
    described = config(site_description="Set in mkdocs.yml")
    apply_site_defaults(described, DossierInfo("T", description="From the dossier"))
    assert described.site_description == "Set in mkdocs.yml"
    nothing = config()
    apply_site_defaults(nothing, DossierInfo("T"))
    assert nothing.site_description is None


def test_the_package_theme_sits_under_the_project_s_own_overrides_once():
    plain = config()
    apply_site_defaults(plain, DossierInfo("T"))
    assert plain.theme.dirs == [str(PACKAGE_THEME), "/material"]
    own = config(custom_dir="/project/overrides", dirs=["/project/overrides", "/material"])
    apply_site_defaults(own, DossierInfo("T"))
    assert own.theme.dirs == ["/project/overrides", str(PACKAGE_THEME), "/material"]
    apply_site_defaults(own, DossierInfo("T"))
    assert own.theme.dirs.count(str(PACKAGE_THEME)) == 1


def test_the_stylesheet_is_linked_once():
    site = config()
    apply_site_defaults(site, DossierInfo("T"))
    apply_site_defaults(site, DossierInfo("T"))
    assert site.extra_css == [STYLESHEET]
    own = config()
    own.extra_css.append("assets/site.css")
    apply_site_defaults(own, DossierInfo("T"))
    assert own.extra_css == ["assets/site.css", STYLESHEET]
