"""Codec: records survive to_plain/from_plain; bad data lists every problem with its field."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import read_catalog
from nea_site.errors import RecordError
from nea_site.model import DocumentRecord
from nea_site.records import dump_yaml, from_plain, read_record, to_plain, write_records
from records_builders import small_record


def _record(text: str = "Some text.") -> DocumentRecord:
    return small_record("doc", text)


def test_round_trip() -> None:
    record = _record()
    assert from_plain(DocumentRecord, to_plain(record)) == record


def test_all_problems_reported_at_once() -> None:
    plain = to_plain(_record())
    plain["lang"] = "fr"
    plain["paragraphs"][0]["index"] = "1"
    plain["colour"] = "red"
    with pytest.raises(ValueError) as info:
        from_plain(DocumentRecord, plain, where="document")
    message = str(info.value)
    assert "document.lang: expected one of 'en', 'zh', 'zh-Hant', 'ja', 'ko', 'und', found str 'fr'" in message
    assert "document.paragraphs[0].index: expected int, found str '1'" in message
    assert "document: unknown field 'colour'" in message


def test_store_round_trip_is_byte_identical(tmp_path: Path) -> None:
    write_records([_record("多语言 text\nwith a newline")], tmp_path / "records")
    path = tmp_path / "records" / "documents" / "doc.yml"
    first = path.read_text(encoding="utf-8")
    assert dump_yaml(to_plain(read_record(path))) == first


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "documents.yml").write_text("documents:\n  a.txt:\n    title: [unclosed\n", encoding="utf-8")
    with pytest.raises(RecordError) as info:
        read_catalog(curated)
    assert str(info.value).startswith(f"{curated / 'documents.yml'}:4: YAML syntax error")


def test_curated_unknown_field_is_reported(tmp_path: Path) -> None:
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "documents.yml").write_text("documents:\n  a.txt:\n    titel: x\n", encoding="utf-8")
    with pytest.raises(RecordError) as info:
        read_catalog(curated)
    assert "documents.a.txt: unknown field 'titel'" in str(info.value)
