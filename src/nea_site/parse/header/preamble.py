"""The lines over an article's title.

A journal's citation line or masthead, its DOI, a byline in capitals, the site's sections and date over a saved
page's headline, an e-mail's fields.
"""

from __future__ import annotations

import copy
import re

from nea_site.parse.header.lines import is_labelled_date_line, take_line
from nea_site.parse.header.mail import read_mail_fields
from nea_site.parse.header.masthead import read_masthead
from nea_site.parse.header.newslines import is_date_alone, is_wire_line
from nea_site.parse.header.pagelines import page_line
from nea_site.parse.header.state import Header
from nea_site.parse.layout import Unit
from nea_site.text.header_patterns import (
    BYLINE_NOT_NAME_WORDS,
    CAPS_BYLINE_RE,
    DATE_LINE_RE,
    DOI_IN_LINE_RE,
    DOI_LINE_RE,
    JOURNAL_LINE_RE,
    YEAR_RE,
)
from nea_site.text.numerals import fold_date_digits
from nea_site.text.patterns import KICKER_LINE_RE, SENTENCE_END_RE

MAX_SUBTITLE_CHARS = 160  # a title's second line (subtitle) is at most this long; title.py reads it too


def read_preamble(header: Header, units: list[Unit]) -> int:
    """Read the lines over an article's title; return the index of the first unit after them.

    They are its journal's citation line ("Journal, Vol. 12, No. 3 (2023), pp. 45-67") or masthead, its DOI, the site's
    section that a saved page names over it ("Press Releases"), and an e-mail's fields (whose subject is the title).
    """
    i = read_mail_fields(header, units)  # "From: …" / "Subject: …" over a saved e-mail
    while i < len(units) and units[i].kind == "text":
        text = units[i].text.strip()
        journal = JOURNAL_LINE_RE.match(text)
        doi = DOI_LINE_RE.match(text)
        if journal and not header.outlet:
            header.outlet = journal["journal"].strip()
            header.origins["outlet"] = "parsed"
            header.identifiers.append(("citation", text))
            if in_line := DOI_IN_LINE_RE.search(text):  # "… pp. 501–520. DOI: https://doi.org/…" on the same line
                header.identifiers.append(("doi", in_line["doi"].rstrip(".")))
            year = YEAR_RE.search(journal["rest"])
            if year and not header.published:
                header.published = year.group()
                header.origins["published"] = "parsed"
        elif doi:
            header.identifiers.append(("doi", doi["doi"]))
        elif (
            header.identifiers[-1:]
            and header.identifiers[-1][0] == "citation"
            and (in_line := DOI_IN_LINE_RE.search(text))
        ):  # the citation line's second line, closing with the DOI
            header.identifiers[-1] = ("citation", f"{header.identifiers[-1][1]} {text}")
            header.identifiers.append(("doi", in_line["doi"].rstrip(".")))
        elif series := _series_date(text):  # "No. 12 | March 2024" over a report's title
            header.identifiers.append(("series", series["number"].strip(" ,.")))
            take_line(header, fold_date_digits(series["date"]), previous="")
        elif read_masthead(header, text):
            pass  # "第 38 卷第 5 期   东北亚论坛   Vol. 38 No. 5": the journal's masthead over a PDF's title
        elif KICKER_LINE_RE.match(text) and i + 1 < len(units) and units[i + 1].kind == "text":
            header.identifiers.append(("section", text))  # "Press Releases" over the title
        elif not header.authors and (names := _caps_byline(units, i)):
            header.authors.extend(names)  # "JANE ROE AND KIM MINSU" over the title
            header.origins["authors"] = "parsed"
        elif is_labelled_date_line(fold_date_digits(text)) or is_wire_line(text):
            take_line(header, fold_date_digits(text), previous="")  # "입력 | 2023-11-06" over the title
        elif _is_date_over_title(units, i):  # "May 27, 2024" over the title: the site's day, maybe
            trial = Header()
            take_line(trial, fold_date_digits(text), previous="")
            header.date_over_title = header.date_over_title or trial.published
        elif furniture := page_line(text):  # a breadcrumb, a photo's caption, a greeting (header/pagelines.py)
            header.identifiers.append(furniture)
        elif labels := _sections_over_title(header, units, i):
            header.identifiers.extend(("section", u.text.strip()) for u in units[i : i + labels])  # "World" / "Asia"
            i += labels - 1
        else:
            return i
        i += 1
    return i


