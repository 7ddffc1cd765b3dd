"""Sorted listing of the source files of a corpus."""

from __future__ import annotations

from pathlib import Path

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def discover_sources(sources_dir: Path) -> list[Path]:
    """Return the source files in `sources_dir`, sorted by name; hidden files are ignored."""
    if not sources_dir.is_dir():
        return []
    return sorted(
        (p for p in sources_dir.iterdir() if p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )
