"""Events: sentences that tie a real-world happening (signed, held, founded…) to a resolved date."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from nea_site.extract.actors import Gazetteer
from nea_site.extract.date_patterns import FUTURE_CLAUSE_RE
from nea_site.extract.dates import DateSpan
from nea_site.extract.event_labels import make_event
from nea_site.extract.event_records import (
    continues_the_day,
    date_lines_of,
    day_told,
    is_question,
    is_sequel,
    record_day,
    without_report_date,
)
from nea_site.extract.event_records import cue_near as _cue_near
from nea_site.extract.event_records import without_titles as without_titles  # claims read it here
from nea_site.extract.event_rows import (
    MEETING_NOUNS,
    is_another_happenings_date,
    is_data_period,
    is_meeting_date_cell,
    is_numbered_row_date,
    is_period_label,
    is_tenure_row,
    lexicon_regex,
    without_coarser_repeats,
    without_row_repeats,
)
from nea_site.extract.event_schedule import marked_scheduled
from nea_site.extract.event_triggers import names_a_happening
from nea_site.model import (
    ActorId,
    Event,
    Paragraph,
    PartialDate,
    SourceId,
    ThemeId,
)
from nea_site.text.lang import is_cjk_lang
from nea_site.text.patterns import (
    AS_OF_RE,
    CITATION_RE,
    DATA_LABEL_AFTER_RE,
    DESIGNATED_AFTER_RE,
    DESIGNATED_BEFORE_RE,
    EVENT_TRIGGER_ZH_RE,
    PREDICTION_EN_RE,
    PREDICTION_ZH_RE,
    SINCE_RE,
    START_AFTER_RE,
)
from nea_site.text.script import to_simplified

# How far from a date a trigger or a forecast cue may be and still belong to it (about one clause).
NEAR_CHARS = {"en": 90, "zh": 45}


_RECURRENCE = lexicon_regex("recurrence_words")
_HOLD_VERBS = lexicon_regex("meeting_hold_verbs")
_ANNIVERSARY = lexicon_regex("anniversary_words")
_TARGET = lexicon_regex("target_date_words", "wiki_target_date_words")
_WISHES = lexicon_regex("wish_cues")
_RELATED_LINKS = lexicon_regex("related_links_labels")
# After a year: "2024年度" (a reporting year), "2023年版" (an edition), "2015年的水平" (a comparison base): a
# label, not a happening.
_DATA_YEAR_AFTER_RE = re.compile(r"[度版]|\s*的\s*水平")
# A wiki page's category label before a year: "분류:", "Category:", "分类:", "カテゴリ:".
_CATEGORY_BEFORE_RE = re.compile(r"(?:分类|分類|category|분류|カテゴリ)\s*:\s*$", re.IGNORECASE)
# Between two dates that share one verb: "25日晚、26日凌晨先后发表通报", "on 3 and 4 May".
_DATE_LIST_GAP_RE = re.compile(r"(?:晚|晚间|上午|下午|中午|凌晨|早)?\s*(?:[、,，]|和|与|及|\band\b|\bor\b)\s*")
# Where a clause ends: what follows a date up to there is the date's own clause.
_CLAUSE_END_RE = re.compile(r"[,，、;；。.!?！？:：]")
_CJK_CLAUSE_MARK_RE = re.compile(r"[，；。：！？]")  # full-width marks only: not a decimal point
# Citations in wiki markup: "<ref>…</ref>", "<ref name=x/>", "{{cite web |…}}", "[http://… title]", and a
# parenthesis that holds only a source and the date it was published: "（外交部 2016年3月2日）".
_MARKUP_CITATION_RE = re.compile(
    r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?(?:</ref>|$)|\{\{\s*cite[^{}]*(?:\}\}|$)|\[https?://[^\]]*\]",
    re.IGNORECASE | re.DOTALL,
)
_SOURCE_PAREN_RE = re.compile(
    r"[（(][^（）()]{1,24}?[\s，,]*\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?\s*[）)]"
)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence of a paragraph with what was found in it."""

    paragraph: Paragraph
    start: int
    end: int
    dates: tuple[DateSpan, ...]
    themes: tuple[ThemeId, ...]
    actors: tuple[ActorId, ...] = ()  # named in the sentence, in order of first mention
    simplified: str | None = None  # the paragraph's same-length Simplified copy (None: the text as written)
    # The sentence, verbatim: cut once (events and claims read it some ten times per sentence).
    text: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.paragraph.text[self.start : self.end])

    @property
    def cue_text(self) -> str:
        """The whole paragraph as cues read it: Simplified, offsets as in the text (cues are Simplified)."""
        return self.paragraph.text if self.simplified is None else self.simplified


