"""Japanese names: federations and councils, compound titles, ordinals with digits; invented texts."""

from __future__ import annotations

from nea_site import lexicon
from nea_site.extract.discover.ja_ko import ja_names
from nea_site.extract.discover.rules import compiled_rules

RULES = compiled_rules(lexicon.current())


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.name, f.type) for f in ja_names(text, RULES)}


def test_a_federation_of_associations() -> None:
    assert ("甲乙経済団体連合会", "organization") in _found("甲乙経済団体連合会の会合が開かれた。")


def test_the_words_of_an_office_are_no_part_of_the_name_before_it() -> None:
    assert _found("山川一郎外務副大臣は訪問した。") == {("山川一郎", "person")}
    assert _found("海野花子知事は述べた。") == {("海野花子", "person")}


def test_an_office_word_alone_before_a_title_leaves_the_name_whole() -> None:
    assert _found("副田太郎大臣は述べた。") == {("副田太郎", "person")}  # 副 opens the name here


def test_an_ordinal_with_digits_opens_the_name() -> None:
    assert _found("第9回甲乙丙サミット共同宣言が採択された。") == {("第9回甲乙丙サミット共同宣言", "agreement")}


def test_a_joint_declaration_named_by_its_kind_alone_is_no_actor() -> None:
    assert not any(kind == "agreement" for _, kind in _found("3首脳は共同宣言を採択した。"))
    assert ("第5回甲乙丙サミット共同宣言", "agreement") in _found("第5回甲乙丙サミット共同宣言を採択した。")


def test_a_minister_named_by_the_ministrys_short_form() -> None:
    assert ("甲田乙男", "person") in _found("甲田乙男経済産業相は27日、ソウルを訪れた。")


def test_an_office_alone_or_after_countries_names_no_one() -> None:
    assert _found("ベルリンで米朝首席代表による会談が行われた。") == set()
    assert _found("各国主席代表の基調演説の内容は次の通り。") == set()
    assert _found("田中一郎（タナカ・イチロウ）外務次官") == set()  # the office alone after the gloss


def test_after_that_is_no_part_of_the_name_after_it() -> None:
    assert ("麻生", "person") in _found("両氏は会談した。その後麻生外相と共に訪問した。")
    assert ("後藤", "person") in _found("会議では後藤外相が発言した。")  # 後藤 is a family name


def test_a_longer_office_title_is_taken_whole() -> None:
    assert _found("原子力総局の李済明総局長などと会談。") == {("李済明", "person")}


def test_a_chinese_ministrys_name_stands_between_a_name_and_its_title() -> None:
    assert _found("甲乙丙外交部副部長（議長）") == {("甲乙丙", "person")}


def test_a_paragraph_of_kanji_alone_in_a_japanese_text_is_read_as_japanese() -> None:
    from conftest import REPO
    from discovery import paragraph_of
    from nea_site.curation import read_vocabulary
    from nea_site.extract import make_extractor
    from nea_site.extract.actors import find_actor_spans
    from nea_site.extract.discover import discover_actors

    extractor = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))
    texts = [("会合は北京で開かれた。", "ja"), ("各国の代表が出席した。", "ja"), ("5月12日、第1回作業部会。", "zh")]
    paragraphs = [paragraph_of(i, text, lang) for i, (text, lang) in enumerate(texts, 1)]  # type: ignore[arg-type]
    spans = {p.index: find_actor_spans(p.text, extractor.gazetteer) for p in paragraphs}
    found = discover_actors(paragraphs, spans, extractor.gazetteer, extractor.segmenter)
    assert not any(a.name.zh == "作業部" for a in found.actors)  # a working group (部会), no ministry


def test_a_rank_before_a_researchers_title_is_the_titles() -> None:
    assert ("鈴木一郎", "person") in _found("例示研究所の鈴木一郎上席研究員は「兆しだ」と指摘した。")
    assert ("鈴木一郎上席", "person") not in _found("例示研究所の鈴木一郎上席研究員は「兆しだ」と指摘した。")


def test_an_acronym_joined_by_a_middle_dot_stays_inside_the_name() -> None:
    assert ("例示・ASEAN協力センター", "organization") in _found("関連項目：例示・ASEAN協力センター(EACC)")
    assert ("例示センター", "organization") in _found("ASEAN例示センターが発表した。")  # no dot: the run opens after it
