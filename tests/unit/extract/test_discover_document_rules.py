"""English rules that read a whole document: short forms, countries' governments, owned units, endnote names."""

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


def _names(found: Discovery) -> set[str]:
    return {a.name.en or "" for a in found.actors}


def test_a_short_form_after_the_words_before_it_is_the_longer_name() -> None:
    found = _discover(
        "At a meeting of the Atlantis-Ruritania Economic Policy Committee in May, both sides agreed.",
        "The Economic Policy Committee agreement was concluded later.",
    )
    assert _names(found) == {"Atlantis-Ruritania Economic Policy Committee"}
    assert len({m.actor for m in found.mentions if m.surface.endswith("Committee")}) == 1


def test_a_name_cut_before_its_last_of_is_the_longer_name() -> None:
    found = _discover(
        "It talked with the Commission of the Federal Republic of Ostrelia on trade.",
        "The Commission of the Federal Republic wanted more.",
    )
    assert _names(found) == {"Commission of the Federal Republic of Ostrelia"}


def test_a_head_word_with_its_own_of_is_no_short_form() -> None:
    found = _discover("The Bank of Ostrelia and the Commercial Bank of Ostrelia stayed open.")
    assert _names(found) == {"Bank of Ostrelia", "Commercial Bank of Ostrelia"}


def test_a_short_form_of_two_longer_names_stays_apart() -> None:
    found = _discover(
        "The Atlantean Economic Policy Committee and the Ruritanian Economic Policy Committee met.",
        "The Economic Policy Committee said nothing.",
    )
    assert "Economic Policy Committee" in _names(found)


def test_the_government_of_a_known_country_is_the_country() -> None:
    text = "The Government of Japan and the Government of Flanders signed it."
    found = _discover(text)
    assert _names(found) == {"Government of Flanders"}
    assert (1, text.index("Japan")) not in found.nested  # the country's own mention is linked
    assert _names(_discover("It answers the Government of Japan’s continuing pursuit of growth.")) == set()
    # a country's names found as two ("the United States" and "America") still make the country
    assert _names(_discover("The Government of the United States of America and Utopia met.")) == set()


def test_a_truncated_government_of_a_known_country_goes_with_it() -> None:
    found = _discover(
        "Talks with the Government of the People's Republic of China went on.",
        "The seat of the Government of the People's Republic was discussed.",
    )
    assert _names(found) == set()


def _aliases(found: Discovery) -> set[str]:
    return {alias for a in found.actors for alias in a.aliases.en}


def test_a_unit_a_known_body_established_goes_by_its_name_with_the_body() -> None:
    found = _discover("In 2019, TSMC established the Harbour Design Center in Velmar to refine its processes.")
    assert _names(found) == {"Harbour Design Center"}
    assert _aliases(found) == {"TSMC Harbour Design Center"}


def test_a_unit_a_known_body_consists_of() -> None:
    found = _discover(
        "The TCS consists of a Coordinating Board and four departments.", "The Coordinating Board meets yearly."
    )
    assert _aliases(found) == {"TCS Coordinating Board"}


def test_a_unit_after_a_verb_with_no_known_body_before_it_keeps_its_name() -> None:
    found = _discover("The firm established the Harbour Design Center in Velmar.")
    assert _names(found) == {"Harbour Design Center"}
    assert _aliases(found) == set()


def test_a_name_only_endnote_gives_the_full_name_of_a_family_name_in_the_text() -> None:
    found = _discover(
        "2. We saw Atlan (Deputy Head, Harbour Division) on May 4.",
        "Atlan said that the talks would go on.",
        "2 Atlan Kazuro.",
    )
    people = [a for a in found.actors if a.type == "person"]
    assert [(a.name.en, a.found_by) for a in people] == [("Atlan Kazuro", "note_name")]
    assert sum(m.actor == people[0].id for m in found.mentions) == 3


def test_a_name_only_endnote_whose_words_stand_nowhere_alone_is_no_person() -> None:
    found = _discover("The talks went on.", "2 Atlan Kazuro.")
    assert not [a for a in found.actors if a.type == "person"]


def test_a_word_inside_a_longer_name_is_not_standing_alone() -> None:
    found = _discover("Atlan Harbour grew.", "2 Atlan Kazuro.")
    assert not [a for a in found.actors if a.type == "person"]


def test_the_endnote_rule_has_a_label_in_both_languages() -> None:
    import yaml

    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert labels.get("found_by_note_name")


