"""The Explore page's data: items and their facets, the split into files, the binary form explore.js reads."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from nea_site.model import (
    Actor,
    ActorId,
    Claim,
    ClaimId,
    DocumentMeta,
    DocumentRecord,
    Event,
    EventId,
    LocalizedText,
    Mention,
    Paragraph,
    PartialDate,
    Provenance,
    Quantity,
    SourceId,
    Theme,
    ThemeId,
    ThemeWeight,
    Vocabulary,
)
from nea_site.render.crossref import build_crossref
from nea_site.render.explore import explore_page, write_explore_files
from nea_site.render.explore_data import KINDS, Item, collect_items
from nea_site.render.explore_files import CHUNK_ITEMS, decode_items, encode_items, explore_files
from nea_site.render.labels import load_labels

REPO = Path(__file__).resolve().parents[3]
CHINA, JAPAN, ASEAN = ActorId("china"), ActorId("japan"), ActorId("asean")
TRADE = ThemeId("trade")
# Source text that looks like markup: the page must show it as text.
MARKUP_TITLE = 'Notes <img src=x onerror="alert(1)"> & "quotes"'


def _vocabulary() -> Vocabulary:
    def actor(actor_id: ActorId, kind: str, en: str) -> Actor:
        return Actor(id=actor_id, type=kind, name=LocalizedText(en=en, zh=en))  # type: ignore[arg-type]

    return Vocabulary(
        actors=(
            actor(CHINA, "country", "China"),
            actor(JAPAN, "country", "Japan"),
            actor(ASEAN, "organization", "ASEAN"),
        ),
        themes=(Theme(id=TRADE, name=LocalizedText(en="Trade", zh="贸易"), description=LocalizedText(en="", zh="")),),
    )


def _record(n: int, *, events: int, claims: int, published: str | None = None) -> DocumentRecord:
    source = SourceId(f"doc-{n}")

    def evidence(i: int) -> Provenance:
        return Provenance(source_id=source, paragraph=i % 3 + 1, quote="Trade grew.")

    return DocumentRecord(
        id=source,
        source=f"{source}.txt",
        sha256="0" * 64,
        lang="zh" if n % 2 else "en",
        title=LocalizedText(en=MARKUP_TITLE if n == 0 else f"Document {n}", original="en"),
        meta=DocumentMeta(title=None, published=published),
        sections=(),
        paragraphs=tuple(
            Paragraph(index=i, anchor=f"p-{i}", text="Trade grew.", lang="en", section_id=None) for i in (1, 2, 3)
        ),
        footnotes=(),
        mentions=(
            Mention(actor=JAPAN, surface="Japan", paragraph=1, offset=0),
            Mention(actor=ASEAN, surface="ASEAN", paragraph=2, offset=0),
        ),
        themes=(ThemeWeight(theme=TRADE, weight=1.0, paragraphs=(1,)),),
        events=tuple(
            Event(
                id=EventId(f"ev-{n}-{i}"),
                date=PartialDate(year=2000 + i),
                date_end=PartialDate(year=2002 + i) if i == 1 else None,
                precision="year",
                resolution="explicit",
                label=LocalizedText(en=f"Summit {i}", original="en"),
                actors=(CHINA, JAPAN) if i % 2 else (JAPAN,),
                themes=(TRADE,),
                evidence=evidence(i),
            )
            for i in range(events)
        ),
        claims=tuple(
            Claim(
                id=ClaimId(f"cl-{n}-{i}"),
                kind="statistic" if i % 2 else "assessment",
                text=LocalizedText(en="Trade grew " + "very " * (60 if i == 0 else 1) + "fast.", original="en"),
                actors=(CHINA,),
                themes=(),
                dates=("2015-03",) if i % 2 else (),
                numbers=(Quantity(text="5%", value=5.0, unit="%", year=2019),) if i % 2 else (),
                evidence=evidence(i),
            )
            for i in range(claims)
        ),
    )


def _data(records: list[DocumentRecord]):  # type: ignore[no-untyped-def]
    return collect_items(build_crossref(records, _vocabulary()), "en")


def test_items_are_a_document_then_its_events_then_its_claims() -> None:
    data = _data([_record(0, events=2, claims=2, published="2021-05"), _record(1, events=1, claims=0)])
    kinds = [KINDS[i.kind] for i in data.items]
    assert kinds == ["document", "event", "event", "claim", "statistic", "document", "event"]
    assert data.doc_starts == [0, 5]
    assert data.doc_langs == ["en", "zh"]
    first = data.items[0]
    assert first.years == (2021, 2021) and first.paragraph == 0 and first.text == MARKUP_TITLE


def test_years_of_events_and_claims() -> None:
    data = _data([_record(0, events=2, claims=2)])
    by_ref = {i.ref: i for i in data.items}
    assert by_ref["doc-0"].years is None  # no published date: no year
    assert by_ref["ev-0-0"].years == (2000, 2000)
    assert by_ref["ev-0-1"].years == (2001, 2003)  # a span: its first and last year
    assert by_ref["cl-0-0"].years is None  # a claim that gives no date nor a figure's year
    assert by_ref["cl-0-1"].years == (2015, 2019)  # the date in its sentence and its figure's year


def test_facet_values_split_countries_from_other_actors() -> None:
    data = _data([_record(0, events=2, claims=1)])
    assert [(v.facet, v.id) for v in data.values] == [
        ("country", "china"),
        ("country", "japan"),
        ("actor", "asean"),
        ("theme", "trade"),
    ]
    names = {i.ref: {data.values[v].id for v in i.values} for i in data.items}
    assert names["doc-0"] == {"japan", "asean", "trade"}  # what its text names
    assert names["ev-0-1"] == {"china", "japan", "trade"}
    assert names["cl-0-0"] == {"china"}


def test_a_long_claim_is_cut_on_its_row() -> None:
    data = _data([_record(0, events=0, claims=1)])
    text = data.items[1].text
    assert len(text) <= 240 and text.endswith("…")


@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.one_of(st.none(), st.tuples(st.integers(1500, 2100), st.integers(0, 300))),
            st.sets(st.integers(0, 5000), max_size=8),
        ),
        min_size=1,
        max_size=40,
    ),
    st.data(),
)
def test_the_binary_form_reads_back(
    rows: list[tuple[int, tuple[int, int] | None, set[int]]], data: st.DataObject
) -> None:
    items = [
        Item(
            kind=kind,
            doc=0,
            years=(y[0], y[0] + y[1]) if y else None,
            values=tuple(sorted(values)),
            row_kind=0,
            ref="x",
            paragraph=0,
            date="",
            text="",
        )
        for kind, y, values in rows
    ]
    numbers = sorted(data.draw(st.sets(st.integers(0, len(items) - 1), min_size=1)))
    decoded = decode_items(encode_items(items, numbers, 1500), 1500)
    assert decoded == [(n, items[n].kind, items[n].years, items[n].values) for n in numbers]


def _files(records: list[DocumentRecord]) -> tuple[dict[str, bytes], dict[str, object]]:
    files = explore_files(_data(records), load_labels(REPO / "templates", "en"))
    return files, json.loads(files["index.json"])


def test_every_value_file_holds_every_item_of_its_values() -> None:
    records = [_record(n, events=n % 4, claims=n % 5, published=f"{2000 + n}") for n in range(30)]
    data = _data(records)
    files, index = _files(records)
    base = index["base"]
    assert isinstance(base, int)
    values = index["values"]
    assert isinstance(values, list)
    for at, (_facet, _id, _name, count, shard) in enumerate(values):
        held = {n for n, _, _, names in decode_items(files[f"{shard}.bin"], base) if at in names}
        assert held == {n for n, item in enumerate(data.items) if at in item.values}
        assert count == len(held)


def test_kind_files_hold_every_item_once_and_text_files_every_row() -> None:
    records = [_record(n, events=3, claims=4, published=None if n % 3 else f"{1990 + 7 * n}") for n in range(25)]
    data = _data(records)
    files, index = _files(records)
    shards = index["kindShards"]
    assert isinstance(shards, list)
    seen: list[int] = []
    for kind, name, first, last, count in shards:
        read = decode_items(files[f"{name}.bin"], int(index["base"]))  # type: ignore[call-overload]
        assert len(read) == count and {k for _, k, _, _ in read} == {kind}
        years = [y for _, _, y, _ in read if y]
        assert (first, last) == ((min(y[0] for y in years), max(y[1] for y in years)) if years else (None, None))
        seen += [n for n, _, _, _ in read]
    assert sorted(seen) == list(range(len(data.items)))
    rows = [
        row
        for n in range(0, len(data.items), CHUNK_ITEMS)
        for row in json.loads(files[f"t{n // CHUNK_ITEMS}.json"])["rows"]
    ]
    assert [r[1] for r in rows] == [i.ref for i in data.items]
    cube = index["cube"]
    assert isinstance(cube, list) and sum(c[-1] for c in cube) == len(data.items)


def test_files_are_the_same_bytes_each_time(tmp_path: Path) -> None:
    records = [_record(n, events=2, claims=2) for n in range(5)]
    t = load_labels(REPO / "templates", "zh")
    for out in ("a", "b"):
        write_explore_files(build_crossref(records, _vocabulary()), "zh", t, tmp_path / out)
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first == second
    assert {Path("explore/explore.js"), Path("explore/explore.css"), Path("explore/data/index.json")} <= set(first)


def test_the_page_carries_its_labels_escaped() -> None:
    for lang in ("en", "zh"):
        spec = explore_page(lang, load_labels(REPO / "templates", lang))
        shell = str(spec.context.variables()["shell"])
        assert 'id="nea-explore"' in shell and "data-labels=" in shell
        labels = shell.split('data-labels="', 1)[1].split('"', 1)[0]
        assert "<" not in labels and '"' not in labels  # a JSON attribute: quotes are entities
        assert 'data-document="../documents/{id}/"' in shell


def test_source_text_reaches_the_rows_as_data() -> None:
    files, _ = _files([_record(0, events=0, claims=0)])
    rows = json.loads(files["t0.json"])["rows"]
    assert rows[0][3] == MARKUP_TITLE  # as written: explore.js sets it with textContent
    script = (REPO / "src" / "nea_site" / "render" / "explore_assets" / "explore.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
