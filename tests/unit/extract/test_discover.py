"""Discovered actors: names read by how a text names them (titles, organisation and agreement words), invented texts."""

from __future__ import annotations

from conftest import REPO
from discovery import extract_text, paragraph_of
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import DISCOVERED_PREFIX, Discovery, discover_actors, discovered_id
from nea_site.model import Actor, ActorId, ContentLang, LocalizedText, Paragraph, Vocabulary, merge_discovered

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _discover(*texts: str, lang: ContentLang = "en", extractor: object = EXTRACTOR) -> Discovery:
    ex = EXTRACTOR if extractor is EXTRACTOR else extractor
    paragraphs = [paragraph_of(i, t, lang) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, ex.gazetteer) for p in paragraphs}  # type: ignore[attr-defined]
    return discover_actors(paragraphs, spans, ex.gazetteer, ex.segmenter)  # type: ignore[attr-defined]


def _names(found: Discovery) -> dict[str, str]:
    return {(a.name.en or a.name.zh or ""): a.type for a in found.actors}


def test_a_title_before_a_full_name_makes_a_person() -> None:
    found = _discover("The talks were opened by Ambassador Hiroshi Tanabe in the capital.")
    assert _names(found) == {"Hiroshi Tanabe": "person"}
    assert found.actors[0].found_by == "person_title"
    assert found.actors[0].id == "found-hiroshi-tanabe"


def test_a_family_name_after_a_courtesy_title_is_the_full_name_the_document_gives() -> None:
    found = _discover("Ambassador Hiroshi Tanabe arrived on Monday.", "Later Mr Tanabe met the press. TANABE said so.")
    assert _names(found) == {"Hiroshi Tanabe": "person"}
    surfaces = [m.surface for m in found.mentions]
    assert surfaces == ["Hiroshi Tanabe", "Tanabe"]


def test_a_name_in_capitals_after_an_honorific_is_shown_in_the_case_of_a_name() -> None:
    found = _discover("MR TANABE welcomed the delegation. TANABE then spoke of trade.")
    assert _names(found) == {"Tanabe": "person"}
    assert [m.surface for m in found.mentions] == ["TANABE", "TANABE"]  # bare repeats are linked too


def test_a_lower_case_role_needs_a_full_name_after_it() -> None:
    assert _names(_discover("It was reported by the official Rodnik agency.")) == {}
    assert _names(_discover("its chairman, Higo Tetsuya (a former engineer), said no.")) == {"Higo Tetsuya": "person"}


def test_a_name_with_a_verb_of_speech() -> None:
    assert _names(_discover("It will not last, says Maria Ellison of the press.")) == {"Maria Ellison": "person"}


def test_organisations_by_their_head_word() -> None:
    found = _names(_discover("Researchers at Westbrook University and the University of Lorraine joined."))
    assert found == {"Westbrook University": "organization", "University of Lorraine": "organization"}


def test_a_generic_organisation_name_is_no_actor() -> None:
    assert _names(_discover("The Foreign Ministry said the Joint Statement was ready.")) == {}


def test_two_organisations_joined_by_and_are_two() -> None:
    found = _names(_discover("the Ministry of Fisheries and the Bank of Atlantis agreed"))
    assert found == {"Ministry of Fisheries": "organization", "Bank of Atlantis": "organization"}


def test_agreements_and_initiatives_by_their_head_word() -> None:
    found = _names(_discover("They signed the Lisbon Fisheries Accord and launched the Blue Harbour Initiative."))
    assert found == {"Lisbon Fisheries Accord": "agreement", "Blue Harbour Initiative": "initiative"}


def test_an_acronym_in_parentheses_is_an_alias_and_its_repeats_are_linked() -> None:
    found = _discover("The Coastal Research Institute (CRI) opened.", "The CRI later closed.")
    assert _names(found) == {"Coastal Research Institute": "organization"}
    assert found.actors[0].aliases.en == ("CRI",)
    assert [m.surface for m in found.mentions] == ["Coastal Research Institute", "CRI"]


