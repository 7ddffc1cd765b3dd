"""Typed render: the RenderContext of a page, the rows pages share, page contexts, the export's shape."""

from __future__ import annotations

import re
from typing import get_type_hints

import pytest

from conftest import REPO
from nea_site import curation, records
from nea_site.model import DocumentRecord, Vocabulary
from nea_site.render import build_export
from nea_site.render.context import RenderContext
from nea_site.render.crossref import CrossRef, build_crossref
from nea_site.render.entries import DocumentEntry
from nea_site.render.environment import SafeMarkdown
from nea_site.render.export_shape import (
    ActorJson,
    ClaimJson,
    DocumentJson,
    EventGroupJson,
    EventJson,
    Export,
    StatisticGroupJson,
    ThemeJson,
)
from nea_site.render.pages import DocumentsContext
from nea_site.render.rows import claim_row, event_row

RENDER = REPO / "src" / "nea_site" / "render"


@pytest.fixture(scope="module")
def seeds() -> tuple[list[DocumentRecord], Vocabulary]:
    """The repo's stored seed records (read only)."""
    corpus = REPO / "corpus"
    return records.read_records(corpus / "records"), curation.read_vocabulary(corpus / "curated")


@pytest.fixture(scope="module")
def cx(seeds: tuple[list[DocumentRecord], Vocabulary]) -> CrossRef:
    return build_crossref(*seeds)


def _labels(key: str) -> str:
    return f"<{key}>"


def test_links_are_relative_to_the_page_the_context_is_at(cx: CrossRef) -> None:
    theme = RenderContext(cx, "en", _labels, uri="themes/trade.md")
    assert theme.link("countries/china.md") == "../countries/china.md"
    assert isinstance(theme.link("countries/china.md"), SafeMarkdown)
    assert theme.link("documents/a.md", "p-3") == "../documents/a.md#p-3"
    assert theme.href("countries/china.md") == "../../countries/china/"
    home = theme.at("index.md")
    assert (home.uri, home.lang, home.t, home.cx) == ("index.md", "en", _labels, cx)
    assert home.link("countries/china.md") == "countries/china.md"
    assert theme.uri == "themes/trade.md"  # frozen: at() gives another context


def test_the_other_language_and_names_follow_the_page_language(cx: CrossRef) -> None:
    actor = next(a for a in cx.actors.values() if a.name.en and a.name.zh)
    en = RenderContext(cx, "en", _labels)
    zh = RenderContext(cx, "zh", _labels)
    assert (en.other_lang, zh.other_lang) == ("zh", "en")
    assert (en.name(actor.name), zh.name(actor.name)) == (actor.name.en, actor.name.zh)


def test_a_row_serves_every_page_at_one_depth_and_only_there(cx: CrossRef) -> None:
    record = next(r for r in cx.records if r.events and r.claims)
    event, claim = record.events[0], record.claims[0]
    rc = RenderContext(cx, "en", _labels)
    on_theme = event_row(event, record, rc.at("themes/a.md"), anchor=False)
    assert event_row(event, record, rc.at("countries/b.md"), anchor=False) is on_theme
    on_list = event_row(event, record, rc.at("countries/b/events.md"), anchor=False)
    assert on_list is not on_theme
    assert on_list.source_link == "../../" + on_theme.source_link.removeprefix("../")
    assert event_row(event, record, rc.at("themes/a.md"), anchor=True).anchor == event.id
    assert on_theme.anchor is None
    compact = claim_row(claim, record, rc.at("themes/a.md"), anchor=False, compact=True)
    assert (compact.actors, compact.themes) == ((), ())
    cx.rows.clear()
    assert event_row(event, record, rc.at("themes/a.md"), anchor=False) is not on_theme


def test_a_page_context_gives_its_fields_to_the_template_as_they_are() -> None:
    row = DocumentEntry(title="T", link=SafeMarkdown("a.md"), authors="", published="2020", language="English", note="")
    context = DocumentsContext(documents=[row])
    variables = context.variables()
    assert list(variables) == ["documents"]
    assert variables["documents"] == [row]
    assert variables["documents"][0] is row


def _declared(shape: type) -> list[str]:
    return list(get_type_hints(shape))


def _check(item: object, shape: type) -> None:
    assert isinstance(item, dict)
    declared = _declared(shape)
    required = shape.__required_keys__
    assert list(item) == [key for key in declared if key in item], shape.__name__  # declared order
    assert required <= set(item), shape.__name__


def test_the_export_writes_the_keys_its_shape_declares_in_that_order(
    seeds: tuple[list[DocumentRecord], Vocabulary],
) -> None:
    export = build_export(*seeds)
    assert list(export) == _declared(Export)
    shapes: list[tuple[str, type]] = [
        ("documents", DocumentJson),
        ("events", EventJson),
        ("claims", ClaimJson),
        ("actors", ActorJson),
        ("themes", ThemeJson),
        ("event_groups", EventGroupJson),
        ("statistic_groups", StatisticGroupJson),  # the seeds give none: tests/unit/group checks their rows
    ]
    for key, shape in shapes:
        items = dict(export)[key]
        assert items or key == "statistic_groups", key
        for item in items:
            _check(item, shape)
    for claim in export["claims"]:
        for number in claim["numbers"]:
            assert list(number) == ["text", "value", "unit", "year"]


def test_render_has_no_untyped_rows_or_silenced_checks() -> None:
    for path in sorted(RENDER.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"dict\[str, Any\]|type: ignore", text), path.relative_to(REPO)
