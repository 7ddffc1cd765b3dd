"""Organisations named by what the text says they are, and company name endings; invented texts."""

from __future__ import annotations

from conftest import REPO
from discovery import discover_texts, paragraph_of
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors
from nea_site.model import ContentLang, Paragraph

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def _discover(*texts: str) -> Discovery:
    paragraphs = [paragraph_of(i, t) for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)


def _orgs(*texts: str) -> set[str]:
    return {a.name.en or "" for a in _discover(*texts).actors if a.type == "organization"}


def test_names_listed_after_a_plural_class_noun() -> None:
    found = _orgs("Nordic firms Atlasco, Brightwell, and Corvane hold most of the market for valves.")
    assert found == {"Atlasco", "Brightwell", "Corvane"}


def test_a_list_opened_by_including_after_a_short_gap() -> None:
    found = _orgs("A cluster of tool firms works at the Dunmore site, including Harlow, Pennick Data, and Quaysun.")
    assert found == {"Harlow", "Pennick Data", "Quaysun"}


def test_a_list_between_dashes_with_an_aside_after_a_name() -> None:
    found = _orgs("Three companies — Velmar, Tandry (Ostrel), and Lisk Works — agreed to the plan.")
    assert found == {"Velmar", "Tandry", "Lisk Works"}


def test_a_singular_class_noun_names_one_body() -> None:
    found = _orgs("It was bought by the pump maker Ostrel Works and the state lender Farrow Mutual last year.")
    assert found == {"Ostrel Works", "Farrow Mutual"}


def test_a_name_before_an_apposition_ending_in_a_class_noun() -> None:
    assert _orgs("Garvel, a Nordic maker of valves, opened a plant.") == {"Garvel"}
    assert _orgs("- Pennick Data, a cable supplier, is growing.") == {"Pennick Data"}
    assert _orgs("Staff came from Halbrook (a large research institute largely funded by the state).") == {"Halbrook"}
    assert _orgs("It joined Velmar-based Ostrel, the foremost valve maker in the north.") == {"Ostrel"}


def test_a_class_noun_opening_a_sentence_with_a_capital() -> None:
    assert _orgs("Banks such as Farrow Mutual and Ostrel cut jobs.") == {"Farrow Mutual", "Ostrel"}
    assert _orgs("Nordic Firms Invest Abroad") == set()  # a headline's capitals


def test_a_class_noun_that_heads_nothing_names_nothing() -> None:
    assert _orgs("Sales of the firm rose while banks Monday said nothing.") == set()  # one name after "banks"
    assert _orgs("Dana Hollis, a former company director, spoke.") == set()  # "company" describes the director
    assert _orgs("Velmar, a town whose firms export valves, grew.") == set()  # the firms are another's
    assert _orgs("The firm's President Dana Hollis and the firm President Toma Vell spoke.") == set()
    assert _orgs("Decision makers Dana Hollis and Toma Vell, and policy-makers Ada Kell and Bo Rann, met.") == set()


def test_a_listed_pair_is_not_one_name_joined_by_and() -> None:
    found = _orgs("Nordic materials firms Orvane and Kestrel Chemical together hold 60 percent.")
    assert found == {"Orvane", "Kestrel Chemical"}


def test_a_company_name_ending() -> None:
    assert _orgs("Halvorsen Chemical and Brann Kogyo reported profits.") == {"Halvorsen Chemical", "Brann Kogyo"}


def test_government_of_a_name_is_an_organisation_the_word_alone_is_not() -> None:
    assert _orgs("Aid came from the regional Government of Ruritania and the fund.") == {"Government of Ruritania"}
    assert _orgs("Aid came from the government of Ruritania. The Government said no.") == set()


def test_government_of_a_name_ends_before_its_possessive() -> None:
    assert _orgs("It answers the Government of Ruritania’s continuing pursuit of arms.") == {"Government of Ruritania"}
    assert _orgs("It answers the Government of Ruritania's plan.") == {"Government of Ruritania"}


def _zh_orgs(*texts: str) -> set[str]:
    paragraphs = [paragraph_of(i, t, "zh") for i, t in enumerate(texts, 1)]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    found = discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)
    return {a.name.zh or "" for a in found.actors if a.type == "organization"}


def test_a_known_country_and_a_body_word_make_that_countrys_body() -> None:
    assert _zh_orgs("据乌克兰军方消息，前线一夜平静。") == {"乌克兰军方"}
    assert _zh_orgs("据北湾军方消息，前线一夜平静。") == set()  # no place the vocabulary knows


def test_a_quoted_name_ending_with_an_organisation_word() -> None:
    assert _zh_orgs("双方同意设立“北湾海洋合作中心”，推动交流。") == {"北湾海洋合作中心"}
    assert _zh_orgs("雙方同意設立「北灣海洋合作中心」，推動交流。") == {"北灣海洋合作中心"}  # as written


