"""Records -> PageSpecs (path, template, context) for one language; paths come only from links.page_uri()."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

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
from nea_site.render.citation import cite_control, cite_labels, document_item, front_matter
from nea_site.render.compare import compare_page
from nea_site.render.context import RenderContext
from nea_site.render.crossref import CrossRef
from nea_site.render.entities import (
    actor_pages,
    actors_index_page,
    countries_index_page,
    theme_pages,
    themes_index_page,
)
from nea_site.render.entries import DocumentEntry, NameCount
from nea_site.render.environment import SafeMarkdown
from nea_site.render.explore import explore_page
from nea_site.render.format import format_span
from nea_site.render.grouped import report_link
from nea_site.render.info import about_page, coverage_page, data_page, glossary_page
from nea_site.render.labels import Labels
from nea_site.render.links import other_language_href, page_uri
from nea_site.render.page_cache import CachedSpec, Digest, Inputs, actors_key, record_key, themes_key
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.record_lists import claims_pages
from nea_site.render.rows import actor_uri, document_row
from nea_site.render.source_links import links_as_text
from nea_site.render.timeline import timeline_pages
from nea_site.render.withdrawn import Withdrawal, notices, withdrawn_pages

# Header rows that the parser names (parse/: "description", "end mark", "citation"…); other identifiers keep the
# source's label.
_IDENTIFIER_LABELS = {
    name: f"identifier_{name.replace(' ', '_')}"
    for name in (
        "description",
        "end mark",
        "citation",
        "doi",
        "received",
        "accepted",
        "updated",
        "section",
        "type",
        "series",
    )
}

MAX_ALSO_REPORTED = 5  # other documents' reports listed under a record; more are on the happening's timeline entry

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class HomeContext(PageContext):
    document_count: int
    event_count: int
    claim_count: int
    sections: list[tuple[str, SafeMarkdown]]  # (label, link) of each index page
    documents: list[DocumentEntry]
    themes: list[NameCount]
    countries: list[NameCount]


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentsContext(PageContext):
    documents: list[DocumentEntry]


@dataclass(frozen=True, slots=True)
class ThemeWeight:
    name: str
    link: SafeMarkdown
    weight: str  # "40%"


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentContext(PageContext):
    title: str
    meta_table: SafeMarkdown
    abstract: str | None  # a Chinese paper's English abstract and keywords on the English page, its own on the other
    keywords: str
    author_notes: list[str]
    themes: list[ThemeWeight]
    outline: SafeMarkdown
    full_text: SafeMarkdown
    footnotes: SafeMarkdown
    source_lang: SafeMarkdown
    other_lang_link: SafeMarkdown
    citation_meta: SafeMarkdown  # the front matter reference managers read
    cite: SafeMarkdown
    withdrawn: SafeMarkdown  # old permalinks of records the document no longer yields


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
    inputs: Inputs | None = None,  # given: pages that can be kept across builds come as CachedSpec
) -> Iterator[PageSpec | CachedSpec]:
    """Every page of one language's site, in a stable order; one at a time, so each can be written and let go."""
    rc = RenderContext(cx, lang, t, site_url=site_url, inputs=inputs)
    yield _home_page(rc)
    yield _documents_page(rc)
    yield from (_document_spec(r, rc, withdrawn) for r in cx.records)
    yield from withdrawn_pages(list(withdrawn), rc)
    yield from timeline_pages(rc, focus)
    yield themes_index_page(rc)
    for theme in cx.used_themes():
        yield from theme_pages(theme, rc, focus)
    yield countries_index_page(rc)
    yield actors_index_page(rc)
    for actor in [*cx.countries(), *cx.named_actors()]:
        yield from actor_pages(actor, rc)
    yield from claims_pages(rc)
    yield compare_page(rc)
    yield explore_page(lang, t)  # its data files: render/explore.py's write_explore_files, called by write.py
    yield from (data_page(rc), about_page(rc, scores), glossary_page(rc), coverage_page(rc))


