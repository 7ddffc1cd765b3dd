"""The codec's compiled fast path and the records' YAML cache give exactly what the checking, uncached paths give."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from conftest import GOLDEN
from nea_site.model import DocumentRecord
from nea_site.records import codec, dump_yaml, from_plain, read_record, stage_records, to_plain
from records_builders import small_record

SEED_RECORDS = sorted((GOLDEN / "records").glob("*.yml"))


def _checked(tp: Any, data: Any) -> tuple[Any, list[str]]:
    """What the checking path (every problem named) makes of `data`."""
    problems: list[str] = []
    return codec._decode(tp, data, "x", problems), problems


@pytest.mark.parametrize("path", SEED_RECORDS, ids=lambda p: p.stem)
def test_fast_path_builds_the_same_seed_record(path: Path) -> None:
    plain = to_plain(read_record(path))
    value, problems = _checked(DocumentRecord, plain)
    assert not problems
    assert from_plain(DocumentRecord, plain) == value
    assert to_plain(value) == plain


@dataclass(frozen=True, slots=True)
class _Shape:
    kind: Literal["a", "b"]
    size: float
    pair: tuple[int, str]
    either: int | str
    note: str | None = None


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "a", "size": 1, "pair": [1, "x"], "either": "y"},  # an int where a float goes becomes 1.0
        {"kind": "b", "size": 2.5, "pair": [1, "x"], "either": 3, "note": None},
        {"kind": "c", "size": 1, "pair": [1, "x"], "either": 3},  # not one of the literal's values
        {"kind": "a", "size": True, "pair": [1, "x"], "either": 3},  # a bool is no number
        {"kind": "a", "size": 1, "pair": [1], "either": 3},  # a pair of one
        {"kind": "a", "size": 1, "pair": [1, "x"], "either": 1.5},  # neither int nor str
        {"kind": "a", "size": 1, "pair": [1, "x"]},  # a field missing
        {"kind": "a", "size": 1, "pair": [1, "x"], "either": 3, "colour": "red"},  # an unknown field
        ["not", "a", "mapping"],
    ],
)
def test_fast_path_accepts_and_refuses_what_the_checking_path_does(data: Any) -> None:
    value, problems = _checked(_Shape, data)
    if problems:
        with pytest.raises(ValueError) as info:
            from_plain(_Shape, data, where="x")
        assert str(info.value) == "\n".join(problems)  # refused with the checking path's messages
    else:
        decoded = from_plain(_Shape, data)
        assert decoded == value
        assert type(decoded.size) is float


def _record(record_id: str, text: str) -> DocumentRecord:
    return small_record(record_id, text)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "documents").glob("*.yml"))}


def test_cached_yaml_is_the_yaml_written_without_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = [_record("a", "One.\n"), _record("b", "多语言 text")]
    plain = _files(stage_records(first, tmp_path / "plain"))
    assert _files(stage_records(first, tmp_path / "cold", cache_dir=cache)) == plain
    assert len(list(cache.glob("*.yml"))) == 2
    assert _files(stage_records(first, tmp_path / "warm", cache_dir=cache)) == plain
    assert plain["a.yml"].decode("utf-8") == dump_yaml(to_plain(first[0]))


def test_changed_record_is_written_again_and_stale_entries_go(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    stage_records([_record("a", "One."), _record("b", "Two.")], tmp_path / "before", cache_dir=cache)
    after = [_record("a", "One, edited."), _record("b", "Two.")]
    staged = _files(stage_records(after, tmp_path / "after", cache_dir=cache))
    assert staged == _files(stage_records(after, tmp_path / "plain"))
    assert len(list(cache.glob("*.yml"))) == 2  # the entry of the old "a" was deleted
