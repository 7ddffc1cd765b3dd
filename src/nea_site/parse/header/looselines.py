"""Header lines written loosely, rewritten or read for the header readers.

A time in words ("20時15分", "오후 5:30"), a label after its date ("2020/03/05 18:30 更新"), a change noted in brackets
("2023/11/26 17:45（11/26 20:10 更新）"), a weekday in brackets, a UTC offset, tool words after bars: `normalise_line`
writes them as the header readers read them. A reporter's label and name before labelled dates ("기자명 이수진 입력
2019.08.21 10:12"), a Korean or a slash-parted byline and more publication labels are read by `take_byline_dates`.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.header.authors import opener_byline
from nea_site.parse.header.labelled_dates import take_labelled_dates
from nea_site.parse.header.newslines import rewrite_news_line
from nea_site.parse.header.pagelines import NAV_WORDS
from nea_site.parse.header.state import Header, iso_from_match, split_names, written_iso
from nea_site.text.header_patterns import BRACKETED_WEEKDAY, UTC_OFFSET, WRITTEN_DATE_RE
from nea_site.text.patterns import DATE_VALUE_RE
from nea_site.text.script import to_simplified

_LEXICON = lexicon.current()


def _words(name: str) -> str:
    return lexicon.alternation(_LEXICON.words(name), space=r"\s*")


# "20時15分", "17시 30분", "오후 5:30", "午後3:05": a time as words write it, read as "20:15".
_CLOCK_WORDS_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분](?:\s*\d{1,2}\s*[秒초])?")
_HALF_DAY_RE = re.compile(r"(?:오전|오후|午前|午後|上午|下午|AM|PM)\s*(?=\d{1,2}:\d{2})")
_DATE_LABELS = _LEXICON.words("date_published_labels") + _LEXICON.words("general_date_published_labels")
_ALL_LABELS = lexicon.alternation(
    tuple(sorted(_DATE_LABELS + _LEXICON.words("date_updated_labels"), key=len, reverse=True)), space=r"\s*"
)
# "2020/03/05 18:30 更新", "2019.08.21 10:12 입력", "2023年11月26日 15:02 公開": a date, then its label.
_DATE_THEN_LABEL_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
    rf"\s*(?P<label>{_ALL_LABELS})\s*$",
    re.IGNORECASE,
)
# "（11/26 20:10 更新）", "(updated 10:05)": a change noted in brackets after a date.
_CHANGE_NOTE_RE = re.compile(
    rf"(?<=\S)\s*[（(][^（）()]{{0,30}}?(?:{lexicon.alternation(_LEXICON.words('date_updated_labels'))})"
    r"[^（）()]{0,30}[）)]\s*$",
    re.IGNORECASE,
)


# "2024年5月27日（月）10:30", "2024/5/27(月)": a weekday in brackets after a date, before its time.
_BRACKETED_WEEKDAY_RE = re.compile(rf"(?<=[日일\d.])\s*{BRACKETED_WEEKDAY}")
# "10:05 AM GMT+9", "21:08 UTC+08:00": a time's offset from UTC, which the date readers do not read.
_TIME_OFFSET_RE = re.compile(rf"(?<=[\dMm.])\s*{UTC_OFFSET}")
# "来源：示例网 2024-05-27 21:08:03": fields, then the date and time closing the line.
_FIELDS_THEN_DATE_RE = re.compile(
    r"^\s*(?P<fields>[^\d:：]{1,12}[:：]\s*\S.*?(?<![:：]))\s+"
    r"(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*$"
)

_READING_TIME_RE = re.compile(r"\s*[·•|–-]\s*\d{1,3}\s*(?:min(?:ute)?s?|分)\s*(?:read|読了|阅读)?\s*$", re.IGNORECASE)
_YEAR_STOP_RE = re.compile(r"(?<=[\s,](?:19|20)\d{2})\.\s*$")  # "Tokyo, March 12th, 1957.": the stop closing it

# "2023-11-26 | 示例网": a date and a name parted by a bar, as "2023-11-26 示例网" (an outlet and its date) reads.
_DATE_BAR_NAME_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"\s*[|｜]\s*(?P<name>[^\d|｜:：]{2,30}?)\s*$"
)
# "Published Nov. 26, 2023 Updated Nov. 27, 2023": a change's label and date after a date, which goes.
_TRAILING_CHANGE_RE = re.compile(
    rf"(?<=\d)\s*[|·•,/]?\s*\b(?:{lexicon.alternation(_LEXICON.words('date_updated_labels', 'en'))})\b"
    r"\s*[:：]?\s*(?=\S).{0,60}$",
    re.IGNORECASE,
)


def _without_tool_parts(text: str) -> str:
    """A header line without the page's tool words closing it after bars ("| 打印 | 关闭")."""
    parts = re.split(r"\s*[|｜]\s*", text)
    while len(parts) > 1 and parts[-1].strip().casefold() in NAV_WORDS:
        parts.pop()
    return text if len(parts) == len(re.split(r"\s*[|｜]\s*", text)) else " | ".join(parts)


