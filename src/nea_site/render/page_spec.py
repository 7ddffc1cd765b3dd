"""PageSpec: what to render (template and context) and where (docs-relative path)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    uri: str  # docs-relative Markdown path, e.g. "documents/001.md"
    template: str  # e.g. "pages/document.md.j2"
    context: dict[str, Any]
