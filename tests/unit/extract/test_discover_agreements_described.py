"""Agreements described by their parties and subject, read as the vocabulary's when one fits (invented texts)."""

from __future__ import annotations

from discovery import discover_texts
from nea_site.extract.discover import Discovery


def _found(found: Discovery) -> list[tuple[str, str, str]]:
    return [(a.name.en or "", a.type, a.found_by or "") for a in found.actors]


def _linked(found: Discovery) -> set[str]:
    return {m.actor for m in found.mentions}


def test_a_party_owning_a_subject_agreement_with_another_is_one_agreement() -> None:
    text = "In Velmar, Japan's civil aviation agreement with China was the first item."
    found = discover_texts(text)
    assert _found(found) == [("Japan–China civil aviation agreement", "agreement", "pair_agreement")]
    mention = next(m for m in found.mentions)
    assert text[mention.offset :].startswith("civil aviation agreement")  # the parties stay linked as countries


def test_a_party_signing_a_subject_agreement_with_another_drops_the_vague_words() -> None:
    found = discover_texts("Australia has signed a new trade agreement with Japan after long talks in Velmar.")
    assert _found(found) == [("Australia–Japan trade agreement", "agreement", "pair_agreement")]


def test_an_agreement_with_no_subject_but_vague_words_names_none() -> None:
    assert _found(discover_texts("Japan's new bilateral agreement with China was welcomed in Velmar.")) == []
    assert _found(discover_texts("Japan signed the agreement with China in Velmar.")) == []


def test_more_parties_or_a_party_inside_a_longer_word_name_none() -> None:
    assert _found(discover_texts("Japan's trade agreement with China and Mongolia was discussed in Velmar.")) == []
    assert _found(discover_texts("Japan's trade agreement with China-based firms was discussed in Velmar.")) == []


def test_a_description_fitting_one_known_agreement_is_a_mention_of_it() -> None:
    found = discover_texts("Korea's free-trade agreement with the United Kingdom was upgraded in Velmar.")
    assert _found(found) == []
    assert _linked(found) == {"korea-uk-fta"}


def test_a_pair_agreement_in_lower_case_is_read_as_the_known_one() -> None:
    found = discover_texts("Talks on the Korea–UK free trade agreement went on in Velmar.")
    assert _found(found) == []
    assert _linked(found) == {"korea-uk-fta"}


def test_a_description_fitting_several_known_agreements_is_neither_guessed_nor_made_anew() -> None:
    # "peace treaty" between Japan and China: the 1978 treaty and the one also called Sino-Japanese Peace Treaty
    found = discover_texts("Japan signed the peace treaty with China, the minister told Velmar.")
    assert _found(found) == []
    assert _linked(found) == set()


def test_the_government_of_the_other_party_is_the_party() -> None:
    found = discover_texts("Japan signed the peace treaty with the Government of the Republic of China and kept it.")
    assert "treaty-of-taipei" in _linked(found)


def test_their_agreement_in_a_paragraph_on_two_countries_is_the_known_one_of_theirs() -> None:
    found = discover_texts("South Korea and the UK are in Velmar to upgrade their free-trade agreement this year.")
    assert _found(found) == []
    assert _linked(found) == {"korea-uk-fta"}


def test_their_agreement_is_no_known_one_with_a_third_country_or_no_fitting_name() -> None:
    three = "South Korea, Japan and the UK met in Velmar to upgrade their free-trade agreement."
    assert _linked(discover_texts(three)) == set()
    unknown = discover_texts("Japan and Mongolia met in Velmar to renew their fisheries agreement.")
    assert (_found(unknown), _linked(unknown)) == ([], set())  # no known one fits and none is made anew
