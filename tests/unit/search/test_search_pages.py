"""A built page read for the search index: article text by section, exclusions kept, the page's kind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nea_site.search import PageRecord, index, read_page, record_html
from nea_site.search.index import collect_index_pages, write_index
from nea_site.search.pages import cached_page

PAGE = """<!doctype html><html lang="zh"><head><title>标题 - 站点</title>{meta}</head><body>
<nav class="md-nav"><a href="../">导航里的字</a></nav>
<article class="md-content__inner md-typeset">
<h1 id="top">中日韩合作<a class="headerlink" href="#top">¶</a></h1>
<p id="p-1" class="nea-para">第一段<a class="nea-pilcrow" href="#p-1">¶</a>内容 &amp; more</p>
<script>var hidden = "脚本";</script>
<h2 id="events" data-search-exclude>事件</h2>
<ul><li>重复的列表</li></ul>
<h2 id="notes">注释</h2><p>第二段<br>换行</p>
</article>
<footer>页脚</footer></body></html>"""


def test_the_article_is_read_section_by_section_without_anchors_scripts_or_excluded_sections() -> None:
    record = read_page(PAGE.format(meta=""), "/documents/001-x/")
    assert record is not None
    assert record.title == "中日韩合作"
    assert record.kind == "document"
    assert [(s.anchor, s.level, s.heading, s.text) for s in record.sections] == [
        ("top", 1, "中日韩合作", "第一段内容 & more"),
        ("notes", 2, "注释", "第二段 换行"),
    ]


def test_a_page_marked_exclude_or_without_article_is_left_out() -> None:
    assert read_page(PAGE.format(meta='<meta name="nea-search" content="exclude">'), "/timeline/") is None
    assert read_page("<html><body><p>no article</p></body></html>", "/x/") is None


def test_only_a_document_page_itself_is_of_kind_document() -> None:
    assert read_page(PAGE.format(meta=""), "/documents/").kind == "page"  # type: ignore[union-attr]
    assert read_page(PAGE.format(meta=""), "/countries/china/").kind == "page"  # type: ignore[union-attr]


def test_the_html_given_to_pagefind_holds_tokens_and_the_readable_title() -> None:
    record = read_page(PAGE.format(meta=""), "/documents/001-x/")
    assert record is not None
    html = record_html(record, "zh")
    assert 'content="中日韩合作"' in html  # the title shown in results
    assert 'data-pagefind-filter="document:yes"' in html
    assert '<h2 id="notes">注释 释</h2>' in html
    assert "<p>第二 二段 段 换行 行</p>" in html


def test_a_cached_record_is_reused_and_a_changed_page_read_again(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    page = site / "documents" / "001-x" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE.format(meta=""), encoding="utf-8")
    first = cached_page(page, site, cache)
    assert first is not None and first.url == "/documents/001-x/"
    assert len(list(cache.rglob("*.json"))) == 1
    assert cached_page(page, site, cache) == first
    page.write_text(PAGE.format(meta="").replace("第二段", "新的段落"), encoding="utf-8")
    changed = cached_page(page, site, cache)
    assert changed is not None and "新的段落" in changed.sections[-1].text
    assert len(list(cache.rglob("*.json"))) == 2


def test_the_same_pages_give_the_same_bundle(tmp_path: Path) -> None:
    # Pagefind writes a filter of several values in a varying order; one value keeps the bundle the same.
    pages = [("/documents/001-x/", "第一 一段"), ("/documents/002-y/", "第二 二段"), ("/countries/china/", "中国 国")]
    records = []
    for url, text in pages:
        record = read_page(PAGE.format(meta="").replace("第二 二段", text), url)
        assert record is not None
        records.append(record)
    bundles = []
    for run in range(6):
        write_index(records, tmp_path / f"bundle{run}", "zh")
        folder = tmp_path / f"bundle{run}"
        bundles.append({p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()})
    assert all(bundle == bundles[0] for bundle in bundles)


def test_the_html_for_pagefind_is_kept_per_page_and_language_and_made_again_when_the_page_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    for slug, text in (("001-x", "第二段"), ("002-y", "第三段")):
        page = site / "documents" / slug / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(meta="").replace("第二段", text), encoding="utf-8")
    excluded = site / "timeline" / "index.html"
    excluded.parent.mkdir(parents=True)
    excluded.write_text(PAGE.format(meta='<meta name="nea-search" content="exclude">'), encoding="utf-8")
    uncached = collect_index_pages(site, "zh")
    assert [url for url, _ in uncached] == ["/documents/001-x/", "/documents/002-y/"]
    assert collect_index_pages(site, "zh", cache_dir=cache) == uncached
    made: list[str] = []
    real = index.record_html

    def counting(record: PageRecord, lang: str) -> str:
        made.append(record.url)
        return real(record, lang)

    monkeypatch.setattr(index, "record_html", counting)
    assert collect_index_pages(site, "zh", cache_dir=cache) == uncached
    assert made == []  # every page, the excluded one too, came from the cache
    (site / "documents" / "002-y" / "index.html").write_text(PAGE.format(meta="").replace("第二段", "新的"), "utf-8")
    again = collect_index_pages(site, "zh", cache_dir=cache)
    assert made == ["/documents/002-y/"] and "新的 的" in again[1][1]
    assert collect_index_pages(site, "en", cache_dir=cache)[0][1].startswith('<!doctype html><html lang="en">')
    assert made[1:] == ["/documents/001-x/", "/documents/002-y/"]  # another language: its own HTML


def test_a_page_whose_file_is_the_one_indexed_last_is_not_read_again(
    tmp_path: Path, record_reads: Callable[[], list[Path]]
) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    kept, edited = site / "documents" / "001-x" / "index.html", site / "documents" / "002-y" / "index.html"
    for page in (kept, edited):
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(meta=""), encoding="utf-8")
    first = collect_index_pages(site, "zh", cache_dir=cache)
    read = record_reads()
    replaced = edited.with_name("new.html")  # a new file in its place, as MkDocs writes a page it made again
    replaced.write_text(PAGE.format(meta="").replace("第二段", "新的段落"), encoding="utf-8")
    replaced.replace(edited)
    again = collect_index_pages(site, "zh", cache_dir=cache)
    assert [p.parent.name for p in read] == [
        "002-y"
    ]  # the unchanged page's file (same inode, size and mtime) was not read
    assert again[0] == first[0] and "新的" in again[1][1]
