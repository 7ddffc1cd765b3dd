"""Benchmark: N synthetic documents recombined from the seed paragraphs, built cold, timed against bare MkDocs.

repo's corpus/sources, curated/, templates/, mkdocs.yml -> a throwaway project -> report lines (the CLI prints them).
"""

from __future__ import annotations

import os
import random
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from nea_site.bench import search_bytes
from nea_site.bench.add_one import compose_seed, time_add_one
from nea_site.bench.explore_bytes import explore_report
from nea_site.bench.floor import floor_config, write_floor_configs
from nea_site.bench.sampling import SAMPLE_SECONDS, sampling
from nea_site.errors import BuildError
from nea_site.mkdocs_build import DEFAULT_SOURCE_DATE_EPOCH, mkdocs_command
from nea_site.pipeline import BuildResult, BuildSettings, run_build

# Wall-clock keys of BuildResult.timings, in pipeline order.
STAGES = ("produce", "records", "render", "mkdocs", "search")
# Per-document seconds summed over the extraction workers, then the cross-document grouping (wall seconds).
CORE_STAGES = ("ingest", "parse", "extract", "group")
STAGES_OF_EXTRACTION = CORE_STAGES[:3]
_STAGE_NAMES = {
    "ingest": "ingest (core-s)",
    "parse": "parse (core-s)",
    "extract": "extract (core-s)",
    "group": "group (s)",
    "produce": "sources->records",
    "records": "records (YAML)",
    "render": "render",
    "mkdocs": "mkdocs",
    "search": "search index",
}
LANG_CODES = ("en", "zh")
MB = 1024 * 1024
DOC_BYTES = (5_000, 30_000)  # UTF-8 size range of a synthetic document
HEADINGS = (3, 6)  # numbered headings per document
MIN_PARAGRAPH_CHARS = {"en": 200, "zh": 80}
_HAN_NUMERALS = "一二三四五六七八九"
_SENTENCE_ENDS = (".", "。", "!", "！", "?", "？", "”", '"', "」", "；")
_TITLES = {"en": "Synthetic Benchmark Document {n}", "zh": "基准测试合成文档第{n}号"}
_HEADING_TEMPLATES = {"en": "{n}. Section {n}", "zh": "{han}、第{n}部分"}


def run_bench(docs: int, *, keep: Path | None, runs: int = 3, repo_dir: Path, add_one: bool = False) -> list[str]:
    """Build a synthetic corpus of `docs` documents, time `runs` cold builds and bare MkDocs runs, report.

    The last line is `bench docs=N build_s=… bare_mkdocs_s=… ratio=… extract_mb_s=… peak_rss_mb=… pages=…
    ms_per_page=… median_page_kb=…`. With `keep`, the project stays there (an ordinary nea_site project). With
    `add_one`, one more document is then added with `nea-site add` and the incremental rebuild is timed.
    """
    if docs < 1 or runs < 1:
        raise BuildError(f"bench needs at least one document and one run (got docs={docs}, runs={runs})")
    if keep is not None:
        if keep.exists() and any(keep.iterdir()):
            raise BuildError(f"{keep}: folder is not empty\n  hint: give --keep a new or empty folder")
        return _bench_in(keep.resolve(), docs, runs, repo_dir, kept=True, add_one=add_one)
    with tempfile.TemporaryDirectory(prefix="nea-bench-") as tmp:
        return _bench_in(Path(tmp) / "project", docs, runs, repo_dir, kept=False, add_one=add_one)