def test_a_quoted_common_word_or_a_bare_head_is_no_organisation() -> None:
    assert _zh_orgs("要关心“优秀党员干部”，构建“新发展格局”，做好“合作中心”工作。") == set()


def test_a_ministry_name_opening_with_a_verbal_noun_keeps_it() -> None:
    assert "应急管理部" in _zh_orgs("节日期间，应急管理部部署开展安全检查。")


def test_an_archive_acronym_opening_a_file_reference() -> None:
    assert _orgs("[RSA: B2041, 4410/12/7, iv]") == {"RSA"}
    assert _orgs("[RSA : B2041/17, 4410/12/7/1, ii]") == {"RSA"}
    assert _orgs("[NOTE: see page 4] and [RSA: no file]") == set()  # no series and file number


def test_a_unit_of_a_named_university_is_named_with_it() -> None:
    found = _zh_orgs("北京大学经济学院院长表示，合作前景广阔。")
    assert "北京大学经济学院" in found


def test_a_name_glossed_in_parentheses_goes_by_both() -> None:
    found = _discover("Costs were met by Atlaskai (Federation of Atlantean Industries).", "Atlaskai agreed.")
    assert [(a.name.en, a.aliases.en) for a in found.actors] == [("Federation of Atlantean Industries", ("Atlaskai",))]
    assert [m.surface for m in found.mentions] == ["Atlaskai", "Federation of Atlantean Industries", "Atlaskai"]


def _cjk_names(text: str, lang: ContentLang) -> set[str]:
    paragraphs = [Paragraph(index=1, anchor="p-1", text=text, lang=lang, section_id=None)]
    spans = {1: find_actor_spans(text, EXTRACTOR.gazetteer)}
    found = discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)
    return {
        a.name.zh or (a.aliases.other[0] if a.aliases.other else "") for a in found.actors if a.type == "organization"
    }


def test_company_endings_in_japanese_korean_and_chinese() -> None:
    assert _cjk_names("東芝と三菱電機が提携した。", "ja") == {"三菱電機"}
    assert _cjk_names("日立製作所は発表した。", "ja") == {"日立製作所"}
    assert _cjk_names("현대중공업은 수주했다. 한국무역협의회가 밝혔다.", "ko") == {"현대중공업", "한국무역협의회"}
    assert _cjk_names("三井物产表示将扩大投资。", "zh") == {"三井物产"}
    assert _cjk_names("美国汽车销量上升。", "zh") == set()  # a kind of goods, no company


def test_newspaper_think_tank_and_command_endings() -> None:
    found = _orgs("The Lorvan Times and the Borealis Daily cited the Halvard Institution and the Ostmark Command.")
    assert found == {"Lorvan Times", "Borealis Daily", "Halvard Institution", "Ostmark Command"}


def test_an_embassy_of_one_country_in_another_is_one_name() -> None:
    assert _zh_orgs("中国驻日本大使馆发言人当天表示，") == {"中国驻日本大使馆"}  # not "日本大使馆"
    assert _zh_orgs("中國駐日本大使館發言人當天表示，") == {"中國駐日本大使館"}


def test_parties_and_embassies_in_japanese_and_korean() -> None:
    assert _cjk_names("立憲民主党の代表は述べた。与党と野党が対立した。", "ja") == {"立憲民主党"}
    assert _cjk_names("주일한국대사관은 밝혔다.", "ko") == {"주일한국대사관"}


def test_cells_under_an_organisation_column_heading() -> None:
    rows = (
        "Rank | Company name | Share",
        "1 | Atlas Kogaku | 40%",
        "2 | **Velmar** | 30%",
        "3 | — | 5%",
        "4 | 12 | 1%",
    )
    assert _orgs(*rows) == {"Atlas Kogaku", "Velmar"}
    zh_rows = ("机构名称 | 成立年份", "北湾海事研究会 | 1998", "南岭观察社 | 2004")
    assert _zh_orgs(*zh_rows) == {"北湾海事研究会", "南岭观察社"}


def test_a_table_without_an_organisation_column_or_after_its_end_names_none() -> None:
    assert _orgs("Rank | Town | Share", "1 | Ostrel | 40%") == set()
    assert _orgs("Company | Share", "Velmar | 30%", "The table ends here.", "Ostrel | 20%") == {"Velmar"}


def test_a_ministry_that_a_title_goes_on_is_an_office_not_the_ministry() -> None:
    found = discover_texts("- 甲国 国务院总理: 张某某 外交部长: 王某某", lang="zh")
    assert "外交部" not in {a.name.zh for a in found.actors}


