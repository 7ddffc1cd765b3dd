"""`nea-site add FILE|FOLDER ...`: many documents in one command, one build; refusals reported, nothing half-written."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO
from nea_site.errors import BuildError
from nea_site.pipeline import AddRequest, BuildSettings, add_documents, collect_files, run_build

CLI = str(Path(sys.executable).parent / "nea-site")
DEVSET = Path(os.environ.get("NEA_DEVSET", REPO.parent / "shared" / "devset"))

EXISTING = (
    "Tumen River Notes\n\nJane Roe\n\nIn April 2016, China and Mongolia signed a rail transit agreement that opened "
    "a new freight route to the coast.\n"
)
# A wiki page saved as Markdown: links to pages that are not in the corpus, a footnote anchor that is nowhere.
WIKI_LINKS = """# Port Cooperation

The [Ferry Line](Page/Ferry_Line.md "wikilink") joins [Japan](../Page/日本.md "wikilink") and
[South Korea](Page/South_Korea.md "wikilink") since 2015.[[1]](#f1) See also [the port](Page/Port.md#history).

In March 2019, Japan and South Korea opened a second route ([report](https://example.org/ferry?id=2&x=1)).
"""
# Markdown with a raw HTML table whose cells keep Markdown links and markup the parser leaves in place.
HTML_TABLE = """# Summits

<table>
<tr><th>Year</th><th>Host</th></tr>
<tr><td>2008</td><td>**[Fukuoka](Page/福冈.md "wikilink")**, [Japan](Page/일본.md "wikilink")</td></tr>
<tr><td>2009</td><td>[Beijing](../Page/北京.md), [China](https://example.org/china?id=2&x=1)</td></tr>
</table>

In May 2024, leaders of China, Japan and South Korea met in [Seoul](Page/서울특별시.md "wikilink").
"""
PLAIN = "Rail Notes\n\nIn 2017, China opened a rail link to Mongolia.\n"
GOLD = 'doc: "wiki-links.md"\npublished: "2019-03-01"\nevents: []\n'


def tree_digest(*dirs: Path) -> dict[str, str]:
    out = {}
    for root in dirs:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                out[f"{root.name}/{path.relative_to(root).as_posix()}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def small_project(make_corpus: Callable[..., Path]) -> Path:
    """One document, the repo's vocabularies, built once."""
    project = make_corpus({"corpus/sources/notes.txt": EXISTING})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus/curated" / name).write_bytes((REPO / "corpus/curated" / name).read_bytes())
    run_build(BuildSettings(project_dir=project))
    return project


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder as a researcher gets it: documents, their gold, the folder's notes, other files."""
    root = tmp_path / "incoming"
    (root / "older").mkdir(parents=True)
    (root / "wiki-links.md").write_text(WIKI_LINKS, encoding="utf-8")
    (root / "wiki-links.gold.yaml").write_text(GOLD, encoding="utf-8")
    (root / "html-table.md").write_text(HTML_TABLE, encoding="utf-8")
    (root / "README.md").write_text("# About this folder\n\nDocuments collected in 2024.\n", encoding="utf-8")
    (root / "table.csv").write_text("year,trade\n2020,690\n", encoding="utf-8")
    (root / "older" / "old.txt").write_text(PLAIN, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return root


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args, "--project", str(project)], capture_output=True, text=True, timeout=900)


def test_a_folder_and_files_go_in_with_one_build_and_refusals_reported(
    small_project: Path, folder: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "rail.txt"
    plain.write_text(PLAIN, encoding="utf-8")
    copy = tmp_path / "notes-copy.txt"
    copy.write_text(EXISTING, encoding="utf-8")
    run = _cli(small_project, "add", str(folder), str(plain), str(copy), str(tmp_path / "absent.md"))
    assert run.returncode == 1, run.stderr  # some files were refused
    sources = sorted(p.name for p in (small_project / "corpus/sources").iterdir())
    assert sources == ["html-table.md", "notes.txt", "rail.txt", "wiki-links.md"]
    assert "3 of 6 files added, 3 refused, 4 skipped" in run.stdout
    assert run.stdout.count("built 4 documents") == 1  # one build for all of them
    for reason in (
        "empty.txt: file is empty",
        "notes-copy.txt: this file is already in the corpus as notes.txt",
        "absent.md: no such file or folder",
    ):
        assert reason in run.stderr
    for skipped in ("wiki-links.gold.yaml: gold annotations", "README.md: the folder's own notes", "table.csv: not a"):
        assert skipped in run.stdout
    assert "older: a folder inside the folder" in run.stdout
    # The source's links show as their words on the built page; an http(s) one is an external link.
    for lang in ("en", "zh"):
        page = (small_project / "site" / lang / "documents/wiki-links/index.html").read_text(encoding="utf-8")
        assert "Page/" not in page and 'href="#f1"' not in page and "wikilink" not in page
        table = (small_project / "site" / lang / "documents/html-table/index.html").read_text(encoding="utf-8")
        assert "Page/" not in table and "Fukuoka" in table and "wikilink" not in table
        assert 'href="https://example.org/china?id=2&amp;x=1" rel="nofollow noopener noreferrer">China</a>' in table


def test_one_file_options_are_refused_with_several_paths(small_project: Path, folder: Path) -> None:
    before = tree_digest(small_project / "corpus", small_project / "site")
    for paths in ([str(folder / "wiki-links.md"), str(folder / "html-table.md")], [str(folder)]):
        run = _cli(small_project, "add", *paths, "--date", "2020-01-02", "--title-en", "T")
        assert run.returncode == 1
        assert "--title-en, --date: these options describe one file" in run.stderr
    assert tree_digest(small_project / "corpus", small_project / "site") == before


def test_one_file_with_its_options_still_works(small_project: Path, folder: Path) -> None:
    run = _cli(small_project, "add", str(folder / "wiki-links.md"), "--date", "2019-03-01", "--title-zh", "港口合作")
    assert run.returncode == 0, run.stderr
    sidecar = (small_project / "corpus/curated/documents/wiki-links.md.yml").read_text(encoding="utf-8")
    assert "published: '2019-03-01'" in sidecar and "港口合作" in sidecar


def test_no_build_stores_the_files_and_the_next_build_takes_them_from_the_cache(
    small_project: Path, folder: Path
) -> None:
    site_before = tree_digest(small_project / "site")
    run = _cli(small_project, "add", str(folder), "--no-build")
    assert run.returncode == 1  # empty.txt
    assert "site not rebuilt (--no-build)" in run.stdout
    assert (small_project / "corpus/sources/wiki-links.md").exists()
    assert tree_digest(small_project / "site") == site_before
    built = _cli(small_project, "build")
    assert built.returncode == 0, built.stderr
    assert "built 3 documents (0 extracted, 3 from cache)" in built.stdout


def test_same_names_and_same_ids_get_new_names(make_corpus: Callable[..., Path], tmp_path: Path) -> None:
    project = make_corpus({"corpus/sources/report.txt": EXISTING})
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.md").write_text(PLAIN, encoding="utf-8")  # same id as report.txt
    (tmp_path / "b" / "report.md").write_text(WIKI_LINKS, encoding="utf-8")  # same name as the one before
    (tmp_path / "b" / "twice.md").write_text(PLAIN, encoding="utf-8")  # same text as a/report.md
    files, refused, skipped = collect_files([tmp_path / "a", tmp_path / "b"])
    result = add_documents(BuildSettings(project_dir=project), [AddRequest(file=f) for f in files], build=False)
    assert [a.stored_name for a in result.added] == ["report-2.md", "report-3.md"]
    assert [r.reason.split(": ", 1)[1] for r in result.refused] == [
        f"this file is already added in this call, from {tmp_path / 'a' / 'report.md'}\n"
        "  hint: nothing to add; edit corpus/curated to change its metadata"
    ]
    assert result.build is None and not refused and not skipped
    original = (project / "corpus/curated/documents/report-2.md.yml").read_text(encoding="utf-8")
    assert "original_name: report.md" in original


def test_a_failed_build_takes_every_file_of_the_command_out(
    small_project: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nea_site.pipeline.add as add

    before = tree_digest(small_project / "corpus", small_project / "site")

    def failing_build(settings: BuildSettings, **_: object) -> None:
        raise BuildError("mkdocs build failed (exit 1)")

    monkeypatch.setattr(add, "run_build", failing_build)
    files, _, _ = collect_files([folder])
    result = add_documents(BuildSettings(project_dir=small_project), [AddRequest(file=f) for f in files])
    assert isinstance(result.build_error, BuildError) and result.added == ()
    assert sorted(a.stored_name for a in result.withdrawn) == ["html-table.md", "wiki-links.md"]
    assert [r.file.name for r in result.refused] == ["empty.txt"]
    after = tree_digest(small_project / "corpus", small_project / "site")
    assert {k: v for k, v in after.items() if "cache" not in k} == before

    def interrupted(settings: BuildSettings, **_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(add, "run_build", interrupted)
    with pytest.raises(KeyboardInterrupt):
        add_documents(BuildSettings(project_dir=small_project), [AddRequest(file=f) for f in files])
    assert tree_digest(small_project / "corpus", small_project / "site") == before


@pytest.mark.skipif(not DEVSET.is_dir(), reason="the development set (../shared/devset or $NEA_DEVSET) is absent")
def test_the_whole_development_set_goes_in_with_one_add_and_builds_strictly(
    make_corpus: Callable[..., Path],
) -> None:
    project = make_corpus(seeds=True)
    documents = sorted(
        p.name
        for p in DEVSET.iterdir()
        if p.suffix in (".md", ".txt", ".html") and not p.name.startswith("SOURCES") and p.is_file()
    )
    assert len(documents) == 16
    run = _cli(project, "add", str(DEVSET))
    assert run.returncode == 0, run.stderr[-3000:]
    assert "16 of 16 files added, 0 refused" in run.stdout
    stored = {p.name for p in (project / "corpus/sources").iterdir()}
    assert set(documents) <= stored and not any(name.endswith(".gold.yaml") for name in stored)
    assert (project / "site/en/documents/ko-wiki-cjk-summit-html-tables/index.html").exists()
