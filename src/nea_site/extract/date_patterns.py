"""Every regex of the date rules (English and Chinese), named and compiled once; extract/dates.py gives them meaning.

Group names are shared so one reader serves many patterns: y/m/mon/d start a date, y2/m2/mon2/d2 end a range,
rel names a relative word, decade/decade4/century/ordinal/edge/part describe decades.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.text.script import to_simplified

# Fragments, not patterns: composed below, never used alone.
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"  # "1999", "2023", "2100": the only years the site accepts
_MONTH = r"(?:1[0-2]|0?[1-9])"  # "11", "03", "3"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"  # "26", "08", "8"
# "September", "Sept.", "Jan" (the lexicon's written_months and month_abbreviations); "May" only ever with a day,
# a year or a context word
_FULL_MONTH_NAMES = lexicon.current().words("written_months", "en")  # no period: "in mid-November." ends a sentence
_SHORT_MONTH_NAMES = lexicon.current().words("month_abbreviations", "en")
_MONTH_NAMES = (*_FULL_MONTH_NAMES, *_SHORT_MONTH_NAMES)
_FULL_MONTH_ALTERNATION = "|".join(_FULL_MONTH_NAMES)
_MONTH_NAME = rf"(?:(?:{'|'.join(_FULL_MONTH_NAMES)})(?![A-Za-z])|(?:{'|'.join(_SHORT_MONTH_NAMES)})(?![A-Za-z])\.?)"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?(?![0-9A-Za-z])"  # "26th", "1st", "3"


# A number starts here: not inside a word, an amount ("$2015"), a path ("/2022"), "1,999", "No.2016" or "0110-2020";
# "mid-2023" is the one hyphen allowed.
def _number_started(width: int) -> str:
    """The number-start test written after the `width` characters it precedes: it looks `width` further back."""
    skip = "." * width
    # A full stop right before is a decimal's or an abbreviation's ("v.2006"), save after a CJK character, where it
    # ends a sentence ("试射7枚导弹.2006年10月9日").
    stop = rf"(?<!(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\.{skip})"
    return rf"(?:(?<=[Mm]id-{skip})|(?<![0-9A-Za-z$¥€£/_#+\-]{skip})(?<![0-9][.,]{skip}){stop})"


_NUMBER_START = rf"(?=[0-9]){_number_started(0)}"
# Where a pattern that opens with _NUMBER_START may match: a digit, the number-start test written after it. The
# regex engine scans for the digit in C (text/openings.py tries such a pattern where this finds one): the class of
# digits alone stops at every digit of "2023" and "15,000", where no day of a pattern opening so starts.
NUMBER_START_PREFIX = _NUMBER_START
NUMBER_START_OPENING = re.compile(rf"[0-9]{_number_started(1)}")


# A month name that starts a word. The plain form puts the word boundary first; the form used tests it after the
# name's first letter (`(?<!\w.)`: no word character before that letter), so every branch starts with a letter and
# the regex engine jumps between the letters that start a month name (a property test checks both forms alike).
MONTH_AT_WORD_START_PLAIN = rf"\b(?P<mon>{_MONTH_NAME})"
MONTH_AT_WORD_START = (
    "(?P<mon>(?:"
    + "|".join(
        rf"{name[0]}(?<!\w.){name[1:]}(?![A-Za-z])" + ("" if name in _FULL_MONTH_NAMES else r"\.?")
        for name in _MONTH_NAMES
    )
    + "))"
)
BETWEEN_AT_WORD_START_PLAIN = r"\b[Bb]etween"  # "between", "Between"; the same test after the first letter
BETWEEN_AT_WORD_START = r"[Bb](?<!\w.)etween"


# A year that starts a number. The plain form puts the test first; the form used puts it after the year's four
# digits, so a pattern that starts with the year starts with a digit and the regex engine jumps from "1"/"2" to
# the next "1"/"2" in C instead of trying the pattern at every position (2x faster scans; a property test checks
# that both forms match alike).
YEAR_AT_NUMBER_START_PLAIN = rf"{_NUMBER_START}(?P<y>{_YEAR})"
YEAR_AT_NUMBER_START = rf"(?P<y>{_YEAR}){_number_started(4)}"
# A year ends here: not "2015a", "2015%", "2015.5", "2012-21" continued or "2000 %"; "in 2008.1 Since" and
# "2015.2" closing a line end a sentence with a note mark glued on (text copied out of a PDF).
_YEAR_END = r"(?![0-9A-Za-z_%％+]|[.,/\-][0-9](?!\d{0,2}(?:[ \t]+[A-Z“\"(]|[ \t]*$))|\s[%％])"
_DASH = r"(?:—{1,2}|–|－|-|~|～|∼|〜)"  # "—", "——", "–", "-", "～", "∼", "〜": range dashes in CJK and English
_ZH_TO = rf"(?:{_DASH}|至|到|から|부터)"  # "至", "到", "—"; Japanese "から", Korean "부터" (…まで, …까지)
_SP = r"\s{0,2}"  # PDF-extracted Chinese puts spaces between digits and 年/月/日: "2023 年 3 月"
_YEAR_MARK = r"[年년]"  # Chinese/Japanese 年, Korean 년 (citations in Korean give "2023년 6월 9일")
_MONTH_MARK = r"[月월]"
_DAY_MARK = r"(?:[日号일])"
_HAN_TENS = r"(?:[一二三四五六七八九]?十)"  # "九十", "十"
_CENTURY = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|上|本)"  # "20", "二十一", "上" (上世纪 = the 20th century)
_ZH_PART = r"(?:初期|初|前期|中后期|中期|中叶|末期|末|后期)"  # "初", "中期", "中后期", "末": which part of the decade
_KO_PART = r"(?:초반|초|중반|후반|말)"  # "1980년대 말", "90년대 초반": which part of the decade, in Korean

# Date words of the lexicon (src/nea_site/lexicon/<lang>.yml), for the rules below: each word as written and in its
# Simplified form (the rules run on Simplified text), longest first.
_LEXICON = lexicon.current()
RELATIVE_WORD_LISTS = (
    "date_words_this_year", "date_words_last_year", "date_words_next_year", "date_words_this_month",
    "date_words_last_month", "date_words_next_month", "date_words_recent_days", "date_words_year_before_last",
    "date_words_year_after_next",
)  # fmt: skip
SEASON_LISTS = ("season_spring", "season_summer", "season_autumn", "season_winter")


def lexicon_words(*names: str, langs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The words of the named lists (all languages unless given), each also in Simplified script, no repeats."""
    words: dict[str, None] = {}
    for name in names:
        for word in _LEXICON.words(name, *langs):
            words.update(dict.fromkeys((word, to_simplified(word))))
    return tuple(words)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


