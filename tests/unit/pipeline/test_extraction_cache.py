"""The extraction cache: a document is read again when anything its record is made from changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from nea_site.pipeline import BuildSettings, produce_records

# An invented note: enough text for one document with one dated event.
NOTE = "Port Data Note\n\nIn June 2020, port authorities of the three countries met in Busan to share data.\n"


def test_a_renamed_file_gets_the_id_of_its_new_name(make_corpus: Callable[..., Path]) -> None:
    project = make_corpus({"corpus/sources/port-note.txt": NOTE})
    settings = BuildSettings(project_dir=project)
    first = produce_records(settings)
    assert [record.id for record in first.records] == ["port-note"]

    (project / "corpus/sources/port-note.txt").rename(project / "corpus/sources/harbour-note.txt")
    second = produce_records(settings)
    assert second.extracted == 1  # same bytes, another name: not taken from the cache
    assert [record.id for record in second.records] == ["harbour-note"]
    assert [record.source for record in second.records] == ["harbour-note.txt"]

    third = produce_records(settings)
    assert third.extracted == 0  # unchanged since: from the cache


def test_a_record_key_changes_with_the_source_and_the_curated_translations(
    make_corpus: Callable[..., Path],
) -> None:
    project = make_corpus({"corpus/sources/port-note.txt": NOTE, "corpus/sources/other-note.txt": NOTE})
    settings = BuildSettings(project_dir=project)
    first = produce_records(settings).record_keys
    assert sorted(first) == ["other-note", "port-note"] and first == produce_records(settings).record_keys
    (project / "corpus/sources/port-note.txt").write_text(NOTE.replace("Busan", "Incheon"), encoding="utf-8")
    edited = produce_records(settings).record_keys
    assert edited["port-note"] != first["port-note"] and edited["other-note"] == first["other-note"]
    translations = project / "corpus/curated/translations"
    translations.mkdir(parents=True, exist_ok=True)
    (translations / "notes.yml").write_text("ev-unknown: {zh: 港口}\n", encoding="utf-8")
    translated = produce_records(settings).record_keys
    assert all(translated[k] != edited[k] for k in edited)  # a translation may change any record
