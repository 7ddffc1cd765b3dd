"""Citations: the item type a reference manager files a document as, the meta tags, and every export format."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from html.parser import HTMLParser

import jinja2
import markdown
import pytest
import yaml

from bibtex_strict import BibTeXError, parse_bibtex
from conftest import REPO
from nea_site.model import DocumentMeta, DocumentRecord, Lang, LocalizedText, Provenance
from nea_site.render.citation import (
    CiteLabels,
    Locator,
    bibtex,
    bibtex_escape,
    cite_control,
    cite_item,
    cite_kind,
    coins,
    csl_json,
    formatted,
    front_matter,
    in_text,
    meta_tags,
    record_cite,
    reference_files,
    render_csl,
    ris,
    style,
)
from nea_site.render.citation.item import document_item

LABELS = CiteLabels(cite="Cite this", permalink="Permalink")


def _record(meta: DocumentMeta, *, lang: str = "en", title: str = "A Study of Ports") -> DocumentRecord:
    return DocumentRecord(
        id="007-abc",
        source="007.txt",
        sha256="0" * 64,
        lang=lang,  # type: ignore[arg-type]
        title=LocalizedText(en=title, original="en"),
        meta=meta,
        sections=(),
        paragraphs=(),
        footnotes=(),
    )


JOURNAL = DocumentMeta(
    title="A Study of Ports",
    authors=("Kim, Minji", "Wang Lei", "Sato Yuki"),
    published="2021-03-05",
    outlet="Journal of Invented Studies",
    identifiers=(("doi", "10.1234/abc.5"), ("volume", "12"), ("issue", "3"), ("pages", "45–67")),
    keywords=("ports", "trade"),
    abstract="We study ports.",
)
NEWS = DocumentMeta(title="Leaders meet", published="2019-12-24", outlet="Invented Newswire", place="Chengdu")
REPORT = DocumentMeta(title="Energy outlook", identifiers=(("type", "Policy Report No. 3"),), outlet="An Institute")
INTERVIEW = DocumentMeta(title="An interview with an invented economist")
WEB = DocumentMeta(title="Notes on a summit", outlet="Some Site", published="2020")


@pytest.mark.parametrize(
    ("meta", "kind"),
    [(JOURNAL, "journal"), (NEWS, "news"), (REPORT, "report"), (INTERVIEW, "interview"), (WEB, "webpage")],
)
def test_kind_follows_what_the_record_says(meta: DocumentMeta, kind: str) -> None:
    assert cite_kind(_record(meta, title=meta.title or "")) == kind


def test_journal_marks_without_a_named_journal_are_no_journal_article() -> None:
    meta = DocumentMeta(title="T", identifiers=(("doi", "10.1/x"), ("volume", "2")))
    assert cite_kind(_record(meta)) != "journal"


def _tags(meta: DocumentMeta) -> list[tuple[str, str]]:
    return meta_tags(cite_item(_record(meta, title=meta.title or ""), "en", "https://x.org/en/documents/007-abc/"), "S")


def test_journal_tags_name_the_journal_volume_issue_and_pages() -> None:
    tags = _tags(JOURNAL)
    names = [n for n, _ in tags]
    assert ("citation_journal_title", "Journal of Invented Studies") in tags
    assert [v for n, v in tags if n == "citation_author"] == ["Kim, Minji", "Wang Lei", "Sato Yuki"]
    assert ("citation_date", "2021/03/05") in tags
    assert ("citation_firstpage", "45") in tags and ("citation_lastpage", "67") in tags
    assert ("citation_volume", "12") in tags and ("citation_issue", "3") in tags
    assert "DC.type" not in names  # the journal title alone decides the type


@pytest.mark.parametrize(
    ("meta", "zotero_type"),
    [(NEWS, "newspaperArticle"), (INTERVIEW, "interview"), (WEB, "webpage"), (REPORT, "report")],
)
def test_other_kinds_name_their_type_and_never_a_journal(meta: DocumentMeta, zotero_type: str) -> None:
    tags = _tags(meta)
    names = [n for n, _ in tags]
    assert "citation_journal_title" not in names
    assert ("DC.type", zotero_type) in tags
    assert names.count("citation_title") == 1


def test_news_outlet_is_the_site_name_and_report_outlet_the_institution() -> None:
    assert ("og:site_name", "Invented Newswire") in _tags(NEWS)
    assert ("citation_technical_report_institution", "An Institute") in _tags(REPORT)


def test_front_matter_keeps_quotes_and_script_as_data() -> None:
    hostile = 'A "quoted" <script>alert(1)</script> title: --- & more'
    item = cite_item(_record(DocumentMeta(title=hostile, authors=("O'Neil, Pat",))), "en", "")
    data = yaml.safe_load(front_matter(item, "S"))
    assert data["citation"][0] == ["citation_title", hostile]
    # The theme writes each pair with Jinja's `e` filter, as main.html does.
    template = jinja2.Environment(autoescape=False).from_string(
        '{% for tag in tags %}<meta name="{{ tag[0] | e }}" content="{{ tag[1] | e }}">{% endfor %}'
    )
    out = template.render(tags=data["citation"])
    assert "<script>" not in out
    found: list[tuple[str, str]] = []

    class Metas(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = dict(attrs)
            found.append((a["name"] or "", a["content"] or ""))

    Metas().feed(out)
    assert found[0] == ("citation_title", hostile)


def test_theme_escapes_every_meta_value() -> None:
    theme = (REPO / "templates" / "theme" / "main.html").read_text(encoding="utf-8")
    assert '<meta name="{{ tag[0] | e }}" content="{{ tag[1] | e }}">' in theme


def test_bibtex_escapes_specials_and_parses() -> None:
    meta = DocumentMeta(title="Costs of 50% & more: {A}_b #1 $2 ~x ^y \\z", authors=("Kim, Minji", "Wang Lei"))
    entry = bibtex(cite_item(_record(meta), "en", "https://x.org/a_b/#p-1"))
    [(kind, key, fields)] = parse_bibtex(entry)
    assert (kind, key) == ("misc", "nea-007-abc")
    assert fields["author"] == "Kim, Minji and {Wang Lei}"
    assert fields["url"] == "https://x.org/a_b/#p-1"
    assert bibtex_escape("50% & _") == r"50\% \& \_"


def test_strict_parser_rejects_what_bibtex_would() -> None:
    with pytest.raises(BibTeXError):
        parse_bibtex("@misc{k,\n  title = {50% off}\n}")
    with pytest.raises(BibTeXError):
        parse_bibtex("@misc{k,\n  title = {open {brace}\n}")


def test_record_formats_carry_the_paragraph() -> None:
    item = cite_item(_record(JOURNAL), "en", "https://x.org/en/documents/007-abc/")
    loc = Locator(paragraph=4, quote="Ports grew.", url="https://x.org/en/timeline/#ev-1", key="ev-1", href="./#ev-1")
    [(kind, key, fields)] = parse_bibtex(bibtex(item, loc))
    assert kind == "article" and key == "nea-007-abc-ev-1" and fields["note"] == "¶ 4"
    lines = ris(item, loc).splitlines()
    assert lines[0] == "TY  - JOUR" and lines[-1] == "ER  -"
    assert "N1  - ¶ 4" in lines and "UR  - https://x.org/en/timeline/#ev-1" in lines
    data = csl_json(item, loc)
    assert data["type"] == "article-journal" and data["locator"] == "4" and data["label"] == "paragraph"
    assert data["author"] == [{"family": "Kim", "given": "Minji"}, {"literal": "Wang Lei"}, {"literal": "Sato Yuki"}]
    assert data["issued"] == {"date-parts": [[2021, 3, 5]]}
    json.dumps(data)


def test_ris_of_every_kind_has_its_type_first_and_end_last() -> None:
    for meta in (JOURNAL, NEWS, REPORT, INTERVIEW, WEB):
        lines = ris(cite_item(_record(meta, title=meta.title or ""), "en", "")).splitlines()
        assert lines[0].startswith("TY  - ") and lines[-1] == "ER  -"
        assert all(line[:2].isupper() and line[2:6] == "  - " for line in lines[:-1])


def test_formatted_reference_in_each_language() -> None:
    item = cite_item(_record(JOURNAL), "en", "https://x.org/d/")
    en = formatted(item, "en")
    assert en.startswith("Kim, Minji, Wang Lei, and Sato Yuki. 2021. “A Study of Ports”. Journal of Invented")
    assert "12 (3): 45–67." in en and en.endswith("https://doi.org/10.1234/abc.5.")
    assert in_text(item, "en", 4) == "(Kim, Wang Lei, and Sato Yuki 2021, para. 4)"
    zh = formatted(item, "zh")
    assert zh.startswith(
        "Kim Minji, Wang Lei, Sato Yuki. A Study of Ports[J]. Journal of Invented Studies, 2021, 12(3)"
    )
    assert in_text(item, "zh", 2) == "(Kim 等, 2021: 第2段)"
    many = cite_item(_record(DocumentMeta(title="T", authors=("甲", "乙", "丙", "丁"))), "zh-Hans", "u")
    assert formatted(many, "zh") == "甲, 乙, 丙, 等. T[EB/OL]. u."


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_styles_are_valid_csl(lang: Lang) -> None:
    """The bundled styles pass the CSL schema that citeproc-py ships (RELAX NG)."""
    assert style(lang, validate=True) is not None


@pytest.mark.parametrize("meta", [JOURNAL, NEWS, REPORT, INTERVIEW, WEB, DocumentMeta(title=None)])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_kind_renders_through_the_processor(meta: DocumentMeta, lang: Lang) -> None:
    item = cite_item(_record(meta, title=meta.title or ""), "en", "https://x.org/d/")
    entry, citation = render_csl(csl_json(item), lang, 7)
    doi = {"en": "https://doi.org/10.1234/abc.5.", "zh": "DOI:10.1234/abc.5."}[lang]
    assert item.title in entry and entry.endswith(doi if item.doi else "https://x.org/d/.")
    assert ("para. 7" if lang == "en" else "第7段") in citation
    assert citation.startswith("(") and citation.endswith(")")
    assert formatted(item, lang) == entry and in_text(item, lang, 7) == citation  # the placeholder is exact


def test_source_text_reaches_the_processor_as_data() -> None:
    hostile = 'Ports <i>and</i> "trade" & <span class="nocase">x</span> {y}'
    item = cite_item(_record(DocumentMeta(title=hostile, authors=("O'Neil, Pat",))), "en", "u")
    entry = formatted(item, "en")
    assert hostile.replace('<span class="nocase">x</span>', "x") in entry.replace("“", '"').replace("”", '"')
    assert "O'Neil" in entry or "O’Neil" in entry


def test_coins_is_one_escaped_span() -> None:
    span = coins(cite_item(_record(NEWS), "en", "https://x.org/d/"))
    assert span.startswith('<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;')
    assert "rft.jtitle=Invented+Newswire" in span and "rft.date=2019-12-24" in span


def test_cite_control_stays_inert_inside_a_markdown_list_item() -> None:
    hostile = "Ports *and* _trade_ [x](y) <b>bold</b> {: .evil } `code` | pipe"
    record = _record(DocumentMeta(title=hostile, authors=("Kim, Minji",)))
    control = record_cite(
        record,
        Provenance(source_id="007-abc", paragraph=3, quote='He said "<script>x</script>".'),  # type: ignore[arg-type]
        "ev-1",
        "timeline/index.md",
        "en",
        LABELS,
        "https://x.org/",
    )
    assert "\n" not in control
    out = markdown.markdown(f"- An event · {control}\n\n- Another\n", extensions=["attr_list", "md_in_html"])
    assert "<script>" not in out and "<em>" not in out and "<code>" not in out and 'class="evil"' not in out
    text = html.unescape(out)
    assert hostile in text and '"<script>x</script>"' in text
    assert 'href="../documents/007-abc/#ev-1"' in out  # the permalink: the record's anchor on its document page
    bib = html.unescape(out.split("<pre>")[1].split("</pre>")[0])
    [(_, key, fields)] = parse_bibtex(bib)
    assert key == "nea-007-abc-ev-1" and fields["url"] == "https://x.org/en/documents/007-abc/#ev-1"


def test_document_control_offers_the_three_formats() -> None:
    control = cite_control(cite_item(_record(JOURNAL), "en", "u"), "en", LABELS)
    assert [part.split("</b>")[0] for part in control.split("<b>")[1:]] == ["BibTeX", "RIS", "CSL-JSON"]


def test_reference_files_hold_every_document_once_per_format() -> None:
    records = [_record(m, title=m.title or "") for m in (JOURNAL, NEWS, WEB)]
    records = [replace(r, id=f"00{i}-x") for i, r in enumerate(records)]
    files = reference_files(records, "en", "https://x.org/")
    entries = parse_bibtex(files["references.bib"])
    assert [key for _, key, _ in entries] == ["nea-000-x", "nea-001-x", "nea-002-x"]
    assert files["references.ris"].count("TY  - ") == 3 and files["references.ris"].count("ER  -") == 3
    items = json.loads(files["references.json"])
    assert [i["type"] for i in items] == ["article-journal", "article-newspaper", "webpage"]
    assert items[0]["URL"] == "https://x.org/en/documents/000-x/"


def test_document_item_is_remembered_per_record_object_not_per_id() -> None:
    first = _record(JOURNAL)
    renamed = _record(replace(JOURNAL, title="Another Study"))  # the same id, another record
    assert document_item(first, "en", "https://x.test/") is document_item(first, "en", "https://x.test/")
    assert document_item(renamed, "en", "https://x.test/").title == "Another Study"
    assert document_item(first, "zh", "https://x.test/").url.endswith("/zh/documents/007-abc/")
