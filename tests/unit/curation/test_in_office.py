"""A person's years in office (`in_office:`) are read from the vocabulary, checked, and kept out of the Actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import read_vocabulary
from nea_site.errors import RecordError

PEOPLE = """\
actors:
  - id: ada-quill
    type: person
    in_office: [1951, 1966]
    name: {en: Ada Quill, zh: 奎尔}
  - id: bo-tern
    type: person
    in_office: [2022]
    name: {en: Bo Tern, zh: 特恩}
  - id: no-years
    type: person
    name: {en: Cy Wren, zh: 雷恩}
"""


def _vocabulary(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "actors.yml").write_text(text, encoding="utf-8")
    return read_vocabulary(tmp_path)


def test_years_in_office_are_read_per_person(tmp_path: Path) -> None:
    vocabulary = _vocabulary(tmp_path, PEOPLE)
    assert vocabulary.in_office == (("ada-quill", 1951, 1966), ("bo-tern", 2022, None))
    assert [a.id for a in vocabulary.actors] == ["ada-quill", "bo-tern", "no-years"]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("[1966, 1951]", "before the first"),
        ("[1951, 1960, 1966]", "expected [first year"),
        ("1951", "expected [first year"),
        ('["1951"]', "expected years"),
    ],
)
def test_bad_years_name_the_entry(tmp_path: Path, value: str, problem: str) -> None:
    with pytest.raises(RecordError) as caught:
        _vocabulary(tmp_path, PEOPLE.replace("[1951, 1966]", value))
    assert "ada-quill" in str(caught.value) and problem in str(caught.value)


def test_only_a_person_has_years_in_office(tmp_path: Path) -> None:
    text = (
        "actors:\n  - {id: freedonia, type: country, iso: FRD, in_office: [1990], name: {en: Freedonia, zh: 自由国}}\n"
    )
    with pytest.raises(RecordError, match="only a person"):
        _vocabulary(tmp_path, text)
