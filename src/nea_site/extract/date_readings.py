"""What a date expression says: its parts as written, where missing parts come from, and the date it names.

One reader per kind of rule (extract/dates.py runs the rules; READERS, in extract/relative_readings.py, maps
them); shift_reading counts a relative reading from a base date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, replace
from typing import Literal

from nea_site import lexicon
from nea_site.extract import date_patterns
from nea_site.extract.fast_new import fast_init
from nea_site.model import PartialDate, Precision

MIN_YEAR = 1900
MAX_YEAR = 2100
Basis = Literal["text", "anchor", "reference"]  # where a year or month missing from the text comes from
Unit = Literal["year", "month", "week", "weekday", "day", "day_of_month", "new_year", "named_month"]
# Which of a weekday's days a reading names, from the base date: the latest on or before it ("on Monday"), the
# latest before it ("last Friday"), the one of the calendar week before ("上周日"), the one of its week ("本周三"),
# the first on or after it ("will meet on Saturday"), the first after it ("next Friday"), the one of the calendar
# week after ("下周一").
Week = Literal["on_or_before", "before", "previous", "this", "on_or_after", "after", "following"]

Kind = Literal[
    "date",
    "bare_year",
    "bare_month",
    "relative",
    "decade",
    "weekday",
    "day_month_year",
    "day_word",
    "ago",
    "part_of_year",
    "lex_relative",
    "marked_day",
    "season",
    "relative_month",
    "same_day",
    "day_shift",
    "new_year_day",
    "later",
    "week_word",
]


@fast_init
@dataclass(frozen=True, slots=True)
class Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """What a match says, before resolution: the parts as written, and where missing ones must come from."""

    first: Parts
    last: Parts | None = None  # end of a range or decade
    basis: Basis = "text"
    unit: Unit = "year"  # what `shift` counts
    shift: int = 0  # "last year" is -1, "次年" +1; for a weekday, the day (Monday 0)
    week: Week = "on_or_before"  # for a weekday only
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
        if self.first.day is not None or self.unit in ("weekday", "day", "day_of_month", "new_year"):
            return "day"
        return "month" if self.first.month is not None or self.unit in ("month", "week") else "year"


# "jan" 1 … "dec" 12: a month name's first three letters name it ("Sept.", "November")
_MONTHS = {name[:3].lower(): number for number, name in enumerate(lexicon.current().words("written_months", "en"), 1)}
_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_ORDINALS = {
    w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)
}
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CENTURY_WORDS = {"上": 20, "本": 21, "twentieth": 20, "twenty-first": 21}  # 上世纪/本世纪 read as 20th/21st
_DECADE_PARTS = {
    "early": (0, 3), "初": (0, 3), "初期": (0, 3), "前期": (0, 3),
    "mid": (4, 6), "中期": (4, 6), "中叶": (4, 6), "中后期": (4, 9),
    "late": (7, 9), "末": (7, 9), "末期": (7, 9), "后期": (7, 9),
    "초": (0, 3), "초반": (0, 3), "중반": (4, 6), "후반": (7, 9), "말": (7, 9),
}  # fmt: skip
_CENTURY_EDGES = {"头十年": 1, "初": 1, "末": 10}  # which decade of the century

# English relative words: modifier -> (basis, shift); the unit is the last word ("year" or "month").
_EN_RELATIVE: dict[str, tuple[Basis, int]] = {
    "this": ("anchor", 0), "last": ("anchor", -1), "next": ("anchor", 1),
    "same": ("reference", 0), "the same": ("reference", 0), "that": ("reference", 0), "that same": ("reference", 0),
    "the following": ("reference", 1), "the next": ("reference", 1), "the previous": ("reference", -1),
}  # fmt: skip
_ZH_RELATIVE: dict[str, tuple[Basis, Unit, int]] = {
    "今年": ("anchor", "year", 0), "本年": ("anchor", "year", 0), "去年": ("anchor", "year", -1),
    "前年": ("anchor", "year", -2), "明年": ("anchor", "year", 1),
    "同年": ("reference", "year", 0), "次年": ("reference", "year", 1), "翌年": ("reference", "year", 1),
    "本月": ("anchor", "month", 0), "上月": ("anchor", "month", -1), "上个月": ("anchor", "month", -1),
    "下月": ("anchor", "month", 1), "下个月": ("anchor", "month", 1),
    "同月": ("reference", "month", 0), "次月": ("reference", "month", 1), "翌月": ("reference", "month", 1),
}  # fmt: skip


def shift_reading(item: Reading, base: PartialDate) -> PartialDate | None:
    """The date `item` names, counted from `base`; None when base lacks a needed month or the result is invalid."""
    if item.unit == "weekday":
        return _weekday_from(item.shift, item.week, base)
    if item.unit == "day_of_month":
        return _day_of_month_from(item, base)
    if item.unit == "new_year":  # the 1st of January nearest the base: of the next year from July on
        if base.month is None:
            return None
        return PartialDate(year=base.year + (1 if base.month >= 7 else 0), month=1, day=1)
    if item.unit == "week":  # the month of the Monday of the week counted from the base's: "last week"
        if base.month is None or base.day is None:
            return None
        base_day = datetime.date(base.year, base.month, base.day)
        monday = base_day - datetime.timedelta(days=base_day.weekday() - 7 * item.shift)
        return PartialDate(year=monday.year, month=monday.month, day=None)
    if item.unit == "day":
        if base.month is None or base.day is None:
            return None
        found = datetime.date(base.year, base.month, base.day) + datetime.timedelta(days=item.shift)
        return PartialDate(year=found.year, month=found.month, day=found.day) if found.year >= MIN_YEAR else None
    year, month, day = base.year + item.shift, item.first.month, item.first.day
    if item.unit == "named_month" and base.month is not None and month is not None:
        # "last April" in a text of May: the April just gone; "next March" in one of January: the one to come
        if (item.shift < 0 and month < base.month) or (item.shift > 0 and month > base.month):
            year = base.year
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
    return date if is_valid(date.year, date.month, date.day) else None


def _day_of_month_from(item: Reading, base: PartialDate) -> PartialDate | None:
    """A day of the base's month; "지난 22일" (shift -1) a day before the base, "오는 4일" (+1) one after it."""
    if base.month is None or base.day is None or item.first.day is None:
        return None
    day, index = item.first.day, base.year * 12 + base.month - 1
    if item.shift < 0 and day > base.day:
        index -= 1
    elif item.shift > 0 and day < base.day:
        index += 1
    year, month = divmod(index, 12)
    return PartialDate(year=year, month=month + 1, day=day) if is_valid(year, month + 1, day) else None