def test_a_name_holding_another_finds_acronym_and_head_word_is_that_find() -> None:
    found = _discover(
        "Halvard Ost works for the Renewing Atlantean Industry (RAI) Project at Velmar.",
        "He is a consultant with the Velmar RAI Project.",
    )
    assert _names(found) & {"Velmar RAI Project", "Renewing Atlantean Industry (RAI) Project"} == {
        "Renewing Atlantean Industry (RAI) Project"
    }


def test_a_known_countrys_adjective_and_a_word_for_its_representation_is_no_body() -> None:
    assert _names(_discover("The Japanese Embassy in Velmar would open by January.")) == set()
    assert _names(_discover("The Japanese Harbour Institute would open by January.")) == {"Japanese Harbour Institute"}


def test_a_known_name_and_a_phrase_after_it_is_no_new_name() -> None:
    assert _names(_discover("Please follow People's Daily on Twitter and Facebook.")) == set()


def test_a_bare_head_word_after_a_body_is_the_known_agreement_of_that_body() -> None:
    text = "Atlantis, a founding member of the United Nations, carried out the obligations under the Charter."
    found = _discover(text)
    assert [(m.actor, m.surface, m.offset) for m in found.mentions] == [
        ("un-charter", "Charter", text.index("Charter"))
    ]
    assert _names(found) == set()


def test_a_bare_head_word_with_no_owner_named_or_going_on_is_no_mention() -> None:
    assert not _discover("They carried out the obligations under the Charter.").mentions
    found = _discover("The United Nations met; the Charter of Velmar Harbour was read.")
    assert all(m.actor != "un-charter" for m in found.mentions)


def test_a_bare_ministry_is_the_one_government_the_text_names() -> None:
    found = _discover(
        "The Japanese Government agreed to the plan, and the Japanese Government paid.",
        "We saw Atlan (Deputy Head, Harbour Division, Foreign Ministry) on May 4.",
        "We will see the Treaties Bureau of the Foreign Ministry later.",
    )
    assert {m.actor for m in found.mentions if m.surface == "Foreign Ministry"} == {"japan-mofa"}
    assert {"Harbour Division, Japanese Foreign Ministry", "Treaties Bureau, Japanese Foreign Ministry"} <= _names(
        found
    )


def test_a_bare_ministry_under_two_governments_is_nobodys() -> None:
    found = _discover(
        "The Japanese Government and the Chinese Government agreed.", "The Foreign Ministry said nothing."
    )
    assert not [m for m in found.mentions if m.surface == "Foreign Ministry"]


def test_a_name_after_an_alternative_with_or_names_a_kind() -> None:
    assert _names(_discover("The UK should hold an Atlantic or Pacific Policy Dialogue with Velmar.")) == set()
    assert _names(_discover("The UK should hold a Pacific Policy Dialogue with Velmar.")) == {"Pacific Policy Dialogue"}


def test_a_later_name_in_parentheses_is_the_same_bodys_alias() -> None:
    found = _discover("The Bank of Ostrelia (now the Commercial Bank of Ostrelia) stayed open in Velmar.")
    assert _names(found) == {"Bank of Ostrelia"}
    assert _aliases(found) == {"Commercial Bank of Ostrelia"}


def test_a_bare_body_of_the_government_most_named_and_not_inside_a_title() -> None:
    found = _discover(
        "The Japanese Government agreed; the Japanese Government wrote, as the Japanese Government had said.",
        "The French Government asked.",
        "The Foreign Ministry said it would consult the Diet.",
        "Mr Atlan (Deputy Cabinet Secretary) took notes.",
    )
    linked = {(m.surface, m.actor) for m in found.mentions}
    assert {("Foreign Ministry", "japan-mofa"), ("Diet", "national-diet")} <= linked
    assert not [m for m in found.mentions if m.surface == "Cabinet"]


def test_a_place_inside_an_agreement_described_in_prose_stays_linked() -> None:
    text = "He referred to the agreement on a war cemetery in Yokohama; and to the release of prisoners."
    found = _discover(text)
    assert "Agreement on a war cemetery in Yokohama" in _names(found)
    assert (1, text.index("Yokohama")) not in found.nested


def test_people_listed_with_a_person_the_document_names() -> None:
    found = _discover("MR DUNMORE welcomed the guests.", "1 Atlan, Borel and Cray were with Dunmore.")
    people = {a.name.en for a in found.actors if a.type == "person"}
    assert {"Atlan", "Borel", "Cray"} <= people
    assert {a.found_by for a in found.actors if a.name.en in ("Atlan", "Borel", "Cray")} == {"person_company"}


