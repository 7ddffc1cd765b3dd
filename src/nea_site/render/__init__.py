"""Render stage: records -> Markdown pages for both languages, data files and their MkDocs configs."""

from nea_site.render.export import build_export, dump_json
from nea_site.render.links import page_uri, site_url
from nea_site.render.page_spec import PageSpec
from nea_site.render.write import USER_DICT_FILE, render_site

__all__ = ["USER_DICT_FILE", "PageSpec", "build_export", "dump_json", "page_uri", "render_site", "site_url"]
