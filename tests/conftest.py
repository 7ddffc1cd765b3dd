"""Shared fixtures: a throwaway project (make_corpus), the repo's own paths, and golden-file comparison."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline anywhere: timing belongs to the benchmark script, and a loaded machine (two test runs,
# a build) made a 0.4 ms example take 340 ms and fail as "flaky".
settings.register_profile("nea_site", deadline=None)
settings.load_profile("nea_site")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"

# A short invented note and its hand gold, for the tests of `score` and of the About page's scores.
SCORE_NOTE = (
    "# Trade Notes\n\nSEOUL, May 27, 2024 - Leaders of China, Japan and South Korea met in Seoul on Monday.\n\n"
    "Trade between China and Japan grew by 25% in 2023.\n"
)
SCORE_NOTE_GOLD = """doc: "note.md"
published: "2024-05-27"
events:
  - {date: "2024-05-27", quote: "met in Seoul on Monday", en: "x", zh: "x", core: true}
not_events: []
actors:
  - {id: "cn", en: "China", zh: "中国", type: "country"}
  - {id: "jp", en: "Japan", zh: "日本", type: "country"}
  - {id: "seoul", en: "Seoul", zh: "首尔", type: "place"}
statistics:
  - {quote: "China and Japan grew by 25%", number: "25%", value: 25}
"""
GOLDEN = REPO / "tests" / "golden"


# The suite's time budget on a 2-core machine: printed at the end of every run, next to the time taken.
SUITE_BUDGET_SECONDS = 600
_started = time.monotonic()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder: browser tests (Chromium) and slow end-to-end builds can be (de)selected with -m."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "browser" in parts:
            item.add_marker(pytest.mark.browser)
        elif "e2e" in parts:
            item.add_marker(pytest.mark.slow)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the suite's time against its budget (timing is reported, never asserted)."""
    spent = time.monotonic() - _started
    terminalreporter.write_line(f"suite time {spent:.0f} s (budget {SUITE_BUDGET_SECONDS} s on a 2-core machine)")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from current output.")


def copy_project(project: Path, *, seeds: bool) -> Path:
    """Lay out a project in `project`: templates and mkdocs.yml from the repo, seeds and curated data if asked."""
    project.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", project / "templates", dirs_exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "corpus" / "sources").mkdir(parents=True, exist_ok=True)
    (project / "corpus" / "curated").mkdir(parents=True, exist_ok=True)
    if seeds:
        shutil.copytree(REPO / "corpus" / "sources", project / "corpus" / "sources", dirs_exist_ok=True)
        shutil.copytree(REPO / "corpus" / "curated", project / "corpus" / "curated", dirs_exist_ok=True)
    return project


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the repo's corpus per test session (read-only for the tests that use it)."""
    return copy_project(tmp_path_factory.mktemp("seeds") / "project", seeds=True)


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Create a project in a tmp dir: templates and mkdocs.yml from the repo, sources/curated as given.

    files maps a path relative to the project ("corpus/sources/a.txt") to str or bytes content.
    With seeds=True the repo's corpus/sources and corpus/curated are copied first.
    """

    def _make(files: dict[str, str | bytes] | None = None, *, seeds: bool = False) -> Path:
        project = copy_project(tmp_path / "project", seeds=seeds)
        for rel, content in (files or {}).items():
            path = project / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return project

    return _make


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; --update-golden rewrites the file instead."""
    update = bool(request.config.getoption("--update-golden"))

    def _check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.exists(), f"missing golden file {path}; run pytest --update-golden and review the diff"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from its golden file; review, then run pytest --update-golden"

    return _check


@pytest.fixture
def record_reads(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[Path]]:
    """Call it to start recording the files read with `Path.read_bytes`; it returns the list they are added to."""

    def start() -> list[Path]:
        read: list[Path] = []
        real = Path.read_bytes

        def reading(path: Path) -> bytes:
            read.append(path)
            return real(path)

        monkeypatch.setattr(Path, "read_bytes", reading)
        return read

    return start
