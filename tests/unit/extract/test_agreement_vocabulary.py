"""The vocabulary's agreements of the region as texts write them: scripts, variants, longer names (invented texts)."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import REPO
from discovery import EXTRACTOR
from nea_site.extract.actors import find_actor_spans


def _linked(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.surface, tuple(s.actors)) for s in find_actor_spans(text, EXTRACTOR.gazetteer)]


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("雙方在會上談及兩岸經濟合作架構協議的後續談判。", "兩岸經濟合作架構協議", "ecfa"),  # Taiwan's wording
        ("政府は東アジア協力に関する第二共同声明の作成に合意した。", "東アジア協力に関する第二共同声明", None),
        ("회의에서 한-칠레 FTA 발효 20주년을 기념했다.", "한-칠레 FTA", "korea-chile-fta"),
        ("日EU・EPAが発効した後の貿易を論じた。", "日EU・EPA", "japan-eu-epa"),
        ("The panel recalled the Bretton Woods system and the Plaza Accord.", "Bretton Woods system", None),
    ],
)
def test_an_agreement_is_linked_as_written_in_its_language(text: str, surface: str, actor: str | None) -> None:
    spans = dict(_linked(text))
    assert surface in spans
    if actor is not None:
        assert spans[surface] == (actor,)


def test_the_second_statement_is_not_the_first_one_it_holds() -> None:
    (span,) = _linked("会議は東アジア協力に関する第二共同声明を採択した。")
    assert span[1] == ("east-asia-cooperation-second-joint-statement",)


def test_a_treaty_named_in_full_is_one_agreement_not_its_parties() -> None:
    assert _linked("Both sides recalled the Treaty of Peace between Japan and the Republic of China in Velmar.") == [
        ("Treaty of Peace between Japan and the Republic of China", ("treaty-of-taipei",)),
    ]


def test_a_korean_pair_with_fta_is_the_agreement_not_the_pair() -> None:
    assert _linked("양국은 한미 FTA 개정에 합의했다.") == [("한미 FTA", ("korus-fta",))]


def test_asean_and_china_japan_korea_name_the_framework_and_each_party() -> None:
    (first, *_) = _linked("第二十次东盟与中日韩领导人会议在维尔马举行。")
    assert first == ("东盟与中日韩", ("asean-plus-three", "asean", "china", "japan", "south-korea"))


def _agree_section() -> list[dict[str, object]]:
    text = (REPO / "corpus" / "curated" / "actors.yml").read_text(encoding="utf-8")
    start = text.index("  # --- agree ---")
    end = text.index("\n# ", start)  # the next top-level comment: the actors list ends there
    entries = yaml.safe_load("actors:\n" + text[start:end])["actors"]
    assert isinstance(entries, list)
    return entries


_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9]{2,}$")  # ECFA, KORUS, ChAFTA, Trustpolitik, APTERR


def test_every_alias_of_the_section_is_specific_enough_not_to_match_inside_ordinary_words() -> None:
    entries = _agree_section()
    assert len(entries) > 100
    for entry in entries:
        name = entry["name"]
        aliases = entry.get("aliases") or {}
        assert isinstance(name, dict) and name.get("en") and name.get("zh"), entry["id"]
        assert isinstance(aliases, dict)
        for alias in aliases.get("en", []):
            assert " " in alias or "-" in alias or _ACRONYM_RE.match(alias), (entry["id"], alias)
        for alias in aliases.get("zh", []) + aliases.get("other", []):
            assert len(alias) >= 4 or alias.isascii(), (entry["id"], alias)
