"""Render stage: records -> Markdown pages for both languages, data files and their MkDocs configs."""

from nea_site.render.export import build_export, dump_json
from nea_site.render.export_shape import Export
from nea_site.render.links import page_uri, site_url
from nea_site.render.page_cache import RenderCache
from nea_site.render.page_spec import PageSpec
from nea_site.render.sqlite_release import SQLITE_FILE
from nea_site.render.withdrawn import LEDGER_FILE, Withdrawal, read_ledger, update_ledger, write_ledger
from nea_site.render.write import (
    USER_DICT_FILE,
    render_language,
    render_site,
    write_data_files,
    write_database,
    write_manifest,
    write_search_words,
)

__all__ = [
    "LEDGER_FILE",
    "Withdrawal",
    "read_ledger",
    "update_ledger",
    "write_ledger",
    "USER_DICT_FILE",
    "SQLITE_FILE",
    "PageSpec",
    "RenderCache",
    "Export",
    "build_export",
    "dump_json",
    "page_uri",
    "render_language",
    "render_site",
    "site_url",
    "write_data_files",
    "write_database",
    "write_manifest",
    "write_search_words",
]
