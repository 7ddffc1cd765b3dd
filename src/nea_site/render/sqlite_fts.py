"""Full-text search in the SQLite release: FTS5 indexes over paragraph text and quotes.

Chinese text is indexed as a copy cut into words by the project's segmenter (jieba) and joined with spaces
(columns `words`, `quote_words`), because FTS5's tokenizers read a run of Han characters as one token. Datasette
finds the indexes by their `content=[table]`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from pathlib import Path

from nea_site.text import segment
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


class KeptWords:
    """`words` of each text, kept across builds in `<folder>/words.<version>.json`: an add cuts only its new texts.

    The version names what the words are made from: the segmenter's user dictionary (the search words), this
    module's and the segmenter module's code, and jieba's version. Entries no text of this build used are dropped
    when it saves; files of other versions are deleted.
    """

    def __init__(self, segmenter: Segmenter, folder: Path | None, user_words: str) -> None:
        self.segmenter = segmenter
        self.folder = folder
        self.path: Path | None = None
        self._known: dict[str, str] = {}
        self._used: dict[str, str] = {}
        if folder is None:
            return
        version = hashlib.sha256(user_words.encode("utf-8"))
        for source in (__file__, segment.__file__):
            version.update(Path(source).read_bytes())
        version.update(_jieba_version().encode("utf-8"))
        self.path = folder / f"words.{version.hexdigest()[:16]}.json"
        try:
            known = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        self._known = known if isinstance(known, dict) else {}

    def __call__(self, text: str) -> str:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        found = self._known.get(key)
        if not isinstance(found, str):
            found = words(text, self.segmenter)
        self._used[key] = found
        return found

    def save(self) -> None:
        if self.folder is None or self.path is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(json.dumps(self._used, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
        for other in self.folder.glob("words.*.json"):
            if other != self.path:
                other.unlink(missing_ok=True)


def _jieba_version() -> str:
    try:
        import jieba  # noqa: PLC0415 - only for its version

        return str(getattr(jieba, "__version__", ""))
    except ImportError:
        return ""


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
