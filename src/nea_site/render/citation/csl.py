"""Formatted references through a CSL processor (citeproc-py) and the site's own CSL styles, offline at build time.

Two styles ship with the package (render/citation/styles/, written for nea_site from the CSL 1.0 specification):
an author-date style for English pages and a GB/T 7714-2015 style (著者-出版年制) for Chinese ones. The
processor reads a document's CSL-JSON (`formats.csl_json`) and the CSL locale files it ships (en-US, zh-CN).

A record's in-text citation names its paragraph: the processor renders one citation per document and language
with a placeholder locator, and each record's paragraph number takes the placeholder's place, so a page of a
hundred records costs one processor call per document instead of a hundred (about 5 ms each).
"""

from __future__ import annotations

import functools
import warnings
from importlib import resources
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source import Locator as CslLocator
from citeproc.source.json import CiteProcJSON

from nea_site.errors import RenderError
from nea_site.model import Lang
from nea_site.render.citation.formats import csl_json
from nea_site.render.citation.item import CiteItem

STYLE_FILES: dict[Lang, str] = {"en": "nea-author-date-en.csl", "zh": "nea-gbt7714-zh.csl"}
STYLE_LOCALES: dict[Lang, str] = {"en": "en-US", "zh": "zh-CN"}
# Stands for the paragraph number while the processor renders a citation: a private-use character, so no source
# text holds it, and a single "number" to the processor (no range or list that would make the label plural).
_PLACEHOLDER = "\ue000"
# CSL-JSON fields that describe a citation, not the item: the processor takes them as a citation item's locator.
_CITATION_FIELDS = ("locator", "label")


@functools.cache
def style(lang: Lang, *, validate: bool = False) -> Any:
    """The CSL style of a site language, parsed once per process (`validate`: against the CSL schema too)."""
    path = resources.files("nea_site.render.citation").joinpath("styles", STYLE_FILES[lang])
    with resources.as_file(path) as file:
        try:
            return CitationStylesStyle(str(file), locale=STYLE_LOCALES[lang], validate=validate)
        except Exception as exc:  # lxml's parse or schema errors: a broken style file is a build error
            raise RenderError(f"{path}: not a usable CSL style: {exc}") from exc


def _render(data: dict[str, object], lang: Lang, locator: str | None) -> tuple[str, str]:
    """The bibliography entry and the in-text citation of one CSL-JSON item (its own locator fields ignored)."""
    item = {k: v for k, v in data.items() if k not in _CITATION_FIELDS}
    key = str(item["id"])
    problems: list[str] = []
    with warnings.catch_warnings(record=True) as caught:  # the processor warns on what it cannot read
        warnings.simplefilter("always")
        bibliography = CitationStylesBibliography(style(lang), CiteProcJSON([item]), formatter.plain)
        cite_item = CitationItem(key, locator=CslLocator("paragraph", locator)) if locator else CitationItem(key)
        citation = Citation([cite_item])
        bibliography.register(citation)
        in_text = str(bibliography.cite(citation, problems.append))
        [entry] = bibliography.bibliography()
    problems += [str(w.message) for w in caught]
    if problems:
        raise RenderError(f"CSL item {key}: the processor could not read it: {'; '.join(map(str, problems))}")
    return " ".join(str(entry).split()), " ".join(in_text.split())


def render_csl(data: dict[str, object], lang: Lang, paragraph: int | None = None) -> tuple[str, str]:
    """(bibliography entry, in-text citation) of a CSL-JSON item in the style of `lang`; a paragraph as locator."""
    return _render(data, lang, str(paragraph) if paragraph is not None else None)


@functools.lru_cache(maxsize=4096)
def _formatted(item: CiteItem, lang: Lang) -> tuple[str, str]:
    return _render(csl_json(item), lang, _PLACEHOLDER)


def formatted(item: CiteItem, lang: Lang) -> str:
    """The document's reference in the site language's style: author-date in English, GB/T 7714 in Chinese."""
    return _formatted(item, lang)[0]


def in_text(item: CiteItem, lang: Lang, paragraph: int) -> str:
    """The in-text citation of a record: "(Kim and Wang 2021, para. 4)", "(Kim 等, 2021: 第4段)"."""
    return _formatted(item, lang)[1].replace(_PLACEHOLDER, str(paragraph))
