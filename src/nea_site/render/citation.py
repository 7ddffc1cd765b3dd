"""Citations of documents and records: embedded metadata, COinS, BibTeX, RIS, CSL-JSON and formatted references.

What a reference manager reads (Zotero's "Embedded Metadata" translator, as its source reads them):
- Highwire `citation_*` meta tags: `citation_title`, one `citation_author` per author in order (a value is split
  on ";" and, when both halves hold a space, on ","; so one name per tag), `citation_date` (the date field; the
  translator's own test pages write "YYYY/MM/DD"), `citation_language`, `citation_abstract`, `citation_keywords`
  (split on ";"), `citation_volume`, `citation_issue`, `citation_firstpage`/`citation_lastpage`, `citation_doi`,
  `citation_public_url` (the item's URL).
- The item type: `citation_journal_title` makes a journal article whatever else the page says, and
  `citation_technical_report_institution` a report; a page with `citation_title` and neither is *guessed* a
  journal article unless its RDF-like tags name a type. `DC.type` holding a Zotero item type name
  ("newspaperArticle", "report", "interview", "webpage") sets the type and wins over that guess; `og:site_name`
  becomes the publication of a news article or web page.
So a journal title is written only for a journal article, and every other kind names its type with `DC.type`.

Source text is data: every value is escaped where it is written (HTML attributes, BibTeX, Markdown-safe HTML).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlencode

import yaml

from nea_site import lexicon
from nea_site.model import DocumentRecord, Lang, Provenance
from nea_site.render.body import HTML_LANG
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import built_url, html_href, page_uri

CiteKind = Literal["journal", "news", "report", "interview", "webpage"]

# Zotero item type (DC.type) of each kind; CSL type; RIS type; BibTeX entry type; GB/T 7714 type code.
ZOTERO_TYPE: dict[CiteKind, str] = {
    "journal": "journalArticle",
    "news": "newspaperArticle",
    "report": "report",
    "interview": "interview",
    "webpage": "webpage",
}
CSL_TYPE: dict[CiteKind, str] = {
    "journal": "article-journal",
    "news": "article-newspaper",
    "report": "report",
    "interview": "interview",
    "webpage": "webpage",
}
RIS_TYPE: dict[CiteKind, str] = {
    "journal": "JOUR",
    "news": "NEWS",
    "report": "RPRT",
    "interview": "INTV",
    "webpage": "ELEC",
}
BIBTEX_TYPE: dict[CiteKind, str] = {
    "journal": "article",
    "news": "article",  # BibTeX has no newspaper entry; Zotero's own export writes news as @article too
    "report": "techreport",
    "interview": "misc",
    "webpage": "misc",
}
GBT_CODE: dict[CiteKind, str] = {"journal": "J", "news": "N", "report": "R", "interview": "Z", "webpage": "EB/OL"}

# Header rows whose presence says the text is a journal paper (when its journal is named).
_JOURNAL_IDENTIFIERS = frozenset({"doi", "received", "accepted", "volume", "issue", "pages", "issn"})
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_PAGES_RE = re.compile(r"^\s*(\d+)\s*(?:[-\u2013\u2014~]+\s*(\d+))?\s*$")


@dataclass(frozen=True, slots=True)
class CiteItem:
    """One document as a reference: the fields every format is written from."""

    id: str
    kind: CiteKind
    title: str
    authors: tuple[str, ...]
    date: tuple[int, ...]  # (year,), (year, month) or (year, month, day); () when unknown
    language: str  # BCP 47: "en", "zh-Hans"
    outlet: str = ""
    place: str = ""
    abstract: str = ""
    keywords: tuple[str, ...] = ()
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    url: str = ""  # the document page's address (absolute when the site's URL is known)


@dataclass(frozen=True, slots=True)
class Locator:
    """What a record cites inside its document: the paragraph and the verbatim quote, and the record's own URL."""

    paragraph: int
    quote: str
    url: str  # the record's address (absolute when the site's URL is known)
    key: str  # citation key suffix: the record id
    href: str = ""  # the record's anchor, relative to the page the control is on


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(w.lower() in low for w in words)


