"""Chinese recall of the site search: every page holding a sampled two-character word is found by searching it.

Words are sampled from what the zh index holds (the pair tokens of its pages' text); the pages expected for a
word are those whose indexed text contains it; the pages found are what the site's own search path returns in
Chromium (`window.neaSearch.urls`, the query cut as the search box cuts it), over every result, not the first ten.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nea_site.bench.search_bytes import chromium, serve_counted
from nea_site.errors import BuildError
from nea_site.search import PageRecord, collect_records

_TWO_HAN = re.compile(r"^[\u4e00-\u9fff]{2}$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class WordRecall:
    word: str
    expected: frozenset[str]  # page URLs holding the word
    found: frozenset[str]  # page URLs the search returned

    @property
    def missed(self) -> frozenset[str]:
        """Pages holding the word that the search did not return."""
        return self.expected - self.found


def page_text(record: PageRecord) -> str:
    """Everything of a page the index holds: title, headings and section text."""
    return " ".join([record.title, *(f"{s.heading} {s.text}" for s in record.sections)])


def sample_words(records: list[PageRecord], count: int, *, seed: int = 27) -> list[str]:
    """`count` distinct two-Han-character words of the index, drawn with a fixed seed (sorted, then sampled)."""
    words: set[str] = set()
    for record in records:
        for run in _HAN_RUN.findall(page_text(record)):
            words.update(run[i : i + 2] for i in range(len(run) - 1))
    pool = sorted(w for w in words if _TWO_HAN.match(w))
    return random.Random(seed).sample(pool, min(count, len(pool)))


def measure_recall(site_dir: Path, lang: str = "zh", count: int = 50, *, browser: Any = None) -> list[WordRecall]:
    """Search `count` sampled words on the built language site in Chromium; one WordRecall per word."""
    records = collect_records(site_dir / lang)
    if not records:
        raise BuildError(f"{site_dir / lang}: no indexed pages")
    texts = {record.url: page_text(record) for record in records}
    recalls = []
    with serve_counted(site_dir) as (base, _), chromium(browser) as running:
        context = running.new_context()
        try:
            page = context.new_page()
            page.goto(f"{base}{lang}/", wait_until="load")
            for word in sample_words(records, count):
                urls: list[Any] = page.evaluate("word => window.neaSearch.urls(word)", word)
                found = frozenset(_site_path(str(url), lang) for url in urls)
                expected = frozenset(url for url, text in texts.items() if word in text)
                recalls.append(WordRecall(word=word, expected=expected, found=found))
        finally:
            context.close()
    return recalls


def _site_path(url: str, lang: str) -> str:
    """A result URL ("/zh/documents/x/") as a record URL ("/documents/x/")."""
    prefix = f"/{lang}/"
    return "/" + url[len(prefix) :] if url.startswith(prefix) else url


def summary(recalls: list[WordRecall]) -> str:
    """One line: words, pages expected, pages missed."""
    expected = sum(len(r.expected) for r in recalls)
    missed = sum(len(r.missed) for r in recalls)
    words_missed = sum(1 for r in recalls if r.missed)
    return (
        f"zh recall: {len(recalls)} two-character words sampled from the index, {expected} page hits expected, "
        f"{expected - missed} found ({words_missed} words with a page missed)"
    )
