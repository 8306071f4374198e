"""The theme's icons (header, search box, footer) are drawn from one stylesheet,
templates/theme/assets/dossier-icons.css, instead of inlined in every page (3 kB a page; 5.3 MB less HTML
at 2,000 articles): each icon there is Material's own file, every icon the partial draws has its
rule, the others stay Material's inline SVG, and a built page links the stylesheet and inlines none
of them (their look in a browser: tests/browser/test_icons_in_browser.py)."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import jinja2
import material

from newsdossier.plugin.defaults import PACKAGE_THEME

MATERIAL_THEME = Path(material.__file__).parent / "templates"
STYLESHEET = PACKAGE_THEME / "assets" / "dossier-icons.css"
PARTIAL = PACKAGE_THEME / "partials" / "dossier-icon.html"
RULE = re.compile(r'\.nd-i-(\w+)-([\w-]+) \{ --nd-i: url\("data:image/svg\+xml;charset=utf-8,([^"]+)"\); \}')


def icons_in_stylesheet() -> dict[str, str]:
    """Icon name ("material/magnify") -> the SVG its rule draws."""
    rules = RULE.findall(STYLESHEET.read_text(encoding="utf-8"))
    return {f"{family}/{name}": urllib.parse.unquote(svg) for family, name, svg in rules}


def render_icon(icon: str) -> str:
    loader = jinja2.FileSystemLoader([str(PACKAGE_THEME), str(MATERIAL_THEME)])
    return jinja2.Environment(loader=loader).get_template("partials/dossier-icon.html").render(icon=icon)


def test_each_icon_of_the_stylesheet_is_materials_own():
    icons = icons_in_stylesheet()
    assert len(icons) >= 9, icons
    for name, svg in icons.items():
        material_svg = (MATERIAL_THEME / ".icons" / f"{name}.svg").read_text(encoding="utf-8").strip()
        assert svg == material_svg, f"{name}: the stylesheet's icon is not Material's (updated Material?)"


def test_the_partial_draws_exactly_the_stylesheets_icons():
    listed = re.search(r"set drawn = \[(.*?)\]", PARTIAL.read_text(encoding="utf-8"), re.S)
    assert listed
    assert set(re.findall(r'"([^"]+)"', listed.group(1))) == set(icons_in_stylesheet())
    for name in icons_in_stylesheet():
        stub = render_icon(name).strip()
        css_class = "nd-i-" + name.replace("/", "-")
        assert stub == f'<svg class="nd-i {css_class}" viewBox="0 0 24 24"></svg>', stub


def test_an_icon_the_stylesheet_lacks_stays_materials_inline_svg():
    # A project may choose other icons in mkdocs.yml (theme.icon.*, a palette toggle's icon).
    for name in ("material/github", "material/brightness-4"):
        material_svg = (MATERIAL_THEME / ".icons" / f"{name}.svg").read_text(encoding="utf-8").strip()
        assert render_icon(name).strip() == material_svg


def test_built_pages_link_the_stylesheet_and_inline_no_theme_icon(built_site: Path):
    assert (built_site / "assets" / "dossier-icons.css").read_text(encoding="utf-8") == STYLESHEET.read_text(
        encoding="utf-8"
    )
    paths = {m.split("/")[-1].split(".svg")[0] for m in icons_in_stylesheet()}
    for page in (built_site / "index.html", *sorted(built_site.glob("articles/*/index.html"))[:2]):
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<link rel="stylesheet" href="[./]*assets/dossier-icons\.css">', html), page
        stubs = re.findall(r'<svg class="nd-i nd-i-material-([\w-]+)"', html)
        assert {"library", "menu", "magnify", "close", "arrow-up"} <= set(stubs), (page, stubs)
        # No path of those icons is written into the page (its figures have their own SVG).
        for name, svg in icons_in_stylesheet().items():
            path = re.search(r'd="([^"]+)"', svg)
            assert path and path.group(1) not in html, (page, name)
    assert paths
