"""The bench's floor: the generated configs with MkDocs' standard search plugin added back."""

from __future__ import annotations

from pathlib import Path

import yaml

from nea_site.bench.floor import floor_config, write_floor_configs


def test_each_language_floor_inherits_its_config_and_searches_with_lunr(tmp_path: Path) -> None:
    (tmp_path / "build").mkdir()
    write_floor_configs(tmp_path, ("en", "zh"))
    for lang in ("en", "zh"):
        config = yaml.safe_load((tmp_path / floor_config(lang)).read_text(encoding="utf-8"))
        assert config["INHERIT"] == f"mkdocs.{lang}.yml"
        search, lean = config["plugins"]
        assert lean == "nea-lean" and search["search"]["lang"] == "en"
    zh = yaml.safe_load((tmp_path / floor_config("zh")).read_text(encoding="utf-8"))
    assert zh["plugins"][0]["search"]["jieba_dict_user"] == "build/jieba_user_dict.txt"
    assert r"\u200b" in zh["plugins"][0]["search"]["separator"]  # a regex escape, read by lunr in the browser
