"""A family name alone ("MR QUILLAN") names the one vocabulary person of that name in office in the document's year."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.ingest import read_source
from nea_site.parse import parse_document

VOCABULARY = """\
actors:
  - id: aldo-quillan
    type: person
    in_office: [1950, 1962]
    name: {en: Aldo Quillan, zh: 奎兰}
  - id: quillan-mura
    type: person
    in_office: [1980, 1986]
    name: {en: Quillan Mura, zh: 奎兰村}
  - id: sedo-varnak
    type: person
    in_office: [1955, 1960]
    name: {en: Varnak Sedo, zh: 瓦尔纳克}
  - id: ilse-varnak
    type: person
    in_office: [1957, 1959]
    name: {en: Ilse Varnak, zh: 伊尔瑟}
  - id: warren-halden
    type: person
    in_office: [1955, 1960]
    name: {en: Warren Halden, zh: 沃伦·哈尔登}
  - id: zhou-wenli
    type: person
    in_office: [1950, 1970]
    name: {en: Zhou Wenli, zh: 周文立}
    aliases:
      en: ["Chou Wen-li", "Premier Zhou Wenli"]
  - id: kim-dohan
    type: person
    in_office: [1950, 1970]
    name: {en: Kim Do-han, zh: 金道汉}
"""

RECORD = """\
---
title: Record of a conversation
date: {year}-04-12
---

MR QUILLAN welcomed MR VARNAK to the capital and spoke of the fisheries question.

QUILLAN said that the two governments should form a joint committee.
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    curated = tmp_path_factory.mktemp("curated")
    (curated / "actors.yml").write_text(VOCABULARY, encoding="utf-8")
    return make_extractor(read_vocabulary(curated))


def _extract(tmp_path: Path, extractor: Extractor, year: int, text: str = RECORD) -> Extraction:
    path = tmp_path / f"record-{year}.md"
    path.write_text(text.format(year=year), encoding="utf-8")
    source = read_source(path)
    record = merge_metadata(parse_document(source), None, sha256=source.sha256)
    return extract_document(record, extractor)


def test_the_one_person_of_that_name_in_office_then_is_named(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, 1957)
    linked = [(m.actor, m.surface) for m in found.mentions if m.actor == "aldo-quillan"]
    assert linked == [("aldo-quillan", "QUILLAN"), ("aldo-quillan", "QUILLAN")]  # the bare repeat too
    assert all(a.name.en != "Quillan" for a in found.discovered)


def test_a_name_two_people_in_office_share_stays_discovered(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, 1957)  # two Varnaks in office in 1957
    assert not any(m.actor in ("sedo-varnak", "ilse-varnak") for m in found.mentions)
    assert [a.name.en for a in found.discovered if a.type == "person"] == ["Varnak"]


def test_out_of_office_years_name_no_one(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, 1972)  # Aldo Quillan left office in 1962, Quillan Mura came in 1980
    assert not any(m.actor in ("aldo-quillan", "quillan-mura") for m in found.mentions)
    assert "Quillan" in [a.name.en for a in found.discovered]
    later = _extract(tmp_path, extractor, 1984)  # the other Quillan, whose name opens with it
    assert [m.actor for m in later.mentions if m.surface == "QUILLAN"] == ["quillan-mura", "quillan-mura"]


def test_a_western_name_s_first_word_is_its_given_name(tmp_path: Path, extractor: Extractor) -> None:
    text = RECORD.replace("MR VARNAK", "MR HALDEN").replace("QUILLAN said", "Mr Warren said")
    found = _extract(tmp_path, extractor, 1957, text)
    assert [m.surface for m in found.mentions if m.actor == "warren-halden"] == ["HALDEN"]
    assert "Warren" in [a.name.en for a in found.discovered]  # a Mr Warren of 1957 is someone else


TITLED = """\
---
title: LETTER FROM QUILLAN TO HALDEN
date: {year}-06-05
---

I acknowledge receipt of your letter of last month on the fisheries question.
"""


def test_the_parties_a_record_s_title_names(tmp_path: Path, extractor: Extractor) -> None:
    found = _extract(tmp_path, extractor, 1957, TITLED)
    assert [(m.actor, m.surface, m.paragraph, m.section) for m in found.mentions] == [
        ("aldo-quillan", "QUILLAN", 0, "title"),
        ("warren-halden", "HALDEN", 0, "title"),
    ]
    assert _extract(tmp_path, extractor, 1972, TITLED).mentions == ()  # neither in office then


def test_an_older_romanisation_gives_its_family_name_but_not_a_very_common_one(
    tmp_path: Path, extractor: Extractor
) -> None:
    text = RECORD.replace("MR VARNAK", "PREMIER CHOU").replace("QUILLAN said", "Mr Kim said")
    found = _extract(tmp_path, extractor, 1957, text)
    assert [m.surface for m in found.mentions if m.actor == "zhou-wenli"] == ["CHOU"]
    assert not any(m.actor == "kim-dohan" for m in found.mentions)  # so many officials are called Kim
