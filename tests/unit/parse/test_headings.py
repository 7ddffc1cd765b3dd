"""headings: numbered and unnumbered heading lines, run-in splits, and the outline's numbering checks."""

from __future__ import annotations

import pytest

from nea_site.parse.headings import (
    HeadingMatch,
    Outline,
    han_to_int,
    match_atx,
    match_numbered,
    match_unnumbered,
    split_run_in,
)
from nea_site.parse.structure import join_cells


def _heading(text: str) -> HeadingMatch:
    match = match_numbered(text)
    assert match is not None, text
    return match


@pytest.mark.parametrize(
    ("line", "system", "number", "title", "rest"),
    [
        ("1. Lessons for regional cooperation", "arabic", "1", "Lessons for regional cooperation", ""),
        ("1. 1. Transport links across the basin", "arabic", "1", "Transport links across the basin", ""),
        ("2.3.1 Data sharing", "arabic", "2.3.1", "Data sharing", ""),
        ("2.4 Short heading.", "arabic", "2.4", "Short heading", ""),
        (
            "2.3.2 Joint standards for hydrogen. Without common standards, equipment cannot be shared.",
            "arabic",
            "2.3.2",
            "Joint standards for hydrogen",
            "Without common standards, equipment cannot be shared.",
        ),
        ("一、区域合作的发展历程", "han", "一、", "区域合作的发展历程", ""),
        ("十二、结语", "han", "十二、", "结语", ""),
        ("（一）项目推动阶段", "hanparen", "（一）", "项目推动阶段", ""),
        ("(二) 资金不足", "hanparen", "（二）", "资金不足", ""),
        ("（三）机制建设。各方积极参与协调工作。", "hanparen", "（三）", "机制建设", "各方积极参与协调工作。"),
        ("3. “Small Steps” First", "arabic", "3", "“Small Steps” First", ""),
    ],
)
def test_match_numbered(line: str, system: str, number: str, title: str, rest: str) -> None:
    assert match_numbered(line) == HeadingMatch(system=system, number=number, title=title, rest=rest)


@pytest.mark.parametrize(
    ("line", "title", "rest"),
    [
        (
            "2.1 Trade with the U.S. Market. Exports to the U.S. grew quickly until 2019.",
            "Trade with the U.S. Market",
            "Exports to the U.S. grew quickly until 2019.",
        ),
        (
            "2. The U.S. Role. In this section we look at Washington and its allies.",
            "The U.S. Role",
            "In this section we look at Washington and its allies.",
        ),
        ("4.1 Cooperation with the U.K. Government", "Cooperation with the U.K. Government", ""),
        (
            "3.2 Ports, e.g. Rajin and Zarubino. Both ports handle coal and timber for inland firms.",
            "Ports, e.g. Rajin and Zarubino",
            "Both ports handle coal and timber for inland firms.",
        ),
    ],
)
def test_abbreviation_is_not_a_sentence_end(line: str, title: str, rest: str) -> None:
    match = _heading(line)
    assert (match.title, match.rest) == (title, rest)


@pytest.mark.parametrize(
    "line",
    [
        "3. foo is a list item",  # lower case after the number: a list item or a sentence, not a heading
        "2019 was a busy year",
        "e.g. nothing here",
        "1 in 3 visitors came by train",
        "Plain sentence.",
        "2.3.2 " + "Long heading words " * 25 + "end. Next paragraph.",  # too long to be a heading
        join_cells(["1", "2008年12月13日", "", "東京", "甲", "乙"]),  # a table row whose first cell is a number
        join_cells(["2", "Example City", "2009"]),
    ],
)
def test_not_numbered_headings(line: str) -> None:
    assert match_numbered(line) is None


def test_split_run_in_keeps_short_titles() -> None:
    assert split_run_in("Data sharing among operators", max_chars=220) == ("Data sharing among operators", "")
    assert split_run_in("Heading. Body goes on.", max_chars=220) == ("Heading.", "Body goes on.")


def test_match_atx() -> None:
    assert match_atx("### （一）经济互补") == (3, "（一）经济互补")
    assert match_atx("# Title <sup>\\*</sup> ##") == (1, "Title <sup>\\*</sup>")
    assert match_atx("#NoSpace") is None
    assert match_atx("####### seven") is None


