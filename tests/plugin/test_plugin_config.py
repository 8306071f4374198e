"""The `dossier` plugin's settings in mkdocs.yml (plugin/config.py): defaults and what is refused."""

from __future__ import annotations

from pathlib import Path

from newsdossier.plugin.config import DossierConfig


def validated(**settings) -> tuple[DossierConfig, list]:
    config = DossierConfig()
    config.load_dict(settings)
    errors, _warnings = config.validate()
    return config, errors


def test_by_default_everything_is_on_and_the_folders_are_mkdocs_yml_s():
    config, errors = validated()
    assert errors == []
    assert (config.root, config.templates) == (None, None)
    assert config.navigation is True and config.search is True and config.cache is True


def test_folders_must_exist_and_switches_must_be_booleans(tmp_path: Path):
    config, errors = validated(root=str(tmp_path), templates=str(tmp_path), cache=False)
    assert errors == [] and config.root == str(tmp_path) and config.cache is False
    _, errors = validated(root=str(tmp_path / "missing"))
    assert [name for name, _ in errors] == ["root"]
    _, errors = validated(search="yes")
    assert [name for name, _ in errors] == ["search"]