def as_date(parts: Parts) -> PartialDate:
    assert parts.year is not None
    return PartialDate(year=parts.year, month=parts.month, day=parts.day)


def is_valid(year: int | None, month: int | None, day: int | None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        days = calendar.monthrange(year if year is not None else 2000, month)[1] if month is not None else 31
        return 1 <= day <= days  # without a year, 29 February may still be real
    return True


def _order(parts: Parts) -> tuple[int, int, int]:
    return (parts.year or 0, parts.month or 0, parts.day or 0)


def read_date(match: re.Match[str]) -> Reading | None:
    """Dates and ranges as written; a range's missing year or month comes from its other end."""
    groups = match.groupdict()
    first = Parts(to_int(groups.get("y")), _month_of(groups.get("m"), groups.get("mon")), to_int(groups.get("d")))
    last: Parts | None = None
    if groups.get("y2") or groups.get("m2") or groups.get("mon2") or groups.get("d2"):
        month = _month_of(groups.get("m2"), groups.get("mon2"))
        day = to_int(groups.get("d2"))
        last = Parts(to_int(groups.get("y2")) or first.year, month or (first.month if day else None), day)
        first = replace(first, year=first.year or last.year, month=first.month or (last.month if first.day else None))
        if _order(last) <= _order(first) or not is_valid(last.year, last.month, last.day):
            return None
    if not is_valid(first.year, first.month, first.day):
        return None
    return Reading(first=first, last=last)


_DAY_WORDS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "今天": 0, "昨天": -1, "明天": 1,
    **{
        word: shift
        for name, shift in zip(date_patterns.DAY_WORD_LISTS, (0, -1, 1, -2), strict=True)
        for word in date_patterns.lexicon_words(name)
    },
}  # fmt: skip


def read_day_word(match: re.Match[str]) -> Reading | None:
    """The text's own date ("today", "今天"), the day before ("yesterday") or after ("tomorrow").

    A capitalised word within a sentence is a name ("the Today show").
    """
    if match["word"] and match["word"][0].isupper():
        before = match.string[max(0, match.start() - 3) : match.start()].rstrip()
        if before and (before[-1].isalnum() or before[-1] in ",;"):
            return None
    if match["zh"] and _inside_title(match.string, match.start()):
        return None  # "《携手走向更好的明天》": a speech's or a book's title speaks of no day
    word = (match["word"] or match["zh"]).lower()
    return Reading(first=Parts(), basis="anchor", unit="day", shift=_DAY_WORDS[word])


