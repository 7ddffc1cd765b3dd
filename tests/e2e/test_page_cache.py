"""The page cache of the nea-lean plugin: a build that reuses unchanged pages writes the site a clean build writes.

Small MkDocs projects check each thing a page's HTML depends on (its Markdown, the pages it links to and their
anchors, the site's config); one seed project checks `nea-site build` after an edit of curated data.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, copy_project
from nea_site.errors import BuildError
from nea_site.mkdocs_build import PAGE_CACHE_ENV, run_mkdocs

PAGES = {
    "index.md": "# Home\n\nSee [the second page](second.md#part-two) and [第三页](zh/third.md).\n",
    "second.md": "# Second page\n\n## Part one\n\nText.\n\n## Part two { #part-two }\n\n- a list\n- of rows\n",
    "zh/third.md": (
        "# 第三页\n\n中日韩合作。\n\n| 年 | 事件 |\n|---|---|\n| 2019 | 峰会 |\n\n[回到第二页](../second.md)\n"
    ),
    "untitled.md": "No heading on this page: MkDocs names it after its file.\n",
    "lonely.md": "---\ntitle: Front matter title\n---\n\n# Lonely\n\n## Only heading\n\nText [here](#only-heading).\n",
}
CONFIG = (
    "site_name: {name}\nsite_url: http://example.invalid/\nsite_dir: out\nstrict: true\n"
    "theme:\n  name: material\n  font: false\nmarkdown_extensions:\n  - attr_list\n  - tables\n  - toc\n"
    "validation:\n  anchors: warn\nnav:\n  - Home: index.md\n  - Second: second.md\n"
    "not_in_nav: |\n  *.md\n  !/index.md\n  !/second.md\nplugins:\n  - search\n  - nea-lean\n"
)


def _write(root: Path, pages: dict[str, str], name: str = "cache check") -> Path:
    docs = root / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    for rel, text in pages.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(CONFIG.format(name=name), encoding="utf-8")
    return config


def _site(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(root: Path, pages: dict[str, str], cache: Path | None, name: str = "cache check") -> dict[str, bytes]:
    config = _write(root, pages, name)
    run_mkdocs([config], cwd=root, page_cache=cache)
    return _site(root / "out")


def _clean(tmp: Path, pages: dict[str, str], name: str = "cache check") -> dict[str, bytes]:
    root = tmp / "clean"
    shutil.rmtree(root, ignore_errors=True)
    return _build(root, pages, None, name)


def _reused(cache: Path) -> list[str]:
    return list(json.loads((cache / "mkdocs" / "last-build.json").read_text(encoding="utf-8"))["reused"])


def _differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    monkeypatch.delenv(PAGE_CACHE_ENV, raising=False)


@pytest.mark.usefixtures("env")
def test_a_warm_build_reuses_every_page_outside_the_nav_and_writes_the_same_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    cache, root = tmp_path / "cache", tmp_path / "inc"
    first = _build(root, PAGES, cache)
    assert _reused(cache) == []
    second = _build(root, PAGES, cache)
    assert _reused(cache) == ["lonely.md", "untitled.md", "zh/third.md"]  # nav pages are themed every time
    clean = _clean(tmp_path, PAGES)
    assert _differing(first, clean) == [] and _differing(second, clean) == []
    assert "search/search_index.json" in second and b"Front matter title" in second["lonely/index.html"]
    # A page reused whole is the cache's file, hard-linked: MkDocs neither wrote it nor said it skipped it.
    assert (root / "out" / "lonely" / "index.html").stat().st_nlink == 2
    assert not any("Page skipped" in r.getMessage() for r in caplog.records)


@pytest.mark.usefixtures("env")
def test_an_edited_page_is_converted_again_and_the_others_are_not(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _build(root, PAGES, cache)
    edited = {**PAGES, "zh/third.md": PAGES["zh/third.md"].replace("峰会", "首脑会议")}
    site = _build(root, edited, cache)
    assert _reused(cache) == ["lonely.md", "untitled.md"]
    assert _differing(site, _clean(tmp_path, edited)) == []
    texts = [doc["text"].replace("\u200b", "") for doc in json.loads(site["search/search_index.json"])["docs"]]
    assert any("首脑会议" in text for text in texts)


@pytest.mark.usefixtures("env")
def test_a_page_whose_link_target_appeared_is_made_again(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    pages = {**PAGES, "untitled.md": "No heading. See [later](later.md).\n"}
    with pytest.raises(BuildError, match="later.md"):  # strict: the link's target is not there yet
        _build(root, pages, cache)
    with pytest.raises(BuildError, match="later.md"):  # the warning is not cached away
        _build(root, pages, cache)
    grown = {**pages, "later.md": "# Later\n"}
    site = _build(root, grown, cache)
    assert "untitled.md" not in _reused(cache)
    assert _differing(site, _clean(tmp_path, grown)) == []
    assert b'href="../later/"' in site["untitled/index.html"]


@pytest.mark.usefixtures("env")
def test_an_anchor_removed_from_a_target_fails_the_build_as_a_clean_build_does(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    pages = {**PAGES, "untitled.md": "No heading. See [part two](second.md#part-two).\n"}
    _build(root, pages, cache)
    renamed = {**pages, "second.md": PAGES["second.md"].replace("#part-two", "#part-2")}
    with pytest.raises(BuildError, match="part-two"):
        _clean(tmp_path, renamed)
    with pytest.raises(BuildError, match="part-two"):  # untitled.md is unchanged, its link is checked all the same
        _build(root, renamed, cache)


@pytest.mark.usefixtures("env")
def test_a_config_change_makes_every_page_again(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _build(root, PAGES, cache)
    site = _build(root, PAGES, cache, name="renamed site")
    assert _reused(cache) == []
    assert _differing(site, _clean(tmp_path, PAGES, name="renamed site")) == []


@pytest.mark.usefixtures("env")
def test_a_damaged_cache_file_is_a_miss(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _build(root, PAGES, cache)
    for page in (cache / "mkdocs").glob("*.page.html"):
        page.write_text("<html>half written", encoding="utf-8")
    site = _build(root, PAGES, cache)
    assert _reused(cache) == []
    assert _differing(site, _clean(tmp_path, PAGES)) == []


def test_without_the_cache_folder_the_plugin_caches_nothing(tmp_path: Path, env: None) -> None:
    config = _write(tmp_path, PAGES)
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not any(p.name.endswith(".page.html") for p in tmp_path.rglob("*"))


def _site_digest(project: Path) -> dict[str, bytes]:
    return _site(project / "site")


def test_an_edited_curated_translation_rebuilds_to_the_clean_site(tmp_path: Path) -> None:
    """`nea-site build` with a warm page cache after one translation changed == a build without any cache."""
    from nea_site.pipeline import BuildSettings, run_build

    project = copy_project(tmp_path / "project", seeds=True)
    settings = BuildSettings(project_dir=project)
    run_build(settings)
    records = "".join(p.read_text(encoding="utf-8") for p in (project / "corpus" / "records").rglob("*.yml"))
    path, data, record_id = next(
        (path, data, key)
        for path in sorted((project / "corpus" / "curated" / "translations").glob("*.yml"))
        for data in [yaml.safe_load(path.read_text(encoding="utf-8"))]
        for key, value in data.items()
        if f"id: {key}\n" in records and "en" in value
    )
    data[record_id]["en"] = "An edited curated translation of this record"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run_build(settings)
    incremental = _site_digest(project)
    reused = json.loads((settings.page_cache_dir / "mkdocs.en" / "last-build.json").read_text(encoding="utf-8"))
    assert len(reused["reused"]) > len(reused["built"])  # most English pages were not made again
    assert any(b"An edited curated translation" in body for body in incremental.values())
    shutil.rmtree(settings.cache_dir)
    shutil.rmtree(settings.site_dir)
    run_build(settings)
    clean = _site_digest(project)
    assert _differing(incremental, clean) == []


SMALL_DOC = (
    "Tumen River Notes\n\nJane Roe\n\nIn April 2016, China and Mongolia signed a rail transit agreement that opened "
    "a new freight route to the coast. Freight on the route grew by 25% in 2017.\n"
)
ADDED_DOC = (
    "Fisheries Talks on the Yellow Sea\n\nRichard Roe\n\nIn March 2019, Japan and South Korea held talks on "
    "fisheries quotas in the Yellow Sea. The catch fell by 12% in 2018.\n"
)


def test_adding_a_document_reuses_the_unchanged_pages_and_builds_the_clean_site(make_corpus: Any) -> None:
    """`nea-site add` with a warm cache: unchanged pages come whole from the cache; the site is the clean one."""
    from nea_site.pipeline import AddRequest, BuildSettings, add_document, run_build

    project = make_corpus({"corpus/sources/notes.txt": SMALL_DOC})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus" / "curated" / name).write_bytes((REPO / "corpus/curated" / name).read_bytes())
    settings = BuildSettings(project_dir=project)
    run_build(settings)
    page = settings.build_dir / "docs" / "en" / "documents" / "notes.md"
    past = 1_000_000_000
    os.utime(page, (past, past))
    incoming = project.parent / "fisheries.txt"
    incoming.write_text(ADDED_DOC, encoding="utf-8")
    add_document(settings, AddRequest(file=incoming))
    report = json.loads((settings.page_cache_dir / "mkdocs.en" / "last-build.json").read_text(encoding="utf-8"))
    # The first document's page and the pages of the countries only it names did not change: taken whole.
    assert {"documents/notes.md", "countries/china.md", "countries/mongolia.md"} <= set(report["reused"]), report
    assert "documents/fisheries.md" in report["built"] and "countries/japan.md" in report["built"]
    assert page.stat().st_mtime == past  # its Markdown was not written again
    incremental = _site_digest(project)
    shutil.rmtree(settings.cache_dir)
    shutil.rmtree(settings.site_dir)
    run_build(settings)
    assert _differing(incremental, _site_digest(project)) == []
