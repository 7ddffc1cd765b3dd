"""The downloads' CSV files: rows whose optional keys differ still make one table."""

from __future__ import annotations

from nea_site.render.export import _csv


def test_a_key_missing_from_the_first_row_is_a_column_all_the_same() -> None:
    rows = [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "original_name": "예시.md"}]
    assert _csv(rows).splitlines() == ["id,title,original_name", "a,A,", "b,B,예시.md"]
