"""BuildSettings and run_build(): the stages in order, writing to staging dirs swapped in on success."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nea_site import ingest, parse, records, render
from nea_site.errors import NeaSiteError, SourceError
from nea_site.mkdocs_build import run_mkdocs
from nea_site.model import LANGS, DocumentRecord, Lang

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildSettings:
    project_dir: Path
    strict: bool = True

    @property
    def sources_dir(self) -> Path:
        """corpus/sources: inputs as received."""
        return self.project_dir / "corpus" / "sources"

    @property
    def curated_dir(self) -> Path:
        """corpus/curated: hand-edited data."""
        return self.project_dir / "corpus" / "curated"

    @property
    def records_dir(self) -> Path:
        """corpus/records: generated YAML records."""
        return self.project_dir / "corpus" / "records"

    @property
    def templates_dir(self) -> Path:
        """templates/: page templates, labels and theme overrides."""
        return self.project_dir / "templates"

    @property
    def build_dir(self) -> Path:
        """build/: generated Markdown and per-language MkDocs configs."""
        return self.project_dir / "build"

    @property
    def site_dir(self) -> Path:
        """site/: the built HTML site, one folder per language."""
        return self.project_dir / "site"


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildResult:
    documents: int
    pages: dict[Lang, int]


def make_records(settings: BuildSettings) -> list[DocumentRecord]:
    """Ingest, parse and merge curated metadata for every source; all source errors are reported at once."""
    paths = ingest.discover_sources(settings.sources_dir)
    if not paths:
        raise SourceError(settings.sources_dir, "no source files found", hint="add a document with `nea-site add FILE`")
    catalog = records.read_catalog(settings.curated_dir)
    problems: list[str] = []
    result: list[DocumentRecord] = []
    for path in paths:
        try:
            source = ingest.read_source(path)
        except SourceError as exc:
            problems.append(str(exc))
            continue
        document = parse.parse_document(source)
        result.append(records.merge_metadata(document, catalog.documents.get(path.name), sha256=source.sha256))
    if problems:
        raise NeaSiteError("\n".join(problems))
    return result


def run_build(settings: BuildSettings) -> BuildResult:
    """Sources -> records -> Markdown -> two MkDocs builds; records and site change only if all succeed."""
    built = make_records(settings)
    records_staging = records.stage_records(built, settings.records_dir.with_name("records.staging"))
    try:
        pages = _render_site(settings, built)
        site_staging = settings.project_dir / "site.staging"
        _build_html(settings, site_staging)
    except BaseException:
        shutil.rmtree(records_staging, ignore_errors=True)
        raise
    records.swap_dir(records_staging, settings.records_dir)
    records.swap_dir(site_staging, settings.site_dir)
    return BuildResult(documents=len(built), pages=pages)


def _render_site(settings: BuildSettings, built: list[DocumentRecord]) -> dict[Lang, int]:
    build_dir = settings.build_dir
    if build_dir.exists():
        shutil.rmtree(build_dir)
    build_dir.mkdir(parents=True)
    pages: dict[Lang, int] = {}
    for lang in LANGS:
        pages[lang] = render.render_language(built, lang, settings.templates_dir, build_dir / "docs" / lang)
        config = render.mkdocs_config(
            lang,
            settings.templates_dir,
            base_config="../mkdocs.yml",
            theme_dir="../templates/theme",
            docs_dir=f"docs/{lang}",
            site_dir=f"../site.staging/{lang}",
        )
        (build_dir / f"mkdocs.{lang}.yml").write_text(
            yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return pages


def _build_html(settings: BuildSettings, site_staging: Path) -> None:
    if site_staging.exists():
        shutil.rmtree(site_staging)
    site_staging.mkdir(parents=True)
    try:
        run_mkdocs(
            [settings.build_dir / f"mkdocs.{lang}.yml" for lang in LANGS],
            cwd=settings.project_dir,
            strict=settings.strict,
        )
        (site_staging / "index.html").write_text(_ROOT_REDIRECT, encoding="utf-8")
    except BaseException:
        shutil.rmtree(site_staging, ignore_errors=True)
        raise


_ROOT_REDIRECT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northeast Asia Cooperation Research Corpus</title>
<meta http-equiv="refresh" content="0; url=en/"><link rel="canonical" href="en/"></head>
<body><p><a href="en/" hreflang="en">English</a> · <a href="zh/" hreflang="zh">中文</a></p></body></html>
"""


def export_json(settings: BuildSettings) -> dict[str, Any]:
    """All records as one JSON-ready object; uses corpus/records, building them first if absent."""
    if not (settings.records_dir / "documents").is_dir():
        records.write_records(make_records(settings), settings.records_dir)
    stored = records.read_records(settings.records_dir)
    return {
        "documents": [
            {
                "id": r.id,
                "source": r.source,
                "title": {"en": r.title.en, "zh": r.title.zh},
                "authors": list(r.meta.authors),
                "published": r.meta.published,
                "language": r.lang,
                "url": {lang: render.site_url("document", lang, r.id) for lang in LANGS},
                **({"original_name": r.original_name} if r.original_name else {}),
            }
            for r in stored
        ]
    }


def dump_json(data: dict[str, Any]) -> str:
    """Stable JSON text for an export."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
