"""A document in none of the seeds' styles (an HTML page) yields the events, actors and themes a reader expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, REPO
from nea_site.curation import merge_metadata, read_vocabulary
from nea_site.extract import Extraction, extract_document, make_extractor
from nea_site.ingest import read_source
from nea_site.model import DocumentRecord
from nea_site.parse import parse_document


@pytest.fixture(scope="module")
def unseen() -> tuple[DocumentRecord, Extraction]:
    source = read_source(FIXTURES / "unseen_html_article.html")
    record = merge_metadata(parse_document(source), None, sha256=source.sha256)
    return record, extract_document(record, make_extractor(read_vocabulary(REPO / "corpus" / "curated")))


def test_metadata_from_the_page(unseen: tuple[DocumentRecord, Extraction]) -> None:
    record, _ = unseen
    assert record.title.en == "Ports, Rails and Ferries: Logistics Links across the Sea of Japan"
    assert record.meta.authors == ("Mira Castellanos",)
    assert record.meta.published == "2021-06-15"
    assert record.meta.outlet == "Harbour Policy Notes"
    assert [s.title for s in record.sections] == ["Rail and port connectivity", "Outlook"]
    assert record.footnotes[0].text == "Port authority press release, March 2018."


def test_script_and_markup_never_reach_the_text(unseen: tuple[DocumentRecord, Extraction]) -> None:
    record, _ = unseen
    body = " ".join(p.text for p in record.paragraphs)
    assert "pwned" not in body and "color: red" not in body and "onmouseover" not in body
    assert "javascript:" not in body
    # Escaped markup in the page is text the author wrote: it stays, as text.
    assert "<script>alert(2)</script>" in body


def test_events_actors_and_themes(unseen: tuple[DocumentRecord, Extraction]) -> None:
    _, found = unseen
    events = {(e.date.iso(), e.actors) for e in found.events}
    assert events == {("2018-03", ("russia", "south-korea", "vladivostok")), ("2019-10", ("mongolia",))}
    assert {m.actor for m in found.mentions} == {
        "russia",
        "japan",
        "south-korea",
        "mongolia",
        "vladivostok",
        "sea-of-japan",
    }
    assert {m.actor for m in found.mentions if m.section == "title"} == {"sea-of-japan"}  # "… across the Sea of Japan"
    assert found.themes[0].theme == "connectivity-logistics"
    # A forecast is a prediction claim, never an event.
    assert not any(e.date.year == 2030 for e in found.events)
    assert any(c.kind == "prediction" and "2030" in c.evidence.quote for c in found.claims)
    assert any(c.kind == "statistic" and [q.text for q in c.numbers] == ["18%"] for c in found.claims)


def test_quotes_are_verbatim(unseen: tuple[DocumentRecord, Extraction], tmp_path: Path) -> None:
    record, found = unseen
    texts = {p.index: p.text for p in record.paragraphs}
    for item in [*found.events, *found.claims]:
        assert item.evidence.quote in texts[item.evidence.paragraph]
