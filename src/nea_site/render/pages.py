"""Records -> PageSpecs (path, template, context) for one language; paths come only from links.page_uri()."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, TypeVar

from nea_site.errors import RenderError
from nea_site.model import DocumentRecord, Lang, MeasuredScores
from nea_site.render.body import (
    HTML_LANG,
    LinkSpan,
    RecordLink,
    render_footnotes,
    render_full_text,
    render_meta_table,
    render_outline,
)
from nea_site.render.citation import cite_control, cite_labels, document_item, front_matter, reference_links
from nea_site.render.compare import compare_page
from nea_site.render.crossref import CrossRef
from nea_site.render.entities import (
    actor_pages,
    actors_index_page,
    countries_index_page,
    theme_pages,
    themes_index_page,
)
from nea_site.render.environment import SafeMarkdown
from nea_site.render.explore import explore_page
from nea_site.render.format import format_span, name_in
from nea_site.render.grouped import also_reported_by
from nea_site.render.info import about_page, coverage_page, data_page, glossary_page
from nea_site.render.links import html_href, md_link, other_language_href, page_uri
from nea_site.render.page_spec import PageSpec
from nea_site.render.record_lists import claims_pages, timeline_pages
from nea_site.render.rows import Labels, actor_uri, document_row
from nea_site.render.source_links import links_as_text
from nea_site.render.withdrawn import Withdrawal, notices, withdrawn_pages

# Header rows that the parser names (parse/: "description", "end mark", "citation"…); other identifiers keep the
# source's label.
_IDENTIFIER_LABELS = {
    name: f"identifier_{name.replace(' ', '_')}"
    for name in ("description", "end mark", "citation", "doi", "received", "accepted", "updated", "section", "type")
}


T = TypeVar("T")


def _in_page_lang(own: T, parallel: T, lang: Lang, source_lang: str) -> T:
    """The text's own value, or its parallel one (other language) on the page of that language when it has one."""
    other = (lang == "zh") != (source_lang in ("zh", "zh-Hant"))
    return parallel if other and parallel else own


def _identifier_label(label: str, t: Labels) -> str:
    key = _IDENTIFIER_LABELS.get(label)
    if key is None:
        return label
    try:
        return t(key)
    except RenderError:  # a project whose labels file predates the row: the parser's own name, as before
        return label


def build_pages(
    cx: CrossRef,
    lang: Lang,
    t: Labels,
    focus: tuple[str, ...],
    scores: MeasuredScores | None = None,
    *,
    site_url: str = "",  # where the site is published: citations give absolute addresses under it
    withdrawn: tuple[Withdrawal, ...] = (),  # published records this build no longer has (render/withdrawn.py)
) -> Iterator[PageSpec]:
    """Every page of one language's site, in a stable order; one at a time, so each can be written and let go."""
    yield _home_page(cx, lang, t)
    yield _documents_page(cx, lang, t)
    yield from (_document_page(r, cx, lang, t, site_url, withdrawn) for r in cx.records)
    yield from withdrawn_pages(list(withdrawn), cx.records, lang, t)
    yield from timeline_pages(cx, lang, t, focus, site_url=site_url)
    yield themes_index_page(cx, lang, t, focus)
    for theme in cx.used_themes():
        yield from theme_pages(theme, cx, lang, t, focus)
    yield countries_index_page(cx, lang, t)
    yield actors_index_page(cx, lang, t)
    for actor in [*cx.countries(), *cx.named_actors()]:
        yield from actor_pages(actor, cx, lang, t)
    yield from claims_pages(cx, lang, t, site_url=site_url)
    yield compare_page(cx, lang, t)
    yield explore_page(lang, t)  # its data files: render/explore.py's write_explore_files, called by write.py
    yield from (
        _with_references(data_page(cx, lang, t), t),
        about_page(cx, lang, t, scores),
        glossary_page(cx, lang, t),
        coverage_page(cx, lang, t),
    )


def _with_references(spec: PageSpec, t: Labels) -> PageSpec:
    """The data page, also offering every document's reference per format (render/citation.py writes them)."""
    spec.context["references"] = reference_links(t)
    return spec


def _home_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    uri = page_uri("home")
    sections = [
        (t(kind), SafeMarkdown(md_link(uri, page_uri(kind))))
        for kind in (
            "documents",
            "explore",
            "timeline",
            "compare",
            "themes",
            "countries",
            "actors",
            "claims",
            "glossary",
            "data",
            "about",
        )  # fmt: skip
    ]
    return PageSpec(
        uri=uri,
        template="pages/home.md.j2",
        context={
            "document_count": len(cx.records),
            "event_count": sum(len(r.events) for r in cx.records),
            "claim_count": sum(len(r.claims) for r in cx.records),
            "sections": sections,
            "documents": [document_row(r, uri, lang, t) for r in cx.records],
            "themes": [
                {
                    "name": name_in(th.name, lang),
                    "link": SafeMarkdown(md_link(uri, page_uri("theme", th.id))),
                    "count": len(cx.by_theme[th.id].documents),
                }
                for th in cx.used_themes()
            ],
            "countries": [
                {
                    "name": name_in(c.name, lang),
                    "link": SafeMarkdown(md_link(uri, actor_uri(c))),
                    "count": len(cx.by_actor[c.id].documents),
                }
                for c in cx.countries()
            ],
        },
    )


def _documents_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    uri = page_uri("documents")
    return PageSpec(
        uri=uri,
        template="pages/documents.md.j2",
        context={"documents": [document_row(r, uri, lang, t) for r in cx.records]},
    )