# A report's number in its series, then its date: "No. 12 | March 2024", "Vol. 3, No. 2 · 2024", "Issue 45, May 2024".
_SERIES_DATE_RE = re.compile(
    r"^\s*(?P<number>(?:(?:Vol\.|Volume|No\.|Number|Issue)\s*\d+[,.]?\s*){1,2})\s*[|·•,–—-]?\s*"
    r"(?P<date>[A-Z0-9][\w ,.]{2,30}?)\s*$"
)


def _series_date(text: str) -> re.Match[str] | None:
    match = _SERIES_DATE_RE.match(text)
    return match if match and DATE_LINE_RE.match(fold_date_digits(match["date"])) else None


# Small words of a title that no name holds: "RECORD OF CONVERSATION", "CABLEGRAM TO CANBERRA".
_TITLE_SMALL_WORDS = frozenset({"Of", "To", "The", "For", "In", "On", "With", "From", "By", "At", "A", "An", "Or"})


def _caps_byline(units: list[Unit], i: int) -> list[str]:
    """The names of an all-capitals byline over a title ("JANE ROE AND KIM MINSU"), else [].

    A title follows: a short line, not in capitals, not a sentence. No word is a place or a subject ("NORTH KOREA
    AND SOUTH KOREA" is a title).
    """
    match = CAPS_BYLINE_RE.match(units[i].text)
    following = units[i + 1].text.strip() if i + 1 < len(units) and units[i + 1].kind == "text" else ""
    if not match or not following or following.isupper() or len(following) > MAX_SUBTITLE_CHARS:
        return []
    if SENTENCE_END_RE.search(following) and not following.endswith("?"):
        return []
    if DATE_LINE_RE.match(fold_date_digits(following)):
        return []  # "RECORD OF CONVERSATION" over its date: the title
    names = re.split(r",\s*AND\s+|\s+AND\s+|,\s*", match["names"])
    words = {w.title() for name in names for w in name.split()}
    if words & BYLINE_NOT_NAME_WORDS or words & _TITLE_SMALL_WORDS:
        return []  # "CABLEGRAM TO CANBERRA", "NORTH KOREA AND SOUTH KOREA": a title
    return [" ".join(w.title() for w in name.split()) for name in names]


_SECTION_LABEL_RE = re.compile(r"^[A-Z][A-Za-z&'-]*(?: [A-Z&][A-Za-z&'-]*)?$")


def _sections_over_title(header: Header, units: list[Unit], i: int) -> int:
    """How many units from i are a news site's section labels ("World", "Asia Pacific") over the title; else 0.

    Two or three such labels, a breadcrumb ("World" / "Asia"; one alone may be a short title, and the site's
    usual sections are read by KICKER_LINE_RE), then a line of four or more words (the title), then a byline or a
    date line.
    """
    j = i
    while j < len(units) and j - i < 3 and units[j].kind == "text" and _SECTION_LABEL_RE.match(units[j].text.strip()):
        j += 1
    if j - i < 2 or j + 1 >= len(units) or units[j].kind != "text" or units[j + 1].kind != "text":
        return 0
    title = units[j].text.strip()
    if len(title.split()) < 4 or SENTENCE_END_RE.search(title):
        return 0
    followed = take_line(copy.deepcopy(header), fold_date_digits(units[j + 1].text.strip()), previous=title)
    return j - i if followed else 0


def _is_date_over_title(units: list[Unit], i: int) -> bool:
    """Unit i is a date alone and a line that can be a title (no sentence, no date) comes next."""
    if not is_date_alone(units[i].text) or i + 1 >= len(units) or units[i + 1].kind != "text":
        return False  # "May 27, 2024", "May 27, 2024 5:30 AM GMT+9" (header/newslines.py)
    following = units[i + 1].text.strip()
    return not SENTENCE_END_RE.search(following) and not is_date_alone(following)
