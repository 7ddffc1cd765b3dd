"""Records -> PageSpecs (path, template, context) for one language; paths come only from page_uri()."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from nea_site.model import DocumentRecord, Lang
from nea_site.render.body import HTML_LANG, render_footnotes, render_full_text, render_outline
from nea_site.render.environment import SafeMarkdown, escape_markdown

PageKind = Literal["home", "documents", "document"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    uri: str  # docs-relative Markdown path, e.g. "documents/001.md"
    template: str  # e.g. "pages/document.md.j2"
    context: dict[str, Any]


def page_uri(kind: PageKind, item_id: str = "") -> str:
    """Docs-relative Markdown path of a page; the same in both languages."""
    if kind == "home":
        return "index.md"
    if kind == "documents":
        return "documents/index.md"
    return f"documents/{item_id}.md"


def site_url(kind: PageKind, lang: Lang, item_id: str = "") -> str:
    """Site-relative URL of a built page (directory URLs), e.g. "en/documents/001/"."""
    uri = page_uri(kind, item_id)
    stem = uri[: -len("index.md")] if uri.endswith("index.md") else uri[: -len(".md")] + "/"
    return f"{lang}/{stem}"


def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link from one docs page to another (MkDocs checks and rewrites it)."""
    depth = from_uri.count("/")
    return "../" * depth + to_uri


def _origin_label(record: DocumentRecord, field: str, t: Callable[[str], str]) -> str:
    origin = dict(record.meta.origins).get(field)
    return t(f"origin_{origin}") if origin else ""


def _document_row(record: DocumentRecord, lang: Lang, from_uri: str, t: Callable[[str], str]) -> dict[str, Any]:
    title = record.title.best(lang) or t("no_title")
    return {
        "title": title,
        "link": link(from_uri, page_uri("document", record.id)),
        "authors": "; ".join(record.meta.authors),
        "published": record.meta.published or t("unknown"),
        "language": t(f"lang_{record.lang}"),
    }


def build_pages(records: list[DocumentRecord], lang: Lang, t: Callable[[str], str]) -> list[PageSpec]:
    """Every page of one language's site, in a stable order."""
    records = sorted(records, key=lambda r: r.id)
    home_uri = page_uri("home")
    docs_uri = page_uri("documents")
    pages = [
        PageSpec(
            uri=home_uri,
            template="pages/home.md.j2",
            context={
                "documents_link": link(home_uri, docs_uri),
                "document_count": len(records),
                "documents": [_document_row(r, lang, home_uri, t) for r in records],
            },
        ),
        PageSpec(
            uri=docs_uri,
            template="pages/documents.md.j2",
            context={"documents": [_document_row(r, lang, docs_uri, t) for r in records]},
        ),
    ]
    pages.extend(_document_page(r, lang, t) for r in records)
    return pages


def _document_page(record: DocumentRecord, lang: Lang, t: Callable[[str], str]) -> PageSpec:
    other: Lang = "zh" if lang == "en" else "en"
    meta = record.meta
    rows: list[tuple[str, str, str]] = []  # (label, value, origin)

    def add(label: str, value: str | None, field: str) -> None:
        if value:
            rows.append((t(label), value, _origin_label(record, field, t)))

    other_title = record.title.get(other)
    if other_title:
        origin = "parsed" if record.title.original == other else "curated"
        rows.append((t("title_other"), other_title, t(f"origin_{origin}")))
    add("authors", "; ".join(meta.authors), "authors")
    add("published", meta.published, "published")
    add("outlet", meta.outlet, "outlet")
    add("place", meta.place, "place")
    rows.append((t("language"), t(f"lang_{record.lang}"), ""))
    rows.append((t("source_file"), record.source, ""))
    add("credits", "; ".join(meta.credits), "credits")
    for label, value in meta.identifiers:
        rows.append((label, value, ""))
    return PageSpec(
        uri=page_uri("document", record.id),
        template="pages/document.md.j2",
        context={
            "title": record.title.get(lang) or record.title.best(lang) or t("no_title"),
            "meta_rows": rows,
            "abstract": meta.abstract,
            "keywords": "; ".join(meta.keywords),
            "author_notes": list(meta.author_notes),
            "outline": render_outline(record, lambda: ""),
            "full_text": render_full_text(record),
            "footnotes": render_footnotes(record, t("back_to_text")),
            "source_lang": SafeMarkdown(HTML_LANG[record.lang]),
        },
    )


def heading_text(text: str) -> SafeMarkdown:
    """Escape text for use in a Markdown heading."""
    return escape_markdown(text)
