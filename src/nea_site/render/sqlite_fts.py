"""Full-text search in the SQLite release: FTS5 indexes over paragraph text and quotes.

Chinese text is indexed as a copy cut into words by the project's segmenter (jieba) and joined with spaces
(columns `words`, `quote_words`), because FTS5's tokenizers read a run of Han characters as one token. Datasette
finds the indexes by their `content=[table]`.
"""

from __future__ import annotations

import re
import sqlite3

from nea_site.text.segment import Segmenter

# Paragraph languages whose text FTS5 reads only once it is cut into words.
SEGMENTED_LANGS = frozenset({"zh", "zh-Hant"})
_WORD = re.compile(r"\w")  # a token holding a letter or digit: not punctuation, not white space
# FTS5 indexes: (index, content table, indexed columns). External content: the text is stored once, in the table.
FTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("paragraphs_fts", "paragraphs", ("text", "words")),
    ("events_fts", "events", ("quote", "quote_words", "label_en")),
    ("claims_fts", "claims", ("quote", "quote_words", "text_en")),
)


def words(text: str, segmenter: Segmenter) -> str:
    """Chinese text as the words jieba cuts for search, joined by single spaces (what FTS5 indexes word by word).

    A compound is followed by the shorter words inside it, so a search for one of them finds it; punctuation is
    left out (FTS5 would skip it anyway).
    """
    return " ".join(w for w in segmenter.cut_for_search(text) if _WORD.search(w))


def create_fts(db: sqlite3.Connection) -> None:
    """The FTS5 indexes, empty: external content, so the text is stored once, in its table."""
    for name, content, columns in FTS:
        rowid = "id" if content == "paragraphs" else "rowid"
        db.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, content=[{content}], "
            f"content_rowid={rowid}, tokenize='porter unicode61 remove_diacritics 2')"
        )


def fill_fts(db: sqlite3.Connection) -> None:
    """Index the rows now in the content tables, then merge each index's segments into one."""
    for name, _, _ in FTS:
        db.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
        db.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")
