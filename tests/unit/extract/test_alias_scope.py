"""Where a vocabulary alias names its actor: a bare head word beside another name, an office not after "Deputy"."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.ingest import read_source
from nea_site.parse import parse_document

VOCABULARY = """\
actors:
  - id: harbour-secretariat
    type: organization
    name: {en: Tri-Harbour Cooperation Secretariat, zh: 三港合作秘书处}
    aliases:
      en: ["THCS", "Secretariat"]
      zh: ["秘书处"]
  - id: ada-quillan
    type: person
    name: {en: Ada Quillan, zh: 奎兰}
    aliases:
      en: ["Prime Minister Quillan", "Foreign Minister Quillan"]
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    curated = tmp_path_factory.mktemp("curated")
    (curated / "actors.yml").write_text(VOCABULARY, encoding="utf-8")
    return make_extractor(read_vocabulary(curated))


def _extract(tmp_path: Path, extractor: Extractor, text: str) -> Extraction:
    path = tmp_path / "text.md"
    path.write_text(f"# A note\n\n{text}\n", encoding="utf-8")
    source = read_source(path)
    return extract_document(merge_metadata(parse_document(source), None, sha256=source.sha256), extractor)


def test_the_short_form_links_where_the_text_names_the_actor(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, "The THCS opened in May. The Secretariat then hired staff.")
    assert [(m.actor, m.surface) for m in found.mentions] == [
        ("harbour-secretariat", "THCS"),
        ("harbour-secretariat", "Secretariat"),
    ]


def test_alone_it_is_another_bodys_head_word(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, "The request went to the Customs Union Secretariat in Geneva.")
    assert not any(m.actor == "harbour-secretariat" for m in found.mentions)
    zh = _extract(tmp_path, extractor, "文件已提交关税联盟秘书处。")
    assert not any(m.actor == "harbour-secretariat" for m in zh.mentions)


def test_an_office_alias_after_a_modifier_is_another_office(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(
        tmp_path, extractor, "Prime Minister Quillan met the envoys. Later Foreign Minister Quillan spoke."
    )
    assert [m.surface for m in found.mentions if m.actor == "ada-quillan"] == [
        "Prime Minister Quillan",
        "Foreign Minister Quillan",
    ]
    other = _extract(tmp_path, extractor, "Deputy Prime Minister Quillan and Vice-Foreign Minister Quillan came.")
    assert not any(m.actor == "ada-quillan" for m in other.mentions)


def test_an_acronym_the_text_spells_out_as_another_name_is_not_the_vocabulary_s(
    tmp_path: Path, extractor: Extractor
) -> None:
    other = _extract(tmp_path, extractor, "The Tidal Hazard Control Service (THCS) said so. THCS staff agreed.")
    assert not any(m.actor == "harbour-secretariat" for m in other.mentions)
    own = _extract(tmp_path, extractor, "The Tri-Harbour Cooperation Secretariat (THCS) said so. THCS staff agreed.")
    assert [m.surface for m in own.mentions if m.actor == "harbour-secretariat"] == [
        "Tri-Harbour Cooperation Secretariat",
        "THCS",
        "THCS",
    ]


def test_a_countrys_name_before_a_family_name_is_a_persons_given_name() -> None:
    from discovery import extract_text

    text = "# Notes\n\nThey met in Jordan. Jordan Whitfield and Chad Ostrander spoke. The Jordan River is low.\n"
    linked = [(m.surface, m.offset) for m in extract_text(text).mentions if m.actor in ("jordan", "chad")]
    assert [surface for surface, _ in linked] == ["Jordan", "Jordan"]  # the country, and the river's country
    assert linked[1][1] == text.split("\n\n")[1].index("Jordan River")
