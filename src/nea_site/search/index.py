"""Write a language site's Pagefind index (`<site>/<lang>/pagefind/`) from its built pages.

Built pages -> per-page records (`pages.py`, cached by the hash of each page's bytes, so an incremental build
re-reads only the pages that changed) -> one small HTML document per page in the shape Pagefind reads (CJK text
as pair tokens, `tokens.py`) -> the Pagefind binary, which writes the chunked index: a search loads
the index chunks of its words and the fragments of the results it shows, never the whole index.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from nea_site.errors import BuildError
from nea_site.search import tokens
from nea_site.search.pages import PageRecord, cached_page, cached_record, page_key, page_url, read_page
from nea_site.search.tokens import index_text

BUNDLE_DIR = "pagefind"
# Pagefind's own search UIs: the theme's search box (partials/search.html) calls pagefind.js itself.
UNUSED_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)


def build_search_index(site_dir: Path, lang: str, *, cache_dir: Path | None = None) -> int:
    """Index every page of the language site `site_dir` into `site_dir/pagefind/`; return the pages indexed."""
    pages = collect_index_pages(site_dir, lang, cache_dir=cache_dir)
    write_index_pages(pages, site_dir / BUNDLE_DIR, lang)
    return len(pages)


def collect_records(site_dir: Path, *, cache_dir: Path | None = None) -> list[PageRecord]:
    """The records of the site's pages in a fixed order (by path), skipping pages left out of search."""
    records = []
    for path in _page_paths(site_dir):
        record = cached_page(path, site_dir, cache_dir)
        if record is not None:
            records.append(record)
    return records


def collect_index_pages(site_dir: Path, lang: str, *, cache_dir: Path | None = None) -> list[tuple[str, str]]:
    """(URL, the HTML Pagefind indexes: `record_html`) of the site's pages in a fixed order (by path).

    With `cache_dir`, each page's HTML for Pagefind is kept under the page's key (its bytes and URL), its language
    and the version of the code that makes it: a page that did not change is neither parsed nor cut into tokens
    again (cutting Chinese text into pairs was most of the Python side of an incremental index).
    """
    pages = []
    known = _read_stamps(cache_dir, lang) if cache_dir is not None else {}
    stamps: dict[str, list[Any]] = {}
    for path in _page_paths(site_dir):
        url = page_url(path, site_dir)
        if cache_dir is None:
            record = read_page(path.read_text(encoding="utf-8"), url)
            text = "" if record is None else record_html(record, lang)
        else:
            stamp = _stamp(path)
            entry = known.get(url)
            key = entry[1] if entry is not None and entry[0] == stamp else None
            text, key = _cached_index_html(path, url, lang, cache_dir, key)
            stamps[url] = [stamp, key]
        if text:  # "": the page is left out of search
            pages.append((url, text))
    if cache_dir is not None:
        _write_stamps(cache_dir, lang, stamps)
    return pages


def _stamp(path: Path) -> list[int]:
    """Inode, size and mtime: the nea-lean plugin links a page it reused whole, so its file is the same as before."""
    found = path.stat()
    return [found.st_ino, found.st_size, found.st_mtime_ns]


def _stamps_file(cache_dir: Path, lang: str) -> Path:
    return cache_dir / f"stamps.{lang}.{_index_code_version()}.json"


