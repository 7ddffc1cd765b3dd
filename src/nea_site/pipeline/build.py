"""run_build(): the stages in order, writing to staging folders that are swapped in only when all succeeded."""

from __future__ import annotations

import ctypes
import datetime
import gc
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from nea_site import curation, extract, records, render, search
from nea_site.errors import BuildError
from nea_site.mkdocs_build import DEFAULT_SOURCE_DATE_EPOCH, compact_search_index, run_mkdocs
from nea_site.model import LANGS, DocumentRecord, Event, Lang, Vocabulary
from nea_site.pipeline.parallel import Forked, run_forked
from nea_site.pipeline.produce import extraction_version, produce_records
from nea_site.pipeline.settings import BuildSettings
from nea_site.pipeline.sync import sync_tree
from nea_site.pipeline.timing import StageClock

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildResult:
    documents: int
    extracted: int
    pages: dict[Lang, int]
    # Wall seconds of "produce" (sources -> records in memory), "records" (YAML written), "render", "mkdocs";
    # "ingest", "parse", "extract": seconds summed over the documents extracted (one core's time, run in parallel).
    timings: dict[str, float] = field(default_factory=dict)
    source_bytes: int = 0


def run_build(
    settings: BuildSettings,
    *,
    before_swap: Callable[[], None] | None = None,
    vocabulary: Vocabulary | None = None,
) -> BuildResult:
    """Sources -> records -> Markdown -> one MkDocs build per language; records and site change only on success.

    `vocabulary`: the project's, read by the caller just before (`nea-site add`), so that it is read once.
    """
    clock = StageClock()
    with clock.stage("produce"):
        production = produce_records(settings, vocabulary)
    clock.add(production.stage_seconds)
    records_staging = settings.records_dir.with_name("records.staging")
    site_staging = settings.project_dir / "site.staging"
    # The ledger of published record ids: the old permalink of one this build no longer has gets a page.
    ledger_path = settings.records_dir.with_name(render.LEDGER_FILE)
    ledger, withdrawn = render.update_ledger(render.read_ledger(ledger_path), production.records)
    downloads: _Downloads | None = None
    try:
        digests: dict[str, str] = {}  # record id -> digest of its data: render keys the pages it keeps by them
        with clock.stage("records"):
            # The downloads need no digest: their children start now and work while the YAML records are written.
            downloads = _start_downloads(settings, production.records, production.vocabulary)
            records.stage_records(
                production.records,
                records_staging,
                cache_dir=settings.cache_dir / "records",
                digests=digests,
                keys=production.record_keys,
            )
        with clock.stage("render"):
            folder, previous = settings.cache_dir / "render", settings.build_dir / "docs"
            cache = render.RenderCache(folder, extraction_version(settings), digests, previous)
            pages = _render(settings, production.records, downloads, tuple(withdrawn), cache)
        documents, extracted, source_bytes = len(production.records), production.extracted, production.source_bytes
        del production
        _release_memory()
        with clock.stage("mkdocs"):
            _build_html(settings, site_staging)
        with clock.stage("search"):
            _build_search(settings, site_staging)
        if before_swap is not None:
            before_swap()  # a hook for tests that interrupt a build at its last moment
    except BaseException:
        if downloads is not None:
            downloads.stop()
        shutil.rmtree(records_staging, ignore_errors=True)
        shutil.rmtree(_render_staging(settings), ignore_errors=True)
        shutil.rmtree(site_staging, ignore_errors=True)
        raise
    records.swap_dir(records_staging, settings.records_dir)
    records.swap_dir(site_staging, settings.site_dir)
    render.write_ledger(ledger_path, ledger)
    return BuildResult(
        documents=documents, extracted=extracted, pages=pages, timings=clock.seconds, source_bytes=source_bytes
    )


def _release_memory() -> None:
    """Give the records' memory back before the MkDocs processes start (at N=500: 169 -> 128 MB of RSS).

    The records hold reference cycles, so a collection frees them; glibc then returns the freed heap to the OS.
    """
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the memory is reused by this process, not returned


@dataclass(slots=True)
class _Downloads:
    """The JSON and CSV downloads and the SQLite release, being written in forked children into `build_dir`."""

    build_dir: Path
    vocabulary: Vocabulary
    date: str
    tasks: list[Forked[None]]

    def wait(self) -> None:
        for task in self.tasks:
            task.result()

    def stop(self) -> None:
        for task in self.tasks:
            task.stop()


