"""`bench --add-one`: add document N+1 to the built project, time the rebuild against bare MkDocs, compare sites.

The bare MkDocs build (the floor command) is run on the pages as they are after the add, so both sides build the
same pages. The site the incremental rebuild wrote is compared file by file with a clean build (no cache) of a copy
of the project after the add: the bare MkDocs site differs by design (Material's search instead of the Pagefind
index, whose bundle the pipeline writes after MkDocs).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nea_site.pipeline import AddRequest, BuildSettings, add_document, run_build

LANG_CODES = ("en", "zh")
BEFORE_DIR = "bench-before-add"


def time_add_one(
    settings: BuildSettings,
    text: str,
    name: str,
    *,
    floor: Callable[[], float],
    stage_names: dict[str, str],
    stages: tuple[str, ...],
    keep_before: bool = False,
) -> str:
    """Add `text` as `name` with `nea-site add` (caches warm, as after a build); time it and the floor after it.

    `floor()` runs the bare MkDocs builds into site.staging and returns its seconds. With `keep_before`, the
    Markdown before the add stays in `bench-before-add/` (beside `bench-add-one-pages.txt`, which names the pages
    the add changed), to compare them. Returns the report line:
    `add one document: … add_s=… add_bare_mkdocs_s=… add_ratio=… identical_to_clean=yes|no`.
    """
    before = _markdown_digests(settings.build_dir)
    if keep_before:
        shutil.copytree(settings.build_dir / "docs", settings.project_dir / BEFORE_DIR / "docs", dirs_exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="nea-bench-add-") as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        build = add_document(settings, AddRequest(file=path)).build
        seconds = time.perf_counter() - start
    after = _markdown_digests(settings.build_dir)
    changed = _markdown_changes(before, after)
    (settings.project_dir / "bench-add-one-pages.txt").write_text(  # which pages the add changed, for a reader
        "".join(f"{_change(before.get(k), after.get(k))} {k}\n" for k in sorted(before.keys() | after.keys())),
        encoding="utf-8",
    )
    floor_s = floor()
    shutil.rmtree(settings.project_dir / "site.staging", ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="nea-bench-clean-") as tmp:
        differing = _differing_files(_clean_site(settings, Path(tmp)), settings.site_dir)
    stage_text = ", ".join(f"{stage_names[s]} {build.timings.get(s, 0.0):.1f} s" for s in stages)
    verdict = "yes" if not differing else f"no ({len(differing)} files differ, e.g. {differing[0]})"
    return (
        f"add one document: `nea-site add` of {name} to the {build.documents - 1} built ones re-extracted "
        f"{build.extracted} of {build.documents}; rebuild {seconds:.1f} s ({stage_text}; MkDocs "
        f"{build.timings.get('mkdocs', 0.0) / seconds:.0%} of it) against {floor_s:.1f} s for a bare MkDocs build "
        f"of the same pages; Markdown pages {changed}; the site compared file by file with a clean build: "
        f"add_s={seconds:.2f} add_bare_mkdocs_s={floor_s:.2f} add_ratio={seconds / floor_s:.2f} "
        f"identical_to_clean={verdict}"
    )


def _markdown_digests(build_dir: Path) -> dict[str, str]:
    """SHA-256 of each rendered Markdown page of both languages (build/docs/<lang>/…), by its build-relative path."""
    docs = build_dir / "docs"
    return {
        p.relative_to(docs).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(docs.rglob("*.md"))
        if p.is_file()
    }


def _markdown_changes(before: dict[str, str], after: dict[str, str]) -> str:
    """What an add did to the rendered Markdown: "changed=… new=… removed=… unchanged=…" (both languages)."""
    changed = sum(1 for k, v in after.items() if k in before and before[k] != v)
    new = sum(1 for k in after if k not in before)
    removed = sum(1 for k in before if k not in after)
    return f"changed={changed} new={new} removed={removed} unchanged={len(after) - changed - new}"


def _change(before: str | None, after: str | None) -> str:
    if before is None:
        return "new"
    if after is None:
        return "removed"
    return "same" if before == after else "changed"


def _clean_site(settings: BuildSettings, scratch: Path) -> Path:
    """The site of a clean build (no cache, no earlier site) of a copy of the project's corpus and templates."""
    copy = scratch / "project"
    shutil.copytree(
        settings.project_dir,
        copy,
        ignore=shutil.ignore_patterns(
            ".nea-cache", "site", "site.staging", "build", "build.staging", "bench-add-one-pages.txt", BEFORE_DIR
        ),
    )
    clean = BuildSettings(project_dir=copy, strict=settings.strict, jobs=settings.jobs)
    run_build(clean)
    return clean.site_dir


def _differing_files(clean: Path, built: Path) -> list[str]:
    """Files of each language site that differ between the clean build and the incremental one."""
    differing: list[str] = []
    for lang in LANG_CODES:
        a, b = _files(clean / lang), _files(built / lang)
        differing += sorted(f"{lang}/{rel}" for rel in a.keys() | b.keys() if a.get(rel) != b.get(rel))
    return differing


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def compose_seed(docs: int) -> random.Random:
    """The random source of the added document, fixed for a given N."""
    return random.Random(f"nea-bench-add-{docs}")