_SECONDS_RE = re.compile(r"(?<=\d:\d{2}):\d{2}(?:\.\d+)?(?!\d)")  # "21:08:03": the seconds go
_KO_FULL_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_BAR_RE = re.compile(r"\s*[|｜]\s*")
_BRACKETED_FIELD_RE = re.compile(r"^\s*[【\[]\s*(?P<field>[^【】\[\]:：]{1,12}[:：][^【】\[\]]{1,40}?)\s*[】\]]\s*$")
# "Written by", "Reported by" (lexicon meta_byline_openers): a byline's opening, read as "By".
_BYLINE_OPENER_RE = re.compile(
    rf"^\s*(?:(?i:{_words('meta_byline_openers')}|{_words('meta_kind_byline_openers')})|By(?=\s+[A-Z]))\s+(?=\S)"
)
_BYLINE_SLASH_RE = re.compile(r"\s+/\s+(?=\D)")  # "Jane Roe / Staff Reporter": the name, then the job
_BYLINE_DATE_GAP_RE = re.compile(r"\s{2,}(?=(?:19|20)\d{2}[-/.])")  # "…   2024-05-27": the date after a gap
# Labels of written dates on one line, publication and change ("Posted on : May 27, 2024 17:30 KST Modified on :
# May 27, 2024 19:05 KST", "Last Modified : … Published : …"): the publication label's date is the line's.
_PUBLISHED_WORDS = (
    _LEXICON.words("date_published_labels")
    + _LEXICON.words("general_date_published_labels")
    + _LEXICON.words("meta_date_published_labels")
)
_CHANGED_WORDS = _LEXICON.words("date_updated_labels") + _LEXICON.words("meta_date_updated_labels")
_WRITTEN_LABEL_RE = re.compile(
    rf"(?P<label>{lexicon.alternation(tuple(sorted(_PUBLISHED_WORDS + _CHANGED_WORDS, key=len, reverse=True)))})"
    r"(?:\s+on)?\s*[:：|｜]?\s*",
    re.IGNORECASE,
)
_PUBLISHED_FOLDED = frozenset(w.casefold() for w in _PUBLISHED_WORDS)
_TIME_AFTER_RE = re.compile(
    r"\s*[,\-–—]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?"
)


def _written_labelled(text: str) -> str | None:
    """The publication date of a line of labelled dates, as "Published YYYY-MM-DD"; None for other lines.

    "Posted on : May 27, 2024 17:30 KST Modified on : …", "最后更新：2024-05-28 发布：2024-05-27": every label
    (publication or change, the lexicon's lists and the meta ones) and its date, the whole line.
    """
    at, published = 0, None
    while at < len(text):
        label = _WRITTEN_LABEL_RE.match(text, at)
        date = (
            (WRITTEN_DATE_RE.match(text, label.end()) or _NUMERIC_DATE_RE.match(text, label.end())) if label else None
        )
        if label is None or date is None:
            return None
        iso = written_iso(date)
        if label["label"].casefold() in _PUBLISHED_FOLDED and iso:
            published = published or iso
        at = date.end()
        time = _TIME_AFTER_RE.match(text, at)
        at = time.end() if time else at
        while at < len(text) and text[at] in " \t|·•,;":
            at += 1
    return f"Published {published}" if published and at > 0 else None


