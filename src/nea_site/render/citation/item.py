"""A document as a reference: its kind as a reference manager files it, and the fields every format is written from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from nea_site import lexicon
from nea_site.model import DocumentRecord, Lang
from nea_site.render.body import HTML_LANG
from nea_site.render.links import built_url, page_uri

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


def date_slashes(date: tuple[int, ...]) -> str:
    """Highwire's date: "2023/11/08", "2023/11", "2023"."""
    return "/".join(f"{part:04d}" if i == 0 else f"{part:02d}" for i, part in enumerate(date))


def page_range(pages: str) -> tuple[str, str]:
    match = _PAGES_RE.match(pages)
    if not match:
        return "", ""
    return match[1], match[2] or ""


# ---- what the pages use ----


def absolute_url(site_url: str, lang: Lang, uri: str, anchor: str = "") -> str:
    """The address of a built page (and anchor): absolute under the site's URL when it is known."""
    path = built_url(uri, lang) + (f"#{anchor}" if anchor else "")
    return f"{site_url.rstrip('/')}/{path}" if site_url else path


# document_item's results by (id of the record, lang, site URL); each keeps its record, so the id is not reused.
_ITEMS: dict[tuple[int, str, str], tuple[DocumentRecord, CiteItem]] = {}
_MAX_ITEMS = 4096


def document_item(record: DocumentRecord, lang: Lang, site_url: str) -> CiteItem:
    """The reference of a document, its URL the document page in the site language `lang`.

    Remembered per record object: every event and claim row of a list cites its document (~47,000 calls for
    500 documents in one language).
    """
    key = (id(record), lang, site_url)
    known = _ITEMS.get(key)
    if known is not None and known[0] is record:
        return known[1]
    item = cite_item(record, HTML_LANG[record.lang], absolute_url(site_url, lang, page_uri("document", record.id)))
    if len(_ITEMS) >= _MAX_ITEMS:
        _ITEMS.clear()
    _ITEMS[key] = (record, item)
    return item
