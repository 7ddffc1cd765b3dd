"""A date expression's reading resolved to dates: missing parts from the text before, the text's date, the tense."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract import date_context, date_patterns
from nea_site.extract.date_readings import Basis, Reading, as_date, shift_reading
from nea_site.extract.fast_new import maker
from nea_site.model import PartialDate, Precision, Resolution


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpan:
    start_offset: int  # character offsets into the given text
    end_offset: int
    expression: str  # text[start_offset:end_offset], verbatim
    start: PartialDate | None  # None when unresolved
    end: PartialDate | None  # for spans/ranges, else None
    precision: Precision
    resolution: Resolution  # explicit | relative (resolved against anchor) | inferred | unresolved


@dataclass(frozen=True, slots=True)
class Found:
    start_offset: int
    end_offset: int
    rank: int  # position of the rule: breaks ties between equally long matches
    reading: Reading


_date_span = maker(DateSpan)  # fast_new: ~2,000 spans per 100 documents


def resolve_all(
    text: str,
    chosen: list[Found],
    anchor: PartialDate | None,
    reference: PartialDate | None,
    *,
    old_years: tuple[int, ...] = (),
    after_old_year: bool = False,
) -> list[DateSpan]:
    """Each date resolved in order, the latest resolved one the reference of the next.

    `old_years` are the offsets of years the site does not read ("1886년", "1592年"): a date without its year
    after one (or, with `after_old_year`, after one of the text before) belongs to that year, so it takes neither
    the reference nor the text's own date and stays unresolved until a year the site reads is named.
    """
    spans: list[DateSpan] = []
    # reference: the latest resolved date, for "同年", "17日", "the same year"; day: the latest day, for "当天",
    # "次日" after a week or month counted from the text's own date ("甲报16日称，将于下周…。乙方当天称")
    blocked, next_old = after_old_year, 0
    day: PartialDate | None = None
    counted = False  # the reference was counted from the text's own date ("下周", "next month")
    for item in chosen:
        while next_old < len(old_years) and old_years[next_old] < item.start_offset:
            blocked, reference, day, next_old = True, None, None, next_old + 1
        base = reference
        if counted and day is not None and item.reading.basis == "text" and item.reading.unit == "day":
            base = day  # "当天" names the last day told, not a coming week
        span = _resolve(text, item, None if blocked else anchor, base)
        spans.append(span)
        if span.resolution == "explicit":
            blocked = False
        if span.start is not None and span.precision != "decade" and not _is_deadline(text, item):
            reference = span.end or span.start
            counted = span.resolution == "relative" and span.precision != "day"
            day = reference if reference.day is not None else day
    return spans


def _is_deadline(text: str, item: Found) -> bool:
    """A date after "by"/"before"/"到" ("by 2027 Japan should …") bounds a plan: no later date counts from it."""
    if date_context.DEADLINE_START_RE.match(text, item.start_offset):  # the qualifier taken into the span
        return True
    return date_context.DEADLINE_BEFORE_RE.search(text, max(0, item.start_offset - 30), item.start_offset) is not None


def _resolve(text: str, item: Found, anchor: PartialDate | None, reference: PartialDate | None) -> DateSpan:
    reading = item.reading
    start: PartialDate | None = None
    end: PartialDate | None = None
    resolution: Resolution = "unresolved"
    precision = reading.precision
    if reading.basis == "text" and reading.first.year is not None:
        start, resolution = as_date(reading.first), "explicit"
        end = as_date(reading.last) if reading.last is not None else None
    elif _shifts_a_coarser_date(reading, reference):
        # "1994年…追悼大会次日": the day after a day the text names only by its year is in that year, no later
        assert reference is not None
        start, resolution = reference, "inferred"
        precision = "month" if reference.month is not None else "year"
    else:
        for base, how in _bases(reading.basis, reference, anchor):
            start = shift_reading(reading, base)
            if how == "inferred" and (
                _before_though_to_come(text, item, start, anchor)  # "在2019年12月之后…，可能于5月举行"
                or _to_come_after_a_year_alone(text, item, reference, anchor)  # "… in 1962 … to be held on April 27th"
            ):
                start = None  # to come, so not the earlier date's year
                continue
            if start is not None and how == "inferred" and reading.basis == "text" and anchor is not None:
                base = _past_the_reference(reading, start, base, anchor)
                start = shift_reading(reading, base)
            elif start is not None and how == "relative" and reading.basis == "text":
                base = _by_tense(text, item, reading, start, base)
                start = shift_reading(reading, base)
            if start is not None:
                resolution = how
                if reading.last is not None:  # "26日至27日": the range's end from the same base
                    end = shift_reading(replace(reading, first=reading.last, last=None), base)
                break
    if (
        _is_day_alone(reading)
        and reference is not None
        and reference.month is None
        and (start is None or (anchor is not None and anchor.day is None and anchor.year != reference.year))
    ):
        # "在2015年…中國欲借3日的活動…": the text named a year only (not the year of an undated text's own); the
        # day falls in it, its month unknown. A dated news item's "3日" stays its own month's.
        start, end, precision, resolution = PartialDate(year=reference.year), None, "year", "inferred"
    # DateSpan(start_offset, end_offset, expression, start, end, precision, resolution), made without its __init__
    return _date_span(
        item.start_offset,
        item.end_offset,
        text[item.start_offset : item.end_offset],
        start,
        end,
        precision,
        resolution,
    )


def _is_day_alone(reading: Reading) -> bool:
    first = reading.first
    return reading.basis == "text" and first.day is not None and first.month is None and first.year is None


def _shifts_a_coarser_date(reading: Reading, reference: PartialDate | None) -> bool:
    """A day before or after ("次日", "the day before") the text's last date, which has no day of its own."""
    first = reading.first
    return (
        reading.basis == "text"
        and reading.unit == "day"
        and reading.shift in (-1, 1)
        and first.year is None
        and first.month is None
        and first.day is None
        and reference is not None
        and reference.day is None
    )


