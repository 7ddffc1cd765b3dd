"""layout: blank-line blocks, footnote blocks, hard-wrap detection and line joining."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from nea_site.parse.furniture import drop_page_furniture
from nea_site.parse.layout import (
    document_words,
    is_hard_wrapped,
    join_lines,
    looks_numbered,
    split_units,
)


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _texts(text: str) -> list[str]:
    return [u.text for u in split_units(text) if u.kind == "text"]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("regional", "cooperation", "regional cooperation"),
        ("regional ", "  cooperation", "regional cooperation"),
        ("签署了合作备", "忘录，将协调", "签署了合作备忘录，将协调"),
        ("合作。", "Ports", "合作。Ports"),
        ("in 2012", "年以来", "in 2012年以来"),
        ("the cross-", "border line", "the cross-border line"),
        ("Sino-", "Korean trade", "Sino- Korean trade"),  # a capital after the hyphen: keep both words apart
        ("", "alone", "alone"),
        ("alone", "", "alone"),
    ],
)
def test_join_lines(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right) == joined


def test_wrapped_fixture_is_detected_as_hard_wrapped() -> None:
    lines = [(n, line) for n, line in enumerate(_fixture("wrapped_pdf_lines.txt").split("\n"), start=1)]
    blocks = [[(n, line) for n, line in lines[2:7]], [(n, line) for n, line in lines[20:25]]]
    assert is_hard_wrapped(blocks)


def test_one_paragraph_per_line_is_not_hard_wrapped() -> None:
    lines = list(enumerate(_fixture("web_article_inline_headings.txt").split("\n"), start=1))
    assert not is_hard_wrapped([lines])


def test_too_few_lines_are_not_hard_wrapped() -> None:
    assert not is_hard_wrapped([[(1, "a" * 90), (2, "b" * 90), (3, "c")]])


def test_wrapped_lines_are_joined_into_paragraphs() -> None:
    texts = _texts(_fixture("wrapped_pdf_lines.txt"))
    assert texts[0] == "Regional Cooperation in the Tumen River Basin: Ports, Railways and Trust"
    assert texts[1].startswith("Regional cooperation along the Tumen River has advanced slowly for three decades, yet")
    assert texts[1].endswith("rather than from summit declarations.")
    assert "\n" not in "".join(texts)
    # The heading wrapped onto two lines is one unit; the hyphen at a line end joins the compound.
    assert texts[2] == (
        "1. 1. Transport links across the lower basin and the changing role of the provincial governments"
    )
    assert "A line built for the cross-border timber trade" in texts[3]


def test_blank_line_mid_sentence_leaves_two_units_for_the_document_to_rejoin() -> None:
    texts = _texts(_fixture("wrapped_pdf_lines.txt"))
    assert texts[3].endswith("the number of freight trains crossing the")
    assert texts[4].startswith("border each week stayed below ten")


def test_heading_right_after_a_paragraph_line_starts_a_new_unit() -> None:
    texts = _texts(_fixture("wrapped_pdf_lines.txt"))
    assert texts[6].endswith("which made the route more expensive than the longer trip by sea.")
    assert texts[7] == "1.2 Energy projects and local finance"


def test_numbered_line_inside_a_sentence_stays_joined() -> None:
    line = "The agreement covered the ports of the lower basin and was signed by provincial officials in"
    odd = "2 Of the ports joined later, while the rest waited for the new railway to the coast and"
    text = "\n".join([line, line, line, odd, line, line, line, "the end."])
    units = split_units(text)
    assert len(units) == 1
    assert "officials in 2 Of the ports" in units[0].text


def test_unwrapped_lines_are_one_unit_each_but_a_trailing_comma_continues() -> None:
    units = split_units(_fixture("translated_credit.txt"))
    assert [(u.line, u.text) for u in units][:3] == [
        (1, "Cross-Border Tourism and Trust Building in the Tumen Delta"),
        (3, "PARK, Jiwoo"),
        (5, "Senior Researcher, Institute for Border Studies, Eastern Provincial Academy of Social Sciences"),
    ]
    assert units[2].single_line is False
    assert units[0].single_line is True


def test_leading_indentation_is_removed() -> None:
    units = split_units("  \u3000Indented line one.\n\n\tIndented line two.")
    assert [u.text for u in units] == ["Indented line one.", "Indented line two."]


def test_footnote_blocks_after_rules() -> None:
    units = split_units(_fixture("markdown_page_footnotes.md"))
    notes = [u for u in units if u.kind == "notes"]
    assert [[label for label, _, _ in u.notes] for u in notes] == [["1"], ["1", "2"], ["1"], ["1"]]
    assert all(u.after_rule for u in notes)
    assert notes[1].notes[1] == ("2", "同上，第9页。", 35)
    assert all(u.text == "" for u in notes)
    # The text after a footnote block continues the cut sentence and is an ordinary text unit.
    after = units[units.index(notes[0]) + 1]
    assert after.kind == "text" and after.text.startswith("忘录，将协调小组") and not after.after_rule


def test_note_continuation_line_joins_its_note() -> None:
    units = split_units("Body text.\n\n[1] First part of the note,\nsecond part.\n\nMore body.")
    assert [(u.kind, u.text, u.notes) for u in units] == [
        ("text", "Body text.", []),
        ("notes", "", [("1", "First part of the note, second part.", 3)]),
        ("text", "More body.", []),
    ]


def test_markdown_footnote_definitions() -> None:
    units = split_units("Body[^1] text.\n\n[^1]: The note.")
    assert units[1].kind == "notes" and units[1].notes == [("1", "The note.", 3)]


def test_rule_lines_are_dropped_and_mark_the_next_unit() -> None:
    units = split_units("Page one ends.\n\n---\n\nPage two starts.")
    assert [(u.text, u.after_rule) for u in units] == [("Page one ends.", False), ("Page two starts.", True)]


@pytest.mark.parametrize(
    ("line", "numbered"),
    [
        ("1. 1. Title", True),
        ("2.3.1 Trade", True),
        ("一、合作", True),
        ("（二）机制", True),
        ("(三) 机制", True),
        ("## 结语", True),
        ("2019 was a year", False),
        ("Plain text", False),
    ],
)
def test_looks_numbered(line: str, numbered: bool) -> None:
    assert looks_numbered(line) is numbered


def test_empty_and_blank_text_give_no_units() -> None:
    assert split_units("") == []
    assert split_units("\n \n\t\n") == []


@pytest.mark.parametrize(
    ("left", "right", "text", "joined"),
    [
        ("operational coopera-", "tion has", "", "operational cooperation has"),  # "-tion" only ends words: cut
        ("the acci-", "dents of", "", "the accidents of"),
        ("a hard-", "line stance", "", "a hard-line stance"),  # no evidence either way: the hyphen stays
        ("the coopera-", "tion of", "Their cooperation grew.", "the cooperation of"),
        ("the cross-", "border line", "A cross section.", "the cross-border line"),  # "cross" is a word here
        ("a well-", "known case", "A well-known case.", "a well-known case"),
        ("people-to-", "people ties", "Ties to people.", "people-to-people ties"),
        ("the Sino-", "Korean trade", "", "the Sino- Korean trade"),  # a capital after the hyphen: two words
    ],
)
def test_line_end_hyphen_judged_by_the_document_s_words(left: str, right: str, text: str, joined: str) -> None:
    assert join_lines(left, right, words=document_words(f"{text}\n{left}\n{right}")) == joined


def test_pieces_of_a_cut_word_are_no_evidence() -> None:
    assert "coopera" not in document_words("operational coopera-\ntion has")


def test_page_marks_running_headers_and_page_numbers_are_blanked() -> None:
    lines = [
        "The first page ends here.",
        "- 1 -",
        "\fJournal of Example Studies, Vol. 5                2",
        "The second page starts here.",
        "Its last line.",
        "3",
        "\fJournal of Example Studies, Vol. 5                3",
        "The third page.",
        "Page 4 of 9",
        "第5页",
    ]
    assert drop_page_furniture(lines) == [
        "The first page ends here.",
        "",
        "",
        "The second page starts here.",
        "Its last line.",
        "",  # a number alone at a page's edge
        "",
        "The third page.",
        "",
        "",
    ]


def test_lines_recurring_with_changing_numbers_are_running_headers_without_page_breaks() -> None:
    header = "Northeast Asia Review, Vol. 5, No. 2        {}"
    lines = [header.format(12), "Text one.", header.format(13), "Text two.", "14  Northeast Asia Review, Vol. 5, No. 2"]
    assert drop_page_furniture(lines) == ["", "Text one.", "", "Text two.", ""]
    # Numbered headings are no running header, however many there are.
    headings = ["1. Section 1", "Text.", "2. Section 2", "Text.", "3. Section 3", "Article 4", "Article 5", "Article 6"]
    assert drop_page_furniture(headings) == headings
    # The same line three times, numbers and all, is the text's own (a repeated refrain, a table row).
    same = ["In 2019 trade grew.", "x", "In 2019 trade grew.", "y", "In 2019 trade grew."]
    assert drop_page_furniture(same) == same


def test_a_number_inside_the_text_is_kept() -> None:
    lines = ["Projects by year:", "2019", "12"]
    assert drop_page_furniture(lines) == lines


def test_a_table_of_contents_is_blanked_with_its_title() -> None:
    lines = [
        "A Report",
        "",
        "Contents",
        "Executive Summary ........................ 2",
        "1. Introduction ........................... 3",
        "2.1 Trade . . . . . . . . 12",
        "一、引言……………………1",
        "Annex ______ iv",
        "",
        "Executive Summary",
        "The text says 1999.... and then 3 more.",
    ]
    out = drop_page_furniture(lines)
    assert out[:2] == ["A Report", ""] and set(out[2:8]) == {""}
    assert out[9:] == lines[9:]  # the heading itself and body text with dots are kept


def test_contents_word_without_entries_under_it_is_kept() -> None:
    lines = ["Contents", "", "The contents of the agreement are public."]
    assert drop_page_furniture(lines) == lines


def test_teaser_lines_of_a_saved_page_are_blanked() -> None:
    lines = ["Related: Five things to know", "相关阅读：三国合作", "Relations between the two improved: talks resumed."]
    assert drop_page_furniture(lines) == ["", "", lines[2]]


def test_the_buttons_of_a_saved_page_are_blanked() -> None:
    buttons = ["Share this:", "Tweet", "Print", "【字号 大 中 小】", "分享到：", "Email"]
    kept = ["Print media in the three countries covered the summit.", "Share of trade: 20 percent"]
    assert drop_page_furniture(buttons + kept) == [""] * len(buttons) + kept


def test_bulleted_items_in_wrapped_text_are_paragraphs_and_the_text_goes_on_after_them() -> None:
    wrapped = (
        "The summit adopted several documents that cover a wide range of issues for the\n"
        "three countries, as listed below in the order of their adoption by the leaders:\n"
        "• a joint declaration on the future of trilateral cooperation in the region and\n"
        "  its institutions\n"
        "\uf0b7 a statement on trade and investment among the three countries and beyond\n"
        "● a statement on health cooperation, which was the first of its kind for them\n"
        "The leaders also agreed to meet again in the following year in the capital city.\n"
    )
    assert [u.text[:30] for u in split_units(wrapped * 3)][:5] == [
        "The summit adopted several doc",
        "- a joint declaration on the f",
        "- a statement on trade and inv",
        "- a statement on health cooper",
        "The leaders also agreed to mee",
    ]
    assert split_units(wrapped * 3)[1].text.endswith("in the region and its institutions")


def test_bullet_glyphs_of_unwrapped_lines_become_items() -> None:
    assert [u.text for u in split_units("◆ 1999年11月，启动合作。\n▪ 2008年12月，首次会议。\n")] == [
        "- 1999年11月，启动合作。",
        "- 2008年12月，首次会议。",
    ]


def test_letter_spaced_chinese_is_closed_up() -> None:
    spaced = (
        "中 日 韩 合 作 的 新 阶 段\n\n2 0 2 4 年 5 月 2 7 日 ， 第 九 次 中 日 韩 领 导 人 会 议 在 首 尔 举 行 。"
        " 三 国 领 导 人 同 意 加 快 FTA 谈 判 。\n"
    )
    assert [u.text for u in split_units(spaced)] == [
        "中日韩合作的新阶段",
        "2024年5月27日，第九次中日韩领导人会议在首尔举行。三国领导人同意加快 FTA 谈判。",  # Latin keeps its spaces
    ]


def test_ordinary_chinese_with_a_few_spaces_is_left_as_written() -> None:
    text = "中日韩 合作的新阶段\n\n2024年5月27日，第九次中日韩领导人会议在首尔举行。\n"
    assert [u.text for u in split_units(text)] == [
        "中日韩 合作的新阶段",
        "2024年5月27日，第九次中日韩领导人会议在首尔举行。",
    ]


def test_a_repository_stamp_on_every_page_is_blanked() -> None:
    stamp = "Electronic copy available at: https://example.org/abstract=4567890"
    lines = ["First page text goes on here", stamp, "second page text goes on", stamp, "third page", stamp]
    assert drop_page_furniture(lines) == [line if line != stamp else "" for line in lines]


def test_a_passage_repeated_whole_is_no_stamp() -> None:
    block = ["A line of the passage that repeats", "and another line of the same passage"]
    assert drop_page_furniture(block * 3) == block * 3  # the neighbours repeat too: copied text, not a stamp


def test_a_mailing_s_footer_is_blanked() -> None:
    footer = [
        "You are receiving this email because you subscribed to Example Monitor.",
        "Unsubscribe | Manage preferences | View in browser",
        "如需退订请回复TD",
    ]
    kept = ["退订的人很多，这说明问题。", "The readers who unsubscribe are few."]
    assert drop_page_furniture(footer + kept) == [""] * len(footer) + kept


def test_counters_next_to_buttons_are_blanked_and_other_numbers_stay() -> None:
    lines = ["Nov 27, 2023", "", "12", "", "3", "", "Share", "", "Text of the post.", "", "2024", "", "Next text."]
    assert drop_page_furniture(lines) == ["Nov 27, 2023", "", "", "", "", "", "", "", *lines[8:]]


@pytest.mark.parametrize("line", ["Follow", "Listen", "5 min read", "120 Followers", "Restack", "·", "--", "Subscribe"])
def test_a_blog_platform_s_buttons_are_blanked(line: str) -> None:
    assert drop_page_furniture([line, "Text of the post."]) == ["", "Text of the post."]


def test_a_newsletter_s_latest_news_section_is_text() -> None:
    lines = ["Latest news", "Ministers meet in Busan", "Seoul and Tokyo resume dialogue", "", "More text."]
    assert drop_page_furniture(lines) == lines  # a section of the text, not another page's sidebar


_FULL = "The ministers of the three countries met in the port city to review the progress of the"
_FULL_2 = "corridor, which had been slowed by the pandemic and by the lack of funds for the bridge."


def test_a_line_the_writer_broke_short_starts_a_new_unit() -> None:
    text = "\n".join([
        "From Breakfast to Secretariat: Institutionalising China-Japan-Korea",
        "Cooperation, 1999-2011", "", "Min-jun Choi", "Korea Institute for Regional Studies", "",
        "1. Introduction", _FULL, _FULL_2, _FULL, _FULL_2, "", _FULL, _FULL_2, _FULL, "end of the text.",
    ])  # fmt: skip
    texts = _texts(text)
    assert texts[:4] == [
        "From Breakfast to Secretariat: Institutionalising China-Japan-Korea Cooperation, 1999-2011",
        "Min-jun Choi",
        "Korea Institute for Regional Studies",
        "1. Introduction",
    ]
    assert texts[4] == " ".join([_FULL, _FULL_2, _FULL, _FULL_2])


def test_a_line_cut_short_before_a_long_word_is_still_joined() -> None:
    short = "The ministers of the three countries met in the port city to discuss"  # the next word did not fit
    text = "\n".join([_FULL, short, "internationalisation of the currency and the bridge over the river.", _FULL])
    text = "\n".join([text, _FULL_2, "", text, _FULL_2, "the end."])
    assert _texts(text)[0].startswith(f"{_FULL} {short} internationalisation")


def test_a_footer_set_apart_from_its_page_number_by_a_wide_gap_goes_from_its_second_page() -> None:
    page = [_FULL, _FULL_2, _FULL, "end of the page."]
    lines = [*page, "", "Trilateral Trade Monitor 2024                                  2", "", *page, ""]
    lines += ["Trilateral Trade Monitor 2024                                  3", "", *page]
    texts = _texts("\n".join(lines))
    assert not any("Monitor" in t for t in texts)
    # With a single space before the number, a line seen twice stays (a title and a heading can repeat so).
    close = [line.replace("                                  ", " ") for line in lines]
    assert sum("Monitor" in t for t in _texts("\n".join(close))) == 2


@pytest.mark.parametrize(
    "line",
    [
        "首页 > 国际 > 正文",
        "Home › World › Asia",
        "【纠错】",
        "扫一扫，用手机看新闻！",
        "Skip to main content",
        "Advertisement",
    ],
)
def test_a_news_site_s_furniture_is_blanked(line: str) -> None:
    assert drop_page_furniture([line, "三国合作已走过25年历程。"]) == ["", "三国合作已走过25年历程。"]


def test_a_sentence_that_starts_like_furniture_stays() -> None:
    kept = ["Home to three of the world's largest economies, the region trades more each year."]
    assert drop_page_furniture(kept) == kept


def test_lines_of_a_short_wrapped_text_join_where_a_sentence_goes_on() -> None:
    # Too few lines to measure a wrap width: a line opening in lower case, or one after a line ending on "in",
    # goes on with the sentence; a line after a full stop stays apart.
    text = (
        "Trust after the Pandemic: China, Japan and\nSouth Korea\n\n"
        "Cooperation stalled after\nthe summit in December 2019. The ministers met\nin Busan.\n\n"
        "The secretariat opened in Seoul in\nSeptember 2011.\nIts budget is shared.\n"
    )
    assert _texts(text) == [
        "Trust after the Pandemic: China, Japan and South Korea",
        "Cooperation stalled after the summit in December 2019. The ministers met in Busan.",
        "The secretariat opened in Seoul in September 2011.",
        "Its budget is shared.",
    ]


def _converted_page() -> str:
    """A converted wiki page: prose cut at 60 columns, a long table, and a navigation box's indented entries."""
    prose = (
        "The example council was proposed by the deputy head of the\n"
        "Westhaven Centre for International Economic and Social\n"
        "Exchanges, a research body, at a forum in April 2009.\n"
        "Its first meeting was held a year later in a northern port\n"
        "city, and its members agreed to meet again every two years.\n"
    )
    rows = "\n".join(
        f"Member {'x' * (i * 7 % 50)} | {2000 + i} | {i * 3}.5 | note {'y' * (i * 11 % 90)}" for i in range(30)
    )
    navbox = "\n".join(f"    {role}: Name{i} Person{i}" for i, role in enumerate(["Chairman", "Secretary", "Head"] * 4))
    more = "\n\n".join(prose for _ in range(3))
    return f"# Example council\n\n{more}\n\nName | Year | Share | Note\n---|---|---|---\n{rows}\n\n{navbox}\n"


def test_a_long_table_and_a_navigation_box_leave_the_prose_cut_at_its_width() -> None:
    from nea_site.model import SourceId, SourceText
    from nea_site.parse import parse_document

    source = SourceText(source_id=SourceId("t"), file_name="t.md", text=_converted_page(), encoding="utf_8", sha256="0")
    texts = [p.text for p in parse_document(source).paragraphs]
    assert any(t.startswith("The example council") and t.endswith("every two years.") for t in texts)
    assert not any(t.startswith("Exchanges") for t in texts)
    assert "Secretary: Name1 Person1" in texts
    assert not any(t.count("Person") > 1 for t in texts)  # each entry of the box stays a line of its own
