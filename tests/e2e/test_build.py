"""End to end through the `nea-site` console script: a strict build of the seeds, twice, and what it leaves behind.

One seeds project is built (twice, for the determinism check) per module; tests that need a broken
corpus work on a copy of that built project, so each of them costs one failing build only.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from nea_site.search import collect_records

REPO = Path(__file__).resolve().parents[2]
NEA_SITE = Path(sys.executable).parent / "nea-site"
LANGS = ("en", "zh")
SEED_COUNT = 5
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src")}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed `nea-site` command; never raises on a non-zero exit."""
    return subprocess.run(
        [str(NEA_SITE), *args], capture_output=True, text=True, encoding="utf-8", timeout=600, check=False
    )


def seed_project(project: Path) -> Path:
    """What conftest's make_corpus(seeds=True) builds, at a path a module-scoped fixture can own."""
    project.mkdir(parents=True)
    shutil.copytree(REPO / "templates", project / "templates")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "corpus" / "sources", project / "corpus" / "sources")
    shutil.copytree(REPO / "corpus" / "curated", project / "corpus" / "curated")
    return project


def tree_digest(project: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under corpus/records and site/."""
    digest: dict[str, str] = {}
    for top in (project / "corpus" / "records", project / "site"):
        for path in sorted(top.rglob("*")):
            if path.is_file():
                digest[path.relative_to(project).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest


def digest_diff(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Paths added, removed or changed between two digests, for a readable assertion message."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


@dataclass(frozen=True)
class Built:
    project: Path
    first: subprocess.CompletedProcess[str]
    second: subprocess.CompletedProcess[str]
    first_digest: dict[str, str]
    second_digest: dict[str, str]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    project = seed_project(tmp_path_factory.mktemp("e2e") / "project")
    first = run_cli("build", "--project", str(project))
    assert first.returncode == 0, f"first build failed:\n{first.stdout}\n{first.stderr}"
    first_digest = tree_digest(project)
    second = run_cli("build", "--project", str(project))
    assert second.returncode == 0, f"second build failed:\n{second.stdout}\n{second.stderr}"
    return Built(project, first, second, first_digest, tree_digest(project))


def record_ids(project: Path) -> dict[str, str]:
    """Document id -> source file name, read from the records the build wrote."""
    ids = {}
    for path in sorted((project / "corpus" / "records" / "documents").glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        assert path.stem == data["id"], f"{path.name} holds id {data['id']}"
        ids[data["id"]] = data["source"]
    return ids


def test_strict_build_succeeds_and_reports_counts(built: Built) -> None:
    summary = re.compile(rf"built {SEED_COUNT} documents\b.*; pages en: (\d+), zh: (\d+); site in (.+)\n")
    for run in (built.first, built.second):
        match = summary.fullmatch(run.stdout)
        assert match, run.stdout
        assert match[1] == match[2], "every page exists in both languages"
        assert match[3] == str(built.project / "site")
        assert run.stderr == "", f"a strict build should print nothing on stderr:\n{run.stderr}"
    leftovers = sorted(p.name for p in built.project.rglob("*.staging"))
    assert leftovers == [], f"staging folders left behind: {leftovers}"


def test_site_has_a_page_per_document_in_both_languages(built: Built) -> None:
    site = built.project / "site"
    ids = record_ids(built.project)
    sources = sorted(p.name for p in (built.project / "corpus" / "sources").iterdir())
    assert sorted(ids.values()) == sources, "one record per source file"
    assert (site / "index.html").read_text(encoding="utf-8").count('url=en/"') == 1, "root redirects to en/"
    for lang in LANGS:
        assert (site / lang / "index.html").is_file()
        listing = (site / lang / "documents" / "index.html").read_text(encoding="utf-8")
        pages = sorted(p.parent.name for p in (site / lang / "documents").glob("*/index.html"))
        assert pages == sorted(ids), f"site/{lang}/documents/ pages vs records"
        for doc_id in ids:
            assert f'href="{doc_id}/"' in listing, f"site/{lang}/documents/index.html does not link {doc_id}"


def test_search_index_holds_documents_and_entity_names_not_repeated_lists(built: Built) -> None:
    site = built.project / "site"
    for lang in LANGS:
        bundle = site / lang / "pagefind"
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert list(entry["languages"]) == [lang], entry
        assert (bundle / "pagefind.js").is_file() and list((bundle / "fragment").iterdir()), "a chunked index"
        assert not (site / lang / "search" / "search_index.json").exists(), "Material's lunr index is not built"
        urls = [record.url for record in collect_records(site / lang)]
        assert any(url.startswith("/documents/") and url.count("/") == 3 for url in urls), "document pages"
        assert "/countries/china/" in urls, "an entity page is found by its name"
        repeated = [url for url in urls if url.startswith("/timeline/")]
        assert repeated == [], f"{lang}: lists whose text the document pages hold are indexed: {repeated[:5]}"
        entity = next(r for r in collect_records(site / lang) if r.url.startswith("/actors/asean/"))
        excluded = [s.anchor for s in entity.sections if s.anchor in {"events", "claims", "side-by-side"}]
        assert excluded == [], f"{lang}: sections marked data-search-exclude are indexed: {excluded}"


def test_building_twice_gives_identical_records_and_site(built: Built) -> None:
    assert built.first_digest, "nothing was built"
    assert any(p.endswith("sitemap.xml.gz") for p in built.first_digest), "sitemap.xml.gz is part of the compare"
    changed = digest_diff(built.first_digest, built.second_digest)
    assert changed == [], f"second build changed: {changed}"


def test_export_json_has_the_documented_shape(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    run = run_cli("export", "--json", str(out), "--project", str(built.project))
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"wrote {out}\n"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data)[0] == "documents", list(data)  # other record kinds may follow; documents come first
    docs = data["documents"]
    ids = record_ids(built.project)
    assert [d["id"] for d in docs] == sorted(ids)
    assert len(docs) == SEED_COUNT
    keys = ["id", "source", "title", "authors", "published", "language", "url"]
    for doc in docs:
        assert list(doc) == keys, doc["id"]
        assert ids[doc["id"]] == doc["source"]
        assert set(doc["title"]) == set(LANGS) and all(doc["title"][lang].strip() for lang in LANGS), doc
        assert isinstance(doc["authors"], list) and all(isinstance(a, str) and a for a in doc["authors"]), doc
        assert doc["published"] is None or isinstance(doc["published"], str), doc
        assert doc["language"] in {"en", "zh", "zh-Hant", "ja", "ko", "und"}, doc
        assert set(doc["url"]) == set(LANGS), doc
        for lang in LANGS:
            url = doc["url"][lang]
            assert url == f"{lang}/documents/{doc['id']}/", doc
            assert (built.project / "site" / url / "index.html").is_file(), url


def test_sqlite_release_matches_the_export_and_the_manifest(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    run = run_cli("export", "--json", str(out), "--project", str(built.project))
    assert run.returncode == 0, run.stderr
    export = json.loads(out.read_text(encoding="utf-8"))
    databases = set()
    for lang in LANGS:
        folder = built.project / "site" / lang / "data"
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest["build_date"]), manifest["build_date"]
        for entry in manifest["files"]:
            content = (folder / entry["name"]).read_bytes()
            assert hashlib.sha256(content).hexdigest() == entry["sha256"], (lang, entry["name"])
        database = (folder / "nea-records.sqlite").read_bytes()
        databases.add(database)
        assert "nea-records.sqlite" in {f["name"] for f in manifest["files"]}
        db = sqlite3.connect(":memory:")
        db.deserialize(database)
        for kind in ("documents", "events", "claims", "actors", "themes"):
            rows = db.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]
            assert rows == len(export[kind]) == manifest["counts"][kind], (lang, kind)
        db.close()
    assert len(databases) == 1, "both languages offer the same database"


PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("005_empty.txt", b"", "file is empty"),
        ("005_scan.pdf", PDF_BYTES, "binary file: looks like a PDF file, not text"),
        ("005_scan.txt", PDF_BYTES, "binary file: looks like a PDF file, not text"),
    ],
    ids=["empty", "pdf", "pdf-named-txt"],
)
def test_bad_source_fails_and_keeps_previous_output(
    built: Built, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    project = tmp_path / "project"
    shutil.copytree(built.project, project)
    before = tree_digest(project)
    bad = project / "corpus" / "sources" / name
    bad.write_bytes(content)
    run = run_cli("build", "--project", str(project))
    assert run.returncode == 1, f"exit {run.returncode}\n{run.stdout}\n{run.stderr}"
    assert run.stderr.splitlines()[0] == f"error: {bad}: {message}", run.stderr
    assert digest_diff(before, tree_digest(project)) == [], "a failed build must not touch records or site"
    assert sorted(p.name for p in project.rglob("*.staging")) == []


def test_template_error_fails_and_keeps_previous_output(built: Built, tmp_path: Path) -> None:
    """Each language renders in a process of its own: an error there still names the file and loses nothing."""
    project = tmp_path / "project"
    shutil.copytree(built.project, project)
    before = tree_digest(project)
    broken = project / "templates" / "pages" / "about.md.j2"
    broken.write_text("{% if %}\n", encoding="utf-8")
    run = run_cli("build", "--project", str(project))
    assert run.returncode == 1, f"exit {run.returncode}\n{run.stdout}\n{run.stderr}"
    assert run.stderr.splitlines()[0].startswith(f"error: {broken}: cannot render about/"), run.stderr
    assert digest_diff(before, tree_digest(project)) == [], "a failed build must not touch records or site"
    assert sorted(p.name for p in project.rglob("*.staging")) == []


class _PageParser(HTMLParser):
    """Collects every id/name in a page and every link-like attribute (tag, attribute, value)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: set[str] = set()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for key in ("id", "name"):
            if key in values and (key == "id" or tag == "a"):
                self.anchors.add(values[key])
        for attr in ("href", "src"):
            if (tag, attr) in LINK_ATTRS and attr in values:
                self.links.append((tag, attr, values[attr]))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            url = values.get("content", "").partition("url=")[2]
            if url:
                self.links.append((tag, "content", url))


@dataclass(frozen=True)
class Link:
    page: str  # path of the page under site/
    tag: str
    href: str
    target: str | None  # path under site/, None for external links
    fragment: str
    external: bool


def site_links(site: Path) -> tuple[list[Link], dict[str, set[str]]]:
    """Every link of every page under site/, resolved as a browser would from http://host/<page>."""
    anchors: dict[str, set[str]] = {}
    links: list[Link] = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        parser = _PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        anchors[rel] = parser.anchors
        for tag, _attr, href in parser.links:
            if href.startswith(("mailto:", "javascript:", "data:", "tel:")):
                continue
            parts = urlsplit(urljoin(f"http://site.invalid/{rel}", href))
            external = parts.netloc != "site.invalid"
            target = None
            if not external:
                target = unquote(parts.path).lstrip("/")
                if target == "" or target.endswith("/") or (site / target).is_dir():
                    target = f"{target.rstrip('/')}/index.html".lstrip("/")
            links.append(Link(rel, tag, href, target, unquote(parts.fragment), external))
    return links, anchors


@dataclass(frozen=True)
class SiteIndex:
    site: Path
    links: list[Link]
    anchors: dict[str, set[str]]  # page under site/ -> its ids


@pytest.fixture(scope="module")
def site_index(built: Built) -> SiteIndex:
    """Parsed once per module: the site has a few hundred pages."""
    site = built.project / "site"
    return SiteIndex(site, *site_links(site))


def broken_links(index: SiteIndex, pages: set[str] | None = None) -> list[str]:
    site, links, anchors = index.site, index.links, index.anchors
    broken = []
    for link in links:
        if link.external or (pages is not None and link.page not in pages):
            continue
        assert link.target is not None
        if not (site / link.target).is_file():
            broken.append(f"{link.page}: {link.href} -> missing {link.target}")
        elif link.fragment and link.target.endswith(".html") and link.fragment not in anchors[link.target]:
            broken.append(f"{link.page}: {link.href} -> no id {link.fragment!r} in {link.target}")
    return broken


def content_pages(site: Path) -> set[str]:
    """Pages a visitor reaches by following links: every page but MkDocs' 404.html (checked separately)."""
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html"}


def test_no_broken_internal_links(site_index: SiteIndex) -> None:
    links = site_index.links
    assert len(links) > 100, "the checker found suspiciously few links"
    assert any(link.fragment.startswith("fn-") for link in links), "footnote links are among those checked"
    broken = broken_links(site_index, content_pages(site_index.site))
    assert broken == [], "\n".join(broken)


def test_404_pages_resolve_their_links(site_index: SiteIndex) -> None:
    broken = broken_links(site_index, {f"{lang}/404.html" for lang in LANGS})
    assert broken == [], "\n".join(broken)


def test_no_script_or_stylesheet_from_another_host(site_index: SiteIndex) -> None:
    links = site_index.links
    offsite = sorted({f"{link.page}: <{link.tag}> {link.href}" for link in links if link.external and link.tag != "a"})
    assert offsite == [], "\n".join(offsite)
    # Plain <a> links may leave the site (Material's footer credit), but nothing else should.
    hosts = {urlsplit(link.href).netloc for link in links if link.external}
    assert hosts <= {"squidfunk.github.io"}, hosts