def _order(date: PartialDate) -> tuple[int, int, int]:
    return (date.year, date.month or 0, date.day or 0)


def _past_the_reference(
    reading: Reading, start: PartialDate, reference: PartialDate, anchor: PartialDate
) -> PartialDate:
    """The base for a date the text gives without its year (or month) that would fall before the date it follows.

    "2022年12月30日 … 1月1日" in a text of 2 January 2023 is the next year's 1 January: a story moves forward,
    so the year (or, for "2日", the month) after the reference's is taken, as long as that does not pass the
    text's own date. Without that room the reference's year stays ("27日 … 26日称").
    """
    if _order(start) >= _order(reference) or reference.month is None or not _is_recent(reference, anchor):
        return reference
    if reading.first.month is None:  # a day alone: the next month
        year, month = divmod(reference.year * 12 + reference.month, 12)
        later = PartialDate(year=year, month=month + 1, day=None)
    else:
        later = PartialDate(year=reference.year + 1, month=reference.month, day=reference.day)
    moved = shift_reading(reading, later)
    return later if moved is not None and _order(moved) <= _order(anchor) else reference


_RECENT_DAYS = 40  # a reference this close before the text's own date is news of the last weeks


def _is_recent(reference: PartialDate, anchor: PartialDate) -> bool:
    """The reference falls within the weeks before the text's date (a bulletin's "12月31日" of 2 January)."""
    if reference.day is None or anchor.month is None or anchor.day is None or reference.month is None:
        return False
    gap = datetime.date(anchor.year, anchor.month, anchor.day) - datetime.date(
        reference.year, reference.month, reference.day
    )
    return 0 <= gap.days <= _RECENT_DAYS


_NEAR_MONTHS = 2  # a date without its year this few months after the text's date is taken as to come


def _months_between(early: PartialDate, late: PartialDate) -> int:
    return (late.year - early.year) * 12 + (late.month or 1) - (early.month or 1)


def _by_tense(text: str, item: Found, reading: Reading, start: PartialDate, anchor: PartialDate) -> PartialDate:
    """The base for a date without its year (or month) counted from the text's own date, as its clause's tense says.

    Told in the past ("visited Tokyo in March" in a text of December) it is the latest such date on or before the
    text's date, unless that is only weeks ahead (then it is taken as to come); told as to come ("will open in
    January", "将于1月举行", "by the end of March") the first on or after it.
    """
    if anchor.month is None or (start.month is not None and start.day is not None and anchor.day is None):
        return anchor
    future = date_patterns.FUTURE_CLAUSE_RE.search(text, max(0, item.start_offset - 80), item.start_offset)
    future = (
        future
        or date_context.DEADLINE_BEFORE_RE.search(text, max(0, item.start_offset - 30), item.start_offset)
        or date_context.DEADLINE_START_RE.match(text, item.start_offset)
        or _told_as_to_come(text, item.end_offset)
    )
    after = _order(start) > _order(anchor)
    if after == bool(future):
        return anchor
    if after and reading.first.month is not None and _months_between(anchor, start) <= _NEAR_MONTHS:
        return anchor  # "a 20 June deadline" in a text of 2 June: weeks ahead, not a year back
    if (
        after
        and reading.first.month is None
        and _days_ahead(anchor, start) <= _NEAR_DAYS
        and not _told_as_past(text, item)
    ):
        return anchor  # "峰会27日在首尔举行" in a text of the 26th: tomorrow, not a month back
    step = 1 if future else -1
    if reading.first.month is None:  # a day alone: the month before or after
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return PartialDate(year=year, month=month + 1, day=anchor.day)
    return PartialDate(year=anchor.year + step, month=anchor.month, day=anchor.day)