def normalise_line(text: str) -> str:
    """A header line as the readers read it: times in digits, a date's label before it, no bracketed change note."""
    names = opener_byline(text)
    if names:  # "Text: Jane Roe", "Words by Jane Roe and John Doe": names alone after a byline's opening
        return "By " + ", ".join(names)
    opener = _BYLINE_OPENER_RE.match(text)
    if opener:  # "Written by Jane Roe on May 27, 2024", "By Jane Roe / Staff Reporter   2024-05-27 17:30"
        text = "By " + _BYLINE_DATE_GAP_RE.sub(" | ", _BYLINE_SLASH_RE.sub(", ", text[opener.end() :]))
    bracketed = _BRACKETED_FIELD_RE.match(text) if text[:1] in "【[" else None
    if bracketed:  # "【来源：示例网】": a field in brackets
        text = bracketed["field"]
    if not any(ch.isdigit() for ch in text):
        return text
    text = rewrite_news_line(text)  # "May 27, 20245:30 AM", "2024/5/27 17:30 (JST)", "Date: 27/05/2024"
    text = _CLOCK_WORDS_RE.sub(r"\1:\2", text)
    text = _SECONDS_RE.sub("", _HALF_DAY_RE.sub("", text))
    if "년" in text:
        text = _KO_FULL_DATE_RE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)  # "2024년 05월 27일"
    if "|" in text or "｜" in text:
        text = _BAR_RE.sub(" | ", text)  # "Source: Xinhua| 2024-05-27|Editor: …": bars spaced as fields' are

    if "GMT" in text or "UTC" in text:
        text = _TIME_OFFSET_RE.sub("", text)
    if ")" in text or "）" in text:
        text = _BRACKETED_WEEKDAY_RE.sub("", _CHANGE_NOTE_RE.sub("", text))
    text = _READING_TIME_RE.sub("", _YEAR_STOP_RE.sub("", text))
    if "|" in text or "｜" in text:
        text = _without_tool_parts(text)  # "2024年05月27日 21:08 | 来源：示例网 | 打印 | 关闭"
    if _TRAILING_CHANGE_RE.search(text):
        text = _TRAILING_CHANGE_RE.sub("", text)
    moved = _DATE_THEN_LABEL_RE.match(text)
    if moved:
        return f"{moved['label']} {moved['date']}"
    written = _written_labelled(text) if "|" not in text else None  # bars: fields, read field by field
    if written:
        return written
    fields = _FIELDS_THEN_DATE_RE.match(text)
    if fields:
        return f"{fields['date']} {fields['fields']}"
    barred = _DATE_BAR_NAME_RE.match(text)
    return f"{barred['date']} {barred['name']}" if barred else text


# "기자명 이수진", "記者 山田太郎", "Reporter Jane Roe": a reporter's label and name, before labelled dates.
_BYLINE_LABEL_RE = re.compile(rf"^\s*(?:{_words('meta_byline_labels')})\s*[:：]?\s*(?=\S)", re.IGNORECASE)
_CJK_NAMES_RE = re.compile(
    r"\s*(?:[가-힣]{2,4}|[\u3400-\u9fff]{2,5})(?:\s*[·,、]\s*(?:[가-힣]{2,4}|[\u3400-\u9fff]{2,5})){0,3}\s*"
)
_NAME_END_RE = re.compile(r"\s+(?:[|｜·]\s*)?")
MAX_BYLINE_NAMES_CHARS = 40


