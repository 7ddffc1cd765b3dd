"""The YAML stage keeps each record's digest under a key of what the record is made from (`stage_records(keys=)`).

A record whose key is known is neither turned into plain data nor hashed again, only its group links are: the
files and digests are those of a stage without keys, and a record whose group links changed is written anew.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from nea_site.model import DocumentRecord, GroupLink
from nea_site.records import dump_yaml, stage_records, to_plain
from nea_site.records import store as store_module
from records_builders import small_record


def _record(record_id: str, text: str, groups: tuple[GroupLink, ...] = ()) -> DocumentRecord:
    return small_record(record_id, text, groups)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "documents").glob("*.yml"))}


def _stage(records: list[DocumentRecord], out: Path, cache: Path | None, keys: dict[str, str] | None):
    digests: dict[str, str] = {}
    files = _files(stage_records(records, out, cache_dir=cache, digests=digests, keys=keys))
    return files, digests


LINK = GroupLink(group="eg-2019-12-1a2b3c4d", record="ev-1", reason="same date and actors")
KEYS = {"a": "key-a", "b": "key-b"}


def test_known_keys_give_the_files_and_digests_of_a_stage_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [_record("a", "One."), _record("b", "两个。", (LINK,))]
    expected = _stage(records, tmp_path / "plain", tmp_path / "plain-cache", None)
    cache = tmp_path / "cache"
    assert _stage(records, tmp_path / "cold", cache, KEYS) == expected
    whole = []  # to_plain of a whole record (its group links alone are made into plain data too)
    original = store_module.to_plain
    monkeypatch.setattr(
        store_module,
        "to_plain",
        lambda v: whole.append(v) or original(v) if isinstance(v, DocumentRecord) else original(v),
    )
    assert _stage(records, tmp_path / "warm", cache, KEYS) == expected
    assert whole == []


def test_changed_group_links_under_a_known_key_are_written_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _stage([_record("a", "One."), _record("b", "两个。")], tmp_path / "before", cache, KEYS)
    after = [_record("a", "One.", (LINK,)), _record("b", "两个。")]
    files, digests = _stage(after, tmp_path / "after", cache, KEYS)
    expected_files, expected_digests = _stage(after, tmp_path / "plain", None, None)
    assert files == expected_files and digests == expected_digests
    assert b"eg-2019-12-1a2b3c4d" in files["a.yml"]


def test_a_new_key_computes_the_digest_and_old_keys_are_dropped(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _stage([_record("a", "One.")], tmp_path / "before", cache, {"a": "key-a"})
    edited = [dataclasses.replace(_record("a", "One, edited."))]
    files, digests = _stage(edited, tmp_path / "after", cache, {"a": "key-a2"})
    assert (files, digests) == _stage(edited, tmp_path / "plain", None, None)
    assert list(store_module._read_digests(cache)) == ["key-a2"]


def test_a_file_is_the_whole_record_dumped_though_its_group_links_are_spliced_on(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _stage([_record("a", "One.")], tmp_path / "before", cache, {"a": "key-a"})
    linked = _record("a", "One.", (LINK, dataclasses.replace(LINK, record="ev-2")))
    for out, keys in (("warm", {"a": "key-a"}), ("cold", None)):
        files, _ = _stage([linked], tmp_path / out, cache if keys else None, keys)
        assert files["a.yml"].decode("utf-8") == dump_yaml(to_plain(linked))
