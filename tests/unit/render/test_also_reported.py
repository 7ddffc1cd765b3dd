"""A much-reported happening: a document page lists a few other reports, and a new report leaves it unchanged."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO
from nea_site import curation
from nea_site.group import group_records
from nea_site.model import DocumentRecord, EventId, GroupEdits, SourceId
from nea_site.pipeline import BuildSettings, produce_records
from nea_site.render import render_site
from nea_site.render.pages import MAX_ALSO_REPORTED


def _copy(record: DocumentRecord, n: int) -> DocumentRecord:
    """The same document under another id: its events report the same happenings (its claims are left out)."""
    source = SourceId(f"zz-copy-{n:02d}")
    events = tuple(
        replace(e, id=EventId(f"{e.id}-c{n}"), evidence=replace(e.evidence, source_id=source)) for e in record.events
    )
    return replace(record, id=source, source=f"{source}.txt", events=events, claims=(), groups=())


@pytest.fixture(scope="module")
def pages(seed_project: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    seeds = [replace(r, groups=()) for r in produce_records(BuildSettings(project_dir=seed_project)).records]
    vocabulary = curation.read_vocabulary(seed_project / "corpus" / "curated")
    actors = {a.id: a for a in vocabulary.actors}
    copies = [_copy(seeds[0], n) for n in range(1, MAX_ALSO_REPORTED + 3)]
    out = {}
    for name, records in (("before", [*seeds, *copies[:-1]]), ("after", [*seeds, *copies])):
        grouped, _ = group_records(records, actors, GroupEdits())
        build_dir = tmp_path_factory.mktemp(name)
        render_site(grouped, vocabulary, REPO / "templates", build_dir, focus=(), search_words="", site_url="http://x/")
        docs = build_dir / "docs" / "en" / "documents"
        out[name] = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.md")}
    return out


def test_a_document_lists_a_few_other_reports_and_links_the_timeline_entry_for_all(
    pages: dict[str, dict[str, str]],
) -> None:
    page = pages["after"]["zz-copy-01.md"]
    lists = re.findall(r"also reported by: (.*?)</li>", page)
    assert lists, "the copies report the same happenings"
    longest = max(lists, key=lambda s: s.count("<a "))
    assert longest.count("<a ") == MAX_ALSO_REPORTED + 1
    assert longest.endswith("all reports on the timeline</a>")
    assert 'href="../../timeline/' in longest.rsplit("<a ", 1)[1]


def test_a_new_report_of_a_much_reported_happening_leaves_the_other_documents_pages_unchanged(
    pages: dict[str, dict[str, str]],
) -> None:
    before, after = pages["before"], pages["after"]
    new = {f"zz-copy-{MAX_ALSO_REPORTED + 2:02d}.md"}
    assert after.keys() - before.keys() == new
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == ["index.md"]  # the list of documents names the new one
