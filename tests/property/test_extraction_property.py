"""Properties of the records of the five seeds: verbatim quotes, plausible dates, stable ids, both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nea_site.model import DocumentRecord
from nea_site.pipeline import BuildSettings, produce_records


@pytest.fixture(scope="module")
def seed_records(seed_project: Path) -> list[DocumentRecord]:
    return produce_records(BuildSettings(project_dir=seed_project)).records


def test_every_quote_is_verbatim_in_its_paragraph(seed_records: list[DocumentRecord]) -> None:
    for record in seed_records:
        texts = {p.index: p.text for p in record.paragraphs}
        for item in [*record.events, *record.claims]:
            assert item.evidence.source_id == record.id
            assert item.evidence.quote in texts[item.evidence.paragraph], item.id
        headings = {s.id: s.title for s in record.sections} | {n.id: n.text for n in record.footnotes}
        headings |= {f"author-note-{i}": note for i, note in enumerate(record.meta.author_notes, 1)}
        headings["title"] = record.title.get(record.title.original) or "" if record.title.original else ""
        for mention in record.mentions:
            # A name in a heading, the title or a footnote (a cited outlet or author) sits in that one's text.
            text = texts[mention.paragraph] if mention.paragraph else headings[mention.section or ""]
            assert text[mention.offset : mention.offset + len(mention.surface)] == mention.surface


def test_every_date_lies_between_1900_and_2100(seed_records: list[DocumentRecord]) -> None:
    for record in seed_records:
        for date in [d.start for d in record.dates] + [d.end for d in record.dates]:
            assert date is None or 1900 <= date.year <= 2100
        for event in record.events:
            assert 1900 <= event.date.year <= 2100


def test_ids_are_stable_across_runs(seed_project: Path, seed_records: list[DocumentRecord], tmp_path: Path) -> None:
    # A second run without the cache must give the same ids (content hashes, never counters).
    settings = BuildSettings(project_dir=seed_project)
    shutil.rmtree(settings.cache_dir, ignore_errors=True)
    again = produce_records(settings)
    assert again.extracted == len(seed_records)
    first = {r.id: ([e.id for e in r.events], [c.id for c in r.claims]) for r in seed_records}
    second = {r.id: ([e.id for e in r.events], [c.id for c in r.claims]) for r in again.records}
    assert first == second
    ids = [i for events, claims in first.values() for i in events + claims]
    assert len(ids) == len(set(ids))


def test_every_record_of_the_seeds_has_both_languages(seed_records: list[DocumentRecord]) -> None:
    missing = [e.id for r in seed_records for e in r.events if not (e.label.en and e.label.zh)]
    missing += [c.id for r in seed_records for c in r.claims if not (c.text.en and c.text.zh)]
    assert missing == []
    for record in seed_records:
        assert record.title.en and record.title.zh
