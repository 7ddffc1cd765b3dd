"""The Explore page's items: every document, event and claim with its facet values, years and display text.

One item per document, event and claim, in document order (a document, then its events, then its claims), so an
item's number tells its document. render/explore_files.py splits the items into the files the page loads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nea_site.model import ActorId, Claim, Event, Lang, ThemeId
from nea_site.render.crossref import CrossRef
from nea_site.render.format import format_span, name_in
from nea_site.render.source_links import links_as_text

# The `kind` facet: disjoint, so the counts of its values add up to the total. "claim" is every claim but the
# statistics (causal, recommendation, assessment, prediction): `kind=claim,statistic` gives every claim.
KINDS = ("document", "event", "statistic", "claim")
# What a result row names its item: the kind, or a claim's own kind ("assessment"); labels kind_<name>.
ROW_KINDS = ("document", "event", "statistic", "causal", "recommendation", "assessment", "prediction")
FACETS = ("country", "actor", "theme")  # the facets whose values are ids of the vocabulary
TEXT_CHARS = 240  # a claim's sentence is cut here on its result row (the paragraph link leads to all of it)


@dataclass(frozen=True, slots=True)
class Value:
    """A value of the country, actor or theme facet."""

    facet: str
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Item:
    """A document, event or claim as the Explore page filters and shows it."""

    kind: int  # index into KINDS
    doc: int  # index of its document in CrossRef.records (sorted by id)
    years: tuple[int, int] | None  # first and last year it concerns; None when it gives no year
    values: tuple[int, ...]  # indices into the value table, ascending
    row_kind: int  # index into ROW_KINDS
    ref: str  # record id (a document's own id for a document)
    paragraph: int  # 1-based paragraph of its evidence; 0 for a document
    date: str  # as the page's language writes it, or ""
    text: str


@dataclass(frozen=True, slots=True)
class ExploreData:
    items: list[Item]
    values: list[Value]
    doc_starts: list[int]  # number of each document's first item
    doc_langs: list[str]  # each document's source language ("en", "zh", "zh-Hant", "ja", "ko", "und")
    doc_ids: list[str]
    doc_titles: list[str]


def collect_items(cx: CrossRef, lang: Lang) -> ExploreData:
    """Every document of `cx`, then its events, then its claims, with the values of the three id facets.

    A document's countries and actors are those its text names; an event's or a claim's, those it involves.
    """
    actor_ids: set[str] = set()
    theme_ids: set[str] = set()
    for record in cx.records:
        actor_ids.update(m.actor for m in record.mentions)
        theme_ids.update(w.theme for w in record.themes)
        rows: list[Event | Claim] = [*record.events, *record.claims]
        for row in rows:
            actor_ids.update(row.actors)
            theme_ids.update(row.themes)
    values = _values(cx, lang, actor_ids, theme_ids)
    index = {(v.facet, v.id): n for n, v in enumerate(values)}
    facets = {a: _facet_of(cx, a) for a in actor_ids}

    def numbers(actors: Iterable[str], themes: Iterable[str]) -> tuple[int, ...]:
        keys = [(facets[a], a) for a in actors] + [("theme", th) for th in themes]
        return tuple(sorted({index[k] for k in keys if k in index}))

    items: list[Item] = []
    starts: list[int] = []
    titles: list[str] = []
    for doc, record in enumerate(cx.records):
        starts.append(len(items))
        title = record.title.get(lang) or record.title.best(lang) or record.source
        titles.append(title)
        published = record.meta.published or ""
        year = _year(published)
        items.append(
            Item(
                kind=0,
                doc=doc,
                years=(year, year) if year is not None else None,
                values=numbers(sorted({m.actor for m in record.mentions}), (w.theme for w in record.themes)),
                row_kind=0,
                ref=record.id,
                paragraph=0,
                date=published,
                text=title,
            )
        )
        items.extend(_event_item(e, doc, lang, numbers(e.actors, e.themes)) for e in record.events)
        items.extend(_claim_item(c, doc, lang, numbers(c.actors, c.themes)) for c in record.claims)
    return ExploreData(
        items=items,
        values=values,
        doc_starts=starts,
        doc_langs=[r.lang for r in cx.records],
        doc_ids=[r.id for r in cx.records],
        doc_titles=titles,
    )


def _facet_of(cx: CrossRef, actor_id: str) -> str:
    actor = cx.actors.get(ActorId(actor_id))
    return "country" if actor is not None and actor.type == "country" else "actor"


def _values(cx: CrossRef, lang: Lang, actor_ids: set[str], theme_ids: set[str]) -> list[Value]:
    """Countries, then other actors, then themes that some item names, each by id (ids the vocabulary knows)."""
    actors = [cx.actors[ActorId(a)] for a in sorted(actor_ids) if ActorId(a) in cx.actors]
    return [
        *(Value("country", a.id, name_in(a.name, lang)) for a in actors if a.type == "country"),
        *(Value("actor", a.id, name_in(a.name, lang)) for a in actors if a.type != "country"),
        *(
            Value("theme", th, name_in(cx.themes[ThemeId(th)].name, lang))
            for th in sorted(theme_ids)
            if th in cx.themes
        ),
    ]


def _year(iso: str) -> int | None:
    head = iso[:4]
    return int(head) if len(head) == 4 and head.isdigit() else None


def _event_item(event: Event, doc: int, lang: Lang, values: tuple[int, ...]) -> Item:
    first = event.date.year
    last = event.date_end.year if event.date_end else first
    return Item(
        kind=KINDS.index("event"),
        doc=doc,
        years=(min(first, last), max(first, last)),
        values=values,
        row_kind=ROW_KINDS.index("event"),
        ref=event.id,
        paragraph=event.evidence.paragraph,
        date=format_span(event.date, event.date_end, event.precision, lang),
        text=event.label.best(lang),
    )


def _claim_item(claim: Claim, doc: int, lang: Lang, values: tuple[int, ...]) -> Item:
    """A claim's years: those of the dates its sentence gives and of the years its figures refer to."""
    years = sorted({y for y in map(_year, claim.dates) if y is not None} | {q.year for q in claim.numbers if q.year})
    text = " ".join(links_as_text(claim.text.best(lang)).split())
    if len(text) > TEXT_CHARS:
        text = text[: TEXT_CHARS - 1].rstrip() + "…"
    return Item(
        kind=KINDS.index("statistic" if claim.kind == "statistic" else "claim"),
        doc=doc,
        years=(years[0], years[-1]) if years else None,
        values=values,
        row_kind=ROW_KINDS.index(claim.kind),
        ref=claim.id,
        paragraph=claim.evidence.paragraph,
        date="",
        text=text,
    )
