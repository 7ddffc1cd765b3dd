"""The names of a paged list's pages (render/paging.py) in one language: "2010s", "March 2019", "Documents x…"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from nea_site.model import Lang, PartialDate
from nea_site.render.format import format_date
from nea_site.render.labels import Labels
from nea_site.render.paging import PageSlice

T = TypeVar("T")


def date_label(t: Labels, lang: Lang) -> Callable[[tuple[str, ...]], str]:
    """The name of a page of a list paged by date (paging.date_levels): "2010s", "March 2019", "Undated"."""

    def name(part: str) -> str:
        if part == "undated":
            return t("page_undated")
        if part.endswith("0s"):
            return format_date(PartialDate(year=int(part[:-1])), "decade", lang)
        date = PartialDate.from_iso(part)
        return format_date(date, date.precision, lang)

    return lambda parts: " · ".join(name(p) for p in parts)


def document_label(t: Labels) -> Callable[[tuple[str, ...]], str]:
    """The name of a page of a list paged by document id (paging.id_levels): "Documents bench-001…"."""
    return lambda parts: " · ".join(t("page_documents").format(prefix=p) for p in parts)


def paged_title(title: str, page: PageSlice[T], label: Callable[[tuple[str, ...]], str]) -> str:
    return f"{title} · {label(page.parts)}" if page.parts else title
