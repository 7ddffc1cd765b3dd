"""Records -> the export object (`nea-site export --json`) and the downloadable data files of the site."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

from nea_site.group import EventGroup, StatisticGroup, collect_event_groups, find_statistic_groups
from nea_site.model import LANGS, Actor, Claim, DocumentRecord, Event, Vocabulary, merge_discovered
from nea_site.render.export_shape import (
    ActorJson,
    ClaimJson,
    DocumentJson,
    EventGroupJson,
    EventJson,
    Export,
    StatisticGroupJson,
    ThemeDocumentJson,
    ThemeJson,
)
from nea_site.render.links import built_url, site_url
from nea_site.render.placement import Placement, place_records

# The shape of the downloads' records (JSON, CSV, SQLite), in manifest.json and the database's user_version:
# raised when a field is removed or changes meaning (a field added keeps it).
RECORD_SCHEMA_VERSION = 2


def build_export(stored: list[DocumentRecord], vocabulary: Vocabulary) -> Export:
    """All records as one JSON-ready object: documents, events, claims, actors, themes, groups, pages."""
    stored = sorted(stored, key=lambda r: r.id)
    event_groups = collect_event_groups(stored)
    placement = place_records(stored, event_groups)
    actors = {a.id: a for a in _every_actor(vocabulary, stored)}
    return {
        "documents": [_document(r) for r in stored],
        "events": [_event(e, r, placement) for r in stored for e in r.events],
        "claims": [_claim(c, r, placement) for r in stored for c in r.claims],
        "actors": _actors(vocabulary, stored),
        "themes": _themes(vocabulary, stored),
        # Happenings that several documents report (nea_site.group): one entry per group of events.
        "event_groups": [_event_group(g) for g in event_groups],
        # Figures that several documents give for one measure, year and set of countries: differing ones first.
        "statistic_groups": [_statistic_group(g) for g in find_statistic_groups(stored, actors)],
        "pages": {
            kind: {lang: site_url(kind, lang) for lang in LANGS}
            for kind in ("home", "timeline", "themes", "countries", "actors", "documents", "data", "compare")
        },
    }


def dump_json(data: Export, *, compact: bool = False) -> str:
    """Stable JSON text for an export: indented for people, or compact for the site's download.

    Compact is ~30% smaller and written by json's C encoder, which the standard library uses only without indent.
    """
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _document(r: DocumentRecord) -> DocumentJson:
    out: DocumentJson = {
        "id": r.id,
        "source": r.source,
        "title": {"en": r.title.en, "zh": r.title.zh},
        "authors": list(r.meta.authors),
        "published": r.meta.published,
        "language": r.lang,
        "url": {lang: site_url("document", lang, r.id) for lang in LANGS},
    }
    if r.original_name:
        out["original_name"] = r.original_name
    return out


def _event(event: Event, record: DocumentRecord, placement: Placement) -> EventJson:
    return {
        "id": event.id,
        "source": record.source,
        "date": event.date.iso(),
        "date_end": event.date_end.iso() if event.date_end else None,
        "precision": event.precision,
        "resolution": event.resolution,
        "scheduled": event.scheduled,
        "actors": list(event.actors),
        "themes": list(event.themes),
        "quote": event.evidence.quote,
        "paragraph": event.evidence.paragraph,
        "paragraph_kind": _paragraph_kind(record, event.evidence.paragraph),
        "label": {"en": event.label.en, "zh": event.label.zh},
        "url": {lang: built_url(placement.event_uri[event.id], lang) + f"#{event.id}" for lang in LANGS},
    }


def _paragraph_kind(record: DocumentRecord, index: int) -> str:
    """What the quoted paragraph is ("text", "list_item", "table_row", "table_header"): a row's quote is its cells."""
    return record.paragraphs[index - 1].kind if 0 < index <= len(record.paragraphs) else "text"


def _event_group(group: EventGroup) -> EventGroupJson:
    return {
        "id": group.id,
        "date": group.date.iso(),
        "precision": group.date.precision,
        "events": [e.id for e, _ in group.members],
        "sources": [r.source for _, r in group.members],
        "reason": group.reason,
    }


def _statistic_group(group: StatisticGroup) -> StatisticGroupJson:
    return {
        "id": group.id,
        "measure": group.measure,
        "year": group.year,
        "unit": group.unit,
        "actors": list(group.actors),
        "values": [
            {"claim": f.claim.id, "value": f.value, "text": f.quantity.text, "source": f.record.source}
            for f in group.figures
        ],
        "agree": group.agree,
        "spread": group.spread,
    }