def test_a_title_and_a_name_after_a_body_are_the_person_not_the_bodys_name() -> None:
    found = discover_texts("Example House of Delegates Speaker Jane Roe visited the capital.")
    assert {(a.name.en, a.type) for a in found.actors} == {
        ("Example House of Delegates", "organization"),
        ("Jane Roe", "person"),
    }
    kept = discover_texts("The Young Ambassador Program (YAP) trains students.")
    assert {a.name.en for a in kept.actors} == {"Young Ambassador Program"}


def test_a_declarations_date_after_of_is_no_part_of_its_name() -> None:
    found = discover_texts("Both sides returned to the Exampleton Declaration of September 17, 2002.")
    assert {a.name.en for a in found.actors} == {"Exampleton Declaration"}


def test_a_name_after_and_the_is_a_new_phrase_even_without_a_head() -> None:
    found = discover_texts("They cited the Treaty on Example Weapons and the Example Nations at length.")
    assert {a.name.en for a in found.actors} == {"Treaty on Example Weapons"}


def test_a_notes_number_before_a_bodys_name_is_no_part_of_it() -> None:
    found = discover_texts("No.12 The Embassy of Atlantis sends this note to the Ministry.")
    assert {a.name.en for a in found.actors} == {"Embassy of Atlantis"}


def test_a_head_word_alone_before_its_for_is_no_organisation() -> None:
    assert "Center" not in _orgs("According to the think tank Center for a Better Westhaven, the plan is weak.")
    assert "Department" not in _orgs("Offices: Organization Department, Outreach Department")
    assert "Atlas" in _orgs("They met executives of firms including Atlas, Borealis and Centauri.")


def test_a_name_that_lists_its_fields_after_of() -> None:
    # A comma ends a capitalised phrase; the fields listed up to "and" are still the name's.
    found = _orgs("Officials of the Ministry of Tides, Lighthouses and Harbours met in Velmar.")
    assert found == {"Ministry of Tides, Lighthouses and Harbours"}
    # Generic words alone name no body ("Ministry of Health": whose?); listed fields make it one.
    assert _orgs("The Ministry of Health, Labour and Welfare met.") == {"Ministry of Health, Labour and Welfare"}
    # A list of the vocabulary's actors after the name is the sentence's, not the name's; so is a list of bodies.
    assert "Ministry of Tides, Japan and China" not in _orgs("The Ministry of Tides, Japan and China agreed.")
    assert not any("Army" in name for name in _orgs("Officials of the Velmar Ministry of Tides, Army and Navy met."))


def test_two_fields_of_one_body_joined_by_and() -> None:
    assert _orgs("The Velmar Securities and Exchange Commission fined it.") == {
        "Velmar Securities and Exchange Commission"
    }
    # Two bodies of one kind are two names.
    assert _orgs("Tandry University and Ostrel University signed it.") == {"Tandry University", "Ostrel University"}


def test_a_name_goes_on_past_the_after_a_gerund_or_a_preposition() -> None:
    # "Project on Managing the Lighthouse": a phrase stops before "the"; its first half alone is no name.
    assert _orgs("A fellow of the Project on Managing the Lighthouse at Tandry University spoke.") == {
        "Tandry University"
    }
    found = {(a.name.en, a.type) for a in _discover("A fellow of the Project on Managing the Lighthouse spoke.").actors}
    assert found == {("Project on Managing the Lighthouse", "initiative")}
    assert _orgs("The Association for Relations Across the Velmar Straits met.") == {
        "Association for Relations Across the Velmar Straits"
    }


def test_frameworks_are_named_pacts_and_initiatives() -> None:
    text = (
        "It acted under the 1994 Agreed Framework between Japan and Velmar. It joined the Halvard Economic Framework."
    )
    found = {(a.name.en, a.type) for a in _discover(text).actors}
    assert found == {
        ("Agreed Framework between Japan and Velmar", "agreement"),
        ("Halvard Economic Framework", "initiative"),
    }
    # A kind of framework alone names nothing.
    assert _discover("A new legal Framework was adopted.").actors == ()


def test_a_vocabulary_name_written_with_a_serial_comma_is_that_actor() -> None:
    # The vocabulary knows "Ministry of Economy, Trade and Industry"; a text writes the serial comma.
    found = _discover("Officials of the Ministry of Economy, Trade, and Industry met in Velmar.")
    assert not [a for a in found.actors if a.type == "organization"]


def test_two_fields_of_one_body_then_another_body() -> None:
    text = "Bodies such as the Velmar Securities and Exchange Commission and the Tandry Conduct Authority acted."
    assert _orgs(text) == {"Velmar Securities and Exchange Commission", "Tandry Conduct Authority"}
