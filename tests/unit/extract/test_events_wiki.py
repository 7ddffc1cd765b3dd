"""Events of wiki pages on the region's meetings (invented pages, one quirk each)."""

from __future__ import annotations

from functools import cache

from conftest import REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, Extractor, extract_document, make_extractor
from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document


@cache
def _extractor() -> Extractor:
    return make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _extract(text: str) -> Extraction:
    source = SourceText(source_id=SourceId("w"), file_name="w.md", text=text, encoding="utf_8", sha256="0")
    return extract_document(merge_metadata(parse_document(source), None, sha256="0"), _extractor())


def test_a_list_item_that_a_meetings_number_opens_dates_that_meeting() -> None:
    page = (
        "**例示首脳会議**は毎年開かれる会議である。\n\n## 開催地\n\n"
        "  - 第二回　2007年1月15日　例示市\n  - 第十一回 2016年9月8日 架空市\n  - 第3回会合の議題は未定。\n"
    )
    events = {e.date.iso(): e.evidence.quote for e in _extract(page).events}
    assert events == {"2007-01-15": "第二回 2007年1月15日 例示市", "2016-09-08": "第十一回 2016年9月8日 架空市"}


def test_a_numbered_sentence_in_prose_is_no_row() -> None:
    page = "**例示首脳会議**は会議である。\n\n第二回 2007年1月15日 例示市での会議の資料が残る。\n"
    assert all(e.evidence.quote != "第二回 2007年1月15日 例示市" for e in _extract(page).events)