def _lexicon_rule(name: str) -> str:
    """The words of a lexicon list as alternatives: English ones as whole words in any case, the others as written."""
    english = lexicon_words(name, langs=("en",))
    others = lexicon_words(name, langs=("zh", "ko", "ja"))
    whole = rf"(?i:\b(?:{_alternation(english)})\b)" if english else "(?!)"
    return rf"(?:{whole}|{_alternation(others)})"


# "2023-11-08", "2023/3/18", "2023.11.08", "2023. 11. 26." (as Korean texts write it): an all-digit date, the
# same separator (and space after it) twice.
ISO_DATE_RE = re.compile(
    rf"{YEAR_AT_NUMBER_START}(?P<sep>[-/.])(?P<sp> ?)(?P<m>{_MONTH})(?P=sep)(?P=sp)(?P<d>{_DAY})(?![0-9]|[-/.][0-9])"
)
# "27/05/2024", "13.12.2008", "11/20/2012": day and month (in either order) before the year, same separator twice.
# The order is read from the numbers: one above 12 is the day; where both could be the month, only the year is.
DAY_MONTH_YEAR_RE = re.compile(
    rf"(?<![0-9A-Za-z$¥€£/_#+.,\-])(?P<a>{_DAY})(?P<sep>[-/.])(?P<b>{_DAY})(?P=sep)"
    rf"(?P<y>{_YEAR})(?![0-9A-Za-z_%％]|[-/.][0-9])"
)
# "May 23, 2022", "January 26th", "Sept. 3 2019": month name, day, optional year.
EN_MONTH_DAY_RE = re.compile(
    rf"{MONTH_AT_WORD_START}\s+(?P<d>{_DAY}){_ORDINAL_SUFFIX}(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
)
# "23 May 2022", "26th of January": day before the month name, optional year.
EN_DAY_MONTH_RE = re.compile(
    rf"{_NUMBER_START}(?P<d>{_DAY}){_ORDINAL_SUFFIX}\s+(?:of\s+)?(?P<mon>{_MONTH_NAME})(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
)
# "Nov. 26-27, 2023", "November 26 to 27", "May 30–June 2, 2024", "Dec. 30, 2023 – Jan. 2, 2024": a range of days
# after a month name; the second month and the years are optional (a missing one comes from the other end).
EN_MONTH_DAY_RANGE_RE = re.compile(
    rf"{MONTH_AT_WORD_START}\s+(?P<d>{_DAY}){_ORDINAL_SUFFIX}(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
    rf"(?:\s*{_DASH}\s*|\s+(?:to|through|until|till)\s+)(?:\b(?P<mon2>{_MONTH_NAME})\s+)?"
    rf"(?P<d2>{_DAY}){_ORDINAL_SUFFIX}(?![:.][0-9])(?:,?\s+(?P<y2>{_YEAR}){_YEAR_END})?"
)
# "26–27 November 2023", "26 to 27 Nov.", "30 May–2 June 2024", "30 December 2023 – 2 January 2024": a range of days
# before a month name; "8 and 9 May 1962", two days of one happening, is one too.
EN_DAY_MONTH_RANGE_RE = re.compile(
    rf"{_NUMBER_START}(?P<d>{_DAY}){_ORDINAL_SUFFIX}(?:\s+(?:of\s+)?(?P<mon>{_MONTH_NAME})(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?)?"
    rf"(?:\s*{_DASH}\s*|\s+(?:to|through|until|till|and)\s+)"
    rf"(?P<d2>{_DAY}){_ORDINAL_SUFFIX}\s+(?:of\s+)?(?P<mon2>{_MONTH_NAME})(?:,?\s+(?P<y2>{_YEAR}){_YEAR_END})?"
)
# "September 2011", "March of 2017": month name and year.
EN_MONTH_YEAR_RE = re.compile(rf"{MONTH_AT_WORD_START},?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEAR_END}")
# "September and October 2013", "January–March 2023": two months of one year.
EN_MONTH_PAIR_RE = re.compile(
    rf"{MONTH_AT_WORD_START}\s*(?:\s(?:and|to|through|until)\s|{_DASH})\s*(?P<mon2>{_MONTH_NAME}),?\s+"
    rf"(?:of\s+)?(?P<y2>{_YEAR}){_YEAR_END}"
)
# "from 2012 to 2021", "2012-2021", "2012 – 2021", "March 2017 to May 2018": a range of years or months.
EN_RANGE_RE = re.compile(
    rf"(?:\b[Ff]rom\s+)?(?:\b(?P<mon>{_MONTH_NAME}),?\s+)?{YEAR_AT_NUMBER_START}"
    rf"(?:\s+(?:to|until|till|through)\s+|\s*{_DASH}\s*)(?:(?P<mon2>{_MONTH_NAME}),?\s+)?(?P<y2>{_YEAR}){_YEAR_END}"
)
# "between 2012 and 2021", "between March 2017 and May 2018".
EN_BETWEEN_RE = re.compile(
    rf"{BETWEEN_AT_WORD_START}\s+(?:(?P<mon>{_MONTH_NAME}),?\s+)?(?P<y>{_YEAR})\s+and\s+"
    rf"(?:(?P<mon2>{_MONTH_NAME}),?\s+)?(?P<y2>{_YEAR}){_YEAR_END}"
)
# "March" alone; a date only after a context word (MONTH_CONTEXT_BEFORE_RE), since "May" and "March" are verbs too.
EN_MONTH_RE = re.compile(MONTH_AT_WORD_START)
# "2015" alone; a year only with context (YEAR_CONTEXT_BEFORE_RE, or listed next to a year), else a quantity.
BARE_YEAR_RE = re.compile(rf"{YEAR_AT_NUMBER_START}{_YEAR_END}")
# "2023年11月26日", "2023 年 3 月 18 日", "1999年11月", "2022年", "2023년 6월 9일".
ZH_DATE_RE = re.compile(
    rf"{YEAR_AT_NUMBER_START}{_SP}{_YEAR_MARK}"
    rf"(?:{_SP}(?P<m>{_MONTH}){_SP}{_MONTH_MARK}(?:{_SP}(?P<d>{_DAY}){_SP}{_DAY_MARK})?)?"
)
# "2012—2021年", "2012年至2021年", "从2012年到2021年", "2012—2021 年": a range of years.
ZH_YEAR_RANGE_RE = re.compile(
    rf"(?:从\s*)?{YEAR_AT_NUMBER_START}{_SP}(?:{_YEAR_MARK}{_SP})?{_ZH_TO}{_SP}(?P<y2>{_YEAR}){_SP}{_YEAR_MARK}"
)
# "2022年1—2月", "2022 年 1—12 月", "2022年1月至2023年3月": a range of months.
ZH_MONTH_RANGE_RE = re.compile(
    rf"{YEAR_AT_NUMBER_START}{_SP}{_YEAR_MARK}{_SP}(?P<m>{_MONTH}){_SP}(?:{_MONTH_MARK}{_SP})?{_ZH_TO}{_SP}"
    rf"(?:(?P<y2>{_YEAR}){_SP}{_YEAR_MARK}{_SP})?(?P<m2>{_MONTH}){_SP}{_MONTH_MARK}"
)
# "2023年11月26日至27日", "2023年11月30日—12月2日": a range of days.
ZH_DAY_RANGE_RE = re.compile(
    rf"{YEAR_AT_NUMBER_START}{_SP}{_YEAR_MARK}{_SP}(?P<m>{_MONTH}){_SP}{_MONTH_MARK}{_SP}(?P<d>{_DAY}){_SP}"
    rf"(?:{_DAY_MARK}{_SP})?{_ZH_TO}{_SP}(?:(?P<m2>{_MONTH}){_SP}{_MONTH_MARK}{_SP})?(?P<d2>{_DAY}){_SP}{_DAY_MARK}"
)
# "11月26日至27日", "11月30日—12月2日": a range of days without the year, which comes from the text or the anchor.
ZH_MONTH_DAY_RANGE_RE = re.compile(
    rf"{_NUMBER_START}(?<![0-9]{{3}}\s)(?<![年년]\s)(?<![年년])(?<![年년]\s\s)(?P<m>{_MONTH}){_SP}{_MONTH_MARK}{_SP}(?P<d>{_DAY}){_SP}"
    rf"(?:{_DAY_MARK}{_SP})?{_ZH_TO}{_SP}(?:(?P<m2>{_MONTH}){_SP}{_MONTH_MARK}{_SP})?(?P<d2>{_DAY}){_SP}{_DAY_MARK}"
)
# "26日至27日", "26—27日": days of the month the text or the anchor gives.
ZH_DAY_ONLY_RANGE_RE = re.compile(
    rf"{_NUMBER_START}(?<![月월])(?<![月월]\s)(?P<d>{_DAY}){_SP}(?:[日일]{_SP})?{_ZH_TO}{_SP}(?P<d2>{_DAY}){_SP}"
    r"(?:日(?![本元方韩美中欧资企语文圆经間间目])|일(?![간째본당분]|\s?평균))"
)
# "11月26日", "11月", "12 月": month (and day) without a year, which comes from the text before or the anchor;
# never the tail of an invalid "2023年2月30日" or of "2023 11月"; after a paragraph's number it is ("1　11月26日").
ZH_MONTH_DAY_RE = re.compile(
    rf"{_NUMBER_START}(?<![0-9]{{3}}\s)(?<![年년]\s)(?<![年년])(?<![年년]\s\s)(?P<m>{_MONTH}){_SP}{_MONTH_MARK}(?:{_SP}(?P<d>{_DAY}){_SP}{_DAY_MARK})?(?!份?[0-9])"
)
# "17日": a day alone (not after a month); "日" before 本/韩/元… is Japan or the yen ("中日韩"), not a day.
ZH_DAY_RE = re.compile(
    rf"{_NUMBER_START}(?<![月월])(?<![月월]\s)(?P<d>{_DAY}){_SP}(?:日(?![本元方韩美中欧资企语文圆经間间目])|일(?![간째본당분]|\s?평균))"
)
# "今年", "去年11月", "同年11月26日", "次年": a year word, optionally with month and day.
ZH_RELATIVE_YEAR_RE = re.compile(
    rf"(?P<rel>今年|去年|前年|(?<![文光说])明年|本年|(?:同|次|翌)年(?![会龄级代度均报鉴]))"
    rf"(?:{_SP}(?P<m>{_MONTH}){_SP}月(?:{_SP}(?P<d>{_DAY}){_SP}[日号])?)?"
)
# "本月", "上个月", "同月17日", "次月": a month word, optionally with a day.
ZH_RELATIVE_MONTH_RE = re.compile(rf"(?P<rel>本月|上个?月|下个?月|同月|次月|翌月)(?:{_SP}(?P<d>{_DAY}){_SP}[日号])?")
# "this year", "last month", "the same year", "the following year", "that year"; "the last year" is not a date.
# The plain form opens with the word boundary; the form used opens with the first letters of its words ("ſ" is an
# "s" to IGNORECASE) and tests the boundary after the first one, so the engine skips to the next such letter in C
# instead of trying the pattern at every position (twice as fast; a property test checks both forms alike).
EN_RELATIVE_PLAIN = (
    r"\b(?P<rel>(?:the\s+)?same\s+(?:year|month)|the\s+(?:following|next|previous)\s+(?:year|month)"
    r"|that\s+(?:same\s+)?(?:year|month)|(?<!the\s)(?:this|last|next)\s+(?:year|month))\b"
)
EN_RELATIVE_RE = re.compile(
    r"(?P<rel>(?-i:[TtSs\u017fLlNn])(?<!\w.)(?:(?<=t)he\s+same|(?<=s)ame|(?<=t)he\s+(?:following|next|previous)"
    r"|(?<=t)hat(?:\s+same)?|(?<!the\s.)(?:(?<=t)his|(?<=l)ast|(?<=n)ext))\s+(?:year|month))\b",
    re.IGNORECASE,
)
# "on Monday", "last Friday", "上周一", "星期三", "周日": a weekday, the latest one on or before the text's own date
# (news reports what happened); "last Friday" before it, "上周一" in the week before, "本周三" in its week. News
# style also writes it bare after a verb ("agreed Monday", "said Thursday"): the reader then asks for a lower-case
# word before it ("Cyber Monday", "Good Friday" are no dates) and none that makes it a habit ("every Monday").
EN_WEEKDAY_RE = re.compile(
    r"(?:\b(?P<last>last)\s+|\b(?P<next>next)\s+|\b[Oo]n\s+|(?<=[a-z] ))(?P<weekday>Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b(?!['’])"
)
ZH_WEEKDAY_RE = re.compile(
    r"(?<![一二三四五六七八九十两几每逢0-9])(?:(?P<last>上)|(?P<this>本|这)|(?P<next>下))?(?:周|星期|礼拜)"
    r"(?P<weekday>[一二三四五六日天])"
    r"(?![0-9一二三四五六七八九十年])"
)
# "will meet … on Saturday", "将于周六举行": a clause that speaks of what is to come, before its weekday; the
# clause is what follows the last comma or sentence mark before the weekday.
FUTURE_CLAUSE_RE = re.compile(
    r"(?:\b(?:will|shall|to be held|is to|are to|is set to|are set to|is scheduled to|are scheduled to|plans? to"
    r"|planned to|is expected to|are expected to|is due to|are due to)\b|将|拟|计划|定于|预计|准备)"
    r"(?=[^,.;:!?，。；：！？]*$)",
    re.IGNORECASE,
)
# "today", "yesterday", "tomorrow", "昨天", "今天", "明天": a day counted from the text's own date ("today's" and
# "今天的" are left out: "today's world" is no day).
DAY_WORD_LISTS = (
    "date_words_today", "date_words_yesterday", "date_words_tomorrow", "general_date_words_day_before_yesterday"
)  # fmt: skip
_CJK_DAY_WORDS = ("今天", "昨天", "明天", *lexicon_words(*DAY_WORD_LISTS, langs=("zh", "ko", "ja")))
DAY_WORD_RE = re.compile(
    r"\b(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b(?!['’]s)"
    rf"|(?<!的)(?P<zh>{_alternation(_CJK_DAY_WORDS)})(?![的날])"  # not "香港的明天" (Hong Kong's future)
)
# "last week", "上周", "지난주", "先週": a calendar week counted from the text's own date.
WEEK_WORD_LISTS = ("general_date_words_last_week", "general_date_words_this_week", "general_date_words_next_week")
WEEK_WORD_RE = re.compile(rf"(?P<word>{_lexicon_rule(WEEK_WORD_LISTS[0])}|{_lexicon_rule(WEEK_WORD_LISTS[1])}"
                          rf"|{_lexicon_rule(WEEK_WORD_LISTS[2])})")  # fmt: skip
