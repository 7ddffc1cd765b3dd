"""Sentences without a date of their own that take one: the sequel of a dated happening, and a record's meeting.

"3月5日，会谈在大阪举行。会后，双方签署了合作文件。": "会后…" takes the day before it. A record of a meeting
("Record of Conversation between …", "会谈记录") dated to a day tells what happened at that meeting that day; a
digest's date line ("**2026年9月25日**" over an item) the day of what the item tells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nea_site.extract.date_patterns import FUTURE_CLAUSE_RE
from nea_site.extract.dates import DateSpan
from nea_site.extract.event_rows import lexicon_regex
from nea_site.model import PartialDate
from nea_site.text.dateline_patterns import OPENING_DATELINE_RES
from nea_site.text.patterns import (
    BOOK_TITLE_RE,
    EVENT_TRIGGER_EN_RE,
    EVENT_TRIGGER_ZH_RE,
    PREDICTION_EN_RE,
    PREDICTION_ZH_RE,
)
from nea_site.text.script import to_simplified

if TYPE_CHECKING:
    from nea_site.extract.events import SentenceContext

# Words that open a sentence as the sequel of the one before: "会后", "会议期间", "After the meeting".
_SEQUEL_OPENER_EN, _SEQUEL_OPENER_CJK = lexicon_regex("sequel_openers")
_SEQUEL_OPENERS = (re.compile(f"(?i:{_SEQUEL_OPENER_EN.pattern})|{_SEQUEL_OPENER_CJK.pattern}"),)
_TO_COME_RE = re.compile(r"将|拟|计划|\bwill\b|\bis to\b|\bare to\b", re.IGNORECASE)
# Statements ("said", "表示", "밝혔다"): a happening with a date of their own, not carried from the sentence before.
_STATEMENT_TRIGGERS = lexicon_regex("statement_verbs")
_ACTION_TRIGGERS = (EVENT_TRIGGER_EN_RE, EVENT_TRIGGER_ZH_RE, *lexicon_regex("event_verbs", "general_event_verbs"))
_PREDICTIONS = (PREDICTION_EN_RE, PREDICTION_ZH_RE)
_WISHES = lexicon_regex("wish_cues")
# A record's title: "Record of Conversation", "Minutes of …", "会谈记录", "会談録".
_RECORD_TITLES = lexicon_regex("record_title_words")
# Told as earlier than the day before it, over a span of time up to it, or as what did not happen: "此前", "曾",
# "以来", "至今", "先后", "5年来", "未", "previously", "so far", "not".
_EARLIER_RE = re.compile(
    r"此前|之前|以前|曾|以来|至今|先后|[年月天]来|历届|未|没有"
    r"|(?i:\b(?:previously|earlier|before|formerly|so far|to date|since|already|not|never|no)\b)"
)
# Told as earlier than the meeting, or as what would, could or should be: "had become", "would be released".
_NOT_AT_THE_MEETING_RE = re.compile(r"\b(?:had|has|have|would|could|should|might|may|must|if)\b", re.IGNORECASE)


def without_titles(text: str) -> str:
    """`text` with every 《title》 blanked out, same length: words inside titles are names, not cues."""
    return BOOK_TITLE_RE.sub(lambda m: "\u3000" * len(m.group()), text) if "《" in text else text


def cue_near(untitled: str, cues: tuple[re.Pattern[str], ...], lo: int, hi: int) -> bool:
    """True when one of `cues` occurs in untitled[lo:hi] (a paragraph through `without_titles`)."""
    window = untitled[max(lo, 0) : hi]
    return any(cue.search(window) for cue in cues)


# A sentence closed by a question mark (quotes and brackets after it aside): a question, as a press conference's
# reporter asks one ("中方对此次会议有何评价？", "Can you confirm that they met on Monday?").
_QUESTION_END_RE = re.compile(r"[?？][\s\"'”’」』)）]*$")
# What may follow the question mark: every character `\s` matches (str.isspace's; a test checks the list),
# quotes and brackets. Stripped from the end, the text ends with the mark where the regex finds it (a third of
# the regex's time: it stops at each mark and each space of the sentence).
UNICODE_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
_AFTER_QUESTION = UNICODE_SPACES + "\"'”’」』)）"


def is_question(sentence: SentenceContext) -> bool:
    """The sentence asks; it tells no happening, even one it dates."""
    return ends_asking(sentence.text)


def ends_asking(text: str) -> bool:
    """The text ends with a question mark, quotes, brackets and spaces aside (where _QUESTION_END_RE matches)."""
    return text.rstrip(_AFTER_QUESTION).endswith(("?", "？"))


def is_sequel(sentence: SentenceContext) -> bool:
    """The sentence opens as the sequel of the happening before it ("会后", "After the meeting") and names another.

    Statements ("会议指出", "said") do not (they restate the happening), nor what is to come.
    """
    lo, hi = sentence.start, sentence.end
    if not any(opener.match(sentence.cue_text, lo, hi) for opener in _SEQUEL_OPENERS):
        return False
    return _tells_a_happening(sentence)


def _tells_a_happening(sentence: SentenceContext) -> bool:
    """An action, not a statement, nothing to come, forecast or wished."""
    lo, hi = sentence.start, sentence.end
    untitled = without_titles(sentence.cue_text)
    if _TO_COME_RE.search(untitled, lo, hi):
        return False  # "会议将重点探讨…": what the meeting is to do, not what happened
    if not cue_near(untitled, _ACTION_TRIGGERS, lo, hi) or cue_near(untitled, _STATEMENT_TRIGGERS, lo, hi):
        return False  # "会议指出，…": what was said at the happening, not another one
    return not cue_near(untitled, _PREDICTIONS, lo, hi)


def is_record_of_meeting(title: str) -> bool:
    """The title names a record of a meeting: "Record of Conversation between …", "会谈记录"."""
    simplified = to_simplified(title)
    return any(pattern.search(simplified) for pattern in _RECORD_TITLES)


def tells_the_meeting(sentence: SentenceContext) -> bool:
    """A record's sentence that tells a happening of the meeting: "X welcomed Y and began …", "X handed Y a note".

    Told in the simple past: what had happened before, or would, could or should, is no happening of the meeting.
    """
    if _NOT_AT_THE_MEETING_RE.search(sentence.text) or cue_near(
        sentence.cue_text, _WISHES, sentence.start, sentence.end
    ):
        return False
    return _tells_a_happening(sentence)


def continues_the_day(sentence: SentenceContext) -> bool:
    """A sentence of the paragraph that dated a happening to a day, telling another of that day without a date.

    "2012年5月13日，会议在北京举行。三国正式签署投资协定。": the signing takes the day. Not what had happened
    before ("此前", "had met"), would, could or should happen, was said, is to come or wished.
    """
    if _EARLIER_RE.search(sentence.cue_text, sentence.start, sentence.end):
        return False
    return tells_the_meeting(sentence)


def record_day(title: str | None, published: PartialDate | None) -> DateSpan | None:
    """The day of the meeting that a record of it (by its title) tells, as a date of its sentences (inferred)."""
    if published is None or published.day is None or not title or not is_record_of_meeting(title):
        return None
    return DateSpan(
        start_offset=0, end_offset=0, expression="", start=published, end=None, precision="day", resolution="inferred"
    )


def day_told(
    sentence: SentenceContext, meeting: DateSpan | None, line: tuple[str | None, DateSpan] | None
) -> DateSpan | None:
    """The day an undated sentence tells a happening of: a record's meeting, or the date line over its section."""
    day = meeting or (line[1] if line is not None and line[0] == sentence.paragraph.section_id else None)
    return day if day is not None and tells_the_meeting(sentence) else None


