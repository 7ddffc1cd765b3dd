"""fast_new.maker: the same records as the classes' own constructors, for the classes extraction makes so."""

from __future__ import annotations

import dataclasses

import pytest

from nea_site.extract.date_resolve import DateSpan
from nea_site.extract.date_resolve import Found as DateFound
from nea_site.extract.fast_new import fast_init, maker
from nea_site.model import (
    ActorId,
    Claim,
    ClaimId,
    DateMention,
    Event,
    LocalizedText,
    Mention,
    PartialDate,
    Provenance,
    Quantity,
    SectionWeight,
    SourceId,
)


def test_made_records_equal_constructed_ones() -> None:
    mention = maker(Mention)(ActorId("japan"), "Japan", 3, 17, False, None)
    assert mention == Mention(actor=ActorId("japan"), surface="Japan", paragraph=3, offset=17)
    assert hash(mention) == hash(Mention(actor=ActorId("japan"), surface="Japan", paragraph=3, offset=17))
    text = maker(LocalizedText)(None, "三国签署协定。", "zh")
    assert text == LocalizedText(zh="三国签署协定。", original="zh")
    evidence = maker(Provenance)(SourceId("doc"), 2, "Trade grew.")
    assert evidence == Provenance(source_id=SourceId("doc"), paragraph=2, quote="Trade grew.")
    figure = Quantity(text="25%", value=25.0, unit="%", year=2023)
    claim = maker(Claim)(ClaimId("cl-1"), "statistic", text, (), (), ("2023",), (figure,), evidence)
    assert claim == Claim(
        id=ClaimId("cl-1"),
        kind="statistic",
        text=text,
        actors=(),
        themes=(),
        dates=("2023",),
        numbers=(figure,),
        evidence=evidence,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.kind = "causal"  # type: ignore[misc]


def test_fields_are_taken_in_the_order_extraction_passes_them() -> None:
    # extract/actors.py, claims.py and themes.py pass the fields by position: a reordered class must fail here.
    assert [f.name for f in dataclasses.fields(Mention)] == [
        "actor",
        "surface",
        "paragraph",
        "offset",
        "nested",
        "section",
    ]
    assert [f.name for f in dataclasses.fields(LocalizedText)] == ["en", "zh", "original"]
    assert [f.name for f in dataclasses.fields(SectionWeight)] == ["section", "weight"]
    assert [f.name for f in dataclasses.fields(Provenance)] == ["source_id", "paragraph", "quote"]
    assert [f.name for f in dataclasses.fields(Claim)] == [
        "id", "kind", "text", "actors", "themes", "dates", "numbers", "evidence"
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(Quantity)] == ["text", "value", "unit", "year"]  # claim_figures
    assert [f.name for f in dataclasses.fields(DateMention)] == [  # extract.py
        "expression", "start", "end", "precision", "resolution", "paragraph"
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(DateSpan)] == [  # date_resolve.py
        "start_offset", "end_offset", "expression", "start", "end", "precision", "resolution"
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(DateFound)] == ["start_offset", "end_offset", "rank", "reading"]
    assert [f.name for f in dataclasses.fields(Event)] == [  # extract/event_labels.py
        "id", "date", "date_end", "precision", "resolution", "label", "actors", "themes", "evidence", "scheduled"
    ]  # fmt: skip


def test_an_event_made_without_init_is_the_class_s() -> None:
    from nea_site.extract.dates import find_dates
    from nea_site.extract.event_labels import make_event

    date = find_dates("The ministers met on 26 November 2023.", anchor=None)[0]
    made = make_event(
        SourceId("doc"), "The ministers met on 26 November 2023.", 4, (ActorId("japan"),), (), date, False
    )
    assert made == Event(
        id=made.id,
        date=PartialDate(year=2023, month=11, day=26),
        date_end=None,
        precision="day",
        resolution="explicit",
        label=LocalizedText(en="The ministers met on 26 November 2023", original="en"),
        actors=(ActorId("japan"),),
        themes=(),
        evidence=Provenance(source_id=SourceId("doc"), paragraph=4, quote="The ministers met on 26 November 2023."),
    )
    assert made.id.startswith("ev-2023-11-26-") and not made.scheduled


def test_only_frozen_slotted_dataclasses_without_post_init() -> None:
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            assert self.a > 0

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (Mutable, Checked, NoSlots, int):
        with pytest.raises(TypeError):
            maker(cls)


def test_a_sentence_made_without_init_is_the_class_s() -> None:
    from nea_site.extract.events import SentenceContext
    from nea_site.extract.extract import _sentence
    from nea_site.model import Paragraph

    paragraph = Paragraph(index=3, anchor="p-3", text="First one. Second one here.", lang="en", section_id=None)
    made = _sentence(paragraph, 11, 27, (), ("economy",), ("japan",), paragraph.text)  # type: ignore[arg-type]
    by_class = SentenceContext(
        paragraph=paragraph,
        start=11,
        end=27,
        dates=(),
        themes=("economy",),
        actors=("japan",),
        simplified=paragraph.text,
    )  # type: ignore[arg-type]
    assert made == by_class
    assert made.text == by_class.text == "Second one here."
    assert made.cue_text == by_class.cue_text


def test_fast_init_keeps_the_signature_and_makes_the_same_records() -> None:
    import inspect

    from nea_site.extract.claim_cues import ParagraphCues
    from nea_site.extract.date_readings import Parts, Reading
    from nea_site.extract.discover.rules import Found

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class Plain:
        a: int
        b: str | None = None
        c: tuple[int, ...] = ()

    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class Fast:
        a: int
        b: str | None = None
        c: tuple[int, ...] = ()

    signature = inspect.signature(Plain.__init__)
    assert inspect.signature(Fast.__init__) == signature
    assert dataclasses.astuple(Fast(a=1, c=(2,))) == dataclasses.astuple(Plain(a=1, c=(2,)))
    with pytest.raises(TypeError):
        Fast(1)  # keyword-only, as the class's own
    with pytest.raises(dataclasses.FrozenInstanceError):
        Fast(a=1).a = 2  # type: ignore[misc]
    # The classes extraction decorates: their records equal the fields given, defaults filled in.
    assert Reading(first=Parts(2023)).first == Parts(2023, None, None)
    assert Reading(first=Parts(), basis="anchor", unit="day", shift=-1).week == "on_or_before"
    found = Found(1, 4, "ABC", "organization", "acronym", acronym="ABC")
    assert (found.other, found.acronym, found.family, found.actor) == (None, "ABC", False, None)
    assert dataclasses.replace(found, end=5).end == 5
    assert ParagraphCues(starts=()).starts == ()


def test_fast_init_refuses_what_it_cannot_keep() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (Factory, NoSlots):
        with pytest.raises(TypeError):
            fast_init(cls)
