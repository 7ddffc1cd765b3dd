"""Counts on pages take the singular for one in English ("1 mention"), the same words in Chinese."""

from __future__ import annotations

import pytest

from conftest import REPO
from nea_site.render.labels import load_labels
from nea_site.render.rows import count_note

EN = load_labels(REPO / "templates", "en")
ZH = load_labels(REPO / "templates", "zh")


@pytest.mark.parametrize(
    ("key", "one", "many"),
    [
        ("mention_count", "1 mention", "2 mentions"),
        ("event_count", "1 event", "12 events"),
        ("claim_count", "1 claim", "0 claims"),
        ("document_count", "1 document", "5 documents"),
    ],
)
def test_english_counts_agree_with_their_number(key: str, one: str, many: str) -> None:
    assert count_note(1, EN, key) == one
    number = int(many.split()[0])
    assert count_note(number, EN, key) == many


def test_chinese_counts_keep_their_measure_word() -> None:
    assert count_note(1, ZH, "mention_count") == "1次提及"
    assert count_note(3, ZH, "event_count") == "3个事件"
