"""The export formats of a reference: BibTeX, RIS and CSL-JSON, one entry each or every document's in one file."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from nea_site.model import DocumentRecord, Lang
from nea_site.render.citation.item import BIBTEX_TYPE, CSL_TYPE, RIS_TYPE, CiteItem, Locator, document_item, page_range
from nea_site.render.entries import FileLink
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import page_uri

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
    first, last = page_range(item.pages)
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


def reference_links(t: Callable[[str], str]) -> list[FileLink]:
    """The data page's rows for the reference files: name, link, what it holds."""
    return [FileLink(name, SafeMarkdown(name), t(key)) for name, key in REFERENCE_FILES]
