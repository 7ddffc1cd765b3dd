"""The Explore page's bytes to its first result, measured in Chromium for `nea-site bench`.

The built site is served on a free local port (like `nea-site serve`: no compression) and each filtered URL is
opened in a fresh browser context (empty cache). Counted: the Resource Timing `transferSize` (bytes on the wire,
headers included) of the page and of every response that ended before the first result row appeared. Responses
still loading at that moment (Material's search index, which every page of the theme fetches) are named apart with
their full size, since the part of them that had arrived is not known.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = os.environ.get("NEA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
BUDGET_KB = 1024  # issue 27: at most 1 MB transferred before the first filtered result
RESULT = ".nea-explore-result, #nea-explore-results .nea-explore-empty"  # a row, or the row saying none
TIMEOUT_MS = 120_000
LANGS = ("en", "zh")
# The lunr index and worker of Material's search, which every page of the theme fetches as it opens: also counted
# apart, so the Explore page's own share shows whatever the site's search does.
SITE_SEARCH = ("/search/search_index.json", "/assets/javascripts/workers/search.")

# Set before the page's own scripts run: the moment the first result row is in the document.
_WATCH = (
    "(() => { const seen = () => { if (window.__neaFirstResult === undefined && document.querySelector('"
    + RESULT
    + "')) { window.__neaFirstResult = performance.now(); } };"
    + " new MutationObserver(seen).observe(document, {subtree: true, childList: true}); })();"
)
_COLLECT = """() => {
  const t = window.__neaFirstResult;
  const found = document.querySelectorAll('.nea-explore-result').length;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return {t, found, entries: entries.map(e => [e.name, e.transferSize, e.startTime, e.responseEnd])};
}"""


@dataclass(frozen=True, slots=True)
class FirstResult:
    lang: str
    query: str
    bytes: int  # transferred before the first result: the page and every response that had ended
    search_bytes: int  # the part of `bytes` that is Material's search index and worker (SITE_SEARCH)
    ms: float  # from navigation start to the first result row
    requests: int
    in_flight: tuple[tuple[str, int], ...]  # (path, full size) of responses still loading then


def explore_report(site_dir: Path, browser: Any = None) -> list[str]:
    """Report lines: each measured URL, then the largest bytes to first result against the budget.

    `browser`: a Playwright Chromium already running (a test's); by default one is started here.
    """
    cases = {lang: explore_queries(site_dir / lang) for lang in LANGS if (site_dir / lang / "explore").is_dir()}
    if not cases:
        return [f"explore: not measured ({site_dir} has no explore page)"]
    if browser is not None:
        return format_lines(_measure_all(browser, site_dir, cases))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return ["explore: not measured (no playwright: pip install -e '.[test]')"]
    with sync_playwright() as p:
        try:
            launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - any launch failure: the report says so and the bench goes on
            return [f"explore: not measured (chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]})"]
        try:
            return format_lines(_measure_all(launched, site_dir, cases))
        finally:
            launched.close()


def _measure_all(browser: Any, site_dir: Path, cases: dict[str, list[str]]) -> list[FirstResult]:
    with serving(site_dir) as base:
        return [measure(browser, base, lang, query) for lang, queries in cases.items() for query in queries]


def format_lines(found: list[FirstResult]) -> list[str]:
    lines = []
    for r in found:
        flight = "; in flight then: " + ", ".join(f"{path} {size / 1024:.0f} KB" for path, size in r.in_flight)
        lines.append(
            f"explore first result: {r.lang}/explore/{r.query} {r.bytes / 1024:.0f} KB in {r.requests} responses "
            f"({(r.bytes - r.search_bytes) / 1024:.0f} KB without the site search's index and worker), {r.ms:.0f} ms"
            + (flight if r.in_flight else "")
        )
    worst = max(found, key=lambda r: r.bytes)
    own = max(found, key=lambda r: r.bytes - r.search_bytes)
    lines.append(
        f"explore first result: largest {worst.bytes / 1024:.0f} KB ({worst.lang}/explore/{worst.query}), "
        f"{(own.bytes - own.search_bytes) / 1024:.0f} KB without the site search ({own.lang}/explore/{own.query}); "
        f"slowest {max(r.ms for r in found):.0f} ms over {len(found)} URLs; budget {BUDGET_KB} KB"
    )
    return lines


def explore_queries(lang_dir: Path) -> list[str]:
    """Filtered URLs: the issue's shape with the commonest country and theme, then the heaviest single filters.

    The commonest country alone loads the largest value file; a year range alone or a kind alone loads the kind
    files (every kind's decades of the range; every decade of the kind).
    """
    index = json.loads((lang_dir / "explore" / "data" / "index.json").read_text(encoding="utf-8"))
    values = index["values"]
    country = max((v for v in values if v[0] == "country"), key=lambda v: v[3], default=None)
    theme = max((v for v in values if v[0] == "theme"), key=lambda v: v[3], default=None)
    kind = max(index["kinds"], key=lambda k: k[2])[0]
    queries = []
    if country and theme:
        queries.append(f"?country={country[1]}&theme={theme[1]}&year=2010-2020&kind=event")
    if country:
        queries.append(f"?country={country[1]}")
    return [*queries, "?year=2010-2020", f"?kind={kind}"]


def measure(browser: Any, base: str, lang: str, query: str) -> FirstResult:
    """Open one Explore URL in a fresh context and count what arrived before its first result row."""
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.add_init_script(_WATCH)
        page.goto(f"{base}{lang}/explore/{query}", wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function("window.__neaFirstResult !== undefined", timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)  # so every response's size is known
        data = page.evaluate(_COLLECT)
    finally:
        context.close()
    first = float(data["t"])
    done = [(name, size) for name, size, _, end in data["entries"] if 0 < end <= first]
    flying = [(urlsplit(name).path, size) for name, size, start, end in data["entries"] if start < first < end]
    return FirstResult(
        lang=lang,
        query=query,
        bytes=sum(size for _, size in done),
        search_bytes=sum(size for name, size in done if any(part in urlsplit(name).path for part in SITE_SEARCH)),
        ms=first,
        requests=len(done),
        in_flight=tuple(flying),
    )


@contextmanager
def serving(site_dir: Path) -> Iterator[str]:
    """site_dir on http://127.0.0.1:<free port>/ (the base URL) until the block ends."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, name="explore-bench-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