def has_trigger(text: str) -> bool:
    """True when the sentence names a happening."""
    return names_a_happening(text, 0, len(text))


def _scope(sentence: SentenceContext, dated: list[DateSpan], i: int) -> tuple[int, int]:
    """The stretch of the sentence that belongs to the i-th date: from the previous date's end to the next's start."""
    begin = dated[i - 1].end_offset if i else sentence.start
    j = i + 1
    text = sentence.paragraph.text
    while j < len(dated) and _DATE_LIST_GAP_RE.fullmatch(text, dated[j - 1].end_offset, dated[j].start_offset):
        j += 1  # "25日晚、26日凌晨发表通报": dates listed together share what follows the last of them
    end = dated[j].start_offset if j < len(dated) else sentence.end
    return begin, end


_OPENING_RE = re.compile(r"\s*(?:(?:on|in|at|during)\s+)?", re.IGNORECASE)
_COMMA_AFTER_RE = re.compile(r"\s*(?:[,，]|、(?!\s*[0-9０-９]))")  # "3月14日、…" (ja), not a list "3日、4日"


def _opens_sentence(text: str, sentence_start: int, date: DateSpan) -> bool:
    """The date opens its sentence and a comma follows it: "On 28 November 1999, …", "2023年8月24日，…"."""
    opening = _OPENING_RE.match(text, sentence_start, date.start_offset)
    return (
        opening is not None
        and opening.end() == date.start_offset
        and _COMMA_AFTER_RE.match(text, date.end_offset) is not None
    )


def is_data_as_of(before: str, expression: str) -> bool:
    """True for "By the end of 2016", "as of", "截至": the date of a figure, not of a happening."""
    return bool(AS_OF_RE.search(before) or AS_OF_RE.match(expression))


def _is_bare_since(text: str, date: DateSpan) -> bool:
    """True for "since 2019" / "自1999年…以来" with no happening named in that clause: a duration, not an event."""
    before = text[max(0, date.start_offset - 8) : date.start_offset]
    if _SINCE_AFTER_RE.match(text, date.end_offset) or date.expression.endswith(("以来", "以來")):
        return True  # "3月初以来，…开展了400余次巡查": the happenings since then, counted, none on that day
    if not (SINCE_RE.search(before) or SINCE_RE.match(date.expression)):
        return False
    if START_AFTER_RE.match(text, date.end_offset):
        return False  # "从2014年开始倡导": the start of something is a happening
    clause_end = min((i for i in (text.find(w, date.end_offset) for w in ("以来", "以來")) if i >= 0), default=-1)
    if 0 <= clause_end - date.end_offset <= 40:
        clause = text[date.end_offset : clause_end]
    elif _HAN_RE.search(date.expression) and not date.expression.endswith(("以来", "以來")):
        # "自从2012年X登上…、Y宣布…，": no "以来", the happenings up to the comma
        stop = _COMMA_STOP_RE.search(text, date.end_offset)
        clause = text[date.end_offset : stop.start() if stop else len(text)]
    else:
        clause = ""
    return not (clause and EVENT_TRIGGER_ZH_RE.search(to_simplified(clause)))


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_SINCE_AFTER_RE = re.compile(r"\s*(?:以来|以來)")
_COMMA_STOP_RE = re.compile(r"[，,。；;]")


