"""The Explore page in Chromium: filtered URLs give the counts the export gives, links reach paragraphs, text is text.

One build of the seeds plus one invented note whose title looks like markup, served on a free local port; the
expected counts are computed here from `nea-site export --json` alone, by the rules docs/explore.md states.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from nea_site.bench.explore_bytes import BUDGET_KB, explore_report, serving

REPO = Path(__file__).resolve().parents[2]
NEA_SITE = Path(sys.executable).parent / "nea-site"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
LOCAL_HOST = "127.0.0.1"
# An invented note: its title holds markup, which the page must show as text and never run.
MARKUP_NOTE = (
    'Trade note <img src=x onerror="window.__neaPwned=1"> & <b>bold</b>\n\n'
    "On 5 May 2015 Japan and China signed a trade agreement in Tokyo.\n\n"
    "Trade between Japan and China grew by 12% in 2016.\n"
)
# The title as recorded: parse takes inline tags out of a title line (issue 23: no markup left in a title); the
# page shows the rest ("&") as text, and no tag of the source ever runs.
MARKUP_TITLE = "Trade note & bold"
KINDS = ("document", "event", "statistic", "claim")
ENTITY_FACETS = ("country", "actor", "theme")


@dataclass(frozen=True)
class Built:
    site: Path
    export: dict[str, Any]
    base: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    project = tmp_path_factory.mktemp("explore") / "project"
    project.mkdir()
    shutil.copytree(REPO / "templates", project / "templates")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "corpus" / "sources", project / "corpus" / "sources")
    shutil.copytree(REPO / "corpus" / "curated", project / "corpus" / "curated")
    (project / "corpus" / "sources" / "zz-markup-note.txt").write_text(MARKUP_NOTE, encoding="utf-8")
    for command in (["build"], ["export", "--json", str(project / "export.json")]):
        run = subprocess.run(
            [str(NEA_SITE), *command, "--project", str(project)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=900,
            check=False,
        )
        assert run.returncode == 0, f"{command} failed:\n{run.stdout}\n{run.stderr}"
    export = json.loads((project / "export.json").read_text(encoding="utf-8"))
    with serving(project / "site") as base:
        yield Built(project / "site", export, base)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        try:
            launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:
            pytest.fail(f"chromium did not start ({exc}); install it with: apt-get install -y chromium", pytrace=False)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Visit:
    page: Page
    errors: list[str] = field(default_factory=list)
    offhost: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], "console errors:\n" + "\n".join(self.errors)
        assert self.offhost == [], "requests that left 127.0.0.1:\n" + "\n".join(self.offhost)


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    seen = Visit(page)

    def route(route_: Route) -> None:
        parts = urlsplit(route_.request.url)
        if parts.scheme in {"data", "blob"} or parts.hostname == LOCAL_HOST:
            route_.continue_()
        else:
            seen.offhost.append(route_.request.url)
            route_.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: seen.errors.append(f"pageerror: {exc}"))
    try:
        yield seen
    finally:
        context.close()


# ---- the expected counts, from the export alone ----


@dataclass(frozen=True)
class Row:
    kind: str
    lang: str
    years: tuple[int, int] | None
    names: dict[str, frozenset[str]]  # facet -> ids


def _year(text: str | None) -> int | None:
    return int(text[:4]) if text and text[:4].isdigit() else None


def export_rows(export: dict[str, Any]) -> list[Row]:
    """Every document, event and claim of the export with the facet values docs/explore.md gives it."""
    actor_type = {a["id"]: a["type"] for a in export["actors"]}
    theme_ids = {t["id"] for t in export["themes"]}
    lang_of = {d["source"]: d["language"] for d in export["documents"]}
    doc_actors: dict[str, set[str]] = {d["source"]: set() for d in export["documents"]}
    doc_themes: dict[str, set[str]] = {d["source"]: set() for d in export["documents"]}
    for actor in export["actors"]:
        for source in actor["documents"]:
            doc_actors[source].add(actor["id"])
    for theme in export["themes"]:
        for entry in theme["documents"]:
            doc_themes[entry["source"]].add(theme["id"])

    def names(actors: set[str] | list[str], themes: set[str] | list[str]) -> dict[str, frozenset[str]]:
        known = [a for a in actors if a in actor_type]
        return {
            "country": frozenset(a for a in known if actor_type[a] == "country"),
            "actor": frozenset(a for a in known if actor_type[a] != "country"),
            "theme": frozenset(t for t in themes if t in theme_ids),
        }

    rows = []
    for d in export["documents"]:
        year = _year(d["published"])
        rows.append(
            Row(
                "document",
                d["language"],
                (year, year) if year else None,
                names(doc_actors[d["source"]], doc_themes[d["source"]]),
            )
        )
    for e in export["events"]:
        first, last = _year(e["date"]), _year(e["date_end"] or e["date"])
        assert first is not None and last is not None
        rows.append(
            Row("event", lang_of[e["source"]], (min(first, last), max(first, last)), names(e["actors"], e["themes"]))
        )
    for c in export["claims"]:
        years = sorted({y for y in map(_year, c["dates"]) if y} | {n["year"] for n in c["numbers"] if n["year"]})
        rows.append(
            Row(
                "statistic" if c["kind"] == "statistic" else "claim",
                lang_of[c["source"]],
                (years[0], years[-1]) if years else None,
                names(c["actors"], c["themes"]),
            )
        )
    return rows


def _parse(query: str) -> dict[str, Any]:
    params = {k: v[0] for k, v in parse_qs(query.lstrip("?")).items()}
    wanted = {f: set(params[f].split(",")) if f in params else set() for f in (*ENTITY_FACETS, "kind", "lang")}
    year = None
    if "year" in params:
        a, dash, b = params["year"].partition("-")  # "2010-2020", "2015", "2015-" (open), "-2020"
        year = (int(a) if a else -(10**6), int(b) if b else 10**6 if dash else int(a))
    return {**wanted, "year": year}


def _match(row: Row, f: dict[str, Any], skip: str = "") -> bool:
    if skip != "kind" and f["kind"] and row.kind not in f["kind"]:
        return False
    if skip != "lang" and f["lang"] and row.lang not in f["lang"]:
        return False
    if skip != "year" and f["year"]:
        if row.years is None or row.years[0] > f["year"][1] or row.years[1] < f["year"][0]:
            return False
    return all(f[facet] <= row.names[facet] for facet in ENTITY_FACETS)


def expected_counts(rows: list[Row], query: str) -> dict[str, Any]:
    """The total, and each facet value's count as docs/explore.md defines it.

    Per country, actor and theme the results naming it; per kind, language and year what the other filters give
    with that value.
    """
    f = _parse(query)
    results = [r for r in rows if _match(r, f)]
    counts: dict[str, Counter[str]] = {facet: Counter() for facet in (*ENTITY_FACETS, "kind", "lang", "year")}
    for r in results:
        for facet in ENTITY_FACETS:
            counts[facet].update(r.names[facet])
    for r in rows:
        if _match(r, f, "kind"):
            counts["kind"][r.kind] += 1
        if _match(r, f, "lang"):
            counts["lang"][r.lang] += 1
        if r.years and _match(r, f, "year"):
            counts["year"].update(str(y) for y in range(r.years[0], r.years[1] + 1))
    return {"total": len(results), **{k: dict(v) for k, v in counts.items()}}


def shown_counts(page: Page) -> dict[str, Any]:
    data = page.evaluate(
        """() => {
          const out = {total: Number(document.getElementById('nea-explore-total').dataset.count)};
          for (const box of document.querySelectorAll('.nea-explore-facet')) {
            const facet = box.dataset.facet;
            out[facet] = {};
            for (const li of box.querySelectorAll('li[data-value]')) {
              out[facet][li.dataset.value] = Number(li.dataset.count);
            }
          }
          return out;
        }"""
    )
    return {k: v if k == "total" else {name: n for name, n in v.items() if n} for k, v in data.items()}


def open_explore(visit: Visit, base: str, lang: str, query: str) -> Page:
    page = visit.page
    page.goto(f"{base}{lang}/explore/{query}")
    page.wait_for_selector("#nea-explore-results .nea-explore-result, #nea-explore-results .nea-explore-empty")
    expect(page.locator(".nea-explore-pending")).to_have_count(0)
    return page


def queries(rows: list[Row]) -> list[str]:
    """Filtered URLs: each path of explore.js.

    The issue's shape (country, theme, years, kind) with the commonest country and its commonest theme among events;
    a country with an actor; a filter without country, actor or theme (the kind files); none at all (the index).
    """
    events = [r for r in rows if r.kind == "event"]
    country = Counter(c for r in events for c in r.names["country"]).most_common(1)[0][0]
    theme = Counter(t for r in events if country in r.names["country"] for t in r.names["theme"]).most_common(1)[0][0]
    actor = Counter(a for r in rows if country in r.names["country"] for a in r.names["actor"]).most_common(1)[0][0]
    return [
        f"?country={country}&theme={theme}&year=2010-2020&kind=event,statistic",
        f"?country={country}&actor={actor}&lang=en,zh",
        "?year=2015-&kind=claim,statistic&lang=zh",
        "",
    ]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_filtered_urls_count_what_the_export_holds(built: Built, visit: Visit, lang: str) -> None:
    rows = export_rows(built.export)
    for query in queries(rows):
        page = open_explore(visit, built.base, lang, query)
        expected = expected_counts(rows, query)
        assert expected["total"] > 0, f"{query}: the seeds give no result; pick another filter"
        shown = shown_counts(page)
        assert shown == expected, f"{lang}/explore/{query}"
        rows_shown = page.locator(".nea-explore-result").count()
        assert rows_shown == min(20, expected["total"])
    visit.assert_clean()


def _anchors(path: Path) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_result_links_to_its_paragraph(built: Built, visit: Visit, lang: str) -> None:
    query = queries(export_rows(built.export))[0]
    page = open_explore(visit, built.base, lang, query)
    hrefs = page.eval_on_selector_all(".nea-explore-result a.nea-explore-text", "els => els.map(a => a.href)")
    assert hrefs
    for href in hrefs:
        parts = urlsplit(href)
        target = built.site / parts.path.lstrip("/") / "index.html"
        assert target.is_file(), href
        assert parts.fragment.startswith("p-") and parts.fragment in _anchors(target), href
    page.locator(".nea-explore-result a.nea-explore-text").first.click()
    page.wait_for_url(re.compile(r"/documents/[^/]+/#p-\d+$"))
    fragment = urlsplit(page.url).fragment
    expect(page.locator(f"#{fragment}")).to_be_in_viewport()
    visit.assert_clean()


def test_choosing_a_value_changes_the_url_and_back_restores_it(built: Built, visit: Visit) -> None:
    rows = export_rows(built.export)
    page = open_explore(visit, built.base, "en", "?kind=event")
    before = shown_counts(page)
    assert before == expected_counts(rows, "?kind=event")
    country = max(before["country"], key=lambda c: (before["country"][c], c))
    page.locator(f'.nea-explore-facet[data-facet="country"] li[data-value="{country}"] a').click()
    page.wait_for_url(re.compile(rf"\?kind=event&country={country}$|\?country={country}&kind=event$"))
    query = "?" + urlsplit(page.url).query
    expect(page.locator("#nea-explore-total")).to_have_attribute("data-count", str(before["country"][country]))
    expect(page.locator(".nea-explore-pending")).to_have_count(0)
    assert shown_counts(page) == expected_counts(rows, query)
    page.go_back()
    expect(page.locator("#nea-explore-total")).to_have_attribute("data-count", str(before["total"]))
    assert shown_counts(page) == before
    visit.assert_clean()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_source_text_is_shown_as_text(built: Built, visit: Visit, lang: str) -> None:
    page = open_explore(visit, built.base, lang, "?kind=document")
    for _ in range(20):  # "More results" until every document shows; it hides when none is left
        if not page.locator("#nea-explore-more").is_visible():
            break
        page.locator("#nea-explore-more").click()
        expect(page.locator(".nea-explore-pending")).to_have_count(0)
    expect(page.locator("#nea-explore-more")).to_be_hidden()
    texts = page.eval_on_selector_all(".nea-explore-result a.nea-explore-text", "els => els.map(a => a.textContent)")
    assert MARKUP_TITLE in texts
    assert page.locator(".nea-explore-result img, #nea-explore-results b").count() == 0
    assert page.evaluate("window.__neaPwned") is None
    visit.assert_clean()


def test_an_unknown_value_gives_no_result_and_no_error(built: Built, visit: Visit) -> None:
    page = open_explore(visit, built.base, "en", "?country=no-such-country&year=2010-2020")
    expect(page.locator("#nea-explore-total")).to_have_attribute("data-count", "0")
    expect(page.locator(".nea-explore-facet[data-facet='country'] li.nea-explore-on")).to_have_count(1)
    visit.assert_clean()


def test_bench_measures_bytes_to_the_first_result(built: Built, browser: Browser) -> None:
    lines = explore_report(built.site, browser)
    assert lines[-1].startswith("explore first result: largest "), lines
    measured = [line for line in lines[:-1] if line.startswith("explore first result: ")]
    assert len(measured) == 8, lines  # four URLs in each language
    own = [int(m) for m in re.findall(r"\((\d+) KB without the site search", "\n".join(measured))]
    assert len(own) == 8 and all(0 < kb <= BUDGET_KB for kb in own), lines
