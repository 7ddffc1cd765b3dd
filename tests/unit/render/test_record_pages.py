"""A synthetic corpus big enough to page: lists stay under their caps, each record has one anchor, links find it.

Links checked: Markdown links between pages, the HTML links of charts and document pages, and the export's URLs.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from nea_site.model import (
    LANGS,
    Actor,
    ActorId,
    Claim,
    ClaimId,
    ClaimKind,
    DocumentMeta,
    DocumentRecord,
    Event,
    EventId,
    Lang,
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
from nea_site.render import build_export, render_site
from nea_site.render.links import built_path
from nea_site.render.paging import PAGE_ROWS
from nea_site.render.record_lists import MAX_INLINE_CLAIMS, MAX_INLINE_EVENTS

REPO = Path(__file__).resolve().parents[3]
DOCS = 3
EVENTS_PER_DOC = 90  # 270 events: three timeline pages, the last one short
CLAIMS_PER_DOC = 80  # per document 20 statistics (2 figures each), 40 assessments, 20 of the other kinds
PARAGRAPHS = 10
MAX_PAGE_BYTES = 300_000
CHINA, JAPAN, KOREA = ActorId("china"), ActorId("japan"), ActorId("south-korea")
TRADE, ENERGY = ThemeId("trade"), ThemeId("energy")
OTHER_KINDS: tuple[ClaimKind, ...] = ("causal", "recommendation", "prediction")

MD_LINK_RE = re.compile(r"\]\(([^)\s]+)\)")
HTML_HREF_RE = re.compile(r'href="([^"]+)"')
ANCHOR_RE = re.compile(r'<span id="([^"]+)"></span>|<li id="([^"]+)">|\{ #([\w-]+) \}')
RECORD_ID_RE = re.compile(r"^(ev|cl)-")


def _vocabulary() -> Vocabulary:
    def country(actor_id: ActorId, en: str, zh: str, iso: str) -> Actor:
        return Actor(id=actor_id, type="country", name=LocalizedText(en=en, zh=zh), iso=iso)

    def theme(theme_id: ThemeId, en: str, zh: str) -> Theme:
        return Theme(id=theme_id, name=LocalizedText(en=en, zh=zh), description=LocalizedText(en=en, zh=zh))

    return Vocabulary(
        actors=(country(CHINA, "China", "中国", "CHN"), country(JAPAN, "Japan", "日本", "JPN"),
                country(KOREA, "South Korea", "韩国", "KOR")),
        themes=(theme(TRADE, "Trade", "贸易"), theme(ENERGY, "Energy", "能源")),
    )  # fmt: skip


IDENTIFIERS = (
    ("description", "Policy brief, 2024"),
    ("end mark", "(End)"),
    ("received", "12 January 2023"),
    ("中图分类号", "D81"),
)


def _record(n: int) -> DocumentRecord:
    source = SourceId(f"doc-{n}")
    text = "China and Japan trade. " * 5

    def evidence(i: int) -> Provenance:
        return Provenance(source_id=source, paragraph=i % PARAGRAPHS + 1, quote=text)

    events = tuple(
        Event(
            id=EventId(f"ev-{n}-{i:03d}"),
            date=PartialDate(year=1990 + (i * 7 + n) % 35, month=i % 12 + 1),
            date_end=None,
            precision="month",
            resolution="explicit",
            label=LocalizedText(en=f"Event {n}.{i} in English", zh=f"事件 {n}.{i}", original="en"),
            actors=(CHINA, JAPAN) if i % 3 else (CHINA, KOREA),
            themes=(TRADE,) if i % 2 else (TRADE, ENERGY),
            evidence=evidence(i),
        )
        for i in range(EVENTS_PER_DOC)
    )
    claims = []
    for i in range(CLAIMS_PER_DOC):
        kind: ClaimKind = ("statistic", "assessment", "assessment", OTHER_KINDS[i // 4 % 3])[i % 4]
        numbers = (
            (Quantity(text="3%", value=3.0, unit="%", year=2020), Quantity(text="5", value=5.0, unit="", year=None))
            if kind == "statistic"
            else ()
        )
        claims.append(
            Claim(
                id=ClaimId(f"cl-{n}-{i:03d}-{kind[:4]}"),
                kind=kind,
                text=LocalizedText(en=f"Claim {n}.{i} says something.", zh=f"论断 {n}.{i}。", original="en"),
                actors=(CHINA, JAPAN),
                themes=(TRADE,),
                dates=(),
                numbers=numbers,
                evidence=evidence(i),
            )
        )
    return DocumentRecord(
        id=source,
        source=f"{source}.txt",
        sha256="0" * 64,
        lang="en",
        title=LocalizedText(en=f"Document {n}", zh=f"文献 {n}", original="en"),
        meta=DocumentMeta(title=f"Document {n}", identifiers=IDENTIFIERS if n == 0 else ()),
        sections=(),
        paragraphs=tuple(
            Paragraph(index=i, anchor=f"p-{i}", text=text, lang="en", section_id=None) for i in range(1, PARAGRAPHS + 1)
        ),
        footnotes=(),
        mentions=tuple(
            Mention(actor=actor, surface=actor.title(), paragraph=1, offset=0) for actor in (CHINA, JAPAN, KOREA)
        ),
        themes=(ThemeWeight(theme=TRADE, weight=0.8, paragraphs=(1, 2)), ThemeWeight(theme=ENERGY, weight=0.2,
                paragraphs=(3,))),
        events=events,
        claims=tuple(claims),
    )  # fmt: skip


RECORDS = [_record(n) for n in range(DOCS)]
EVENT_IDS = {e.id for r in RECORDS for e in r.events}
CLAIM_IDS = {c.id for r in RECORDS for c in r.claims}


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build_dir = tmp_path_factory.mktemp("paged")
    render_site(
        RECORDS,
        _vocabulary(),
        REPO / "templates",
        build_dir,
        focus=(CHINA, JAPAN, KOREA),
        search_words="",
        site_url="http://127.0.0.1:8000/",
    )
    return build_dir / "docs"


def _pages(docs_dir: Path, lang: Lang) -> dict[str, str]:
    return {p.relative_to(docs_dir / lang).as_posix(): p.read_text(encoding="utf-8") for p in _markdown(docs_dir, lang)}


@cache
def _markdown(docs_dir: Path, lang: Lang) -> tuple[Path, ...]:
    return tuple(sorted((docs_dir / lang).rglob("*.md")))


def _anchors(text: str) -> list[str]:
    return [a or b or c for a, b, c in ANCHOR_RE.findall(text)]


def _md_target(page: str, href: str) -> tuple[str, str]:
    """A Markdown link's target page (docs-relative .md path) and anchor, resolved from `page`."""
    path, _, anchor = href.partition("#")
    if not path:
        return page, anchor
    return urlsplit(urljoin(f"http://docs.invalid/{page}", path)).path.lstrip("/"), anchor


