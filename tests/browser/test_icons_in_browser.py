"""The theme's icons drawn from the stylesheet (partials/dossier-icon.html) look as Material's
inline SVG does: each one shown on a page, in both palettes and on a phone, is screenshotted, then
replaced by Material's own SVG of that icon in the same place and screenshotted again; the two
images are compared pixel by pixel in the browser."""

from __future__ import annotations

import base64
from pathlib import Path

import material
import pytest

from .browserkit import PHONE, WIDE, goto

MATERIAL_ICONS = Path(material.__file__).parent / "templates" / ".icons"

# Anti-aliasing of a mask and of a path may differ by a few levels on an edge pixel: no pixel
# may differ by more than this (of 255), and at most this share of pixels may differ at all.
MOST_A_PIXEL_DIFFERS = 64
SHARE_OF_PIXELS_DIFFERING = 0.1

COMPARE = """async ([a, b]) => {
  const load = (src) => new Promise((done) => { const i = new Image(); i.onload = () => done(i); i.src = src; });
  const [ia, ib] = [await load(a), await load(b)];
  if (ia.width !== ib.width || ia.height !== ib.height) return null;
  const pixels = (i) => { const c = document.createElement("canvas"); c.width = i.width; c.height = i.height;
    const g = c.getContext("2d"); g.drawImage(i, 0, 0); return g.getImageData(0, 0, i.width, i.height).data; };
  const [pa, pb] = [pixels(ia), pixels(ib)];
  let most = 0, differing = 0;
  for (let k = 0; k < pa.length; k += 4) {
    const d = Math.max(Math.abs(pa[k] - pb[k]), Math.abs(pa[k + 1] - pb[k + 1]), Math.abs(pa[k + 2] - pb[k + 2]));
    most = Math.max(most, d); if (d > 0) differing++;
  }
  return {most, share: differing / (pa.length / 4)};
}"""


def data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


@pytest.mark.parametrize(("viewport", "scheme"), [(WIDE, "light"), (WIDE, "dark"), (PHONE, "light")])
def test_stylesheet_icons_look_as_materials_inline_svg(server, new_page, viewport, scheme):
    page, watch = new_page(viewport, scheme)
    goto(page, server, "")
    compared = []
    for icon in page.locator("svg.nd-i").element_handles():
        if not icon.is_visible():
            continue
        name = next(c for c in icon.get_attribute("class").split() if c.startswith("nd-i-"))
        family, _, rest = name.removeprefix("nd-i-").partition("-")
        svg = (MATERIAL_ICONS / family / f"{rest}.svg").read_text(encoding="utf-8").strip()
        icon.scroll_into_view_if_needed()
        box = icon.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, name
        if box["x"] < 0 or box["x"] + box["width"] > viewport["width"]:
            continue  # in the closed drawer, beside the screen
        clip = {k: box[k] for k in ("x", "y", "width", "height")}
        drawn = page.screenshot(clip=clip)
        icon.evaluate("(el, svg) => { el.outerHTML = svg; }", svg)
        inline = page.screenshot(clip=clip)
        result = page.evaluate(COMPARE, [data_url(drawn), data_url(inline)])
        assert result is not None, name
        assert result["most"] <= MOST_A_PIXEL_DIFFERS and result["share"] <= SHARE_OF_PIXELS_DIFFERING, (
            name,
            result,
        )
        compared.append(name)
    assert len(compared) >= 3, compared  # the logo, the palette toggle, the search or menu icon
    assert not watch.problems(), watch.problems()
