"""A chronology read in order: a date without its year takes the year of the item, row or day before it.

Split from dates.py (find_dates reads one paragraph; this carries what the paragraphs before it said).
"""

from __future__ import annotations

import re

from nea_site.extract.date_guards import OLD_YEAR_RE
from nea_site.extract.dates import DateSpan, find_dates
from nea_site.model import PartialDate

_ITEM_OPENING = " \t(（[【*・·•-0123456789."  # what may stand before an item's own date: a mark, a number
# A short label and a colon before an item's date ("일정 : 2031년 4월 2일", "Date: …", "日期："): still its own date.
_ITEM_LABEL_RE = re.compile(r"[\s*•·-]*[^\s:：]{1,8}\s*[:：]\s*")


class Chronology:
    """Dates of an undated text's paragraphs read in order: a date without its year takes the section's last one.

    An article or a wiki page (no day of its own to count from) often tells a chronology one item a line:
    "2002年9月17日、日朝首脳会談。" then "10月3日 - 5日、…訪朝。" The second item's year is the first's, not the
    text's own year. Within a section, the date that opens a list item or table row (or the last date a paragraph
    of prose names with its year; else the heading's) is the reference of the dates of the next item or row; a
    year the site does not read ("1886년") ends it, so what follows stays unresolved rather than take a wrong
    year. A paragraph of prose keeps to its heading's year: it names its own ("On May 4th" in an article of 2018
    is that year's, whatever the paragraph before said).
    """

    def __init__(self, headings: dict[str, PartialDate], *, narrative: bool = False) -> None:
        self._headings = headings
        # The text's own year is a guess: prose carries its section's last date too, if a month or day (a year
        # alone, "the first meeting, in 2008", is a look back, not the chronology's).
        self._narrative = narrative
        self._last: dict[str, PartialDate | None] = {}  # section id -> last year-bearing date; None: an old year

    def find(self, text: str, section: str | None, anchor: PartialDate | None, *, item: bool) -> list[DateSpan]:
        """The dates of one paragraph of `section` (`item`: a list item or a table row), in document order."""
        key = section or ""
        heading = self._headings.get(key)
        carried = self._last.get(key, heading) if item else heading
        if not item and self._narrative:
            told = self._last.get(key)
            if told is not None and told.month is not None:
                carried = told  # "On 15 March 2021, …" then "On 19 March, …": a chronology told to the day
        spans = find_dates(
            text,
            anchor=heading or anchor,
            reference=carried,
            after_old_year=item and key in self._last and carried is None,
        )
        if item:  # an item's own date opens it; a date within it is one it looks back to ("2005年9月の共同声明")
            opening = text[: spans[0].start_offset] if spans else ""
            own = not opening.strip(_ITEM_OPENING) or _ITEM_LABEL_RE.fullmatch(opening) is not None
            last = spans[0] if spans and own else None
            if last is not None and (last.start is None or last.precision == "decade"):
                return spans
        else:
            last = next((s for s in reversed(spans) if s.resolution == "explicit" and s.precision != "decade"), None)
        old = [m.start() for m in OLD_YEAR_RE.finditer(text)] if "年" in text or "년" in text else []
        if old and (last is None or old[-1] > last.start_offset) and (not item or old[0] < 4):
            self._last[key] = None
        elif last is not None and last.start is not None:
            self._last[key] = last.end or last.start
        return spans
