"""Sources -> records: ingest, parse, merge curated metadata, extract; cached by content hash, parallel when large."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import nea_site
from nea_site import curation, extract, ingest, lexicon, parse, records
from nea_site.errors import BuildError, NeaSiteError, SourceError
from nea_site.model import DocumentRecord, Vocabulary
from nea_site.pipeline.grouping import group_corpus
from nea_site.pipeline.parallel import process_pool
from nea_site.pipeline.settings import BuildSettings

log = logging.getLogger(__name__)

# Below this many documents, starting worker processes (each compiling the vocabulary and loading the segmenter)
# costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 24


@dataclass(frozen=True, slots=True, kw_only=True)
class Production:
    records: list[DocumentRecord]
    extracted: int  # documents parsed and extracted in this run (the rest came from the cache)
    source_bytes: int  # UTF-8 size of the text of the documents extracted in this run
    # "ingest", "parse", "extract": CPU seconds summed over documents (one core's time); "group": wall seconds of
    # the cross-document step (pipeline/grouping.py).
    stage_seconds: dict[str, float]
    # Record id -> a key of everything its data but its group links is made from: the extraction's cache key
    # (file, content, curated entry, vocabulary, code and word lists) and the curated translations and
    # corrections. The YAML stage keeps each record's digest under it (`records.stage_records`).
    record_keys: dict[str, str] = field(default_factory=dict)
    vocabulary: Vocabulary | None = None  # the vocabulary the records were made with (read once per build)


STAGES = ("ingest", "parse", "extract")


def code_version() -> str:
    """Hash of the package's own source files and word lists: a change invalidates every cached extraction."""
    digest = hashlib.sha256()
    root = Path(nea_site.__file__).parent
    for path in sorted([*root.rglob("*.py"), *root.glob("lexicon/*.yml")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extraction_version(settings: BuildSettings) -> str:
    """The code's version and the project's lexicon (package lists and corpus/curated/lexicon.yml together).

    Activates the project's lexicon first: a bad lexicon.yml fails here, by file and line, before anything is
    written, and a process whose matchers were built from other lists refuses the project.
    """
    return f"{code_version()}:{lexicon.activate(settings.lexicon_file).version}"


def _cache_key(
    path: Path, sha256: str, entry: curation.CuratedDocument | None, vocabulary: Vocabulary, version: str
) -> str:
    """The key of a cached extraction.

    It holds the file's name (the document's id and source link come from it) and content, its curated entry, the
    vocabulary, and the code and lexicon versions.
    """
    curated = records.dump_yaml(records.to_plain(entry)) if entry is not None else ""
    parts = [path.name, sha256, curated, vocabulary.version, version]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


_Outcome = tuple[DocumentRecord, int, tuple[float, float, float]]  # record, text bytes, CPU seconds per stage


def _extract_one(path: Path, entry: curation.CuratedDocument | None, extractor: extract.Extractor) -> _Outcome:
    # CPU seconds of this thread: one core's work on the document, without the time spent waiting for a core
    # while other workers (or other programs, or the hypervisor) hold it.
    start = time.thread_time()
    source = ingest.read_source(path)
    ingested = time.thread_time()
    document = parse.parse_document(source)
    if not document.paragraphs:
        raise SourceError(
            path,
            "no body text: the file holds no paragraph, only a title or metadata",
            hint="check that it holds the document's text; for a web page, save the page of the article itself",
        )
    merged = curation.merge_metadata(document, entry, sha256=source.sha256)
    parsed = time.thread_time()
    found = extract.extract_document(merged, extractor)
    record = dataclasses.replace(
        merged,
        mentions=found.mentions,
        dates=found.dates,
        themes=found.themes,
        events=found.events,
        claims=found.claims,
        discovered=found.discovered,
    )
    done = time.thread_time()
    return record, len(source.text.encode("utf-8")), (ingested - start, parsed - ingested, done - parsed)


_WORKER_EXTRACTOR: extract.Extractor | None = None


def _init_worker(vocabulary: Vocabulary, lexicon_version: str) -> None:
    if lexicon.current().version != lexicon_version:  # this child's matchers were built from other lists
        raise BuildError(f"a worker process read lexicon {lexicon.current().version}, not {lexicon_version}")
    global _WORKER_EXTRACTOR  # one compiled vocabulary (and segmenter dictionary) per worker process
    _WORKER_EXTRACTOR = extract.make_extractor(vocabulary)
    _WORKER_EXTRACTOR.segmenter.preload()  # start-up, not the first document's extraction time


def _extract_in_worker(path: Path, entry: curation.CuratedDocument | None, refuse_crashes: bool) -> _Outcome | str:
    assert _WORKER_EXTRACTOR is not None
    return _checked(path, entry, _WORKER_EXTRACTOR, refuse_crashes=refuse_crashes)


def _checked(
    path: Path, entry: curation.CuratedDocument | None, extractor: extract.Extractor, *, refuse_crashes: bool
) -> _Outcome | str:
    """The document's outcome, or why it is refused; an unexpected error (a bug) too when `refuse_crashes`."""
    try:
        return _extract_one(path, entry, extractor)
    except SourceError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - with refuse_crashes, one file's crash refuses that file only
        if not refuse_crashes:
            raise
        return str(SourceError(path, f"cannot be read: {type(exc).__name__}: {exc}", hint="please report this bug"))


def _extract_many(
    settings: BuildSettings,
    vocabulary: Vocabulary,
    todo: list[tuple[Path, curation.CuratedDocument | None]],
    *,
    refuse_crashes: bool = False,
) -> list[_Outcome | str]:
    """Each document's outcome in `todo`'s order: in forked worker processes when there are many documents."""
    if not todo:
        return []
    jobs = settings.jobs or (os.cpu_count() or 1)
    if len(todo) >= PARALLEL_MIN_DOCUMENTS and jobs > 1:
        # The project's lexicon is activated in each worker before the stages are imported there (spawned children).
        boot = (settings.lexicon_file, f"{__name__}:_init_worker", vocabulary, lexicon.current().version)
        with process_pool(jobs, initializer=lexicon.start_worker, initargs=boot) as pool:
            futures = [pool.submit(_extract_in_worker, path, entry, refuse_crashes) for path, entry in todo]
            return [future.result() for future in futures]
    extractor = extract.make_extractor(vocabulary)
    extractor.segmenter.preload()
    return [_checked(path, entry, extractor, refuse_crashes=refuse_crashes) for path, entry in todo]


def produce_records(settings: BuildSettings, vocabulary: Vocabulary | None = None) -> Production:
    """Every source's record; unchanged sources come from the cache. All source errors are reported at once.

    `vocabulary`: the project's, when the caller has just read it (`nea-site add`'s check of the new files), else
    read here (0.3-0.6 s with the bench's vocabulary).
    """
    paths = ingest.discover_sources(settings.sources_dir)
    if not paths:
        raise SourceError(settings.sources_dir, "no source files found", hint="add a document with `nea-site add FILE`")
    catalog = curation.read_catalog(settings.curated_dir)
    if vocabulary is None:
        vocabulary = curation.read_vocabulary(settings.curated_dir)
    translations = curation.read_translations(settings.curated_dir)
    corrections = curation.read_corrections(settings.curated_dir, vocabulary)
    version = extraction_version(settings)
    problems: list[str] = []
    done: dict[Path, DocumentRecord] = {}
    keys: dict[Path, str] = {}
    todo: list[tuple[Path, str]] = []
    total_bytes = 0
    stage_seconds = dict.fromkeys(STAGES, 0.0)
    with _collector_paused():
        for path in paths:
            try:
                sha = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                problems.append(str(SourceError(path, f"cannot read file: {exc.strerror}")))
                continue
            key = keys[path] = _cache_key(path, sha, catalog.documents.get(path.name), vocabulary, version)
            cached = _read_cache(settings.cache_dir / f"{key}.json")
            if cached is not None:
                done[path] = cached
            else:
                todo.append((path, key))
    outcomes = _extract_many(settings, vocabulary, [(path, catalog.documents.get(path.name)) for path, _ in todo])
    for (path, key), outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, str):
            problems.append(outcome)
            continue
        record, size, seconds = outcome
        total_bytes += size
        for stage, spent in zip(STAGES, seconds, strict=True):
            stage_seconds[stage] += spent
        done[path] = record
        _write_cache(settings.cache_dir / f"{key}.json", record)
    if problems:
        raise NeaSiteError("\n".join(problems))
    _check_unique_ids([done[p] for p in paths])
    result = [
        curation.apply_corrections(curation.apply_translations(done[p], translations), corrections) for p in paths
    ]
    for record_id in curation.unused_corrections([done[p] for p in paths], corrections):
        log.warning("%s: correction for %r matches no record", settings.curated_dir / "corrections.yml", record_id)
    log.info("extracted %d of %d documents (%d from cache)", len(todo), len(paths), len(paths) - len(todo))
    result, stage_seconds["group"] = group_corpus(result, settings.curated_dir, vocabulary)  # across documents
    curated = hashlib.sha256(repr((sorted(translations.items()), sorted(corrections.items()))).encode()).hexdigest()
    return Production(
        records=result,
        extracted=len(todo),
        source_bytes=total_bytes,
        stage_seconds=stage_seconds,
        record_keys={done[p].id: f"{keys[p]}:{curated[:32]}" for p in paths},
        vocabulary=vocabulary,
    )


def extract_files(paths: list[Path], settings: BuildSettings) -> list[DocumentRecord | SourceError]:
    """Ingest, parse and extract files outside the corpus with the project's vocabulary; nothing is written.

    Each file gets its record or the error that refused it (for `nea-site score`, which scores what it can).
    """
    lexicon.activate(settings.lexicon_file)
    vocabulary = curation.read_vocabulary(settings.curated_dir)
    extractor = extract.make_extractor(vocabulary)
    out: list[DocumentRecord | SourceError] = []
    for path in paths:
        try:
            out.append(_extract_one(path, None, extractor)[0])
        except SourceError as exc:
            out.append(exc)
    return out


def _check_unique_ids(found: list[DocumentRecord]) -> None:
    seen: dict[str, str] = {}
    for record in found:
        if record.id in seen:
            raise SourceError(
                record.source,
                f"its id {record.id!r} is the same as that of {seen[record.id]!r}",
                hint="rename one of the files",
            )
        seen[record.id] = record.source


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the cached records are decoded.

    Decoding makes millions of objects and no garbage cycles; each collection it would set off walks every record
    decoded before (reading the 500 records of the bench corpus: ~1.5 of ~4 CPU s). Collection resumes after,
    as it was (off stays off).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_cache(path: Path) -> DocumentRecord | None:
    """A cached record (JSON: read ~10x faster than YAML; the cache is ours, the YAML records are for people)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return records.from_plain(DocumentRecord, data, where="document")
    except (OSError, ValueError):
        return None  # absent, stale or damaged: rebuilt, never trusted (JSONDecodeError is a ValueError)


def _write_cache(path: Path, record: DocumentRecord) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(records.to_plain(record), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


@dataclass(frozen=True, slots=True, kw_only=True)
class Precheck:
    failed: dict[Path, str]  # why each file that cannot be a document fails
    extracted: int  # documents extracted and cached
    source_bytes: int
    stage_seconds: dict[str, float]  # as Production's
    seconds: float  # wall time
    vocabulary: Vocabulary  # the one the files were extracted with: the build after the check takes it over


def extract_new_sources(settings: BuildSettings, paths: list[Path]) -> Precheck:
    """Extract sources just stored in corpus/sources and cache their records; say why each failed one fails.

    `nea-site add` runs this before its build, so a file that cannot be a document is refused alone (and removed
    by the caller) instead of failing the build of all; the build then finds the others' records in the cache.
    An unexpected error on one file (a bug) refuses that file too, with the error's text.
    """
    start = time.perf_counter()
    catalog = curation.read_catalog(settings.curated_dir)
    vocabulary = curation.read_vocabulary(settings.curated_dir)
    version = extraction_version(settings)
    todo: list[tuple[Path, str, curation.CuratedDocument | None]] = []
    failed: dict[Path, str] = {}
    stage_seconds = dict.fromkeys(STAGES, 0.0)
    extracted = total_bytes = 0
    for path in paths:
        entry = catalog.documents.get(path.name)
        key = _cache_key(path, hashlib.sha256(path.read_bytes()).hexdigest(), entry, vocabulary, version)
        if _read_cache(settings.cache_dir / f"{key}.json") is None:
            todo.append((path, key, entry))
    if not todo:
        return Precheck(
            failed=failed, extracted=0, source_bytes=0, stage_seconds=stage_seconds, seconds=0.0, vocabulary=vocabulary
        )
    outcomes = _extract_many(settings, vocabulary, [(path, entry) for path, _, entry in todo], refuse_crashes=True)
    for (path, key, _), outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, str):
            failed[path] = outcome
            continue
        record, size, seconds = outcome
        extracted += 1
        total_bytes += size
        for stage, spent in zip(STAGES, seconds, strict=True):
            stage_seconds[stage] += spent
        _write_cache(settings.cache_dir / f"{key}.json", record)
    return Precheck(
        failed=failed,
        extracted=extracted,
        source_bytes=total_bytes,
        stage_seconds=stage_seconds,
        seconds=time.perf_counter() - start,
        vocabulary=vocabulary,
    )
