"""The SQLite release's tables: columns, keys and indexes (`nea-records.sqlite`; rows are written by sqlite_release).

One table per kind of record (documents, sections, paragraphs, events, claims, actors, themes, mentions) and one
link table per many-to-many relation; the data page lists them through `schema()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from nea_site.render.sqlite_fts import FTS


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
            ("kind", "TEXT"),  # text, list_item, table_row or table_header
            ("cells", "TEXT"),  # a table row's cells, a JSON list (else NULL)
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