def _bench_in(project: Path, docs: int, runs: int, repo_dir: Path, *, kept: bool, add_one: bool) -> list[str]:
    start = time.perf_counter()
    seeds = sorted(p for p in (repo_dir / "corpus" / "sources").iterdir() if p.is_file() and not p.name.startswith("."))
    pool = _collect_paragraphs(seeds)
    _lay_out_project(project, repo_dir)
    counts = _write_corpus(project / "corpus" / "sources", docs, pool)
    setup_s = time.perf_counter() - start
    settings = BuildSettings(project_dir=project)
    floor = _floor_command()
    builds: list[_BuildRun] = []
    floors: list[_FloorRun] = []
    for _ in range(runs):  # interleaved, so drift in machine load touches both sides alike
        builds.append(_time_build(settings))
        floors.append(_time_floor(project, floor))
    lines = [
        f"bench: {docs} synthetic documents ({counts['en']} en, {counts['zh']} zh) from "
        f"{sum(len(p) for p in pool.values())} paragraphs of {len(seeds)} seed files; "
        f"{builds[-1].result.source_bytes / MB:.2f} MB of text; set up in {setup_s:.1f} s",
        f"project: {project}" + ("" if kept else " (deleted afterwards; keep it with --keep DIR)"),
        f"floor: {floor}",
        f"runs: {runs} pipeline builds (cold: .nea-cache deleted before each) interleaved with {runs} floor runs",
    ]
    report = _format_report(docs, builds, floors, project / "site")
    report[-1:-1] = search_bytes.report_lines(project / "site")  # the first search result, in Chromium

    report[-1:-1] = explore_report(project / "site")  # the Explore page's bytes to first result, in Chromium
    if add_one:
        report.insert(-1, _time_add_one(settings, docs, pool, floor, kept=kept))
    return lines + report


def _time_add_one(settings: BuildSettings, docs: int, pool: dict[str, list[str]], floor: str, *, kept: bool) -> str:
    """Add document N+1 to the built project with `nea-site add` and time it against bare MkDocs after it."""
    index = docs + 1
    lang = LANG_CODES[(index - 1) % 2]
    text = _compose_document(index, lang, pool[lang], compose_seed(docs))
    return time_add_one(
        settings,
        text,
        f"bench-{index:05d}-{lang}.txt",
        floor=lambda: _time_floor(settings.project_dir, floor, clear=False).seconds,
        stage_names=_STAGE_NAMES,
        stages=STAGES,
        keep_before=kept,
    )


def _collect_paragraphs(seeds: list[Path]) -> dict[str, list[str]]:
    """Body paragraphs of the seed texts by script (some sources put one paragraph per line, others hard-wrap)."""
    pool: dict[str, list[str]] = {lang: [] for lang in LANG_CODES}
    for path in seeds:
        for paragraph in _split_paragraphs(path.read_text(encoding="utf-8-sig", errors="replace")):
            lang = _script_of(paragraph)
            if lang is not None and _is_body_paragraph(paragraph, lang):
                pool[lang].append(paragraph)
    for lang, paragraphs in pool.items():
        if not paragraphs:
            raise BuildError(f"no {lang} body paragraphs in the seed sources {[p.name for p in seeds]}")
    return pool


def _split_paragraphs(text: str) -> list[str]:
    """Blank lines end a paragraph, and so does a line that ends a sentence."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            lines.append(line.rstrip())  # hard wraps are kept: the parser's rejoining is part of the work
        if lines and (not stripped or stripped.endswith(_SENTENCE_ENDS)):
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    return paragraphs


def _script_of(text: str) -> str | None:
    """Return "zh" when Han characters dominate the letters, "en" when there are almost none, else None (mixed)."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if han + latin == 0:
        return None
    share = han / (han + latin)
    return "zh" if share >= 0.6 else "en" if share <= 0.02 else None


def _is_body_paragraph(text: str, lang: str) -> bool:
    """Long prose that starts with a letter or a quote: no headings, outline numbers, labels or footnotes."""
    head = text.lstrip()
    if len(head) < MIN_PARAGRAPH_CHARS[lang]:
        return False
    if not (head[0].isalpha() or head[0] in "“\"‘'"):
        return False  # "1.", "#", "（一）", "【Abstract】", "[1]", "①"
    return not (head[0] in _HAN_NUMERALS and "、" in head[1:4])  # "一、" outline numbering


