"""`nea-site add`: check files, store them under corpus/sources with their metadata, rebuild once.

Each file goes in whole (its source and its metadata file) or not at all; a refused file is reported with its
reason and the others still go in. If the build that follows fails, every file of the call is taken out again,
so the corpus, records and site are as they were before the call.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nea_site import curation, ingest, records
from nea_site.errors import NeaSiteError, SourceError
from nea_site.model import PartialDate, SourceId, make_source_id
from nea_site.pipeline.build import BuildResult, run_build
from nea_site.pipeline.produce import Precheck, extract_new_sources
from nea_site.pipeline.settings import BuildSettings

CONTENT_LANGS = ("en", "zh", "zh-Hant", "ja", "ko")
GOLD_SUFFIX = ".gold.yaml"  # hand annotations for `nea-site score`, kept beside their documents
# Files a folder keeps about itself, not documents: "README.md", "SOURCES-en.md", "LICENSE.txt". Skipped when a
# folder is added; named on the command line, such a file is added like any other.
FOLDER_NOTE_NAMES = frozenset(
    {"readme", "sources", "license", "licence", "changelog", "contributing", "notice", "authors", "copying"}
)


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


@dataclass(frozen=True, slots=True, kw_only=True)
class AddedFile:
    file: Path
    stored_name: str
    missing: tuple[str, ...] = ()  # known only after a build


@dataclass(frozen=True, slots=True, kw_only=True)
class PassedFile:
    """A file refused (with the error saying why) or skipped (with the reason) by `add`."""

    file: Path
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AddManyResult:
    added: tuple[AddedFile, ...]
    refused: tuple[PassedFile, ...]
    skipped: tuple[PassedFile, ...]
    build: BuildResult | None  # None: nothing was added, or the build was deferred
    # The build failed: every file of the call was taken out again (corpus, records and site as before).
    build_error: NeaSiteError | None = None
    withdrawn: tuple[AddedFile, ...] = field(default=())


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[PassedFile], list[PassedFile]]:
    """Files to add, in order: each FILE as given, each FOLDER's source files sorted by name.

    Returns (files, refused, skipped): a path that does not exist is refused; what a folder holds that is no
    source (gold annotations, other kinds of file, the folder's own notes, subfolders) is skipped with a reason.
    """
    files: list[Path] = []
    refused: list[PassedFile] = []
    skipped: list[PassedFile] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir(), key=lambda p: p.name):
                reason = _not_a_source(child)
                if reason:
                    skipped.append(PassedFile(file=child, reason=reason))
                else:
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            refused.append(PassedFile(file=path, reason=str(SourceError(path, "no such file or folder"))))
    return files, refused, skipped


def _not_a_source(path: Path) -> str:
    """Why a file of an added folder is not added, or "" when it is a source."""
    name = path.name
    if name.startswith("."):
        return "hidden file"
    if path.is_dir():
        return "a folder inside the folder (not searched; name it to add its files)"
    if name.lower().endswith(GOLD_SUFFIX):
        return "gold annotations (for `nea-site score`), not a document"
    if path.suffix.lower() not in ingest.SOURCE_SUFFIXES:
        return f"not a source file ({', '.join(ingest.SOURCE_SUFFIXES)})"
    first_word = name.split(".")[0].replace("_", "-").split("-")[0].lower()
    if first_word in FOLDER_NOTE_NAMES:
        return "the folder's own notes, not a document (name the file to add it)"
    return ""


def add_document(settings: BuildSettings, request: AddRequest) -> AddResult:
    """Add one source and rebuild; on any error the corpus, records and site are left as they were."""
    result = add_documents(settings, [request])
    if result.refused:
        raise NeaSiteError(result.refused[0].reason)
    if result.build_error is not None:
        raise result.build_error
    assert result.build is not None and len(result.added) == 1
    return AddResult(stored_name=result.added[0].stored_name, missing=result.added[0].missing, build=result.build)


def add_documents(
    settings: BuildSettings,
    requests: Sequence[AddRequest],
    *,
    build: bool = True,
    refused: Sequence[PassedFile] = (),
    skipped: Sequence[PassedFile] = (),
) -> AddManyResult:
    """Add every acceptable file and rebuild once (unless `build` is false); report the others.

    `refused` and `skipped` (from collect_files) are carried into the result. A file is refused when its flags
    are wrong, it cannot be read as text, it is already in the corpus (or earlier in this call), or it holds no
    document. If the build fails, every file of the call is removed again and the error is in `build_error`;
    an interruption (Ctrl+C) removes them too and is raised.
    """
    refusals = list(refused)
    settings.sources_dir.mkdir(parents=True, exist_ok=True)
    existing = ingest.discover_sources(settings.sources_dir)
    known = {hashlib.sha256(p.read_bytes()).hexdigest(): f"in the corpus as {p.name}" for p in existing}
    taken_ids = {make_source_id(p.name) for p in existing}
    catalog = curation.read_catalog(settings.curated_dir)
    stored: list[tuple[AddedFile, list[Path]]] = []  # each added file with the paths written for it
    try:
        for request in requests:
            try:
                stored_name, data = _accept(settings, request, known, taken_ids, catalog.documents)
                written = _store(settings, request, stored_name, data)
            except SourceError as exc:
                refusals.append(PassedFile(file=request.file, reason=str(exc)))
                continue
            stored.append((AddedFile(file=request.file, stored_name=stored_name), written))
        precheck = extract_new_sources(settings, [paths[0] for _, paths in stored]) if stored else None
        failed = precheck.failed if precheck is not None else {}
        for entry in [item for item in stored if item[1][0] in failed]:
            refusals.append(PassedFile(file=entry[0].file, reason=_as_given(failed[entry[1][0]], entry)))
            _remove(entry[1])
            stored.remove(entry)
        result: BuildResult | None = None
        if build and stored:
            vocabulary = precheck.vocabulary if precheck is not None else None
            result = _counting_precheck(run_build(settings, vocabulary=vocabulary), precheck)
    except NeaSiteError as exc:
        for _, paths in stored:
            _remove(paths)
        return AddManyResult(
            added=(),
            refused=tuple(refusals),
            skipped=tuple(skipped),
            build=None,
            build_error=exc,
            withdrawn=tuple(added for added, _ in stored),
        )
    except BaseException:
        for _, paths in stored:
            _remove(paths)
        raise
    added = [added for added, _ in stored]
    if result is not None:
        added = [_with_missing(settings, a) for a in added]
    return AddManyResult(added=tuple(added), refused=tuple(refusals), skipped=tuple(skipped), build=result)


def _counting_precheck(result: BuildResult, precheck: Precheck | None) -> BuildResult:
    """The build's result, counting the extraction done before it (the build took those records from the cache)."""
    if precheck is None or not precheck.extracted:
        return result
    timings = dict(result.timings)
    timings["produce"] = timings.get("produce", 0.0) + precheck.seconds
    for stage, spent in precheck.stage_seconds.items():
        timings[stage] = timings.get(stage, 0.0) + spent
    return dataclasses.replace(
        result,
        extracted=result.extracted + precheck.extracted,
        source_bytes=result.source_bytes + precheck.source_bytes,
        timings=timings,
    )


def _as_given(reason: str, entry: tuple[AddedFile, list[Path]]) -> str:
    """An error about the stored copy, told about the file as the user named it."""
    stored_path = str(entry[1][0])
    return reason.replace(stored_path, str(entry[0].file), 1) if reason.startswith(stored_path) else reason


def _accept(
    settings: BuildSettings,
    request: AddRequest,
    known: dict[str, str],  # sha256 -> where that content already is
    taken_ids: set[SourceId],
    curated: dict[str, curation.CuratedDocument],
) -> tuple[str, bytes]:
    """Check one file; return the name it will have in corpus/sources and its bytes, or raise SourceError."""
    _check_flags(request)
    if not request.file.is_file():
        raise SourceError(request.file, "no such file")
    source = ingest.read_source(request.file)  # refuses empty, binary, too large, undecodable input
    if source.sha256 in known:
        raise SourceError(
            request.file,
            f"this file is already {known[source.sha256]}",
            hint="nothing to add; edit corpus/curated to change its metadata",
        )
    stored_name = _free_name(settings.sources_dir, request.file.name, taken_ids)
    if stored_name in curated:
        raise SourceError(
            request.file,
            f"curated metadata for {stored_name!r} exists but its source does not",
            hint="remove that entry or add the file under another name",
        )
    known[source.sha256] = f"added in this call, from {request.file}"
    taken_ids.add(make_source_id(stored_name))
    return stored_name, request.file.read_bytes()


def _store(settings: BuildSettings, request: AddRequest, stored_name: str, data: bytes) -> list[Path]:
    """Write the source and its metadata file; both or neither. Returns what was written, the source first."""
    target = settings.sources_dir / stored_name
    entry = _sidecar_entry(request, target.name)
    sidecar = settings.curated_dir / curation.SIDECAR_DIR / f"{target.name}.yml"
    created: list[Path] = []
    try:
        _write_new(target, data)
        created.append(target)
        if entry:
            sidecar.parent.mkdir(parents=True, exist_ok=True)
            _write_new(sidecar, records.dump_yaml(entry).encode("utf-8"))
            created.append(sidecar)
    except BaseException:
        _remove(created)
        raise
    return created


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _with_missing(settings: BuildSettings, added: AddedFile) -> AddedFile:
    # Only the new records are read back: reading all of them costs ~0.15 s per document.
    record = records.read_record(settings.records_dir / "documents" / f"{make_source_id(added.stored_name)}.yml")
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
    return AddedFile(file=added.file, stored_name=added.stored_name, missing=tuple(missing))


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


def _free_name(sources_dir: Path, name: str, taken_ids: set[SourceId]) -> str:
    """`name`, or "stem-2.suffix", "stem-3.suffix"…: no file has that name and no source has its id."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, n = name, 2
    while (sources_dir / candidate).exists() or make_source_id(candidate) in taken_ids:
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
        n += 1
    return candidate


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
        raise SourceError(path, "already exists; refusing to overwrite it")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