def _home_page(rc: RenderContext) -> PageSpec:
    rc = rc.at(page_uri("home"))
    cx = rc.cx
    sections = [
        (rc.t(kind), rc.link(page_uri(kind)))
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
        uri=rc.uri,
        template="pages/home.md.j2",
        context=HomeContext(
            document_count=len(cx.records),
            event_count=sum(len(r.events) for r in cx.records),
            claim_count=sum(len(r.claims) for r in cx.records),
            sections=sections,
            documents=[document_row(r, rc) for r in cx.records],
            themes=[
                NameCount(rc.name(th.name), rc.link(page_uri("theme", th.id)), len(cx.by_theme[th.id].documents))
                for th in cx.used_themes()
            ],
            countries=[
                NameCount(rc.name(c.name), rc.link(actor_uri(c)), len(cx.by_actor[c.id].documents))
                for c in cx.countries()
            ],
        ),
    )


def _documents_page(rc: RenderContext) -> PageSpec:
    rc = rc.at(page_uri("documents"))
    return PageSpec(
        uri=rc.uri,
        template="pages/documents.md.j2",
        context=DocumentsContext(documents=[document_row(r, rc) for r in rc.cx.records]),
    )


def _origin_label(record: DocumentRecord, field: str, t: Labels) -> str:
    origin = dict(record.meta.origins).get(field)
    return t(f"origin_{origin}") if origin else ""


def _paragraph_links(record: DocumentRecord, rc: RenderContext) -> dict[int, list[LinkSpan]]:
    links: dict[int, list[LinkSpan]] = defaultdict(list)
    shared = Counter((m.paragraph, m.offset) for m in record.mentions if not m.nested)
    for mention in record.mentions:
        if shared[(mention.paragraph, mention.offset)] > 1:
            continue  # "中日韩" names three countries: no single page to link it to
        actor = rc.cx.actors.get(mention.actor)
        if actor is None or mention.nested or mention.section is not None:
            continue
        links[mention.paragraph].append(
            LinkSpan(
                start=mention.offset,
                end=mention.offset + len(mention.surface),
                href=rc.href(actor_uri(actor)),
                title=rc.name(actor.name),
            )
        )
    return links


def _also_reported(event_id: str, entry_href: str, rc: RenderContext) -> tuple[tuple[str, str], ...]:
    """The other documents' reports of an event's happening: the first MAX_ALSO_REPORTED by document id.

    A happening that more documents report links its timeline entry, which lists them all. The reports shown are
    the same whatever documents come after them, so a new report of a much-reported happening changes the pages
    of the few documents that list it, not of all that report the happening.
    """
    group = rc.cx.group_of.get(event_id)
    if group is None:
        return ()
    others = [(event, record) for event, record in group.members if event.id != event_id]
    # Only the reports shown are made into links (a happening of a large corpus has hundreds of reports).
    first = heapq.nsmallest(MAX_ALSO_REPORTED, others, key=lambda member: (member[1].id, member[0].id))
    links = tuple(report_link(event, record, rc) for event, record in first)
    if len(others) <= MAX_ALSO_REPORTED:
        return links
    return (*links, (entry_href, rc.t("all_reports")))


def _paragraph_records(record: DocumentRecord, rc: RenderContext) -> dict[int, list[RecordLink]]:
    found: dict[int, list[RecordLink]] = defaultdict(list)
    seen: set[str] = set()  # a sentence that repeats gives one id twice: its first place holds the anchor
    placement, t = rc.cx.placement, rc.t

    def anchor(record_id: str) -> str:
        first = record_id not in seen
        seen.add(record_id)
        return record_id if first else ""

    for event in record.events:
        date = format_span(event.date, event.date_end, event.precision, rc.lang)
        found[event.evidence.paragraph].append(
            RecordLink(
                href=rc.href(placement.event_uri[event.id], event.id),
                text=f"{date} · {event.label.best(rc.lang)}",
                also=_also_reported(event.id, rc.href(placement.event_uri[event.id], event.id), rc),
                also_label=t("also_reported_by"),
                anchor=anchor(event.id),
            )
        )
    for claim in record.claims:
        found[claim.evidence.paragraph].append(
            RecordLink(
                href=rc.href(placement.claim_uri[claim.id], claim.id),
                text=f"{t('kind_' + claim.kind)} · {links_as_text(claim.text.best(rc.lang))[:80]}",
                anchor=anchor(claim.id),
            )
        )
    return found


