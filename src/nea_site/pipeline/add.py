"""`nea-site add`: validate a file, store it under corpus/sources, record its metadata, rebuild — or change nothing."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from nea_site import ingest, records
from nea_site.errors import NeaSiteError, SourceError
from nea_site.model import PartialDate, make_source_id
from nea_site.pipeline.build import BuildResult, run_build
from nea_site.pipeline.settings import BuildSettings

CONTENT_LANGS = ("en", "zh", "zh-Hant", "ja", "ko")


@dataclass(frozen=True, slots=True, kw_only=True)
class AddRequest:
    file: Path
    title_en: str | None = None
    title_zh: str | None = None
    date: str | None = None
    lang: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    stored_name: str
    missing: tuple[str, ...]  # metadata that neither the text nor the flags gave
    build: BuildResult


def _check_flags(request: AddRequest) -> None:
    problems = []
    if request.date is not None:
        try:
            PartialDate.from_iso(request.date)
        except ValueError as exc:
            problems.append(f"--date: {exc}")
    if request.lang is not None and request.lang not in CONTENT_LANGS:
        problems.append(f"--lang: expected one of {', '.join(CONTENT_LANGS)}, found {request.lang!r}")
    if problems:
        raise SourceError(request.file, "; ".join(problems))


def _free_name(sources_dir: Path, name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, n = name, 2
    while (sources_dir / candidate).exists():
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
        n += 1
    return candidate


def add_document(settings: BuildSettings, request: AddRequest) -> AddResult:
    """Add one source and rebuild; on any error the corpus, records and site are left as they were."""
    _check_flags(request)
    if not request.file.is_file():
        raise SourceError(request.file, "no such file")
    source = ingest.read_source(request.file)  # refuses empty, binary, too large, undecodable input
    settings.sources_dir.mkdir(parents=True, exist_ok=True)
    for existing in ingest.discover_sources(settings.sources_dir):
        if hashlib.sha256(existing.read_bytes()).hexdigest() == source.sha256:
            raise SourceError(
                request.file,
                f"this file is already in the corpus as {existing.name}",
                hint="nothing to add; edit corpus/curated to change its metadata",
            )
    stored_name = _free_name(settings.sources_dir, request.file.name)
    catalog = records.read_catalog(settings.curated_dir)
    if stored_name in catalog.documents:
        raise SourceError(
            request.file,
            f"curated metadata for {stored_name!r} exists but its source does not",
            hint="remove that entry or add the file under another name",
        )
    entry = _sidecar_entry(request, stored_name)
    target = settings.sources_dir / stored_name
    sidecar = settings.curated_dir / records.SIDECAR_DIR / f"{stored_name}.yml"
    created: list[Path] = []
    try:
        _write_new(target, request.file.read_bytes())
        created.append(target)
        if entry:
            sidecar.parent.mkdir(parents=True, exist_ok=True)
            _write_new(sidecar, records.dump_yaml(entry).encode("utf-8"))
            created.append(sidecar)
        result = run_build(settings)
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    # Only the new record is read back: reading all of them costs ~0.15 s per document.
    record = records.read_record(settings.records_dir / "documents" / f"{make_source_id(stored_name)}.yml")
    missing = [
        label
        for label, value in (
            ("title (en)", record.title.en),
            ("title (zh)", record.title.zh),
            ("authors", record.meta.authors),
            ("date", record.meta.published),
        )
        if not value
    ]
    return AddResult(stored_name=stored_name, missing=tuple(missing), build=result)


def _sidecar_entry(request: AddRequest, stored_name: str) -> dict[str, object]:
    entry: dict[str, object] = {}
    override: list[str] = []
    if request.title_en or request.title_zh:
        entry["title"] = {k: v for k, v in (("en", request.title_en), ("zh", request.title_zh)) if v}
        override.append("title")
    if request.authors:
        entry["authors"] = list(request.authors)
        override.append("authors")
    if request.date:
        entry["published"] = request.date
        override.append("published")
    if request.lang:
        entry["lang"] = request.lang
        override.append("lang")
    if stored_name != request.file.name:
        entry["original_name"] = request.file.name
    if override:
        entry["override"] = override  # the researcher's flags win over what the parser found
    return entry


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet, atomically (temporary name, then rename)."""
    if path.exists():
        raise NeaSiteError(f"{path}: already exists; refusing to overwrite it")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