def cite_kind(record: DocumentRecord) -> CiteKind:
    """The kind of document as a reference manager files it, from what the record says (never guessed wider).

    A journal article only when a journal is named (the outlet) and the header has a journal's marks (DOI,
    received/accepted dates, volume, issue, pages); news when an outlet carries a dateline place; a report or an
    interview when the text's kind line or title says so (lexicon lists); a web page otherwise.
    """
    meta = record.meta
    labels = {label.lower() for label, _ in meta.identifiers}
    if meta.outlet and labels & _JOURNAL_IDENTIFIERS:
        return "journal"
    if meta.outlet and meta.place:
        return "news"
    lex = lexicon.current()
    kind_lines = " ".join(value for label, value in meta.identifiers if label == "type")
    title = meta.title or record.title.best(record.lang if record.lang in ("en", "zh") else "en")
    if _has_word(kind_lines, lex.words("citation_interview_words")) or _has_word(
        title, lex.words("citation_interview_words")
    ):
        return "interview"
    if _has_word(kind_lines, lex.words("citation_report_words")):
        return "report"
    return "webpage"


def _identifier(record: DocumentRecord, *names: str) -> str:
    for label, value in record.meta.identifiers:
        if label.lower() in names and value.strip():
            return value.strip()
    return ""


def parse_date(published: str | None) -> tuple[int, ...]:
    """The parts of an ISO date: "2023-11-08" -> (2023, 11, 8), "2023" -> (2023,), anything else -> ()."""
    match = _DATE_RE.match(published or "")
    if not match:
        return ()
    return tuple(int(part) for part in match.groups() if part)


def cite_item(record: DocumentRecord, html_lang: str, url: str) -> CiteItem:
    """The reference of a document: its own title (in its own language), authors in order, date, outlet…"""
    meta = record.meta
    own_lang: Lang = "zh" if record.lang in ("zh", "zh-Hant") else "en"
    title = meta.title or record.title.get(own_lang) or record.title.best(own_lang) or record.id
    return CiteItem(
        id=f"nea-{record.id}",
        kind=cite_kind(record),
        title=" ".join(title.split()),
        authors=tuple(" ".join(a.split()) for a in meta.authors if a.strip()),
        date=parse_date(meta.published),
        language=html_lang,
        outlet=meta.outlet or "",
        place=meta.place or "",
        abstract=" ".join((meta.abstract or "").split()),
        keywords=tuple(k.strip() for k in meta.keywords if k.strip()),
        volume=_identifier(record, "volume"),
        issue=_identifier(record, "issue"),
        pages=_identifier(record, "pages"),
        doi=_identifier(record, "doi"),
        url=url,
    )


def _date_slashes(date: tuple[int, ...]) -> str:
    """Highwire's date: "2023/11/08", "2023/11", "2023"."""
    return "/".join(f"{part:04d}" if i == 0 else f"{part:02d}" for i, part in enumerate(date))


def _page_range(pages: str) -> tuple[str, str]:
    match = _PAGES_RE.match(pages)
    if not match:
        return "", ""
    return match[1], match[2] or ""


# ---- embedded metadata ----


