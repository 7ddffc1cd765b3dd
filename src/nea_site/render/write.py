"""Render PageSpecs to Markdown files and write the per-language MkDocs configs."""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2

from nea_site.errors import RenderError
from nea_site.model import LANGS, DocumentRecord, Lang
from nea_site.render.environment import make_environment
from nea_site.render.labels import load_labels
from nea_site.render.pages import build_pages, page_uri

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "zh": "中文"}
# jieba joins the segments of a Chinese text with U+200B, so the Chinese index must split on it too.
SEARCH_SEPARATOR: dict[Lang, str] = {
    "en": r"[\s\-]+",
    "zh": r"[\s\u200b\-、，。：；！？（）《》“”]+",
}


def render_language(records: list[DocumentRecord], lang: Lang, templates_dir: Path, docs_dir: Path) -> int:
    """Write every Markdown page of one language under docs_dir; return the number of pages."""
    env = make_environment(templates_dir)
    t = load_labels(templates_dir, lang)
    pages = build_pages(records, lang, t)
    for spec in pages:
        try:
            template = env.get_template(spec.template)
            text = template.render(lang=lang, t=t, **spec.context)
        except jinja2.TemplateError as exc:
            raise RenderError(f"{templates_dir / spec.template}: cannot render {spec.uri}: {exc}") from exc
        out = docs_dir / spec.uri
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    return len(pages)


def mkdocs_config(
    lang: Lang, templates_dir: Path, *, base_config: str, theme_dir: str, docs_dir: str, site_dir: str
) -> dict[str, object]:
    """The per-language MkDocs config: inherits the root mkdocs.yml, sets language, search and switcher."""
    t = load_labels(templates_dir, lang)
    search: dict[str, object] = {"lang": "zh" if lang == "zh" else "en", "separator": SEARCH_SEPARATOR[lang]}
    return {
        "INHERIT": base_config,
        "site_name": t("site_name"),
        "site_description": t("site_description"),
        "docs_dir": docs_dir,
        "site_dir": site_dir,
        "theme": {"language": lang, "custom_dir": theme_dir},
        "plugins": [{"search": search}],
        "nav": [{t("home"): page_uri("home")}, {t("documents"): page_uri("documents")}],
        "extra": {
            "alternate": [{"name": LANGUAGE_NAMES[code], "link": f"../{code}/", "lang": code} for code in LANGS],
        },
    }