def _html_target(page: str, href: str, pages: dict[str, str], lang: Lang) -> tuple[str, str] | None:
    """An HTML link's target (.md path of the built URL it resolves to) and anchor; None for the other language."""
    parts = urlsplit(urljoin(f"http://site.invalid/{lang}/{built_path(page)}", href))
    if not parts.path.startswith(f"/{lang}/"):
        return None
    built = parts.path.removeprefix(f"/{lang}/")
    candidates = [f"{built}index.md", f"{built.rstrip('/')}.md"] if built else ["index.md"]
    return next((c for c in candidates if c in pages), candidates[0]), parts.fragment


def test_corpus_is_big_enough_to_page(docs_dir: Path) -> None:
    pages = _pages(docs_dir, "en")
    # Paged by stable keys (render/paging.py): the timeline by decade, then by year where a decade overflows (the
    # small years sharing pages); the claims by kind and then by document id where a kind overflows.
    for uri in ("timeline/1990.md", "timeline/1999.md", "timeline/2010s.md", "claims/assessment-doc-0.md",
                "claims/assessment-doc-2.md", "claims/statistics-table-doc-2.md", "countries/china/events-1999.md",
                "countries/china/claims-assessment-doc-0.md", "countries/china/claims-statistic.md",
                "themes/trade/events-2020s.md"):  # fmt: skip
        assert uri in pages, uri
    assert (
        "timeline/1990s.md" not in pages and "timeline/1991.md" not in pages and "claims/causal-doc-0.md" not in pages
    )
    assert "](../timeline/1990.md#y-1991)" in pages["timeline/index.md"]  # the first page jumps to each year
    assert "1990 – 1998" in pages["timeline/1990.md"]  # a page of several years names the first and the last


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_outgrows_its_caps(docs_dir: Path, lang: Lang) -> None:
    for uri, text in _pages(docs_dir, lang).items():
        assert len(text.encode("utf-8")) < MAX_PAGE_BYTES, uri
        for section in re.split(r"^#+ ", text, flags=re.M):
            items = sum(1 for line in section.splitlines() if line.startswith(("- ", "| ")))
            assert items <= PAGE_ROWS + 2, f"{uri}: {items} rows in one section"  # + a table's header rows
        if uri.startswith(("countries/china.md", "themes/trade.md")):
            events = text.split("{ #events ")[1].split("{ #claims ")[0]
            assert events.count("\n- ") == MAX_INLINE_EVENTS, uri
            claims = text.split("{ #claims ")[1].split("\n## ")[0]
            assert claims.count("\n- ") <= len(OTHER_KINDS) * 2 * MAX_INLINE_CLAIMS, uri


