"""Site search that loads what a query needs: a Pagefind index per language site, written from the built HTML.

`build_search_index(site/<lang>, lang)` reads the pages MkDocs wrote (each page's record cached by the hash of
its bytes), and writes `site/<lang>/pagefind/`; the theme's search box (templates/theme/partials/search.html,
assets/javascripts/nea-search.js) loads that bundle on first use.
"""

from __future__ import annotations

from nea_site.search.index import BUNDLE_DIR, build_search_index, collect_records, record_html, write_index
from nea_site.search.pages import PageRecord, Section, read_page
from nea_site.search.tokens import index_text, join_pairs, pair_tokens

__all__ = [
    "BUNDLE_DIR",
    "PageRecord",
    "Section",
    "build_search_index",
    "collect_records",
    "index_text",
    "join_pairs",
    "pair_tokens",
    "read_page",
    "record_html",
    "write_index",
]