def _event_dates(sentence: SentenceContext, citations: list[tuple[int, int]]) -> list[DateSpan]:
    """Dates that can anchor an event: resolved, finer than a decade, not "as of", not a citation, not a duration.

    `citations` are the spans of CITATION_RE in the sentence's paragraph.
    """
    text = sentence.paragraph.text
    return [
        d
        for d in sentence.dates
        if d.start is not None
        and d.precision != "decade"
        and not is_data_as_of(text[max(0, d.start_offset - 20) : d.start_offset], d.expression)
        and not _is_bare_since(text, d)
        and not any(s <= d.start_offset < e for s, e in citations)
        and not is_data_period(text, d)
        and not is_period_label(text, d)
        and not is_another_happenings_date(text, d)
    ]


def _clause_stop(untitled: str, date: DateSpan, end: int, most: int) -> int:
    """Where the date's clause stops, at most `most` characters after the date."""
    stop = _CLAUSE_END_RE.search(untitled, date.end_offset, min(end, date.end_offset + most))
    return stop.start() if stop else min(end, date.end_offset + most)


def _clause_start(untitled: str, date: DateSpan, lo: int, marks_re: re.Pattern[str] = _CLAUSE_END_RE) -> int:
    """Where the date's clause starts: after the last comma or sentence mark before the date (at least `lo`)."""
    marks = [m.end() for m in marks_re.finditer(untitled, lo, date.start_offset)]
    return marks[-1] if marks else lo


def _clause_after(untitled: str, date: DateSpan, end: int) -> str:
    """The rest of the date's clause: from the date up to the next comma or sentence mark."""
    stop = _CLAUSE_END_RE.search(untitled, date.end_offset, end)
    return untitled[date.end_offset : stop.start() if stop else end]


def _is_recurrence_or_anniversary(untitled: str, date: DateSpan, lo: int, end: int) -> bool:
    """A recurrence or an anniversary, no single happening: "매년 개최하는", "held annually", "2021年是…20周年"."""
    clause = _clause_after(untitled, date, end)
    if any(cue.search(clause) for cue in _ANNIVERSARY):
        return True
    before = untitled[max(lo, date.start_offset - 30) : date.start_offset]
    before = _CLAUSE_END_RE.split(before)[-1]
    return any(cue.search(clause) or cue.search(before) for cue in _RECURRENCE)


def _is_target(untitled: str, date: DateSpan) -> bool:
    """A deadline or a target, not a happening: "年内完成", "年内にも", "in 2025 at the latest"."""
    around = untitled[date.start_offset : date.end_offset + 4]
    return any(cue.search(around) for cue in _TARGET)


MEETING_NAME_CHARS = {"en": 30, "zh": 20}  # how far after its date a meeting's noun may still name the meeting


def _names_a_meeting(untitled: str, date: DateSpan, end: int, cjk: bool) -> bool:
    """The date names a meeting of its year: "2026年…领导人非正式会议", "明年大会", "the 2026 APEC summit".

    A meeting of a year to come is a scheduled happening, not a forecast.
    """
    clause = _clause_after(untitled, date, end)[: MEETING_NAME_CHARS["zh" if cjk else "en"]]
    return any(noun.search(clause) for noun in MEETING_NOUNS)


def _names_its_meeting(untitled: str, date: DateSpan, dated: list[DateSpan], end: int, cjk: bool) -> bool:
    """A year that names a meeting in a sentence with a finer date of that year: the meeting's name, not a date."""
    return (
        date.precision == "year"
        and date.start is not None
        and any(d.precision in ("month", "day") and d.start and d.start.year == date.start.year for d in dated)
        and _names_a_meeting(untitled, date, end, cjk)
    )


def _holds_a_meeting(untitled: str, date: DateSpan, lo: int) -> bool:
    """The date's clause holds a meeting before it: "decided to hold the next summit in Tandry in 2026".

    Both a meeting's noun and a verb of holding one (lexicon `meeting_hold_verbs`) stand in the clause: a meeting
    noun alone ("the summit leaders expect trade to double by 2030") schedules nothing.
    """
    clause = untitled[_clause_start(untitled, date, lo) : date.start_offset]
    return any(verb.search(clause) for verb in _HOLD_VERBS) and any(noun.search(clause) for noun in MEETING_NOUNS)


