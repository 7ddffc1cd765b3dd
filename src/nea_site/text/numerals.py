"""Dates written in Chinese numerals ("二〇二三年十一月二十六日") and era years ("民國112年") as digits, offsets kept.

Date patterns read Arabic digits. Official Chinese texts, histories and Taiwanese sources write the same dates in
Han numerals or count years from an era; `fold_date_numerals` rewrites just those numbers, and only where a date
mark makes them a date: four digit-characters before 年 ("一九九九年" -> "1999年"), a month before 月 that follows
a year or precedes a day ("十一月" -> "11月"), a day before 日/号 right after 月 ("二十六日" -> "26日"), and an era
year ("民國112年", "民国三十四年", "令和5年", "平成元年") as its Gregorian year. Durations stay as written: "十年",
"三个月", "七日内" (no month before the day) are no dates. The result maps its offsets back to the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.text.literals import Literals
from nea_site.text.openings import matches_from
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
DATE_NUMERAL_PLAIN = (
    rf"(?P<era>{'|'.join(_ERAS)}){_SP}(?P<n>元|[0-9]{{1,3}}|[{_ZERO}一二三四五六七八九十百]{{1,6}})(?={_SP}年)"
    rf"|(?<![{_NUMERAL_CHARS}])(?P<year>{_YEAR})(?={_SP}(?:年|[—–\-~～至到]{_SP}{_YEAR}{_SP}年))"
    rf"|(?<![{_NUMERAL_CHARS}第每])(?P<month>十[一二]?|[一二三四五六七八九])(?={_SP}月)"
    rf"|(?<![{_NUMERAL_CHARS}])(?P<day>{_DAY})(?={_SP}[日号])"
)
# The form used: each "no numeral before" test written after the numeral's first character (`.` steps over it),
# the day's alternatives split by that character, in the same order. The plain form tests three look-behinds at
# every character of the text; this one only where a numeral stands (a third less time; a property test checks
# both forms alike).
_NOT_AFTER_NUMERAL = rf"(?<![{_NUMERAL_CHARS}].)"
DATE_NUMERAL_RE = re.compile(
    rf"(?P<era>{'|'.join(_ERAS)}){_SP}(?P<n>元|[0-9]{{1,3}}|[{_ZERO}一二三四五六七八九十百]{{1,6}})(?={_SP}年)"
    rf"|(?P<year>[一二]{_NOT_AFTER_NUMERAL}[{_ZERO}一二三四五六七八九]{{3}})(?={_SP}(?:年|[—–\-~～至到]{_SP}{_YEAR}{_SP}年))"
    rf"|(?P<month>十(?<![{_NUMERAL_CHARS}第每].)[一二]?|[一二三四五六七八九](?<![{_NUMERAL_CHARS}第每].))(?={_SP}月)"
    rf"|(?P<day>三{_NOT_AFTER_NUMERAL}十一?|二{_NOT_AFTER_NUMERAL}十[一二三四五六七八九]?"
    rf"|十{_NOT_AFTER_NUMERAL}[一二三四五六七八九]?|[一二三四五六七八九]{_NOT_AFTER_NUMERAL})(?={_SP}[日号])"
)
# The characters a match of DATE_NUMERAL_RE opens with: an era's name's first, a numeral of a year, month or day.
_DATE_NUMERAL_FIRST_RE = re.compile(
    "[" + "".join(sorted({era[0] for era in _ERAS} | set("一二三四五六七八九十"))) + "]"
)


def date_numerals(text: str) -> Iterator[re.Match[str]]:
    """The matches of `DATE_NUMERAL_RE.finditer(text)` (a property test checks), tried where a match may open.

    Its alternatives open with a group, so the engine would try them at every character of the text (~40 µs a
    paragraph); a scan in C for their first characters finds the few places to try.
    """
    return matches_from(DATE_NUMERAL_RE, _DATE_NUMERAL_FIRST_RE, text)


_DAY_AFTER_MONTH_RE = re.compile(rf"{_SP}月{_SP}(?:{_DAY}|[0-9]{{1,2}}){_SP}[日号]")
_YEAR_BEFORE_RE = re.compile(rf"年{_SP}$")
_MONTH_BEFORE_RE = re.compile(rf"月{_SP}$")
# What every rewrite needs: a numeral before a date mark, or an era's name. Tested first, in C scans: two, as a
# pattern that opens with one character class (or with literals) is scanned for that character quickly, while one
# that opens with an alternation of a class and literals is tried at every character.
_NUMERAL_BEFORE_MARK_RE = re.compile(rf"[{_ZERO}一二三四五六七八九十元]{_SP}[年月日号]")
_ERA_NAME_RE = re.compile("|".join(_ERAS))


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
_LEXICON = lexicon.current()
# Units that make a number an amount ("亿美元", "个百分点", "倍") and counters that make it a count ("名", "次", "省",
# "か国"): Chinese and Japanese lists of the lexicon, longest first where one holds another.
HAN_AMOUNT_UNITS = tuple(sorted(_LEXICON.words("statistic_units", "zh", "ja"), key=lambda w: (-len(w), w)))
_SMALL_COUNTERS = frozenset(_LEXICON.words("statistic_small_counters", "zh", "ja"))
HAN_COUNTERS = tuple(
    sorted({*_LEXICON.words("statistic_counters", "zh", "ja"), *_SMALL_COUNTERS}, key=lambda w: (-len(w), w))
)
_HAN_UNITS = "|".join(re.escape(w) for w in sorted({*HAN_AMOUNT_UNITS, *HAN_COUNTERS}, key=lambda w: (-len(w), w)))
# "百分之二十", "三分之一", "七千亿美元", "三点五个百分点", "两倍", "五次", "两年半", "百余部", "六省": an amount in
# Chinese numerals with a unit or counter that makes it one (a bare "三国", "千万" or "一元化" is none), or a
# fraction ("三分之一" is one third: the denominator comes first). Not after
# a numeral, 第 (an ordinal), 周 or 星期 (a weekday), 初 (a day of a lunar month). "多"/"余" (more than) may
# stand before the counter, "半" (and a half) after it; a scale (万, 亿, 兆) before it: "三万人", "一万余名".
HAN_QUANTITY_RE = re.compile(
    rf"(?<![{_NUMERAL_CHARS}第周初])(?<!星期)(?:(?P<percent>百分之)(?P<pnum>[{_ZERO}一二两三四五六七八九十百]+(?:点[{_ZERO}一二三四五六七八九]+)?)"
    rf"|(?P<den>[二两三四五六七八九十]+)分之(?P<top>[一二两三四五六七八九十]+)"
    rf"|(?P<num>[{_ZERO}一二两三四五六七八九十百千]+(?:点[{_ZERO}一二三四五六七八九]+)?)"
    rf"(?P<more>[多余])?(?P<scale>万亿|[万亿兆億])?[多余]?(?P<unit>{_HAN_UNITS})(?P<half>半)?)"
)
_NOT_COUNTS = _LEXICON.words("statistic_not_counts", "zh", "ja")
# What a match of HAN_QUANTITY_RE opens with (it opens with look-behinds: the engine cannot scan for it): a numeral.
_HAN_QUANTITY_FIRST_RE = re.compile(f"[{_ZERO}一二两三四五六七八九十百千]")
# What every amount of HAN_QUANTITY_RE holds, found by scans the engine runs in C: a numeral, then the first
# character of a unit or counter, or a fraction's 分之 (most Chinese sentences have none).
_UNIT_STARTS = "".join(sorted({w[0] for w in (*HAN_AMOUNT_UNITS, *HAN_COUNTERS)} | set("万亿兆億")))
_NUMERAL_BEFORE_UNIT_RE = re.compile(rf"[{_ZERO}一二两三四五六七八九十百千][多余]{{0,2}}[{re.escape(_UNIT_STARTS)}]")


def may_hold_han_quantity(text: str) -> bool:
    """False when `text` holds no amount in Chinese numerals (see `han_quantities`); a quick test to run first."""
    return "分之" in text or _NUMERAL_BEFORE_UNIT_RE.search(text) is not None


def han_quantities(text: str) -> list[tuple[int, int, str, float, str]]:
    """(start, end, written, value, unit) of each amount in Chinese numerals in `text` (see HAN_QUANTITY_RE).

    A lone 一 with a counter is no count ("一个中国", "一次性"): it is an article more often than a figure; nor a
    word of the lexicon's statistic_not_counts ("百年", "四个全面"), which names something.
    """
    found: list[tuple[int, int, str, float, str]] = []
    for match in matches_from(HAN_QUANTITY_RE, _HAN_QUANTITY_FIRST_RE, text):
        if text.startswith(_NOT_COUNTS, match.start()):
            continue  # "百年奋斗目标", "四个全面": a name
        if match["den"]:
            top, bottom = han_quantity(match["top"]), han_quantity(match["den"])
            if top and bottom and top < bottom:
                found.append((match.start(), match.end(), match.group(), round(top / bottom, 4), ""))
            continue
        numeral = match["pnum"] or match["num"]
        value = han_quantity(numeral)
        if value is None:
            continue
        unit = "%" if match["percent"] else (match["scale"] or "") + match["unit"]
        if (numeral == "一" and unit in HAN_COUNTERS) or not value:
            continue  # "零部件": a word
        if unit in _SMALL_COUNTERS and len(numeral) > 1:
            continue  # "二十大": a party congress
        if match["half"]:
            value += 0.5
        found.append((match.start(), match.end(), match.group(), value, unit))
    return found


def _valued(name: str, lang: str) -> dict[str, float]:
    """A lexicon list of 'word=value' entries as a mapping."""
    out: dict[str, float] = {}
    for entry in _LEXICON.words(name, lang):
        word, _, value = entry.partition("=")
        out[word.strip().lower()] = float(value)
    return out


_NUMBER_WORDS = _valued("number_words", "en")
_FRACTIONS = {
    f"{top}{joint}{bottom}": round(a / b, 4)
    for top, a in _valued("fraction_numerators", "en").items()
    for bottom, b in _valued("fraction_denominators", "en").items()
    for joint in ("-", " ")
}
_ONE_AFTER = frozenset(w.lower() for w in _LEXICON.words("number_one_after", "en"))
_WORD_VALUES = {**_NUMBER_WORDS, **_FRACTIONS, "one": 1.0}
_WORDS = Literals(list(_WORD_VALUES.items()))
_DETERMINERS = frozenset(w.lower() for w in _LEXICON.words("number_word_determiners", "en"))
_EN_UNITS = tuple(
    sorted(
        {w.lower() for w in (*_LEXICON.words("statistic_units", "en"), *_LEXICON.words("statistic_scales", "en"))},
        key=lambda w: (-len(w), w),
    )
)
_AND_A_HALF_RE = re.compile(r"[- ]and[- ]a[- ]half\b", re.IGNORECASE)
_WORD_UNIT_RE = re.compile(rf"[- ](?P<unit>{'|'.join(re.escape(u) for u in _EN_UNITS)})\b", re.IGNORECASE)
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_OPENING_QUOTES = ("“", '"', "‘", "「")
# Words that count members of a set named after them: "one of the six parties", "each of the three".
_COUNTING = frozenset({"one", "each", "any", "none", *_NUMBER_WORDS})


def number_words_in(paragraph: str) -> list[tuple[int, int, bool, bool]] | None:
    """Each number word of a paragraph: (start, end, free on the left, free on the right), by start.

    Free: nothing `word_quantities` reads as part of a longer word touches that side. A sentence of the paragraph
    with no word inside it that is free on each side or ends the sentence there has no count in words (see
    `may_count_in_words`): one automaton pass per paragraph instead of one per sentence. None when lower-casing
    moves the paragraph's offsets.
    """
    lower = paragraph.lower()
    if len(lower) != len(paragraph):
        return None
    last = len(paragraph)
    found = [
        (
            start,
            end,
            not (start and (paragraph[start - 1].isalnum() or paragraph[start - 1] == "-")),
            not (end < last and paragraph[end].isalnum()),
        )
        for start, end, _ in _WORDS.find_all(lower)
    ]
    found.sort()
    return found


def may_count_in_words(words: list[tuple[int, int, bool, bool]], start: int, end: int) -> bool:
    """Whether `word_quantities` may find a count in paragraph[start:end], given `number_words_in(paragraph)`."""
    i = bisect.bisect_left(words, (start,))
    while i < len(words) and words[i][0] < end:
        at, stop, left, right = words[i]
        if stop <= end and (left or at == start) and (right or stop == end):
            return True
        i += 1
    return False


def word_quantities(text: str) -> list[tuple[int, int, str, float, str]]:
    """(start, end, written, value, unit) of each count in English words.

    "two conditions", "twice", "one-third", "five or six", "two-and-a-half years", "a two-year hiatus".

    A number word after a determiner names a known set ("the three countries agreed", "youth of the three
    countries"), unless a count and "of" precede the determiner ("one of the six parties"); a capitalised one inside
    a sentence, or one after an opening quote, is part of a name ("Three Gorges", "“two micro-ends”"); one before
    a hyphen and a word that is no unit makes an adjective ("two-way trade", but "a two-year term"). "one" counts
    only after a word of the lexicon's number_one_after ("only one country", "at least one").
    """
    lower = text.lower()
    if len(lower) != len(text):
        return []
    found: list[tuple[int, int, str, float, str]] = []
    last = len(text)
    for start, end, value in sorted(_WORDS.find_all(lower), key=lambda f: (f[0], -f[1])):
        if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (end < last and text[end].isalnum()):
            continue
        if found and start < found[-1][1]:
            continue  # "one-third" found, its "third" is no word of its own
        if text[start].isupper() and text[:start].strip(" \"'“‘(-—"):
            continue
        if text[:start].rstrip(" ").endswith(_OPENING_QUOTES):
            continue  # '“two micro-ends”', '" three pillars"': the first word of a name
        words = _LATIN_WORD_RE.findall(text, max(0, start - 40), start)[-3:]
        if end - start == 3 and lower[start:end] == "one" and not (words and words[-1].lower() in _ONE_AFTER):
            continue  # "one of the", "one another"; but "only one country"
        if (
            words
            and words[-1].lower() in _DETERMINERS
            and not (len(words) == 3 and words[1].lower() == "of" and words[0].lower() in _COUNTING)
        ):
            continue
        stop = end
        half = _AND_A_HALF_RE.match(text, stop)
        if half:
            value, stop = value + 0.5, half.end()
        unit_match = _WORD_UNIT_RE.match(text, stop)
        unit = ""
        if unit_match:
            unit, stop = unit_match["unit"].lower(), unit_match.end()
        elif text[stop : stop + 1] == "-" and stop + 1 < last and text[stop + 1].isalpha():
            continue  # "two-way", "six-party", "two-track": a compound adjective, no count
        found.append((start, stop, text[start:stop], value, unit))
    return found


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
    if text.isascii() or not (_NUMERAL_BEFORE_MARK_RE.search(text) or _ERA_NAME_RE.search(text)):
        return FoldedText(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    done = 0
    for match in date_numerals(text):
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
