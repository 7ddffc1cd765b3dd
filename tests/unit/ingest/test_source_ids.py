"""A document's id from its file name: lower-case ASCII, another script spelled in Latin letters."""

from __future__ import annotations

import pytest

from nea_site.model import make_source_id


@pytest.mark.parametrize(
    ("file_name", "source_id"),
    [
        ("seed_b.md", "seed-b"),
        ("café-notes.md", "cafe-notes"),
        ("ko-한일_관계.md", "ko-hanil-gwangye"),
        ("zh-中韩关系.md", "zh-zhong-han-guan-xi"),
        ("---.md", "doc-c167d887"),
    ],
)
def test_a_file_names_id(file_name: str, source_id: str) -> None:
    assert make_source_id(file_name) == source_id


def test_two_files_named_in_another_script_get_ids_of_their_own() -> None:
    assert make_source_id("ko-한일_관계.md") != make_source_id("ko-한중_관계.md")
