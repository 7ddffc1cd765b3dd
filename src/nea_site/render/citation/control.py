"""The "Cite this" control of a document page and of each event and claim: inline HTML inert inside Markdown."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from nea_site.model import DocumentRecord, Lang, Provenance
from nea_site.render.citation.csl import formatted, in_text
from nea_site.render.citation.formats import bibtex, csl_json, ris
from nea_site.render.citation.item import CiteItem, Locator, absolute_url, document_item
from nea_site.render.environment import SafeMarkdown
from nea_site.render.links import html_href, page_uri

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
    copy: str = "Copy"  # the button that copies quote, in-text citation, reference and permalink
    copied: str = "Copied"  # the button once it has copied


def cite_labels(t: Callable[[str], str]) -> CiteLabels:
    return CiteLabels(cite=t("cite_this"), permalink=t("cite_permalink"), copy=t("cite_copy"), copied=t("cite_copied"))


def cite_control(
    item: CiteItem, lang: Lang, labels: CiteLabels, locator: Locator | None = None, *, formats: bool = True
) -> str:
    """A <details> "Cite this" on one line: permalink, quote, citation, reference, copy button, BibTeX, RIS, CSL-JSON.

    The reference and a record's in-text citation (its paragraph as locator) come from the CSL processor
    (`csl.py`). The copy button (the theme's partials/nea-cite.html) copies the quote, the in-text citation, the
    reference and the permalink, in that order, one a line.

    A record in a list (`formats=False`) keeps BibTeX only: its page holds many, and the document's RIS and
    CSL-JSON are on the document page and in the data downloads.
    """
    parts = [f'<details class="nea-cite"><summary>{inert(labels.cite)}</summary>']
    if locator:
        href = inert(locator.href or locator.url)
        parts.append(f'<a class="nea-cite-link" href="{href}">{inert(labels.permalink)}</a>')
        parts.append(f'<q class="nea-cite-quote">{inert(locator.quote)}</q>')
        parts.append(f'<p class="nea-cite-in-text">{inert(in_text(item, lang, locator.paragraph))}</p>')
    parts.append(f'<p class="nea-cite-ref">{inert(formatted(item, lang))}</p>')
    done = inert(labels.copied)
    parts.append(f'<button type="button" class="nea-cite-copy" data-done="{done}" hidden>{inert(labels.copy)}</button>')
    texts = [("BibTeX", bibtex(item, locator))]
    if formats:
        texts += [("RIS", ris(item, locator)), ("CSL-JSON", json.dumps(csl_json(item, locator), ensure_ascii=False))]
    for name, text in texts:
        parts.append(f"<b>{name}</b><pre>{inert(text.rstrip())}</pre>")
    parts.append("</details>")
    return "".join(parts)


def record_cite(
    record: DocumentRecord,
    evidence: Provenance,
    record_id: str,
    from_uri: str,
    lang: Lang,
    labels: CiteLabels,
    site_url: str,
) -> SafeMarkdown:
    """The "Cite this" of an event or claim: its permalink, the document with the paragraph, the quote.

    The permalink is the record's anchor on its document's page: list pages are paged, and a record's page there
    changes as other documents come and go; the document page does not (render/withdrawn.py keeps it when a
    source change withdraws the record).
    """
    home = page_uri("document", record.id)
    locator = Locator(
        paragraph=evidence.paragraph,
        quote=" ".join(evidence.quote.split()),
        url=absolute_url(site_url, lang, home, record_id),
        key=record_id,
        href=html_href(from_uri, home, record_id),
    )
    return SafeMarkdown(cite_control(document_item(record, lang, site_url), lang, labels, locator, formats=False))
