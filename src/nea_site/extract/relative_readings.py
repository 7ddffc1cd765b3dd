"""Readers of dates counted from another: weekdays, the lexicon's relative words, marked days, seasons, sequels.

extract/date_readings.py holds the Reading they give and the readers of dates as written; READERS maps every
kind of rule to its reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from nea_site.extract import date_context, date_patterns
from nea_site.extract.date_readings import (
    EN_WEEKDAYS,
    ZH_WEEKDAYS,
    Kind,
    Parts,
    Reading,
    Unit,
    Week,
    is_valid,
    read_ago,
    read_bare_month,
    read_bare_year,
    read_date,
    read_day_month_year,
    read_day_word,
    read_decade,
    read_part_of_year,
    read_relative,
    to_int,
)

_FUTURE_LOOKBACK = 80  # characters before a weekday searched for the clause's future words


def _read_weekday(match: re.Match[str]) -> Reading | None:
    """A weekday ("on Monday", "last Friday", "上周一"), found from the text's date when resolved (_weekday_before)."""
    name = match["weekday"]
    week: Week = "on_or_before"
    if name.isascii():
        weekday = EN_WEEKDAYS.index(name.lower())
        if not _has_weekday_opening(match):
            return None
        if match["last"]:
            week = "before"
        elif match["next"]:
            week = "after"
    else:
        weekday = ZH_WEEKDAYS[name]
        if match["last"]:
            week = "previous"
        elif match["this"]:
            week = "this"
        elif match["next"]:
            week = "following"
    if week == "on_or_before" and _speaks_of_the_future(match):
        week = "on_or_after"  # "will meet in Tokyo on Saturday", "将于周六举行"
    return Reading(first=Parts(), basis="anchor", unit="weekday", shift=weekday, week=week)


def _has_weekday_opening(match: re.Match[str]) -> bool:
    """The word "on", "last" or "next" before an English weekday, or a verb-like word ("agreed Monday")."""
    if match.start() != match.start("weekday"):
        return True
    start = match.start()
    return date_context.BARE_WEEKDAY_BEFORE_RE.search(match.string, max(0, start - 20), start) is not None


def _speaks_of_the_future(match: re.Match[str]) -> bool:
    """The clause before the weekday says what is to come: "will", "is scheduled to", "将", "拟"."""
    start = match.start()
    return date_patterns.FUTURE_CLAUSE_RE.search(match.string, max(0, start - _FUTURE_LOOKBACK), start) is not None


# Relative words of the lexicon's lists (Korean, Japanese, Chinese): the list says what they count.
_RELATIVE_COUNTS: tuple[tuple[Unit, int], ...] = (
    ("year", 0), ("year", -1), ("year", 1), ("month", 0), ("month", -1), ("month", 1), ("month", 0), ("year", -2),
    ("year", 2),
)  # fmt: skip
_LEX_RELATIVE: dict[str, tuple[Unit, int]] = {
    word: unit_shift
    for name, unit_shift in zip(date_patterns.RELATIVE_WORD_LISTS, _RELATIVE_COUNTS, strict=True)
    for word in date_patterns.lexicon_words(name)
}


def _read_lex_relative(match: re.Match[str]) -> Reading | None:
    """A word of a relative-date list, with its month or days: "올해 6월", "지난해", "내달 4~7일", "年内", "日前"."""
    unit, shift = _LEX_RELATIVE[match["rel"]]
    month, day, day2 = to_int(match["m"]), to_int(match["d"]), to_int(match["d2"])
    if month is not None and unit == "month":
        return None  # "내달 6월" is no date
    first = Parts(None, month, day)
    last: Parts | None = Parts(None, month, day2) if day2 is not None else None
    if not is_valid(None, month, day) or (day2 is not None and (day is None or day2 <= day)):
        return None
    return Reading(first=first, last=last, basis="anchor", unit=unit, shift=shift)


def _read_marked_day(match: re.Match[str]) -> Reading | None:
    """A day of the month before ("지난 22일") or after ("오는 4~7일") the text's date."""
    day, day2 = int(match["d"]), to_int(match["d2"])
    if day2 is not None and day2 <= day:
        return None
    shift = -1 if match["past"] else 1
    last = Parts(day=day2) if day2 is not None else None
    return Reading(first=Parts(day=day), last=last, basis="anchor", unit="day_of_month", shift=shift)