@pytest.mark.parametrize(
    ("line", "next_text", "title", "rest", "keyword"),
    [
        ("Introduction", None, "Introduction", "", True),
        ("结语", None, "结语", "", True),
        ("Executive Summary", None, "Executive Summary", "", True),
        ("Key Findings", None, "Key Findings", "", True),
        ("参考文献：", None, "参考文献", "", True),
        ("References:", None, "References", "", True),
        ("Ports as Meeting Points", "A longer paragraph follows.", "Ports as Meeting Points", "", False),
        ("合作的前景", "正文。", "合作的前景", "", False),
        (
            "Trends of Regional Trade Policy. In 2021 the three governments agreed to resume talks on a "
            "trilateral free trade area after a long pause.",
            "x",
            "Trends of Regional Trade Policy",
            "In 2021 the three governments agreed to resume talks on a trilateral free trade area after a long pause.",
            False,
        ),
    ],
)
def test_match_unnumbered(line: str, next_text: str | None, title: str, rest: str, keyword: bool) -> None:
    assert match_unnumbered(line, single_line=True, next_text=next_text) == HeadingMatch(
        system="none", number="", title=title, rest=rest, keyword=keyword
    )


@pytest.mark.parametrize(
    ("line", "single_line", "next_text"),
    [
        ("Ports as meeting points for regional cooperation, said the director.", True, "x"),
        ("lower case line", True, "x"),
        ("Ports", False, "x"),  # a wrapped unit is never an unnumbered heading
        ("Ports", True, None),  # nothing follows it
        ("合作机制不断完善。", True, "x"),
        ("Dear readers,", True, "This week the foreign ministers met in Busan."),  # a salutation
        ("尊敬的各位来宾，", True, "很高兴同大家相聚。"),
    ],
)
def test_not_unnumbered_headings(line: str, single_line: bool, next_text: str | None) -> None:
    assert match_unnumbered(line, single_line=single_line, next_text=next_text) is None