# "当天", "同日", "the same day": the day the text named before (else its own date).
SAME_DAY_RE = re.compile(rf"(?P<word>{_lexicon_rule('date_words_same_day')})")
# "the day before", "전날", "次日", "翌日": a day before or after the one the text named before.
DAY_SHIFT_RE = re.compile(
    rf"(?P<before>{_lexicon_rule('date_words_previous_day')})|(?P<after>{_lexicon_rule('date_words_next_day')})"
)
# "元旦", "New Year's Day": the 1st of January nearest the text's date.
NEW_YEAR_DAY_RE = re.compile(rf"(?P<word>{_lexicon_rule('date_words_new_year_day')})")
# "a month later", "two years later": counted on from the date the text named before.
EN_LATER_RE = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>years?|months?)"
    r"\s+later\b",
    re.IGNORECASE,
)
# "the first half of 2024", "the third quarter of 2023", "Q3 2023", "H1 2024": part of a year, as months.
EN_PART_OF_YEAR_RE = re.compile(
    r"(?:\b(?:[Tt]he\s+)?(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<kind>half|quarter)\s+of\s+"
    rf"|\b(?P<code>[QH][1-4])\s*)(?P<y>{_YEAR}){_YEAR_END}"
)
# "2023年第二季度", "2023 年第三季度", "2024年上半年", "2024年下半年": the same in Chinese.
ZH_PART_OF_YEAR_RE = re.compile(
    rf"{YEAR_AT_NUMBER_START}{_SP}年{_SP}(?:第{_SP}(?P<zq>[一二三四1-4]){_SP}季度|(?P<zh>[上下])半年)"
)
# "three years ago", "a decade ago", "18 months ago": a time counted back from the text's own date.
_EN_COUNT = r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty"
EN_AGO_RE = re.compile(rf"\b(?P<n>{_EN_COUNT})\s+(?P<unit>years?|decades?|months?)\s+ago\b", re.IGNORECASE)
# "两年前", "十年前", "3个月前": the same in Chinese ("2015年前" is a bound, "前后" is "about").
ZH_AGO_RE = re.compile(
    r"(?<![0-9一二两三四五六七八九十百千几多数])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>年|个月)前(?!后)"
)
# "November of the same year", "March this year", "January 26 last year": a month of a relative year.
EN_MONTH_RELATIVE_RE = re.compile(
    rf"{MONTH_AT_WORD_START}(?:\s+(?P<d>{_DAY}){_ORDINAL_SUFFIX})?,?\s+(?:of\s+)?"
    r"(?P<rel>(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year)\b"
)
# "the 1980s", "the early 1980s", "mid-1990s", "1990's": a decade, or part of one.
EN_DECADE_RE = re.compile(
    r"(?:\b[Tt]he\s+)?(?:\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?(?<![0-9A-Za-z.,/])"
    r"(?P<decade4>(?:19|20)[0-9]0)'?s\b"
)
# "the second decade of the 21st century", "the first decade of the twenty-first century".
EN_CENTURY_DECADE_RE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+decade\s+of\s+"
    r"(?:the\s+)?(?P<century>20th|21st|twentieth|twenty-first)\s+century\b",
    re.IGNORECASE,
)
# "20世纪90年代", "二十世纪八十年代初", "上世纪90年代末": a decade of a named century.
ZH_CENTURY_DECADE_RE = re.compile(
    rf"(?<![0-9])(?P<century>{_CENTURY}){_SP}世纪{_SP}(?:的{_SP})?(?P<decade>[0-9]0|{_HAN_TENS}|零){_SP}年代"
    rf"(?P<part>{_ZH_PART})?"
)
# "21世纪第二个十年", "21世纪头十年", "20世纪末": a decade counted within a century.
ZH_CENTURY_ORDINAL_RE = re.compile(
    rf"(?<![0-9])(?P<century>{_CENTURY}){_SP}世纪{_SP}(?:的{_SP})?"
    r"(?:第(?P<ordinal>[一二三四五六七八九十]|[1-9]|10)个十年|(?P<edge>头十年|初|末))"
)
# "90年代", "八十年代末", "1980年代": a decade with no century (30–90 are read as the 20th century).
ZH_DECADE_RE = re.compile(
    rf"(?:(?<![0-9])(?<!世纪)(?<!世纪\s)(?<!世纪的)(?P<decade>[3-9]0|[三四五六七八九]十)"
    rf"|{_NUMBER_START}(?P<decade4>(?:19|20)[0-9]0))"
    rf"{_SP}(?:年代(?P<part>{_ZH_PART})?|년대(?:[ \t]?(?P<ko_part>{_KO_PART}))?)"
)


