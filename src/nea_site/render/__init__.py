"""Render stage: records -> Markdown pages for both languages and their MkDocs configs."""

from nea_site.render.pages import PageSpec, build_pages, page_uri, site_url
from nea_site.render.write import mkdocs_config, render_language

__all__ = ["PageSpec", "build_pages", "mkdocs_config", "page_uri", "render_language", "site_url"]