def _start_downloads(
    settings: BuildSettings, built: list[DocumentRecord], vocabulary: Vocabulary | None = None
) -> _Downloads:
    """Start writing the downloads into a fresh scratch folder (synced into build/ by `_render`).

    The JSON and CSV downloads and the SQLite release are written once, by their own child, from one export of
    the records (made in each language's child, they took ~140 MB more per child at N=500; made in two children,
    the export was computed twice). They need no digest of the records, so the child starts before the YAML
    records are written (a stage of this process alone) and works beside it. The database's Chinese words for
    its full-text index are kept in `.nea-cache/sqlite/` (an add cuts only its own texts).
    """
    build_dir = _fresh_build_dir(settings)
    if vocabulary is None:  # the one the records were made with, else read (0.4-0.8 s at N=500)
        vocabulary = curation.read_vocabulary(settings.curated_dir)
    search_words = extract.search_dictionary(vocabulary)
    date = build_date()
    render.write_search_words(build_dir, search_words)

    def write_downloads() -> None:
        render.write_data_files(
            built,
            vocabulary,
            build_dir,
            search_words=search_words,
            build_date=date,
            manifest=False,  # written last, when the languages' reference files are there too
            words_cache=settings.cache_dir / "sqlite",
        )

    return _Downloads(build_dir, vocabulary, date, [Forked(write_downloads)])


def _render(
    settings: BuildSettings,
    built: list[DocumentRecord],
    downloads: _Downloads,
    withdrawn: tuple[render.Withdrawal, ...] = (),
    cache: render.RenderCache | None = None,
) -> dict[Lang, int]:
    """Write build/: each language's pages in forked children, beside the downloads' children (`_start_downloads`).

    The children work at the same time; they inherit the records instead of receiving a pickled copy, and the
    memory that rendering takes (every row of every page, the segmenter dictionary of the database's index)
    leaves with them instead of staying in this process while MkDocs runs. The manifest of all downloads comes
    last.
    """
    build_dir, vocabulary = downloads.build_dir, downloads.vocabulary

    def render_pages(lang: Lang) -> Callable[[], int]:
        return lambda: _render_language(settings, built, vocabulary, withdrawn, lang, build_dir, cache)

    counts = run_forked([render_pages(lang) for lang in LANGS])
    downloads.wait()
    pages = {lang: count for lang, count in zip(LANGS, counts, strict=True) if count is not None}
    render.write_manifest(build_dir, vocabulary, build_date=downloads.date)
    changed = sync_tree(build_dir, settings.build_dir)  # unchanged files keep their bytes and mtimes
    log.info("render: %d files of %s written or removed", changed, settings.build_dir)
    return pages


