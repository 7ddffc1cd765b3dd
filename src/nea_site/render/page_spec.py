"""PageSpec: what to render (template and context) and where (docs-relative path)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True, kw_only=True)
class PageContext:
    """What a page template receives: each page kind declares its fields in a subclass (render/*_pages)."""

    def variables(self) -> dict[str, object]:
        """The fields as the template's variables (shallow: rows stay objects, read by attribute)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    uri: str  # docs-relative Markdown path, e.g. "documents/001.md"
    template: str  # e.g. "pages/document.md.j2"
    context: PageContext
