"""Smoke test of the benchmark: a five-document synthetic project, one run each; no timing assertions.

With --add-one, the site after `add` (page cache warm) must equal a bare MkDocs build of the same pages.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import REPO
from nea_site.bench import run_bench

SUMMARY_RE = re.compile(
    r"^bench docs=(?P<docs>\d+) build_s=(?P<build_s>\d+\.\d+) bare_mkdocs_s=(?P<bare_mkdocs_s>\d+\.\d+)"
    r" ratio=(?P<ratio>\d+\.\d+) extract_mb_s=(?P<extract_mb_s>\d+\.\d+) peak_rss_mb=(?P<peak_rss_mb>\d+)"
    r" pages=(?P<pages>\d+) ms_per_page=(?P<ms_per_page>\d+\.\d+) median_page_kb=(?P<median_page_kb>\d+\.\d+)$"
)


def test_bench_reports_every_field_and_keeps_a_buildable_project(tmp_path: Path) -> None:
    keep = tmp_path / "bench"
    lines = run_bench(5, keep=keep, runs=1, repo_dir=REPO, add_one=True)
    match = SUMMARY_RE.match(lines[-1])
    assert match, lines[-1]
    fields = {name: float(value) for name, value in match.groupdict().items()}
    assert len(fields) == 9
    assert fields["docs"] == 5
    assert fields["pages"] > 0
    assert fields["ratio"] > 0
    assert fields["peak_rss_mb"] > 0
    assert any(line.startswith("floor: ") for line in lines)
    assert any(line.startswith("explore first result: largest ") for line in lines), lines  # measured in Chromium
    added = [line for line in lines if line.startswith("add one document: ")]
    assert len(added) == 1 and "re-extracted 1 of 6;" in added[0], added
    assert re.search(r" add_s=\d+\.\d+ add_bare_mkdocs_s=\d+\.\d+ add_ratio=\d+\.\d+ identical_to_clean=yes$", added[0])
    assert len(list((keep / "corpus" / "sources").glob("*.txt"))) == 6  # the five, and the one added
    assert (keep / "site" / "en" / "index.html").is_file()
    assert (keep / "build" / "mkdocs.zh.yml").is_file()
    searched = [line for line in lines if line.startswith("search: ")]
    assert [line.split()[1] for line in searched] == ["en", "zh"], searched  # measured in Chromium, per language
    assert all(re.search(r"first result after \d+ KB of search files .* in \d+ ms$", s) for s in searched), searched