@pytest.mark.parametrize("lang", LANGS)
def test_entity_full_lists_leave_out_co_mentioned_names_that_the_timeline_and_claim_lists_show(
    docs_dir: Path, lang: Lang
) -> None:
    pages = _pages(docs_dir, lang)
    japan, trade = "countries/japan.md", "themes/trade.md"  # linked from rows as ../../<uri>
    for uri in (
        "countries/china/events-2010s.md",
        "countries/china/claims-statistic.md",
        "themes/trade/events-2010s.md",
    ):
        rows = [line for line in pages[uri].splitlines() if line.startswith("- ")]
        assert len(rows) > 50, uri
        assert not any(japan in row or trade in row for row in rows), uri
        assert all("/documents/doc-" in row for row in rows), f"{uri}: every row links its source paragraph"
    timeline_rows = [line for line in pages["timeline/2000s.md"].splitlines() if line.startswith("- ")]
    assert all(trade in row for row in timeline_rows) and any(japan in row for row in timeline_rows)
    claim_rows = [line for line in pages["claims/assessment-doc-0.md"].splitlines() if line.startswith("- ")]
    assert all(japan in row for row in claim_rows)


@pytest.mark.parametrize("lang", LANGS)
def test_every_event_and_claim_has_exactly_one_anchor(docs_dir: Path, lang: Lang) -> None:
    """One in its list and one, its permalink, under its paragraph on its document page."""
    pages = _pages(docs_dir, lang)
    found = [a for text in pages.values() for a in _anchors(text) if RECORD_ID_RE.match(a)]
    assert sorted(found) == sorted([*EVENT_IDS, *CLAIM_IDS] * 2)
    documents = [a for uri, text in pages.items() if uri.startswith("documents/") for a in _anchors(text)]
    assert sorted(a for a in documents if RECORD_ID_RE.match(a)) == sorted(EVENT_IDS | CLAIM_IDS)


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_to_a_record_anchor_points_to_the_page_that_holds_it(docs_dir: Path, lang: Lang) -> None:
    pages = _pages(docs_dir, lang)
    anchors = {uri: set(_anchors(text)) for uri, text in pages.items()}
    checked = 0
    broken = []
    for uri, text in pages.items():
        links = [_md_target(uri, h) for h in MD_LINK_RE.findall(text)]
        html = [_html_target(uri, h, pages, lang) for h in HTML_HREF_RE.findall(text)]
        links += [link for link in html if link is not None]
        for target, anchor in links:
            if target.endswith(".md") and target not in pages:
                broken.append(f"{uri}: no page {target}")
            elif anchor and (RECORD_ID_RE.match(anchor) or anchor.startswith("y-")):
                checked += 1
                if anchor not in anchors.get(target, set()):
                    broken.append(f"{uri}: #{anchor} is not on {target}")
    assert broken == []
    assert checked > 2 * (len(EVENT_IDS) + len(CLAIM_IDS)), "chart, document-page and entity links were checked"


def test_export_urls_point_to_the_page_that_holds_each_record(docs_dir: Path) -> None:
    export = build_export(RECORDS, _vocabulary())
    for lang in LANGS:
        anchors = {uri: set(_anchors(text)) for uri, text in _pages(docs_dir, lang).items()}
        by_built = {f"{lang}/{built_path(uri)}": ids for uri, ids in anchors.items()}
        for item in [*export["events"], *export["claims"]]:
            page, _, anchor = item["url"][lang].partition("#")
            assert anchor == item["id"]
            assert anchor in by_built[page], item["url"][lang]


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("en", ["Description", "End mark", "Received", "中图分类号"]),
        ("zh", ["文献说明", "结尾标记", "收稿日期", "中图分类号"]),
    ],
)
def test_header_rows_that_the_parser_names_are_translated(docs_dir: Path, lang: Lang, labels: list[str]) -> None:
    page = _pages(docs_dir, lang)["documents/doc-0.md"]
    for label, (_, value) in zip(labels, IDENTIFIERS, strict=True):
        assert f"<tr><th>{label}</th><td>{value}</td></tr>" in page


