"""Names nested in a longer name are found in Traditional text as in Simplified, surfaces kept as written."""

from __future__ import annotations

from conftest import REPO
from nea_site.extract.actors import build_gazetteer, find_actor_spans, find_nested_spans
from nea_site.records import read_vocabulary

GAZETTEER = build_gazetteer(read_vocabulary(REPO / "corpus" / "curated"))


def _nested(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    return [
        (inner.start, inner.surface, inner.actors)
        for span in find_actor_spans(text, GAZETTEER)
        for inner in find_nested_spans(span, GAZETTEER)
    ]


def test_nested_names_in_traditional_text() -> None:
    simplified = _nested("由中日韩合作秘书处举办")
    traditional = _nested("由中日韓合作秘書處舉辦")
    assert (1, "中日韩", ("china", "japan", "south-korea")) in simplified
    assert [(at, actors) for at, _, actors in traditional] == [(at, actors) for at, _, actors in simplified]
    assert (1, "中日韓", ("china", "japan", "south-korea")) in traditional  # the surface as written