def meta_tags(item: CiteItem, site_name: str) -> list[tuple[str, str]]:
    """(name, content) of the <meta> tags Zotero's Embedded Metadata translator reads; values unescaped."""
    tags: list[tuple[str, str]] = [("citation_title", item.title)]
    tags += [("citation_author", author) for author in item.authors]
    if item.date:
        tags.append(("citation_date", _date_slashes(item.date)))
        tags.append(("citation_publication_date", _date_slashes(item.date)))
    tags.append(("citation_language", item.language))
    if item.kind == "journal":
        tags.append(("citation_journal_title", item.outlet))
        if item.volume:
            tags.append(("citation_volume", item.volume))
        if item.issue:
            tags.append(("citation_issue", item.issue))
        first, last = _page_range(item.pages)
        if first:
            tags.append(("citation_firstpage", first))
        if last:
            tags.append(("citation_lastpage", last))
    else:
        tags.append(("DC.type", ZOTERO_TYPE[item.kind]))
        if item.kind == "report" and item.outlet:
            tags.append(("citation_technical_report_institution", item.outlet))
        elif item.outlet:
            tags.append(("og:site_name", item.outlet))
    if item.doi:
        tags.append(("citation_doi", item.doi))
    if item.abstract:
        tags.append(("citation_abstract", item.abstract))
    if item.keywords:
        tags.append(("citation_keywords", "; ".join(k.replace(";", ",") for k in item.keywords)))
    if item.url:
        tags.append(("citation_public_url", item.url))
    if not item.outlet and site_name and item.kind == "webpage":
        tags.append(("og:site_name", site_name))
    return tags


