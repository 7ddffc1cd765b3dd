"""Event groups on the site: one timeline entry per happening, the compare page, "also reported by", the export."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from conftest import REPO
from nea_site import curation
from nea_site.group import collect_event_groups
from nea_site.model import DocumentRecord
from nea_site.pipeline import BuildSettings, produce_records
from nea_site.render import build_export, render_site
from nea_site.render.export import data_files


@pytest.fixture(scope="module")
def seeds(seed_project: Path) -> list[DocumentRecord]:
    return produce_records(BuildSettings(project_dir=seed_project)).records


@pytest.fixture(scope="module")
def docs(seeds: list[DocumentRecord], seed_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    build_dir = tmp_path_factory.mktemp("grouped")
    vocabulary = curation.read_vocabulary(seed_project / "corpus" / "curated")
    render_site(seeds, vocabulary, REPO / "templates", build_dir, focus=(), search_words="", site_url="http://x/")
    return build_dir / "docs"


def _timeline(docs: Path, lang: str) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((docs / lang / "timeline").glob("*.md")))


REPORTED = [("en", "reported by 2 documents: 1 English, 1 Chinese"), ("zh", "2 份文献报道：英文 1 份、中文 1 份")]
PAGES = [("en", "Where sources agree and differ", "also reported by"), ("zh", "各来源的异同", "另见")]


@pytest.mark.parametrize(("lang", "words"), REPORTED)
def test_the_timeline_shows_one_entry_per_happening_with_its_sources(
    seeds: list[DocumentRecord], docs: Path, lang: str, words: str
) -> None:
    text = _timeline(docs, lang)
    groups = collect_event_groups(seeds)
    entries = [line for line in text.splitlines() if line.startswith("- <span id=")]
    assert len(entries) == sum(len(r.events) for r in seeds) - sum(len(g.members) - 1 for g in groups)
    for group in groups:
        (entry,) = [line for line in entries if all(f'id="{e.id}"' in line for e, _ in group.members)]
        assert words in entry
        for event, record in group.members:
            assert f"documents/{record.id}.md#p-{event.evidence.paragraph}" in entry


def test_the_chart_counts_happenings_not_reports(seeds: list[DocumentRecord], docs: Path) -> None:
    chart = _timeline(docs, "en").split("</svg>", 1)[0]
    groups = collect_event_groups(seeds)
    assert chart.count("<circle") == sum(len(r.events) for r in seeds) - sum(len(g.members) - 1 for g in groups)


@pytest.mark.parametrize(("lang", "title", "also"), PAGES)
def test_compare_page_and_also_reported_by(docs: Path, lang: str, title: str, also: str) -> None:
    page = (docs / lang / "compare" / "index.md").read_text(encoding="utf-8")
    assert f"\n# {title}\n" in page and "search:\n  exclude: true" in page
    assert "eg-2011-09-" in page and "trilateral\\-cooperation\\-secretariat" in page
    assert "(compare/index.md)" in (docs / lang / "index.md").read_text(encoding="utf-8")
    document = (docs / lang / "documents" / "004-8e6ebfa50e614d2c.md").read_text(encoding="utf-8")
    assert re.search(rf'{also}: <a href="\.\./001-b14eb7010bb2f78a/#p-4">', document)
    # The pages of an actor, a country and a theme with grouped happenings say so and link the compare page.
    for entity in ("actors/trilateral-cooperation-secretariat.md", "countries/china.md"):
        assert f"]({'../' * entity.count('/')}compare/index.md)" in (docs / lang / entity).read_text(encoding="utf-8")
    themes = [p.read_text(encoding="utf-8") for p in sorted((docs / lang / "themes").glob("*.md"))]
    assert any("../compare/index.md)" in text for text in themes)


def test_export_lists_event_groups_and_the_compare_page(seeds: list[DocumentRecord], seed_project: Path) -> None:
    export = build_export(seeds, curation.read_vocabulary(seed_project / "corpus" / "curated"))
    assert [set(g) for g in export["event_groups"]] == [{"id", "date", "precision", "events", "sources", "reason"}] * 3
    founding = [g for g in export["event_groups"] if g["date"] == "2011-09"]
    assert founding and founding[0]["sources"] == ["001_b14eb7010bb2f78a.txt", "004_8e6ebfa50e614d2c.txt"]
    assert export["pages"]["compare"] == {"en": "en/compare/", "zh": "zh/compare/"}
    rows = list(csv.DictReader(io.StringIO(data_files(export)["nea-event-groups.csv"])))
    assert [r["id"] for r in rows] == [g["id"] for g in export["event_groups"]]
    # Every event still has its own entry: groups are added, nothing of the earlier shape is removed.
    assert len(export["events"]) == sum(len(r.events) for r in seeds)