def test_a_vocabulary_name_is_never_discovered_and_one_inside_a_discovered_name_is_nested() -> None:
    found = _discover("the China Institute of Marine Affairs said")
    assert _names(found) == {"China Institute of Marine Affairs": "organization"}
    assert found.nested == frozenset({(1, 4)})  # "China" inside it: counted, not linked
    assert _names(_discover("ASEAN Secretariat")) == {}


def test_chinese_titles_and_names() -> None:
    found = _names(_discover("国务院总理王建国在北京会见了客人，赵明远委员长出席。", lang="zh"))
    assert found == {"王建国": "person", "赵明远": "person"}


def test_a_transliterated_name_after_a_title_ends_where_a_verb_begins() -> None:
    found = _names(_discover("阿特兰蒂斯总统马克西米兰表示欢迎。", lang="zh"))
    assert found == {"马克西米兰": "person"}


def test_chinese_organisations_agreements_and_initiatives() -> None:
    found = _names(_discover("会议由中国海洋研究院主办，各方签署《蓝色港湾合作协定》，提出全球海洋倡议。", lang="zh"))
    assert found["中国海洋研究院"] == "organization"
    assert found["蓝色港湾合作协定"] == "agreement"


def test_a_word_ending_like_an_organisation_is_none() -> None:
    assert _names(_discover("各级干部落实战略部署，构建新发展格局。", lang="zh")) == {}


def test_korean_title_with_name_and_organisation() -> None:
    found = _names(_discover("해양수산부 장관 박정민은 국립해양연구원을 방문했다.", lang="ko"))
    assert found == {"박정민": "person", "국립해양연구원": "organization", "해양수산부": "organization"}


def test_japanese_runs_ending_with_a_head_word_or_a_title() -> None:
    found = _names(_discover("山田太郎首相は海洋政策研究機構を訪れた。", lang="ja"))
    assert found == {"山田太郎": "person", "海洋政策研究機構": "organization"}


def test_a_name_in_both_languages_gives_both() -> None:
    found = _discover("研究员欧阳明（Ouyang Ming）表示，合作将继续。", lang="zh")
    assert found.actors[0].name.zh == "欧阳明"
    assert found.actors[0].name.en == "Ouyang Ming"
    assert found.actors[0].id == "found-ouyang-ming"


def test_ids_are_stable_slugs_or_hashes_and_one_id_is_one_actor_across_documents() -> None:
    assert discovered_id("Westbrook University", None) == "found-westbrook-university"
    hashed = discovered_id(None, "中国海洋研究院")
    assert hashed.startswith(DISCOVERED_PREFIX) and hashed == discovered_id(None, "中國海洋研究院")
    a = Actor(id=ActorId("found-x"), type="person", name=LocalizedText(en="X"), found_by="person_title")
    b = Actor(id=ActorId("found-x"), type="person", name=LocalizedText(zh="艾克斯"), found_by="person_title")
    merged = merge_discovered([[a], [b]])
    assert list(merged) == ["found-x"]
    assert (merged[ActorId("found-x")].name.en, merged[ActorId("found-x")].name.zh) == ("X", "艾克斯")


def test_a_vocabulary_person_named_by_family_name_is_linked_to_the_vocabulary() -> None:
    vocabulary = Vocabulary(
        actors=(Actor(id=ActorId("jon-arden"), type="person", name=LocalizedText(en="Jon Arden", zh="阿登")),)
    )
    extractor = make_extractor(vocabulary)
    paragraphs = [
        Paragraph(index=1, anchor="p-1", text="Jon Arden arrived. Mr Arden spoke.", lang="en", section_id=None)
    ]
    spans = {1: find_actor_spans(paragraphs[0].text, extractor.gazetteer)}
    found = discover_actors(
        paragraphs, spans, extractor.gazetteer, extractor.segmenter, persons={ActorId("jon-arden"): ("Jon Arden",)}
    )
    assert found.actors == ()
    assert [(m.actor, m.surface) for m in found.mentions] == [("jon-arden", "Arden")]


