"""Character tests that stand in for regex searches in the discovery rules find what the searches find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.extract.discover.people_places import _LINK_BEFORE_RE, linked_before

_link_soup = st.lists(
    st.sampled_from(["in", "In", ",", " ", "\n", "\t", "x", "Utopia", "\u3000", "i", "n"]), max_size=12
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_link_soup.map("".join), st.text(max_size=20)))
def test_a_link_before_a_known_place_is_what_the_regex_finds(soup: str) -> None:
    for at in range(len(soup) + 1):
        assert linked_before(soup, at) == (_LINK_BEFORE_RE.search(soup, max(0, at - 4), at) is not None), at