def _inside_title(text: str, at: int) -> bool:
    """Whether `at` is inside a title in book marks: a "《" before it that no "》" has closed."""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and text.rfind("》", opened, at) < 0


_EN_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
}  # fmt: skip


def read_ago(match: re.Match[str]) -> Reading | None:
    """A time counted back from the text's own date: "three years ago", "a decade ago", "两年前", "3个月前"."""
    word, unit = match["n"].lower(), match["unit"].lower()
    count = int(word) if word.isdigit() else _EN_COUNTS.get(word) or _number_of(word.replace("两", "二"))
    if not count:
        return None
    if unit.startswith("decade"):
        return Reading(first=Parts(), basis="anchor", unit="year", shift=-10 * count)
    if unit.startswith("month") or unit == "个月":
        return Reading(first=Parts(), basis="anchor", unit="month", shift=-count)
    return Reading(first=Parts(), basis="anchor", unit="year", shift=-count)


_PART_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def read_part_of_year(match: re.Match[str]) -> Reading | None:
    """Part of a year as its months: a half ("H1 2024", "2024年上半年") six, a quarter ("Q3 2023", "第三季度") three."""
    groups = match.groupdict()
    if groups.get("code"):
        kind, number = ("quarter" if groups["code"][0] == "Q" else "half"), int(groups["code"][1])
    elif groups.get("part"):
        kind, number = groups["kind"], _PART_NUMBERS[groups["part"]]
    elif groups.get("zh"):
        kind, number = "half", 1 if groups["zh"] == "上" else 2
    else:
        kind, number = "quarter", int(groups["zq"]) if groups["zq"].isdigit() else _HAN_DIGITS[groups["zq"]]
    months = 6 if kind == "half" else 3
    if number * months > 12:
        return None  # "H3 2024", "the third half of …"
    year = int(groups["y"])
    return Reading(first=Parts(year, months * (number - 1) + 1), last=Parts(year, months * number))


def read_day_month_year(match: re.Match[str]) -> Reading | None:
    """Day and month before the year: the number above 12 is the day ("27/05/2024", "11/20/2012").

    "05/06/2024" could be either, so it says its year only.
    """
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif a == b:
        day = month = a
    else:
        return Reading(first=Parts(year))
    return Reading(first=Parts(year, month, day)) if is_valid(year, month, day) else None


def read_bare_month(match: re.Match[str]) -> Reading | None:
    return Reading(first=Parts(month=_month_of(None, match["mon"])))


def read_bare_year(match: re.Match[str]) -> Reading | None:
    return Reading(first=Parts(int(match["y"])))


def read_relative(match: re.Match[str]) -> Reading | None:
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
    first = Parts(None, _month_of(groups.get("m"), groups.get("mon")), to_int(groups.get("d")))
    if not is_valid(None, first.month, first.day):
        return None
    return Reading(first=first, basis=basis, unit=unit, shift=shift)


def _weekday_from(weekday: int, week: Week, base: PartialDate) -> PartialDate | None:
    """The day (Monday 0) that a weekday reading names from `base`, as `week` says."""
    if base.month is None or base.day is None:
        return None
    on = datetime.date(base.year, base.month, base.day)
    monday = on - datetime.timedelta(days=on.weekday())
    if week == "this":
        found = monday + datetime.timedelta(days=weekday)
    elif week == "previous":
        found = monday - datetime.timedelta(days=7 - weekday)
    elif week == "before":
        found = on - datetime.timedelta(days=(on.weekday() - weekday - 1) % 7 + 1)
    elif week == "following":
        found = monday + datetime.timedelta(days=7 + weekday)
    elif week == "after":
        found = on + datetime.timedelta(days=(weekday - on.weekday() - 1) % 7 + 1)
    elif week == "on_or_after":
        found = on + datetime.timedelta(days=(weekday - on.weekday()) % 7)
    else:
        found = on - datetime.timedelta(days=(on.weekday() - weekday) % 7)
    return PartialDate(year=found.year, month=found.month, day=found.day) if found.year >= MIN_YEAR else None


def read_decade(match: re.Match[str]) -> Reading | None:
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
    low, high = _DECADE_PARTS.get((groups.get("part") or groups.get("ko_part") or "").lower(), (0, 9))
    first, last = start + low, start + high
    if not MIN_YEAR <= first <= last <= MAX_YEAR:
        return None
    return Reading(first=Parts(first), last=Parts(last), decade=True)


def to_int(value: str | None) -> int | None:
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