def test_a_rejected_name_is_never_discovered() -> None:
    paragraphs = [
        Paragraph(index=1, anchor="p-1", text="They signed the Lisbon Fisheries Accord.", lang="en", section_id=None)
    ]
    spans = {1: find_actor_spans(paragraphs[0].text, EXTRACTOR.gazetteer)}
    found = discover_actors(
        paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter, rejected=("lisbon fisheries accord",)
    )
    assert found.actors == () and found.mentions == ()


def test_an_office_holds_its_ministry_and_a_name_cut_after_its_family_name_is_whole() -> None:
    found = _names(_discover("据报道，新西兰财政部长王东林表示将出席。", lang="zh"))
    assert found == {"新西兰财政部": "organization", "王东林": "person"}  # a known country's ministry, not bare 财政部


def test_a_body_under_a_known_one_is_its_own_but_a_variant_of_a_known_name_is_not() -> None:
    found = _names(_discover("国务院海洋研究院出席会议。", lang="zh"))
    assert found == {"国务院海洋研究院": "organization"}  # begins with the State Council: a body of its own


def test_a_family_name_before_its_office_is_a_person_unless_it_continues_a_name() -> None:
    found = _names(_discover("Nakai said that Oshiro, as Director-General, would run it."))
    assert found == {"Oshiro": "person"}
    assert _names(_discover("the Ministry of Fisheries, Ports, the Minister said")) == {
        "Ministry of Fisheries": "organization"
    }


def test_japanese_title_no_name() -> None:
    found = _names(_discover("後任には海洋庁副局長の高村一郎が就いた。", lang="ja"))
    assert found == {"海洋庁": "organization", "高村一郎": "person"}


def test_a_country_joined_by_and_ends_a_list_not_the_name() -> None:
    found = _names(_discover("members of the Ministry of Ports and Harbours and Japan, Korea and China met."))
    assert found == {"Ministry of Ports and Harbours": "organization"}
    # "between … and …" belongs to an agreement's name.
    found = _names(_discover("They signed the Agreement on Fisheries between Australia and Japan in 1957."))
    assert found == {"Agreement on Fisheries between Australia and Japan": "agreement"}


def test_an_acronym_after_a_cjk_name_is_its_english_alias_and_its_repeats_are_linked() -> None:
    found = _discover("会议提出设立青山港口研究所（NPRS），NPRS随后发表报告。", lang="zh")
    assert [a.aliases.en for a in found.actors] == [("NPRS",)]
    assert [m.surface for m in found.mentions] == ["青山港口研究所", "NPRS"]


def test_a_capitalised_name_ended_by_a_place_word_is_a_place() -> None:
    found = _names(_discover("The plant in Oakridge Prefecture opened near the Blue Ridge Mountains."))
    assert found == {"Oakridge Prefecture": "place", "Blue Ridge Mountains": "place"}
    assert _names(_discover("The Prefecture said so.")) == {}  # a head word alone names no place


def test_a_chinese_name_after_a_title_inside_a_longer_word_ends_at_a_boundary_word() -> None:
    # jieba cuts "研究室主任" and "坚说"; the title is read in the characters, the name up to "说".
    found = _names(_discover("青山大学研究室主任孙立坚说，合作仍在推进。", lang="zh"))
    assert found.get("孙立坚") == "person"
    assert "孙立" not in found


def test_names_listed_after_a_titled_name_are_people_too() -> None:
    found = _names(_discover("全国政协副主席巴特尔、穆虹、蒋作君出席会议。", lang="zh"))
    assert {"巴特尔", "穆虹", "蒋作君"} <= {n for n, t in found.items() if t == "person"}


def test_a_name_opening_a_sentence_with_an_act_of_office_is_a_person() -> None:
    found = _names(_discover("会议在北京举行。李书磊主持，谌贻琴出席。", lang="zh"))
    assert found == {"李书磊": "person", "谌贻琴": "person"}
    assert _names(_discover("秘书长任期是两年。", lang="zh")) == {}  # 任期, a word, is no name after 秘书长


