"""Records -> the SQLite release of the data page (`nea-records.sqlite`), and the downloads' `manifest.json`.

The database holds the export's rows (the same documents, events, claims, actors and themes as
`nea-site export --json`), the documents' sections, paragraphs and actor mentions, and one link table per
many-to-many relation. FTS5 indexes paragraph text and quotes; Chinese text is indexed as a copy cut into words
by the project's segmenter (jieba) and joined with spaces (columns `words`, `quote_words`), because FTS5's
tokenizers read a run of Han characters as one token. Datasette finds the indexes by their `content=[table]`.

Built in memory, in sorted order, with no timestamp but the build's source date, then compacted by VACUUM and
serialised: the same records give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from nea_site.model import DocumentRecord
from nea_site.text.segment import Segmenter

SQLITE_FILE = "nea-records.sqlite"
MANIFEST_FILE = "manifest.json"
# Paragraph languages whose text FTS5 reads only once it is cut into words.
SEGMENTED_LANGS = frozenset({"zh", "zh-Hant"})
_WORD = re.compile(r"\w")  # a token holding a letter or digit: not punctuation, not white space


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, SQL type and constraints)
    constraints: tuple[str, ...] = ()

    def sql(self) -> str:
        parts = [f"{name} {kind}".rstrip() for name, kind in self.columns] + list(self.constraints)
        # A table keyed by several columns is stored as its key's b-tree, not as rows plus an index of the key.
        compact = any(c.startswith("PRIMARY KEY (") for c in self.constraints)
        return f"CREATE TABLE {self.name} (\n  " + ",\n  ".join(parts) + "\n)" + (" WITHOUT ROWID" if compact else "")


_URLS = (("url_en", "TEXT"), ("url_zh", "TEXT"))
TABLES: tuple[Table, ...] = (
    Table("meta", (("key", "TEXT PRIMARY KEY"), ("value", "TEXT"))),
    Table(
        "documents",
        (
            ("id", "TEXT PRIMARY KEY"),
            ("source", "TEXT NOT NULL"),
            ("title_en", "TEXT"),
            ("title_zh", "TEXT"),
            ("authors", "TEXT"),  # JSON array, in the order written
            ("published", "TEXT"),
            ("language", "TEXT"),
            ("outlet", "TEXT"),
            ("original_name", "TEXT"),
            *_URLS,
        ),
    ),
    Table(
        "sections",
        (
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("id", "TEXT NOT NULL"),
            ("number", "TEXT"),
            ("title", "TEXT"),
            ("level", "INTEGER"),
            ("parent", "TEXT"),
        ),
        ("PRIMARY KEY (document_id, id)",),
    ),
    Table(
        "paragraphs",
        (
            ("id", "INTEGER PRIMARY KEY"),
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("paragraph", "INTEGER NOT NULL"),
            ("anchor", "TEXT"),
            ("section_id", "TEXT"),
            ("language", "TEXT"),
            ("text", "TEXT"),
            ("words", "TEXT"),  # Chinese text cut into words, joined by spaces (for full-text search)
            *_URLS,
        ),
        ("UNIQUE (document_id, paragraph)",),
    ),
    Table(
        "events",
        (
            ("id", "TEXT NOT NULL"),  # not unique: a sentence repeated in a document repeats its records' ids
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("paragraph", "INTEGER"),
            ("date", "TEXT"),
            ("date_end", "TEXT"),
            ("precision", "TEXT"),
            ("resolution", "TEXT"),
            ("label_en", "TEXT"),
            ("label_zh", "TEXT"),
            ("quote", "TEXT"),
            ("quote_words", "TEXT"),
            *_URLS,
        ),
    ),
    Table(
        "claims",
        (
            ("id", "TEXT NOT NULL"),  # not unique: a sentence repeated in a document repeats its records' ids
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("paragraph", "INTEGER"),
            ("kind", "TEXT"),
            ("quote", "TEXT"),
            ("quote_words", "TEXT"),
            ("text_en", "TEXT"),
            ("text_zh", "TEXT"),
            ("dates", "TEXT"),  # JSON array of ISO dates
            *_URLS,
        ),
    ),
    Table(
        "claim_numbers",
        (
            ("claim_id", "TEXT NOT NULL"),
            ("position", "INTEGER NOT NULL"),
            ("text", "TEXT"),
            ("value", "REAL"),
            ("unit", "TEXT"),
            ("year", "INTEGER"),
        ),
    ),
    Table(
        "actors",
        (
            ("id", "TEXT PRIMARY KEY"),
            ("type", "TEXT"),
            ("name_en", "TEXT"),
            ("name_zh", "TEXT"),
            ("iso", "TEXT"),
            ("aliases_en", "TEXT"),  # JSON arrays
            ("aliases_zh", "TEXT"),
            ("aliases_other", "TEXT"),
            *_URLS,
        ),
    ),
    Table(
        "themes",
        (
            ("id", "TEXT PRIMARY KEY"),
            ("name_en", "TEXT"),
            ("name_zh", "TEXT"),
            ("description_en", "TEXT"),
            ("description_zh", "TEXT"),
            *_URLS,
        ),
    ),
    Table(
        "mentions",
        (
            ("id", "INTEGER PRIMARY KEY"),
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("paragraph", "INTEGER"),  # 0 for a name in a section heading (then section_id is set)
            ("offset", "INTEGER"),
            ("actor_id", "TEXT NOT NULL REFERENCES actors(id)"),
            ("surface", "TEXT"),
            ("nested", "INTEGER"),
            ("section_id", "TEXT"),
        ),
    ),
    *(
        Table(
            f"{left}_{right}s",
            (
                (f"{left}_id", "TEXT NOT NULL"),
                ("position", "INTEGER NOT NULL"),
                (f"{right}_id", f"TEXT NOT NULL REFERENCES {right}s(id)"),
            ),
        )
        for left in ("event", "claim")
        for right in ("actor", "theme")
    ),
    Table(
        "document_actors",
        (
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("actor_id", "TEXT NOT NULL REFERENCES actors(id)"),
            ("mentions", "INTEGER"),
        ),
        ("PRIMARY KEY (document_id, actor_id)",),
    ),
    Table(
        "document_themes",
        (
            ("document_id", "TEXT NOT NULL REFERENCES documents(id)"),
            ("theme_id", "TEXT NOT NULL REFERENCES themes(id)"),
            ("weight", "REAL"),
            ("paragraphs", "TEXT"),  # JSON array of paragraph numbers
        ),
        ("PRIMARY KEY (document_id, theme_id)",),
    ),
)
# FTS5 indexes: (index, content table, indexed columns). External content: the text is stored once, in the table.
FTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("paragraphs_fts", "paragraphs", ("text", "words")),
    ("events_fts", "events", ("quote", "quote_words", "label_en")),
    ("claims_fts", "claims", ("quote", "quote_words", "text_en")),
)
INDEXES = (
    "CREATE INDEX events_id ON events(id)",
    "CREATE INDEX claims_id ON claims(id)",
    "CREATE INDEX claim_numbers_claim ON claim_numbers(claim_id)",
    "CREATE INDEX event_actors_event ON event_actors(event_id)",
    "CREATE INDEX event_themes_event ON event_themes(event_id)",
    "CREATE INDEX claim_actors_claim ON claim_actors(claim_id)",
    "CREATE INDEX claim_themes_claim ON claim_themes(claim_id)",
    "CREATE INDEX mentions_actor ON mentions(actor_id)",
    "CREATE INDEX events_document ON events(document_id)",
    "CREATE INDEX claims_document ON claims(document_id)",
    "CREATE INDEX event_actors_actor ON event_actors(actor_id)",
    "CREATE INDEX claim_actors_actor ON claim_actors(actor_id)",
    "CREATE INDEX event_themes_theme ON event_themes(theme_id)",
    "CREATE INDEX claim_themes_theme ON claim_themes(theme_id)",
)


def schema() -> list[tuple[str, list[str]]]:
    """(table, column names) of every table a reader queries, in the database's order (for the data page)."""
    return [(t.name, [c for c, _ in t.columns]) for t in TABLES] + [(name, list(columns)) for name, _, columns in FTS]