def _before_though_to_come(text: str, item: Found, start: PartialDate | None, anchor: PartialDate | None) -> bool:
    """A date taking its year from an earlier one would fall before the text's date though told as to come."""
    if start is None or anchor is None or anchor.month is None or _order(start) >= _order(anchor):
        return False
    lo = max(0, item.start_offset - _FUTURE_BEFORE_CHARS)
    return bool(
        _FUTURE_BEFORE_RE.search(text, lo, item.start_offset)
        or date_patterns.FUTURE_CLAUSE_RE.search(text, lo, item.start_offset)
        or _told_as_to_come(text, item.end_offset)
    )


def _to_come_after_a_year_alone(
    text: str, item: Found, reference: PartialDate | None, anchor: PartialDate | None
) -> bool:
    """In a text with no date of its own, a day told as to come takes no year from a year named alone before it.

    The year alone is a look back as often as a setting; what is to come has no year the text gives.
    """
    if anchor is not None or reference is None or reference.month is not None:
        return False
    lo = max(0, item.start_offset - _FUTURE_BEFORE_CHARS * 3)
    return bool(
        date_patterns.FUTURE_CLAUSE_RE.search(text, lo, item.start_offset) or _told_as_to_come(text, item.end_offset)
    )


_FUTURE_BEFORE_CHARS = 20  # how far before a date a word of what may come is looked for ("可能在…于5月")
_FUTURE_BEFORE_RE = re.compile(
    rf"(?:{lexicon.alternation(lexicon.current().words('general_future_before_words'))})(?=[^,.;:!?，。；：！？]*$)"
)
_NEAR_DAYS = 3  # a day alone this close after the text's date is to come unless told as past


def _days_ahead(anchor: PartialDate, start: PartialDate) -> int:
    if anchor.day is None or start.day is None or start.month is None or anchor.month is None:
        return 99
    return (
        datetime.date(start.year, start.month, start.day) - datetime.date(anchor.year, anchor.month, anchor.day)
    ).days


def _told_as_past(text: str, item: Found) -> bool:
    first = _TENSE_AFTER_RE.search(text, item.end_offset, item.end_offset + _TENSE_AFTER_CHARS)
    return first is not None and first["past"] is not None


_TENSE_AFTER_CHARS = 30  # how far after a date a Korean or Japanese predicate says its tense
_TENSE_AFTER_RE = re.compile(
    rf"(?P<future>{lexicon.alternation(lexicon.current().words('general_future_after_words', 'ko', 'ja'))})"
    rf"|(?P<past>{lexicon.alternation(lexicon.current().words('general_past_after_words', 'ko', 'ja'))})"
    r"|(?P<stop>[.,;!?。，、；！？\n])"
)


def _told_as_to_come(text: str, end: int) -> re.Match[str] | None:
    """A Korean or Japanese clause says its tense after the date: "21일 서울에서 열린다고", "24日に開かれる予定".

    The first tense word after the date, before the clause ends, decides: "열린다", "예정", "予定" are to come;
    "열린", "했", "開かれた" past.
    """
    if end >= len(text) or not _CJK_NEAR_RE.search(text, max(0, end - 4), end):
        return None
    first = _TENSE_AFTER_RE.search(text, end, end + _TENSE_AFTER_CHARS)
    return first if first is not None and first["future"] is not None else None


_CJK_NEAR_RE = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff]|[0-9]+[일日]")


def _bases(
    basis: Basis, reference: PartialDate | None, anchor: PartialDate | None
) -> list[tuple[PartialDate, Resolution]]:
    """Where missing parts may come from, in order: "同年" from the text before, "今年" from the anchor, "17日" both."""
    bases: list[tuple[PartialDate | None, Resolution]] = []
    if basis in ("text", "reference"):
        bases.append((reference, "inferred"))
    if basis in ("text", "anchor"):
        bases.append((anchor, "relative"))
    return [(base, how) for base, how in bases if base is not None]
