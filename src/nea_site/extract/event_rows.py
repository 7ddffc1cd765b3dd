"""Rows of lists and tables whose date is a happening's without a verb, and the lexicon's cue lists as regexes.

A numbered meeting's row, a meeting table's date cell, an officeholder list's term.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from nea_site import lexicon
from nea_site.text.patterns import cue_regex
from nea_site.text.script import to_simplified

if TYPE_CHECKING:
    from nea_site.extract.dates import DateSpan
    from nea_site.extract.events import SentenceContext
    from nea_site.model import Event, Paragraph


def lexicon_regex(*names: str, not_inside: tuple[str, ...] = ()) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon lists `names` as two cue regexes: English whole words, and Chinese/Korean/Japanese inside words.

    Cues are read on the Simplified copy of a paragraph, so each CJK word is also looked for in Simplified. A CJK
    cue inside one of the longer words `not_inside` is none ("출국", departed, in "수출국", an exporting country).
    """
    words = lexicon.current()
    english = tuple(word for name in names for word in words.words(name, "en"))
    cjk = tuple(word for name in names for word in words.words(name, "zh", "ko", "ja"))
    return (
        cue_regex(tuple(dict.fromkeys(english)), whole_words=True),
        cue_regex(tuple(dict.fromkeys((*cjk, *map(to_simplified, cjk)))), whole_words=False, not_inside=not_inside),
    )


MEETING_NOUNS = lexicon_regex("meeting_nouns")


# The label that opens a numbered table row: "2nd Council", "3rd Summit", "第5次", "第2届会议", "第十二回", "7차",
# "2회".
_ROW_LABEL_RE = re.compile(
    r"\s*(?:[0-9]{1,2}(?:st|nd|rd|th)|第\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[次届回任]"
    r"|제?\s*[0-9]{1,2}\s*[회차])(?=[\s|])"
)


# A table row's first cell that is a number alone ("1 | 1989년 11월 6일 ~ 11월 7일 | 캔버라"): the meeting's
# number in a table of meetings, as its header's "회", "No." says.
_BARE_NUMBER_CELL_RE = re.compile(r"\s*[0-9]{1,3}\s*\|")


def is_numbered_row_date(sentence: SentenceContext, date: DateSpan) -> bool:
    """A table row or list item that a number labels: its date is when that one of the series was held.

    "2nd Council Mar. 2015 - Feb. 2017 | names" dates the second council to March 2015, "3회 | 부산 |
    2016년 4월 9일" the third meeting to 9 April 2016, a list's item "第二回　2007年1月15日　例示市" the
    second meeting to 15 January 2007.
    """
    text = sentence.paragraph.text
    return (
        (sentence.paragraph.is_row or sentence.paragraph.kind == "list_item" or _is_label_line(text))
        and date.resolution == "explicit"
        and date.precision in ("month", "day")
        and (
            _ROW_LABEL_RE.match(text, sentence.start, date.start_offset) is not None
            or (
                sentence.paragraph.is_row
                and _BARE_NUMBER_CELL_RE.match(text, sentence.start, date.start_offset) is not None
            )
        )
    )


MAX_LABEL_LINE_CHARS = 60


def _is_label_line(text: str) -> bool:
    """A short line with no sentence in it, as a list's entry set apart ("第一回　2005年12月14日　例示市")."""
    return len(text) <= MAX_LABEL_LINE_CHARS and _SENTENCE_MARK_RE.search(text) is None


# A row of an officeholder list: "（2011-2013）Name / Name", "(2017–) Name": the term's years open the row in
# parentheses, and names follow, no sentence.
_TENURE_OPENING_RE = re.compile(r"[\s#*•·\-]*(?:[0-9]{1,2}\.\s+)?[（(]\s*")
_TENURE_CLOSE_RE = re.compile(r"\s*[）)]\s*(?=\S)")
_SENTENCE_MARK_RE = re.compile(r"[。！？!?]|\.(?:\s|$)")
MAX_TENURE_ROW_CHARS = 200


def is_tenure_row(sentence: SentenceContext, date: DateSpan) -> bool:
    """A list's row that opens with a term's years in parentheses and names its holders: the term's start."""
    text = sentence.paragraph.text
    if date.resolution != "explicit" or date.precision != "year" or len(text) > MAX_TENURE_ROW_CHARS:
        return False
    if _TENURE_OPENING_RE.fullmatch(text, 0, date.start_offset) is None:
        return False
    close = _TENURE_CLOSE_RE.match(text, date.end_offset)
    return close is not None and _SENTENCE_MARK_RE.search(text, close.end()) is None


def _cells_around(paragraph: Paragraph, date: DateSpan) -> list[str]:
    """The paragraph's words but a date's, cell by cell for a table row (the join between cells is no word)."""
    spans = paragraph.cell_spans() or ((0, len(paragraph.text)),)
    text = paragraph.text
    return [
        text[s:e]
        for start, end in spans
        for s, e in ((start, min(end, date.start_offset)), (max(start, date.end_offset), end))
        if s < e
    ]


def is_meeting_date_cell(sentence: SentenceContext, date: DateSpan, section_titles: Mapping[str, str]) -> bool:
    """A paragraph that is only a date (a table cell), in a section named for meetings: that meeting's date."""
    if date.resolution != "explicit" or date.precision != "day":
        return False
    rest = [word for cell in _cells_around(sentence.paragraph, date) for word in cell.split()]
    if len(rest) > 1 or (rest and len(rest[0]) > 4):
        return False  # more than a cell: at most the next row's short label ("2회") glued on by the table's layout
    title = to_simplified(section_titles.get(sentence.paragraph.section_id or "", ""))
    return any(noun.search(title) for noun in MEETING_NOUNS)


