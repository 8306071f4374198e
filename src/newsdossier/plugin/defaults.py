"""What the package gives every project, so that a new dossier needs no copy of it: the theme
overrides, the stylesheet, the site's name and description from dossier/dossier.yml, and the
dossier's warnings in the build log.

A project overrides each piece by writing its own (templates/theme/ as custom_dir,
docs/assets/dossier.css, docs/about.md, docs/methodology.md).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from markupsafe import Markup

from ..records import DossierInfo, Problem

PACKAGE = Path(__file__).resolve().parents[1]
PACKAGE_THEME = PACKAGE / "templates" / "theme"
STYLESHEET = "assets/dossier.css"
PACKAGE_STYLESHEET = PACKAGE / STYLESHEET

#: Generated pages a hand-written page of the same path in docs/ replaces.
OVERRIDABLE_PAGES = frozenset({"about.md", "methodology.md"})

#: Warnings that mean an editor's instruction did nothing (a pin, veto or override whose text is
#: not in the article, a drop that matches no paragraph). They fail `mkdocs build --strict`; the
#: other warnings (an unused seed, an empty topic) are shown and do not.
INSTRUCTION_DID_NOTHING = (
    "to be text from the article's seed",
    "from the article's seed but received text not found",
    "Expected the drop text",
    "Expected the subheads text",
)


def did_nothing(problem: Problem) -> bool:
    return any(marker in problem.message for marker in INSTRUCTION_DID_NOTHING)


def report_warnings(problems: list[Problem] | tuple[Problem, ...], log: logging.Logger) -> None:
    """Every dossier warning in the build log: ineffective instructions as warnings (so that
    --strict fails on them), the others as information."""
    for problem in problems:
        if problem.severity != "warning":
            continue
        if did_nothing(problem):
            log.warning(f"Dossier: an instruction did nothing: {problem}")
        else:
            log.info(f"Dossier warning: {problem}")


def apply_site_defaults(config, info: DossierInfo) -> None:
    """The site's name and description come from dossier.yml; the package's theme overrides sit
    under the project's own custom_dir, and its stylesheet is linked unless the project has one."""
    from ..render.markup import one_line  # the render stage: not for `dossier check`, which reads did_nothing

    # Material writes site_name both raw and through `|e`: as Markup it is escaped exactly once.
    config.site_name = Markup(html.escape(one_line(info.title), quote=True))
    if not config.site_description:
        config.site_description = " ".join(info.description.split()) or None
    dirs = config.theme.dirs
    if str(PACKAGE_THEME) not in dirs:
        custom = config.theme.custom_dir
        dirs.insert(1 if custom and dirs and dirs[0] == custom else 0, str(PACKAGE_THEME))
    if STYLESHEET not in [str(item) for item in config.extra_css]:
        config.extra_css.append(STYLESHEET)