_SEASON_MONTHS = {"season_spring": (3, 5), "season_summer": (6, 8), "season_autumn": (9, 11), "season_winter": (12, 2)}
_SEASON_OF = {
    word.lower(): months for name, months in _SEASON_MONTHS.items() for word in date_patterns.lexicon_words(name)
}
_SEASON_SHIFTS = {"this": 0, "coming": 0, "next": 1, "last": -1}


def _read_season(match: re.Match[str]) -> Reading | None:
    """A season as its months: "autumn 2019" is 2019-09 to 2019-11, "next autumn" that of the year after the text's.

    Winter runs from December into the next year's February; counted from the text's date it is its December.
    """
    first_month, last_month = _SEASON_OF[match["season"].lower()]
    groups = match.groupdict()
    if groups.get("y"):
        year = int(groups["y"])
        last = Parts(year + 1 if last_month < first_month else year, last_month)
        return Reading(first=Parts(year, first_month), last=last)
    word = (groups.get("rel") or groups.get("coming") or "").lower()
    if word not in _SEASON_SHIFTS:
        return None  # "in the summer", "prices fall": no date
    end = Parts(None, last_month) if last_month > first_month else None
    return Reading(first=Parts(None, first_month), last=end, basis="anchor", unit="year", shift=_SEASON_SHIFTS[word])


_MONTH_SHIFTS = {"this": 0, "next": 1, "last": -1}


def _read_relative_month(match: re.Match[str]) -> Reading | None:
    """A month named from the text's date: "last April" is the latest April before the text's month.

    In a text of May, "last April" is the April just gone and "last November" that of the year before; "next
    March" is the first March after the text's month; "this May" that of the text's own year.
    """
    shift = _MONTH_SHIFTS.get(match["rel"].lower())
    month = read_bare_month(match)
    if shift is None or month is None:
        return None
    return Reading(first=month.first, basis="anchor", unit="named_month" if shift else "year", shift=shift)


# "同日本", "同日韩两国": "with Japan (and Korea)", not "the same day": 同 (with) before 日 (Japan) and what follows it.
_WITH_JAPAN_NEXT = frozenset(date_patterns.lexicon_words("same_day_with_japan_next"))


def _read_same_day(match: re.Match[str]) -> Reading | None:
    """The day the text named before ("当天", "the same day"), else the text's own date."""
    text, end = match.string, match.end()
    if match.group().endswith("日") and end < len(text) and text[end] in _WITH_JAPAN_NEXT:
        return None  # "愿同日韩一道": with Japan and Korea
    return Reading(first=Parts(), basis="text", unit="day", shift=0)


def _read_day_shift(match: re.Match[str]) -> Reading | None:
    """The day before ("전날", "the day before") or after ("次日", "the next day") the day the text named before."""
    return Reading(first=Parts(), basis="text", unit="day", shift=-1 if match["before"] else 1)


def _read_new_year_day(match: re.Match[str]) -> Reading | None:
    """New Year's Day ("元旦"): the 1st of January nearest the text's date."""
    return Reading(first=Parts(), basis="anchor", unit="new_year")


_WEEK_SHIFTS = {
    word.lower(): shift
    for name, shift in zip(date_patterns.WEEK_WORD_LISTS, (-1, 0, 1), strict=True)
    for word in date_patterns.lexicon_words(name)
}


def _read_week_word(match: re.Match[str]) -> Reading | None:
    """A calendar week counted from the text's date ("last week", "上周", "지난주"): its Monday's month."""
    shift = _WEEK_SHIFTS.get(" ".join(match["word"].lower().split()))
    return None if shift is None else Reading(first=Parts(), basis="anchor", unit="week", shift=shift)


def _read_later(match: re.Match[str]) -> Reading | None:
    """A time counted on from the date the text named before: "a month later", "two years later"."""
    ago = read_ago(match)
    return None if ago is None else replace(ago, basis="reference", shift=-ago.shift)


READERS: dict[Kind, Callable[[re.Match[str]], Reading | None]] = {
    "date": read_date,
    "bare_year": read_bare_year,
    "bare_month": read_bare_month,
    "relative": read_relative,
    "relative_month": _read_relative_month,
    "day_shift": _read_day_shift,
    "decade": read_decade,
    "weekday": _read_weekday,
    "day_month_year": read_day_month_year,
    "day_word": read_day_word,
    "ago": read_ago,
    "part_of_year": read_part_of_year,
    "lex_relative": _read_lex_relative,
    "marked_day": _read_marked_day,
    "season": _read_season,
    "same_day": _read_same_day,
    "new_year_day": _read_new_year_day,
    "later": _read_later,
    "week_word": _read_week_word,
}