def test_a_table_cell_holding_a_name_with_its_family_name_in_capitals_is_a_person() -> None:
    found = _names(_discover("1st Term 2001 - 2003 | TANAKA Hiroko | PARK Min-jun | Ken SATO"))
    assert found == {"Tanaka Hiroko": "person", "Park Min-jun": "person", "Ken Sato": "person"}
    # An acronym without a vowel, a word that is no name: no person.
    assert _names(_discover("| NHK World | USA Today |")) == {}


def test_markdown_emphasis_left_around_a_name_is_no_part_of_it() -> None:
    found = _names(_discover("In 1990 they signed the _Agreement on the Harbour of Northport_ , and it held."))
    assert found == {"Agreement on the Harbour of Northport": "agreement"}


def test_an_author_note_opening_with_a_name_and_a_role_names_a_person() -> None:
    assert (
        _names(_discover("Mara Quillon is a senior fellow at the Westbrook Institute.")).get("Mara Quillon") == "person"
    )
    assert _names(_discover("Port Elmsworth is a city of trade and a harbour.")) == {}  # no role after "is"


def test_two_peoples_sharing_one_head_word_name_no_body_and_a_wrapped_hyphen_joins() -> None:
    assert _names(_discover("the Atlantean and Utopian Embassy staff left.")) == {}
    found = _names(_discover("They would establish an Atlantean- Utopian Cultural Society. It met."))
    assert found == {"Atlantean-Utopian Cultural Society": "organization"}


def test_a_japanese_agreement_keeps_the_subject_its_name_opens_with() -> None:
    found = _names(_discover("2007年に北方海域協力に関する第二共同声明を作成する。", lang="ja"))
    assert found == {"北方海域協力に関する第二共同声明": "agreement"}


def test_two_one_character_country_names_open_a_chinese_name() -> None:
    # jieba tags 中 as a locative (f) and 阿 as an abbreviation (j): together they are the name's own.
    found = _names(_discover("双方加快推进中阿命运共同体建设。", lang="zh"))
    assert found == {"中阿命运共同体": "initiative"}


def test_a_role_with_a_colon_before_a_full_name_names_a_person() -> None:
    assert _names(_discover("(Web editor: Mara Quillon, Desk)")) == {"Mara Quillon": "person"}


def test_a_capitalised_summit_is_named_by_its_head_word() -> None:
    found = _names(_discover("The ongoing 12th Northport Harbour Summit ends on Sunday."))
    assert found == {"Northport Harbour Summit": "organization"}


def test_a_korean_word_before_the_possessive_after_a_title_is_no_name() -> None:
    # "정상회의" (a summit) cut as "정상회" + "의" right after "대통령은": no person
    found = _names(_discover("박 대통령은 정상회의 첫째 날 항만 시설을 방문했다.", lang="ko"))
    assert "정상회" not in found
    found = _names(_discover("외교부 장관 박정민은 정상회의에 참석했다.", lang="ko"))
    assert found.get("박정민") == "person"


def test_names_in_extended_latin_letters_are_whole_and_their_ids_ascii() -> None:
    found = _discover("President Trần Đại Vinh met Foreign Minister Ōkawa Tarō and Prime Minister Łukasz Nowaczek.")
    assert _names(found) == {"Trần Đại Vinh": "person", "Ōkawa Tarō": "person", "Łukasz Nowaczek": "person"}
    assert {a.id for a in found.actors} == {"found-tran-dai-vinh", "found-okawa-taro", "found-lukasz-nowaczek"}


def test_a_regnal_number_stays_in_capitals() -> None:
    found = _discover("The host was President Benigno Aquirre III, and MR TANABE spoke.")
    assert set(_names(found)) == {"Benigno Aquirre III", "Tanabe"}


def test_a_family_names_repeat_inside_another_name_is_no_mention() -> None:
    extraction = extract_text("# Notes\n\nMr Tanabe said so. Tanabe Avenue was closed. Later Tanabe left.\n")
    surfaces = [(m.surface, m.offset) for m in extraction.mentions if m.actor == "found-tanabe"]
    assert len(surfaces) == 2  # "Mr Tanabe" and "Later Tanabe", not the avenue
