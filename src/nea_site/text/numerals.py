"""Dates written in Chinese numerals ("二〇二三年十一月二十六日") and era years ("民國112年") as digits, offsets kept.

Date patterns read Arabic digits. Official Chinese texts, histories and Taiwanese sources write the same dates in
Han numerals or count years from an era; `fold_date_numerals` rewrites just those numbers, and only where a date
mark makes them a date: four digit-characters before 年 ("一九九九年" -> "1999年"), a month before 月 that follows
a year or precedes a day ("十一月" -> "11月"), a day before 日/号 right after 月 ("二十六日" -> "26日"), and an era
year ("民國112年", "民国三十四年", "令和5年", "平成元年") as its Gregorian year. Durations stay as written: "十年",
"三个月", "七日内" (no month before the day) are no dates. The result maps its offsets back to the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nea_site.text.script import fold_digits

_ZERO = "〇○零Ｏ"  # 〇 U+3007; ○ U+25CB and Ｏ U+FF2F stand in for it in typed and scanned texts
_DIGIT_VALUES = {**dict.fromkeys(_ZERO, 0), **{ch: i for i, ch in enumerate("一二三四五六七八九", start=1)}}
_NUMERAL_CHARS = _ZERO + "一二三四五六七八九十百千万两几"
# Gregorian year of each era's year 1 minus one; the last valid year of the era (None: still running).
_ERAS: dict[str, tuple[int, int | None]] = {
    "民國": (1911, None),
    "民国": (1911, None),
    "令和": (2018, None),
    "平成": (1988, 31),
    "昭和": (1925, 64),
}
_SP = r"\s{0,2}"
_YEAR = rf"[一二][{_ZERO}一二三四五六七八九]{{3}}"
_DAY = "三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
# Only numerals are consumed: the marks stay for the date patterns. A month or day must not continue a number.
DATE_NUMERAL_RE = re.compile(
    rf"(?P<era>{'|'.join(_ERAS)}){_SP}(?P<n>元|[0-9]{{1,3}}|[{_ZERO}一二三四五六七八九十百]{{1,6}})(?={_SP}年)"
    rf"|(?<![{_NUMERAL_CHARS}])(?P<year>{_YEAR})(?={_SP}(?:年|[—–\-~～至到]{_SP}{_YEAR}{_SP}年))"
    rf"|(?<![{_NUMERAL_CHARS}第每])(?P<month>十[一二]?|[一二三四五六七八九])(?={_SP}月)"
    rf"|(?<![{_NUMERAL_CHARS}])(?P<day>{_DAY})(?={_SP}[日号])"
)
_DAY_AFTER_MONTH_RE = re.compile(rf"{_SP}月{_SP}(?:{_DAY}|[0-9]{{1,2}}){_SP}[日号]")
_YEAR_BEFORE_RE = re.compile(rf"年{_SP}$")
_MONTH_BEFORE_RE = re.compile(rf"月{_SP}$")
# What every rewrite needs: a numeral before a date mark, or an era's name. Tested first, in one C scan.
_CANDIDATE_RE = re.compile(rf"[{_ZERO}一二三四五六七八九十元]{_SP}[年月日号]|{'|'.join(_ERAS)}")


def han_number(numeral: str) -> int | None:
    """The value of a Chinese numeral below 10,000: positional ("一百一十二", "十") or digit by digit ("一一二")."""
    if not numeral:
        return None
    if all(ch in _DIGIT_VALUES for ch in numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + _DIGIT_VALUES[ch]
        return value
    return _positional(numeral)


_QUANTITY_DIGITS = {**_DIGIT_VALUES, "两": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000}
# "百分之二十", "七千亿美元", "一千三百亿元", "三点五个百分点", "两倍": an amount in Chinese numerals with a unit that
# makes it one (a bare "三国", "千万" or "一元化" is none). Not after a numeral or 第 (an ordinal).
HAN_QUANTITY_RE = re.compile(
    rf"(?<![{_NUMERAL_CHARS}第])(?:(?P<percent>百分之)(?P<pnum>[{_ZERO}一二两三四五六七八九十百]+(?:点[{_ZERO}一二三四五六七八九]+)?)"
    rf"|(?P<num>[{_ZERO}一二两三四五六七八九十百千]+(?:点[{_ZERO}一二三四五六七八九]+)?)"
    r"(?P<unit>万亿美元|万亿元|万亿|亿美元|亿元|亿|万美元|美元|个百分点|倍))"
)
HAN_QUANTITY_TRIGGER_RE = re.compile(r"百分之|[亿倍]|美元|个百分点")


def han_quantity(numeral: str) -> float | None:
    """The value of an amount in Chinese numerals below 10,000 ("七千", "一千三百", "两百", "三点五"), else None."""
    whole, point, decimals = numeral.partition("点")
    value = _positional(whole) if whole else None
    if value is None or (point and not decimals) or not all(ch in _DIGIT_VALUES for ch in decimals):
        return None
    if not decimals:
        return float(value)
    return float(f"{value}.{''.join(str(_DIGIT_VALUES[ch]) for ch in decimals)}")


def _positional(numeral: str) -> int | None:
    total, digit, last_place = 0, None, 10_000
    for ch in numeral:
        if ch in _QUANTITY_DIGITS:
            if digit is not None and _QUANTITY_DIGITS[ch] != 0:
                return None
            digit = _QUANTITY_DIGITS[ch] or None
        elif ch in _PLACES:
            place = _PLACES[ch]
            if place >= last_place:
                return None  # "十百", "三千五千"
            total += (1 if digit is None else digit) * place
            digit, last_place = None, place
        else:
            return None
    return total + (digit or 0)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text with date numerals as digits, and where each of its offsets lies in the original text."""

    text: str
    _starts: tuple[int, ...] = ()  # per offset of `text`: the original offset a span starting there starts at
    _ends: tuple[int, ...] = ()  # per offset of `text`: the original offset a span ending there ends at

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of `text[start:end]` (a span's edge inside a rewritten number takes all of it)."""
        if not self._starts:
            return start, end
        return self._starts[start], self._ends[end]


def fold_date_numerals(text: str) -> FoldedText:
    """`text` with the numerals of its dates as Arabic digits (see the module's docstring); itself when none."""
    if text.isascii() or not _CANDIDATE_RE.search(text):
        return FoldedText(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    done = 0
    for match in DATE_NUMERAL_RE.finditer(text):
        digits = _digits_of(text, match)
        if digits is None:
            continue
        start, end = match.start(), match.end()
        pieces.append(text[done:start])
        starts.extend(range(done, start))
        ends.extend(range(done + 1, start + 1))
        pieces.append(digits)
        starts.extend([start] * len(digits))
        ends.extend([end] * len(digits))
        done = end
    if not pieces:
        return FoldedText(text)
    pieces.append(text[done:])
    starts.extend(range(done, len(text) + 1))
    ends.extend(range(done + 1, len(text) + 1))
    return FoldedText("".join(pieces), tuple(starts), tuple(ends))


def fold_date_digits(line: str) -> str:
    """A header or closing line with its dates in ASCII digits: full-width ("２０２４年") and Chinese numerals."""
    return fold_date_numerals(fold_digits(line)).text


def _digits_of(text: str, match: re.Match[str]) -> str | None:
    """The digits a numeral match stands for, or None where it is no date's number in its context."""
    if match["era"]:
        first, last = _ERAS[match["era"]]
        n = 1 if match["n"] == "元" else int(match["n"]) if match["n"].isdigit() else han_number(match["n"])
        if n is None or n < 1 or (last is not None and n > last):
            return None
        return str(first + n)
    if match["year"]:
        return str(han_number(match["year"]))
    before = text[max(0, match.start() - 8) : match.start()]
    if match["month"]:
        if not (_YEAR_BEFORE_RE.search(before) or _DAY_AFTER_MONTH_RE.match(text, match.end())):
            return None  # "三月" alone may be a name or a count; after a year or before a day it is a month
        return str(han_number(match["month"]))
    if not _MONTH_BEFORE_RE.search(before):
        return None  # "七日内", "一日游": a count of days, not a day of a month
    return str(han_number(match["day"]))