def _origin_label(record: DocumentRecord, field: str, t: Labels) -> str:
    origin = dict(record.meta.origins).get(field)
    return t(f"origin_{origin}") if origin else ""


def _paragraph_links(record: DocumentRecord, cx: CrossRef, uri: str, lang: Lang) -> dict[int, list[LinkSpan]]:
    links: dict[int, list[LinkSpan]] = defaultdict(list)
    shared = Counter((m.paragraph, m.offset) for m in record.mentions if not m.nested)
    for mention in record.mentions:
        if shared[(mention.paragraph, mention.offset)] > 1:
            continue  # "中日韩" names three countries: no single page to link it to
        actor = cx.actors.get(mention.actor)
        if actor is None or mention.nested or mention.section is not None:
            continue
        links[mention.paragraph].append(
            LinkSpan(
                start=mention.offset,
                end=mention.offset + len(mention.surface),
                href=html_href(uri, actor_uri(actor)),
                title=name_in(actor.name, lang),
            )
        )
    return links


def _paragraph_records(
    record: DocumentRecord, cx: CrossRef, uri: str, lang: Lang, t: Labels
) -> dict[int, list[RecordLink]]:
    found: dict[int, list[RecordLink]] = defaultdict(list)
    seen: set[str] = set()  # a sentence that repeats gives one id twice: its first place holds the anchor

    def anchor(record_id: str) -> str:
        first = record_id not in seen
        seen.add(record_id)
        return record_id if first else ""

    for event in record.events:
        date = format_span(event.date, event.date_end, event.precision, lang)
        found[event.evidence.paragraph].append(
            RecordLink(
                href=html_href(uri, cx.placement.event_uri[event.id], event.id),
                text=f"{date} · {event.label.best(lang)}",
                also=tuple(also_reported_by(event.id, cx, uri, lang, t)),
                also_label=t("also_reported_by"),
                anchor=anchor(event.id),
            )
        )
    for claim in record.claims:
        found[claim.evidence.paragraph].append(
            RecordLink(
                href=html_href(uri, cx.placement.claim_uri[claim.id], claim.id),
                text=f"{t('kind_' + claim.kind)} · {links_as_text(claim.text.best(lang))[:80]}",
                anchor=anchor(claim.id),
            )
        )
    return found


def _document_page(
    record: DocumentRecord,
    cx: CrossRef,
    lang: Lang,
    t: Labels,
    site_url: str = "",
    withdrawn: tuple[Withdrawal, ...] = (),
) -> PageSpec:
    uri = page_uri("document", record.id)
    other: Lang = "zh" if lang == "en" else "en"
    meta = record.meta
    rows: list[tuple[str, str, str]] = []  # (label, value, origin)

    def add(label: str, value: str | None, field: str) -> None:
        if value:
            rows.append((t(label), value, _origin_label(record, field, t)))

    other_title = record.title.get(other)
    if other_title:
        parsed = record.title.original == other or other_title == meta.parallel_title
        origin = "parsed" if parsed else "curated"
        rows.append((t("title_other"), other_title, t(f"origin_{origin}")))
    add("authors", "; ".join(meta.authors), "authors")
    add("published", meta.published, "published")
    add("outlet", meta.outlet, "outlet")
    add("place", meta.place, "place")
    rows.append((t("language"), t(f"lang_{record.lang}"), ""))
    rows.append((t("source_file"), record.source, ""))
    add("credits", "; ".join(meta.credits), "credits")
    for label, value in meta.identifiers:  # labels the parser names are translated; the source's own stay as written
        rows.append((_identifier_label(label, t), value, ""))
    themes = [
        {
            "name": name_in(cx.themes[w.theme].name, lang),
            "link": SafeMarkdown(md_link(uri, page_uri("theme", w.theme))),
            "weight": f"{w.weight:.0%}",
        }
        for w in record.themes
        if w.theme in cx.themes
    ]
    context: dict[str, Any] = {
        "title": record.title.get(lang) or record.title.best(lang) or t("no_title"),
        "meta_table": render_meta_table(rows),
        # A Chinese paper's English abstract and keywords on the English page, its own on the Chinese one.
        "abstract": _in_page_lang(meta.abstract, meta.parallel_abstract, lang, record.lang),
        "keywords": "; ".join(_in_page_lang(meta.keywords, meta.parallel_keywords, lang, record.lang) or ()),
        "author_notes": list(meta.author_notes),
        "themes": themes,
        "outline": render_outline(record),
        "full_text": render_full_text(
            record,
            _paragraph_links(record, cx, uri, lang),
            _paragraph_records(record, cx, uri, lang, t),
            t("records_here"),
        ),
        "footnotes": render_footnotes(record, t("back_to_text")),
        "source_lang": SafeMarkdown(HTML_LANG[record.lang]),
        "other_lang_link": SafeMarkdown(other_language_href(uri, lang)),
    }
    # The abstract and keywords a reader of this page sees (a Chinese paper's English ones on the English page).
    item = replace(
        document_item(record, lang, site_url),
        abstract=" ".join((context["abstract"] or "").split()),
        keywords=tuple(_in_page_lang(meta.keywords, meta.parallel_keywords, lang, record.lang) or ()),
    )
    context["citation_meta"] = front_matter(item, t("site_name"))
    context["cite"] = SafeMarkdown(cite_control(item, lang, cite_labels(t)))
    context["withdrawn"] = notices(withdrawn, record.id, uri, t)  # old permalinks of records it no longer yields
    return PageSpec(uri=uri, template="pages/document.md.j2", context=context)