MIN_DATE_LINES = 2  # a text with this many lines that are a date alone is a chronicle or a digest


def date_lines_of(sentences: list[SentenceContext]) -> dict[int, DateSpan]:
    """Paragraphs that are a date alone ("2026年9月25日", "**12 March 2024**", "2026年9月25〜27日（金）"), by index.

    Where a text has MIN_DATE_LINES or more of different dates (a digest's items, a chronicle's days), each dates the
    happening told first in each paragraph after it in its section; one alone, or one date written again (a
    statement's date over it and at its signature), is a text's own date (its header's business).
    """
    found: dict[int, DateSpan] = {}
    for sentence in sentences:
        paragraph = sentence.paragraph
        if paragraph.kind != "text" or len(sentence.dates) != 1 or sentence.dates[0].start is None:
            continue
        if sentence.start != 0 or sentence.end < len(paragraph.text.rstrip()):
            continue
        date = sentence.dates[0]
        rest = paragraph.text[: date.start_offset] + _WEEKDAY_IN_BRACKETS_RE.sub("", paragraph.text[date.end_offset :])
        if not any(ch.isalnum() for ch in rest):
            found[paragraph.index] = date
    distinct = {(d.start, d.end) for d in found.values()}
    return found if len(distinct) >= MIN_DATE_LINES else {}  # one date twice: a text's date and its signature


_WEEKDAY_IN_BRACKETS_RE = re.compile(r"[(（][^()（）]{1,10}[)）]")  # "（日）", "(Sun)": a weekday after the date


def without_report_date(sentence: SentenceContext, dated: list[DateSpan]) -> list[DateSpan]:
    """The sentence's dates less its news dateline's where that is only when it was reported.

    "WESTHAVEN, Nov. 18 (Examplewire) -- A route was launched Tuesday": the route opened on the Tuesday, the 17th;
    "WESTHAVEN, Nov. 18 (Examplewire) -- The premier will hold a meeting": nothing happened on the 18th. A
    dateline's day that the sentence names again stays (one event, dated by the explicit expression).
    """
    if not dated:
        return dated
    text = sentence.cue_text
    at = credit.end() if (credit := _PHOTO_CREDIT_RE.match(text, sentence.start)) else sentence.start
    # The dateline patterns are anchored at the start of what they read: the sentence from `at` on.
    rest = text[at : sentence.end]
    opening = next((m for p in OPENING_DATELINE_RES if (m := p.match(rest)) and m.end() < len(rest)), None)
    if opening is None:
        return dated
    opened = at + opening.end()
    inside = [d for d in dated if d.end_offset <= opened]
    others = [d for d in dated if d.end_offset > opened]
    if not inside:
        return dated
    own_days = {(d.start, d.end) for d in others}
    stop = _CLAUSE_END_RE.search(text, opened, sentence.end)
    clause = text[opened : stop.start() if stop else sentence.end]  # "The premier will hold a meeting"
    told_to_come = not others and FUTURE_CLAUSE_RE.search(clause) is not None
    if told_to_come or (others and not all((d.start, d.end) in own_days for d in inside)):
        return others
    return dated


_CLAUSE_END_RE = re.compile(r"[,.;:!?，。；：！？]")
# "(Examplewire/Tan Wenli) WESTHAVEN, …": a photo's credit before the dateline
_PHOTO_CREDIT_RE = re.compile(r"\s*\([^()]{1,40}/[^()]{1,40}\)\s*")