_DAY_TO = rf"{_SP}(?:[日일号]{_SP})?{_ZH_TO}{_SP}(?P<d2>{_DAY}){_SP}[日일号]"
# "올해 6월", "지난해", "내달 4~7일", "年内", "日前", "昨年", "来月": a relative word of another language than English,
# with an optional month, day or range of days.
LEX_RELATIVE_RE = re.compile(
    r"(?<![0-9一二三四五六七八九十百千几两数多半])"  # "20年内" is a span of twenty years, not this year
    rf"(?P<rel>{_alternation(lexicon_words(*RELATIVE_WORD_LISTS, langs=('zh', 'ko', 'ja')))})"
    rf"(?:{_SP}(?P<m>{_MONTH}){_SP}[月월]份?)?(?:{_SP}(?P<d>{_DAY})(?:{_DAY_TO}|{_SP}[日일号]))?"
    r"(?![0-9])"
)
# "지난 22일" (past), "오는 4일", "오는 4~7일" (coming): a day of the month before or after the text's date.
MARKED_DAY_RE = re.compile(
    rf"(?:(?P<past>{_alternation(lexicon_words('date_past_day_markers'))})"
    rf"|(?P<coming>{_alternation(lexicon_words('date_coming_day_markers'))}))"
    rf"{_SP}(?P<d>{_DAY})(?:{_DAY_TO}|{_SP}[日일号])(?![간째])"
)
# A term still running, in parentheses: "（2017-）", "(2017– )" (an officeholder list's current holder): its start
OPEN_RANGE_RE = re.compile(rf"(?P<y>{_YEAR})(?<=[（(][0-9]{{4}})[ \t]*{_DASH}(?=[ \t]*[）)])")
# "6·12", "4ㆍ27": month and day joined by a middle dot, as Korean names a day ("6·12 정상회담").
MID_DOT_DATE_RE = re.compile(r"(?<![0-9.·ㆍ])(?P<m>1[0-2]|[1-9])[·ㆍ](?P<d>3[01]|[12][0-9]|[1-9])(?![0-9·ㆍ.,%])")
# "5.27.(월)", "5. 27(月)", "11.3.（一）": month and day written with dots, the weekday's short form in brackets
# after them (Korean and Japanese official texts); the bracketed weekday tells it from a number with decimals.
WEEKDAY_SHORT_FORMS = lexicon_words("header_weekdays_short", langs=("zh", "ko", "ja"))
DOTTED_WEEKDAY_DATE_RE = re.compile(
    r"(?<![0-9.·ㆍ])(?P<m>1[0-2]|0?[1-9])\.[ \t]?(?P<d>3[01]|[12][0-9]|0?[1-9])\.?[ \t]?"
    rf"[（(](?:{'|'.join(map(re.escape, WEEKDAY_SHORT_FORMS))})[）)]"
)
_EN_SEASONS = lexicon_words(*SEASON_LISTS, langs=("en",))
_CJK_SEASONS = lexicon_words(*SEASON_LISTS, langs=("zh", "ko", "ja"))
# "autumn 2019", "the fall of 2019", "this coming spring", "next summer": a season of a year (a bare season
# is no date). "The next summer" counts from the year the text told before, not from its own: no date here,
# as "the next year" is none.
EN_SEASON_RE = re.compile(
    r"(?:\b(?<!the )(?<!The )(?P<rel>this|next|last)\s+(?:coming\s+)?|\b(?P<coming>coming)\s+)?"
    rf"\b(?P<season>{_alternation(_EN_SEASONS)})\b(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEAR_END})?",
    re.IGNORECASE,
)
# "last November", "next March", "this May": a month named from the text's date (no day, no year).
# (The word boundary tested after the first letter, as EN_RELATIVE_RE does.)
EN_RELATIVE_MONTH_PLAIN = rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<mon>{_FULL_MONTH_ALTERNATION})\b(?!\s+\d)"
EN_RELATIVE_MONTH_RE = re.compile(
    rf"(?P<rel>[LlNnTt](?<!\w.)(?:(?<=[Ll])ast|(?<=[Nn])ext|(?<=[Tt])his))\s+(?P<mon>{_FULL_MONTH_ALTERNATION})\b"
    r"(?!\s+\d)"
)
# "2019年秋季", "2019년 가을", "2016年春": a season after a year.
CJK_SEASON_RE = re.compile(rf"{YEAR_AT_NUMBER_START}{_SP}[年년]{_SP}(?P<season>{_alternation(_CJK_SEASONS)})")
