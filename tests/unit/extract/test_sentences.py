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
