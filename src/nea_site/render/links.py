"""Page paths and links: docs-relative Markdown paths, built URLs, and relative links between pages."""

from __future__ import annotations

import functools
import posixpath
from typing import Literal

from nea_site.model import Lang

PageKind = Literal[
    "home", "documents", "document", "timeline", "themes", "theme", "countries", "country",
    "actors", "actor", "claims", "claim_kind", "statistics", "data", "about", "glossary", "coverage", "compare",
    "explore",
]  # fmt: skip
ListPart = Literal["events", "claims"]
_ITEM_FOLDERS = {
    "document": "documents", "theme": "themes", "country": "countries", "actor": "actors", "claim_kind": "claims",
}  # fmt: skip


def page_uri(kind: PageKind, item_id: str = "") -> str:
    """Docs-relative Markdown path of a page; the same in both languages."""
    if kind == "home":
        return "index.md"
    if kind in _ITEM_FOLDERS:
        return f"{_ITEM_FOLDERS[kind]}/{item_id}.md"
    if kind == "statistics":
        return "claims/statistics-table.md"
    return f"{kind}/index.md"


def entity_list_uri(item_uri: str, part: ListPart) -> str:
    """First page of an entity's full list of events or claims: "countries/china.md" -> "countries/china/events.md"."""
    return f"{item_uri.removesuffix('.md')}/{part}.md"


def segment_uri(base_uri: str, parts: tuple[str, ...]) -> str:
    """The page of a list that starts at `base_uri` holding the rows of keys `parts` (render/paging.py).

    The first page is the base page itself; the others sit next to it: "timeline/index.md" + ("2019-03",) ->
    "timeline/2019-03.md", "countries/china/claims.md" + ("statistic", "bench-001") ->
    "countries/china/claims-statistic-bench-001.md".
    """
    if not parts:
        return base_uri
    if any(not part or "/" in part for part in parts):
        raise ValueError(f"a page key must be a non-empty name without '/', found {parts!r}")
    name = "-".join(parts)
    if base_uri == "index.md" or base_uri.endswith("/index.md"):
        return f"{base_uri.removesuffix('index.md')}{name}.md"
    return f"{base_uri.removesuffix('.md')}-{name}.md"


@functools.lru_cache(maxsize=1 << 15)  # a page's links name the same few thousand pages: ~2 M calls at N=500
def built_path(uri: str) -> str:
    """Directory URL of a Markdown page: "documents/a.md" -> "documents/a/", "themes/index.md" -> "themes/"."""
    if uri == "index.md":
        return ""
    if uri.endswith("/index.md"):
        return uri[: -len("index.md")]
    return uri[: -len(".md")] + "/"


def site_url(kind: PageKind, lang: Lang, item_id: str = "") -> str:
    """Site-relative URL of a built page, e.g. "en/documents/001/"."""
    return built_url(page_uri(kind, item_id), lang)


def built_url(uri: str, lang: Lang) -> str:
    """Site-relative URL of the built page of a Markdown path: "timeline/2.md" -> "en/timeline/2/"."""
    return f"{lang}/{built_path(uri)}"


def md_link(from_uri: str, to_uri: str, anchor: str = "") -> str:
    """Relative Markdown link between docs pages (MkDocs checks it and rewrites it to the built URL).

    The link climbs to the docs root and descends again ("../themes/trade.md" even between two theme pages), so
    it depends only on the depth of `from_uri`: a row of links can then serve every page at that depth.
    """
    return "../" * from_uri.count("/") + to_uri + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=1 << 18)
def _relative(from_dir: str, to_uri: str) -> str:
    """relpath between docs paths; cached, because a site links the same few hundred pages from every page.

    Docs paths are relative and hold no "..": the common leading folders are dropped without posixpath.relpath's
    two abspath calls (which read the working directory each time; most of render's link time at N=500).
    """
    start = [part for part in from_dir.split("/") if part and part != "."]
    path = [part for part in to_uri.split("/") if part and part != "."]
    if from_dir.startswith("/") or to_uri.startswith("/") or ".." in start or ".." in path:
        return posixpath.relpath(to_uri, from_dir or ".")
    common = 0
    for here, there in zip(start, path, strict=False):
        if here != there:
            break
        common += 1
    parts = [".."] * (len(start) - common) + path[common:]
    return "/".join(parts) if parts else "."


def html_href(from_uri: str, to_uri: str, anchor: str = "") -> str:
    """Relative URL for raw HTML, between built directory URLs."""
    here = built_path(from_uri)
    there = built_path(to_uri)
    rel = _relative(here.rstrip("/"), there or ".")
    rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{anchor}" if anchor else "")


def other_language_href(uri: str, lang: Lang) -> str:
    """Relative URL from a built page to the same page in the other language build (a sibling folder)."""
    other = "zh" if lang == "en" else "en"
    path = built_path(uri)
    depth = path.count("/")
    return "../" * (depth + 1) + f"{other}/{path}"
