"""Curated translations fill the missing language of event labels; rows without one are kept as they are."""

from __future__ import annotations

from nea_site.curation import Translation, apply_translations
from nea_site.model import (
    DocumentMeta,
    DocumentRecord,
    Event,
    EventId,
    LocalizedText,
    PartialDate,
    Provenance,
    SourceId,
)


def _event(n: int) -> Event:
    date = PartialDate.from_iso("2019-03-05")
    return Event(
        id=EventId(f"ev-2019-03-05-doc{n}"),
        date=date,
        date_end=None,
        precision=date.precision,
        resolution="explicit",
        label=LocalizedText(en=f"Talks {n} were held.", original="en"),
        actors=(),
        themes=(),
        evidence=Provenance(source_id=SourceId("doc"), paragraph=n, quote=f"Talks {n} were held."),
    )


def _record() -> DocumentRecord:
    return DocumentRecord(
        id=SourceId("doc"),
        source="doc.txt",
        sha256="0" * 64,
        lang="en",
        title=LocalizedText(en="doc"),
        meta=DocumentMeta(title="doc"),
        sections=(),
        paragraphs=(),
        footnotes=(),
        events=(_event(1), _event(2)),
    )


def test_a_translation_fills_its_row_and_leaves_the_others_as_they_are() -> None:
    record = _record()
    filled = apply_translations(record, {"ev-2019-03-05-doc2": Translation(en="Other.", zh="举行了会谈。")})
    assert filled.events[0] is record.events[0]
    assert filled.events[1].label == LocalizedText(en="Talks 2 were held.", zh="举行了会谈。", original="en")
    assert apply_translations(record, {}) is record
