"""Header zone: title, authors, date, outlet, abstract, keywords and author notes before the body starts."""

from __future__ import annotations

import copy
import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from nea_site.model import FieldOrigin
from nea_site.parse.headings import match_atx, match_numbered
from nea_site.parse.layout import Unit
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import (
    AUTHOR_LINE_RE,
    BOX_AUTHOR_RE,
    BYLINE_DATE_RE,
    BYLINE_RE,
    DATE_LINE_RE,
    DATE_VALUE_RE,
    DATELINE_RE,
    EDITOR_CREDIT_RE,
    FIELD_SPLIT_RE,
    HEADER_DATE_TIME_RE,
    HEADER_FIELD_RE,
    KEY_VALUE_LINE_RE,
    KEYWORD_HEADING_RE,
    KEYWORD_SEPARATOR_RE,
    LABELLED_LINE_RE,
    LIST_SEPARATOR_RE,
    MONTH_DAY_RE,
    NAMES_AFFILIATION_RE,
    ORGANISATION_LINE_RE,
    OUTLET_DATE_LINE_RE,
    PHOTO_CREDIT_RE,
    PLACE_DATE_LINE_RE,
    POSTED_BY_RE,
    RUN_IN_LABEL_RE,
    SENTENCE_END_RE,
    STAR_NOTE_RE,
    SURNAME_COMMA_RE,
    TITLE_DATE_RE,
    TITLE_PREFIX_RE,
    TITLE_STAR_RE,
    TRANSLATED_BY_RE,
    WIRE_CREDIT_RE,
    WIRE_DATELINE_RE,
    WIRE_DATELINE_UNDATED_RE,
    YEAR_BOUND_AFTER_RE,
    YEAR_BOUND_BEFORE_RE,
    YEAR_RE,
    ZH_AUTHORS_LINE_RE,
    ZH_DATELINE_RE,
    ZH_NAME_MARK_RE,
)

_MONTHS = "January February March April May June July August September October November December".split()
_MONTHS_SHORT = [month[:3].lower() for month in _MONTHS]
_ABSTRACT_LABELS = frozenset({"abstract", "摘要", "内容摘要", "内容提要", "提要", "summary"})
_KEYWORD_LABELS = frozenset({"keywords", "key words", "关键词", "关键字", "keyword"})
_AUTHOR_NOTE_LABELS = frozenset({"作者简介", "about the author", "about the authors", "author", "作者"})
_DATE_KEYS = frozenset({"time", "date", "published", "日期", "时间", "发布时间", "发表时间", "发布日期"})
_OUTLET_KEYS = frozenset({"source", "outlet", "publisher", "来源", "出处"})
_AUTHOR_KEYS = frozenset({"author", "authors", "by", "作者"})
MAX_BODY_START_CHARS = 300  # a header line longer than this is body text
MAX_FIELD_LINE_CHARS = 160
MAX_SUBTITLE_CHARS = 160
_HAN_SPACING_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
MIN_YEAR_MENTIONS = 2  # how often a text must name a year for a dateline to take it


