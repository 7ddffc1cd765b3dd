"""corpus/curated/scores.yml: written by `score --save`, read by the build; a damaged file names its problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import read_scores, write_scores
from nea_site.errors import RecordError
from nea_site.model import MeasuredScores

SCORES = MeasuredScores(
    measured="2026-03-04",
    gold="tests/gold-notes",
    documents=3,
    totals=(("events_recall", "0.850"), ("person", "0.500"), ("metadata", "2/3")),
)


def test_scores_written_are_read_back_in_their_order(tmp_path: Path) -> None:
    path = write_scores(tmp_path, SCORES)
    assert path == tmp_path / "scores.yml" and path.read_text(encoding="utf-8").startswith("# Written by")
    assert read_scores(tmp_path) == SCORES


def test_no_file_means_not_measured(tmp_path: Path) -> None:
    assert read_scores(tmp_path) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("measured: soon\ngold: g\ndocuments: 1\ntotals: {}\n", "measured: expected a date YYYY-MM-DD"),
        ("measured: '2026-01-02'\ngold: g\ndocuments: many\ntotals: {}\n", "documents: expected a number"),
        ("measured: '2026-01-02'\ngold: g\ndocuments: 1\ntotals: [1, 2]\n", "totals: expected measure: value"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_a_damaged_file_is_an_error_naming_it(tmp_path: Path, text: str, problem: str) -> None:
    (tmp_path / "scores.yml").write_text(text, encoding="utf-8")
    with pytest.raises(RecordError, match="scores.yml") as caught:
        read_scores(tmp_path)
    assert problem in str(caught.value)
