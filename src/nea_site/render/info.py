"""Information pages: data downloads, about/method, the bilingual glossary, and per-document coverage."""

from __future__ import annotations

from dataclasses import dataclass

from nea_site.errors import RenderError
from nea_site.model import MeasuredScores, PartialDate
from nea_site.render.citation import reference_links
from nea_site.render.context import RenderContext
from nea_site.render.entries import FileLink
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date
from nea_site.render.labels import Labels
from nea_site.render.links import page_uri
from nea_site.render.manifest import MANIFEST_FILE
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.rows import actor_uri, document_title
from nea_site.render.sqlite_release import SQLITE_FILE
from nea_site.render.sqlite_schema import schema

DATA_FILES = (
    ("nea-records.json", "data_file_json"),
    ("nea-documents.csv", "data_file_documents"),
    ("nea-events.csv", "data_file_events"),
    ("nea-claims.csv", "data_file_claims"),
    ("nea-actors.csv", "data_file_actors"),
    ("nea-themes.csv", "data_file_themes"),
    ("nea-event-groups.csv", "data_file_event_groups"),
    ("nea-statistic-groups.csv", "data_file_statistic_groups"),
    (SQLITE_FILE, "data_file_sqlite"),
    (MANIFEST_FILE, "data_file_manifest"),
)


@dataclass(frozen=True, slots=True)
class TableRow:
    """A table of the SQLite release: its name, its columns and what it holds."""

    name: SafeMarkdown
    columns: SafeMarkdown
    what: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DataContext(PageContext):
    files: list[FileLink]
    tables: list[TableRow]
    references: list[FileLink]  # every document's reference per format (render/citation writes them)


def data_page(rc: RenderContext) -> PageSpec:
    """Links to the downloads written next to the page, and what each contains."""
    t = rc.t
    return PageSpec(
        uri=page_uri("data"),
        template="pages/data.md.j2",
        context=DataContext(
            files=[FileLink(name, SafeMarkdown(name), t(key)) for name, key in DATA_FILES],
            tables=[
                TableRow(
                    SafeMarkdown(f"<code>{name}</code>"),
                    SafeMarkdown(", ".join(f"<code>{column}</code>" for column in columns)),
                    t(f"data_table_{name}"),
                )
                for name, columns in schema()
            ],
            references=reference_links(t),
        ),
    )


@dataclass(frozen=True, slots=True)
class ScoreRow:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Scores:
    """The saved scores of the extraction: when and on what they were measured, and each measure."""

    measured: str
    rows: list[ScoreRow]


@dataclass(frozen=True, slots=True, kw_only=True)
class AboutContext(PageContext):
    scores: Scores | None  # None when nothing was measured


def about_page(rc: RenderContext, scores: MeasuredScores | None = None) -> PageSpec:
    """How records are made, their provenance, how far to trust them (the saved scores), and their limits."""
    t = rc.t
    shown = None
    if scores is not None:
        measured = PartialDate.from_iso(scores.measured)
        shown = Scores(
            measured=t("about_trust_measured").format(
                documents=scores.documents, gold=scores.gold, date=format_date(measured, "day", rc.lang)
            ),
            rows=[ScoreRow(_score_label(name, t), _score_value(value)) for name, value in scores.totals],
        )
    return PageSpec(uri=page_uri("about"), template="pages/about.md.j2", context=AboutContext(scores=shown))


def _score_label(name: str, t: Labels) -> str:
    """A measure's name in the page language; a measure this site has no label for keeps `score`'s own name."""
    try:
        return t(f"score_{name}")
    except RenderError:
        return name


def _score_value(value: str) -> str:
    """A share as a percentage ("0.850" -> "85%"); counts ("15/16") as measured."""
    try:
        share = float(value)
    except ValueError:
        return value
    return f"{share:.0%}" if 0.0 <= share <= 1.0 else value


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryActor:
    en: str
    zh: str
    type: str
    link: SafeMarkdown | None  # None where the corpus does not name it


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryTheme:
    en: str
    zh: str
    description: str
    link: SafeMarkdown | None  # None where no document has the theme


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryContext(PageContext):
    actors: list[GlossaryActor]
    themes: list[GlossaryTheme]


def glossary_page(rc: RenderContext) -> PageSpec:
    """Every actor and theme of the vocabulary with both names; linked where the corpus names it."""
    rc = rc.at(page_uri("glossary"))
    cx = rc.cx
    used = {a.id for a in [*cx.countries(), *cx.named_actors()]}
    actors = [
        GlossaryActor(
            en=a.name.en or "",
            zh=a.name.zh or "",
            type=rc.t(f"type_{a.type}"),
            link=rc.link(actor_uri(a)) if a.id in used else None,
        )
        for a in sorted(cx.actors.values(), key=lambda a: (a.type, (a.name.en or "").lower()))
        if a.reviewed  # the glossary is the curated vocabulary's; discovered actors have their pages
    ]
    used_themes = {th.id for th in cx.used_themes()}
    themes = [
        GlossaryTheme(
            en=th.name.en or "",
            zh=th.name.zh or "",
            description=th.description.get(rc.lang) or "",
            link=rc.link(page_uri("theme", th.id)) if th.id in used_themes else None,
        )
        for th in cx.themes.values()
    ]
    return PageSpec(uri=rc.uri, template="pages/glossary.md.j2", context=GlossaryContext(actors=actors, themes=themes))


@dataclass(frozen=True, slots=True, kw_only=True)
class CoverageRow:
    title: str
    link: SafeMarkdown
    title_missing: bool  # no title in one of the languages
    translations: int  # events and claims lacking a translation
    records: int
    unresolved: int  # dates left unresolved


@dataclass(frozen=True, slots=True, kw_only=True)
class CoverageContext(PageContext):
    documents: list[CoverageRow]


def coverage_page(rc: RenderContext) -> PageSpec:
    """Per document: records lacking a translation, and dates left unresolved."""
    rc = rc.at(page_uri("coverage"))
    rows = []
    for record in rc.cx.records:
        missing = sum(1 for e in record.events if not (e.label.en and e.label.zh))
        missing += sum(1 for c in record.claims if not (c.text.en and c.text.zh))
        rows.append(
            CoverageRow(
                title=document_title(record, rc),
                link=rc.link(page_uri("document", record.id)),
                title_missing=not (record.title.en and record.title.zh),
                translations=missing,
                records=len(record.events) + len(record.claims),
                unresolved=sum(1 for d in record.dates if d.resolution == "unresolved"),
            )
        )
    return PageSpec(uri=rc.uri, template="pages/coverage.md.j2", context=CoverageContext(documents=rows))
