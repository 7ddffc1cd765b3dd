"""A weekday written beside a day's date ("on Monday, May 27", "星期一(12月29日)", "5月27日（周一）").

It names the same day, so it is no date of its own; and it tells that day's year where the text does not: a news
item of 31 December 2031 that has just named "同年11月" of 2030 reports "星期一(12月29日)", a Monday in 2031.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace

from nea_site.extract import date_context
from nea_site.extract.date_resolve import DateSpan, Found
from nea_site.model import PartialDate

YEARS_AROUND = (0, -1, 1)  # the text's own year first, then the one before and after


def without_weekdays_of_days(text: str, chosen: list[Found]) -> tuple[list[Found], dict[int, int]]:
    """The dates less a weekday or a day word written next to a day's date, and each such date's weekday.

    "on Monday, May 27", "5月27日（周一）", "前日の25日": counted from the text's own date (or the date before), the
    word would name another day. Returned too: {start offset of a day's date: its weekday beside it (Monday 0)}.
    """
    if not any(map(_names_a_day_beside, chosen)):
        return chosen, {}
    kept: list[Found] = []
    weekdays: dict[int, int] = {}
    for i, item in enumerate(chosen):
        if not _names_a_day_beside(item):
            kept.append(item)
            continue
        beside = [
            chosen[j]
            for j in (i - 1, i + 1)
            if 0 <= j < len(chosen) and chosen[j].reading.first.day is not None and _are_beside(text, item, chosen[j])
        ]
        if not beside:
            kept.append(item)
        elif item.reading.unit == "weekday":
            weekdays[beside[0].start_offset] = item.reading.shift
    return kept, weekdays


def with_weekdays_agreeing(
    spans: Sequence[DateSpan], weekdays: dict[int, int], anchor: PartialDate | None
) -> list[DateSpan]:
    """Each day whose year the text did not write, moved to the year near the text's own where its weekday falls.

    Only where the year it took (from a date named before) puts the day on another weekday.
    """
    if not weekdays or anchor is None:
        return list(spans)
    out: list[DateSpan] = []
    for span in spans:
        weekday = weekdays.get(span.start_offset)
        start = span.start
        if (
            weekday is None
            or start is None
            or start.day is None
            or start.month is None
            or span.resolution == "explicit"
        ):
            out.append(span)
            continue
        if _weekday(start.year, start.month, start.day) != weekday:
            year = next(
                (anchor.year + d for d in YEARS_AROUND if _weekday(anchor.year + d, start.month, start.day) == weekday),
                None,
            )
            if year is not None:
                moved = PartialDate(year=year, month=start.month, day=start.day)
                span = replace(span, start=moved, end=None if span.end is None else _same_shift(span, moved))
        out.append(span)
    return out


def _same_shift(span: DateSpan, moved: PartialDate) -> PartialDate | None:
    """A range's end moved by as many years as its start."""
    assert span.start is not None and span.end is not None
    return replace(span.end, year=span.end.year + moved.year - span.start.year)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def _names_a_day_beside(found: Found) -> bool:
    """A weekday, or a day counted from the one named before ("前日", "the day before"): a name of a day's date."""
    reading = found.reading
    return reading.unit == "weekday" or (reading.unit == "day" and reading.basis == "text")


def _are_beside(text: str, a: Found, b: Found) -> bool:
    first, second = (a, b) if a.start_offset < b.start_offset else (b, a)
    return date_context.BESIDE_GAP_RE.fullmatch(text, first.end_offset, second.start_offset) is not None