def words(text: str, segmenter: Segmenter) -> str:
    """Chinese text as the words jieba cuts for search, joined by single spaces (what FTS5 indexes word by word).

    A compound is followed by the shorter words inside it, so a search for one of them finds it; punctuation is
    left out (FTS5 would skip it anyway).
    """
    return " ".join(w for w in segmenter.cut_for_search(text) if _WORD.search(w))


def build_database(
    stored: Sequence[DocumentRecord],
    export: Mapping[str, Any],
    segmenter: Segmenter,
    meta: Mapping[str, str],
) -> bytes:
    """The database file's bytes: the export's rows and the records' paragraphs, mentions and links."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("PRAGMA page_size = 4096")
        db.execute(f"PRAGMA user_version = {int(meta.get('record_schema_version', '0'))}")
        with db:
            for table in TABLES:
                db.execute(table.sql())
            for name, content, columns in FTS:
                rowid = "id" if content == "paragraphs" else "rowid"
                db.execute(
                    f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, content=[{content}], "
                    f"content_rowid={rowid}, tokenize='porter unicode61 remove_diacritics 2')"
                )
            _insert_rows(db, stored, export, segmenter, meta)
            for statement in INDEXES:
                db.execute(statement)
            for name, _, _ in FTS:
                db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
                db.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")
        db.execute("VACUUM")
        return db.serialize()
    finally:
        db.close()


def _insert_rows(
    db: sqlite3.Connection,
    stored: Sequence[DocumentRecord],
    export: Mapping[str, Any],
    segmenter: Segmenter,
    meta: Mapping[str, str],
) -> None:
    records = sorted(stored, key=lambda r: r.id)
    by_source = {r.source: r for r in records}
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
    rows: list[tuple[Any, ...]] = []
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
                    words(p.text, segmenter) if p.lang in SEGMENTED_LANGS else None,
                    urls["en"] + f"#{p.anchor}",
                    urls["zh"] + f"#{p.anchor}",
                )
            )
    _insert(db, "paragraphs", rows)

    def quote_words(item: Mapping[str, Any]) -> str | None:
        lang = paragraph_langs.get((item["source"], item["paragraph"]))
        return words(item["quote"], segmenter) if lang in SEGMENTED_LANGS else None

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
    for kind, items in (("event", events), ("claim", claims)):
        for right in ("actor", "theme"):
            _insert(
                db,
                f"{kind}_{right}s",
                ((item["id"], i, ref) for item in items for i, ref in enumerate(item[f"{right}s"], 1)),
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


def _insert(db: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]]) -> None:
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _id(item: Any) -> str:
    return str(item.id)


def _key_id(item: Mapping[str, Any]) -> str:
    return str(item["id"])


def _record_order(item: Mapping[str, Any]) -> tuple[str, str, int, str]:
    return (str(item["id"]), str(item["source"]), int(item["paragraph"]), str(item["quote"]))


def _json(value: Any) -> str:
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


def manifest(files: Mapping[str, bytes], counts: Mapping[str, int], meta: Mapping[str, str]) -> str:
    """`manifest.json`: build date, record schema version, row counts, and size and SHA-256 of every download."""
    data: dict[str, Any] = {k: int(v) if k == "record_schema_version" else v for k, v in sorted(meta.items())}
    data["counts"] = dict(counts)
    data["files"] = [
        {"name": name, "bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        for name, content in sorted(files.items())
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