# "김철수 기자 kim@example.co.kr", "이영희 특파원": a Korean reporter's name and title, maybe the address.
_KO_BYLINE_RE = re.compile(
    rf"^\s*(?P<names>[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}}){{0,3}})\s*"
    rf"(?:{lexicon.alternation(_LEXICON.words('reporter_titles', 'ko'))})\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)

# "2024-05-27 21:08 聯合報／ 記者王小明／即時報導": date, outlet, reporter and the kind of report, slash-parted.
_SLASHED_BYLINE_RE = re.compile(
    r"^\s*(?P<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s+"
    rf"(?P<outlet>[\u4e00-\u9fff]{{2,8}})\s*[／/]\s*(?:{_words('meta_byline_labels')})\s*"
    r"(?P<names>[\u4e00-\u9fff、，, ]{2,20}?)\s*(?:[／/]\s*[^／/\d]{0,12})?\s*$"
)


# "송고시간2023-11-26 17:30", "Publication date: 27 May 2024": more labels of the publication date.
_META_LABEL_RE = re.compile(rf"^\s*(?:{_words('meta_date_published_labels')})\s*(?:[:：|｜]\s*)?", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(
    r"(?P<iso>(?:19|20)\d{2}\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?\.?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)


def _take_meta_labelled(header: Header, text: str) -> bool:
    """A date under one of the labels of meta_date_published_labels, then nothing or more labelled dates."""
    label = _META_LABEL_RE.match(text)
    date = (_NUMERIC_DATE_RE.match(text, label.end()) or WRITTEN_DATE_RE.match(text, label.end())) if label else None
    if date is None:
        return False
    rest = text[date.end() :]
    trial = Header()
    if rest.strip(" \t|｜/·•,;；、") and not take_labelled_dates(trial, rest):
        return False
    iso = written_iso(date)
    if iso and (not header.published or len(header.published) < len(iso)):
        header.published = iso
        header.origins["published"] = "parsed"
    header.date_changed = header.date_changed or trial.date_changed
    return True


# "《人民日报》（2024年05月28日 第 03 版）": a paper's name and the day and page of the print edition it ran in.
_PRINT_EDITION_RE = re.compile(
    r"^\s*(?:《(?P<outlet>[^《》]{2,20})》\s*)?[（(]\s*(?P<iso>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*第\s*\d{1,3}\s*版\s*[）)]\s*$"
)
# "文/记者 张三", "本报记者 张三 李四", "特约记者 王五": a Chinese reporter's credit under the title.
_ZH_BYLINE_RE = re.compile(
    rf"^\s*(?:文\s*[/／|｜]\s*)?(?:{_words('meta_zh_reporter_prefixes')})?(?:{_words('meta_zh_reporter_titles')})\s*[:：]?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3})\s*$"
)


def take_print_edition(header: Header, text: str) -> bool:
    """A line naming the print edition a text ran in: its day dates the text, the paper is its outlet."""
    match = _PRINT_EDITION_RE.match(text)
    if match is None:
        return False
    date = DATE_VALUE_RE.search(match["iso"].replace(" ", ""))
    if date and (not header.published or len(header.published) < len("2000-01-01")):
        header.published = iso_from_match(date)
        header.origins["published"] = "parsed"
    if match["outlet"] and not header.outlet:
        header.outlet = match["outlet"]
        header.origins["outlet"] = "parsed"
    return True


# "記者王小明／首爾報導", "记者 张三 李四/北京报道": a reporter and where the report was filed, alone on a line.
_ZH_REPORTER_PLACE_LINE_RE = re.compile(
    rf"^\s*(?:{_words('meta_zh_reporter_titles')})\s*(?P<names>[\u4e00-\u9fff、，, ]{{2,30}}?)\s*[／/]\s*"
    rf"(?P<place>[\u4e00-\u9fff]{{2,10}}?)\s*(?:{_words('meta_zh_report_words')})\s*$"
)


def _take_reporter_place(header: Header, text: str) -> bool:
    """A reporter's credit and place under the title ("記者王小明／首爾報導"): the authors and the place."""
    simplified = to_simplified(text) if "/" in text or "／" in text else ""
    match = _ZH_REPORTER_PLACE_LINE_RE.match(simplified) if simplified else None
    if match is None:
        return False
    same = len(simplified) == len(text)  # names and place as written, where the script's folding kept the length
    names, place = (text[match.start(g) : match.end(g)] if same else match[g] for g in ("names", "place"))
    if not header.authors:
        header.authors.extend(split_names(names))
        header.origins["authors"] = "parsed"
    if not header.place:
        header.place, header.origins["place"] = place, "parsed"
    return True


def take_byline_dates(header: Header, text: str) -> bool:
    """A reporter's label and name, then a line of labelled dates: the authors and the dates; False otherwise.

    A Korean reporter's name and title alone ("김철수 기자 kim@example.co.kr") are the authors too, and a date
    under a label of meta_date_published_labels ("송고시간2023-11-26 17:30") dates the text.
    """
    if _take_meta_labelled(header, text) or take_print_edition(header, text) or _take_reporter_place(header, text):
        return True
    zh_byline = _ZH_BYLINE_RE.match(text)
    if zh_byline:  # "文/记者 张三", "本报记者 张三 李四"
        if not header.authors:
            header.authors.extend(split_names(zh_byline["names"]))
            header.origins["authors"] = "parsed"
        return True
    slashed = _SLASHED_BYLINE_RE.match(text) if "／" in text or "/" in text else None
    if slashed:  # "2024-05-27 21:08 聯合報／ 記者王小明／即時報導"
        date = DATE_VALUE_RE.search(slashed["date"])
        if date and not header.published:
            header.published = iso_from_match(date)
            header.origins["published"] = "parsed"
        header.outlet = header.outlet or slashed["outlet"]
        header.origins["outlet"] = "parsed"
        if not header.authors:
            header.authors.extend(split_names(slashed["names"]))
            header.origins["authors"] = "parsed"
        return True
    korean = _KO_BYLINE_RE.match(text) if "@" in text or not text.isascii() else None
    if korean:
        if not header.authors:
            header.authors.extend(split_names(korean["names"].replace("·", ",")))
            header.origins["authors"] = "parsed"
        return True
    label = _BYLINE_LABEL_RE.match(text)
    if label is None:
        return False
    if text[label.end() - 1] in " \t:：\u3000" and _CJK_NAMES_RE.fullmatch(
        text, label.end()
    ):  # "기자 김철수", "記者 山田太郎": the label and names alone
        if not header.authors:
            header.authors.extend(split_names(re.sub(r"\s*[·]\s*", ",", text[label.end() :].strip())))
            header.origins["authors"] = "parsed"
        return True
    for gap in _NAME_END_RE.finditer(text, label.end()):
        names = text[label.end() : gap.start()].strip()
        if len(names) > MAX_BYLINE_NAMES_CHARS or any(ch.isdigit() or ch in ":：" for ch in names):
            return False
        if names and take_labelled_dates(header, text[gap.end() :]):
            if not header.authors:
                header.authors.extend(split_names(names))
                header.origins["authors"] = "parsed"
            return True
    return False
