"""The README documents every key the loader accepts, each in a YAML example."""

from __future__ import annotations

import re

import pytest

from newsdossier.load import sections
from sitebuild import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
YAML_BLOCKS = "\n".join(re.findall(r"```yaml\n(.*?)```", README, re.DOTALL))
KEY_SETS = {
    "dossier.yml": sections.INFO_KEYS,
    "topics": sections.TOPIC_KEYS,
    "comparison": sections.COMPARISON_KEYS,
    "pins": sections.PIN_KEYS,
    "vetoes": sections.VETO_KEYS,
    "passages": sections.PASSAGE_KEYS,
    "outlets": sections.OUTLET_KEYS,
    "actors": sections.ACTOR_KEYS,
    "events": sections.EVENT_KEYS,
    "articles": sections.ARTICLE_KEYS,
    "published": sections.PUBLISHED_KEYS,
    "cleaning": sections.CLEANING_KEYS,
    "corrections": sections.CORRECTION_KEYS,
}


@pytest.mark.parametrize("where", sorted(KEY_SETS))
def test_every_key_has_an_example_in_the_readme(where: str):
    missing = [
        k for k in KEY_SETS[where] if not re.search(rf"(?:^|[\s{{,-]){re.escape(k)}:", YAML_BLOCKS, re.M)
    ]
    assert not missing, f"README: no YAML example for the {where} keys {missing}"


def test_every_status_and_kind_is_named():
    for value in (*sections.DATE_STATUSES, *sections.OUTLET_KINDS, *sections.ACTOR_KINDS):
        assert value in YAML_BLOCKS, value