def coins(item: CiteItem) -> str:
    """A COinS span (OpenURL 1.0 ContextObject in a title attribute) for a list page; HTML, escaped."""
    pairs: list[tuple[str, str]] = [("ctx_ver", "Z39.88-2004")]
    if item.kind in ("journal", "news"):
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article")]
        pairs.append(("rft.atitle", item.title))
        if item.outlet:
            pairs.append(("rft.jtitle", item.outlet))
        if item.volume:
            pairs.append(("rft.volume", item.volume))
        if item.issue:
            pairs.append(("rft.issue", item.issue))
        if item.pages:
            pairs.append(("rft.pages", item.pages))
    else:
        genre = "report" if item.kind == "report" else "document"
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", genre), ("rft.title", item.title)]
        if item.outlet:
            pairs.append(("rft.pub", item.outlet))
    pairs += [("rft.au", author) for author in item.authors]
    if item.date:
        pairs.append(("rft.date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(item.date))))
    pairs.append(("rft.language", item.language))
    if item.url:
        pairs.append(("rft_id", item.url))
    if item.doi:
        pairs.append(("rft_id", f"info:doi/{item.doi}"))
    return f'<span class="Z3988" title="{html.escape(urlencode(pairs), quote=True)}"></span>'


# ---- BibTeX ----

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_SPECIALS_RE = re.compile(r"[\\{}$&%#_~^]")


def bibtex_escape(text: str) -> str:
    """Text as a BibTeX field value: its specials made literal, so braces always balance."""
    return _BIBTEX_SPECIALS_RE.sub(lambda m: _BIBTEX_SPECIALS[m[0]], " ".join(text.split()))


def _bibtex_name(author: str) -> str:
    """A name for BibTeX: "Family, Given" stays two parts; any other (a Chinese name, "Family Given") is kept whole."""
    if author.count(",") == 1:
        return bibtex_escape(author)
    return "{" + bibtex_escape(author) + "}"


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:-]+", "-", text)


def bibtex(item: CiteItem, locator: Locator | None = None) -> str:
    """One BibTeX entry; a record's cites its paragraph in `note` (its quote is shown once, beside the formats)."""
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(item.title) + "}")]
    if item.authors:
        fields.append(("author", " and ".join(_bibtex_name(a) for a in item.authors)))
    if item.date:
        fields.append(("year", str(item.date[0])))
        if len(item.date) > 1:
            fields.append(("month", str(item.date[1])))
        fields.append(("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(item.date))))
    if item.outlet:
        container = {"journal": "journal", "news": "journal", "report": "institution"}.get(item.kind, "howpublished")
        fields.append((container, bibtex_escape(item.outlet)))
    for name, value in (("volume", item.volume), ("number", item.issue), ("pages", item.pages), ("doi", item.doi)):
        if value:
            fields.append((name, bibtex_escape(value)))
    fields.append(("langid", item.language))
    if item.keywords and not locator:
        fields.append(("keywords", bibtex_escape(", ".join(item.keywords))))
    url = locator.url if locator else item.url
    if url:  # read verbatim by biber and the url package: only braces would break the entry
        fields.append(("url", url.replace("{", "%7B").replace("}", "%7D")))
    if locator:
        fields.append(("note", bibtex_escape(f"¶ {locator.paragraph}")))
    key = _key(item.id + (f"-{locator.key}" if locator else ""))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{BIBTEX_TYPE[item.kind]}{{{key},\n{body}\n}}\n"


# ---- RIS ----


def ris(item: CiteItem, locator: Locator | None = None) -> str:
    """One RIS record: TY first, ER last, one tag per line ("XX  - value")."""
    lines: list[tuple[str, str]] = [("TY", RIS_TYPE[item.kind]), ("TI", item.title)]
    lines += [("AU", a) for a in item.authors]
    if item.date:
        lines.append(("PY", str(item.date[0])))
        parts = [f"{item.date[0]:04d}", *(f"{p:02d}" for p in item.date[1:])]
        lines.append(("DA", "/".join(parts + [""] * (4 - len(parts)))))
    if item.outlet:
        lines.append(("JO" if item.kind == "journal" else ("PB" if item.kind == "report" else "T2"), item.outlet))
    if item.place:
        lines.append(("CY", item.place))
    first, last = _page_range(item.pages)
    for tag, value in (("VL", item.volume), ("IS", item.issue), ("SP", first), ("EP", last), ("DO", item.doi)):
        if value:
            lines.append((tag, value))
    if item.abstract and not locator:
        lines.append(("AB", item.abstract))
    if not locator:
        lines += [("KW", k) for k in item.keywords]
    lines.append(("LA", item.language))
    url = locator.url if locator else item.url
    if url:
        lines.append(("UR", url))
    if locator:
        lines.append(("N1", f"¶ {locator.paragraph}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}".rstrip() + "\n" for tag, value in lines)


# ---- CSL-JSON ----


def _csl_name(author: str) -> dict[str, str]:
    if author.count(",") == 1:
        family, given = (part.strip() for part in author.split(","))
        return {"family": family, "given": given}
    return {"literal": author}


def csl_json(item: CiteItem, locator: Locator | None = None) -> dict[str, object]:
    """One CSL-JSON item; a record's adds its paragraph as `locator` (label "paragraph"), without the abstract."""
    data: dict[str, object] = {"id": item.id, "type": CSL_TYPE[item.kind], "title": item.title}
    if item.authors:
        data["author"] = [_csl_name(a) for a in item.authors]
    if item.date:
        data["issued"] = {"date-parts": [list(item.date)]}
    if item.outlet:
        data["publisher" if item.kind == "report" else "container-title"] = item.outlet
    if item.place:
        data["event-place" if item.kind == "news" else "publisher-place"] = item.place
    for name, value in (("volume", item.volume), ("issue", item.issue), ("page", item.pages), ("DOI", item.doi)):
        if value:
            data[name] = value
    if item.abstract and not locator:
        data["abstract"] = item.abstract
    if item.keywords and not locator:
        data["keyword"] = ", ".join(item.keywords)
    data["language"] = item.language
    if item.url:
        data["URL"] = item.url
    if locator:
        data["locator"] = str(locator.paragraph)
        data["label"] = "paragraph"
    return data


def csl_json_text(items: list[dict[str, object]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"


# ---- formatted references ----


def _en_authors(authors: tuple[str, ...]) -> str:
    if len(authors) <= 2:
        return " and ".join(authors)
    return ", ".join(authors[:-1]) + ", and " + authors[-1]


def formatted(item: CiteItem, lang: Lang, locator: Locator | None = None) -> str:
    """A plain-text reference: author-date in English, GB/T 7714-like in Chinese; a record's adds its paragraph."""
    if lang == "zh":
        return _gbt(item, locator)
    year = str(item.date[0]) if item.date else "n.d."
    parts = [f"{_en_authors(item.authors)} ({year})." if item.authors else ""]
    title = item.title.rstrip(".")
    parts.append(f"“{title}.”" if item.kind in ("journal", "news") else f"{title}.")
    container = item.outlet
    if item.kind == "journal" and container:
        detail = container + (f" {item.volume}" if item.volume else "") + (f" ({item.issue})" if item.issue else "")
        parts.append(detail + (f": {item.pages}." if item.pages else "."))
    elif container:
        parts.append(f"{container}.")
    if not item.authors:
        parts.append(year if year.endswith(".") else f"{year}.")
    if item.doi:
        parts.append(f"https://doi.org/{item.doi}.")
    elif item.url:
        parts.append(f"{item.url}.")
    if locator:
        parts.append(f"¶ {locator.paragraph}.")
    return " ".join(p for p in parts if p)


def _gbt(item: CiteItem, locator: Locator | None) -> str:
    """GB/T 7714-2015 order: authors (three, then 等/et al). title[type]. outlet, year, volume(issue): pages."""
    latin = all(ord(ch) < 0x2E80 for ch in "".join(item.authors))
    names = list(item.authors[:3]) + ([("et al" if latin else "等")] if len(item.authors) > 3 else [])
    parts = [", ".join(names) + ". " if names else ""]
    parts.append(f"{item.title}[{GBT_CODE[item.kind]}]. ")
    date = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(item.date)) if item.date else ""
    if item.kind == "journal":
        tail = ", ".join(x for x in (item.outlet, str(item.date[0]) if item.date else "") if x)
        tail += (f", {item.volume}" if item.volume else "") + (f"({item.issue})" if item.issue else "")
        tail += f": {item.pages}" if item.pages else ""
        parts.append(tail + ". ")
    elif item.kind == "news":
        parts.append(", ".join(x for x in (item.outlet, date) if x) + ". ")
    else:
        place_pub = ": ".join(x for x in (item.place, item.outlet) if x)
        tail = ", ".join(x for x in (place_pub, date) if x)
        if tail:
            parts.append(tail + ". ")
    if item.doi:
        parts.append(f"DOI:{item.doi}. ")
    elif item.url:
        parts.append(f"{item.url}. ")
    if locator:
        parts.append(f"第{locator.paragraph}段. ")
    return "".join(parts).strip()


# ---- the "Cite this" control ----

# Characters Markdown (or HTML) would read as markup, written as numeric character references: the control is
# inline HTML inside a Markdown line, so its text must not start emphasis, links, code or new tags.
_INERT = {ch: f"&#{ord(ch)};" for ch in "&<>\"'\\`*_[]!|{"}  # "{" alone stops "{: …}" attribute lists
_INERT["\n"] = "&#10;"
_INERT_RE = re.compile("[" + re.escape("".join(_INERT)) + "]")


def inert(text: str) -> str:
    """Text as inline HTML that neither Markdown nor HTML reads as markup."""
    return _INERT_RE.sub(lambda m: _INERT[m[0]], text)


@dataclass(frozen=True, slots=True)
class CiteLabels:
    cite: str  # the control's summary: "Cite this"
    permalink: str


def cite_labels(t: Callable[[str], str]) -> CiteLabels:
    return CiteLabels(cite=t("cite_this"), permalink=t("cite_permalink"))


def cite_control(
    item: CiteItem, lang: Lang, labels: CiteLabels, locator: Locator | None = None, *, formats: bool = True
) -> str:
    """A <details> "Cite this" on one line: permalink, quote, reference, BibTeX, RIS and CSL-JSON.

    A record in a list (`formats=False`) keeps BibTeX only: its page holds many, and the document's RIS and
    CSL-JSON are on the document page and in the data downloads.
    """
    parts = [f'<details class="nea-cite"><summary>{inert(labels.cite)}</summary>']
    if locator:
        parts.append(f'<a href="{inert(locator.href or locator.url)}">{inert(labels.permalink)}</a>')
        parts.append(f"<q>{inert(locator.quote)}</q>")
    parts.append(f"<p>{inert(formatted(item, lang, locator))}</p>")
    texts = [("BibTeX", bibtex(item, locator))]
    if formats:
        texts += [("RIS", ris(item, locator)), ("CSL-JSON", json.dumps(csl_json(item, locator), ensure_ascii=False))]
    for name, text in texts:
        parts.append(f"<b>{name}</b><pre>{inert(text.rstrip())}</pre>")
    parts.append("</details>")
    return "".join(parts)


# ---- what the pages use ----


def absolute_url(site_url: str, lang: Lang, uri: str, anchor: str = "") -> str:
    """The address of a built page (and anchor): absolute under the site's URL when it is known."""
    path = built_url(uri, lang) + (f"#{anchor}" if anchor else "")
    return f"{site_url.rstrip('/')}/{path}" if site_url else path


def document_item(record: DocumentRecord, lang: Lang, site_url: str) -> CiteItem:
    """The reference of a document, its URL the document page in the site language `lang`."""
    return cite_item(record, HTML_LANG[record.lang], absolute_url(site_url, lang, page_uri("document", record.id)))


def front_matter(item: CiteItem, site_name: str) -> SafeMarkdown:
    """The page's `citation` front matter (the theme writes it as <meta> tags); YAML-quoted, so any text is data."""
    tags = [[name, value] for name, value in meta_tags(item, site_name)]
    return SafeMarkdown(yaml.safe_dump({"citation": tags}, allow_unicode=True, width=1 << 20, sort_keys=False))


def record_cite(
    record: DocumentRecord,
    evidence: Provenance,
    record_id: str,
    from_uri: str,
    anchor_uri: str,
    lang: Lang,
    labels: CiteLabels,
    site_url: str,
) -> SafeMarkdown:
    """The "Cite this" of an event or claim: its anchor, the document with the paragraph, the quote."""
    locator = Locator(
        paragraph=evidence.paragraph,
        quote=" ".join(evidence.quote.split()),
        url=absolute_url(site_url, lang, anchor_uri, record_id),
        key=record_id,
        href=html_href(from_uri, anchor_uri, record_id),
    )
    return SafeMarkdown(cite_control(document_item(record, lang, site_url), lang, labels, locator, formats=False))


def coins_spans(records: list[DocumentRecord], lang: Lang, site_url: str) -> SafeMarkdown:
    """One COinS span per document cited on a list page, in first-cited order, each once."""
    seen: dict[str, DocumentRecord] = {}
    for record in records:
        seen.setdefault(record.id, record)
    return SafeMarkdown("".join(coins(document_item(r, lang, site_url)) for r in seen.values()))


# ---- the data page's reference files ----

REFERENCE_FILES: tuple[tuple[str, str], ...] = (
    ("references.bib", "data_references_bib"),
    ("references.ris", "data_references_ris"),
    ("references.json", "data_references_json"),
)


def reference_files(records: list[DocumentRecord], lang: Lang, site_url: str) -> dict[str, str]:
    """Every document's reference in one file per format (BibTeX, RIS, CSL-JSON), its URL in `lang`'s site."""
    items = [document_item(r, lang, site_url) for r in records]
    return {
        "references.bib": "\n".join(bibtex(item) for item in items),
        "references.ris": "\n".join(ris(item) for item in items),
        "references.json": csl_json_text([csl_json(item) for item in items]),
    }


def write_reference_files(records: list[DocumentRecord], docs_dir: Path, lang: Lang, site_url: str) -> None:
    """The reference files next to the data page of one language's docs."""
    folder = docs_dir / page_uri("data").rsplit("/", 1)[0]
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reference_files(records, lang, site_url).items():
        (folder / name).write_text(text, encoding="utf-8")


def reference_links(t: Callable[[str], str]) -> list[dict[str, str]]:
    """The data page's rows for the reference files: name, link, what it holds."""
    return [{"name": name, "link": SafeMarkdown(name), "what": t(key)} for name, key in REFERENCE_FILES]
