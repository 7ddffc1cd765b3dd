"""The header drafted while parsing (`Header`), and how a name list or a written date is put into it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from nea_site import lexicon
from nea_site.model import FieldOrigin
from nea_site.text.header_patterns import LIST_SEPARATOR_RE
from nea_site.text.patterns import DATE_VALUE_RE

_LEXICON = lexicon.current()
MONTHS = list(_LEXICON.words("written_months", "en"))
MONTHS_SHORT = [month[:3].lower() for month in MONTHS]


@dataclass(slots=True)
class Header:
    """Metadata drafted from the header zone (mutable while parsing)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    place: str | None = None
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    author_notes: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    origins: dict[str, FieldOrigin] = field(default_factory=dict)
    dateline_month_day: tuple[int, int] | None = None
    credits: list[str] = field(default_factory=list)  # credit lines between header lines ("Editor: Wang Wu")
    parallel_title: str | None = None  # the title in the other language, from a closing title block
    parallel_abstract: str | None = None
    parallel_keywords: list[str] = field(default_factory=list)
    # A date alone over the title: a page's own date, or the site's "today" (a crawl's day); it dates the text only
    # when no header line under the title does (parse_header).
    date_over_title: str | None = None
    date_changed: str | None = None  # a change's date ("Updated: …"): the text's date when it states no other
    # A year closing the line under the title ("… Report, 2024"): the text's year when no date line follows; a
    # deck ending "… since 2019" names an earlier year, so a dated line under it wins.
    description_year: str | None = None


def split_names(value: str) -> list[str]:
    """Split an author line: "、"/","/";"/"and" separate names; CJK names are also split on spaces."""
    value = value.strip()
    parts = [p.strip() for p in LIST_SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) == 1 and all(not ch.isascii() for ch in value.replace(" ", "")):
        parts = value.split()
    return parts


def fold_korean_date(text: str) -> str:
    """A Korean date ("2020년 5월 15일") as "2020年5月15日", the form DATE_VALUE_RE reads."""
    return text.replace("년", "年").replace("월", "月").replace("일", "日")


_AGENCIES = frozenset(w.casefold() for w in lexicon.current().words("general_news_agencies"))


def is_agency(name: str) -> bool:
    """A news agency's name (lexicon general_news_agencies: "Xinhua", "Kyodo")."""
    return name.strip().casefold() in _AGENCIES


def split_agency(text: str) -> tuple[str, str | None]:
    """A line and the news agency closing it ("May 28, 2024 08:21 Xinhua" -> date line, "Xinhua"), if any."""
    head, _, last = text.rstrip().rpartition(" ")
    return (head, last) if head and last.casefold() in _AGENCIES else (text, None)


def take_place_date(header: Header, match: re.Match[str]) -> None:
    """The place and written date of a match ("Seoul, May 27, 2024", "Done at Seoul on 27 May 2024"), where unsaid.

    A dateline's month and day, once read, is the text's date: the match then gives its place only.
    """
    if match["place"].casefold() in _AGENCIES:  # "Xinhua, May 11, 2015": an agency and its date, no place
        if not header.outlet:
            header.outlet = match["place"]
            header.origins["outlet"] = "parsed"
    elif not header.place:
        header.place = match["place"]
        header.origins["place"] = "parsed"
    if not header.dateline_month_day:
        take_written_date(header, match)


def take_written_date(header: Header, match: re.Match[str]) -> None:
    """The date of a BYLINE_DATE_RE or POSTED_BY_RE match, when it has one and is a real day, as published."""
    published = written_iso(match)
    if published and not header.published:
        header.published = published
        header.origins["published"] = "parsed"


def written_iso(match: re.Match[str]) -> str | None:
    """ISO text of a match of the written-date forms ("May 26, 2024", "26 May 2024", "2024-05-26"), if a real day."""
    if match.groupdict().get("iso"):
        date = DATE_VALUE_RE.search(fold_korean_date(match["iso"]))
        published = iso_from_match(date) if date else None
    elif match["mon"] or match["mon2"]:
        month = MONTHS_SHORT.index((match["mon"] or match["mon2"])[:3].lower()) + 1
        published = f"{match['year'] or match['year2']}-{month:02d}-{int(match['day'] or match['day2']):02d}"
    else:
        return None
    return published if published and is_real_date(published) else None


ROC_YEAR_OFFSET = 1911  # the Republic of China's year 1 is 1912: 113 + 1911 = 2024


def is_real_date(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01-01"[:10])
    except ValueError:
        return False
    return True


def iso_from_match(match: re.Match[str]) -> str:
    """ISO text ("2023", "2023-11", "2023-11-08") of a DATE_VALUE_RE match."""
    groups = match.groupdict()
    out = str(groups["y"])
    if groups["m"]:
        out += f"-{int(groups['m']):02d}"
        if groups["d"]:
            out += f"-{int(groups['d']):02d}"
    return out
