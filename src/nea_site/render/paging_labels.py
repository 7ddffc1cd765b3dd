"""The names of a paged list's pages (render/paging.py) in one language: "2010s", "March 2019", "Documents x…"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from nea_site.model import Lang, PartialDate
from nea_site.render.format import format_date
from nea_site.render.labels import Labels
from nea_site.render.paging import PageLabel, PageSlice

T = TypeVar("T")


def spanned(name: Callable[[str], str]) -> PageLabel:
    """A page's name from the names of its keys; a page holding several subgroups names its first and last."""

    def label(parts: tuple[str, ...], until: str) -> str:
        names = [name(p) for p in parts]
        if until and names:
            names[-1] = f"{names[-1]} – {name(until)}"
        return " · ".join(names)

    return label


def date_label(t: Labels, lang: Lang) -> PageLabel:
    """The name of a page of a list paged by date (paging.date_levels): "2010s", "March 2019", "Undated"."""

    def name(part: str) -> str:
        if part == "undated":
            return t("page_undated")
        if part.endswith("0s"):
            return format_date(PartialDate(year=int(part[:-1])), "decade", lang)
        date = PartialDate.from_iso(part)
        return format_date(date, date.precision, lang)

    return spanned(name)


def document_label(t: Labels) -> PageLabel:
    """The name of a page of a list paged by document id (paging.id_levels): "Documents bench-001…"."""
    ranges = spanned(lambda prefix: f"{prefix}…")
    return lambda parts, until: t("page_documents").format(range=ranges(parts, until))


def paged_title(title: str, page: PageSlice[T], label: PageLabel) -> str:
    return f"{title} · {label(page.parts, page.until)}" if page.parts else title
