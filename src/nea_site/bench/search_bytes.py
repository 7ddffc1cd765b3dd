"""What a reader transfers and waits for the first search result, measured in Chromium against a local server.

The built site is served by a local HTTP server that counts the bytes it sends per request (headers and body:
what crossed the connection, worker fetches included). A fresh browser context (empty cache) opens the language's
home page; once it has loaded, the query is typed into the header's search box and the clock runs until the
first result link (`[data-search-result]`, or Material's `.md-search-result__link`) is shown. Reported: the
bytes of the search's own files (the search index, its chunks and fragments, the search scripts and workers),
the bytes of everything since the page was opened, and the milliseconds from the typed query to the result.
"""

from __future__ import annotations

import http.server
import io
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nea_site.errors import BuildError

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
RESULT_SELECTOR = "[data-search-result], .md-search-result__link"
# Files that exist for search only: Pagefind's bundle and our script; Material's worker, lunr and its index.
SEARCH_FILE = re.compile(r"/pagefind/|/nea-search\.js|/search/search_index\.json|/workers/search\.|/javascripts/lunr/")
QUERIES = {"en": "cooperation", "zh": "合作"}
TIMEOUT_MS = 60_000


@dataclass(slots=True)
class SearchCost:
    lang: str
    query: str
    search_bytes: int  # the search's own files (SEARCH_FILE)
    total_bytes: int  # everything the server sent since the page was opened
    ms: float  # from the typed query to the first result shown
    results: int  # result links shown when the first appeared
    files: list[tuple[str, int]] = field(default_factory=list)  # (path, bytes) of the search's files

    def line(self) -> str:
        """One report line."""
        return (
            f"{self.lang} {self.query!r}: first result after {self.search_bytes / 1024:.0f} KB of search files "
            f"({len(self.files)} requests; {self.total_bytes / 1024:.0f} KB with the page itself) in {self.ms:.0f} ms"
        )


class _Counter:
    """(path, bytes, epoch ms when the request arrived) of every response, in order; thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple[str, int, float]] = []

    def add(self, path: str, size: int, arrived_ms: float) -> None:
        with self.lock:
            self.sent.append((path, size, arrived_ms))

    def since(self, mark: int) -> list[tuple[str, int, float]]:
        with self.lock:
            return list(self.sent[mark:])

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)


class _CountingWriter(io.BufferedIOBase):
    def __init__(self, raw: Any) -> None:
        super().__init__()
        self.raw = raw
        self.size = 0

    def write(self, data: Any, /) -> int:
        self.size += memoryview(data).nbytes
        return int(self.raw.write(data))

    def flush(self) -> None:
        self.raw.flush()


def _handler(counter: _Counter, directory: Path) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)

        def handle_one_request(self) -> None:
            writer = _CountingWriter(self.wfile)
            arrived_ms = time.time() * 1000
            self.wfile = writer
            try:
                super().handle_one_request()
            finally:
                self.wfile = writer.raw
                if writer.size and getattr(self, "path", None):
                    counter.add(self.path, writer.size, arrived_ms)

        def end_headers(self) -> None:
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            pass

    return Handler


@contextmanager
def serve_counted(site_dir: Path) -> Iterator[tuple[str, _Counter]]:
    """Serve `site_dir` on a free local port; yield (base URL, counter)."""
    counter = _Counter()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(counter, site_dir))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", counter
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def measure_site(site_dir: Path, queries: dict[str, str] | None = None, *, browser: Any = None) -> list[SearchCost]:
    """The cost of the first search result in each language of a built site (site/ holding en/ and zh/).

    `browser`: a running Playwright Chromium to use (a test's); else one is started and closed here.
    """
    with serve_counted(site_dir) as (base, counter), chromium(browser) as running:
        return [_measure(running, base, counter, lang, query) for lang, query in (queries or QUERIES).items()]


@contextmanager
def chromium(browser: Any = None) -> Iterator[Any]:
    """`browser` if given, else Debian's Chromium started headless through Playwright (closed on exit)."""
    if browser is not None:
        yield browser
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise BuildError("measuring search needs Playwright (pip install playwright) and /usr/bin/chromium") from exc
    with sync_playwright() as p:
        started = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield started
        finally:
            started.close()


def _measure(browser: Any, base: str, counter: _Counter, lang: str, query: str) -> SearchCost:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    try:
        page = context.new_page()
        page.route(re.compile(r"^(?!http://127\.0\.0\.1)"), lambda route: route.abort())  # nothing off this host
        page.add_init_script(_FIRST_RESULT_WATCH)
        mark = counter.mark()
        page.goto(f"{base}{lang}/", wait_until="load")
        box = page.locator(".md-search__input")
        start_ms = time.time() * 1000
        box.click()
        box.fill(query)
        page.keyboard.press("End")  # Material searches on keyup; ours on input
        page.locator(RESULT_SELECTOR).first.wait_for(state="visible", timeout=TIMEOUT_MS)
        shown_ms = float(page.evaluate("window.__neaFirstResult"))
        results = page.locator(RESULT_SELECTOR).count()
        sent = counter.since(mark)
    finally:
        context.close()
    # What arrived before the first result was shown (fragments of the next results are fetched after it).
    before = [(path, size) for path, size, arrived in sent if arrived <= shown_ms]
    files = [(path, size) for path, size in before if SEARCH_FILE.search(path)]
    return SearchCost(
        lang=lang,
        query=query,
        search_bytes=sum(size for _, size in files),
        total_bytes=sum(size for _, size in before),
        ms=shown_ms - start_ms,
        results=results,
        files=files,
    )


# Epoch ms when the first result link is in the page (a MutationObserver sees it as it is inserted).
_FIRST_RESULT_WATCH = (
    "window.__neaFirstResult = 0;\n"
    "new MutationObserver((_, observer) => {\n"
    f"  if (document.querySelector({RESULT_SELECTOR!r})) {{\n"
    "    window.__neaFirstResult = Date.now(); observer.disconnect();\n"
    "  }\n"
    "}).observe(document, {childList: true, subtree: true});\n"
)


def report_lines(site_dir: Path) -> list[str]:
    """The bench's lines: one per language, or one saying why it could not be measured."""
    try:
        return ["search: " + cost.line() for cost in measure_site(site_dir)]
    except Exception as exc:  # a missing browser must not fail the timing report
        return [f"search: not measured ({exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"]


__all__ = ["QUERIES", "SearchCost", "chromium", "measure_site", "report_lines", "serve_counted"]