def _claim(claim: Claim, record: DocumentRecord, placement: Placement) -> ClaimJson:
    return {
        "id": claim.id,
        "source": record.source,
        "kind": claim.kind,
        "quote": claim.evidence.quote,
        "paragraph": claim.evidence.paragraph,
        "paragraph_kind": _paragraph_kind(record, claim.evidence.paragraph),
        "text": {"en": claim.text.en, "zh": claim.text.zh},
        "actors": list(claim.actors),
        "themes": list(claim.themes),
        "dates": list(claim.dates),
        "numbers": [{"text": q.text, "value": q.value, "unit": q.unit, "year": q.year} for q in claim.numbers],
        "url": {lang: built_url(placement.claim_uri[claim.id], lang) + f"#{claim.id}" for lang in LANGS},
    }


def _actors(vocabulary: Vocabulary, stored: list[DocumentRecord]) -> list[ActorJson]:
    documents: dict[str, list[str]] = {}
    for record in stored:
        for actor_id in sorted({m.actor for m in record.mentions}):
            documents.setdefault(actor_id, []).append(record.source)
    return [
        {
            "id": actor.id,
            "type": actor.type,
            "name": {"en": actor.name.en, "zh": actor.name.zh},
            "aliases": {"en": list(actor.aliases.en), "zh": list(actor.aliases.zh), "other": list(actor.aliases.other)},
            "iso": actor.iso,
            # Discovered actors (found in a text by a naming rule) are not reviewed; found_by names the rule.
            "reviewed": actor.reviewed,
            "found_by": actor.found_by,
            "documents": documents.get(actor.id, []),
            "url": {
                lang: site_url("country" if actor.type == "country" else "actor", lang, actor.id)
                if actor.id in documents
                else None
                for lang in LANGS
            },
        }
        for actor in _every_actor(vocabulary, stored)
    ]


def _every_actor(vocabulary: Vocabulary, stored: list[DocumentRecord]) -> list[Actor]:
    """The vocabulary's actors and those discovered in the documents, by id (a vocabulary id wins)."""
    known = {a.id: a for a in vocabulary.actors}
    found = merge_discovered(r.discovered for r in stored)
    return sorted([*known.values(), *(a for i, a in found.items() if i not in known)], key=lambda a: a.id)


def _themes(vocabulary: Vocabulary, stored: list[DocumentRecord]) -> list[ThemeJson]:
    weights: dict[str, list[ThemeDocumentJson]] = {}
    for record in stored:
        for weight in record.themes:
            weights.setdefault(weight.theme, []).append({"source": record.source, "weight": weight.weight})
    return [
        {
            "id": theme.id,
            "name": {"en": theme.name.en, "zh": theme.name.zh},
            "description": {"en": theme.description.en, "zh": theme.description.zh},
            "documents": sorted(weights.get(theme.id, []), key=lambda d: (-d["weight"], d["source"])),
            "url": {lang: site_url("theme", lang, theme.id) if theme.id in weights else None for lang in LANGS},
        }
        for theme in sorted(vocabulary.themes, key=lambda t: t.id)
    ]


def _csv(rows: Sequence[Mapping[str, object]], fieldnames: tuple[str, ...] = ()) -> str:
    if not rows and not fieldnames:
        return ""
    out = io.StringIO()
    # Every key of every row, in first-seen order: an optional key ("original_name") may be missing from the first.
    keys = list(dict.fromkeys(key for row in rows for key in row)) if rows else list(fieldnames)
    writer = csv.DictWriter(out, fieldnames=keys, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def data_files(export: Export) -> dict[str, str]:
    """File name -> text of every download: one JSON of everything, and a CSV per record type."""
    files = {"nea-records.json": dump_json(export, compact=True)}
    files["nea-documents.csv"] = _csv(export["documents"])
    files["nea-events.csv"] = _csv(export["events"])
    files["nea-claims.csv"] = _csv(export["claims"])
    files["nea-actors.csv"] = _csv(export["actors"])
    files["nea-themes.csv"] = _csv(export["themes"])
    files["nea-event-groups.csv"] = _csv(export["event_groups"], EVENT_GROUP_FIELDS)
    # One row per value of a statistic group: the group's fields repeated, then the value's.
    values = [
        {**{k: v for k, v in g.items() if k != "values"}, **value}
        for g in export["statistic_groups"]
        for value in g["values"]
    ]
    files["nea-statistic-groups.csv"] = _csv(values, STATISTIC_GROUP_FIELDS)
    return files


EVENT_GROUP_FIELDS = ("id", "date", "precision", "events", "sources", "reason")
STATISTIC_GROUP_FIELDS = (
    "id",
    "measure",
    "year",
    "unit",
    "actors",
    "agree",
    "spread",
    "claim",
    "value",
    "text",
    "source",
)
