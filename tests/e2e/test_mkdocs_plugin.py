"""The nea-lean MkDocs plugin frees each page's Markdown and HTML early without changing a byte of the site."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from nea_site.mkdocs_build import run_mkdocs
from nea_site.mkdocs_plugin import LeanPagesPlugin

PAGES = {
    "index.md": "# Home\n\nSee [the second page](second.md#part-two) and [第三页](zh/third.md).\n",
    "second.md": "# Second page\n\n## Part one\n\nText.\n\n## Part two { #part-two }\n\n- a list\n- of rows\n",
    "zh/third.md": (
        '# 第三页\n\n中日韩合作。<span lang="zh-Hans">原文</span>\n\n| 年 | 事件 |\n|---|---|\n| 2019 | 峰会 |\n'
    ),
    "untitled.md": "No heading on this page: MkDocs names it after its file.\n",
}


def _project(root: Path, plugins: list[str]) -> Path:
    for name, text in PAGES.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    listed = "".join(f"  - {p}\n" for p in plugins)
    config.write_text(
        "site_name: lean check\nsite_url: http://example.invalid/\nsite_dir: out\n"
        f"theme:\n  name: material\n  font: false\nmarkdown_extensions:\n  - attr_list\n  - tables\nplugins:\n{listed}",
        encoding="utf-8",
    )
    return config


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_site_is_byte_identical_with_and_without_the_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    plain, lean = tmp_path / "plain", tmp_path / "lean"
    run_mkdocs([_project(plain, ["search"])], cwd=plain)
    run_mkdocs([_project(lean, ["search", "nea-lean"])], cwd=lean)
    before, after = _site_files(plain / "out"), _site_files(lean / "out")
    assert sorted(before) == sorted(after)
    assert [name for name in before if before[name] != after[name]] == []
    assert b"<title>Second page - lean check</title>" in after["second/index.html"]
    assert b"Untitled" in after["untitled/index.html"]  # the title MkDocs makes from the file name


def test_the_plugin_drops_markdown_and_html_but_keeps_the_title(tmp_path: Path) -> None:
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    config_path = _project(tmp_path, ["nea-lean"])
    config = load_config(str(config_path))
    file = File("second.md", str(tmp_path / "docs"), str(tmp_path / "out"), use_directory_urls=True)
    files = Files([file])
    page = Page(None, file, config)
    page.read_source(config)
    page.render(config, files)
    plugin = LeanPagesPlugin()
    assert page.content is not None
    html = page.content
    for handler in plugin.on_page_content.methods:  # the event's handlers, as MkDocs runs them (no cache folder)
        html = handler(html, page=page, config=config, files=files)
    assert page.markdown == "" and page.title == "Second page"
    output = "<html>page</html>"
    for post in plugin.on_post_page.methods:
        output = post(output, page=page, config=config)
    assert output == "<html>page</html>"
    assert page.content is None and html.startswith("<h1")
