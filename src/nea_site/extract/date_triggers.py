"""Prefilters of the date rules: what a text must hold for a rule to match in it, tested before the rule runs.

extract/dates.py skips a rule whose requirement the text lacks; tests check every requirement against the
rules' matches. The patterns and their fragments are date_patterns' (`p`).
"""

from __future__ import annotations

import re

from nea_site.extract import date_patterns as p

ANY_MONTH_NAME_RE = re.compile("|".join(dict.fromkeys(name[:3] for name in p._MONTH_NAMES)))  # how each one starts
NEEDS_NON_ASCII = frozenset(
    {
        p.ZH_DATE_RE, p.ZH_YEAR_RANGE_RE, p.ZH_MONTH_RANGE_RE, p.ZH_DAY_RANGE_RE, p.ZH_MONTH_DAY_RE, p.ZH_DAY_RE,
        p.ZH_MONTH_DAY_RANGE_RE, p.ZH_DAY_ONLY_RANGE_RE, p.ZH_WEEKDAY_RE, p.ZH_RELATIVE_YEAR_RE, p.ZH_RELATIVE_MONTH_RE,
        p.ZH_CENTURY_DECADE_RE, p.ZH_CENTURY_ORDINAL_RE, p.ZH_DECADE_RE, p.ZH_AGO_RE, p.ZH_PART_OF_YEAR_RE,
        p.LEX_RELATIVE_RE, p.MARKED_DAY_RE, p.MID_DOT_DATE_RE, p.CJK_SEASON_RE, p.DOTTED_WEEKDAY_DATE_RE,
    }
)  # fmt: skip
NEEDS_MONTH_NAME = frozenset(
    {
        p.EN_MONTH_DAY_RE, p.EN_DAY_MONTH_RE, p.EN_MONTH_YEAR_RE, p.EN_MONTH_PAIR_RE, p.EN_MONTH_RE,
        p.EN_MONTH_RELATIVE_RE, p.EN_MONTH_DAY_RANGE_RE, p.EN_DAY_MONTH_RANGE_RE, p.EN_RELATIVE_MONTH_RE,
    }
)  # fmt: skip
ANY_DIGIT_RE = re.compile(r"[0-9]")
NEEDS_DIGIT = frozenset(
    {
        p.ZH_DAY_RANGE_RE, p.ZH_MONTH_RANGE_RE, p.ZH_YEAR_RANGE_RE, p.ZH_DATE_RE, p.ISO_DATE_RE, p.EN_RANGE_RE,
        p.EN_DAY_MONTH_RE, p.ZH_MONTH_DAY_RE, p.ZH_DAY_RE, p.BARE_YEAR_RE, p.ZH_MONTH_DAY_RANGE_RE,
        p.ZH_DAY_ONLY_RANGE_RE, p.DAY_MONTH_YEAR_RE, p.EN_MONTH_DAY_RANGE_RE, p.EN_DAY_MONTH_RANGE_RE,
        p.EN_PART_OF_YEAR_RE, p.ZH_PART_OF_YEAR_RE, p.MARKED_DAY_RE, p.MID_DOT_DATE_RE, p.CJK_SEASON_RE,
        p.OPEN_RANGE_RE, p.DOTTED_WEEKDAY_DATE_RE,
    }
)  # fmt: skip
# What every match of a rule contains: a rule is skipped where its trigger does not occur (tests check that
# each rule's matches hold their trigger). These are the rules that are slow to scan for: their patterns begin
# with optional words or look-behinds, so the regex engine cannot jump to a first character.
# Most triggers are words, one of which every match holds once lower-cased: one automaton finds them all in the
# lower-cased text (extract/dates.py).
RULE_TRIGGER_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    p.EN_RELATIVE_RE: ("year", "month"),
    p.EN_DECADE_RE: ("0s", "0's"),  # "1980s", "1990's"
    p.EN_CENTURY_DECADE_RE: ("century",),
    p.ZH_CENTURY_DECADE_RE: ("世纪",),
    p.ZH_CENTURY_ORDINAL_RE: ("世纪",),
    p.ZH_DECADE_RE: ("年代", "년대"),
    p.EN_BETWEEN_RE: ("between",),
    p.ZH_RELATIVE_YEAR_RE: ("今年", "去年", "前年", "明年", "本年", "同年", "次年", "翌年"),
    p.EN_WEEKDAY_RE: ("day",),  # "monday" … "sunday"
    p.ZH_WEEKDAY_RE: ("周", "星期", "礼拜"),
    p.DAY_WORD_RE: ("today", "yesterday", "tomorrow", *p._CJK_DAY_WORDS),
    p.EN_AGO_RE: ("ago",),
    p.EN_PART_OF_YEAR_RE: ("half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2"),
    p.ZH_AGO_RE: ("年前", "月前"),
    p.EN_SEASON_RE: tuple(word.lower() for word in p._EN_SEASONS),
    p.SAME_DAY_RE: tuple(word.lower() for word in p.lexicon_words("date_words_same_day")),
    p.DAY_SHIFT_RE: tuple(
        word.lower() for name in ("date_words_previous_day", "date_words_next_day") for word in p.lexicon_words(name)
    ),
    p.NEW_YEAR_DAY_RE: tuple(word.lower() for word in p.lexicon_words("date_words_new_year_day")),
    p.EN_LATER_RE: ("year later", "years later", "month later", "months later"),
    p.ZH_RELATIVE_MONTH_RE: ("本月", "上月", "上个月", "下月", "下个月", "同月", "次月", "翌月"),
    p.LEX_RELATIVE_RE: p.lexicon_words(*p.RELATIVE_WORD_LISTS, langs=("zh", "ko", "ja")),
    p.MARKED_DAY_RE: p.lexicon_words("date_past_day_markers", "date_coming_day_markers"),
    p.MID_DOT_DATE_RE: ("·", "ㆍ"),
    p.DOTTED_WEEKDAY_DATE_RE: tuple(f"{bracket}{day}" for bracket in "(（" for day in p.WEEKDAY_SHORT_FORMS),
    p.WEEK_WORD_RE: tuple(word.lower() for word in p.lexicon_words(*p.WEEK_WORD_LISTS)),
}
# The others, as regexes (on the text as written): the first year of a range, then "to", "–", "至"…; a digit and
# the mark after it ("11月", "26日"); a year and a separator. Each is digits, then what follows a number (never a
# digit): `triggers_in` finds them all in one scan over the text's numbers.
_ZH_RANGE_TRIGGER = re.compile(rf"[0-9]{p._SP}(?:[年년月월日号일]{p._SP})?{p._ZH_TO}")  # "26日至", "1—", "2022年1月至"
_EN_RANGE_TRIGGER = re.compile(rf"[0-9](?:\s+(?:to|until|till|through)\s|\s*{p._DASH})")  # "2012 to", "2017–"
_YEAR_MARK_TRIGGER = re.compile(rf"[0-9]{p._SP}{p._YEAR_MARK}")  # "2023年", "2023 년"
RULE_TRIGGERS = {
    p.EN_RANGE_RE: _EN_RANGE_TRIGGER,
    p.OPEN_RANGE_RE: _EN_RANGE_TRIGGER,
    p.ZH_DATE_RE: _YEAR_MARK_TRIGGER,
    p.ZH_PART_OF_YEAR_RE: re.compile(rf"[0-9]{p._SP}年{p._SP}[第上下]"),  # "2023年第", "2024 年上"
    p.CJK_SEASON_RE: re.compile(
        rf"[0-9]{p._SP}{p._YEAR_MARK}{p._SP}(?:{p._alternation(p._CJK_SEASONS)})"
    ),  # "2019年秋"
    p.ZH_YEAR_RANGE_RE: re.compile(rf"[0-9]{p._SP}(?:{p._YEAR_MARK}{p._SP})?{p._ZH_TO}"),
    p.DAY_MONTH_YEAR_RE: re.compile(r"[0-9][-/.][0-9]{1,2}[-/.](?:19|20)[0-9]{2}"),
    p.ZH_DAY_RANGE_RE: _ZH_RANGE_TRIGGER,
    p.ZH_MONTH_RANGE_RE: _ZH_RANGE_TRIGGER,
    p.ZH_MONTH_DAY_RANGE_RE: _ZH_RANGE_TRIGGER,
    p.ZH_DAY_ONLY_RANGE_RE: _ZH_RANGE_TRIGGER,
    p.ZH_MONTH_DAY_RE: re.compile(rf"[0-9]{p._SP}{p._MONTH_MARK}"),  # "11月", "6 월"
    p.ZH_DAY_RE: re.compile(rf"[0-9]{p._SP}[日일]"),  # "17日", "9 일"
    p.ISO_DATE_RE: re.compile(r"[0-9]{4}[-/.] ?[0-9]"),  # "2023-1", "2023. 1"
}