def is_period_label(text: str, date: DateSpan) -> bool:
    """A span of years filling brackets after a name: "Work Plan (2018-2022)", "《展望》（2019—2029）"; no happening.

    A term opening a list's item ("（2011-2013）Name", an office held) is no name's label: it dates who took office.
    """
    if date.end is None or date.end == date.start or date.start_offset < 1:
        return False
    if text[date.start_offset - 1] not in "(（" or text[date.end_offset : date.end_offset + 1] not in (")", "）"):
        return False
    last = text[: date.start_offset - 1].rstrip()[-1:]
    return bool(last) and (last.isalnum() or last in "》”\"'’")


# "1—9月份", "1—10月，": the last month of a statistic's period after its first month's number and a dash.
_DATA_PERIOD_BEFORE_RE = re.compile(r"(?<![0-9])([0-9]{1,2})\s*[—–\-~～至到]\s*$")
_DATA_PERIOD_AFTER_RE = re.compile(r"份|以来")


def is_data_period(text: str, date: DateSpan) -> bool:
    """The months of a statistic's period, not a happening: "1—9月份", "今年1—10月，…新开工项目3100个".

    With 份 or 以来 after it, or counted from January (a year's figure so far) whatever follows.
    """
    if date.precision != "month":
        return False
    before = _DATA_PERIOD_BEFORE_RE.search(text, max(0, date.start_offset - 6), date.start_offset)
    return before is not None and (before[1] == "1" or _DATA_PERIOD_AFTER_RE.match(text, date.end_offset) is not None)


# "Executive Order 14259 of", "Resolution 2270 (2016) of", "Law No. 5 of": a numbered instrument named by its date.
_NUMBERED_INSTRUMENT_BEFORE_RE = re.compile(
    r"\b[A-Z][A-Za-z]+\s+(?:No\.\s*)?\d[\d./-]*(?:\s*\([^()]{1,12}\))?,?\s+(?:of|dated)\s+(?:the\s+)?$"
)


def is_instrument_date(text: str, date: DateSpan) -> bool:
    """The date that names a numbered order, resolution or law: "under Executive Order 9876 of March 3, 2031".

    It says which instrument is meant, as a citation does; the sentence's happening is another's.
    """
    qualifier = _QUALIFIER_RE.match(date.expression)
    end = date.start_offset + (qualifier.end() if qualifier else 0)
    return _NUMBERED_INSTRUMENT_BEFORE_RE.search(text, max(0, end - 60), end) is not None


def _superseded_regex() -> re.Pattern[str]:
    words = lexicon.current()
    english = sorted(words.words("superseded_date_words", "en"), key=len, reverse=True)
    cjk = sorted(
        {w for w in words.words("superseded_date_words", "zh", "ko", "ja") for w in (w, to_simplified(w))},
        key=len,
        reverse=True,
    )
    parts = []
    if english:
        words_en = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in english)
        parts.append(rf"\b(?:{words_en})\s+(?:(?:on|in|for|the)\s+)?$")
    if cjk:
        # "原定于", "原计划应于", "原計劃將於": at most two characters between the word and the date
        parts.append(rf"(?:{'|'.join(map(re.escape, cjk))})\s*[^\s，,。；;]{{0,2}}\s*$")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


_SUPERSEDED_RE = _superseded_regex()


def is_superseded_date(text: str, date: DateSpan) -> bool:
    """A date the happening was moved from or first meant for: "Rescheduled from 13 December 2006", "原定于…"."""
    # The expression may open with its qualifier ("from 13 December 2006"): the words are read up to its number.
    qualifier = _QUALIFIER_RE.match(date.expression)
    end = date.start_offset + (qualifier.end() if qualifier else 0)
    return _SUPERSEDED_RE.search(text, max(0, end - 40), end) is not None


_QUALIFIER_RE = re.compile(r"[a-z]+(?:\s+[a-z]+)*\s+")


def is_another_happenings_date(text: str, date: DateSpan) -> bool:
    """A date the sentence gives for something other than its happening: one first meant, or an instrument's."""
    return is_superseded_date(text, date) or is_instrument_date(text, date)


def without_row_repeats(events: list[Event]) -> list[Event]:
    """Events of rows that a number alone labels, less those whose day the text's own sentences date too.

    A table of meetings beside the sections that tell each ("6 | 2015年11月1日 | 首尔" and "2015年11月1日，…在
    首尔举行"): one happening, told best by the sentence.
    """
    told = {(e.date, e.date_end) for e in events if not _BARE_NUMBER_CELL_RE.match(e.evidence.quote)}
    return [e for e in events if (e.date, e.date_end) not in told or not _BARE_NUMBER_CELL_RE.match(e.evidence.quote)]


def without_coarser_repeats(found: list[Event]) -> list[Event]:
    """One sentence's events without one whose date only coarsens another's: one happening told once is one event.

    In "今天（5月28日）…开幕，今年读书节…" the year 2024 adds nothing to 2024-05-28.
    """
    if len(found) < 2:
        return found
    isos = [event.date.iso() for event in found]
    return [
        event
        for event, iso in zip(found, isos, strict=True)
        if event.date_end is not None or not any(other != iso and other.startswith(iso) for other in isos)
    ]
