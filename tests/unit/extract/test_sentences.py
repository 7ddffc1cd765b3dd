"""split_sentences: where a period ends no sentence."""

from __future__ import annotations

from nea_site.extract.sentences import split_sentences


def test_an_abbreviated_month_before_a_number_ends_no_sentence() -> None:
    text = "The panel sat from Oct. 2016 to Jan. 2018. It met in Dec. Then it closed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The panel sat from Oct. 2016 to Jan. 2018.",
        "It met in Dec.",
        "Then it closed.",
    ]


def test_titles_of_address_and_times_of_day_end_no_sentence() -> None:
    text = "On May 3, Ms. KIM Jiyoung met Prof. Lee at 3 p.m. Monday. Gen. Park left. The U.S. and Japan agreed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "On May 3, Ms. KIM Jiyoung met Prof. Lee at 3 p.m. Monday.",
        "Gen. Park left.",
        "The U.S. and Japan agreed.",
    ]


def test_a_word_ending_like_an_abbreviation_still_ends_a_sentence() -> None:
    text = "They talked about arms. Then they left."  # "arms" ends in "ms", no title
    assert [text[a:b] for a, b in split_sentences(text)] == ["They talked about arms.", "Then they left."]


def test_a_citations_page_and_figure_end_no_sentence() -> None:
    text = 'He said so ("Towards an Example", 1977, p. 16). See Fig. 2 and ch. 3. Then it closed.'
    assert [text[a:b] for a, b in split_sentences(text)] == [
        'He said so ("Towards an Example", 1977, p. 16).',
        "See Fig. 2 and ch. 3.",
        "Then it closed.",
    ]


def test_a_date_written_with_points_opening_a_line_ends_no_sentence() -> None:
    for text in ("2031.04.10. 甲市 대표단 을시 방문", "2031.10.16. ~ 18. 대표단 을시 방문(외 28명)"):
        assert [text[a:b] for a, b in split_sentences(text)] == [text]
    text = "It ended on 2031.04.10. Then it rose."  # a date closing a sentence still closes it
    assert [text[a:b] for a, b in split_sentences(text)] == ["It ended on 2031.04.10.", "Then it rose."]
