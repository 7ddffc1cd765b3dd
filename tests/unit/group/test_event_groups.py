"""Event groups across documents: the rule on invented reports, a curator's joins and splits, stable ids."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from nea_site.curation import read_group_edits
from nea_site.errors import RecordError
from nea_site.group import EventGroup, collect_event_groups, find_event_groups, group_records
from nea_site.group.features import date_clause, dates_agree, kinds_of, numbers_of
from nea_site.model import (
    Actor,
    ActorId,
    DocumentMeta,
    DocumentRecord,
    Event,
    EventId,
    GroupEdits,
    GroupJoin,
    GroupSplit,
    LocalizedText,
    Mention,
    PartialDate,
    Provenance,
    SourceId,
)

ACTORS = {
    a.id: a
    for a in (
        Actor(id=ActorId("atlantis"), type="country", name=LocalizedText(en="Atlantis")),
        Actor(id=ActorId("lemuria"), type="country", name=LocalizedText(en="Lemuria")),
        Actor(id=ActorId("mu"), type="country", name=LocalizedText(en="Mu")),
        Actor(id=ActorId("coral-secretariat"), type="organization", name=LocalizedText(en="Coral Secretariat")),
        Actor(id=ActorId("reef-pact"), type="agreement", name=LocalizedText(en="Reef Pact")),
        Actor(id=ActorId("harbour-city"), type="place", name=LocalizedText(en="Harbour City")),
        Actor(id=ActorId("ana-li"), type="person", name=LocalizedText(en="Ana Li")),
        Actor(id=ActorId("bo-kim"), type="person", name=LocalizedText(en="Bo Kim")),
    )
}


def _date(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def _event(doc: str, n: int, iso: str, quote: str, actors: tuple[str, ...]) -> Event:
    date = _date(iso)
    return Event(
        id=EventId(f"ev-{iso}-{doc}{n}"),
        date=date,
        date_end=None,
        precision=date.precision,
        resolution="explicit",
        label=LocalizedText(en=quote),
        actors=tuple(ActorId(a) for a in actors),
        themes=(),
        evidence=Provenance(source_id=SourceId(doc), paragraph=n + 1, quote=quote),
    )


def _record(doc: str, lang: str, *events: tuple[str, str, tuple[str, ...]]) -> DocumentRecord:
    built = tuple(_event(doc, n, iso, quote, actors) for n, (iso, quote, actors) in enumerate(events))
    return DocumentRecord(
        id=SourceId(doc),
        source=f"{doc}.txt",
        sha256="0" * 64,
        lang=lang,  # type: ignore[arg-type]
        title=LocalizedText(en=doc),
        meta=DocumentMeta(title=doc),
        sections=(),
        paragraphs=(),
        footnotes=(),
        events=built,
    )


def _groups(*records: DocumentRecord, edits: GroupEdits | None = None) -> list[set[str]]:
    found, _ = find_event_groups(list(records), ACTORS, edits or GroupEdits())
    return [{e.id for e, _ in g.members} for g in found]


FOUNDING_EN = (
    "2031-09",
    "In September 2031, the Coral Secretariat was established in Harbour City.",
    ("coral-secretariat", "harbour-city"),
)
FOUNDING_ZH = ("2031-09-01", "2031年9月1日，珊瑚秘书处在海港城正式成立。", ("coral-secretariat", "harbour-city"))
FOUNDING_KO = ("2031-09", "2031년 9월 산호 사무국이 해항시에서 출범했다.", ("coral-secretariat", "harbour-city"))


def test_reports_in_different_languages_and_precisions_form_one_group() -> None:
    groups = _groups(_record("a", "en", FOUNDING_EN), _record("b", "zh", FOUNDING_ZH), _record("c", "ko", FOUNDING_KO))
    assert groups == [{"ev-2031-09-a0", "ev-2031-09-01-b0", "ev-2031-09-c0"}]


def test_the_group_takes_the_most_precise_date_and_states_its_reason() -> None:
    found, _ = find_event_groups(
        [_record("a", "en", FOUNDING_EN), _record("b", "zh", FOUNDING_ZH)], ACTORS, GroupEdits()
    )
    assert found[0].date == _date("2031-09-01")
    assert "actors coral-secretariat" in found[0].reason and "kind began" in found[0].reason


def test_dates_that_disagree_never_group() -> None:
    later = ("2031-10", "In October 2031, the Coral Secretariat was established in Harbour City.", FOUNDING_EN[2])
    assert _groups(_record("a", "en", FOUNDING_EN), _record("b", "en", later)) == []


def test_a_country_only_overlap_does_not_group() -> None:
    one = ("2032-05", "In May 2032, Atlantis, Lemuria and Mu held talks on fishing.", ("atlantis", "lemuria", "mu"))
    two = ("2032-05", "In May 2032, Atlantis, Lemuria and Mu opened a railway.", ("atlantis", "lemuria", "mu"))
    assert _groups(_record("a", "en", one), _record("b", "en", two)) == []


def test_two_events_of_one_document_never_group_with_each_other() -> None:
    again = ("2031-09", "In September 2031 the Coral Secretariat was founded in Harbour City.", FOUNDING_EN[2])
    assert _groups(_record("a", "en", FOUNDING_EN, again)) == []
    # With a report elsewhere, the group takes one event of the document, never both.
    groups = _groups(_record("a", "en", FOUNDING_EN, again), _record("b", "zh", FOUNDING_ZH))
    assert len(groups) == 1 and len(groups[0]) == 2


def test_different_kinds_of_happening_never_group() -> None:
    signed = ("2033-06", "In June 2033, Atlantis and Mu signed the Reef Pact.", ("atlantis", "mu", "reef-pact"))
    in_force = ("2033-06", "The Reef Pact entered into force in June 2033.", ("reef-pact",))
    assert _groups(_record("a", "en", signed), _record("b", "en", in_force)) == []


def test_the_same_kind_with_shared_words_groups_without_a_shared_actor() -> None:
    one = ("2034-03", "2034年3月，三国签署《珊瑚礁渔业保护协定》。", ())
    two = ("2034-03-12", "2034年3月12日，三国在海港城签署《珊瑚礁渔业保护协定》。", ("harbour-city",))
    assert _groups(_record("a", "zh", one), _record("b", "zh", two)) == [{"ev-2034-03-a0", "ev-2034-03-12-b0"}]


def test_sentences_naming_different_people_do_not_group() -> None:
    one = ("2035-05-02", "On 2 May 2035 Ana Li chaired the Coral Secretariat meeting.", ("ana-li", "coral-secretariat"))
    two = ("2035-05-02", "On 2 May 2035 Bo Kim chaired the Coral Secretariat meeting.", ("bo-kim", "coral-secretariat"))
    assert _groups(_record("a", "en", one), _record("b", "en", two)) == []


def test_a_curator_joins_and_splits() -> None:
    records = [_record("a", "en", FOUNDING_EN), _record("b", "zh", FOUNDING_ZH), _record("c", "ko", FOUNDING_KO)]
    split = GroupSplit(parts=(("ev-2031-09-c0",), ("ev-2031-09-a0", "ev-2031-09-01-b0")), line=3)
    assert _groups(*records, edits=GroupEdits(splits=(split,))) == [{"ev-2031-09-a0", "ev-2031-09-01-b0"}]
    other = _record("d", "en", ("2040", "Mu built a lighthouse in 2040.", ("mu",)))
    join = GroupJoin(events=("ev-2031-09-c0", "ev-2040-d0"), note="one happening, misdated", line=7)
    groups = _groups(*records, other, edits=GroupEdits(splits=(split,), joins=(join,)))
    assert sorted(groups, key=len) == [{"ev-2031-09-c0", "ev-2040-d0"}, {"ev-2031-09-a0", "ev-2031-09-01-b0"}]


def test_a_curated_join_within_one_document_is_an_error() -> None:
    again = ("2031-09", "In September 2031 the Coral Secretariat was founded.", FOUNDING_EN[2])
    join = GroupJoin(events=("ev-2031-09-a0", "ev-2031-09-a1"), line=4)
    with pytest.raises(RecordError, match=":4: join puts two events of one document"):
        _groups(_record("a", "en", FOUNDING_EN, again), edits=GroupEdits(path="groups.yml", joins=(join,)))


def test_unknown_ids_in_curated_edits_are_warnings_with_their_line() -> None:
    join = GroupJoin(events=("ev-2031-09-a0", "ev-1900-gone"), line=9)
    _, warnings = find_event_groups([_record("a", "en", FOUNDING_EN)], ACTORS, GroupEdits(path="g.yml", joins=(join,)))
    assert warnings == ["g.yml:9: join names 'ev-1900-gone', which matches no event"]


def test_group_ids_are_stable_while_members_stay_the_same() -> None:
    records = [_record("a", "en", FOUNDING_EN), _record("b", "zh", FOUNDING_ZH)]
    first, _ = find_event_groups(records, ACTORS, GroupEdits())
    unrelated = _record("z", "en", ("1990", "Mu held an election in 1990.", ("mu",)))
    again, _ = find_event_groups([unrelated, *reversed(records)], ACTORS, GroupEdits())
    assert [g.id for g in again] == [g.id for g in first]
    grown, _ = find_event_groups([*records, _record("c", "ko", FOUNDING_KO)], ACTORS, GroupEdits())
    assert grown[0].id != first[0].id  # a new member: a new group


def test_links_written_into_records_rebuild_the_same_groups() -> None:
    records = [_record("a", "en", FOUNDING_EN), _record("b", "zh", FOUNDING_ZH), _record("c", "ko", FOUNDING_KO)]
    grouped, _ = group_records(records, ACTORS, GroupEdits())
    found, _ = find_event_groups(records, ACTORS, GroupEdits())

    def summary(groups: list[EventGroup]) -> list[tuple[object, ...]]:
        return [(g.id, g.date, [(e.id, r.id) for e, r in g.members], g.reason) for g in groups]

    assert summary(collect_event_groups(grouped)) == summary(found)
    assert all(len(r.groups) == 1 for r in grouped)


def test_a_sentence_of_several_years_is_judged_on_its_dates_clause() -> None:
    text = "2030年5月，三国外长在海港城举行会议，决定于2031年9月成立珊瑚秘书处。"
    assert date_clause(text, _date("2031-09")).startswith("2031年9月成立")
    latin = "Mu joined in 2030, and the three states signed the Reef Pact in 2031."
    assert "signed the Reef Pact" in date_clause(latin, _date("2031"))
    # Only the actors named in the clause count: Ana Li belongs to the 2030 clause.
    record = _record(
        "a", "zh", ("2031-09", "2030年5月，李安娜主持会议，2031年9月珊瑚秘书处成立。", ("ana-li", "coral-secretariat"))
    )
    mentions = (Mention(actor=ActorId("ana-li"), surface="李安娜", paragraph=1, offset=8),
                Mention(actor=ActorId("coral-secretariat"), surface="珊瑚秘书处", paragraph=1, offset=24))  # fmt: skip
    record = dataclasses.replace(record, mentions=mentions)
    from nea_site.group.features import event_features

    features = event_features(record.events[0], record, ACTORS)
    assert features.specific == {"coral-secretariat"} and features.shared_sentence


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The secretariat was established in 2011.", {"began"}),
        ("三国政府签署《协定》。", {"signed"}),
        ("首脳会議が開催された。", {"met"}),
        ("협정이 발효되었다.", {"in_force"}),
        ("A report on trade.", set()),
    ],
)
def test_kinds_of_happening_come_from_the_lexicon(text: str, kinds: set[str]) -> None:
    assert kinds_of(text) == kinds


def test_numbers_leave_dates_and_names_out_and_read_ordinals() -> None:
    assert numbers_of("2019年12月，第八次领导人会议在成都举行") == {8}
    assert numbers_of("On 26 November 2023, the 10th meeting of ASEAN+3 was held") == {10}
    assert numbers_of("the first standalone summit") == {1}


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree(_date("2011-09-01"), _date("2011-09"))
    assert dates_agree(_date("2011"), _date("2011-09-01"))
    assert not dates_agree(_date("2011-09-01"), _date("2011-09-02"))
    assert not dates_agree(_date("2011-08"), _date("2011-09"))


def test_groups_yml_is_read_and_checked_with_lines(tmp_path: Path) -> None:
    (tmp_path / "groups.yml").write_text(
        "join:\n  - events: [ev-2031-09-a0, ev-2031-09-c0]\n    note: same founding\n"
        "split:\n  - parts:\n      - [ev-1]\n      - [ev-2, ev-3]\n",
        encoding="utf-8",
    )
    edits = read_group_edits(tmp_path)
    assert edits.joins == (GroupJoin(events=("ev-2031-09-a0", "ev-2031-09-c0"), note="same founding", line=2),)
    assert edits.splits == (GroupSplit(parts=(("ev-1",), ("ev-2", "ev-3")), line=5),)
    (tmp_path / "groups.yml").write_text(
        "join:\n  - events: [ev-1]\n  - events: ev-2\n    why: x\nsplit:\n  - parts: [[ev-1]]\nmerge: []\n",
        encoding="utf-8",
    )
    with pytest.raises(RecordError) as caught:
        read_group_edits(tmp_path)
    message = str(caught.value)
    assert "groups.yml:2: join[0].events: a join names two events or more" in message
    assert "groups.yml:3: join[1].events: expected a list of event ids" in message
    assert "groups.yml:4: join[1]: unknown field 'why'" in message
    assert "groups.yml:6: split[0].parts: expected a list of two parts or more" in message
    assert "groups.yml:7: unknown key 'merge'" in message