def _document_spec(
    record: DocumentRecord, rc: RenderContext, withdrawn: tuple[Withdrawal, ...]
) -> PageSpec | CachedSpec:
    """The document's page; when pages are kept across builds, made only if what it shows changed.

    What it shows besides its record: the names of the themes and actors it links, the page that lists each of its
    events and claims, the other documents' reports listed under each event ("also reported by": the first ones
    by document id, their titles, paragraphs and languages, and whether there are more), its withdrawn records.
    """
    inputs = rc.inputs
    if inputs is None:
        return _document_page(record, rc, withdrawn)
    placement = rc.cx.placement
    digest = Digest(
        record_key(inputs, record),
        themes_key(inputs, (w.theme for w in record.themes)),
        actors_key(inputs, (m.actor for m in record.mentions)),
        tuple(w for w in withdrawn if w.old.document == record.id),
    )
    for event in record.events:
        digest.add(placement.event_uri[event.id], _also_reported_key(event.id, rc))
    digest.add(tuple(placement.claim_uri[claim.id] for claim in record.claims))
    uri = page_uri("document", record.id)
    return CachedSpec(
        uri=uri,
        template="pages/document.md.j2",
        inputs=digest.hexdigest(),
        make=lambda: _document_page(record, rc, withdrawn).context,
    )


def _also_reported_key(event_id: str, rc: RenderContext) -> tuple[object, ...] | None:
    """What `_also_reported` shows of the other reports of an event's happening."""
    group = rc.cx.group_of.get(event_id)
    if group is None:
        return None
    others = [(event, record) for event, record in group.members if event.id != event_id]
    first = heapq.nsmallest(MAX_ALSO_REPORTED, others, key=lambda member: (member[1].id, member[0].id))
    shown = tuple((r.id, e.evidence.paragraph, r.title.en, r.title.zh, r.lang) for e, r in first)
    return (shown, len(others) > MAX_ALSO_REPORTED)


def _document_page(record: DocumentRecord, rc: RenderContext, withdrawn: tuple[Withdrawal, ...] = ()) -> PageSpec:
    rc = rc.at(page_uri("document", record.id))
    cx, lang, t, uri = rc.cx, rc.lang, rc.t, rc.uri
    meta = record.meta
    rows: list[tuple[str, str, str]] = []  # (label, value, origin)

    def add(label: str, value: str | None, field: str) -> None:
        if value:
            rows.append((t(label), value, _origin_label(record, field, t)))

    other_title = record.title.get(rc.other_lang)
    if other_title:
        parsed = record.title.original == rc.other_lang or other_title == meta.parallel_title
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
        ThemeWeight(rc.name(cx.themes[w.theme].name), rc.link(page_uri("theme", w.theme)), f"{w.weight:.0%}")
        for w in record.themes
        if w.theme in cx.themes
    ]
    # The abstract and keywords a reader of this page sees (a Chinese paper's English ones on the English page).
    abstract = _in_page_lang(meta.abstract, meta.parallel_abstract, lang, record.lang)
    keywords = _in_page_lang(meta.keywords, meta.parallel_keywords, lang, record.lang) or ()
    item = replace(
        document_item(record, lang, rc.site_url),
        abstract=" ".join((abstract or "").split()),
        keywords=tuple(keywords),
    )
    context = DocumentContext(
        title=record.title.get(lang) or record.title.best(lang) or t("no_title"),
        meta_table=render_meta_table(rows),
        abstract=abstract,
        keywords="; ".join(keywords),
        author_notes=list(meta.author_notes),
        themes=themes,
        outline=render_outline(record),
        full_text=render_full_text(
            record, _paragraph_links(record, rc), _paragraph_records(record, rc), t("records_here")
        ),
        footnotes=render_footnotes(record, t("back_to_text")),
        source_lang=SafeMarkdown(HTML_LANG[record.lang]),
        other_lang_link=SafeMarkdown(other_language_href(uri, lang)),
        citation_meta=front_matter(item, t("site_name")),
        cite=SafeMarkdown(cite_control(item, lang, cite_labels(t))),
        withdrawn=notices(withdrawn, record.id, uri, t),
    )
    return PageSpec(uri=uri, template="pages/document.md.j2", context=context)