def _only_targets(sentence: SentenceContext) -> bool:
    """Every date of the sentence is a deadline or target ("一致同意年内启动谈判"): it tells no day of its own."""
    untitled = without_titles(sentence.cue_text)
    return all(_is_target(untitled, date) for date in sentence.dates)


def _is_scheduled(date: DateSpan) -> bool:
    """A coming happening dated to the month or the day ("will be held on 5 June", "将于6月2日举行").

    A forecast cue then says it is scheduled, not forecast; a year alone stays a forecast or a target.
    """
    return date.precision in ("month", "day")


def extract_events(
    source_id: SourceId,
    sentences: list[SentenceContext],
    gazetteer: Gazetteer,
    published: PartialDate | None,
    section_titles: Mapping[str, str] | None = None,
    title: str | None = None,
) -> tuple[Event, ...]:
    """One event per date whose part of the sentence names a happening (signed, held, founded…) close by.

    A record of a meeting (`title` "Record of Conversation …", "会谈记录") dated to a day tells that day's meeting:
    the first sentence of a paragraph that tells a happening in it without a date of its own takes that day.
    """
    events: list[Event] = []
    meeting = record_day(title, published)
    told: set[int] = set()  # paragraphs of a record whose happening is taken
    # Per paragraph, made when a sentence of it first has a date: its citations and its text without titles.
    paragraphs: dict[int, tuple[list[tuple[int, int]], str]] = {}
    carried: tuple[str | None, DateSpan, int] | None = None  # (section, day, paragraph) of the latest day's event
    date_lines = date_lines_of(sentences)
    line: tuple[str | None, DateSpan] | None = None  # (section, date) of the latest date line
    for sentence in sentences:
        if sentence.paragraph.index in date_lines:  # "**2026年9月25日**" over a digest's item: it dates the item
            line = (sentence.paragraph.section_id, date_lines[sentence.paragraph.index])
        if not sentence.dates and carried is None and meeting is None and line is None:
            continue  # most sentences: no date, and no day's event, record's meeting or date line before them
        if is_question(sentence):
            continue  # a reporter's question: what it names is asked about, not told
        if not sentence.dates or (carried is not None and _only_targets(sentence)):
            if carried is not None and carried[0] == sentence.paragraph.section_id:
                if is_sequel(sentence) or (carried[2] == sentence.paragraph.index and continues_the_day(sentence)):
                    events.append(
                        _make_event(source_id, sentence, carried[1], gazetteer, is_cjk_lang(sentence.paragraph.lang))
                    )
            elif (day := day_told(sentence, meeting, line)) and sentence.paragraph.index not in told:
                told.add(sentence.paragraph.index)  # the first happening each paragraph tells takes the day
                events.append(_make_event(source_id, sentence, day, gazetteer, is_cjk_lang(sentence.paragraph.lang)))
            continue
        text = sentence.paragraph.text
        if sentence.paragraph.index not in paragraphs:
            citations = [(m.start(), m.end()) for m in CITATION_RE.finditer(text)]
            if "<ref" in text or "<REF" in text or "{{" in text or "[http" in text:
                citations.extend((m.start(), m.end()) for m in _MARKUP_CITATION_RE.finditer(text))
            if "）" in text or (")" in text and "年" in text):
                citations.extend((m.start(), m.end()) for m in _SOURCE_PAREN_RE.finditer(text))
            paragraphs[sentence.paragraph.index] = citations, without_titles(sentence.cue_text)
        citations, untitled = paragraphs[sentence.paragraph.index]
        cjk = is_cjk_lang(sentence.paragraph.lang)
        reach = NEAR_CHARS["zh" if cjk else "en"]
        if any(label.match(untitled, sentence.start, sentence.end) for label in _RELATED_LINKS):
            continue  # "Related reading …": other articles' headlines
        dated = without_report_date(sentence, _event_dates(sentence, citations))
        if len(dated) > 1:  # "9月12日，甲向2024年例示交易会致贺信": the year names the fair, the day dates the letter
            dated = [d for d in dated if not _names_its_meeting(untitled, d, dated, sentence.end, cjk)]
        found: dict[tuple[PartialDate, PartialDate | None], Event] = {}  # one event per date of the sentence
        for i, date in enumerate(dated):
            assert date.start is not None
            if (
                is_meeting_date_cell(sentence, date, section_titles or {})
                or is_numbered_row_date(sentence, date)
                or is_tenure_row(sentence, date)
            ):
                found[(date.start, date.end)] = _make_event(source_id, sentence, date, gazetteer, cjk)
                continue
            begin, end = _scope(sentence, dated, i)
            lo, hi = max(begin, date.start_offset - reach), min(end, date.end_offset + reach)
            if i and cjk:  # "甲国11日发布的统计显示，甲国10月物价涨幅为6%": the verb before the comma is 11日's
                lo = _clause_start(untitled, date, lo, _CJK_CLAUSE_MARK_RE)
            scheduled = (
                _is_scheduled(date)
                or _names_a_meeting(untitled, date, sentence.end, cjk)
                or _holds_a_meeting(untitled, date, lo)
            )
            if published is not None and date.start.year > published.year and not scheduled:
                continue  # a year after publication is a forecast or a target, not an event
            if _opens_sentence(text, sentence.start, date):
                hi = end  # "On 28 November 1999, <a long subject> met …": the date sets the whole clause's time
            if not names_a_happening(untitled, lo, hi):
                continue
            # Forecast cues count before the date ("is expected to … by 2030", "预计到2050年"), not after it; a
            # happening dated to the month or day is scheduled ("将于6月2日举行"), not forecast.
            if not scheduled and (
                _cue_near(untitled, (PREDICTION_EN_RE, PREDICTION_ZH_RE), lo, _clause_stop(untitled, date, end, 8))
                or FUTURE_CLAUSE_RE.search(untitled, lo, date.start_offset)
                or _cue_near(untitled, _WISHES, _clause_start(untitled, date, lo), date.start_offset)
            ):
                continue  # "并且将在2017年启动磋商", "希望争取新馆在2019年建成": a plan or a wish for a year
            if _is_recurrence_or_anniversary(untitled, date, lo, end):
                continue
            if _CATEGORY_BEFORE_RE.search(text, max(0, date.start_offset - 12), date.start_offset):
                continue  # "분류:2010년 스포츠", "Category:2012年经济": a page category, not a happening
            if _is_target(untitled, date) or _DATA_YEAR_AFTER_RE.match(text, date.end_offset):
                continue
            if DATA_LABEL_AFTER_RE.match(text, date.end_offset):
                continue  # "增长至2022年的近8000亿美元": the year labels a figure
            if DESIGNATED_AFTER_RE.match(text, date.end_offset) or DESIGNATED_BEFORE_RE.search(
                text, max(0, date.start_offset - 40), date.start_offset
            ):
                continue  # "将2025年和2026年定为交流年": the years are what was designated, not when
            # "SEOUL, May 27, 2024 — … agreed on Monday": two expressions of one day are one event, dated by the
            # explicit one where the other was counted from it.
            key = (date.start, date.end)
            if key not in found or (date.resolution == "explicit" and found[key].resolution != "explicit"):
                found[key] = _make_event(source_id, sentence, date, gazetteer, cjk)
        events.extend(without_coarser_repeats(list(found.values())))
        days = [event for event in found.values() if event.precision == "day" and event.date_end is None]
        if days:
            last = max(dated, key=lambda d: d.end_offset if (d.start, d.end) == (days[-1].date, None) else -1)
            carried = (sentence.paragraph.section_id, last, sentence.paragraph.index)
        elif found:
            carried = None  # a happening of a month or a year told since: the day before is no longer the story's
    return marked_scheduled(without_row_repeats(events), published)


def _make_event(
    source_id: SourceId, sentence: SentenceContext, date: DateSpan, gazetteer: Gazetteer, cjk: bool
) -> Event:
    return make_event(source_id, sentence.text, sentence.paragraph.index, sentence.actors, sentence.themes, date, cjk)