def test_a_list_with_no_person_named_or_of_known_names_adds_no_people() -> None:
    assert not [a for a in _discover("Atlan, Borel and Cray were with Dunmore.").actors if a.type == "person"]
    found = _discover("MR DUNMORE spoke.", "Japan, China and Korea were with Dunmore.")
    assert {a.name.en for a in found.actors if a.type == "person"} == {"Dunmore"}


def test_the_company_rule_has_a_label_in_both_languages() -> None:
    import yaml

    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert labels.get("found_by_person_company")


def test_a_bare_name_that_heads_no_state_body_is_not_the_governments() -> None:
    found = _discover("The British Government agreed.", "The Commonwealth authorities should act.")
    assert not [m for m in found.mentions if m.surface == "Commonwealth"]


def test_a_name_after_of_the_in_a_longer_name_is_not_its_short_form() -> None:
    found = _discover(
        "The Publicity Committee of the Harbour Marketing Board met in Velmar.",
        "The Harbour Marketing Board paid for it.",
    )
    assert "Harbour Marketing Board" in _names(found)


def test_an_endnote_that_is_a_role_or_a_place_names_no_person() -> None:
    found = _discover("Atlantean said yes. Caledonia said no.", "3 Atlantean Foreign Minister.", "4 New Caledonia.")
    assert not [a for a in found.actors if a.type == "person"]


def test_an_endnote_names_its_person_without_the_title_before() -> None:
    found = _discover("Ryrand said that the talks would go on.", "2 Sir Granvel Ryrand.")
    assert [a.name.en for a in found.actors if a.type == "person"] == ["Granvel Ryrand"]


def test_a_longer_name_opened_by_an_adjective_with_a_hyphen_takes_no_short_form() -> None:
    found = _discover("The Velmar-based Harbour Nobel Committee met.", "The Harbour Nobel Committee said nothing.")
    assert "Harbour Nobel Committee" in _names(found)


def test_a_body_named_with_its_home_country_after_a_preposition() -> None:
    found = _discover("It bought two machines from Velmaro of the Netherlands last year.")
    assert [(a.name.en, a.type, a.found_by) for a in found.actors] == [("Velmaro", "organization", "country_body")]


def test_a_title_or_a_body_word_with_its_country_names_no_body() -> None:
    assert _names(_discover("A letter came from Consul-General of Japan Velmaro.")) == set()
    assert _names(_discover("Talks with Governments of Japan went on.")) == set()


def test_the_country_body_rule_has_a_label_in_both_languages() -> None:
    import yaml

    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert labels.get("found_by_country_body")


def test_an_agreement_described_by_its_two_parties_keeps_them_linked() -> None:
    text = "Talks on the Japan–China civil aviation agreement went on in Velmar."
    found = _discover(text)
    assert [(a.name.en, a.type, a.found_by) for a in found.actors] == [
        ("Japan–China civil aviation agreement", "agreement", "pair_agreement")
    ]
    assert (1, text.index("Japan")) not in found.nested


def test_a_plural_or_a_named_pair_agreement_is_not_one_described() -> None:
    assert _names(_discover("Japan-China trade agreements were many.")) == set()
    assert "Japan-China accord" not in _names(_discover("The Japan-China accord on Basic Principles held."))


def test_the_pair_agreement_rule_has_a_label_in_both_languages() -> None:
    import yaml

    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert labels.get("found_by_pair_agreement")


def test_an_agreement_between_two_known_countries() -> None:
    found = _discover("They talked about a trade agreement between Australia and Japan in Velmar.")
    assert _names(found) == {"Trade agreement between Australia and Japan"}
    assert _names(_discover("There are many agreements between Australia and Japan.")) == set()


def test_a_body_named_by_the_possessive_of_a_person_the_document_names() -> None:
    found = _discover("MR DUNMORE spoke.", "Before that, Dunmore’s presidential transition committee met.")
    assert "Dunmore’s presidential transition committee" in _names(found)
    assert {a.found_by for a in found.actors if a.type == "organization"} == {"person_body"}


def test_a_possessive_of_no_person_named_or_with_no_body_word_names_no_body() -> None:
    assert _names(_discover("Velmar’s presidential transition committee met.")) == set()
    assert not [
        a for a in _discover("MR DUNMORE spoke.", "Dunmore’s new policy team met.").actors if a.type != "person"
    ]


def test_the_person_body_rule_has_a_label_in_both_languages() -> None:
    import yaml

    for lang in ("en", "zh"):
        labels = yaml.safe_load((REPO / "templates" / "labels" / f"{lang}.yml").read_text(encoding="utf-8"))
        assert labels.get("found_by_person_body")
