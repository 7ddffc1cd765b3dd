"""Charts: well-formed SVG, one mark per datum, escaped text, safe links, deterministic output."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from nea_site.render.charts import TimelinePoint, bar_chart_svg, matrix_svg, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"
DRAWN_TAGS = {"svg", "title", "g", "line", "circle", "rect", "text", "a"}
NASTY = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "a & b 'q' <i>"]


def _point(
    year: int, month: int | None = None, *, label: str = "event", group: str = "all", href: str | None = None
) -> TimelinePoint:
    return TimelinePoint(year=year, month=month, label=label, href=href, group=group)


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("viewBox", "").startswith("0 0 ")
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == root.get("aria-label")
    return root


def _all(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(f"{SVG}{tag}"))


def _texts(root: ET.Element) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter() if el.tag in (f"{SVG}text", f"{SVG}title")]


def _assert_only_drawing_elements(svg: str) -> None:
    root = ET.fromstring(svg)
    assert {el.tag.removeprefix(SVG) for el in root.iter()} <= DRAWN_TAGS
    assert "<script" not in svg and "<img" not in svg and "<i>" not in svg


# timeline


def test_timeline_one_circle_per_point_and_row_labels() -> None:
    points = [_point(2011, 9, group="中国"), _point(2015, None, group="日本"), _point(2019, 12, group="中国")]
    root = _parse(timeline_svg(points, title="大事年表", year_label="年份"))
    assert len(_all(root, "circle")) == 3
    texts = _texts(root)
    assert "中国" in texts and "日本" in texts and "年份" in texts and "大事年表" in texts


def test_timeline_titles_carry_labels_and_links_wrap_marks() -> None:
    points = [_point(2011, 9, label="TCS opens", href="../documents/a/#p-3"), _point(2012, label="No link")]
    root = _parse(timeline_svg(points, title="t", year_label="Year"))
    links = _all(root, "a")
    assert [a.get("href") for a in links] == ["../documents/a/#p-3"]
    circle = links[0].find(f"{SVG}circle")
    assert circle is not None and circle.findtext(f"{SVG}title") == "TCS opens"


def test_timeline_month_sets_position_within_year() -> None:
    points = [_point(2011, None, label="y"), _point(2011, 1, label="jan"), _point(2011, 12, label="dec")]
    root = _parse(timeline_svg(points, title="t", year_label=""))
    x = {c.findtext(f"{SVG}title"): float(c.get("cx", "")) for c in _all(root, "circle")}
    assert x["y"] < x["jan"] < x["dec"]
    tick_x = {t.text: float(t.get("x", "")) for t in _all(root, "text") if t.text and t.text.isdigit()}
    assert x["y"] == tick_x["2011"]  # a year-only date sits on its year's tick
    assert tick_x["2012"] > x["dec"]


def test_timeline_stacks_marks_on_the_same_spot() -> None:
    points = [_point(2011, 9, label=f"e{i}") for i in range(3)]
    root = _parse(timeline_svg(points, title="t", year_label="Year"))
    circles = _all(root, "circle")
    assert len({c.get("cy") for c in circles}) == 3
    assert len({c.get("cx") for c in circles}) == 1


@pytest.mark.parametrize(
    ("first", "last", "ticks"),
    [
        (2011, 2011, ["2011", "2012"]),
        (2010, 2013, ["2010", "2011", "2012", "2013", "2014"]),
        (2001, 2018, ["2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020"]),
        (1992, 2022, ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025"]),
        (1949, 2022, ["1940", "1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020", "2030"]),
    ],
)
def test_timeline_tick_step_follows_span(first: int, last: int, ticks: list[str]) -> None:
    root = _parse(timeline_svg([_point(first), _point(last)], title="t", year_label="Year"))
    assert [t.text for t in _all(root, "text") if t.text and t.text.isdigit()] == ticks


def test_timeline_empty_is_valid_and_blank() -> None:
    svg = timeline_svg([], title="No events", year_label="Year")
    root = _parse(svg)
    assert root.get("aria-label") == "No events"
    assert not _all(root, "circle") and not _all(root, "text")


def test_timeline_rejects_bad_month_and_unsafe_link() -> None:
    with pytest.raises(ValueError, match="month must be 1-12, found 13"):
        timeline_svg([_point(2011, 13)], title="t", year_label="Year")
    with pytest.raises(ValueError, match="scheme 'javascript' is not allowed"):
        timeline_svg([_point(2011, href=" JavaScript:alert(1)")], title="t", year_label="Year")


def test_timeline_is_deterministic_and_ignores_order_within_a_group() -> None:
    points = [_point(2000 + i % 23, i % 12 + 1, label=f"e{i}", group="g") for i in range(50)]
    first = timeline_svg(points, title="t", year_label="Year")
    assert timeline_svg(points, title="t", year_label="Year") == first
    assert timeline_svg(points[::-1], title="t", year_label="Year") == first


def test_timeline_of_200_points_stays_small() -> None:
    points = [
        _point(
            1990 + i % 33,
            None if i % 7 == 0 else i % 12 + 1,
            label=f"Trilateral summit statement on economic cooperation 第{i}次",
            group=("China", "Japan", "Republic of Korea", "all")[i % 4],
            href=f"../../documents/some-document-{i % 5}/#p-{i}",
        )
        for i in range(200)
    ]
    svg = timeline_svg(points, title="t", year_label="Year")
    assert len(_all(_parse(svg), "circle")) == 200
    assert len(svg.encode()) < 40_000


def test_timeline_of_thousands_of_points_merges_crowded_marks_and_stays_bounded() -> None:
    points = [
        _point(
            1950 + i % 76,
            None if i % 7 == 0 else i % 12 + 1,
            label=f"Trilateral summit statement on economic cooperation, with a long label to be clipped {i}",
            group=("China", "Japan", "Republic of Korea", "all")[i % 4],
            href=f"../timeline/{i // 100 + 1}/#ev-{i}",
        )
        for i in range(5000)
    ]
    svg = timeline_svg(points, title="t", year_label="Year")
    root = _parse(svg)
    circles = _all(root, "circle")
    assert 4 < len(circles) <= 4 * 2 * 65  # at most two marks (month known, year only) per 10 px column and row
    assert len(svg.encode()) < 150_000
    merged = [re.fullmatch(r"(.*) \(\+(\d+)\)", c.findtext(f"{SVG}title") or "") for c in circles]
    assert all(m is not None for m in merged)
    assert sum(int(m[2]) + 1 for m in merged if m) == len(points), "every point is counted in one mark"
    assert all(len(m[1]) <= 80 for m in merged if m)
    hrefs = [a.get("href") or "" for a in _all(root, "a")]
    assert len(hrefs) == len(circles) and all(re.fullmatch(r"\.\./timeline/\d+/#ev-\d+", h) for h in hrefs)


@pytest.mark.parametrize("nasty", NASTY)
def test_timeline_escapes_every_text(nasty: str) -> None:
    points = [_point(2011, 9, label=nasty, group=nasty, href=f"../a/?q={nasty}")]
    svg = timeline_svg(points, title=nasty, year_label=nasty)
    _assert_only_drawing_elements(svg)
    root = _parse(svg)
    assert root.get("aria-label") == nasty
    assert _texts(root).count(nasty) == 4  # svg title, row label, mark tooltip, axis caption
    assert _all(root, "a")[0].get("href") == f"../a/?q={nasty}"


# bar chart


def test_bar_chart_one_rect_per_item_in_order() -> None:
    items = [("经济合作", 0.5), ("Environment", 0.25), ("人文交流", 0.0)]
    root = _parse(bar_chart_svg(items, title="主题"))
    rects = _all(root, "rect")
    assert [float(r.get("width", "")) for r in rects] == [400.0, 200.0, 0.0]
    assert [r.findtext(f"{SVG}title") for r in rects] == ["经济合作: 50%", "Environment: 25%", "人文交流: 0%"]
    texts = _texts(root)
    assert "经济合作" in texts and "人文交流" in texts and "50%" in texts


def test_bar_chart_value_format_and_zero_maximum() -> None:
    root = _parse(bar_chart_svg([("a", 0.0), ("b", -2.0)], title="t", value_format="{:.1f} docs"))
    assert [r.get("width") for r in _all(root, "rect")] == ["0", "0"]
    assert "-2.0 docs" in _texts(root)


def test_bar_chart_links_whole_rows() -> None:
    svg = bar_chart_svg(
        [("经济", 3), ("Energy", 1)], title="t", value_format="{:.0f}", href_for={"经济": "../themes/e/"}
    )
    links = _all(_parse(svg), "a")
    assert [a.get("href") for a in links] == ["../themes/e/"]
    assert len(_all(links[0], "rect")) == 1 and "经济" in _texts(links[0])


def test_bar_chart_shortens_long_labels_keeping_full_text_in_tooltip() -> None:
    long_label = "Disaster management and humanitarian assistance 防灾减灾与人道主义援助合作机制"
    root = _parse(bar_chart_svg([(long_label, 1.0)], title="t"))
    label = next(t for t in _all(root, "text") if t.get("text-anchor") == "end")
    assert "".join(label.itertext()).endswith("…")
    assert label.findtext(f"{SVG}title") == long_label


def test_bar_chart_empty_and_deterministic() -> None:
    assert not _all(_parse(bar_chart_svg([], title="t")), "rect")
    items = [("中国", 0.333333), ("Japan", 0.1)]
    assert bar_chart_svg(items, title="t") == bar_chart_svg(list(items), title="t")
    with pytest.raises(ValueError, match="value must be finite"):
        bar_chart_svg([("a", float("nan"))], title="t")


@pytest.mark.parametrize("nasty", NASTY)
def test_bar_chart_escapes_every_text(nasty: str) -> None:
    svg = bar_chart_svg([(nasty, 0.5)], title=nasty, value_format="{:.0%}" + nasty, href_for={nasty: f"#{nasty}"})
    _assert_only_drawing_elements(svg)
    root = _parse(svg)
    assert nasty in _texts(root)
    assert f"50%{nasty}" in _texts(root)
    assert _all(root, "a")[0].get("href") == f"#{nasty}"


# matrix


def test_matrix_one_cell_per_pair_counts_in_non_empty_cells() -> None:
    rows, cols = ["环境", "Trade", "Health"], ["中国", "Japan"]
    values = {("环境", "中国"): 4, ("Trade", "Japan"): 1, ("Health", "中国"): 0, ("other", "Japan"): 9}
    root = _parse(matrix_svg(rows, cols, values, title="主题 × 国家"))
    rects = _all(root, "rect")
    assert len(rects) == 6
    assert sum(r.get("fill") == "none" for r in rects) == 4
    counts = [t.text for t in _all(root, "text") if t.get("text-anchor") == "middle"]
    assert counts == ["4", "1"]
    assert rects[0].findtext(f"{SVG}title") == "环境 × 中国: 4"
    fills = [float(r.get("fill-opacity", "")) for r in rects if r.get("fill") != "none"]
    assert fills[0] > fills[1]


def test_matrix_column_labels_rotated_and_links_on_labels() -> None:
    svg = matrix_svg(
        ["环境"],
        ["中国", "Japan"],
        {("环境", "Japan"): 2},
        title="t",
        row_href={"环境": "../t/env/"},
        col_href={"中国": "../c/cn/"},
    )
    root = _parse(svg)
    assert sorted(a.get("href", "") for a in _all(root, "a")) == ["../c/cn/", "../t/env/"]
    rotated = [t for t in _all(root, "text") if "rotate(-45" in t.get("transform", "")]
    assert ["".join(t.itertext()) for t in rotated] == ["中国", "Japan"]


def test_matrix_empty_and_deterministic() -> None:
    assert not _all(_parse(matrix_svg([], ["a"], {}, title="t")), "rect")
    assert not _all(_parse(matrix_svg(["a"], [], {}, title="t")), "rect")
    root = _parse(matrix_svg(["a"], ["b"], {}, title="t"))
    assert [r.get("fill") for r in _all(root, "rect")] == ["none"]
    args = (["a", "乙"], ["c", "丁"], {("a", "c"): 3, ("乙", "丁"): 7})
    assert matrix_svg(*args, title="t") == matrix_svg(*args, title="t")
    with pytest.raises(ValueError, match="must not be negative"):
        matrix_svg(["a"], ["b"], {("a", "b"): -1}, title="t")


@pytest.mark.parametrize("nasty", NASTY)
def test_matrix_escapes_every_text(nasty: str) -> None:
    svg = matrix_svg([nasty], [nasty], {(nasty, nasty): 1}, title=nasty, row_href={nasty: f"?{nasty}"})
    _assert_only_drawing_elements(svg)
    root = _parse(svg)
    assert _texts(root).count(nasty) == 3  # svg title, row label, column label
    assert f"{nasty} × {nasty}: 1" in _texts(root)