def _read_stamps(cache_dir: Path, lang: str) -> dict[str, list[Any]]:
    """Each page's file stamp and cache key as the last index saw them (URL -> [stamp, key])."""
    try:
        data = json.loads(_stamps_file(cache_dir, lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_stamps(cache_dir: Path, lang: str, stamps: dict[str, list[Any]]) -> None:
    path = _stamps_file(cache_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(stamps, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _cached_index_html(page: Path, url: str, lang: str, cache_dir: Path, key: str | None) -> tuple[str, str]:
    """The page's HTML for Pagefind and its cache key.

    `key`, given when the page's file is the one the last index saw (`_stamp`), spares reading and hashing it.
    """
    content = None
    if key is None:
        content = page.read_bytes()
        key = page_key(content, url)
    path = cache_dir / key[:2] / f"{key}.{lang}.{_index_code_version()}.html"
    try:
        return path.read_text(encoding="utf-8"), key
    except FileNotFoundError:
        pass
    if content is None:
        content = page.read_bytes()
        if page_key(content, url) != key:  # the stamp lied (a file edited within the clock's resolution)
            return _cached_index_html(page, url, lang, cache_dir, None)
    record = cached_record(content, url, cache_dir)
    text = "" if record is None else record_html(record, lang)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # a file that is there is whole
    return text, key


_CODE_VERSION: list[str] = []


def _index_code_version() -> str:
    """A hash of the code that turns a record into the HTML Pagefind reads (this module and `tokens`)."""
    if not _CODE_VERSION:
        digest = hashlib.sha256(Path(__file__).read_bytes() + b"\0" + Path(tokens.__file__).read_bytes())
        _CODE_VERSION.append(digest.hexdigest()[:12])
    return _CODE_VERSION[0]


def _page_paths(site_dir: Path) -> list[Path]:
    return sorted(
        p for p in site_dir.rglob("*.html") if p.relative_to(site_dir).parts[0] not in {BUNDLE_DIR, "404.html"}
    )


def record_html(record: PageRecord, lang: str) -> str:
    """The page as the HTML Pagefind indexes: the readable title as metadata, the text as index tokens."""
    e = html.escape
    parts = [
        f'<!doctype html><html lang="{e(lang)}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
        f'<meta data-pagefind-meta="title[content]" content="{e(record.title)}">',
        # Document pages carry the one filter value "document:yes" (the search box lists them first). Pagefind
        # writes a filter of several values in a varying order, so "kind:document|page" made builds differ.
        '<span data-pagefind-filter="document:yes"></span>' if record.kind == "document" else "",
    ]
    for section in record.sections:
        if section.level:
            anchor = f' id="{e(section.anchor)}"' if section.anchor else ""
            parts.append(f"<h{section.level}{anchor}>{e(index_text(section.heading))}</h{section.level}>")
        if section.text:
            parts.append(f"<p>{e(index_text(section.text))}</p>")
    parts.append("</main></body></html>")
    return "".join(parts)


def write_index(records: list[PageRecord], bundle_dir: Path, lang: str) -> None:
    """Replace `bundle_dir` with the Pagefind bundle of `records`."""
    write_index_pages([(record.url, record_html(record, lang)) for record in records], bundle_dir, lang)


def write_index_pages(pages: list[tuple[str, str]], bundle_dir: Path, lang: str) -> None:
    """Replace `bundle_dir` with the Pagefind bundle of `pages`: (URL, `record_html` of the page's record).

    The records are laid out as small HTML pages in a scratch folder and indexed by the Pagefind binary of the
    `pagefind[bin]` package, which writes every file before it exits. (Pagefind's Python service API answers one
    request per 0.1 s poll, ~7 minutes for 4,000 pages, and, on a loaded machine, was seen to stop the service
    while the bundle's entry file was still empty.)
    """
    if bundle_dir.exists():
        shutil.rmtree(bundle_dir)
    with tempfile.TemporaryDirectory(prefix="nea-search-") as scratch:
        root = Path(scratch) / "pages"
        for url, text in pages:
            relative = url.lstrip("/")  # "documents/x/" -> documents/x/index.html, as Pagefind maps back
            path = root / (relative if relative.endswith(".html") else relative + "index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        command = [
            str(pagefind_binary()),
            "--site",
            str(root),
            "--output-path",
            str(bundle_dir.resolve()),
            "--force-language",
            lang,
            "--silent",
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (bundle_dir / "pagefind-entry.json").stat().st_size:
        raise BuildError(f"{bundle_dir}: Pagefind could not write the search index:\n{done.stdout}{done.stderr}")
    for name in UNUSED_FILES:
        (bundle_dir / name).unlink(missing_ok=True)


def pagefind_binary() -> Path:
    """The Pagefind binary: $PAGEFIND_BINARY_PATH, else the one the `pagefind-bin` package ships."""
    override = os.environ.get("PAGEFIND_BINARY_PATH")
    if override:
        return Path(override)
    try:
        import pagefind_bin
    except ImportError as exc:
        raise BuildError("the search index needs Pagefind: pip install 'pagefind[bin]'") from exc
    return Path(pagefind_bin.get_executable())
