"""News header lines as agencies, sites and copying tools leave them, rewritten into forms the header readers read.

Each rule reads a kind of line, never one page's:
- dates: a wire line of date, time and agency parted by slashes ("May 27, 2024 / 3:20 PM / Example Wire"), a year
  glued to the time after it where a copy lost the line break ("May 27, 20245:30 AM GMT+9"), a zone or a tag around
  a time ("2024/5/27 17:30 (JST)", "2024-05-27 HKT 15:20", "03:20 PM EDT", "17:30 [会員限定記事]"), a date in figures
  with the year last ("Date: 27/05/2024"), an agency in brackets or a site's section before the time and date
  ("(Example Wire) 09:21, May 27, 2024", "All News 15:20 May 27, 2024"), a page's button or a count of characters
  closing the line, a weekday after a CJK date;
- bylines with their dates: "May 28, 2024 — Jane Roe", "Jane Roe · 5 min read · May 27, 2024", "By Jane Roe 15:20
  May 27, 2024", "By Example Times Published: May 27, 2024", "Posted on … at 3:20 pm by Jane Roe in Analysis";
- what a line under a title names: a date alone (is_date_alone), a place alone (is_place_line), a weekday.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.header.authors import is_outlet_name, names_alone
from nea_site.parse.header.state import ROC_YEAR_OFFSET, is_real_date
from nea_site.text.header_patterns import (
    CJK_WEEKDAYS,
    DATE_LINE_RE,
    DATE_TIME_TAIL_RE,
    KIND_FIELD_RE,
    UTC_OFFSET,
    WRITTEN_DATE_RE,
)
from nea_site.text.numerals import fold_date_digits
from nea_site.text.patterns import KEYWORD_HEADING_RE, KICKER_LINE_RE

_LEXICON = lexicon.current()
MAX_MONTH = 12

_ZONES = lexicon.alternation(_LEXICON.words("time_zones") + _LEXICON.words("meta_time_zones"))
# "2024-05-27 HKT 15:20": a time zone between a date and its time.
_ZONE_BEFORE_TIME_RE = re.compile(rf"(?<=\d)\s+(?:{_ZONES})\s+(?=\d{{1,2}}:\d{{2}})")
# "03:20 PM EDT", "15:20 BST", "3:20 p.m. GMT+9" closing a line: the half of the day and the zone after its time.
_TIME_SUFFIX_RE = re.compile(
    rf"(?<=\d:\d{{2}})(?:\s*[AaPp]\.?[Mm]\.?(?:\s*(?:{_ZONES}|{UTC_OFFSET}))?|\s+(?:{_ZONES}))\s*$"
)
# "17:30 [会員限定記事]", "3:20 PM [Exclusive]": a tag in square brackets after the time, no outlet's name.
_TAG_AFTER_TIME_RE = re.compile(r"(?<=\d:\d{2})\s*[\[［][^\]］\d]{1,16}[\]］]\s*$")
# "(Example Wire) 09:21, May 27, 2024": an agency in brackets, then the time and date.
_BRACKETED_AGENCY_RE = re.compile(
    r"^\s*[(（](?P<agency>[A-Z][A-Za-z.&'\-]*(?:\s[A-Z][A-Za-z.&'\-]*){0,3})[)）]\s*(?P<rest>\S.*)$"
)
# "All News 15:20 May 27, 2024": a site's section, then the time and the date.
_SECTION_CLOCK_RE = re.compile(r"^\s*(?!By\b)[A-Z][A-Za-z&]*(?:\s[A-Z][A-Za-z&]*){0,2}\s+(?P<rest>\d{1,2}:\d{2}\s.*)$")
_LEADING_CLOCK_RE = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[,|·•]?\s*")
_DATE_LABELS = lexicon.alternation(
    _LEXICON.words("date_published_labels")
    + _LEXICON.words("general_date_published_labels")
    + _LEXICON.words("meta_date_published_labels")
    + _LEXICON.words("date_updated_labels")
    + _LEXICON.words("meta_date_updated_labels")
)
# "By Example Times Published: May 27, 2024 09:21 PM": a byline run into a labelled date, parted as fields.
_BYLINE_THEN_LABEL_RE = re.compile(
    rf"^(?P<by>\s*By\s+[^|:：\d]{{2,60}}?)\s+(?=(?i:{_DATE_LABELS})\s*[:：]?\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d|\d))"
)
# "… 오후 3:20 기사원문", "… 15:20（最終更新 5/27 17:00） 1234文字": a page's button or a count of characters closing
# a date line.
_LINE_TAIL_RE = re.compile(
    rf"(?<=[\d）)])\s+(?:{lexicon.alternation(_LEXICON.words('meta_date_line_buttons'))}"
    rf"|\d{{2,6}}\s*(?:{lexicon.alternation(_LEXICON.words('meta_char_count_units'))}))\s*$"
)
# "2024年5月27日 星期一", "2024년 5월 27일 월요일": a weekday, unbracketed, after a CJK date.
_CJK_WEEKDAY_AFTER_RE = re.compile(
    rf"(?<=[日일])\s*(?:{lexicon.alternation(tuple(sorted(CJK_WEEKDAYS, key=len, reverse=True)))})(?=\s|$)"
)
# "2024.05.27 Mon 15:20": an English weekday after a date in figures, before its time or closing the line.
_EN_WEEKDAY_AFTER_RE = re.compile(
    rf"(?<=\d)\s+(?:{lexicon.alternation(_LEXICON.words('header_weekdays', 'en'))})\.?,?(?=\s+\d|\s*$)"
)
# "May 28, 2024 — Jane Roe", "May 28, 2024 – By Jane Roe": a date, a dash, then the byline's names.
_DATE_DASH_NAMES_RE = re.compile(
    rf"^\s*(?P<date>{WRITTEN_DATE_RE.pattern})(?:\s*[—–]\s*(?:By\s+)?|\s+by\s+)(?P<names>\S.*?)\s*$"
)  # "May 27, 2024 by Jane Roe" too
# "Jane Roe | May 27, 2024", "Jane Roe · 5 min read · May 27, 2024": names, maybe a reading time, then the date.
_NAMES_BAR_DATE_RE = re.compile(
    r"^\s*(?P<names>[A-Z][^|·•\d]{2,60}?)\s*[|·•]\s*(?:\d{1,3}\s*min(?:ute)?s?\s+read\s*[|·•]\s*)?"
    rf"(?P<date>{WRITTEN_DATE_RE.pattern})\s*$"
)
# "Posted on May 27, 2024 at 3:20 pm by Jane Roe": the time between a posting's date and its author goes.
_TIME_BEFORE_BY_RE = re.compile(
    r"(?<=\d{4})\s*(?:,|\bat\b)?\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?(?=\s+by\s)"
)
# "Posted on May 27, 2024 by Jane Roe in Analysis, Security": the blog's categories after the author go.
_POSTED_IN_RE = re.compile(r"^(?P<head>\s*(?:Posted|Published)\b.*?\bby\s+[A-Z].*?)\s+in\s+[A-Z][^|]*$")
# "By Jane Roe 15:20 May 27, 2024", "By Jane Roe May 27, 2024": a byline run into its time and date.
_BYLINE_THEN_DATE_RE = re.compile(
    r"^(?P<by>\s*By\s+[^|:：\d]{2,60}?)\s+(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*,?\s*)?"
    rf"(?P<date>{WRITTEN_DATE_RE.pattern})(?P<tail>.*)$"
)
# "中華民國113年5月27日", "113年5月27日": a year of the Republic of China's calendar, with its era's name or three
# figures before 年 and a month (no year of the common era is written so).
_ROC_YEAR_RE = re.compile(
    rf"(?:(?:{lexicon.alternation(_LEXICON.words('meta_roc_era_words'))})\s*(?P<y>\d{{1,3}})"
    r"|(?<![\d０-９])(?P<y3>1\d{2}))\s*年(?=\s*\d{1,2}\s*月)"
)
# "中華2024年": the state's name left before a year that text/numerals.py already turned from "民國113年".
_ROC_STATE_RE = re.compile(
    rf"(?:{lexicon.alternation(tuple({w[:-2] for w in _LEXICON.words('meta_roc_era_words') if len(w) > 2}))})"
    r"(?=(?:19|20)\d{2}\s*年)"
)
# "May 27, 20245:30 AM", "27 May 202417:30": a written date's year glued to the time that followed it on its own line.
_GLUED_YEAR_RE = re.compile(
    r"(?P<head>(?:\b\d{1,2}(?:st|nd|rd|th)?,?|\b[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))"
)
# "17:30 (JST)", "3:20 PM (KST)": a time's zone in brackets after it (lexicon time_zones), which no reader needs.
_BRACKETED_ZONE_RE = re.compile(
    rf"(?<=\d:\d{{2}})(?P<half>\s*[AaPp]\.?[Mm]\.?)?\s*[（(]\s*(?:{lexicon.alternation(_LEXICON.words('time_zones'))}"
    rf"|{UTC_OFFSET})\s*[)）]"
)
_TIME = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:{UTC_OFFSET}|[A-Z]{{2,4}}\b))?"
_AGENCY = r"[A-Z][A-Za-z.&'\-]*(?:\s[A-Z][A-Za-z.&'\-]*){0,3}"
# "May 27, 2024 / 3:20 PM / Example Wire", "Example Wire / May 27, 2024 / 3:20 PM": a wire's line of date, time and
# agency parted by slashes (the time may be left out).
_SLASHED_WIRE_RE = re.compile(
    rf"^\s*(?:(?P<date>{WRITTEN_DATE_RE.pattern})(?:\s*/\s*{_TIME})?\s*/\s*(?P<agency>{_AGENCY})"
    rf"|(?P<agency2>{_AGENCY})\s*/\s*(?P<date2>[^/]{{6,40}}?)(?:\s*/\s*{_TIME})?)\s*$"
)
# "27/05/2024", "27.05.2024", "27-05-2024": a date in figures with the year last, inside a line (after its label).
_DAY_FIRST_RE = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.\-])"
)


def day_first_iso(match: re.Match[str]) -> str | None:
    """The ISO date of a "27/05/2024"-shaped match when only one reading is a real day; None where both are.

    "05/06/2024" may be the fifth of June or the sixth of May: nothing on the line tells, so it stays as written.
    """
    a, b = int(match["a"]), int(match["b"])
    if a > MAX_MONTH >= b:
        day, month = a, b
    elif b > MAX_MONTH >= a:
        day, month = b, a
    else:
        return None
    iso = f"{match['y']}-{month:02d}-{day:02d}"
    return iso if is_real_date(iso) else None


def rewrite_news_line(text: str) -> str:
    """A news header line in the form the header readers read (see the module's docstring); others unchanged."""
    if not any(ch.isdigit() for ch in text):
        return text
    dashed = _DATE_DASH_NAMES_RE.match(text)
    if dashed and (names := names_alone(dashed["names"])):
        return f"By {', '.join(names)} · {dashed['date']}"
    barred = _NAMES_BAR_DATE_RE.match(text)
    if barred and _is_label_word(barred["names"]):
        barred = None  # "Working Paper | 12 March 2024": the kind of text, read by the header's field readers
    if barred and not barred["names"].startswith("By ") and (names := names_alone(barred["names"])):
        return f"By {', '.join(names)} · {barred['date']}"
    if barred and is_outlet_name(barred["names"]):
        return f"{barred['names'].strip()} - {barred['date']}"  # "Example Daily | May 27, 2024": the outlet
    if " by " in text:
        text = _POSTED_IN_RE.sub(r"\g<head>", _TIME_BEFORE_BY_RE.sub("", text))
    if text.lstrip().startswith("By "):
        text = _BYLINE_THEN_LABEL_RE.sub(r"\g<by> | ", text)
        run_in = _BYLINE_THEN_DATE_RE.match(text)
        if run_in and run_in["by"].split()[-1][:1].isupper():  # "By Jane Roe May 27, 2024", not "… Roe on May …"
            text = f"{run_in['by']} · {run_in['date']}{run_in['tail']}"
    text = _LINE_TAIL_RE.sub("", text)
    if "年" in text:
        text = _ROC_YEAR_RE.sub(lambda m: f"{int(m['y'] or m['y3']) + ROC_YEAR_OFFSET}年", _ROC_STATE_RE.sub("", text))
    if "日" in text or "일" in text:
        text = _CJK_WEEKDAY_AFTER_RE.sub("", text)
    text = _EN_WEEKDAY_AFTER_RE.sub("", text)
    if ":" in text:
        text = _GLUED_YEAR_RE.sub(r"\g<head> ", text)
        text = _TIME_SUFFIX_RE.sub("", _TAG_AFTER_TIME_RE.sub("", _ZONE_BEFORE_TIME_RE.sub(" ", text)))
    section = _SECTION_CLOCK_RE.match(text) if ":" in text else None
    if section and WRITTEN_DATE_RE.fullmatch(_LEADING_CLOCK_RE.sub("", section["rest"]).strip()):
        return section["rest"]
    agency = _BRACKETED_AGENCY_RE.match(text) if text.lstrip()[:1] in "(（" else None
    if agency:
        date = WRITTEN_DATE_RE.fullmatch(_LEADING_CLOCK_RE.sub("", agency["rest"]).strip())
        if date:
            return f"{agency['agency']} - {date.group()}"
    if ")" in text or "）" in text:
        text = _BRACKETED_ZONE_RE.sub(r"\g<half>", text)
    if "/" in text:
        wire = _SLASHED_WIRE_RE.match(text)
        if wire and (wire["date"] or WRITTEN_DATE_RE.fullmatch(wire["date2"].strip())):
            return f"{wire['agency'] or wire['agency2']} - {(wire['date'] or wire['date2']).strip()}"
    if "/" in text or "." in text or "-" in text:
        text = _DAY_FIRST_RE.sub(lambda m: day_first_iso(m) or m.group(), text)
    return text


def is_date_alone(text: str) -> bool:
    """A line that is only a date, maybe with its time, zone or change note ("May 27, 20245:30 AM GMT+9")."""
    line = rewrite_news_line(fold_date_digits(text))
    if DATE_LINE_RE.match(line):
        return True
    tail = DATE_TIME_TAIL_RE.search(line)
    return tail is not None and tail.start() > 0 and DATE_LINE_RE.match(line[: tail.start()]) is not None


def is_wire_line(text: str) -> bool:
    """A wire's line of date, time and agency parted by slashes ("May 27, 2024 / 3:20 PM / Example Wire")."""
    return "/" in text and rewrite_news_line(text) != text and _SLASHED_WIRE_RE.match(text) is not None


_EN_WEEKDAYS = frozenset(w.casefold() for w in _LEXICON.words("header_weekdays", "en"))
_NO_PLACE_RE = re.compile(rf"(?i:{_DATE_LABELS})|.*[@/|]")  # a date's label, an address, fields


def is_weekday(name: str) -> bool:
    """A weekday's name alone ("星期一", "Monday", "Mon.")."""
    name = name.strip()
    return name in CJK_WEEKDAYS or name.casefold().rstrip(".") in _EN_WEEKDAYS


def is_no_place(name: str) -> bool:
    """What follows a date after a comma and is no place: a weekday ("星期一", "Monday"), a label, an address."""
    return is_weekday(name) or bool(_NO_PLACE_RE.match(name.strip()))


# "Seoul", "Busan, Korea", "Seoul, Republic of Korea": one capitalised word, or a city and its country, alone on a
# line between a statement's title and its date (a subtitle of one word, or of names parted by a comma, is rare).
_PLACE_LINE_RE = re.compile(
    r"\s*[A-Z][a-z.'\-]+(?:\s[A-Z][a-z.'\-]+)?,\s*(?:the\s+)?[A-Z][A-Za-z.'\-]+(?:\s(?:of\s)?[A-Z][A-Za-z.'\-]+){0,3}\s*"
    r"|\s*[A-Z][a-z.'\-]{2,}\s*"
)


def _is_label_word(text: str) -> bool:
    """A heading's, a page section's or a kind of text's word ("Overview", "Opinion", "Report"): no place."""
    return bool(KEYWORD_HEADING_RE.match(text) or KICKER_LINE_RE.match(text) or KIND_FIELD_RE.match(text.strip()))


def is_place_line(text: str) -> bool:
    """A line that names a place alone: "Seoul", "Seoul, Republic of Korea" (see _PLACE_LINE_RE)."""
    return _PLACE_LINE_RE.fullmatch(text) is not None and not _is_label_word(text)