def build_date() -> str:
    """The build's date for the downloads' manifest: the fixed source date MkDocs is given, never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
    try:
        moment = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise BuildError(f"SOURCE_DATE_EPOCH={epoch!r} is no Unix time in seconds: {exc}") from exc
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _fresh_build_dir(settings: BuildSettings) -> Path:
    """An empty folder beside build/ (same depth: the configs' relative paths hold in both) to render into."""
    build_dir = _render_staging(settings)
    if build_dir.exists():
        shutil.rmtree(build_dir)
    build_dir.mkdir(parents=True)
    return build_dir


def _render_staging(settings: BuildSettings) -> Path:
    return settings.build_dir.with_name(settings.build_dir.name + ".staging")


def _render_language(
    settings: BuildSettings,
    built: list[DocumentRecord],
    vocabulary: Vocabulary,
    withdrawn: tuple[render.Withdrawal, ...],
    lang: Lang,
    build_dir: Path,
    cache: render.RenderCache | None = None,
) -> int:
    # In the forked child: the inherited records (millions of objects) leave the collector's generations, so
    # the collections that rendering's allocations set off do not walk them again and again.
    gc.freeze()
    return render.render_language(
        built,
        vocabulary,
        settings.templates_dir,
        build_dir,
        lang,
        focus=curation.read_focus_countries(settings.curated_dir),
        site_url=_base_site_url(settings),
        scores=curation.read_scores(settings.curated_dir),
        withdrawn=withdrawn,
        cache=cache,
    )


def _base_site_url(settings: BuildSettings) -> str:
    """site_url of the project's mkdocs.yml (the folder that holds en/ and zh/)."""
    path = settings.project_dir / "mkdocs.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError(f"{path}: cannot read the MkDocs base config: {exc}") from exc
    url = data.get("site_url") if isinstance(data, dict) else None
    return str(url) if url else "http://127.0.0.1:8000/"


def _build_html(settings: BuildSettings, site_staging: Path) -> None:
    if site_staging.exists():
        shutil.rmtree(site_staging)
    site_staging.mkdir(parents=True)
    run_mkdocs(
        [settings.build_dir / f"mkdocs.{lang}.yml" for lang in LANGS],
        cwd=settings.project_dir,
        strict=settings.strict,
        page_cache=settings.page_cache_dir,
    )
    for lang in LANGS:
        compact_search_index(site_staging / lang)
    (site_staging / "index.html").write_text(_ROOT_REDIRECT, encoding="utf-8")


def _build_search(settings: BuildSettings, site_staging: Path) -> None:
    """Each language site's Pagefind index, the two written at the same time in forked children."""
    cache = settings.cache_dir / "search"

    def index(lang: Lang) -> Callable[[], int]:
        return lambda: search.build_search_index(site_staging / lang, lang, cache_dir=cache)

    run_forked([index(lang) for lang in LANGS])


_ROOT_REDIRECT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>nea_site</title>
<meta http-equiv="refresh" content="0; url=en/"><link rel="canonical" href="en/"></head>
<body><p><a href="en/" hreflang="en">English</a> · <a href="zh/" hreflang="zh">中文</a></p></body></html>
"""


def load_records(settings: BuildSettings) -> list[DocumentRecord]:
    """The stored records; written first from the sources when corpus/records is absent."""
    if not (settings.records_dir / "documents").is_dir():
        records.write_records(produce_records(settings).records, settings.records_dir)
    return records.read_records(settings.records_dir)


def export_json(settings: BuildSettings) -> render.Export:
    """All records as one JSON-ready object; uses corpus/records, building them first if absent."""
    return render.build_export(load_records(settings), curation.read_vocabulary(settings.curated_dir))


def dump_json(data: render.Export) -> str:
    """Stable JSON text for an export."""
    return render.dump_json(data)


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateLine:
    surface: str
    tag: str
    count: int
    sources: tuple[str, ...]


def list_candidates(settings: BuildSettings) -> list[CandidateLine]:
    """Names outside the vocabulary, most frequent first, with the documents they occur in."""
    counts: dict[tuple[str, str], list[str]] = {}
    ignored = curation.read_candidate_ignore_list(settings.curated_dir)
    extractor = extract.make_extractor(curation.read_vocabulary(settings.curated_dir))
    for record in load_records(settings):
        for candidate in extract.find_document_candidates(record, extractor):
            if candidate.surface in ignored:
                continue
            counts.setdefault((candidate.surface, candidate.tag), []).append(record.source)
    lines = [
        CandidateLine(surface=s, tag=t, count=len(srcs), sources=tuple(sorted(set(srcs))))
        for (s, t), srcs in counts.items()
    ]
    return sorted(lines, key=lambda c: (-c.count, c.surface))


def list_missing_translations(settings: BuildSettings) -> list[tuple[str, str, str, str]]:
    """(record id, kind, source file, source-language text) of every record lacking a language.

    Events, claims (one row per sentence) and discovered actors; an actor's other name is given with
    `nea-site actors accept ID --en/--zh`.
    """
    missing: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for record in load_records(settings):
        for actor in record.discovered:
            if not (actor.name.en and actor.name.zh) and actor.id not in seen:
                seen.add(actor.id)
                missing.append((actor.id, "actor", record.source, actor.name.best("en")))
        for item in curation.missing_translations(record):
            if isinstance(item, Event):
                missing.append((item.id, "event", record.source, item.label.best("en")))
                continue
            key = curation.sentence_key(item.id)  # one translation serves every claim of a sentence
            if key not in seen:
                seen.add(key)
                missing.append((key, "claim", record.source, item.text.best("en")))
    return missing
