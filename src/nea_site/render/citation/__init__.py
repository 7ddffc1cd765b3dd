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

The package: `item` (the reference of a document and its kind), `meta` (meta tags, COinS), `formats` (BibTeX, RIS,
CSL-JSON and the data page's files), `csl` (the formatted reference and in-text citation, through a CSL
processor and the styles in styles/), `control` (the "Cite this" control).
"""

from __future__ import annotations

from nea_site.render.citation.control import (
    CiteLabels,
    cite_control,
    cite_labels,
    inert,
    record_cite,
)
from nea_site.render.citation.csl import (
    formatted,
    in_text,
    render_csl,
    style,
)
from nea_site.render.citation.formats import (
    REFERENCE_FILES,
    bibtex,
    bibtex_escape,
    csl_json,
    csl_json_text,
    reference_files,
    reference_links,
    ris,
    write_reference_files,
)
from nea_site.render.citation.item import (
    BIBTEX_TYPE,
    CSL_TYPE,
    GBT_CODE,
    RIS_TYPE,
    ZOTERO_TYPE,
    CiteItem,
    CiteKind,
    Locator,
    absolute_url,
    cite_item,
    cite_kind,
    document_item,
    parse_date,
)
from nea_site.render.citation.meta import (
    coins,
    coins_spans,
    front_matter,
    meta_tags,
)

__all__ = [
    "BIBTEX_TYPE",
    "CSL_TYPE",
    "CiteItem",
    "CiteKind",
    "CiteLabels",
    "GBT_CODE",
    "Locator",
    "REFERENCE_FILES",
    "RIS_TYPE",
    "ZOTERO_TYPE",
    "absolute_url",
    "bibtex",
    "bibtex_escape",
    "cite_control",
    "cite_item",
    "cite_kind",
    "cite_labels",
    "coins",
    "coins_spans",
    "csl_json",
    "csl_json_text",
    "document_item",
    "formatted",
    "in_text",
    "render_csl",
    "style",
    "front_matter",
    "inert",
    "meta_tags",
    "parse_date",
    "record_cite",
    "reference_files",
    "reference_links",
    "ris",
    "write_reference_files",
]