@pytest.mark.parametrize(
    ("number", "value"), [("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23)]
)
def test_han_to_int(number: str, value: int) -> None:
    assert han_to_int(number) == value


def _outline(*lines: str) -> Outline:
    outline = Outline()
    for line in lines:
        heading = _heading(line)
        assert outline.accepts(heading), line
        outline.add(heading)
    return outline


def test_list_item_after_subsection_is_rejected() -> None:
    outline = _outline("1. Background", "1.1 Ports")
    assert match_numbered("3. foo") is None
    assert not outline.accepts(HeadingMatch(system="arabic", number="3", title="foo", rest=""))
    assert not outline.accepts(_heading("3. Ports must stay open"))
    assert not outline.accepts(_heading("1.3 Skipped"))
    assert not outline.accepts(_heading("1.1.2 Skipped"))


@pytest.mark.parametrize("line", ["1.2 Next", "1.1.1 Deeper", "2. Next chapter"])
def test_numbering_that_follows_on_is_accepted(line: str) -> None:
    assert _outline("1. Background", "1.1 Ports").accepts(_heading(line))


def test_first_heading_must_start_a_count() -> None:
    outline = Outline()
    assert outline.accepts(_heading("1. Start"))
    assert outline.accepts(_heading("2.1 Starts at one"))
    assert outline.accepts(_heading("4 Stand-alone"))  # one level: a document may begin anywhere
    assert not outline.accepts(_heading("（三）乙"))


def test_han_numbering_must_follow_on() -> None:
    outline = _outline("一、甲", "（一）乙")
    assert outline.accepts(_heading("（二）丙"))
    assert not outline.accepts(_heading("（四）丁"))
    assert outline.accepts(_heading("二、戊"))
    assert not outline.accepts(_heading("五、己"))


def _tree(outline: Outline) -> list[tuple[str, str, str, int, str | None]]:
    return [(s.id, s.number, s.title, s.level, s.parent) for s in outline.sections]


def test_outline_levels_come_from_numbering_not_hashes() -> None:
    outline = Outline()
    for line, hashes in [("一、甲", 2), ("（一）乙", 3), ("二、丙", 4), ("（一）丁", 2)]:
        outline.add(_heading(line), hashes=hashes)
    assert _tree(outline) == [
        ("s-1", "一、", "甲", 1, None),
        ("s-1-1", "（一）", "乙", 2, "s-1"),
        ("s-2", "二、", "丙", 1, None),
        ("s-2-1", "（一）", "丁", 2, "s-2"),
    ]


def _unnumbered(title: str) -> HeadingMatch:
    return HeadingMatch(system="none", number="", title=title, rest="")


def test_unnumbered_heading_takes_the_level_of_numbered_ones_with_as_many_hashes() -> None:
    outline = Outline()
    for line in ("1. A", "2. B"):
        outline.add(_heading(line), hashes=2)
    outline.add(_unnumbered("References"), hashes=2)
    outline.add(_unnumbered("Archives"), hashes=3)
    assert _tree(outline)[2:] == [
        ("s-references", "", "References", 1, None),  # "## References" after "## 2. B": a sibling
        ("s-archives", "", "Archives", 2, "s-references"),
    ]


def test_inconsistent_hashes_leave_unnumbered_headings_under_the_numbered_one() -> None:
    outline = Outline()
    for line, hashes in [("一、甲", 2), ("（一）乙", 2)]:  # two levels printed with the same '#' count
        outline.add(_heading(line), hashes=hashes)
    outline.add(_unnumbered("丙"), hashes=2)
    assert _tree(outline)[2] == ("s-bing", "", "丙", 3, "s-1-1")


def test_arabic_outline_tree() -> None:
    outline = _outline("1. A", "1.1 B", "1.1.1 C", "1.2 D", "2. E")
    assert _tree(outline) == [
        ("s-1", "1", "A", 1, None),
        ("s-1-1", "1.1", "B", 2, "s-1"),
        ("s-1-1-1", "1.1.1", "C", 3, "s-1-1"),
        ("s-1-2", "1.2", "D", 2, "s-1"),
        ("s-2", "2", "E", 1, None),
    ]


def test_keyword_and_unnumbered_headings() -> None:
    outline = _outline("1. A", "1.1 B")
    outline.add(HeadingMatch(system="none", number="", title="Side Note", rest=""))
    outline.add(HeadingMatch(system="none", number="", title="Conclusion", rest="", keyword=True))
    assert _tree(outline)[2:] == [
        ("s-side-note", "", "Side Note", 3, "s-1-1"),  # an unnumbered heading nests under the last numbered one
        ("s-conclusion", "", "Conclusion", 1, None),
    ]
    assert outline.current == "s-conclusion"


def test_arabic_numbers_under_han_sections_keep_han_ids_intact() -> None:
    # Chinese papers often number a third level 1., 2. under 一、 and （一）.
    outline = _outline("一、甲", "（一）乙", "1. Foo", "2. Bar", "（二）丙", "二、丁")
    levels = [(s.number, s.level, s.parent) for s in outline.sections]
    assert levels == [
        ("一、", 1, None),
        ("（一）", 2, "s-1"),
        ("1", 3, "s-1-1"),
        ("2", 3, "s-1-1"),
        ("（二）", 2, "s-1"),
        ("二、", 1, None),
    ]
    ids = [s.id for s in outline.sections]
    assert len(set(ids)) == len(ids)
    # "s-<path of numbers>": （二） under 一、 is s-1-2 whatever arabic headings came before it.
    assert [ids[0], ids[1], ids[4], ids[5]] == ["s-1", "s-1-1", "s-1-2", "s-2"]


def test_repeated_titles_get_unique_ids() -> None:
    outline = Outline()
    for _ in range(3):
        outline.add(HeadingMatch(system="none", number="", title="Notes", rest=""))
    assert [s.id for s in outline.sections] == ["s-notes", "s-notes-2", "s-notes-3"]


@pytest.mark.parametrize(
    "line",
    [
        "1 Roe, Doe and Poe were with the minister. The envoy was accompanied by Mr K. Lee.",
        "2 Allied Occupation Forces.",
    ],
)
def test_a_bare_number_and_sentences_is_an_archive_note(line: str) -> None:
    assert match_numbered(line) is None


def test_a_bare_number_and_a_title_stays_a_heading() -> None:
    assert _heading("1 Introduction").title == "Introduction"
