"""BuildSettings: where a project keeps its corpus, templates, build folders and cache."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildSettings:
    project_dir: Path
    strict: bool = True
    jobs: int = 0  # extraction processes; 0 = one per core when the corpus is large

    @property
    def sources_dir(self) -> Path:
        """corpus/sources: inputs as received."""
        return self.project_dir / "corpus" / "sources"

    @property
    def curated_dir(self) -> Path:
        """corpus/curated: hand-edited data."""
        return self.project_dir / "corpus" / "curated"

    @property
    def lexicon_file(self) -> Path:
        """corpus/curated/lexicon.yml: the project's additions to the package's word lists (may be absent)."""
        return self.curated_dir / "lexicon.yml"

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

    @property
    def cache_dir(self) -> Path:
        """.nea-cache/: extraction results by content hash (safe to delete)."""
        return self.project_dir / ".nea-cache"

    @property
    def page_cache_dir(self) -> Path:
        """.nea-cache/pages/: each page's HTML from the last builds, reused for pages that did not change."""
        return self.cache_dir / "pages"