@dataclass(slots=True)
class Header:
    """Metadata drafted from the header zone (mutable while parsing)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    place: str | None = None
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    author_notes: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    origins: dict[str, FieldOrigin] = field(default_factory=dict)
    dateline_month_day: tuple[int, int] | None = None


def match_credit(text: str) -> str | None:
    """The credit a line gives ("Photo by …", "[Translated by …]", "【责任编辑：…】"), or None."""
    for regex, group in (
        (TRANSLATED_BY_RE, "credit"),
        (EDITOR_CREDIT_RE, "credit"),
        (WIRE_CREDIT_RE, "credit"),
        (PHOTO_CREDIT_RE, None),
    ):
        match = regex.match(text)
        if match:
            return match[group].strip() if group else text.strip()
    return None


def split_names(value: str) -> list[str]:
    """Split an author line: "、"/","/";"/"and" separate names; CJK names are also split on spaces."""
    value = value.strip()
    parts = [p.strip() for p in LIST_SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) == 1 and all(not ch.isascii() for ch in value.replace(" ", "")):
        parts = value.split()
    return parts


def split_keywords(value: str) -> list[str]:
    """Split a keyword line on commas, "、", ";" and a final "and"; drop a closing period."""
    value = value.strip().rstrip(".。")
    parts = [p.strip() for p in KEYWORD_SEPARATOR_RE.split(value) if p.strip()]
    if len(parts) >= 2 and " and " in parts[-1]:  # "A, B and C": the last "and" separates
        parts[-1:] = [p.strip() for p in parts[-1].split(" and ", 1)]
    return parts


def parse_header(units: list[Unit]) -> tuple[Header, int]:
    """Read metadata from the first units; return it and the index of the first body unit."""
    header = Header()
    i = 0
    mode = ""  # "abstract" or "notes" while a labelled block continues
    after_author = False  # affiliation lines follow the author line directly
    subtitled = False  # the second unit was joined to the title or kept as the document's description
    while i < len(units):
        unit = units[i]
        if unit.kind != "text":
            break
        text = unit.text.strip()
        if match_credit(text) is not None:
            break  # credits and the body that follows them are read by the body pass
        if i == 0 and _take_title(header, text, units):
            i += 1
            continue
        second = _second_line_kind(header, text, units) if i == 1 else ""
        if second == "subtitle":
            header.title = _with_subtitle(header.title or "", text)
        elif second == "description":
            header.identifiers.append(("description", text))  # kept as metadata: nothing of the text is lost
            closing_year = YEAR_RE.search(text[-6:])
            if closing_year and header.published is None:  # "…, 2024": the year of the document
                header.published = closing_year.group()
                header.origins["published"] = "parsed"
        if second:
            subtitled = True
            i += 1
            continue
        if _take_labelled(header, text):
            mode, after_author = _mode_after_label(text), False
            i += 1
            continue
        had_authors = bool(header.authors)
        previous = units[i - 1].text if i else ""
        if i == 2 and subtitled:
            previous = header.title or ""  # the subtitle joined the title: the author line follows the title
        if _take_line(header, text, previous=previous):
            mode = ""
            after_author = not had_authors and bool(header.authors)
            i += 1
            continue
        if mode == "abstract" and _labelled_line_follows(units, i):
            header.abstract = (header.abstract + "\n\n" if header.abstract else "") + text
            i += 1
            continue
        if mode == "notes" and any(text.startswith(name) for name in header.authors):
            header.author_notes.append(text)
            i += 1
            continue
        if after_author and _is_affiliation(text):
            header.author_notes.append(text)
            i += 1
            continue
        break
    _strip_author_prefix(header)
    return header, i


def _second_line_kind(header: Header, text: str, units: list[Unit]) -> str:
    """What a short line right under the title is when an author, date or labelled line follows it.

    "subtitle": the title's second part. "description": a line describing the document ("Policy brief, Example
    Institute, 2024": a list or a closing year), which is no part of the title. "": neither (body or header line).
    """
    if not header.title or len(units) < 3 or units[2].kind != "text" or len(text) > MAX_SUBTITLE_CHARS:
        return ""
    if match_atx(text) or match_numbered(text) or _label_match(text) or KEY_VALUE_LINE_RE.match(text):
        return ""
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？")):
        return ""
    if _take_line(copy.deepcopy(header), text, previous=header.title):
        return ""  # the line is itself an author or date line
    description = len(re.findall(r"[,，、]", text)) >= 2 or YEAR_RE.search(text[-6:]) is not None
    trial = copy.deepcopy(header)
    if not description:
        trial.title = _with_subtitle(header.title, text)
    following = units[2].text.strip()
    if _take_labelled(trial, following) or _take_line(trial, following, previous=trial.title or ""):
        return "description" if description else "subtitle"
    return ""


def _with_subtitle(title: str, subtitle: str) -> str:
    """Join a subtitle: "Title: Subtitle"; "标题——副标题" keeps its dash, else "标题：副标题"."""
    subtitle = subtitle.strip()
    if subtitle.startswith(("—", "-", "–", ":", "：")):
        return f"{title}{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title} {subtitle}"
    return f"{title}：{subtitle}" if is_cjk_lang(detect_lang(title)) else f"{title}: {subtitle}"


def _take_title(header: Header, text: str, units: list[Unit]) -> bool:
    atx = match_atx(text)
    if atx:
        header.title = TITLE_STAR_RE.sub("", atx[1]).strip()
        header.origins["title"] = "parsed"
        return True
    dateline = DATELINE_RE.match(text)
    if dateline:
        header.outlet, header.place = dateline["outlet"].strip(), dateline["place"].strip()
        header.origins.update(outlet="parsed", place="parsed")
        month_day = MONTH_DAY_RE.match(dateline["date"])
        if month_day:
            month, day = _MONTHS.index(month_day["month"]) + 1, int(month_day["day"])
            if month_day["year"]:
                header.published = f"{month_day['year']}-{month:02d}-{day:02d}"
                header.origins["published"] = "parsed"
            else:
                header.dateline_month_day = (month, day)
        header.title = dateline["rest"].strip()
        header.origins["title"] = "parsed"
        return True
    if _label_match(text) or KEY_VALUE_LINE_RE.match(text) or match_numbered(text):
        return False
    if len(text) > MAX_BODY_START_CHARS or len(units) < 2:
        return False
    if SENTENCE_END_RE.search(text) and not text.endswith(("?", "？", "”", '"')):
        return False
    header.title = TITLE_STAR_RE.sub("", text).strip()
    header.origins["title"] = "parsed"
    return True


def _label_match(text: str) -> re.Match[str] | None:
    return LABELLED_LINE_RE.match(text) or RUN_IN_LABEL_RE.match(text)


def _mode_after_label(text: str) -> str:
    match = _label_match(text)
    label = _label_of(match) if match else ""
    if label in _ABSTRACT_LABELS:
        return "abstract"
    if label in _AUTHOR_NOTE_LABELS:
        return "notes"
    return ""


def _label_of(match: object) -> str:
    groups = match.groupdict()  # type: ignore[attr-defined]
    label = str(groups.get("bracketed") or groups["plain"] or "").strip().lower()
    return _HAN_SPACING_RE.sub("", label)  # "摘  要", "关 键 词": spaced out to the width of a column


def _take_labelled(header: Header, text: str) -> bool:
    match = _label_match(text)
    if not match:
        return False
    label, value = _label_of(match), match["value"].strip()
    value, *more = FIELD_SPLIT_RE.split(value)  # "中图分类号：D81    文献标识码：A": one field each
    if label in _ABSTRACT_LABELS:
        header.abstract = value
        header.origins["abstract"] = "parsed"
    elif label in _KEYWORD_LABELS:
        header.keywords = split_keywords(value)
        header.origins["keywords"] = "parsed"
    elif label in _AUTHOR_NOTE_LABELS:
        if value:
            header.author_notes.append(value)
    else:
        header.identifiers.append((label, value))
    for field_text in more:
        _take_labelled(header, field_text)
    return True


def _take_line(header: Header, text: str, *, previous: str) -> bool:
    key_value = KEY_VALUE_LINE_RE.match(text)
    if key_value:
        _take_field(header, key_value["key"], key_value["value"])
        return True
    if _take_field_line(header, text):
        return True
    if _take_date_line(header, text):
        return True
    posted = POSTED_BY_RE.match(text)
    if posted and not header.authors:
        _take_written_date(header, posted)
        names = _take_byline_date(header, posted["names"].strip())
        if ORGANISATION_LINE_RE.match(names):  # "Published 12 June 2023 by Example Review": the outlet
            _take_outlet(header, names)
        else:
            header.authors.extend(_split_latin(names))
            header.origins["authors"] = "parsed"
        return True
    for regex in (BYLINE_RE, BOX_AUTHOR_RE, AUTHOR_LINE_RE):
        match = regex.match(text)
        if match and not header.authors:
            names = _take_byline_date(header, match["names"].strip())
            header.authors.extend(split_names(names) if regex is BOX_AUTHOR_RE else [n for n in _split_latin(names)])
            header.origins["authors"] = "parsed"
            return True
    zh_names = ZH_AUTHORS_LINE_RE.match(text) if previous.strip() == (header.title or "") else None
    if zh_names and not header.authors and (zh_names["mark1"] or len(split_names(text)) >= 2):
        header.authors.extend(split_names(ZH_NAME_MARK_RE.sub("", zh_names["names"])))  # "张三1，李四2"
        header.origins["authors"] = "parsed"
        return True
    names_affiliation = NAMES_AFFILIATION_RE.match(text)
    if names_affiliation and previous.strip() == (header.title or "") and not header.authors:
        header.authors.extend(_split_latin(names_affiliation["names"]))
        header.author_notes.append(names_affiliation["affiliation"].strip())
        header.origins["authors"] = "parsed"
        return True
    if previous and previous.strip() == (header.title or "") and SURNAME_COMMA_RE.match(text) and not header.authors:
        header.authors.append(text.strip())
        header.origins["authors"] = "parsed"
        return True
    star = STAR_NOTE_RE.match(text)
    if star:
        header.author_notes.append(star["text"].strip())
        return True
    if not header.authors and not header.outlet and ORGANISATION_LINE_RE.match(text):
        _take_outlet(header, text)  # an institution named before any author: the document's publisher
        return True
    return False


def _take_outlet(header: Header, name: str) -> None:
    header.outlet = name.strip()
    header.origins["outlet"] = "parsed"


def _take_date_line(header: Header, text: str) -> bool:
    """A date alone ("March 2024", "11 March 2024", "2024年3月") or after a place ("Seoul, May 27, 2024")."""
    place_date = PLACE_DATE_LINE_RE.match(text)
    if place_date:
        if not header.place:
            header.place = place_date["place"]
            header.origins["place"] = "parsed"
        _take_written_date(header, place_date)
        return True
    match = DATE_LINE_RE.match(text)
    if not match:
        return False
    if match["mon3"] and not header.published:
        header.published = f"{match['year3']}-{_MONTHS_SHORT.index(match['mon3'][:3].lower()) + 1:02d}"
        header.origins["published"] = "parsed"
    elif match["zh_month"] and not header.published:
        date = DATE_VALUE_RE.search(match["zh_month"])
        if date:
            header.published = iso_from_match(date)
            header.origins["published"] = "parsed"
    else:
        _take_written_date(header, match)
    return True


def _take_field(header: Header, key: str, value: str) -> None:
    key, value = key.strip().lower(), value.strip()
    date = DATE_VALUE_RE.search(value)
    if key in _DATE_KEYS and date:
        header.published = iso_from_match(date)
        header.origins["published"] = "parsed"
    elif key in _OUTLET_KEYS:
        header.outlet = value
        header.origins["outlet"] = "parsed"
    elif key in _AUTHOR_KEYS:
        header.authors.extend(split_names(value))
        header.origins["authors"] = "parsed"
    else:
        header.identifiers.append((key, value))


def _take_field_line(header: Header, text: str) -> bool:
    """A line of fields under the title ("2023-10-18 09:30 来源：新华社"), or a date alone; False for any other line."""
    if len(text) > MAX_FIELD_LINE_CHARS:
        return False
    opening = HEADER_DATE_TIME_RE.match(text)
    at = opening.end() if opening else 0
    fields: list[tuple[str, str]] = []
    for match in HEADER_FIELD_RE.finditer(text, at):
        if match.start() != at or not match["value"]:
            return False
        fields.append((match["key"], match["value"]))
        at = match.end()
    if at != len(text) or not (opening or fields):
        return _take_outlet_date_line(header, text)
    if opening and not header.published:
        date = DATE_VALUE_RE.search(opening["date"])
        if date:
            header.published = iso_from_match(date)
            header.origins["published"] = "parsed"
    for key, value in fields:
        _take_field(header, key, value)
    return True


def _take_outlet_date_line(header: Header, text: str) -> bool:
    """An outlet's name and a date under the title ("연합뉴스 2024-05-27", "2022-09-21 10:15 示例晚报")."""
    match = OUTLET_DATE_LINE_RE.match(text)
    if not match:
        return False
    date = DATE_VALUE_RE.search(match["date"] or match["date2"])
    if date and not header.published:
        header.published = iso_from_match(date)
        header.origins["published"] = "parsed"
    if not header.outlet:
        header.outlet = (match["outlet"] or match["outlet2"]).strip()
        header.origins["outlet"] = "parsed"
    return True


