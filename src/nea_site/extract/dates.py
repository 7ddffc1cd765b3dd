"""Date expressions in English and Chinese text -> DateSpans: verbatim offsets, partial dates, precision, resolution.

Our own rules, no tagger. A bare 4-digit number is a year only with context ("in 2015", "2015年", a range, a
list); qualifiers ("since", "by the end of", "自", "截至", "年底", "以来") belong to the expression, plain
prepositions ("in", "of", "the year") do not. Decades: "the 1980s" is 1980–1989; early/初 0–3, mid/中期 4–6,
late/末 7–9 ("the early 1980s" is 1980–1983). A date lacking its year (or month) takes it from the previous
date of the same text ("inferred"), else from the anchor ("relative"), else stays unresolved.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable
from dataclasses import replace

from nea_site.extract import date_context, date_patterns, date_triggers
from nea_site.extract.date_guards import (
    LUNAR_BEFORE_RE,
    LUNAR_WORDS,
    OLD_YEAR_RE,
    in_title_marks,
    inside_korean_word,
)
from nea_site.extract.date_readings import Kind
from nea_site.extract.date_resolve import DateSpan as DateSpan  # re-exported: the type of what find_dates gives
from nea_site.extract.date_resolve import Found, resolve_all
from nea_site.extract.date_weekdays import with_weekdays_agreeing, without_weekdays_of_days
from nea_site.extract.fast_new import maker
from nea_site.extract.relative_readings import READERS
from nea_site.model import PartialDate
from nea_site.text.literals import Literals
from nea_site.text.numerals import fold_date_numerals
from nea_site.text.openings import matches_at_words, matches_from, opening_regex, opening_words
from nea_site.text.scan import ASCII_DIGITS, first_index
from nea_site.text.script import fold_digits

_CONTEXT_WINDOW = 40  # characters looked at before a match for context words and qualifiers
_LIST_GAP = 8  # longest text between two years of a list: ", and "


def find_dates(
    text: str, *, anchor: PartialDate | None, reference: PartialDate | None = None, after_old_year: bool = False
) -> list[DateSpan]:
    """All date expressions in `text` (English and Chinese mixed allowed), sorted by offset, non-overlapping.

    Where matches overlap the longest wins. `anchor` (the document's date) resolves "this year", "今年", "本月" and
    dates without a year when no earlier date of the text gives one; `reference` (a heading's year) is read as an
    earlier date of the text. Full-width digits ("２０２４年") and dates in Chinese numerals
    ("二〇二三年十一月二十六日", "民國112年") are read as their digits; spans keep `text`'s offsets. A date without
    its year after a year the site does not read ("1886년 7월(음력 6월)"; `after_old_year`: the text before ended
    with one) stays unresolved.
    """
    folded = fold_date_numerals(fold_digits(text))
    spans = _find_digit_dates(folded.text, anchor=anchor, reference=reference, after_old_year=after_old_year)
    if folded.text is text:
        return spans
    moved = []
    for span in spans:
        start, end = folded.original_span(span.start_offset, span.end_offset)
        moved.append(replace(span, start_offset=start, end_offset=end, expression=text[start:end]))
    return moved


def month_anchor(dates: list[PartialDate | None], anchor: PartialDate) -> PartialDate | None:
    """The month a text dated to a year only was written in, as far as its own dates tell: the latest it names.

    A text dated by its year alone ("2018", from its file name) that names "May 9th" was written in May or later;
    "this month", "last month" and "next month" are counted from that month (marked inferred). None when the
    text names no month of that year.
    """
    months = [(d.year, d.month) for d in dates if d is not None and d.year == anchor.year and d.month is not None]
    if anchor.month is not None or not months:
        return None
    year, month = max(months)
    return PartialDate(year=year, month=month, day=None)


def resolve_again(span: DateSpan, anchor: PartialDate) -> DateSpan:
    """An unresolved span read again against `anchor` (a month_anchor): resolved, it is marked inferred."""
    if span.start is not None:
        return span
    again = find_dates(span.expression, anchor=anchor)
    if len(again) != 1 or again[0].start is None or again[0].expression != span.expression:
        return span
    return replace(span, start=again[0].start, end=again[0].end, resolution="inferred")


def _find_digit_dates(
    text: str, *, anchor: PartialDate | None, reference: PartialDate | None, after_old_year: bool = False
) -> list[DateSpan]:
    has_link = "http" in text or "www." in text  # what every URL_RE match starts with
    links = [(m.start(), m.end()) for m in date_context.URL_RE.finditer(text)] if has_link else []
    found: list[Found] = []
    unlisted: list[Found] = []  # lone years with no context word: years only if listed with one that has
    # The rules to skip, as bits by rank: each needs a character, a month name or a trigger the text lacks.
    ascii_text = text.isascii()
    skip = 0 if not ascii_text else _NON_ASCII_RULES
    if not date_triggers.ANY_MONTH_NAME_RE.search(text):
        skip |= _MONTH_NAME_RULES
    triggered = 0
    for _, _, rules in _TRIGGER_WORDS.find_all(text.lower()):
        triggered |= rules
    skip |= _TRIGGER_WORD_RULES & ~triggered
    if ascii_text:  # date_triggers.ANY_DIGIT_RE's first match, by str scans (text/scan.py)
        first_digit = first_index(text, ASCII_DIGITS)
    else:
        found_digit = date_triggers.ANY_DIGIT_RE.search(text)
        first_digit = found_digit.start() if found_digit is not None else -1
    if first_digit < 0:
        skip |= _DIGIT_RULES  # every trigger holds a digit too
    else:
        present = date_triggers.triggers_in(text, first_digit)
        for rule, trigger in _TRIGGERS:
            if trigger not in present:
                skip |= rule
    runs = _ALL_RULES & ~skip  # most texts run a few rules of the many: each is taken by its bit, lowest first
    lunar = not text.isascii() and any(map(text.__contains__, LUNAR_WORDS))  # what LUNAR_BEFORE_RE needs
    while runs:
        bit = runs & -runs
        runs ^= bit
        rank = bit.bit_length() - 1
        pattern, kind = _RULES[rank]
        opening, words = _OPENINGS[rank], _OPENING_WORDS[rank]
        if words is not None and ascii_text:  # str.find runs a byte scan in ASCII text only
            matches = matches_at_words(pattern, words, text)
        else:
            matches = pattern.finditer(text) if opening is None else matches_from(pattern, opening, text)
        for match in matches:
            if links and any(match.start() < end and start < match.end() for start, end in links):
                continue
            reading = READERS[kind](match)
            if reading is None or _is_page_number(text, match):
                continue
            if pattern is date_patterns.MID_DOT_DATE_RE and in_title_marks(text, match.start()):
                continue  # "《9·19共同声明》": the day names the statement, inside its title
            if inside_korean_word(text, match.start()):
                continue  # "신정" (New Year's Day) in "갑신정변", a coup of 1884: a Korean word is a word
            if lunar and LUNAR_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()):
                continue  # "음력 6월 10일", "农历正月初一": a day of the lunar calendar, no Gregorian date
            item = _found(match.start(), match.end(), rank, reading)
            if kind == "bare_year" and date_context.QUANTITY_AFTER_RE.match(text, match.end()):
                continue  # "2000 students", "2000亿"
            if kind == "bare_year" and not _has_year_context(text, match):
                unlisted.append(item)
                continue
            if kind == "bare_month" and not _has_month_context(text, match):
                continue
            found.append(item)
    if unlisted:
        found.extend(_find_listed_years(text, found, unlisted))
    chosen = _choose_longest([_qualify(text, item) for item in found])
    old_years = (
        tuple(m.start() for m in OLD_YEAR_RE.finditer(text))
        if first_digit is not None and ("年" in text or "년" in text)
        else ()
    )
    chosen, weekdays = without_weekdays_of_days(text, chosen)
    spans = resolve_all(text, chosen, anchor, reference, old_years=old_years, after_old_year=after_old_year)
    return with_weekdays_agreeing(spans, weekdays, anchor) if weekdays else spans


_found = maker(Found)  # Found(start_offset, end_offset, rank, reading) without its __init__ (fast_new)


def _ending_at(pattern: re.Pattern[str], text: str, offset: int) -> re.Match[str] | None:
    """A match of `pattern` (anchored with "$") that ends exactly at `offset`, looking back a few words only.

    Searched only where the character before `offset` may end a match (date_context.LAST_CHARACTERS): a search
    tries each of the window's forty starts, and most numbers follow a character none of the patterns ends with.
    A "$" may also match before a newline that ends the window: a newline is a space, which every pattern allows.
    """
    if not offset:
        return None  # no pattern matches an empty window
    last = text[offset - 1]
    if not (last.isspace() or last in date_context.LAST_CHARACTERS[pattern]):
        return None
    return pattern.search(text, max(0, offset - _CONTEXT_WINDOW), offset)


def _has_year_context(text: str, match: re.Match[str]) -> bool:
    if _ending_at(date_context.YEAR_CONTEXT_BEFORE_RE, text, match.start()) is not None:
        return True
    return bool(
        date_context.TIMELINE_YEAR_BEFORE_RE.match(text, 0, match.start())
        and date_context.TIMELINE_YEAR_AFTER_RE.match(text, match.end())
    )


def _has_month_context(text: str, match: re.Match[str]) -> bool:
    return _ending_at(date_context.MONTH_CONTEXT_BEFORE_RE, text, match.start()) is not None


def _is_page_number(text: str, match: re.Match[str]) -> bool:
    if not text[match.start()].isdigit():
        return False
    before = _ending_at(date_context.PAGE_BEFORE_RE, text, match.start())
    return before is not None or date_context.PAGE_AFTER_RE.match(text, match.end()) is not None


def _find_listed_years(text: str, found: list[Found], unlisted: list[Found]) -> list[Found]:
    """Lone years joined to a year by "and", "、", "和": "in 2022 and 2023", "2022和2023年"."""
    ends = {f.end_offset for f in found if f.reading.is_year_only}
    starts = {f.start_offset for f in found if f.reading.is_year_only}
    listed: list[Found] = []
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


def _has_list_neighbour(text: str, item: Found, ends: set[int], starts: set[int]) -> bool:
    for gap_start in range(max(0, item.start_offset - _LIST_GAP), item.start_offset):
        if gap_start in ends and _is_list_gap(text[gap_start : item.start_offset]):
            return True
    for gap_end in range(item.end_offset + 1, item.end_offset + _LIST_GAP + 1):
        if gap_end in starts and _is_list_gap(text[item.end_offset : gap_end]):
            return True
    return False


def _is_list_gap(gap: str) -> bool:
    return bool(gap.strip()) and date_context.YEAR_LIST_GAP_RE.fullmatch(gap) is not None


def _qualify(text: str, item: Found) -> Found:
    """Widen the span over qualifying words: "since 1999", "by the end of 2016", "截至2016年底"."""
    before = _ending_at(date_context.QUALIFIER_BEFORE_RE, text, item.start_offset)
    after = date_context.QUALIFIER_AFTER_RE.match(text, item.end_offset)
    if before is None and after is None:
        return item
    return Found(
        before.start() if before else item.start_offset,
        after.end() if after else item.end_offset,
        item.rank,
        item.reading,
    )


def _choose_longest(found: list[Found]) -> list[Found]:
    """Longest first (then leftmost, then earliest rule), skipping any that overlaps one already chosen."""
    chosen: list[Found] = []  # disjoint, so sorted by start and by end alike
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


# Every rule, most specific first: among equally long matches the earlier rule wins.
_RULES: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (date_patterns.ZH_DAY_RANGE_RE, "date"),
    (date_patterns.ZH_MONTH_RANGE_RE, "date"),
    (date_patterns.ZH_YEAR_RANGE_RE, "date"),
    (date_patterns.ZH_PART_OF_YEAR_RE, "part_of_year"),
    (date_patterns.EN_PART_OF_YEAR_RE, "part_of_year"),
    (date_patterns.ZH_DATE_RE, "date"),
    (date_patterns.ISO_DATE_RE, "date"),
    (date_patterns.DAY_MONTH_YEAR_RE, "day_month_year"),
    (date_patterns.EN_BETWEEN_RE, "date"),
    (date_patterns.EN_RANGE_RE, "date"),
    (date_patterns.EN_MONTH_PAIR_RE, "date"),
    (date_patterns.EN_MONTH_DAY_RANGE_RE, "date"),
    (date_patterns.EN_DAY_MONTH_RANGE_RE, "date"),
    (date_patterns.EN_MONTH_DAY_RE, "date"),
    (date_patterns.EN_DAY_MONTH_RE, "date"),
    (date_patterns.EN_MONTH_YEAR_RE, "date"),
    (date_patterns.EN_MONTH_RELATIVE_RE, "relative"),
    (date_patterns.ZH_RELATIVE_YEAR_RE, "relative"),
    (date_patterns.ZH_RELATIVE_MONTH_RE, "relative"),
    (date_patterns.EN_RELATIVE_RE, "relative"),
    (date_patterns.EN_WEEKDAY_RE, "weekday"),
    (date_patterns.ZH_WEEKDAY_RE, "weekday"),
    (date_patterns.DAY_WORD_RE, "day_word"),
    (date_patterns.EN_AGO_RE, "ago"),
    (date_patterns.ZH_AGO_RE, "ago"),
    (date_patterns.EN_CENTURY_DECADE_RE, "decade"),
    (date_patterns.EN_DECADE_RE, "decade"),
    (date_patterns.ZH_CENTURY_DECADE_RE, "decade"),
    (date_patterns.ZH_CENTURY_ORDINAL_RE, "decade"),
    (date_patterns.ZH_DECADE_RE, "decade"),
    (date_patterns.WEEK_WORD_RE, "week_word"),
    (date_patterns.SAME_DAY_RE, "same_day"),
    (date_patterns.DAY_SHIFT_RE, "day_shift"),
    (date_patterns.NEW_YEAR_DAY_RE, "new_year_day"),
    (date_patterns.EN_LATER_RE, "later"),
    (date_patterns.MARKED_DAY_RE, "marked_day"),
    (date_patterns.LEX_RELATIVE_RE, "lex_relative"),
    (date_patterns.MID_DOT_DATE_RE, "date"),
    (date_patterns.DOTTED_WEEKDAY_DATE_RE, "date"),
    (date_patterns.OPEN_RANGE_RE, "date"),
    (date_patterns.CJK_SEASON_RE, "season"),
    (date_patterns.EN_SEASON_RE, "season"),
    (date_patterns.EN_RELATIVE_MONTH_RE, "relative_month"),
    (date_patterns.ZH_MONTH_DAY_RANGE_RE, "date"),
    (date_patterns.ZH_DAY_ONLY_RANGE_RE, "date"),
    (date_patterns.ZH_MONTH_DAY_RE, "date"),
    (date_patterns.ZH_DAY_RE, "date"),
    (date_patterns.EN_MONTH_RE, "bare_month"),
    (date_patterns.BARE_YEAR_RE, "bare_year"),
)


# Where each rule's matches may open, for the rules the engine cannot scan for by itself (text/openings.py).
# A rule that opens with the number-start test is tried only where that test holds (date_patterns).
_OPENINGS = tuple(
    date_patterns.NUMBER_START_OPENING
    if pattern.pattern.startswith(date_patterns.NUMBER_START_PREFIX)
    else opening_regex(pattern)
    for pattern, _ in _RULES
)
# The literal words that open every match of a rule the engine scans for by a class of first characters (the
# years' [12], "between"'s [Bb]): in ASCII text the rule is tried where one of them begins (text/openings.py).
_OPENING_WORDS = tuple(opening_words(pattern) for pattern, _ in _RULES)


def _bits(ranks: Iterable[int]) -> int:
    """A set of rules as an int, with the bit 1 << rank of each: _find_digit_dates joins and tests them per text."""
    return sum({1 << rank for rank in ranks})


_ALL_RULES = (1 << len(_RULES)) - 1
# Rules that cannot match ASCII-only text (every Chinese/Korean pattern needs a mark such as 年, 月, 世纪), and
# rules that need an English month name: skipped where the text lacks them (tests check both claims).
_NON_ASCII_RULES = _bits(rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_triggers.NEEDS_NON_ASCII)
_MONTH_NAME_RULES = _bits(rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_triggers.NEEDS_MONTH_NAME)
_DIGIT_RULES = _bits(rank for rank, (pattern, _) in enumerate(_RULES) if pattern in date_triggers.NEEDS_DIGIT)


def _rules_of_trigger_words() -> dict[str, int]:
    """Each trigger word with the rules that need it (as bits)."""
    rules: dict[str, list[int]] = {}
    for rank, (pattern, _) in enumerate(_RULES):
        for word in date_triggers.RULE_TRIGGER_WORDS.get(pattern, ()):
            rules.setdefault(word, []).append(rank)
    return {word: _bits(ranks) for word, ranks in rules.items()}


# A rule with trigger words runs where one of them occurs in the lower-cased text; one automaton pass finds them.
_RULES_OF_TRIGGER_WORD = _rules_of_trigger_words()
_TRIGGER_WORDS = Literals(_RULES_OF_TRIGGER_WORD.items())
_TRIGGER_WORD_RULES = functools.reduce(operator.or_, _RULES_OF_TRIGGER_WORD.values(), 0)
_TRIGGERS = tuple(
    (1 << rank, date_triggers.RULE_TRIGGERS[pattern])
    for rank, (pattern, _) in enumerate(_RULES)
    if pattern in date_triggers.RULE_TRIGGERS
)
