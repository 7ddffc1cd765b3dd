"""Records -> the SQLite release of the data page (`nea-records.sqlite`): the rows of every table.

The database holds the export's rows (the same documents, events, claims, actors and themes as
`nea-site export --json`), the documents' sections, paragraphs and actor mentions, and one link table per
many-to-many relation. The tables are declared in sqlite_schema, the full-text indexes in sqlite_fts, the
downloads' manifest in manifest.

Built in memory, in sorted order, with no timestamp but the build's source date, then compacted by VACUUM and
serialised: the same records give the same bytes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from nea_site.model import DocumentRecord, Section
from nea_site.render.export_shape import ActorJson, ClaimJson, EventJson, Export, ThemeJson
from nea_site.render.sqlite_fts import SEGMENTED_LANGS, KeptWords, create_fts, fill_fts, words
from nea_site.render.sqlite_schema import INDEXES, TABLES
from nea_site.text.segment import Segmenter

SQLITE_FILE = "nea-records.sqlite"


def build_database(
    stored: Sequence[DocumentRecord],
    export: Export,
    segmenter: Segmenter | KeptWords,
    meta: Mapping[str, str],
) -> bytes:
    """The database file's bytes: the export's rows and the records' paragraphs, mentions and links.

    `segmenter` cuts Chinese text for the full-text index; a `KeptWords` cuts only the texts it has not kept.
    """
    db = sqlite3.connect(":memory:")
    try:
        db.execute("PRAGMA page_size = 4096")
        db.execute(f"PRAGMA user_version = {int(meta.get('record_schema_version', '0'))}")
        with db:
            for table in TABLES:
                db.execute(table.sql())
            create_fts(db)
            _insert_rows(db, stored, export, segmenter, meta)
            for statement in INDEXES:
                db.execute(statement)
            fill_fts(db)
        db.execute("VACUUM")
        return db.serialize()
    finally:
        db.close()


def _insert_rows(
    db: sqlite3.Connection,
    stored: Sequence[DocumentRecord],
    export: Export,
    segmenter: Segmenter | KeptWords,
    meta: Mapping[str, str],
) -> None:
    records = sorted(stored, key=lambda r: r.id)
    by_source = {r.source: r for r in records}

    def cut(text: str) -> str:
        return segmenter(text) if isinstance(segmenter, KeptWords) else words(text, segmenter)

    doc_urls = {d["id"]: d["url"] for d in export["documents"]}
    _insert(db, "meta", sorted(meta.items()))
    _insert(
        db,
        "documents",
        (
            (
                d["id"],
                d["source"],
                d["title"]["en"],
                d["title"]["zh"],
                _json(d["authors"]),
                d["published"],
                d["language"],
                by_source[d["source"]].meta.outlet,
                d.get("original_name"),
                d["url"]["en"],
                d["url"]["zh"],
            )
            for d in export["documents"]
        ),
    )
    _insert(
        db,
        "sections",
        ((r.id, s.id, s.number, s.title, s.level, s.parent) for r in records for s in sorted(r.sections, key=_id)),
    )
    paragraph_langs: dict[tuple[str, int], str] = {}
    rows: list[tuple[object, ...]] = []
    for r in records:
        for p in r.paragraphs:
            paragraph_langs[(r.source, p.index)] = p.lang
            urls = doc_urls[r.id]
            rows.append(
                (
                    len(rows) + 1,
                    r.id,
                    p.index,
                    p.anchor,
                    p.section_id,
                    p.lang,
                    p.text,
                    cut(p.text) if p.lang in SEGMENTED_LANGS else None,
                    urls["en"] + f"#{p.anchor}",
                    urls["zh"] + f"#{p.anchor}",
                    p.kind,
                    _json(list(p.cells)) if p.cells else None,
                )
            )
    _insert(db, "paragraphs", rows)

    def quote_words(item: EventJson | ClaimJson) -> str | None:
        lang = paragraph_langs.get((item["source"], item["paragraph"]))
        return cut(item["quote"]) if lang in SEGMENTED_LANGS else None

    doc_ids = {r.source: r.id for r in records}
    events = sorted(export["events"], key=_record_order)
    claims = sorted(export["claims"], key=_record_order)
    _insert(
        db,
        "events",
        (
            (
                e["id"],
                doc_ids[e["source"]],
                e["paragraph"],
                e["date"],
                e["date_end"],
                e["precision"],
                e["resolution"],
                e["label"]["en"],
                e["label"]["zh"],
                e["quote"],
                quote_words(e),
                e["url"]["en"],
                e["url"]["zh"],
            )
            for e in events
        ),
    )
    _insert(
        db,
        "claims",
        (
            (
                c["id"],
                doc_ids[c["source"]],
                c["paragraph"],
                c["kind"],
                c["quote"],
                quote_words(c),
                c["text"]["en"],
                c["text"]["zh"],
                _json(c["dates"]),
                c["url"]["en"],
                c["url"]["zh"],
            )
            for c in claims
        ),
    )
    _insert(
        db,
        "claim_numbers",
        (
            (c["id"], i, n["text"], n["value"], n["unit"], n["year"])
            for c in claims
            for i, n in enumerate(c["numbers"], 1)
        ),
    )
    _insert(
        db,
        "actors",
        (
            (
                a["id"],
                a["type"],
                a["name"]["en"],
                a["name"]["zh"],
                a["iso"],
                _json(a["aliases"]["en"]),
                _json(a["aliases"]["zh"]),
                _json(a["aliases"]["other"]),
                a["url"]["en"],
                a["url"]["zh"],
            )
            for a in sorted(export["actors"], key=_key_id)
        ),
    )
    _insert(
        db,
        "themes",
        (
            (
                t["id"],
                t["name"]["en"],
                t["name"]["zh"],
                t["description"]["en"],
                t["description"]["zh"],
                t["url"]["en"],
                t["url"]["zh"],
            )
            for t in sorted(export["themes"], key=_key_id)
        ),
    )
    mentions = sorted(
        (
            (r.id, m.paragraph, m.offset, m.actor, m.surface, int(m.nested), m.section)
            for r in records
            for m in r.mentions
        ),
        key=lambda row: (row[0], row[1], row[6] or "", row[2], row[3], row[4]),
    )
    _insert(db, "mentions", ((i, *row) for i, row in enumerate(mentions, 1)))
    items: list[EventJson] | list[ClaimJson]
    for kind, items in (("event", events), ("claim", claims)):
        _insert(
            db, f"{kind}_actors", ((item["id"], i, ref) for item in items for i, ref in enumerate(item["actors"], 1))
        )
        _insert(
            db, f"{kind}_themes", ((item["id"], i, ref) for item in items for i, ref in enumerate(item["themes"], 1))
        )
    counted: dict[tuple[str, str], int] = {}
    for r in records:
        for m in r.mentions:
            counted[(r.id, m.actor)] = counted.get((r.id, m.actor), 0) + 1
    _insert(db, "document_actors", ((d, a, n) for (d, a), n in sorted(counted.items())))
    _insert(
        db,
        "document_themes",
        (
            (r.id, w.theme, w.weight, _json(list(w.paragraphs)))
            for r in records
            for w in sorted(r.themes, key=lambda w: w.theme)
        ),
    )


def _insert(db: sqlite3.Connection, table: str, rows: Iterable[Sequence[object]]) -> None:
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _id(item: Section) -> str:
    return item.id


def _key_id(item: ActorJson | ThemeJson) -> str:
    return item["id"]


def _record_order(item: EventJson | ClaimJson) -> tuple[str, str, int, str]:
    return (item["id"], item["source"], item["paragraph"], item["quote"])


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def table_counts(database: bytes) -> dict[str, int]:
    """Rows per table of a database file's bytes (the manifest's counts), FTS indexes and their shadows left out."""
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(database)
        names = [t.name for t in TABLES if t.name != "meta"]
        return {name: int(db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in names}
    finally:
        db.close()
