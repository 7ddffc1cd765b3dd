"""RenderContext: what every row and page of one language's site is rendered with, instead of threaded arguments."""

from __future__ import annotations

from dataclasses import dataclass, replace

from nea_site.model import Lang, LocalizedText
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import name_in
from nea_site.render.labels import Labels
from nea_site.render.links import html_href, md_link
from nea_site.render.page_cache import Inputs


@dataclass(frozen=True, slots=True)
class RenderContext:
    """The corpus, the page language and its labels, and the page being written, which links are relative to.

    Markdown links depend only on the depth of `uri` (links.md_link), so a row made for one page serves every page
    at that depth; `at(uri)` is the same site seen from another page.
    """

    cx: CrossRef
    lang: Lang
    t: Labels
    uri: str = ""  # docs-relative Markdown path of the page, e.g. "themes/trade.md"
    site_url: str = ""  # where the site is published: citations give absolute addresses under it
    # With inputs, the pages that can be kept across builds are given as CachedSpec (render/page_cache.py).
    inputs: Inputs | None = None

    def at(self, uri: str) -> RenderContext:
        """The same language and labels, for the page at `uri`."""
        return replace(self, uri=uri)

    @property
    def other_lang(self) -> Lang:
        return "zh" if self.lang == "en" else "en"

    @property
    def depth(self) -> int:
        """Folders between the docs root and the page: what a Markdown link from it depends on."""
        return self.uri.count("/")

    def link(self, to_uri: str, anchor: str = "") -> SafeMarkdown:
        """Relative Markdown link from this page (MkDocs checks it and rewrites it to the built URL)."""
        return SafeMarkdown(md_link(self.uri, to_uri, anchor))

    def href(self, to_uri: str, anchor: str = "") -> str:
        """Relative URL from this page for raw HTML."""
        return html_href(self.uri, to_uri, anchor)

    def name(self, text: LocalizedText) -> str:
        """A name in the page language, or in the other one when missing."""
        return name_in(text, self.lang)
