"""Information pages: data downloads, about/method, the bilingual glossary, and per-document coverage."""

from __future__ import annotations

from nea_site.errors import RenderError
from nea_site.model import Lang, MeasuredScores, PartialDate
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown
from nea_site.render.format import format_date
from nea_site.render.links import md_link, page_uri
from nea_site.render.manifest import MANIFEST_FILE
from nea_site.render.page_spec import PageSpec
from nea_site.render.rows import Labels, actor_uri, document_title
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


def data_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Links to the downloads written next to the page, and what each contains."""
    return PageSpec(
        uri=page_uri("data"),
        template="pages/data.md.j2",
        context={
            "files": [{"name": name, "link": SafeMarkdown(name), "what": t(key)} for name, key in DATA_FILES],
            "tables": [
                {
                    "name": SafeMarkdown(f"<code>{name}</code>"),
                    "columns": SafeMarkdown(", ".join(f"<code>{column}</code>" for column in columns)),
                    "what": t(f"data_table_{name}"),
                }
                for name, columns in schema()
            ],
        },
    )


def about_page(cx: CrossRef, lang: Lang, t: Labels, scores: MeasuredScores | None = None) -> PageSpec:
    """How records are made, their provenance, how far to trust them (the saved scores), and their limits."""
    context: dict[str, object] = {"scores": None}
    if scores is not None:
        measured = PartialDate.from_iso(scores.measured)
        context["scores"] = {
            "measured": t("about_trust_measured").format(
                documents=scores.documents, gold=scores.gold, date=format_date(measured, "day", lang)
            ),
            "rows": [{"label": _score_label(name, t), "value": _score_value(value)} for name, value in scores.totals],
        }
    return PageSpec(uri=page_uri("about"), template="pages/about.md.j2", context=context)


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


def glossary_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Every actor and theme of the vocabulary with both names; linked where the corpus names it."""
    uri = page_uri("glossary")
    used = {a.id for a in [*cx.countries(), *cx.named_actors()]}
    actors = [
        {
            "en": a.name.en or "",
            "zh": a.name.zh or "",
            "type": t(f"type_{a.type}"),
            "link": SafeMarkdown(md_link(uri, actor_uri(a))) if a.id in used else None,
        }
        for a in sorted(cx.actors.values(), key=lambda a: (a.type, (a.name.en or "").lower()))
        if a.reviewed  # the glossary is the curated vocabulary's; discovered actors have their pages
    ]
    used_themes = {th.id for th in cx.used_themes()}
    themes = [
        {
            "en": th.name.en or "",
            "zh": th.name.zh or "",
            "description": th.description.get(lang) or "",
            "link": SafeMarkdown(md_link(uri, page_uri("theme", th.id))) if th.id in used_themes else None,
        }
        for th in cx.themes.values()
    ]
    return PageSpec(uri=uri, template="pages/glossary.md.j2", context={"actors": actors, "themes": themes})


def coverage_page(cx: CrossRef, lang: Lang, t: Labels) -> PageSpec:
    """Per document: records lacking a translation, and dates left unresolved."""
    uri = page_uri("coverage")
    rows = []
    for record in cx.records:
        missing = sum(1 for e in record.events if not (e.label.en and e.label.zh))
        missing += sum(1 for c in record.claims if not (c.text.en and c.text.zh))
        rows.append(
            {
                "title": document_title(record, lang, t),
                "link": SafeMarkdown(md_link(uri, page_uri("document", record.id))),
                "title_missing": not (record.title.en and record.title.zh),
                "translations": missing,
                "records": len(record.events) + len(record.claims),
                "unresolved": sum(1 for d in record.dates if d.resolution == "unresolved"),
            }
        )
    return PageSpec(uri=uri, template="pages/coverage.md.j2", context={"documents": rows})
