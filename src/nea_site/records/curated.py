"""Curated data under corpus/curated/: document metadata (and, later, vocabularies); merged into records."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model import ContentLang, Document, DocumentRecord, FieldOrigin, Lang, LocalizedText, PartialDate
from nea_site.records.codec import from_plain
from nea_site.records.store import load_yaml

log = logging.getLogger(__name__)

DOCUMENTS_FILE = "documents.yml"


@dataclass(frozen=True, slots=True, kw_only=True)
class CuratedDocument:
    """Metadata a curator gives for one source; fills what the text lacks, never replaces it silently."""

    title: LocalizedText | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    lang: ContentLang | None = None
    credits: tuple[str, ...] = ()
    override: tuple[str, ...] = ()  # fields whose curated value deliberately replaces the parsed one


@dataclass(frozen=True, slots=True, kw_only=True)
class CuratedCatalog:
    documents: dict[str, CuratedDocument]


_OVERRIDABLE = frozenset({"title", "authors", "published", "outlet", "lang"})


def read_catalog(curated_dir: Path) -> CuratedCatalog:
    """Load corpus/curated/documents.yml (a mapping of source file name -> metadata); empty if absent."""
    path = curated_dir / DOCUMENTS_FILE
    if not path.exists():
        return CuratedCatalog(documents={})
    data = load_yaml(path) or {}
    problems: list[str] = []
    documents: dict[str, CuratedDocument] = {}
    entries = data.get("documents", {}) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise RecordError(path, ["expected a mapping 'documents:' of file name -> metadata"])
    for name, entry in sorted(entries.items()):
        try:
            doc = from_plain(CuratedDocument, entry, where=f"documents.{name}")
        except ValueError as exc:
            problems.extend(str(exc).split("\n"))
            continue
        for field_name in doc.override:
            if field_name not in _OVERRIDABLE:
                problems.append(f"documents.{name}.override: unknown field {field_name!r}")
        if doc.published is not None:
            try:
                PartialDate.from_iso(doc.published)
            except ValueError as exc:
                problems.append(f"documents.{name}.published: {exc}")
        documents[str(name)] = doc
    if problems:
        raise RecordError(path, problems, hint="fix the curated entry; see README 'Curated data'")
    return CuratedCatalog(documents=documents)


def _same_names(parsed: tuple[str, ...], curated: tuple[str, ...]) -> bool:
    """True when curated names only split or re-space what the parser read ("Wang Fang Li Lei")."""
    return "".join(parsed).replace(" ", "").lower() == "".join(curated).replace(" ", "").lower()


def merge_metadata(document: Document, curated: CuratedDocument | None, *, sha256: str) -> DocumentRecord:
    """Combine parsed and curated metadata; each field records where its value came from."""
    meta = document.meta
    origins: dict[str, FieldOrigin] = dict(meta.origins)
    cur = curated or CuratedDocument()
    lang = document.lang
    if cur.lang and (lang == "und" or "lang" in cur.override):
        lang = cur.lang
    site_lang: Lang = "zh" if lang in ("zh", "zh-Hant") else "en"

    parsed_title = meta.title
    title_en = cur.title.en if cur.title else None
    title_zh = cur.title.zh if cur.title else None
    original = None
    if parsed_title and "title" not in cur.override:
        if site_lang == "zh":
            title_zh, original = parsed_title, "zh"
        else:
            title_en, original = parsed_title, "en"
        if cur.title and cur.title.get(site_lang) not in (None, parsed_title):
            log.warning(
                "%s: curated %s title differs from the parsed one; parsed kept (add 'title' to override)",
                document.file_name,
                site_lang,
            )
    elif cur.title:
        origins["title"] = "curated"
    title = LocalizedText(en=title_en, zh=title_zh, original=original)  # type: ignore[arg-type]

    def pick(field_name: str, parsed: str | None, given: str | None) -> str | None:
        if given and (parsed is None or field_name in cur.override):
            origins[field_name] = "curated"
            return given
        return parsed

    authors = meta.authors
    if cur.authors and (not authors or "authors" in cur.override or _same_names(authors, cur.authors)):
        authors = cur.authors
        origins["authors"] = "curated"
    credits = meta.credits + tuple(c for c in cur.credits if c not in meta.credits)
    if cur.credits:
        origins["credits"] = "curated" if not meta.credits else origins.get("credits", "parsed")
    merged_meta = type(meta)(
        title=meta.title,
        authors=authors,
        published=pick("published", meta.published, cur.published),
        outlet=pick("outlet", meta.outlet, cur.outlet),
        place=meta.place,
        abstract=meta.abstract,
        keywords=meta.keywords,
        author_notes=meta.author_notes,
        credits=credits,
        identifiers=meta.identifiers,
        origins=tuple(sorted(origins.items())),
    )
    return DocumentRecord(
        id=document.source_id,
        source=document.file_name,
        sha256=sha256,
        lang=lang,
        title=title,
        meta=merged_meta,
        sections=document.sections,
        paragraphs=document.paragraphs,
        footnotes=document.footnotes,
    )
