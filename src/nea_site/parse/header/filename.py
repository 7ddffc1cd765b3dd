"""A date (and a title) in the source's file name, for a text that states none of its own.

Blog and static-site exports name a post by its day ("2019-03-14-summit.md", "summit-20190314.txt"), and saved
articles often carry their year ("summit-notes-2019.md"). The text itself outranks the name: the name's date is
taken only when neither the text, its front matter nor its dateline gave one, and it is marked inferred. It
outranks the newest year an encyclopedia's article names, which is only a lower bound. A text that opens with no
title of its own ("Introduction" over its first section) is named by its file's words ("icwa-trilateral-summit.txt"
gives "Icwa trilateral summit"), marked inferred; a name of numbers and hashes names nothing.
"""

from __future__ import annotations

import re

from nea_site.parse.header.state import Header, is_real_date
from nea_site.text.header_patterns import YEAR_BOUND_AFTER_RE, YEAR_BOUND_BEFORE_RE, YEAR_RE

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_MONTH = r"(?P<m>0[1-9]|1[0-2])"
_DAY = r"(?P<d>0[1-9]|[12]\d|3[01])"
# "2019-03-14", "2019_03_14", "2019.03.14", "20190314"; "2019-03" a month; digits on either side make no date
_NAME_DAY_RE = re.compile(rf"(?<![0-9]){_YEAR}(?P<sep>[-_.]?){_MONTH}(?P=sep){_DAY}(?![0-9])")
_NAME_MONTH_RE = re.compile(rf"(?<![0-9]){_YEAR}[-_.]{_MONTH}(?![0-9])(?![-_.][0-9])")
# A lone year token opening or closing the name: "2019-summit", "summit-notes-2019"
_NAME_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?=[-_ ])|(?<=[-_ ])(?:19|20)\d{2}$")
_EXTENSION_RE = re.compile(r"(?:\.[A-Za-z0-9]{1,5})+$")
_NAME_WORD_SPLIT_RE = re.compile(r"[-_.\s]+")
_NAME_NUMBER_RE = re.compile(r"\d+|[0-9a-f]{8,}")  # counters, dates and content hashes ("0610fc04e9a6b5fe")
MIN_TITLE_LETTERS = 4


def file_name_date(file_name: str) -> str | None:
    """The ISO date (at the precision written) that a file name carries, or None.

    A name with several years ("2018-2019-review") or a month and year that might be a range says nothing.
    """
    stem = _EXTENSION_RE.sub("", file_name.rsplit("/", 1)[-1])
    years = set(YEAR_RE.findall(stem))
    day = _NAME_DAY_RE.search(stem)
    if day:
        iso = f"{day['y']}-{day['m']}-{day['d']}"
        return iso if is_real_date(iso) and years <= {day["y"]} else None
    if len(years) != 1:
        return None
    month = _NAME_MONTH_RE.search(stem)
    if month:
        return f"{month['y']}-{month['m']}"
    year = _NAME_YEAR_RE.search(stem)
    return year.group() if year else None


def read_file_name_date(header: Header, file_name: str, body_text: str) -> None:
    """Date a text that states no date of its own by its file name, marked inferred.

    With a dateline's month and day ("SEOUL, March 3") a year-only name gives the year. A year the text names
    only as a bound or target ("by 2030", "2030年前") is the subject of the text, not its date.
    """
    if header.published:
        return
    iso = file_name_date(file_name)
    if iso is None:
        return
    if len(iso) == 4 and _only_as_bound(iso, body_text):
        return
    if header.dateline_month_day:
        if len(iso) > 4:
            return  # the name's day and the dateline's may disagree: leave it to the text
        month, day = header.dateline_month_day
        iso = f"{iso}-{month:02d}-{day:02d}"
        if not is_real_date(iso):
            return
    header.published = iso
    header.origins["published"] = "inferred"


def _only_as_bound(year: str, text: str) -> bool:
    """The text names `year`, and every time as a bound: "by 2030", "2030年前", "until 2030"."""
    named = False
    for match in re.finditer(rf"(?<!\d){year}(?!\d)", text):
        if YEAR_BOUND_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
            named = True
            continue
        if YEAR_BOUND_AFTER_RE.match(text, match.end()):
            named = True
            continue
        return False
    return named


def file_name_title(file_name: str) -> str:
    """The words of a file's name as a title ("cjk-summit_notes.md" -> "Cjk summit notes"), or "" for none.

    Numbers (counters, dates) and hash-like tokens are dropped; fewer than MIN_TITLE_LETTERS letters name nothing.
    """
    stem = _EXTENSION_RE.sub("", file_name.rsplit("/", 1)[-1])
    words = [w for w in _NAME_WORD_SPLIT_RE.split(stem) if w and not _NAME_NUMBER_RE.fullmatch(w.lower())]
    if sum(ch.isalpha() for w in words for ch in w) < MIN_TITLE_LETTERS:
        return ""
    title = " ".join(words)
    return title[0].upper() + title[1:]


def read_file_name_title(header: Header, file_name: str) -> None:
    """Name a text that gave no title (no title line, front matter or page title) by its file's words, inferred."""
    if header.title:
        return
    title = file_name_title(file_name)
    if title:
        header.title = title
        header.origins["title"] = "inferred"
