"""A whole saved page on one line: its tail (comment prompt, headline boxes) is page furniture, invented texts."""

from __future__ import annotations

from nea_site.parse.furniture import drop_page_furniture

STORY = "RIVERTON, May 3 (Wire) -- The harbour council of Riverton approved a new ferry line on Friday. " * 3


def test_a_run_on_page_is_cut_at_its_tail_when_two_tail_markers_stand_in_it() -> None:
    line = STORY + "(Web editor: Ann Lee) Add your comment Please enable JavaScript to view the comments. "
    line += "Related reading Ferry fares rise in Northport We Recommend Night market in Eastvale Most Read 1 Floods"
    assert drop_page_furniture([line]) == [STORY + "(Web editor: Ann Lee)"]


def test_one_marker_alone_is_a_sentence_of_the_text() -> None:
    line = STORY + "The paper's list of Most Read stories put the ferry first."
    assert drop_page_furniture([line]) == [line]


def test_a_short_line_is_never_cut() -> None:
    line = "Related reading We Recommend"
    assert drop_page_furniture([line]) == [line]


def test_a_language_menu_left_in_a_line_is_dropped() -> None:
    line = "Search Archive Chinese Japanese French Spanish Russian Arabic Home Business World " + STORY
    assert drop_page_furniture([line]) == ["Search Archive  Home Business World " + STORY]
    prose = "She speaks French, Spanish and Russian at work."  # a sentence's list of languages stays
    assert drop_page_furniture([prose]) == [prose]
