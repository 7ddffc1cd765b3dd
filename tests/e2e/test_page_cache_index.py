"""The page cache's index: a page whose Markdown file is the same file as in the last build is not read again.

The files of these small projects are written once and kept between builds (as render and its sync keep an
unchanged page's file), unlike tests/e2e/test_page_cache.py, which writes every page again before each build.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from nea_site.errors import BuildError
from nea_site.mkdocs_build import PAGE_CACHE_ENV, run_mkdocs

PAGES = {
    "index.md": "# Home\n\nSee [the notes](notes.md#second) and [第三页](zh/third.md).\n",
    "notes.md": "---\ntitle: Notes from the front matter\nsearch:\n  exclude: true\n---\n\n# Notes\n\n## Second\n",
    "zh/third.md": "# 第三页\n\n中日韩合作。\n\n[回到首页](../index.md)\n",
    "dated.md": "---\ndate: 2019-12-24\n---\n\n# Dated\n\nA page whose front matter holds a YAML date.\n",
    "linker.md": "# Linker\n\nSee [the target](target.md).\n",
    "target.md": "# Target\n",
}
CONFIG = (
    "site_name: index check\nsite_url: http://example.invalid/\nsite_dir: out\nstrict: true\n"
    "theme:\n  name: material\n  font: false\nmarkdown_extensions:\n  - attr_list\n  - toc\n"
    "nav:\n  - Home: index.md\nnot_in_nav: |\n  *.md\n  !/index.md\nplugins:\n  - nea-lean\n"
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    monkeypatch.delenv(PAGE_CACHE_ENV, raising=False)


def _project(root: Path, pages: dict[str, str]) -> Path:
    for rel, text in pages.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    return config


def _build(root: Path, cache: Path | None) -> dict[str, bytes]:
    shutil.rmtree(root / "out", ignore_errors=True)
    run_mkdocs([root / "mkdocs.yml"], cwd=root, page_cache=cache)
    site = root / "out"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _report(cache: Path) -> dict[str, list[str]]:
    data = json.loads((cache / "mkdocs" / "last-build.json").read_text(encoding="utf-8"))
    return {key: list(value) for key, value in data.items()}


def _clean(tmp: Path, pages: dict[str, str]) -> dict[str, bytes]:
    root = tmp / "clean"
    shutil.rmtree(root, ignore_errors=True)
    _project(root, pages)
    return _build(root, None)


@pytest.mark.usefixtures("env")
def test_kept_files_are_not_read_again_and_the_site_is_the_clean_one(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _project(root, PAGES)
    _build(root, cache)
    assert _report(cache)["unread"] == []
    second = _build(root, cache)
    # Every page but the one whose front matter does not come back equal from the index (a YAML date).
    assert _report(cache)["unread"] == ["index.md", "linker.md", "notes.md", "target.md", "zh/third.md"]
    assert second == _clean(tmp_path, PAGES)
    assert b"Notes from the front matter" in second["notes/index.html"]  # the title from the indexed front matter


@pytest.mark.usefixtures("env")
def test_an_edited_file_is_read_and_converted_again(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _project(root, PAGES)
    _build(root, cache)
    edited = {**PAGES, "zh/third.md": PAGES["zh/third.md"].replace("合作", "合作与交流")}
    _project(root, {"zh/third.md": edited["zh/third.md"]})
    site = _build(root, cache)
    report = _report(cache)
    assert "zh/third.md" not in report["unread"] and "zh/third.md" in report["built"]
    assert "合作与交流".encode() in site["zh/third/index.html"]
    assert site == _clean(tmp_path, edited)


@pytest.mark.usefixtures("env")
def test_a_kept_file_whose_link_target_is_gone_is_read_and_fails_the_strict_build(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    _project(root, PAGES)
    _build(root, cache)
    os.unlink(root / "docs" / "target.md")  # linker.md's file is the same file, its link now points nowhere
    with pytest.raises(BuildError, match="target.md"):
        _build(root, cache)


@pytest.mark.usefixtures("env")
def test_an_index_of_another_site_is_not_used(tmp_path: Path) -> None:
    cache, root = tmp_path / "cache", tmp_path / "inc"
    config = _project(root, PAGES)
    _build(root, cache)
    config.write_text(CONFIG.replace("index check", "another name"), encoding="utf-8")
    site = _build(root, cache)
    assert _report(cache)["unread"] == []
    assert b"another name" in site["linker/index.html"]
