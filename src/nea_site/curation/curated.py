"""Curated data under corpus/curated/: document metadata (and, later, vocabularies); merged into records."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model import ContentLang, Document, DocumentRecord, FieldOrigin, Lang, LocalizedText, PartialDate
from nea_site.records import from_plain, key_lines, load_yaml

log = logging.getLogger(__name__)

DOCUMENTS_FILE = "documents.yml"
SIDECAR_DIR = "documents"  # corpus/curated/documents/<source file name>.yml, one per source


@dataclass(frozen=True, slots=True, kw_only=True)
class CuratedDocument:
    """Metadata a curator gives for one source; fills what the text lacks, never replaces it silently."""

    title: LocalizedText | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    lang: ContentLang | None = None
    credits: tuple[str, ...] = ()
    original_name: str | None = None  # the name the file was added under, when it is stored under another
    override: tuple[str, ...] = ()  # fields whose curated value deliberately replaces the parsed one


@dataclass(frozen=True, slots=True, kw_only=True)
class CuratedCatalog:
    documents: dict[str, CuratedDocument]


_OVERRIDABLE = frozenset({"title", "authors", "published", "outlet", "lang"})


def read_catalog(curated_dir: Path) -> CuratedCatalog:
    """Curated metadata: documents.yml (file name -> metadata) plus one sidecar per source in documents/."""
    documents: dict[str, CuratedDocument] = {}
    path = curated_dir / DOCUMENTS_FILE
    if path.exists():
        data = load_yaml(path) or {}
        entries = data.get("documents", {}) if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            raise RecordError(path, ["expected a mapping 'documents:' of file name -> metadata"])
        documents.update(_read_entries(path, {str(k): v for k, v in entries.items()}, ("documents",)))
    for sidecar in sorted((curated_dir / SIDECAR_DIR).glob("*.yml")) if (curated_dir / SIDECAR_DIR).is_dir() else []:
        name = sidecar.name[: -len(".yml")]
        if name in documents:
            raise RecordError(sidecar, [f"{name!r} also has an entry in {DOCUMENTS_FILE}; keep one of the two"])
        documents.update(_read_entries(sidecar, {name: load_yaml(sidecar) or {}}, None))
    return CuratedCatalog(documents=documents)


def _read_entries(path: Path, entries: dict[str, object], prefix: tuple[str, ...] | None) -> dict[str, CuratedDocument]:
    """Decode entries, reporting every problem with the line of the offending key."""
    lines = key_lines(path)
    problems: list[str] = []
    found: dict[str, CuratedDocument] = {}
    for name, entry in sorted(entries.items()):
        base = (*prefix, name) if prefix else ()
        where = f"documents.{name}" if prefix else name

        def line_of(field: str | None = None, base: tuple[str, ...] = base) -> int:
            return lines.get((*base, field), 0) if field else lines.get(base, 1) if base else 1

        try:
            doc = from_plain(CuratedDocument, entry, where=where)
        except ValueError as exc:
            for message in str(exc).split("\n"):
                field = message.split("'")[1] if "unknown field '" in message else message.split(":")[0].split(".")[-1]
                problems.append(f"{line_of(field) or line_of()}: {message}")
            continue
        for field_name in doc.override:
            if field_name not in _OVERRIDABLE:
                problems.append(f"{line_of('override')}: {where}.override: unknown field {field_name!r}")
        if doc.published is not None:
            try:
                PartialDate.from_iso(doc.published)
            except ValueError as exc:
                problems.append(f"{line_of('published')}: {where}.published: {exc}")
        found[name] = doc
    if problems:
        raise RecordError(path, problems, hint="fix the curated entry; see README 'Curated data'")
    return found


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
    original: Lang | None = None
    overridden = "title" in cur.override and cur.title is not None and cur.title.get(site_lang) is not None
    if parsed_title and not overridden:
        if site_lang == "zh":
            title_zh, original = parsed_title, "zh"
        else:
            title_en, original = parsed_title, "en"
        if cur.title and "title" not in cur.override and cur.title.get(site_lang) not in (None, parsed_title):
            log.warning(
                "%s: curated %s title differs from the parsed one; parsed kept (add 'title' to override)",
                document.file_name,
                site_lang,
            )
    elif cur.title:
        origins["title"] = "curated"
    if meta.parallel_title:  # the text's own title in the other language, unless a curator gave one
        if site_lang == "zh" and title_en is None:
            title_en = meta.parallel_title
        elif site_lang == "en" and title_zh is None:
            title_zh = meta.parallel_title
    title = LocalizedText(en=title_en, zh=title_zh, original=original)

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
        parallel_title=meta.parallel_title,
        parallel_abstract=meta.parallel_abstract,
        parallel_keywords=meta.parallel_keywords,
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
        original_name=cur.original_name,
    )


SITE_FILE = "site.yml"


def read_focus_countries(curated_dir: Path) -> tuple[str, ...]:
    """Actor ids compared side by side on theme pages (corpus/curated/site.yml: focus_countries)."""
    path = curated_dir / SITE_FILE
    if not path.exists():
        return ()
    data = load_yaml(path) or {}
    value = data.get("focus_countries", []) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(path, ["focus_countries: expected a list of actor ids"])
    return tuple(value)


CANDIDATES_FILE = "candidates.yml"


def read_candidate_ignore_list(curated_dir: Path) -> frozenset[str]:
    """Names a curator reviewed and rejected (corpus/curated/candidates.yml: ignore), hidden from the worklist."""
    path = curated_dir / CANDIDATES_FILE
    if not path.exists():
        return frozenset()
    data = load_yaml(path) or {}
    value = data.get("ignore", []) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(path, ["ignore: expected a list of names"])
    return frozenset(value)
