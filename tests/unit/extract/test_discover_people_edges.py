"""People's names: particles inside a name, works' titles and sentence adverbs read as names (invented texts)."""

from __future__ import annotations

from test_discover import _discover, _names


def test_a_lower_case_particle_stays_inside_a_name() -> None:
    assert _names(_discover("In 1961, President Marcel de Vauclair refused the plan.")) == {
        "Marcel de Vauclair": "person"
    }
    assert _names(_discover("Then President Ilse von der Brakel spoke first.")) == {"Ilse von der Brakel": "person"}
    # a particle before a lower-case word ends the name: "de facto" is no part of it
    assert _names(_discover("Ambassador Tomas Ferrin said de facto rules apply.")) == {"Tomas Ferrin": "person"}


def test_a_law_a_doctrine_or_a_reference_book_is_no_person() -> None:
    text = "Exports fall under national law (the Arms Trade Control Act, the Foreign Exchange Act), with more."
    assert _names(_discover(text)) == {}
    assert _names(_discover("The so-called Ogawa Doctrine, under which the state would rely on allies, held.")) == {}
    found = _names(_discover("“Early Reactor Fuels”, Nuclear Materials Databook, Westbrook Policy Council, 1994."))
    assert "Nuclear Materials Databook" not in found


def test_a_sentence_adverb_before_an_appositive_is_no_name() -> None:
    assert _names(_discover("Loans are repaid in instalments. Moreover, a shipbuilder that exports gains.")) == {}
    assert _names(_discover("Furthermore, the institute said so.")) == {}


def test_middle_initials_without_spaces_stay_inside_a_name() -> None:
    found = _names(_discover("We should take this up with Marcus T.K. Orlan, the Vice Minister of Trade."))
    assert found == {"Marcus T.K. Orlan": "person"}


def test_an_office_s_field_before_a_title_is_no_name() -> None:
    found = _names(_discover("Later the Minister for Inland Waterways, Senator Clara Dunmore, released details."))
    assert found == {"Clara Dunmore": "person"}
    # a name after a plain "of" still is one
    assert _names(_discover("Talks were held with the son of Jonas Hale, the Ambassador in Rome.")) == {
        "Jonas Hale": "person"
    }


def test_a_middle_initial_a_is_no_article() -> None:
    found = _names(_discover("The lessees paid large fees to Mr Arlo A. Fenwick of Duluth and his staff."))
    assert found == {"Arlo A. Fenwick": "person"}


def test_a_part_s_letter_is_no_family_name() -> None:
    assert _names(_discover("3 Annex D explained that for the island states the problems were of another kind.")) == {}


def test_a_ship_named_with_a_title_is_no_person() -> None:
    assert _names(_discover("In April 2021 HMS King Aldric, with a carrier group, called at Port Vela.")) == {}
    assert _names(_discover("In April 2021 King Aldric called at Port Vela.")) == {"Aldric": "person"}


def test_every_full_name_of_a_credit_list_is_a_person() -> None:
    found = _names(_discover("(Web editor: Tan Wenli, Guo Mingyu) Add your comment"))
    assert found == {"Tan Wenli": "person", "Guo Mingyu": "person"}
    # one word after the comma is what the credit calls the person ("Bianji" is "editor")
    assert _names(_discover("(Web editor: Tan Wenli, Bianji) Add your comment")) == {"Tan Wenli": "person"}


def test_the_leader_of_the_opposition_is_a_title_and_opposition_no_name() -> None:
    assert _names(_discover("Leader of the Opposition Arlo Fenwick said the deal was good.")) == {
        "Arlo Fenwick": "person"
    }


def test_an_office_before_the_comma_of_a_title_is_no_name() -> None:
    text = "Tomorrow we welcome the Harbour Security Secretary, Secretary Atlan, of Utopia for talks."
    assert _names(_discover(text)) == {"Atlan": "person"}
    assert _names(_discover("Marcel Vauclair, Secretary of Labor, spoke.")) == {"Marcel Vauclair": "person"}


def test_a_questions_opening_verb_opens_no_name() -> None:
    found = _names(_discover("Did Kestrel Steel come up in the talks? Was Marcel Vauclair there?"))
    assert found == {"Kestrel Steel": "organization"}


def test_a_hyphenated_name_in_capitals_takes_a_names_case_part_by_part() -> None:
    assert _names(_discover("MS. TANVER-HOLLIS: Good afternoon, everyone.")) == {"Tanver-Hollis": "person"}


def test_an_offices_field_after_a_title_is_no_person() -> None:
    text = "Velmar (Director, Coastal Shipping Affairs, Ministry of Transport) telephoned on Tuesday."
    assert not any(kind == "person" and "Affairs" in name for name, kind in _names(_discover(text)).items())
    assert _names(_discover("Ambassador Tan Wenli (Counsellor) said so.")) == {"Tan Wenli": "person"}