def _digit_run_scan() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], int], ...]]:
    """The regex of the runs of digits that may end a trigger's digits, and each trigger with its count of digits.

    "[0-9]{4}[-/.]" is four digits and a separator: a run of four digits or more ends where the separator follows.
    """
    rests: list[str] = []
    digits_of: list[tuple[re.Pattern[str], int]] = []
    for trigger in dict.fromkeys(RULE_TRIGGERS.values()):
        lead = _LEADING_DIGITS_RE.match(trigger.pattern)
        if lead is None or trigger.flags != re.UNICODE:
            raise ValueError(f"a date trigger must open with [0-9] and have no flags: {trigger.pattern}")
        digits = int(lead[1] or 1)
        rest = trigger.pattern[lead.end() :]
        rests.append(rf"(?<=[0-9]{{{digits}}}){rest}" if digits > 1 else rest)
        digits_of.append((trigger, digits))
    # A whole run (no digit before its first, every digit taken) before one of the rests.
    run = re.compile(r"[0-9](?<![0-9]{2})[0-9]*+(?=" + "|".join(f"(?:{rest})" for rest in rests) + ")")
    return run, tuple(digits_of)


_LEADING_DIGITS_RE = re.compile(r"\[0-9\](?:\{([1-9])\})?")
_TRIGGER_RUN_RE, _TRIGGER_DIGITS = _digit_run_scan()


def triggers_in(text: str, start: int = 0) -> set[re.Pattern[str]]:
    """The values of RULE_TRIGGERS that `search` finds in text[start:] (no digit right before `start`).

    Each trigger is some digits, then what follows a number (never a digit), so its digits end a run of digits.
    One scan finds the runs after which some trigger's rest follows (a few per text); each trigger is tried at
    those only, instead of one search of the text per trigger.
    """
    found: set[re.Pattern[str]] = set()
    for run in _TRIGGER_RUN_RE.finditer(text, start):
        end = run.end()
        for trigger, digits in _TRIGGER_DIGITS:
            if trigger not in found and end - digits >= run.start() and trigger.match(text, end - digits):
                found.add(trigger)
        if len(found) == len(_TRIGGER_DIGITS):
            break
    return found
