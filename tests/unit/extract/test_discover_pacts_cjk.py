"""Chinese agreements named by a generic word with its meeting or its parties; invented texts."""

from __future__ import annotations

from conftest import REPO
from discovery import paragraph_of
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _discover(*texts: str) -> Discovery:
    paragraphs = [paragraph_of(i, t) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)


def _agreements(*texts: str) -> dict[str, str | None]:
    return {a.name.zh or "": a.found_by for a in _discover(*texts).actors if a.type == "agreement"}


def test_a_declaration_issued_at_an_ordinal_meeting_is_that_meetings() -> None:
    found = _agreements("2011年5月22日，第四次甲乙丙领导人会议在丁城举行，三方领导人出席会议。会后发表共同宣言。")
    assert found == {"第四次甲乙丙领导人会议共同宣言": "meeting_declaration"}


def test_traditional_script_keeps_the_texts_characters() -> None:
    found = _agreements("第三次甲乙丙領導人會議在丁城舉行。會後發表聯合聲明。")
    assert found == {"第三次甲乙丙領導人會議聯合聲明": "meeting_declaration"}


def test_a_generic_declaration_without_a_meeting_is_no_actor() -> None:
    assert _agreements("双方会后发表联合声明。") == {}


def test_a_declaration_word_that_goes_on_is_no_bare_declaration() -> None:
    assert _agreements("第二次甲乙会议举行，会上通过联合声明草案。") == {}


def test_parties_and_a_signing_verb_name_the_vocabulary_agreement() -> None:
    found = _discover("2012年5月13日，中日韩正式签署投资协定，并同意启动谈判。")
    linked = {m.actor for m in found.mentions}
    assert "trilateral-investment-agreement" in linked
    assert not [a for a in found.actors if a.type == "agreement"]  # no discovered one beside it


def test_parties_whose_joined_name_is_no_vocabulary_agreement_name_none() -> None:
    found = _discover("中日韩正式签署渔业协定。")
    assert "trilateral-investment-agreement" not in {m.actor for m in found.mentions}


def test_a_declaration_sentences_or_a_year_after_the_meeting_is_another_meetings() -> None:
    text = "三国在第七次领导人会议上同意合作。秘书处举办活动。2022年2月，甲乙丙三国外长举行会谈并发表联合声明。"
    assert _agreements(text) == {}
    assert _agreements("第七次甲乙会议在丙城举行。三方讨论合作。会后发表联合声明。") == {}


def test_an_edition_whose_name_opens_with_a_known_group_is_its_own_series() -> None:
    found = {a.name.zh: a.aliases.zh for a in _discover("李强出席第八届中日韩工商峰会并致辞。").actors}
    assert found == {"中日韩工商峰会": ("第八届中日韩工商峰会",)}


def test_an_edition_of_a_known_summit_is_that_summit() -> None:
    found = _discover("第九次中日韩领导人会议在东京举行。")
    assert not [a for a in found.actors if a.found_by == "event_edition"]


def test_a_title_listing_its_parties_governments_is_the_vocabulary_agreement() -> None:
    title = "《中华人民共和国政府、日本国政府及大韩民国政府关于促进、便利和保护投资的协定》"
    found = _discover(f"三国签署了{title}，这是首个投资协议。")
    assert "trilateral-investment-agreement" in {m.actor for m in found.mentions}
    assert not [a for a in found.actors if a.type == "agreement"]


def test_a_title_of_two_governments_without_a_known_name_stays_discovered() -> None:
    found = _discover("两国签署了《中华人民共和国政府和日本国政府关于渔业合作的协定》。")
    assert [a.name.zh for a in found.actors if a.type == "agreement"] == [
        "中华人民共和国政府和日本国政府关于渔业合作的协定"
    ]
