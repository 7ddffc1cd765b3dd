"""Traditional Chinese text gives the events and claims that its Simplified twin gives (cues are Simplified)."""

from __future__ import annotations

import pytest

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))
TEXTS = {
    "zh": "青年论坛\n\n中日韩合作秘书处于2023年8月14日在首尔举办第五届青年论坛。\n\n"
    "与会者认为，三国应当加强青年交流与教育合作。\n",
    "zh-Hant": "青年論壇\n\n中日韓合作秘書處於2023年8月14日在首爾舉辦第五屆青年論壇。\n\n"
    "與會者認為，三國應當加強青年交流與教育合作。\n",
}


def _extract(lang: str) -> Extraction:
    source = SourceText(source_id=SourceId("t"), file_name="t.txt", text=TEXTS[lang], encoding="utf_8", sha256="0")
    record = merge_metadata(parse_document(source), None, sha256="0")
    assert {p.lang for p in record.paragraphs} == {lang}
    return extract_document(record, EXTRACTOR)


@pytest.mark.parametrize("lang", ["zh", "zh-Hant"])
def test_event_and_claim(lang: str) -> None:
    found = _extract(lang)
    assert [(e.date.iso(), e.actors) for e in found.events] == [
        ("2023-08-14", ("trilateral-cooperation-secretariat", "seoul"))
    ]
    assert [c.kind for c in found.claims] == ["recommendation"]


def test_traditional_date_words_are_read_and_quoted_as_written() -> None:
    source = SourceText(
        source_id=SourceId("t"),
        file_name="t.txt",
        text="標題\n\n上世紀90年代末，三國開始合作。\n",
        encoding="utf_8",
        sha256="0",
    )
    record = merge_metadata(parse_document(source), None, sha256="0")
    found = extract_document(record, EXTRACTOR)
    assert [(d.expression, d.start.iso() if d.start else None, d.precision) for d in found.dates] == [
        ("上世紀90年代末", "1997", "decade")
    ]
