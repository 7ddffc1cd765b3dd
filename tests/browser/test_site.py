"""The built seeds site in Debian's chromium: languages, footnotes, language switch, no errors, no off-host requests.

One build per module, served by http.server on a free port. If chromium does not start the tests fail
(they never skip), naming the package to install. Screenshots go to /tmp/nea-shots/ for a human to look at.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page, Playwright, Route, expect, sync_playwright

from nea_site.bench.search_bytes import measure_site
from nea_site.bench.search_recall import measure_recall

REPO = Path(__file__).resolve().parents[2]
NEA_SITE = Path(sys.executable).parent / "nea-site"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path("/tmp/nea-shots")
DOC_SOURCE = "001_b14eb7010bb2f78a.txt"
DOC_ID = "001-b14eb7010bb2f78a"
DOC_TITLE_ZH = "中日韩合作的发展、困境与前景"
LOCAL_HOST = "127.0.0.1"

# The text of an element without the permalink anchor that toc(permalink=true) appends to headings.
TEXT_WITHOUT_PERMALINK = """el => Array.from(el.childNodes)
    .filter(n => !(n.classList && n.classList.contains('headerlink')))
    .map(n => n.textContent).join('').trim()"""


@dataclass(frozen=True)
class Site:
    project: Path
    base: str  # http://127.0.0.1:PORT/

    def site_name(self, lang: str) -> str:
        config = yaml.safe_load((self.project / "build" / f"mkdocs.{lang}.yml").read_text(encoding="utf-8"))
        return str(config["site_name"])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The seeds (as make_corpus(seeds=True) lays them out) built once and served on a free local port."""
    project = tmp_path_factory.mktemp("browser") / "project"
    project.mkdir()
    shutil.copytree(REPO / "templates", project / "templates")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "corpus" / "sources", project / "corpus" / "sources")
    shutil.copytree(REPO / "corpus" / "curated", project / "corpus" / "curated")
    run = subprocess.run(
        [str(NEA_SITE), "build", "--project", str(project)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, f"build failed:\n{run.stdout}\n{run.stderr}"

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            pass

    handler = functools.partial(QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(project, f"http://{LOCAL_HOST}:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def launch(p: Playwright) -> Browser:
    """Debian's chromium; a launch failure fails the test (never a skip) and names the package to install."""
    try:
        return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    except Exception as exc:
        pytest.fail(f"chromium did not start ({exc}); install it with: apt-get install -y chromium", pytrace=False)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        launched = launch(p)
        try:
            yield launched
        finally:
            launched.close()


def test_chromium_starts() -> None:
    """Runs first, so a missing browser shows as one FAILED test rather than only as fixture errors."""
    with sync_playwright() as p:
        launched = launch(p)
        assert launched.version
        launched.close()


@dataclass
class Visit:
    """A page plus everything it asked the network for and every error it logged."""

    page: Page
    requests: list[str] = field(default_factory=list)
    offhost: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], "console errors:\n" + "\n".join(self.errors)
        assert self.offhost == [], "requests that left 127.0.0.1:\n" + "\n".join(self.offhost)
        assert self.requests, "no request was recorded"


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    seen = Visit(page)

    def route(route_: Route) -> None:
        url = route_.request.url
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob"}:
            route_.continue_()
            return
        seen.requests.append(url)
        if parts.hostname == LOCAL_HOST:
            route_.continue_()
        else:
            seen.offhost.append(url)
            route_.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: seen.errors.append(f"pageerror: {exc}"))
    try:
        yield seen
    finally:
        context.close()


def heading_text(page: Page) -> str:
    return str(page.locator(".md-content h1").first.evaluate(TEXT_WITHOUT_PERMALINK))


def curated_title_en() -> str:
    curated = yaml.safe_load((REPO / "corpus" / "curated" / "documents.yml").read_text(encoding="utf-8"))
    return str(curated["documents"][DOC_SOURCE]["title"]["en"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_page(site: Site, visit: Visit, lang: str) -> None:
    page = visit.page
    page.goto(f"{site.base}{lang}/", wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.title() == site.site_name(lang)
    assert heading_text(page), "the home page has an empty h1"
    assert page.locator(".md-content").inner_text().strip()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"home-{lang}.png"), full_page=True)
    visit.assert_clean()


def test_root_redirects_to_english(site: Site, visit: Visit) -> None:
    visit.page.goto(site.base, wait_until="networkidle")
    expect(visit.page).to_have_url(f"{site.base}en/")
    visit.assert_clean()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_document_page_title_language_and_footnotes(site: Site, visit: Visit, lang: str) -> None:
    page = visit.page
    url = f"{site.base}{lang}/documents/{DOC_ID}/"
    page.goto(url, wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == lang
    expected = curated_title_en() if lang == "en" else DOC_TITLE_ZH
    assert heading_text(page) == expected
    assert page.title() == f"{expected} - {site.site_name(lang)}"
    expect(page.locator("#p-4")).to_have_attribute("lang", "zh-Hans")
    expect(page.locator("#p-4")).to_have_class("nea-para")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"document-{lang}.png"))

    page.locator("#ref-fn-1 > a").click()
    expect(page).to_have_url(f"{url}#fn-1")
    expect(page.locator("#fn-1")).to_be_visible()
    expect(page.locator("#fn-1")).to_be_in_viewport()
    page.wait_for_timeout(400)  # let Material's header finish swapping site name for page title (screenshot only)
    page.screenshot(path=str(SHOTS / f"document-{lang}-notes.png"))

    page.locator("#fn-1 a.nea-backref").click()
    expect(page).to_have_url(f"{url}#ref-fn-1")
    expect(page.locator("#ref-fn-1")).to_be_in_viewport()
    visit.assert_clean()


@pytest.mark.parametrize(("source", "target"), [("en", "zh"), ("zh", "en")])
def test_language_switch_keeps_the_document(site: Site, visit: Visit, source: str, target: str) -> None:
    page = visit.page
    page.goto(f"{site.base}{source}/documents/{DOC_ID}/", wait_until="networkidle")
    page.locator(".md-header__option .md-select button").click()
    link = page.locator(f".md-header__option .md-select__link[hreflang={target}]")
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(f"**/{target}/documents/{DOC_ID}/")
    expect(page).to_have_url(f"{site.base}{target}/documents/{DOC_ID}/")
    assert page.locator("html").get_attribute("lang") == target
    expected = curated_title_en() if target == "en" else DOC_TITLE_ZH
    assert heading_text(page) == expected
    visit.assert_clean()


PAGE_KINDS = [
    "",
    "documents/",
    f"documents/{DOC_ID}/",
    "timeline/",
    "themes/",
    "themes/trade-ftas/",
    "countries/",
    "countries/japan/",
    "actors/",
    "actors/asean/",
    "claims/",
    "data/",
    "about/",
    "glossary/",
    "coverage/",
]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_kind_loads_clean_and_switches_to_the_same_page(site: Site, visit: Visit, lang: str) -> None:
    page = visit.page
    other = "zh" if lang == "en" else "en"
    for path in PAGE_KINDS:
        page.goto(f"{site.base}{lang}/{path}", wait_until="networkidle")
        assert page.locator("html").get_attribute("lang") == lang, path
        assert heading_text(page), f"{path}: empty h1"
        # The header switcher and the in-page link both lead to the same page in the other language.
        switch = page.locator(f".md-header__option .md-select__link[hreflang={other}]")
        href = switch.get_attribute("href")
        assert href is not None
        page.goto(urljoin(page.url, href), wait_until="networkidle")
        assert page.url == f"{site.base}{other}/{path}", path
        assert page.locator("html").get_attribute("lang") == other
    visit.assert_clean()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_timeline_chart_is_visible(site: Site, visit: Visit, lang: str) -> None:
    page = visit.page
    page.goto(f"{site.base}{lang}/timeline/", wait_until="networkidle")
    chart = page.locator("div.nea-chart svg").first
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 80
    assert page.locator("div.nea-chart svg circle").count() >= 10
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"timeline-{lang}.png"))
    visit.assert_clean()


