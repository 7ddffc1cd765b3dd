"""The bench's floor: a bare MkDocs build of the same generated pages, with MkDocs' standard search plugin.

The site's build replaces Material's lunr search with a Pagefind index written after MkDocs (nea_site.search),
so its MkDocs configs have no search plugin. A plain MkDocs site of the same pages would have it (MkDocs adds
`search` by default), so the floor keeps it, with the settings the site used before (one index per language,
Chinese cut with jieba and the vocabulary's words): the ratio then compares the whole build, Pagefind included,
with what MkDocs alone costs for a searchable site of the same pages.
"""

from __future__ import annotations

from pathlib import Path

import yaml

LUNR_SEARCH = {
    "en": {"lang": "en", "separator": r"[\s\-]+"},
    "zh": {
        "lang": "en",  # lunr's "zh" pipeline calls a Node-only jieba in the browser; the index is cut at build
        "separator": r"[\s\u200b\u3000\-、。，．？！；：（）《》“”]+",
        "jieba_dict_user": "build/jieba_user_dict.txt",
    },
}


def floor_config(lang: str) -> Path:
    """build/mkdocs.<lang>.floor.yml (relative to the project), which `write_floor_configs` writes."""
    return Path("build") / f"mkdocs.{lang}.floor.yml"


def write_floor_configs(project: Path, langs: tuple[str, ...]) -> None:
    """Each language's generated config with Material's search plugin added back, beside it in build/."""
    for lang in langs:
        config = {"INHERIT": f"mkdocs.{lang}.yml", "plugins": [{"search": LUNR_SEARCH[lang]}, "nea-lean"]}
        (project / floor_config(lang)).write_text(
            yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
