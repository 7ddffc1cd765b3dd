"""`nea-site add` and rebuilds: new documents reach every page kind, bad input changes nothing, edits survive."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES
from nea_site.errors import NeaSiteError
from nea_site.pipeline import AddRequest, BuildSettings, add_document, run_build

CLI = str(Path(sys.executable).parent / "nea-site")


def tree_digest(*dirs: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under the given folders."""
    out = {}
    for root in dirs:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                out[f"{root.name}/{path.relative_to(root).as_posix()}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


SMALL_DOC = (
    "Tumen River Notes\n\nJane Roe\n\nIn April 2016, China and Mongolia signed a rail transit agreement that opened "
    "a new freight route to the coast. Freight on the route grew by 25% in 2017.\n"
)


@pytest.fixture
def small_project(make_corpus: Callable[..., Path]) -> Path:
    """A one-document project with the repo's vocabularies, built once."""
    project = make_corpus({"corpus/sources/notes.txt": SMALL_DOC})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus" / "curated" / name).write_bytes(
            (Path(__file__).parents[2] / "corpus/curated" / name).read_bytes()
        )
    run_build(BuildSettings(project_dir=project))
    return project


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args, "--project", str(project)], capture_output=True, text=True, timeout=600)


def test_added_document_reaches_every_page_kind_in_both_languages(seed_project: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    subprocess.run(["cp", "-r", str(seed_project), str(project)], check=True)
    first = run_build(BuildSettings(project_dir=project))
    assert first.documents == 5
    result = add_document(
        BuildSettings(project_dir=project),
        AddRequest(file=FIXTURES / "unseen_html_article.html", title_zh="港口、铁路与轮渡：日本海沿岸的物流联系"),
    )
    assert result.build.extracted == 1  # only the new document was re-extracted; the five came from the cache
    assert result.build.documents == 6
    doc_id = "unseen-html-article"
    for lang in ("en", "zh"):
        site = project / "site" / lang
        assert (site / "documents" / doc_id / "index.html").exists()
        assert f'href="{doc_id}/"' in (site / "documents" / "index.html").read_text(encoding="utf-8")
        for page in ("timeline", "themes/connectivity-logistics", "countries/russia", "countries/mongolia"):
            html = (site / page / "index.html").read_text(encoding="utf-8")
            assert f"{doc_id}/#p-" in html or f"documents/{doc_id}/" in html, (lang, page)
    assert "港口、铁路与轮渡" in (project / "site/zh/documents/index.html").read_text(encoding="utf-8")
    # Markup written in the source is shown as text, never active: no script of the page reaches the site.
    for lang in ("en", "zh"):
        html = (project / "site" / lang / "documents" / doc_id / "index.html").read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
        assert "<script>alert(2)" not in html and "pwned" not in html and "javascript:alert" not in html
        assert "onmouseover" not in html
    assert result.missing == ()


def test_add_then_translations_lists_new_records(small_project: Path) -> None:
    listed = _cli(small_project, "translations", "--missing")
    assert listed.returncode == 0
    assert "notes.txt" in listed.stdout and "event" in listed.stdout
    page = (small_project / "site/zh/timeline/index.html").read_text(encoding="utf-8")
    assert "尚未翻译" in page  # the original is shown with a "not yet translated" mark


def test_translations_lists_a_discovered_actor_named_in_one_language(make_corpus: Callable[..., Path]) -> None:
    text = "Harbour Notes\n\nIn May 2019, a delegation visited the Tumen Freight Council in Rason.\n"
    project = make_corpus({"corpus/sources/harbour.txt": text})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus" / "curated" / name).write_bytes(
            (Path(__file__).parents[2] / "corpus/curated" / name).read_bytes()
        )
    assert _cli(project, "build").returncode == 0
    listed = _cli(project, "translations", "--missing")
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert ["found-tumen-freight-council", "actor", "harbour.txt", "Tumen Freight Council"] in rows


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: file is empty"),
        ("blank.txt", b"  \n\t\n", "blank.txt: file holds only whitespace"),
        ("paper.pdf", b"%PDF-1.7\n%binary", "paper.pdf: binary file: looks like a PDF file, not text"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png: binary file: looks like a PNG image, not text"),
        ("notes-copy.txt", SMALL_DOC.encode(), "this file is already in the corpus as notes.txt"),
        (
            "menu.html",  # a page that is all furniture: nothing of it is a document's text
            b"<!DOCTYPE html><html><head><title>Site</title></head><body><nav>Home | About</nav>"
            b"<footer>(c) 2024 Site</footer></body></html>",
            "menu.html: no body text: the file holds no paragraph, only a title or metadata",
        ),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    small_project: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    before = tree_digest(small_project / "corpus", small_project / "site")
    bad = tmp_path / name
    bad.write_bytes(content)
    result = _cli(small_project, "add", str(bad))
    assert result.returncode == 1
    assert message in result.stderr
    assert tree_digest(small_project / "corpus", small_project / "site") == before


def test_too_large_file_is_refused(small_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nea_site.ingest.decode as decode

    monkeypatch.setattr(decode, "MAX_SOURCE_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    before = tree_digest(small_project / "corpus")
    with pytest.raises(NeaSiteError, match=r"big.txt: file is too large: 500 bytes, the limit is 100 bytes"):
        add_document(BuildSettings(project_dir=small_project), AddRequest(file=big))
    assert tree_digest(small_project / "corpus") == before


@pytest.mark.parametrize(
    ("encoding", "text", "lang"),
    [
        ("gb18030", "图们江港口合作的新进展。2016年4月，中国与蒙古签署过境运输协定。", "zh"),
        ("big5", "圖們江港口合作的新進展。2016年4月，中國與蒙古簽署過境運輸協定。", "zh-Hant"),
        ("utf-16", "图们江港口合作的新进展。2016年4月，中国与蒙古签署过境运输协定。", "zh"),
        ("utf-8-sig", "Port cooperation on the Tumen River. In April 2016, China and Mongolia signed a deal.", "en"),
        ("utf-8", "日本と韓国の港湾協力について。2016年4月に協定が結ばれた。", "ja"),
        ("utf-8", "한국과 일본의 항만 협력에 관한 보고서입니다. 2016년 4월에 협정이 체결되었다.", "ko"),
    ],
)
def test_encodings_and_languages_are_accepted(
    small_project: Path, tmp_path: Path, encoding: str, text: str, lang: str
) -> None:
    path = tmp_path / f"doc-{encoding}-{lang}.txt"
    path.write_bytes(("Title line\r\n\r\n" + text + "\r\n").encode(encoding))
    result = add_document(BuildSettings(project_dir=small_project), AddRequest(file=path))
    record_path = small_project / "corpus/records/documents" / f"doc-{encoding}-{lang}.yml".lower()
    record = record_path.read_text(encoding="utf-8")
    assert f"lang: {lang}" in record
    assert "\r" not in record
    if lang in ("zh", "zh-Hant"):
        # Vocabulary matching works on Traditional characters too (中國 -> china).
        assert "actor: china" in record and "actor: mongolia" in record
    assert result.build.extracted == 1


def test_curated_edits_survive_build_and_add(small_project: Path, tmp_path: Path) -> None:
    curated = small_project / "corpus" / "curated"
    records_file = small_project / "corpus/records/documents/notes.yml"
    text = records_file.read_text(encoding="utf-8")
    event_id = next(line.split(": ")[1] for line in text.splitlines() if line.strip().startswith("- id: ev-"))
    (curated / "corrections.yml").write_text(f"{event_id}:\n  date: '2016-05'\n  note: checked\n", encoding="utf-8")
    (curated / "documents.yml").write_text(
        "documents:\n  notes.txt:\n    title: {en: Notes on the Tumen River, zh: 图们江札记}\n    override: [title]\n",
        encoding="utf-8",
    )
    run_build(BuildSettings(project_dir=small_project))
    other = tmp_path / "other.txt"
    other.write_text("Another note\n\nIn 2015, Japan opened a ferry line to the port.\n", encoding="utf-8")
    add_document(BuildSettings(project_dir=small_project), AddRequest(file=other))
    record = records_file.read_text(encoding="utf-8")
    assert "year: 2016\n    month: 5" in record.replace("  date:\n", "")
    assert "en: Notes on the Tumen River" in record
    assert "图们江札记" in (small_project / "site/zh/documents/index.html").read_text(encoding="utf-8")
    assert (curated / "corrections.yml").read_text(encoding="utf-8").startswith(f"{event_id}:")


def test_failure_mid_build_leaves_previous_site_and_records(small_project: Path) -> None:
    before = tree_digest(small_project / "corpus", small_project / "site")
    (small_project / "corpus/sources/notes.txt").write_text(
        SMALL_DOC + "\nIn 2020, more trains ran.\n", encoding="utf-8"
    )
    before_sources = tree_digest(small_project / "corpus")

    def interrupt() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_build(BuildSettings(project_dir=small_project), before_swap=interrupt)
    after = tree_digest(small_project / "corpus", small_project / "site")
    assert {k: v for k, v in after.items() if k.startswith("site/")} == {
        k: v for k, v in before.items() if k.startswith("site/")
    }
    assert {k: v for k, v in after.items() if "records" in k} == {k: v for k, v in before.items() if "records" in k}
    assert tree_digest(small_project / "corpus") == before_sources
    assert not (small_project / "site.staging").exists()


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [
        ("documents.yml", "documents:\n  notes.txt:\n    title: [unclosed\n", "documents.yml:4: YAML syntax error"),
        (
            "documents.yml",
            "documents:\n  notes.txt:\n    titel: x\n",
            "documents.yml:3: documents.notes.txt: unknown field 'titel'",
        ),
        ("corrections.yml", "ev-x:\n  actors: [atlantis]\n", "corrections.yml:2: ev-x: unknown actor id 'atlantis'"),
    ],
)
def test_bad_curated_yaml_names_file_and_line(small_project: Path, file: str, content: str, message: str) -> None:
    before = tree_digest(small_project / "site")
    (small_project / "corpus" / "curated" / file).write_text(content, encoding="utf-8")
    result = _cli(small_project, "build")
    assert result.returncode == 1
    assert message in result.stderr
    assert tree_digest(small_project / "site") == before
