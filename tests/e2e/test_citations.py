"""The seeds' built site, read as Zotero's "Embedded Metadata" translator and a strict BibTeX reader read it.

The translator's rules, as its source (zotero/translators, "Embedded Metadata.js" and the RDF translator it
loads) states them: `citation_journal_title` makes a journal article and `citation_technical_report_institution`
a report whatever else a page says; otherwise a `DC.type` naming a Zotero item type sets the type, and a page
with only `citation_title` is guessed a journal article, so every other kind must name its type. Authors are
read one `citation_author` at a time, in page order; the date is `citation_date` (the translator's test pages
write YYYY/MM/DD). One extra source with a hostile title checks that source text stays inert in <head>.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from bibtex_strict import parse_bibtex
from nea_site.render.citation import render_csl

REPO = Path(__file__).resolve().parents[2]
NEA_SITE = Path(sys.executable).parent / "nea-site"
LANGS = ("en", "zh")
HOSTILE_TITLE = 'Ports "quoted" & </title><script>alert(1)</script> in review'
ZOTERO_TYPES = {"newspaperArticle", "report", "interview", "webpage", "journalArticle"}
DATE_RE = re.compile(r"^\d{4}(/\d{2}(/\d{2})?)?$")


class Head(HTMLParser):
    """The <meta name=… content=…> pairs of a page's <head>, in order, and whether a <script> came from data."""

    def __init__(self) -> None:
        super().__init__()
        self.in_head = False
        self.metas: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "meta" and self.in_head:
            a = dict(attrs)
            if a.get("name"):
                self.metas.append((a["name"] or "", a.get("content") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("cite") / "project"
    project.mkdir()
    shutil.copytree(REPO / "templates", project / "templates")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "corpus" / "sources", project / "corpus" / "sources")
    shutil.copytree(REPO / "corpus" / "curated", project / "corpus" / "curated")
    (project / "corpus" / "sources" / "hostile_title.md").write_text(
        f"# {HOSTILE_TITLE}\n\nBy Kim, Minji; Wang Lei\n\nIn 2019 the ports of Busan and Dalian grew.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(NEA_SITE), "build", "--project", str(project)], capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return project


def _records(project: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    out = {}
    for path in sorted((project / "corpus" / "records" / "documents").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = data
    return out


def _item_type(metas: list[tuple[str, str]]) -> str:
    """The type the translator gives: a Highwire type, else DC.type, else its journal-article guess."""
    names = {n for n, _ in metas}
    if "citation_journal_title" in names:
        return "journalArticle"
    if "citation_technical_report_institution" in names:
        return "report"
    dc = [v for n, v in metas if n == "DC.type"]
    if dc:
        return dc[0]
    return "guessed journalArticle"


def test_every_document_page_carries_the_metadata_zotero_reads(project: Path) -> None:
    records = _records(project)
    assert len(records) >= 6
    for lang in LANGS:
        for record_id, record in records.items():
            page = project / "site" / lang / "documents" / record_id / "index.html"
            head = Head()
            head.feed(page.read_text(encoding="utf-8"))
            metas = head.metas
            names = Counter(n for n, _ in metas)
            where = f"{lang}/{record_id}"
            assert names["citation_title"] == 1, where
            assert names["citation_language"] == 1, where
            item_type = _item_type(metas)
            assert item_type in ZOTERO_TYPES, (where, item_type)
            meta = record["meta"]
            authors = [v for n, v in metas if n == "citation_author"]
            assert authors == [" ".join(a.split()) for a in meta["authors"]], where
            assert all(";" not in a for a in authors), where  # the translator would split it into two
            dates = [v for n, v in metas if n == "citation_date"]
            if meta["published"]:
                assert len(dates) == 1 and DATE_RE.match(dates[0]), (where, dates)
                assert dates[0].replace("/", "-") == meta["published"][: len(dates[0])], where
            if item_type == "journalArticle":
                assert dict(metas)["citation_journal_title"] == meta["outlet"], where
            else:
                assert "citation_journal_title" not in names, where
            url = dict(metas)["citation_public_url"]
            assert url.endswith(f"/{lang}/documents/{record_id}/"), where


def test_source_text_stays_inert_in_head(project: Path) -> None:
    records = _records(project)
    [hostile] = [r for r in records.values() if r["source"] == "hostile_title.md"]
    for lang in LANGS:
        text = (project / "site" / lang / "documents" / hostile["id"] / "index.html").read_text(encoding="utf-8")
        head = text.split("</head>")[0]
        assert "<script>alert" not in head
        parsed = Head()
        parsed.feed(text)
        title = dict(parsed.metas)["citation_title"]
        assert title == hostile["meta"]["title"] or title == hostile["title"]["en"]
        # Parse takes a title line's inline tags out (no markup in a title); its quotes and "&" stay, as text.
        assert '"quoted"' in title and "&" in title and "<" not in title


def _pre_blocks(text: str, name: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(rf"<b>{name}</b><pre>(.*?)</pre>", text, flags=re.S)]


def test_bibtex_of_every_document_and_record_parses(project: Path) -> None:
    records = _records(project)
    keys: Counter[str] = Counter()
    for lang in LANGS:
        for page in sorted((project / "site" / lang).rglob("index.html")):
            for block in _pre_blocks(page.read_text(encoding="utf-8"), "BibTeX"):
                [(_, key, fields)] = parse_bibtex(block)
                assert fields["title"] and fields["url"], (page, key)
                keys[f"{lang}:{key}"] += 1
    events = sum(len(r["events"]) for r in records.values())
    claims = sum(len(r["claims"]) for r in records.values())
    documents = {k for k in keys if "-ev-" not in k and "-cl-" not in k}
    assert len(documents) == 2 * len(records)
    assert sum(1 for k in keys if "-ev-" in k) == 2 * events
    assert sum(1 for k in keys if "-cl-" in k) == 2 * claims


def test_ris_and_csl_json_of_every_document(project: Path) -> None:
    records = _records(project)
    for lang in LANGS:
        for record_id in records:
            text = (project / "site" / lang / "documents" / record_id / "index.html").read_text(encoding="utf-8")
            [ris] = _pre_blocks(text, "RIS")
            lines = ris.splitlines()
            assert lines[0] in {"TY  - JOUR", "TY  - NEWS", "TY  - RPRT", "TY  - INTV", "TY  - ELEC"}
            assert lines[-1] == "ER  -"
            assert sum(1 for line in lines if line.startswith("TI  - ")) == 1
            [csl] = _pre_blocks(text, "CSL-JSON")
            data = yaml.safe_load(csl)  # JSON is YAML
            assert data["id"] == f"nea-{record_id}" and data["title"]


def test_list_pages_carry_one_coins_span_per_cited_document(project: Path) -> None:
    pages = [
        *(project / "site" / "en" / "timeline").rglob("index.html"),
        *(project / "site" / "en" / "claims").rglob("index.html"),
    ]
    seen = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        spans = re.findall(r'<span class="Z3988" title="([^"]*)"', text)
        if 'class="nea-cite"' in text:
            assert spans, page
        ids = [re.search(r"rft_id=([^&]*)", html.unescape(s)) for s in spans]
        assert len(ids) == len({m[1] for m in ids if m}), page
        seen += len(spans)
    assert seen


def test_data_page_offers_every_reference_per_format(project: Path) -> None:
    records = _records(project)
    for lang in LANGS:
        data = project / "site" / lang / "data"
        entries = parse_bibtex((data / "references.bib").read_text(encoding="utf-8"))
        assert sorted(key for _, key, _ in entries) == sorted(f"nea-{i}" for i in records)
        ris = (data / "references.ris").read_text(encoding="utf-8")
        assert ris.count("\nER  -") + ris.startswith("ER  -") == len(records) == ris.count("TY  - ")
        items = yaml.safe_load((data / "references.json").read_text(encoding="utf-8"))
        assert len(items) == len(records) and all(i["URL"].endswith(f"/{lang}/documents/{i['id'][4:]}/") for i in items)
        page = (data / "index.html").read_text(encoding="utf-8")
        assert all(f'href="{name}"' in page for name in ("references.bib", "references.ris", "references.json"))


def _cite_boxes(text: str) -> list[str]:
    return re.findall(r'<details class="nea-cite">(.*?)</details>', text, flags=re.S)


def _p(box: str, cls: str) -> str:
    found = re.findall(rf'<p class="{cls}">(.*?)</p>', box, flags=re.S)
    return html.unescape(found[0]) if found else ""


def test_every_reference_renders_through_the_csl_processor_in_both_styles(project: Path) -> None:
    """Every document's CSL-JSON (its page's and references.json) renders in both styles; the page shows it."""
    records = _records(project)
    rendered = 0
    for lang in LANGS:
        items = yaml.safe_load((project / "site" / lang / "data" / "references.json").read_text(encoding="utf-8"))
        assert len(items) == len(records)
        for item in items:
            for style_lang in LANGS:
                entry, citation = render_csl(item, style_lang, 3)  # type: ignore[arg-type]
                assert item["title"][:20] in entry and citation.startswith("(") and citation.endswith(")")
                rendered += 1
            page = project / "site" / lang / "documents" / item["id"][4:] / "index.html"
            text = page.read_text(encoding="utf-8")
            [box] = _cite_boxes(text)
            [csl] = _pre_blocks(box, "CSL-JSON")
            data = yaml.safe_load(csl)
            assert data == item
            assert _p(box, "nea-cite-ref") == render_csl(data, lang)[0], page  # type: ignore[arg-type]
    assert rendered == 2 * 2 * len(records)


def test_every_record_reference_and_in_text_citation_come_from_the_processor(project: Path) -> None:
    """Each event's and claim's control: the document's reference and an in-text citation with its paragraph."""
    records = _records(project)
    checked = 0
    for lang in LANGS:
        items = yaml.safe_load((project / "site" / lang / "data" / "references.json").read_text(encoding="utf-8"))
        by_key = {item["id"]: item for item in items}
        for page in sorted((project / "site" / lang).rglob("index.html")):
            for box in _cite_boxes(page.read_text(encoding="utf-8")):
                if 'class="nea-cite-quote"' not in box:
                    continue
                [(_, key, fields)] = parse_bibtex(_pre_blocks(box, "BibTeX")[0])
                document = by_key[key.split("-ev-")[0].split("-cl-")[0]]
                paragraph = int(fields["note"].removeprefix("¶ "))
                entry, citation = render_csl(document, lang, paragraph)  # type: ignore[arg-type]
                assert _p(box, "nea-cite-ref") == entry, (page, key)
                assert _p(box, "nea-cite-in-text") == citation, (page, key)
                checked += 1
    events = sum(len(r["events"]) for r in records.values())
    claims = sum(len(r["claims"]) for r in records.values())
    assert checked == 2 * (events + claims)
