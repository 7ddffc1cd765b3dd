"""Embedded metadata a reference manager reads: Highwire/DC meta tags in a page's front matter, COinS on list pages."""

from __future__ import annotations

import html
from urllib.parse import urlencode

import yaml

from nea_site.model import DocumentRecord, Lang
from nea_site.render.citation.item import ZOTERO_TYPE, CiteItem, date_slashes, document_item, page_range
from nea_site.render.environment import SafeMarkdown


def meta_tags(item: CiteItem, site_name: str) -> list[tuple[str, str]]:
    """(name, content) of the <meta> tags Zotero's Embedded Metadata translator reads; values unescaped."""
    tags: list[tuple[str, str]] = [("citation_title", item.title)]
    tags += [("citation_author", author) for author in item.authors]
    if item.date:
        tags.append(("citation_date", date_slashes(item.date)))
        tags.append(("citation_publication_date", date_slashes(item.date)))
    tags.append(("citation_language", item.language))
    if item.kind == "journal":
        tags.append(("citation_journal_title", item.outlet))
        if item.volume:
            tags.append(("citation_volume", item.volume))
        if item.issue:
            tags.append(("citation_issue", item.issue))
        first, last = page_range(item.pages)
        if first:
            tags.append(("citation_firstpage", first))
        if last:
            tags.append(("citation_lastpage", last))
    else:
        tags.append(("DC.type", ZOTERO_TYPE[item.kind]))
        if item.kind == "report" and item.outlet:
            tags.append(("citation_technical_report_institution", item.outlet))
        elif item.outlet:
            tags.append(("og:site_name", item.outlet))
    if item.doi:
        tags.append(("citation_doi", item.doi))
    if item.abstract:
        tags.append(("citation_abstract", item.abstract))
    if item.keywords:
        tags.append(("citation_keywords", "; ".join(k.replace(";", ",") for k in item.keywords)))
    if item.url:
        tags.append(("citation_public_url", item.url))
    if not item.outlet and site_name and item.kind == "webpage":
        tags.append(("og:site_name", site_name))
    return tags


def coins(item: CiteItem) -> str:
    """A COinS span (OpenURL 1.0 ContextObject in a title attribute) for a list page; HTML, escaped."""
    pairs: list[tuple[str, str]] = [("ctx_ver", "Z39.88-2004")]
    if item.kind in ("journal", "news"):
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article")]
        pairs.append(("rft.atitle", item.title))
        if item.outlet:
            pairs.append(("rft.jtitle", item.outlet))
        if item.volume:
            pairs.append(("rft.volume", item.volume))
        if item.issue:
            pairs.append(("rft.issue", item.issue))
        if item.pages:
            pairs.append(("rft.pages", item.pages))
    else:
        genre = "report" if item.kind == "report" else "document"
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", genre), ("rft.title", item.title)]
        if item.outlet:
            pairs.append(("rft.pub", item.outlet))
    pairs += [("rft.au", author) for author in item.authors]
    if item.date:
        pairs.append(("rft.date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(item.date))))
    pairs.append(("rft.language", item.language))
    if item.url:
        pairs.append(("rft_id", item.url))
    if item.doi:
        pairs.append(("rft_id", f"info:doi/{item.doi}"))
    return f'<span class="Z3988" title="{html.escape(urlencode(pairs), quote=True)}"></span>'


def front_matter(item: CiteItem, site_name: str) -> SafeMarkdown:
    """The page's `citation` front matter (the theme writes it as <meta> tags); YAML-quoted, so any text is data."""
    tags = [[name, value] for name, value in meta_tags(item, site_name)]
    return SafeMarkdown(yaml.safe_dump({"citation": tags}, allow_unicode=True, width=1 << 20, sort_keys=False))


def coins_spans(records: list[DocumentRecord], lang: Lang, site_url: str) -> SafeMarkdown:
    """One COinS span per document cited on a list page, in first-cited order, each once."""
    seen: dict[str, DocumentRecord] = {}
    for record in records:
        seen.setdefault(record.id, record)
    return SafeMarkdown("".join(coins(document_item(r, lang, site_url)) for r in seen.values()))
