"""Statistic groups: figures of several documents for one measure, unit, year and countries, agreeing or not."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import REPO
from nea_site.group import find_statistic_groups
from nea_site.group.statistics import normalise, year_of
from nea_site.model import (
    Actor,
    ActorId,
    Claim,
    ClaimId,
    DocumentMeta,
    DocumentRecord,
    LocalizedText,
    Provenance,
    Quantity,
    SourceId,
    Vocabulary,
)
from nea_site.render import build_export, render_site
from nea_site.render.export import data_files

ACTORS = {
    a.id: a
    for a in (
        Actor(id=ActorId("atlantis"), type="country", name=LocalizedText(en="Atlantis")),
        Actor(id=ActorId("mu"), type="country", name=LocalizedText(en="Mu")),
    )
}


def _record(doc: str, quote: str, *numbers: tuple[str, float, str, int | None]) -> DocumentRecord:
    claim = Claim(
        id=ClaimId(f"cl-{doc}-stat"),
        kind="statistic",
        text=LocalizedText(en=quote),
        actors=(ActorId("atlantis"), ActorId("mu")),
        themes=(),
        dates=(),
        numbers=tuple(Quantity(text=t, value=v, unit=u, year=y) for t, v, u, y in numbers),
        evidence=Provenance(source_id=SourceId(doc), paragraph=3, quote=quote),
    )
    return DocumentRecord(
        id=SourceId(doc), source=f"{doc}.txt", sha256="0" * 64, lang="en", title=LocalizedText(en=doc),
        meta=DocumentMeta(title=doc), sections=(), paragraphs=(), footnotes=(), claims=(claim,),
    )  # fmt: skip


ZH_1300 = _record("a", "2032年亚特兰蒂斯与穆国贸易额约1300亿美元。", ("1300亿美元", 1300.0, "亿美元", 2032))
EN_131 = _record(
    "b", "Trade between Atlantis and Mu reached $131.2 billion in 2032.", ("$131.2 billion", 131.2, "billion", 2032)
)
EN_150 = _record(
    "c",
    "In 2032 trade between Atlantis and Mu was 150 billion dollars.",
    ("150 billion dollars", 150.0, "billion dollars", 2032),
)


def test_figures_in_different_scales_and_languages_agree_within_rounding() -> None:
    (group,) = find_statistic_groups([ZH_1300, EN_131], ACTORS)
    assert (group.measure, group.unit, group.year, group.actors) == ("trade", "USD", 2032, ("atlantis", "mu"))
    assert group.agree  # 1300亿 is written to the hundred 亿: 131.2 billion lies within its rounding


def test_figures_that_differ_say_by_how_much_and_come_first() -> None:
    groups = find_statistic_groups([ZH_1300, EN_131, EN_150], ACTORS)
    (group,) = groups
    assert not group.agree and group.spread == pytest.approx(150e9 - 130e9)
    agreeing = _record("d", "Atlantis–Mu trade was 2.1% of world trade in 2031.", ("2.1%", 2.1, "%", 2031))
    same = _record("e", "2031年亚特兰蒂斯与穆国贸易占世界贸易的2.1%。", ("2.1%", 2.1, "%", 2031))
    ordered = find_statistic_groups([ZH_1300, EN_150, agreeing, same], ACTORS)
    assert [g.agree for g in ordered] == [False, True]


def test_currencies_and_years_are_kept_apart() -> None:
    yen = _record(
        "d",
        "Trade between Atlantis and Mu was 20 trillion yen in 2032.",
        ("20 trillion yen", 20.0, "trillion yen", 2032),
    )
    later = _record(
        "e", "Trade between Atlantis and Mu was $140 billion in 2033.", ("$140 billion", 140.0, "billion", 2033)
    )
    assert find_statistic_groups([ZH_1300, yen, later], ACTORS) == []


def test_figures_given_respectively_and_one_documents_figures_alone_are_left_out() -> None:
    respectively = _record(
        "d",
        "Trade of Atlantis and Mu with Lemuria was $130 and $90 billion respectively in 2032.",
        ("$130 billion", 130.0, "billion", 2032),
    )
    assert find_statistic_groups([ZH_1300, respectively], ACTORS) == []
    assert find_statistic_groups([ZH_1300], ACTORS) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        ("1300亿美元", 1300.0, "亿美元", (1.3e11, "USD", 1e10)),
        ("3.5万亿日元", 3.5, "万亿日元", (3.5e12, "JPY", 1e11)),
        ("2,000억 달러", 2000.0, "억 달러", (2e11, "USD", 1e11)),
        ("27.1%", 27.1, "%", (27.1, "%", 0.1)),
        ("0.5个百分点", 0.5, "个百分点", (0.5, "pp", 0.1)),
        ("16轮", 16.0, "轮", None),
    ],
)
def test_values_are_normalised_with_their_rounding(
    text: str, value: float, unit: str, expected: tuple[float, str, float] | None
) -> None:
    found = normalise(Quantity(text=text, value=value, unit=unit, year=None))
    if expected is None:
        assert found is None
    else:
        assert found is not None and found[1] == expected[1]
        assert found[0] == pytest.approx(expected[0]) and found[2] == pytest.approx(expected[2])


def test_the_year_nearest_the_figure_is_its_year() -> None:
    text = "贸易总额从1999年的1300亿美元增长至2022年的近8000亿美元"
    assert year_of(text, Quantity(text="1300亿美元", value=1300, unit="亿美元", year=None)) == 1999
    assert year_of(text, Quantity(text="8000亿美元", value=8000, unit="亿美元", year=None)) == 2022


def test_export_and_compare_page_show_differing_figures_first(tmp_path: Path) -> None:
    records = [ZH_1300, EN_131, EN_150]
    vocabulary = Vocabulary(actors=tuple(ACTORS.values()))
    export = build_export(records, vocabulary)
    (group,) = export["statistic_groups"]
    assert set(group) == {"id", "measure", "year", "unit", "actors", "values", "agree", "spread"}
    assert group["agree"] is False and [v["source"] for v in group["values"]] == ["a.txt", "b.txt", "c.txt"]
    rows = list(csv.DictReader(io.StringIO(data_files(export)["nea-statistic-groups.csv"])))
    assert [r["text"] for r in rows] == ["1300亿美元", "$131.2 billion", "150 billion dollars"]
    render_site(records, vocabulary, REPO / "templates", tmp_path, focus=(), search_words="", site_url="http://x/")
    for lang, heading, verdict in (("en", "## Figures that differ", "differ by"), ("zh", "## 数字不一致", "相差")):
        page = (tmp_path / "docs" / lang / "compare" / "index.md").read_text(encoding="utf-8")
        differ = page.split(heading, 1)[1].split("\n## ", 1)[0]
        assert verdict in differ and "1300亿美元" in differ and "](../documents/c.md#p-3)" in differ