@pytest.mark.parametrize(
    ("lang", "query", "expected_doc"), [("zh", "秘书处", DOC_ID), ("en", "semiconductor", "003-a7a90719f68ddabf")]
)
def test_search_finds_the_right_documents(site: Site, visit: Visit, lang: str, query: str, expected_doc: str) -> None:
    page = visit.page
    page.goto(f"{site.base}{lang}/", wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill(query)
    page.keyboard.press("End")  # Material searches on keyup; fill() alone types no key
    results = page.locator("[data-search-result]")
    expect(results.first).to_be_visible(timeout=15000)
    page.locator(".md-search-result__list[data-search-done]").wait_for(state="attached", timeout=15000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert any(f"documents/{expected_doc}/" in h for h in hrefs), hrefs[:10]
    # One index per language: results never come twice, and stay in the page's language.
    assert all(f"/{'en' if lang == 'zh' else 'zh'}/" not in urljoin(page.url, h) for h in hrefs)
    page.screenshot(path=str(SHOTS / f"search-{lang}.png"))
    visit.assert_clean()


def _copy_citation(visit: Visit, site: Site, box_selector: str) -> tuple[str, str, dict[str, str]]:
    """Open a "Cite this", press its copy button; the clipboard's text, the selection, and the control's parts."""
    page = visit.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base.rstrip("/"))
    box = page.locator(box_selector).first
    box.locator("summary").click()
    button = box.locator("button.nea-cite-copy")
    expect(button).to_be_visible()
    label = button.inner_text()
    button.click()
    expect(button).not_to_have_text(label)  # the button says it has copied
    clipboard = str(page.evaluate("navigator.clipboard.readText()"))
    selection = str(
        page.evaluate(
            "(() => { const a = document.activeElement; "
            "return a.value.substring(a.selectionStart, a.selectionEnd); })()"
        )
    )
    parts = {
        name: " ".join(box.locator(css).first.inner_text().split()) if box.locator(css).count() else ""
        for name, css in (("ref", ".nea-cite-ref"), ("in_text", ".nea-cite-in-text"), ("quote", ".nea-cite-quote"))
    }
    return clipboard, selection, parts


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_copy_a_citation_from_a_document_page(site: Site, visit: Visit, lang: str) -> None:
    visit.page.goto(f"{site.base}{lang}/documents/{DOC_ID}/", wait_until="networkidle")
    clipboard, selection, parts = _copy_citation(visit, site, ".md-content details.nea-cite")
    assert clipboard == selection == parts["ref"]
    assert f"/{lang}/documents/{DOC_ID}/" in clipboard  # the reference names the page it cites
    assert ("[" in clipboard) == (lang == "zh")  # GB/T 7714's type code ("[J]", "[EB/OL]") in Chinese only
    visit.page.screenshot(path=str(SHOTS / f"cite-document-{lang}.png"))
    visit.assert_clean()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_copy_a_citation_from_a_claim(site: Site, visit: Visit, lang: str) -> None:
    """The control beside a claim copies its quote, the in-text citation with its paragraph, reference, permalink."""
    page = visit.page
    page.goto(f"{site.base}{lang}/claims/", wait_until="networkidle")
    page.locator("#by-kind ~ * a[href], #by-kind ~ table a[href]").first.click()  # the first kind's claims
    page.wait_for_load_state("networkidle")
    claim_id = page.locator(".md-content span[id^='cl-']").first.get_attribute("id")
    assert claim_id, "no claim anchor on the list"
    clipboard, selection, parts = _copy_citation(visit, site, f"li:has(span[id='{claim_id}']) details.nea-cite")
    assert clipboard == selection
    claim = _claim(site, claim_id)
    quote = " ".join(claim["evidence"]["quote"].split())
    paragraph = claim["evidence"]["paragraph"]
    lines = clipboard.split("\n")
    assert lines[0] == f"\u201c{quote}\u201d" and parts["quote"] == quote
    assert lines[1] == parts["in_text"] and (f"para. {paragraph})" if lang == "en" else f"第{paragraph}段)") in lines[1]
    assert lines[2] == parts["ref"] and lines[2]
    assert lines[3].startswith(site.base) and lines[3].endswith(f"#{claim_id}")
    page.goto(lines[3], wait_until="networkidle")  # the permalink: the claim under its paragraph, shown
    assert f"/{lang}/documents/" in page.url
    expect(page.locator(f"li[id='{claim_id}']")).to_be_visible()
    expect(page.locator(f"li[id='{claim_id}']")).to_be_in_viewport()
    visit.assert_clean()


def _claim(site: Site, claim_id: str) -> dict:  # type: ignore[type-arg]
    for path in sorted((site.project / "corpus" / "records" / "documents").glob("*.yml")):
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            if claim["id"] == claim_id:
                return claim  # type: ignore[no-any-return]
    raise AssertionError(f"no claim {claim_id} in the built records")


@pytest.mark.parametrize(("lang", "query"), [("en", "cooperation"), ("zh", "合作")])
def test_first_search_result_loads_only_a_few_hundred_kb_of_search_files(
    site: Site, browser: Browser, lang: str, query: str
) -> None:
    """Measured as `nea-site bench` measures it: a cold browser, the query typed once the page has loaded."""
    (cost,) = measure_site(site.project / "site", {lang: query}, browser=browser)
    paths = [path for path, _ in cost.files]
    assert cost.search_bytes <= 300 * 1024, cost.files
    assert any("/pagefind/index/" in p for p in paths) and any("/pagefind/fragment/" in p for p in paths), paths
    assert not any("search_index.json" in p for p in paths), "no whole-index download"
    assert sum("/pagefind/fragment/" in p for p in paths) <= 2, "fragments of later results load after the first"


def test_chinese_search_finds_every_page_holding_a_sampled_word(site: Site, browser: Browser) -> None:
    recalls = measure_recall(site.project / "site", "zh", count=25, browser=browser)
    assert len(recalls) == 25
    assert sum(len(r.expected) for r in recalls) >= 25
    missed = {r.word: sorted(r.missed)[:3] for r in recalls if r.missed}
    assert missed == {}, missed


@pytest.mark.parametrize(("lang", "query"), [("en", "Secretariat"), ("zh", "中日韩合作秘书处")])
def test_search_lists_document_pages_first_and_keeps_to_its_language(
    site: Site, visit: Visit, lang: str, query: str
) -> None:
    page = visit.page
    page.goto(f"{site.base}{lang}/", wait_until="networkidle")
    page.locator(".md-search__input").fill(query)
    results = page.locator("[data-search-result]")
    page.locator(".md-search-result__list[data-search-done]").wait_for(state="attached", timeout=15000)
    assert results.count() >= 3
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    kinds = ["document" if re.search(r"/documents/[^/]+/$", h) else "page" for h in hrefs]
    assert kinds[0] == "document" and kinds == sorted(kinds), hrefs  # "document" < "page"
    assert all(h.startswith(f"/{lang}/") for h in hrefs), hrefs
    meta = page.locator(".md-search-result__meta").inner_text()
    assert re.search(r"\d", meta), meta
    visit.assert_clean()