def _take_byline_date(header: Header, names: str) -> str:
    """The names of a byline without the date that closes it ("Jane Doe · March 11, 2021"), which dates the text."""
    match = BYLINE_DATE_RE.search(names)
    if not match or match.start() == 0:
        return names
    _take_written_date(header, match)
    return names[: match.start()].strip()


def _take_written_date(header: Header, match: re.Match[str]) -> None:
    """The date of a BYLINE_DATE_RE or POSTED_BY_RE match, when it has one and is a real day, as published."""
    if match["iso"]:
        date = DATE_VALUE_RE.search(match["iso"])
        published = iso_from_match(date) if date else None
    elif match["mon"] or match["mon2"]:
        month = _MONTHS_SHORT.index((match["mon"] or match["mon2"])[:3].lower()) + 1
        published = f"{match['year'] or match['year2']}-{month:02d}-{int(match['day'] or match['day2']):02d}"
    else:
        return
    if published and not header.published and _is_real_date(published):
        header.published = published
        header.origins["published"] = "parsed"


def _is_real_date(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01-01"[:10])
    except ValueError:
        return False
    return True


def _split_latin(names: str) -> list[str]:
    """Split Latin-script author names only on explicit separators; "Wang Fang Li Lei" stays as written."""
    return [p.strip() for p in LIST_SEPARATOR_RE.split(names) if p.strip()] or [names]


def iso_from_match(match: object) -> str:
    """ISO text ("2023", "2023-11", "2023-11-08") of a DATE_VALUE_RE match."""
    groups = match.groupdict()  # type: ignore[attr-defined]
    out = str(groups["y"])
    if groups["m"]:
        out += f"-{int(groups['m']):02d}"
        if groups["d"]:
            out += f"-{int(groups['d']):02d}"
    return out


def _labelled_line_follows(units: list[Unit], start: int) -> bool:
    """True when a labelled header line comes after `start` with only plain text between (abstract goes on)."""
    for unit in units[start : start + 6]:
        if unit.kind != "text" or match_numbered(unit.text) or match_atx(unit.text):
            return False
        if _label_match(unit.text):
            return True
    return False


def _is_affiliation(text: str) -> bool:
    """A short line under the author that is not a sentence: position and institution."""
    if match_atx(text) or match_numbered(text) or KEYWORD_HEADING_RE.match(text):
        return False  # a heading right under the author line ("## 1. Introduction") starts the body
    return len(text) <= 160 and not SENTENCE_END_RE.search(text.rstrip(",，"))


def _strip_author_prefix(header: Header) -> None:
    """Turn "Jane Doe:On Trade…" into "On Trade…" when the prefix is one of the parsed authors."""
    if not header.title:
        return
    match = TITLE_PREFIX_RE.match(header.title)
    if match and match["prefix"].strip() in header.authors:
        header.title = match["title"].strip()


def read_opening_dateline(header: Header, text: str) -> None:
    """Read a news agency's dateline that opens the first paragraph; the paragraph keeps it, verbatim.

    "SEOUL, Nov. 26 (Yonhap) --", "新华社釜山11月26日电（记者张三）": place, outlet, reporters and month/day fill
    what the header did not say.
    """
    wire = WIRE_DATELINE_RE.match(text)
    zh = None if wire else ZH_DATELINE_RE.match(text)
    undated = None if wire or zh else WIRE_DATELINE_UNDATED_RE.match(text)
    month: int | None = None
    day: int | None = None
    year: str | None = None
    if wire:
        place, outlet, reporters = wire["place"].title(), wire["outlet"].strip(), None
        month, day, year = _MONTHS_SHORT.index(wire["mon"].lower()) + 1, int(wire["day"]), wire["year"]
    elif zh:
        place, outlet, reporters = zh["place"], zh["outlet"], zh["reporters"]
        month, day = int(zh["month"]), int(zh["day"])
    elif undated and not _spells_acronym(undated["outlet"], undated["place"]):
        place, outlet, reporters = undated["place"].title(), undated["outlet"], None
    else:
        return
    if month and day and not _is_real_date(f"{year or 2000}-{month:02d}-{day:02d}"):  # 2000: a leap year
        return  # "Nov 31": not a dateline after all
    for name, value in (("place", place), ("outlet", outlet)):
        if value and not getattr(header, name):
            setattr(header, name, value)
            header.origins[name] = "parsed"
    if reporters and not header.authors:
        header.authors = split_names(reporters)
        header.origins["authors"] = "parsed"
    if header.published or header.dateline_month_day or not (month and day):
        return
    if year:
        header.published = f"{year}-{month:02d}-{day:02d}"
        header.origins["published"] = "parsed"
    else:
        header.dateline_month_day = (month, day)


def _spells_acronym(words: str, acronym: str) -> bool:
    """True when the initials of `words` spell `acronym`: "(Indo-Pacific Economic Framework)" after "IPEF"."""
    initials = "".join(word[0] for word in re.split(r"[\s\-]+", words) if word)
    return initials.upper() == re.sub(r"[^A-Za-z]", "", acronym).upper()


def read_title_date(header: Header) -> None:
    """A title opening with a full date ("2024年5月28日外交部发言人主持例行记者会") dates a text saying no other."""
    match = TITLE_DATE_RE.match(header.title or "")
    if match and not header.published and not header.dateline_month_day:
        _take_written_date(header, match)


def infer_dateline_year(header: Header, body_text: str) -> None:
    """A dateline gives month and day only: take a year the text keeps coming back to, marked as inferred.

    That is the latest year the text names at least twice, bounds left out ("since 2019", "by 2030", "到2030年",
    "2019年以来" say when the text is not written). A year named once is no evidence: a news story names past
    events and plans as readily as its own year, and with no such year the date stays without one.
    """
    if header.published or not header.dateline_month_day:
        return
    years = Counter(
        int(match.group())
        for match in YEAR_RE.finditer(body_text)
        if not YEAR_BOUND_BEFORE_RE.search(body_text, max(0, match.start() - 30), match.start())
        and not YEAR_BOUND_AFTER_RE.match(body_text, match.end())
    )
    repeated = [year for year, count in years.items() if count >= MIN_YEAR_MENTIONS]
    if not repeated:
        return
    month, day = header.dateline_month_day
    header.published = f"{max(repeated)}-{month:02d}-{day:02d}"
    header.origins["published"] = "inferred"
