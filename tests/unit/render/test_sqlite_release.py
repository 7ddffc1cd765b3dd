"""The SQLite release and manifest.json of the data page, written from the seed records."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from nea_site import curation, extract
from nea_site.model import DocumentRecord, Vocabulary
from nea_site.pipeline import BuildSettings, produce_records
from nea_site.render import build_export, render_site, sqlite_fts, write_data_files
from nea_site.render.export import RECORD_SCHEMA_VERSION
from nea_site.render.labels import load_labels
from nea_site.render.manifest import MANIFEST_FILE
from nea_site.render.sqlite_fts import FTS, words
from nea_site.render.sqlite_release import SQLITE_FILE, build_database
from nea_site.render.sqlite_schema import TABLES, schema
from nea_site.text.segment import make_segmenter

BUILD_DATE = "2001-02-03T04:05:06Z"


class Seeds:
    def __init__(self, project: Path, build_dir: Path) -> None:
        self.records: list[DocumentRecord] = produce_records(BuildSettings(project_dir=project)).records
        self.vocabulary: Vocabulary = curation.read_vocabulary(project / "corpus" / "curated")
        self.search_words = extract.search_dictionary(self.vocabulary)
        self.export: dict[str, Any] = build_export(self.records, self.vocabulary)
        write_data_files(
            self.records, self.vocabulary, build_dir, search_words=self.search_words, build_date=BUILD_DATE
        )
        self.build_dir = build_dir

    def data_dir(self, lang: str) -> Path:
        return self.build_dir / "docs" / lang / "data"


@pytest.fixture(scope="module")
def seeds(seed_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    return Seeds(seed_project, tmp_path_factory.mktemp("sqlite-release"))


@pytest.fixture
def db(seeds: Seeds) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")  # a copy of the file's bytes: checks cannot touch the download
    connection.deserialize((seeds.data_dir("en") / SQLITE_FILE).read_bytes())
    yield connection
    connection.close()


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _search(db: sqlite3.Connection, query: str) -> set[tuple[str, int]]:
    sql = (
        "SELECT p.document_id, p.paragraph FROM paragraphs_fts JOIN paragraphs AS p ON p.id = paragraphs_fts.rowid "
        "WHERE paragraphs_fts MATCH ?"
    )
    return {(doc, paragraph) for doc, paragraph in db.execute(sql, (query,))}


def test_the_file_opens_and_its_indexes_agree_with_their_tables(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA user_version").fetchone()[0] == RECORD_SCHEMA_VERSION
    for name, _, _ in FTS:  # fails when a row id moved under an index (VACUUM renumbering rowids)
        db.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {name for name, _ in schema()} <= names
    assert dict(db.execute("SELECT key, value FROM meta")) == {
        "build_date": BUILD_DATE,
        "record_schema_version": str(RECORD_SCHEMA_VERSION),
        "vocabulary_version": curation.read_vocabulary(REPO / "corpus" / "curated").version,
    }


def test_row_counts_equal_the_exports(seeds: Seeds, db: sqlite3.Connection) -> None:
    export = seeds.export
    for kind in ("documents", "events", "claims", "actors", "themes"):
        assert _count(db, kind) == len(export[kind]) > 0, kind
    for kind in ("event", "claim"):
        for link in ("actors", "themes"):
            assert _count(db, f"{kind}_{link}") == sum(len(item[link]) for item in export[f"{kind}s"]), (kind, link)
    assert _count(db, "claim_numbers") == sum(len(c["numbers"]) for c in export["claims"])
    assert _count(db, "paragraphs") == sum(len(r.paragraphs) for r in seeds.records)
    assert _count(db, "mentions") == sum(len(r.mentions) for r in seeds.records)
    assert _count(db, "document_themes") == sum(len(r.themes) for r in seeds.records)
    pairs = sum(len(a["documents"]) for a in export["actors"])  # an actor's documents are those naming it
    assert _count(db, "document_actors") == pairs
    assert [row[0] for row in db.execute("SELECT id FROM events ORDER BY rowid")] == sorted(
        e["id"] for e in export["events"]
    )


def test_rows_carry_the_exports_values(seeds: Seeds, db: sqlite3.Connection) -> None:
    event = seeds.export["events"][0]
    row = db.execute(
        "SELECT quote, paragraph, date, url_en, url_zh FROM events WHERE id = ?", (event["id"],)
    ).fetchone()
    assert row == (event["quote"], event["paragraph"], event["date"], event["url"]["en"], event["url"]["zh"])
    links = [
        r[0]
        for r in db.execute("SELECT actor_id FROM event_actors WHERE event_id = ? ORDER BY position", (event["id"],))
    ]
    assert links == event["actors"]
    document = seeds.export["documents"][0]
    authors = db.execute("SELECT authors FROM documents WHERE id = ?", (document["id"],)).fetchone()[0]
    assert json.loads(authors) == document["authors"]


def _containing(seeds: Seeds, pattern: str) -> set[tuple[str, int]]:
    found = re.compile(pattern, re.IGNORECASE)
    return {(r.id, p.index) for r in seeds.records for p in r.paragraphs if found.search(p.text)}


@pytest.mark.parametrize("term", ["合作", "经济"])
def test_a_chinese_word_finds_the_paragraphs_that_hold_it(seeds: Seeds, db: sqlite3.Connection, term: str) -> None:
    expected = _containing(seeds, term)
    assert len(expected) >= 5, "the seeds should hold the term in several paragraphs"
    assert _search(db, term) == expected


def test_an_english_word_finds_its_paragraphs_in_any_form(seeds: Seeds, db: sqlite3.Connection) -> None:
    expected = _containing(seeds, r"\btrade(s|d)?\b")
    assert expected
    assert _search(db, "trade") == expected
    assert _search(db, "trades") == expected  # stemmed: a plural query finds the singular


def test_quotes_are_searchable_in_both_scripts(seeds: Seeds, db: sqlite3.Connection) -> None:
    sql = "SELECT e.id FROM events_fts JOIN events AS e ON e.rowid = events_fts.rowid WHERE events_fts MATCH ?"
    for term in ("合作", "cooperation"):
        found = {row[0] for row in db.execute(sql, (term,))}
        expected = {e["id"] for e in seeds.export["events"] if term in e["quote"].lower()}
        assert expected and expected <= found, term


def test_chinese_words_column_holds_words_a_compound_and_its_parts() -> None:
    segmenter = make_segmenter([])
    text = "两国经济合作，稳步推进。"  # invented
    cut = words(text, segmenter).split(" ")
    assert "，" not in cut and "。" not in cut
    assert {"经济", "合作"} <= set(cut)
    assert "".join(segmenter.cut(text)) == text


def test_manifest_lists_every_download_with_its_checksum(seeds: Seeds) -> None:
    for lang in ("en", "zh"):
        folder = seeds.data_dir(lang)
        manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        assert manifest["build_date"] == BUILD_DATE
        assert manifest["record_schema_version"] == RECORD_SCHEMA_VERSION
        on_disk = sorted(p.name for p in folder.iterdir() if p.name != MANIFEST_FILE)
        assert [f["name"] for f in manifest["files"]] == on_disk
        assert SQLITE_FILE in on_disk and "nea-records.json" in on_disk
        for entry in manifest["files"]:
            content = (folder / entry["name"]).read_bytes()
            assert entry["sha256"] == hashlib.sha256(content).hexdigest(), entry["name"]
            assert entry["bytes"] == len(content), entry["name"]
        assert manifest["counts"]["documents"] == len(seeds.export["documents"])
        assert manifest["counts"]["claims"] == len(seeds.export["claims"])
        assert set(manifest["counts"]) == {t.name for t in TABLES} - {"meta"}


def test_both_languages_offer_the_same_bytes(seeds: Seeds) -> None:
    for name in (SQLITE_FILE, MANIFEST_FILE):
        assert (seeds.data_dir("en") / name).read_bytes() == (seeds.data_dir("zh") / name).read_bytes()


def test_writing_twice_gives_the_same_bytes(seeds: Seeds, tmp_path: Path) -> None:
    write_data_files(seeds.records, seeds.vocabulary, tmp_path, search_words=seeds.search_words, build_date=BUILD_DATE)
    for name in (SQLITE_FILE, MANIFEST_FILE):
        assert (tmp_path / "docs" / "en" / "data" / name).read_bytes() == (seeds.data_dir("en") / name).read_bytes()


def test_the_database_does_not_depend_on_record_order(seeds: Seeds, tmp_path: Path) -> None:
    write_data_files(
        list(reversed(seeds.records)),
        seeds.vocabulary,
        tmp_path,
        search_words=seeds.search_words,
        build_date=BUILD_DATE,
    )
    fresh = (tmp_path / "docs" / "en" / "data" / SQLITE_FILE).read_bytes()
    assert fresh == (seeds.data_dir("en") / SQLITE_FILE).read_bytes()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_table_has_a_label(lang: str) -> None:
    t = load_labels(REPO / "templates", lang)  # type: ignore[arg-type]
    for name, _ in schema():
        assert t(f"data_table_{name}").strip(), name


def test_the_data_page_shows_how_to_open_the_database_and_its_schema(seeds: Seeds, tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    render_site(
        seeds.records[:1],
        Vocabulary(),
        REPO / "templates",
        build,
        focus=(),
        search_words="",
        site_url="http://127.0.0.1:8000/",
    )
    for lang in ("en", "zh"):
        page = (build / "docs" / lang / "data" / "index.md").read_text(encoding="utf-8")
        assert f"]({SQLITE_FILE})" in page and f"]({MANIFEST_FILE})" in page
        assert "datasette nea-records.sqlite" in page and "sqlite3 nea-records.sqlite" in page
        for name, columns in schema():
            row = next((line for line in page.splitlines() if line.startswith(f"| <code>{name}</code> |")), None)
            assert row is not None, (lang, name)
            assert all(f"<code>{column}</code>" in row for column in columns), (lang, name)


def test_datasette_finds_each_index_for_its_table(db: sqlite3.Connection) -> None:
    # Datasette looks up a table's FTS index by the content option written in its CREATE statement.
    sql = "SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE ? OR sql LIKE ?)"  # virtual tables only
    for name, table, _ in FTS:
        found = [
            row[0] for row in db.execute(sql, (f"%VIRTUAL TABLE%USING FTS%content=[{table}]%", f'%content="{table}"%'))
        ]
        assert found == [name], table


def test_a_sentence_repeated_in_a_document_keeps_both_records(seeds: Seeds) -> None:
    # Record ids hash the sentence, so a document that repeats one repeats its ids; each record keeps a row.
    record = next(r for r in seeds.records if r.claims and r.events)
    twice = replace(record, claims=record.claims + record.claims[:1], events=record.events + record.events[:1])
    export = build_export([twice], seeds.vocabulary)
    content = build_database([twice], export, make_segmenter([]), {"record_schema_version": "1"})
    db = sqlite3.connect(":memory:")
    db.deserialize(content)
    assert _count(db, "claims") == len(export["claims"]) == len(record.claims) + 1
    assert _count(db, "events") == len(export["events"]) == len(record.events) + 1
    assert _count(db, "claim_actors") == sum(len(c["actors"]) for c in export["claims"])
    for name, _, _ in FTS:
        db.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")


def test_a_paragraph_s_kind_and_cells_reach_the_export_and_the_database(seeds: Seeds) -> None:
    record = next(r for r in seeds.records if r.claims)
    index = record.claims[0].evidence.paragraph
    row = replace(record.paragraphs[index - 1], kind="table_row", cells=(record.paragraphs[index - 1].text,))
    typed = replace(record, paragraphs=tuple(row if p.index == index else p for p in record.paragraphs))
    export = build_export([typed], seeds.vocabulary)
    kinds = {(c["paragraph"] == index, c["paragraph_kind"]) for c in export["claims"] + export["events"]}
    assert (True, "table_row") in kinds and not {(True, "text"), (False, "table_row")} & kinds
    db = sqlite3.connect(":memory:")
    db.deserialize(build_database([typed], export, make_segmenter([]), {"record_schema_version": "2"}))
    kind, cells = db.execute("SELECT kind, cells FROM paragraphs WHERE paragraph = ?", (index,)).fetchone()
    assert (kind, json.loads(cells)) == ("table_row", [row.text])
    assert db.execute("SELECT DISTINCT kind FROM paragraphs WHERE paragraph != ?", (index,)).fetchall() == [("text",)]


def test_kept_words_cut_each_text_once_across_builds_and_give_the_same_database(
    seeds: Seeds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = {"record_schema_version": str(RECORD_SCHEMA_VERSION)}
    segmenter = make_segmenter([])
    plain = build_database(seeds.records, seeds.export, segmenter, meta)
    cut: list[str] = []
    real = sqlite_fts.words

    def counting(text: str, used: object) -> str:
        cut.append(text)
        return real(text, used)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite_fts, "words", counting)
    first = sqlite_fts.KeptWords(segmenter, tmp_path / "words", "")
    assert build_database(seeds.records, seeds.export, first, meta) == plain
    first.save()
    assert cut  # the seeds hold Chinese text
    cut.clear()
    again = sqlite_fts.KeptWords(segmenter, tmp_path / "words", "")
    assert build_database(seeds.records, seeds.export, again, meta) == plain
    assert cut == []  # every text's words came from the kept file
    other = sqlite_fts.KeptWords(segmenter, tmp_path / "words", "新词 n\n")  # another user dictionary
    build_database(seeds.records, seeds.export, other, meta)
    assert cut and other.path != again.path
    other.save()
    assert [p.name for p in (tmp_path / "words").iterdir()] == [other.path.name]  # the stale file is gone
