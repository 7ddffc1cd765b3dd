"""Date expressions in English and Chinese text -> DateSpans: verbatim offsets, partial dates, precision, resolution.

Our own rules, no tagger. A bare 4-digit number is a year only with context ("in 2015", "2015年", a range, a
list); qualifiers ("since", "by the end of", "自", "截至", "年底", "以来") belong to the expression, plain
prepositions ("in", "of", "the year") do not. Decades: "the 1980s" is 1980–1989; early/初 0–3, mid/中期 4–6,
late/末 7–9 ("the early 1980s" is 1980–1983). A date lacking its year (or month) takes it from the previous
date of the same text ("inferred"), else from the anchor ("relative"), else stays unresolved.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from nea_site.model import PartialDate, Precision, Resolution
from nea_site.text import date_patterns
from nea_site.text.literals import Literals

MIN_YEAR = 1900
MAX_YEAR = 2100
_CONTEXT_WINDOW = 40  # characters looked at before a match for context words and qualifiers
_LIST_GAP = 8  # longest text between two years of a list: ", and "

_Basis = Literal["text", "anchor", "reference"]  # where a year or month missing from the text comes from
_Unit = Literal["year", "month", "weekday"]
_Kind = Literal["date", "bare_year", "bare_month", "relative", "decade", "weekday"]


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
class _Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Reading:
    """What a match says, before resolution: the parts as written, and where missing ones must come from."""

    first: _Parts
    last: _Parts | None = None  # end of a range or decade
    basis: _Basis = "text"
    unit: _Unit = "year"  # what `shift` counts
    shift: int = 0  # "last year" is -1, "次年" +1
    decade: bool = False

    @property
    def is_year_only(self) -> bool:
        """A lone year as written, which may head or follow a list of years."""
        first = self.first
        return self.basis == "text" and self.last is None and first.year is not None and first.month is None

    @property
    def precision(self) -> Precision:
        """What the expression states, whether or not it resolves."""
        if self.decade:
            return "decade"
        if self.first.day is not None or self.unit == "weekday":
            return "day"
        return "month" if self.first.month is not None or self.unit == "month" else "year"


@dataclass(frozen=True, slots=True)
class _Found:
    start_offset: int
    end_offset: int
    rank: int  # position of the rule: breaks ties between equally long matches
    reading: _Reading


_MONTHS = {name: number for number, name in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)}
_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_ORDINALS = {
    w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)
}
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_STRICTLY_BEFORE = 7  # weekday shifts: 0–6 on or before the base date, 7–13 before it, -7…-1 in the week before,
_PREVIOUS_WEEK = -7  # 14–20 in its week
_THIS_WEEK = 14
_CENTURY_WORDS = {"上": 20, "本": 21, "twentieth": 20, "twenty-first": 21}  # 上世纪/本世纪 read as 20th/21st
_DECADE_PARTS = {
    "early": (0, 3), "初": (0, 3), "初期": (0, 3), "前期": (0, 3),
    "mid": (4, 6), "中期": (4, 6), "中叶": (4, 6), "中后期": (4, 9),
    "late": (7, 9), "末": (7, 9), "末期": (7, 9), "后期": (7, 9),
}  # fmt: skip
_CENTURY_EDGES = {"头十年": 1, "初": 1, "末": 10}  # which decade of the century
# English relative words: modifier -> (basis, shift); the unit is the last word ("year" or "month").
_EN_RELATIVE: dict[str, tuple[_Basis, int]] = {
    "this": ("anchor", 0), "last": ("anchor", -1), "next": ("anchor", 1),
    "same": ("reference", 0), "the same": ("reference", 0), "that": ("reference", 0), "that same": ("reference", 0),
    "the following": ("reference", 1), "the next": ("reference", 1), "the previous": ("reference", -1),
}  # fmt: skip
_ZH_RELATIVE: dict[str, tuple[_Basis, _Unit, int]] = {
    "今年": ("anchor", "year", 0), "本年": ("anchor", "year", 0), "去年": ("anchor", "year", -1),
    "前年": ("anchor", "year", -2), "明年": ("anchor", "year", 1),
    "同年": ("reference", "year", 0), "次年": ("reference", "year", 1), "翌年": ("reference", "year", 1),
    "本月": ("anchor", "month", 0), "上月": ("anchor", "month", -1), "上个月": ("anchor", "month", -1),
    "下月": ("anchor", "month", 1), "下个月": ("anchor", "month", 1),
    "同月": ("reference", "month", 0), "次月": ("reference", "month", 1), "翌月": ("reference", "month", 1),
}  # fmt: skip


def find_dates(text: str, *, anchor: PartialDate | None) -> list[DateSpan]:
    """All date expressions in `text` (English and Chinese mixed allowed), sorted by offset, non-overlapping.

    Where matches overlap the longest wins. `anchor` (the document's date) resolves "this year", "今年", "本月" and
    dates without a year when no earlier date of the text gives one.
    """
    has_link = "http" in text or "www." in text  # what every URL_RE match starts with
    links = [(m.start(), m.end()) for m in date_patterns.URL_RE.finditer(text)] if has_link else []
    found: list[_Found] = []
    unlisted: list[_Found] = []  # lone years with no context word: years only if listed with one that has
    skip = set() if not text.isascii() else _NON_ASCII_RULES
    if not date_patterns.ANY_MONTH_NAME_RE.search(text):
        skip = skip | _MONTH_NAME_RULES
    if not date_patterns.ANY_DIGIT_RE.search(text):
        skip = skip | _DIGIT_RULES
    skip = skip | (
        _TRIGGER_WORD_RULES - {rank for _, _, ranks in _TRIGGER_WORDS.find_all(text.lower()) for rank in ranks}
    )
    skip = skip | {rank for rank, trigger in _TRIGGERS if rank not in skip and not trigger.search(text)}
    for rank, (pattern, kind) in enumerate(_RULES):
        if rank in skip:
            continue  # the rule needs a character or a month name that the text does not have
        for match in pattern.finditer(text):
            if links and any(match.start() < end and start < match.end() for start, end in links):
                continue
            reading = _READERS[kind](match)
            if reading is None or _is_page_number(text, match):
                continue
            item = _Found(match.start(), match.end(), rank, reading)
            if kind == "bare_year" and date_patterns.QUANTITY_AFTER_RE.match(text, match.end()):
                continue  # "2000 students", "2000亿"
            if kind == "bare_year" and not _has_year_context(text, match):
                unlisted.append(item)
                continue
            if kind == "bare_month" and not _has_month_context(text, match):
                continue
            found.append(item)
    found.extend(_find_listed_years(text, found, unlisted))
    chosen = _choose_longest([_qualify(text, item) for item in found])
    return _resolve_all(text, chosen, anchor)


def _ending_at(pattern: re.Pattern[str], text: str, offset: int) -> re.Match[str] | None:
    """A match of `pattern` (anchored with "$") that ends exactly at `offset`, looking back a few words only."""
    return pattern.search(text, max(0, offset - _CONTEXT_WINDOW), offset)


def _has_year_context(text: str, match: re.Match[str]) -> bool:
    return _ending_at(date_patterns.YEAR_CONTEXT_BEFORE_RE, text, match.start()) is not None


def _has_month_context(text: str, match: re.Match[str]) -> bool:
    return _ending_at(date_patterns.MONTH_CONTEXT_BEFORE_RE, text, match.start()) is not None


def _is_page_number(text: str, match: re.Match[str]) -> bool:
    if not text[match.start()].isdigit():
        return False
    before = _ending_at(date_patterns.PAGE_BEFORE_RE, text, match.start())
    return before is not None or date_patterns.PAGE_AFTER_RE.match(text, match.end()) is not None


def _find_listed_years(text: str, found: list[_Found], unlisted: list[_Found]) -> list[_Found]:
    """Lone years joined to a year by "and", "、", "和": "in 2022 and 2023", "2022和2023年"."""
    ends = {f.end_offset for f in found if f.reading.is_year_only}
    starts = {f.start_offset for f in found if f.reading.is_year_only}
    listed: list[_Found] = []
    waiting = list(unlisted)
    grew = True
    while grew and waiting:
        grew = False
        for item in list(waiting):
            if _has_list_neighbour(text, item, ends, starts):
                waiting.remove(item)
                ends.add(item.end_offset)
                starts.add(item.start_offset)
                listed.append(item)
                grew = True
    return listed


def _has_list_neighbour(text: str, item: _Found, ends: set[int], starts: set[int]) -> bool:
    for gap_start in range(max(0, item.start_offset - _LIST_GAP), item.start_offset):
        if gap_start in ends and _is_list_gap(text[gap_start : item.start_offset]):
            return True
    for gap_end in range(item.end_offset + 1, item.end_offset + _LIST_GAP + 1):
        if gap_end in starts and _is_list_gap(text[item.end_offset : gap_end]):
            return True
    return False


def _is_list_gap(gap: str) -> bool:
    return bool(gap.strip()) and date_patterns.YEAR_LIST_GAP_RE.fullmatch(gap) is not None


def _qualify(text: str, item: _Found) -> _Found:
    """Widen the span over qualifying words: "since 1999", "by the end of 2016", "截至2016年底"."""
    before = _ending_at(date_patterns.QUALIFIER_BEFORE_RE, text, item.start_offset)
    after = date_patterns.QUALIFIER_AFTER_RE.match(text, item.end_offset)
    if before is None and after is None:
        return item
    return _Found(
        before.start() if before else item.start_offset,
        after.end() if after else item.end_offset,
        item.rank,
        item.reading,
    )


def _choose_longest(found: list[_Found]) -> list[_Found]:
    """Longest first (then leftmost, then earliest rule), skipping any that overlaps one already chosen."""
    chosen: list[_Found] = []  # disjoint, so sorted by start and by end alike
    starts: list[int] = []
    for item in sorted(found, key=lambda f: (f.start_offset - f.end_offset, f.start_offset, f.rank)):
        index = bisect.bisect_left(starts, item.start_offset)
        if index > 0 and chosen[index - 1].end_offset > item.start_offset:
            continue
        if index < len(chosen) and chosen[index].start_offset < item.end_offset:
            continue
        chosen.insert(index, item)
        starts.insert(index, item.start_offset)
    return chosen


def _resolve_all(text: str, chosen: list[_Found], anchor: PartialDate | None) -> list[DateSpan]:
    spans: list[DateSpan] = []
    reference: PartialDate | None = None  # the latest resolved date, for "同年", "17日", "the same year"
    for item in chosen:
        span = _resolve(text, item, anchor, reference)
        spans.append(span)
        if span.start is not None and span.precision != "decade":
            reference = span.end or span.start
    return spans


def _resolve(text: str, item: _Found, anchor: PartialDate | None, reference: PartialDate | None) -> DateSpan:
    reading = item.reading
    start: PartialDate | None = None
    end: PartialDate | None = None
    resolution: Resolution = "unresolved"
    if reading.basis == "text" and reading.first.year is not None:
        start, resolution = _as_date(reading.first), "explicit"
        end = _as_date(reading.last) if reading.last is not None else None
    else:
        for base, how in _bases(reading.basis, reference, anchor):
            start = _shift(reading, base)
            if start is not None:
                resolution = how
                if reading.last is not None:  # "26日至27日": the range's end from the same base
                    end = _shift(replace(reading, first=reading.last, last=None), base)
                break
    return DateSpan(
        start_offset=item.start_offset,
        end_offset=item.end_offset,
        expression=text[item.start_offset : item.end_offset],
        start=start,
        end=end,
        precision=reading.precision,
        resolution=resolution,
    )


def _bases(
    basis: _Basis, reference: PartialDate | None, anchor: PartialDate | None
) -> list[tuple[PartialDate, Resolution]]:
    """Where missing parts may come from, in order: "同年" from the text before, "今年" from the anchor, "17日" both."""
    bases: list[tuple[PartialDate | None, Resolution]] = []
    if basis in ("text", "reference"):
        bases.append((reference, "inferred"))
    if basis in ("text", "anchor"):
        bases.append((anchor, "relative"))
    return [(base, how) for base, how in bases if base is not None]


def _shift(item: _Reading, base: PartialDate) -> PartialDate | None:
    """The date `item` names, counted from `base`; None when base lacks a needed month or the result is invalid."""
    if item.unit == "weekday":
        return _weekday_before(item.shift, base)
    year, month, day = base.year + item.shift, item.first.month, item.first.day
    if item.unit == "month":
        if base.month is None:
            return None
        year, index = divmod(base.year * 12 + base.month - 1 + item.shift, 12)
        month = index + 1
    elif month is None and day is not None:  # "17日": the month too comes from the base
        if base.month is None:
            return None
        month = base.month
    date = PartialDate(year=year, month=month, day=day)
    return date if _is_valid(date.year, date.month, date.day) else None


def _as_date(parts: _Parts) -> PartialDate:
    assert parts.year is not None
    return PartialDate(year=parts.year, month=parts.month, day=parts.day)


def _is_valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        days = calendar.monthrange(year if year is not None else 2000, month)[1] if month is not None else 31
        return 1 <= day <= days  # without a year, 29 February may still be real
    return True


def _order(parts: _Parts) -> tuple[int, int, int]:
    return (parts.year or 0, parts.month or 0, parts.day or 0)


def _read_date(match: re.Match[str]) -> _Reading | None:
    """Dates and ranges as written; a range's missing year or month comes from its other end."""
    groups = match.groupdict()
    first = _Parts(_to_int(groups.get("y")), _month_of(groups.get("m"), groups.get("mon")), _to_int(groups.get("d")))
    last: _Parts | None = None
    if any(groups.get(key) for key in ("y2", "m2", "mon2", "d2")):
        month = _month_of(groups.get("m2"), groups.get("mon2"))
        day = _to_int(groups.get("d2"))
        last = _Parts(_to_int(groups.get("y2")) or first.year, month or (first.month if day else None), day)
        first = replace(first, year=first.year or last.year)
        if _order(last) <= _order(first) or not _is_valid(last.year, last.month, last.day):
            return None
    if not _is_valid(first.year, first.month, first.day):
        return None
    return _Reading(first=first, last=last)


def _read_bare_month(match: re.Match[str]) -> _Reading | None:
    return _Reading(first=_Parts(month=_month_of(None, match["mon"])))


def _read_bare_year(match: re.Match[str]) -> _Reading | None:
    return _Reading(first=_Parts(int(match["y"])))


def _read_relative(match: re.Match[str]) -> _Reading | None:
    """Relative words ("this year", "同年11月", "November of the same year", "上个月"), counted later."""
    groups = match.groupdict()
    key = " ".join(match["rel"].lower().split())
    if key in _ZH_RELATIVE:
        basis, unit, shift = _ZH_RELATIVE[key]
    else:
        modifier, _, word = key.rpartition(" ")
        if modifier not in _EN_RELATIVE:
            return None
        basis, shift = _EN_RELATIVE[modifier]
        unit = "month" if word == "month" else "year"
    first = _Parts(None, _month_of(groups.get("m"), groups.get("mon")), _to_int(groups.get("d")))
    if not _is_valid(None, first.month, first.day):
        return None
    return _Reading(first=first, basis=basis, unit=unit, shift=shift)


def _read_weekday(match: re.Match[str]) -> _Reading | None:
    """A weekday ("on Monday", "last Friday", "上周一"), found from the text's date when resolved (_weekday_before)."""
    name = match["weekday"]
    if name.isascii():
        weekday = _EN_WEEKDAYS.index(name.lower())
        shift = weekday + _STRICTLY_BEFORE if match["last"] else weekday
    else:
        weekday = _ZH_WEEKDAYS[name]
        shift = weekday + (_PREVIOUS_WEEK if match["last"] else _THIS_WEEK if match["this"] else 0)
    return _Reading(first=_Parts(), basis="anchor", unit="weekday", shift=shift)


def _weekday_before(shift: int, base: PartialDate) -> PartialDate | None:
    """The day a weekday reading names from `base`: news reports what happened, so the weekday lies before.

    shift 0–6 (Monday–Sunday): the latest such day on or before base ("on Monday"); + _STRICTLY_BEFORE: before
    it ("last Friday"); + _PREVIOUS_WEEK: that day of the calendar week before base's ("上周日"); + _THIS_WEEK:
    that day of base's own week ("本周三", which may lie after base).
    """
    if base.month is None or base.day is None:
        return None
    on = datetime.date(base.year, base.month, base.day)
    if shift >= _THIS_WEEK:
        found = on + datetime.timedelta(days=shift - _THIS_WEEK - on.weekday())
    elif shift >= _STRICTLY_BEFORE:
        found = on - datetime.timedelta(days=(on.weekday() - (shift - _STRICTLY_BEFORE) - 1) % 7 + 1)
    elif shift < 0:
        found = on - datetime.timedelta(days=on.weekday() + 7 - (shift - _PREVIOUS_WEEK))
    else:
        found = on - datetime.timedelta(days=(on.weekday() - shift) % 7)
    return PartialDate(year=found.year, month=found.month, day=found.day) if found.year >= MIN_YEAR else None


def _read_decade(match: re.Match[str]) -> _Reading | None:
    """Decades ("the early 1980s", "20世纪90年代", "21世纪第二个十年") as first and last years."""
    groups = match.groupdict()
    century = _century_of(groups.get("century"))
    if groups.get("decade4"):
        start: int | None = int(groups["decade4"])
    elif groups.get("decade") is not None:
        tens = _number_of(groups["decade"])
        start = None if tens is None else (century - 1) * 100 + tens if century else 1900 + tens
    else:
        ordinal = _CENTURY_EDGES.get(groups.get("edge") or "") or _number_of(groups.get("ordinal") or "")
        start = (century - 1) * 100 + (ordinal - 1) * 10 if century and ordinal else None
    if start is None:
        return None
    low, high = _DECADE_PARTS.get((groups.get("part") or "").lower(), (0, 9))
    first, last = start + low, start + high
    if not MIN_YEAR <= first <= last <= MAX_YEAR:
        return None
    return _Reading(first=_Parts(first), last=_Parts(last), decade=True)


def _to_int(value: str | None) -> int | None:
    return int(value) if value else None


def _month_of(number: str | None, name: str | None) -> int | None:
    if number:
        return int(number)
    return _MONTHS.get(name[:3].lower()) if name else None


def _century_of(value: str | None) -> int | None:
    if not value:
        return None
    word = value.lower()
    if word in _CENTURY_WORDS:
        return _CENTURY_WORDS[word]
    return _number_of(word.rstrip("stndrh"))


def _number_of(value: str) -> int | None:
    """Numbers written "21", "二十一", "九十" or "second", as an int; None when not a number."""
    if value.isascii() and value.isdigit():
        return int(value)
    if value.lower() in _EN_ORDINALS:
        return _EN_ORDINALS[value.lower()]
    if value.count("十") > 1:
        return None
    tens, ten, ones = value.partition("十")
    if not ten:
        return _HAN_DIGITS.get(value) if len(value) == 1 else None
    high = _HAN_DIGITS.get(tens, -1) if tens else 1
    low = _HAN_DIGITS.get(ones, -1) if ones else 0
    return None if high < 0 or low < 0 or len(tens) > 1 or len(ones) > 1 else high * 10 + low


_READERS: dict[_Kind, Callable[[re.Match[str]], _Reading | None]] = {
    "date": _read_date,
    "bare_year": _read_bare_year,
    "bare_month": _read_bare_month,
    "relative": _read_relative,
    "decade": _read_decade,
    "weekday": _read_weekday,
}
# Every rule, most specific first: among equally long matches the earlier rule wins.
_RULES: tuple[tuple[re.Pattern[str], _Kind], ...] = (
    (date_patterns.ZH_DAY_RANGE_RE, "date"),
    (date_patterns.ZH_MONTH_RANGE_RE, "date"),
    (date_patterns.ZH_YEAR_RANGE_RE, "date"),
    (date_patterns.ZH_DATE_RE, "date"),
    (date_patterns.ISO_DATE_RE, "date"),
    (date_patterns.EN_BETWEEN_RE, "date"),
    (date_patterns.EN_RANGE_RE, "date"),
    (date_patterns.EN_MONTH_PAIR_RE, "date"),
    (date_patterns.EN_MONTH_DAY_RE, "date"),
    (date_patterns.EN_DAY_MONTH_RE, "date"),
    (date_patterns.EN_MONTH_YEAR_RE, "date"),
    (date_patterns.EN_MONTH_RELATIVE_RE, "relative"),
    (date_patterns.ZH_RELATIVE_YEAR_RE, "relative"),
    (date_patterns.ZH_RELATIVE_MONTH_RE, "relative"),
    (date_patterns.EN_RELATIVE_RE, "relative"),
    (date_patterns.EN_WEEKDAY_RE, "weekday"),
    (date_patterns.ZH_WEEKDAY_RE, "weekday"),
    (date_patterns.EN_CENTURY_DECADE_RE, "decade"),
    (date_patterns.EN_DECADE_RE, "decade"),
    (date_patterns.ZH_CENTURY_DECADE_RE, "decade"),
    (date_patterns.ZH_CENTURY_ORDINAL_RE, "decade"),
    (date_patterns.ZH_DECADE_RE, "decade"),
    (date_patterns.ZH_MONTH_DAY_RANGE_RE, "date"),
    (date_patterns.ZH_DAY_ONLY_RANGE_RE, "date"),
    (date_patterns.ZH_MONTH_DAY_RE, "date"),
    (date_patterns.ZH_DAY_RE, "date"),
    (date_patterns.EN_MONTH_RE, "bare_month"),
    (date_patterns.BARE_YEAR_RE, "bare_year"),
)
# Rules that cannot match ASCII-only text (every Chinese/Korean pattern needs a mark such as 年, 月, 世纪), and
# rules that need an English month name: skipped where the text lacks them (tests check both claims).
_NON_ASCII_RULES = frozenset(
    rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_patterns.NEEDS_NON_ASCII
)
_MONTH_NAME_RULES = frozenset(
    rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_patterns.NEEDS_MONTH_NAME
)
_DIGIT_RULES = frozenset(rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_patterns.NEEDS_DIGIT)


def _rules_of_trigger_words() -> dict[str, tuple[int, ...]]:
    """Each trigger word with the ranks of the rules that need it."""
    rules: dict[str, list[int]] = {}
    for rank, (pattern, _) in enumerate(_RULES):
        for word in date_patterns.RULE_TRIGGER_WORDS.get(pattern, ()):
            rules.setdefault(word, []).append(rank)
    return {word: tuple(ranks) for word, ranks in rules.items()}


# A rule with trigger words runs where one of them occurs in the lower-cased text; one automaton pass finds them.
_RULES_OF_TRIGGER_WORD = _rules_of_trigger_words()
_TRIGGER_WORDS = Literals(_RULES_OF_TRIGGER_WORD.items())
_TRIGGER_WORD_RULES = frozenset(rank for ranks in _RULES_OF_TRIGGER_WORD.values() for rank in ranks)
_TRIGGERS = tuple(
    (rank, date_patterns.RULE_TRIGGERS[pattern])
    for rank, (pattern, _) in enumerate(_RULES)
    if pattern in date_patterns.RULE_TRIGGERS
)
