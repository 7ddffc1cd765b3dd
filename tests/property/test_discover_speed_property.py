"""Character tests that stand in for regex searches in the discovery rules: the rules find the same with them."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nea_site import lexicon
from nea_site.extract.discover.people_places import english_places
from nea_site.extract.discover.rules import compiled_rules

_place_soup = st.lists(
    st.sampled_from(
        ["at", "in", "near", "heat", "Spin", " ", "  ", ", ", ",", "\n", "\t", "Atlas", "Bay", "Ol", "Nova Ria",
         "Utopia", "Utopias", "x", "é", "_", "1", "Mr", "ATLAS"]
    ),
    max_size=16,
).map("".join)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_place_soup)
@example("They met at Atlas in Utopia, near Nova Ria, Utopia; heat Bay in Utopia; in Atlas Bay, Utopia.")
@example("at Atlas in\nUtopia, in Ol, Utopia, _at Atlas in Utopia, at Atlas Bay Ria in Utopia")
@example("near Nova Ria, Utopia")
@example("Talks at Atlas Bay in Utopia")
@example("in Atlas,\tUtopia")
@example("1in Atlas in Utopia")
def test_english_places_find_the_same_with_the_placed_test(soup: str) -> None:
    rules = compiled_rules(lexicon.current())
    known_places = [i for i in range(len(soup)) if soup.startswith("Utopia", i)]

    def known_at(at: int) -> tuple[str, int] | None:
        return ("country", at + len("Utopia")) if at in known_places else None

    def known(start: int, end: int) -> bool:
        return False

    with_test = english_places(soup, rules, known, known_at, placed=known_places)  # type: ignore[arg-type]
    assert with_test == english_places(soup, rules, known, known_at, placed=None)  # type: ignore[arg-type]


_appositive_soup = st.lists(
    st.sampled_from(
        ["Kim Minsu", "K. Ono", "Moon Jae-in", "Atlas", ",", ", ", ",\n", " ", "  ", "its", "the", "first", "vice",
         "South Korea's", "Foreign", "minister", "president", "x", "1", "é", "_", ".", "\n"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_appositive_soup)
@example("Moon Jae-in, South Korea's president")
@example("Kim Minsu, its first vice foreign minister, Atlas, the president")
def test_an_appositive_s_comma_is_the_last_before_its_title(soup: str) -> None:
    rules = compiled_rules(lexicon.current())
    for end in range(len(soup) + 1):
        match = rules.appositive_re.search(soup, 0, end)
        last = soup.rfind(",", 0, end)
        if match is not None:  # so english_people searches only where the tail matches from the last comma
            assert match.end("name") == last
            assert rules.appositive_tail_re.match(soup, last, end)