def _lay_out_project(project: Path, repo_dir: Path) -> None:
    project.mkdir(parents=True, exist_ok=True)
    shutil.copytree(repo_dir / "templates", project / "templates")
    shutil.copy(repo_dir / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(repo_dir / "corpus" / "curated", project / "corpus" / "curated")
    (project / "corpus" / "sources").mkdir(parents=True)


def _write_corpus(sources_dir: Path, docs: int, pool: dict[str, list[str]]) -> dict[str, int]:
    """Even-numbered documents English, odd ones Chinese; deterministic for a given N."""
    rng = random.Random(f"nea-bench-{docs}")
    counts = dict.fromkeys(LANG_CODES, 0)
    for index in range(1, docs + 1):
        lang = LANG_CODES[(index - 1) % 2]
        counts[lang] += 1
        text = _compose_document(index, lang, pool[lang], rng)
        (sources_dir / f"bench-{index:05d}-{lang}.txt").write_text(text, encoding="utf-8")
    return counts


def _compose_document(index: int, lang: str, paragraphs: list[str], rng: random.Random) -> str:
    """A title line, then paragraphs drawn without repetition up to a random size, under numbered headings."""
    target = rng.randint(*DOC_BYTES)
    chosen: list[str] = []
    size = 0
    for paragraph in rng.sample(paragraphs, len(paragraphs)):
        if size >= target:
            break
        chosen.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    headings = min(rng.randint(*HEADINGS), len(chosen))
    starts = {round(k * len(chosen) / headings): k + 1 for k in range(headings)}
    blocks = [_TITLES[lang].format(n=index)]
    for position, paragraph in enumerate(chosen):
        if position in starts:
            n = starts[position]
            blocks.append(_HEADING_TEMPLATES[lang].format(n=n, han=_HAN_NUMERALS[n - 1]))
        blocks.append(paragraph)
    return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class _BuildRun:
    seconds: float
    result: BuildResult
    peaks: dict[str, tuple[int, int]]  # stage (and "build") -> (self + children, children) peak RSS in bytes


@dataclass(frozen=True, slots=True, kw_only=True)
class _FloorRun:
    seconds: float
    peak: tuple[int, int]


def _time_build(settings: BuildSettings) -> _BuildRun:
    shutil.rmtree(settings.cache_dir, ignore_errors=True)  # cold: every document is extracted again
    shutil.rmtree(settings.project_dir / "site.staging", ignore_errors=True)
    with sampling() as sampler:
        start = time.perf_counter()
        result = run_build(settings)
        seconds = time.perf_counter() - start
    peaks = {"build": sampler.peak(start, start + seconds)}
    edge = start
    for stage in STAGES:  # the stages run back to back, so their windows follow from the durations
        peaks[stage] = sampler.peak(edge, edge + result.timings.get(stage, 0.0))
        edge += result.timings.get(stage, 0.0)
    return _BuildRun(seconds=seconds, result=result, peaks=peaks)


def _floor_command() -> str:
    """Both per-language MkDocs builds of the generated configs, in parallel, failing if either fails."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
    builds = [shlex.join(mkdocs_command(floor_config(lang))) for lang in LANG_CODES]
    started = " ".join(f"{command} & {lang}=$!;" for command, lang in zip(builds, LANG_CODES, strict=True))
    waited = " && ".join(f"wait ${lang}" for lang in LANG_CODES)
    return f"export SOURCE_DATE_EPOCH={epoch}; {started} {waited}"


def _time_floor(project: Path, command: str, *, clear: bool = True) -> _FloorRun:
    """Run the floor command into site.staging (removed afterwards unless `clear` is false)."""
    shutil.rmtree(project / "site.staging", ignore_errors=True)
    write_floor_configs(project, LANG_CODES)  # the generated configs with MkDocs' search (bench/floor.py)
    with sampling() as sampler:
        start = time.perf_counter()
        done = subprocess.run(command, shell=True, cwd=project, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise BuildError(f"{project}: the floor command failed (exit {done.returncode}):\n{done.stderr.strip()}")
    if clear:
        shutil.rmtree(project / "site.staging", ignore_errors=True)
    return _FloorRun(seconds=seconds, peak=sampler.peak(start, start + seconds))


def _format_report(docs: int, builds: list[_BuildRun], floors: list[_FloorRun], site_dir: Path) -> list[str]:
    build_s = statistics.median(b.seconds for b in builds)
    floor_s = statistics.median(f.seconds for f in floors)
    stage_s = {stage: statistics.median(b.result.timings.get(stage, 0.0) for b in builds) for stage in STAGES}
    sampled = any(b.peaks["build"][0] for b in builds)
    rows = [("stage", "median s", "min-max s", "share", "peak RSS MB", "children MB")]
    for stage in CORE_STAGES:
        values = [b.result.timings.get(stage, 0.0) for b in builds]
        rows.append((_STAGE_NAMES[stage], *_spread(values), "", "", ""))
    for stage in STAGES:
        values = [b.result.timings.get(stage, 0.0) for b in builds]
        rows.append(
            (_STAGE_NAMES[stage], *_spread(values), f"{stage_s[stage] / build_s:.0%}", *_peak_cells(builds, stage))
        )
    other = [b.seconds - sum(b.result.timings.get(s, 0.0) for s in STAGES) for b in builds]
    rows.append(("other (swap)", *_spread(other), f"{statistics.median(other) / build_s:.0%}", "", ""))
    rows.append(("build total", *_spread([b.seconds for b in builds]), "100%", *_peak_cells(builds, "build")))
    floor_peak = (max(f.peak[0] for f in floors), max(f.peak[1] for f in floors))
    rows.append(("floor", *_spread([f.seconds for f in floors]), f"{floor_s / build_s:.0%}", *_mb_cells(floor_peak)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    table = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * unit
    peak_bytes = max(b.peaks["build"][0] for b in builds) if sampled else max(self_peak, child_peak)
    memory = (
        f"memory: peak RSS sampled from /proc every {SAMPLE_SECONDS * 1000:.0f} ms, max over runs: this process + "
        "all its child processes at one instant (extraction workers, the two MkDocs builds); children MB is their "
        "part. A lower bound: no sample is taken while a long C call holds the GIL; getrusage's high-water mark of "
        f"this process over the whole bench is {self_peak / MB:.0f} MB."
        if sampled
        else "memory: no /proc here, so peak_rss_mb is getrusage's high-water mark of this process or of its largest "
        "child, whichever is higher; stage cells are n/a."
    )
    html = {lang: sorted((site_dir / lang).rglob("*.html")) for lang in LANG_CODES}
    sizes = [p.stat().st_size for paths in html.values() for p in paths]
    pages = len(sizes)
    markdown = {str(lang): n for lang, n in builds[-1].result.pages.items()}
    median_kb = statistics.median(sizes) / 1024 if sizes else 0.0
    text_mb = builds[-1].result.source_bytes / MB
    core_s = {stage: statistics.median(b.result.timings.get(stage, 0.0) for b in builds) for stage in CORE_STAGES}
    extract_mb_s = text_mb / core_s["extract"] if core_s["extract"] else 0.0
    throughput = (
        f"throughput per core (MB of source text per second of one core): extract {extract_mb_s:.2f}, "
        + ", ".join(f"{s} {text_mb / core_s[s]:.2f}" for s in ("ingest", "parse") if core_s[s])
        + (
            f", ingest+parse+extract {text_mb / sum(core_s[s] for s in STAGES_OF_EXTRACTION):.2f}; "
            "sources->records wall "
            f"{text_mb / stage_s['produce']:.2f} MB/s (worker start-up and the segmenter's dictionary load included)"
            if stage_s["produce"]
            else ""
        )
    )
    return [
        *table,
        "core-s rows: CPU seconds (the working thread's) summed over documents, as one core spends them, time "
        "spent waiting for a core not counted; the extraction workers run them in parallel inside sources->records.",
        throughput,
        memory,
        "pages: "
        + ", ".join(f"{lang} {len(html[lang])} HTML ({markdown[lang]} Markdown)" for lang in LANG_CODES)
        + f"; {sum(sizes) / MB:.1f} MB of HTML",
        f"bench docs={docs} build_s={build_s:.2f} bare_mkdocs_s={floor_s:.2f} ratio={build_s / floor_s:.2f} "
        f"extract_mb_s={extract_mb_s:.3f} peak_rss_mb={peak_bytes / MB:.0f} pages={pages} "
        f"ms_per_page={build_s * 1000 / pages if pages else 0.0:.1f} median_page_kb={median_kb:.1f}",
    ]


def _spread(values: list[float]) -> tuple[str, str]:
    return f"{statistics.median(values):.2f}", f"{min(values):.2f}-{max(values):.2f}"


def _peak_cells(builds: list[_BuildRun], key: str) -> tuple[str, str]:
    return _mb_cells((max(b.peaks[key][0] for b in builds), max(b.peaks[key][1] for b in builds)))


def _mb_cells(peak: tuple[int, int]) -> tuple[str, str]:
    return (f"{peak[0] / MB:.0f}", f"{peak[1] / MB:.0f}") if peak[0] else ("n/a", "n/a")
