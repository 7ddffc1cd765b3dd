"""The scoring rules: quotes overlap, dates agree at the gold's precision, names fold across case and script."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.score import name_keys, quotes_overlap, read_gold
from nea_site.score.compare import event_matches, is_clean_title
from nea_site.score.gold import GoldEvent


def test_quotes_overlap_when_one_holds_the_other_or_they_share_a_run() -> None:
    assert quotes_overlap("On May 9th it released three Americans held", "it released three Americans")
    assert quotes_overlap("2007년 6월 3일", "2007년 6월 3일")
    assert quotes_overlap("the summit in Tokyo on May 9th ended", "Leaders met in Tokyo on May 9th")
    assert not quotes_overlap("the summit in Tokyo", "a meeting in Seoul")
    # A gold quote copied from a raw source keeps its markup; the records quote the text it shows.
    assert quotes_overlap("同年7月，在上海舉行第二輪談判會議", "同年7月，在[[上海|上海]]舉行第二輪談判會議")
    assert quotes_overlap("the talks in Seoul began", "the [talks](Page/x.md) in '''Seoul''' began")


@pytest.mark.parametrize(
    ("ours", "gold", "agree"),
    [
        ("2018-05-09", "2018-05", True),
        ("2018-05", "2018-05", True),
        ("2018", "2018-05", False),
        ("2018-06", "2018-05", False),
    ],
)
def test_event_date_agrees_at_the_golds_precision(ours: str, gold: str, agree: bool) -> None:
    event = GoldEvent(quote="met in Tokyo on May 9th", date=gold)
    assert event_matches("leaders met in Tokyo on May 9th", ours, event) is agree


def test_name_keys_fold_case_script_punctuation_and_parentheses() -> None:
    assert name_keys("Kim Jong-un") & name_keys("Kim Jong Un")
    assert name_keys("中日韓領導人會議") & name_keys("中日韩领导人会议")
    assert name_keys("ASEAN Plus Three (APT)") >= {"aseanplusthree", "apt"}
    assert "togofumihiko" in name_keys("Togo (Deputy Vice-Foreign Minister; Togo Fumihiko)")
    assert name_keys("The Economist") & name_keys("Economist")


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Japan, China and South Korea get together", True),
        ("{{Infobox organization", False),
        ("Don&#x27;t", False),
        ("240px", True),
        ("", False),
        ("# ", False),
        ("**Bold**", False),
    ],
)
def test_clean_title(title: str, clean: bool) -> None:
    assert is_clean_title(title) is clean


def test_read_gold_needs_its_document_beside_it(tmp_path: Path) -> None:
    gold = tmp_path / "a.gold.yaml"
    gold.write_text('doc: "a.md"\npublished: "2020"\nevents:\n  - {date: "2020-01", quote: "met in Seoul"}\n', "utf-8")
    with pytest.raises(Exception, match="a.md"):
        read_gold(gold)
    (tmp_path / "a.md").write_text("They met in Seoul in January 2020.\n", encoding="utf-8")
    read = read_gold(gold)
    assert read.published == "2020" and read.events[0].date == "2020-01"