def test_a_project_whose_labels_predate_a_header_row_shows_the_parser_s_name(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    for lang in ("en", "zh"):
        labels = templates / "labels" / f"{lang}.yml"
        kept = [line for line in labels.read_text(encoding="utf-8").splitlines() if not line.startswith("identifier_")]
        labels.write_text("\n".join(kept) + "\n", encoding="utf-8")
    (tmp_path / "build").mkdir()
    render_site(RECORDS[:1], _vocabulary(), templates, tmp_path / "build", focus=(CHINA,), search_words="",
                site_url="http://127.0.0.1:8000/")  # fmt: skip
    page = (tmp_path / "build" / "docs" / "zh" / "documents" / "doc-0.md").read_text(encoding="utf-8")
    assert "<tr><th>description</th><td>Policy brief, 2024</td></tr>" in page


def _with_one_more(
    records: list[DocumentRecord], n: int, event: Event | None, claim: Claim | None
) -> list[DocumentRecord]:
    record = records[n]
    events = (*record.events, event) if event else record.events
    claims = (*record.claims, claim) if claim else record.claims
    return [*records[:n], replace(record, events=events, claims=claims), *records[n + 1 :]]


def test_adding_a_record_to_a_paged_list_changes_only_the_page_holding_it(tmp_path: Path) -> None:
    """Of the paged lists' pages, only those holding an added event and claim change.

    The corpus is rendered, then again with one more event and one more claim. The first page of a split list
    names its pages without counting their rows, so it does not change.
    """
    base = RECORDS[1]
    event = replace(base.events[0], id=EventId("ev-1-new"), date=PartialDate(year=2015, month=6))
    claim = replace(base.claims[1], id=ClaimId("cl-1-new-asse"))
    assert claim.kind == "assessment"
    out = {}
    for name, records in (("before", RECORDS), ("after", _with_one_more(RECORDS, 1, event, claim))):
        (tmp_path / name).mkdir()
        render_site(records, _vocabulary(), REPO / "templates", tmp_path / name, focus=(CHINA, JAPAN, KOREA),
                    search_words="", site_url="http://127.0.0.1:8000/")  # fmt: skip
        out[name] = {
            uri: text for uri, text in _pages(tmp_path / name / "docs", "en").items()
            if uri.startswith(("timeline/", "claims/", "countries/china/", "themes/trade/"))
        }  # fmt: skip
    before, after = out["before"], out["after"]
    assert before.keys() == after.keys()
    changed = sorted(uri for uri in before if before[uri] != after[uri])
    assert changed == [
        "claims/assessment-doc-0.md",  # documents doc-0 and doc-1 share the page
        "claims/index.md",  # the number of claims of each kind
        "countries/china/claims-assessment-doc-0.md",
        "countries/china/events-2010s.md",
        "themes/trade/claims-assessment-doc-0.md",
        "themes/trade/events-2010s.md",
        "timeline/2010s.md",
        "timeline/index.md",  # the chart
    ]
    assert "ev-1-new" in after["timeline/2010s.md"] and "cl-1-new-asse" in after["claims/assessment-doc-0.md"]


@pytest.mark.parametrize("lang", LANGS)
def test_lists_and_pagers_of_list_pages_stand_apart_from_the_lines_around_them(docs_dir: Path, lang: Lang) -> None:
    """A list and a pager follow a blank line or a heading.

    Else Markdown reads a list into the paragraph before it, and a pager after a list into the list's last item.
    """
    for uri, text in _pages(docs_dir, lang).items():
        if not uri.startswith(("timeline/", "claims/", "countries/", "themes/")):
            continue
        lines = text.splitlines()
        for before, line in zip(lines, lines[1:], strict=False):
            starts_list = line.startswith("- ") and not before.startswith("- ")
            if starts_list or line.startswith("[↑ "):
                assert before == "" or before.startswith("#"), f"{uri}: {line[:60]!r} follows {before[:60]!r}"


def test_a_scheduled_event_is_marked_in_both_languages(tmp_path: Path) -> None:
    record = RECORDS[0]
    first = replace(record.events[0], scheduled=True)
    records = [replace(record, events=(first, *record.events[1:]))]
    render_site(records, _vocabulary(), REPO / "templates", tmp_path, focus=(CHINA,), search_words="",
                site_url="http://127.0.0.1:8000/")  # fmt: skip
    for lang, mark in (("en", "*(scheduled)*"), ("zh", "*(预定)*")):
        marked = [
            line
            for page in (tmp_path / "docs" / lang).rglob("*.md")
            for line in page.read_text(encoding="utf-8").splitlines()
            if mark in line
        ]
        assert marked and all(first.id in line or "事件 0.0" in line or "Event 0.0" in line for line in marked)
