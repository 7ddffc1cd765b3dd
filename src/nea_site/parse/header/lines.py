"""Header lines that name authors, dates, outlets and places: bylines, field lines, date and organisation lines."""

from __future__ import annotations

import copy
import re
from dataclasses import fields

from nea_site import lexicon
from nea_site.parse.header.authors import split_byline
from nea_site.parse.header.fieldlines import (
    DATE_LABELS,
    ends_as_outlet,
    is_place,
    take_field,
    take_field_line,
    take_outlet,
)
from nea_site.parse.header.kickers import SLASH_DATELINE_RE
from nea_site.parse.header.labelled_dates import (
    take_crawler_date,
    take_labelled_dates,
)
from nea_site.parse.header.labels import match_credit
from nea_site.parse.header.looselines import normalise_line, take_byline_dates
from nea_site.parse.header.newslines import is_date_alone, is_no_place, is_weekday
from nea_site.parse.header.state import (
    MONTHS_SHORT,
    Header,
    fold_korean_date,
    iso_from_match,
    split_agency,
    split_names,
    take_place_date,
    take_written_date,
)
from nea_site.parse.header.urldates import take_url_line
from nea_site.parse.structure import ITEM_MARK
from nea_site.text.header_patterns import (
    AUTHOR_LINE_RE,
    BOX_AUTHOR_RE,
    BRACKETED_LINE_RE,
    BRACKETED_OUTLET_LINE_RE,
    BYLINE_DATE_RE,
    BYLINE_RE,
    CJK_PLACE_DATE_LINE_RE,
    DATE_LINE_RE,
    DATE_PLACE_LINE_RE,
    DATE_PUBLISHED_LABELS,
    DATE_TIME_TAIL_RE,
    DOI_LINE_RE,
    JOB_TITLE_RE,
    KEY_VALUE_LINE_RE,
    KIND_DATE_LINE_RE,
    KIND_FIELD_RE,
    LABEL_PREFIX_RE,
    LEADING_TIME_RE,
    LIST_SEPARATOR_RE,
    MARKED_AUTHORS_LINE_RE,
    NAME_MARK_RE,
    NAMES_AFFILIATION_RE,
    ORGANISATION_LINE_RE,
    PLACE_DATE_LINE_RE,
    POSTED_BY_RE,
    SURNAME_COMMA_RE,
    WECHAT_BYLINE_RE,
    WRITTEN_DATE_RE,
    WRITTEN_DAY_RANGE_RE,
    ZH_AUTHORS_LINE_RE,
    ZH_NAME_MARK_RE,
    ZH_ROLE_NAME_RE,
)
from nea_site.text.patterns import (
    DATE_VALUE_RE,
    KICKER_LINE_RE,
    STAR_NOTE_RE,
)

_LEXICON = lexicon.current()
_FIELD_KEY_RE = re.compile(r"^\s*[^:：|\d]{1,20}[:：]")  # "Source:", "来源：": a field's key opening the line
_BYLINE_FIELD_RE = re.compile(r"^\s*By\s+[^|]{2,60}?\s\|\s")  # "By Jane Roe | example.com | Updated: …"
_DATE_GAP_RE = re.compile(r"(?<=[日일\d])[ \t\u3000]+(?=[^\d\s])")  # "2024年5月27日 首尔": the gap after a date
_BARE_NAME_RE = re.compile(r"[^\s\d:：|][^:：|]{1,19}")  # "示例网", "Example Daily": a short unlabelled field
_DOMAIN_RE = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}")  # "example.com.cn": a site
_BULLET_RE = re.compile(rf"^\s*(?:[•·]|{re.escape(ITEM_MARK.strip())})\s+")


def take_line(header: Header, text: str, *, previous: str) -> bool:
    """Read a header line naming authors, a date, an outlet or a place into `header`; False for any other line.

    `previous` is the line before, which some forms need to be the title ("WANG, Fang", "张三1，李四2").
    """
    if take_url_line(header, text):  # "原文链接：https://…": the page's address (header/urldates.py)
        return True
    text = normalise_line(text)  # "20時15分", "2020/03/05 18:30 更新" (header/pagelines.py)
    bullet = _BULLET_RE.match(text)  # "  • May 13, 2015, 03:15" (a list item's mark): a page's list of fields
    if bullet and take_line(header, text[bullet.end() :], previous=previous):
        return True
    if take_crawler_date(header, text) or take_labelled_dates(header, text) or _take_labelled_date_line(header, text):
        return True
    if take_byline_dates(header, text):  # "기자명 이수진 입력 2019.08.21 10:12"
        return True
    slashed = SLASH_DATELINE_RE.match(text)
    if slashed:  # "中央社／ 慶州31日綜合外電報導": outlet and place; the day alone dates nothing
        header.outlet, header.place = header.outlet or slashed["outlet"], header.place or slashed["place"]
        header.origins.update(outlet="parsed", place="parsed")
        return True
    bracketed = BRACKETED_OUTLET_LINE_RE.match(text)
    if bracketed and not header.outlet and bracketed["outlet"].casefold() not in DATE_LABELS:
        take_outlet(header, bracketed["outlet"])  # "(Yonhap)" under the title
        return True
    wechat = WECHAT_BYLINE_RE.match(text)
    if wechat and (wechat["original"] or wechat["place"]):
        _take_wechat_byline(header, wechat)
        return True
    role_name = ZH_ROLE_NAME_RE.match(text) if not header.authors else None
    if role_name:  # "中华人民共和国国务院总理 李强"
        header.authors.append(role_name["name"])
        header.author_notes.append(role_name["role"])
        header.origins["authors"] = "parsed"
        return True
    if " | " in text and _opens_fields(text) and not LABEL_PREFIX_RE.match(text):
        if _take_fields(header, text, previous):  # "Source: Xinhua | 2024-05-28 08:21:00 | Editor: Li Yan"
            return True
    key_value = KEY_VALUE_LINE_RE.match(text)
    if key_value:
        take_field(header, key_value["key"], key_value["value"])
        return True
    if take_field_line(header, text):
        return True
    if _take_date_line(header, text):
        return True
    kind, bar, date = text.partition(" | ")
    if bar and KIND_FIELD_RE.match(date.strip()):
        kind, date = date, kind  # "May 27, 2024 | Commentary"
    if bar and KIND_FIELD_RE.match(kind.strip()) and _take_date_line(header, date.strip()):
        header.identifiers.append(("type", kind.strip()))  # "Policy Report No. 17 | March 2024"
        return True
    posted = POSTED_BY_RE.match(text)
    if posted and not header.authors:
        take_written_date(header, posted)
        names = _take_byline_date(header, posted["names"].strip())
        if ORGANISATION_LINE_RE.match(names):  # "Published 12 June 2023 by Example Review": the outlet
            take_outlet(header, names)
        else:
            header.authors.extend(_split_latin(names))
            header.origins["authors"] = "parsed"
        return True
    for regex in (BYLINE_RE, BOX_AUTHOR_RE, AUTHOR_LINE_RE):
        match = regex.match(text)
        if match and not header.authors:
            names = _take_byline_date(header, match["names"].strip())
            found = split_names(names) if regex is BOX_AUTHOR_RE else _split_latin(names)
            people, roles, outlet, place = split_byline(found)  # "By JANE DOE in Seoul, Staff Writer, CNN"
            header.authors.extend(people)
            header.author_notes.extend(roles)
            header.origins["authors"] = "parsed"
            if outlet and not header.outlet:
                take_outlet(header, outlet)
            if place and not header.place:
                header.place, header.origins["place"] = place, "parsed"
            return True
    under_title = bool(header.title) and previous.strip() == header.title
    marked = MARKED_AUTHORS_LINE_RE.match(text) if under_title and not header.authors else None
    if marked and NAME_MARK_RE.search(marked["names"]):  # "Minji Kim1*, Haruka Sato2 and Wei Chen3"
        header.authors.extend(_split_latin(NAME_MARK_RE.sub("", marked["names"])))
        header.origins["authors"] = "parsed"
        return True
    doi = DOI_LINE_RE.match(text)
    if doi:
        header.identifiers.append(("doi", doi["doi"]))
        return True
    zh_names = ZH_AUTHORS_LINE_RE.match(text) if under_title else None
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
    if header.authors and JOB_TITLE_RE.match(text.strip()):
        header.author_notes.append(text.strip())  # "Staff writer" under the byline
        return True
    if not header.authors and not header.outlet and ORGANISATION_LINE_RE.match(text):
        take_outlet(header, text)  # an institution named before any author: the document's publisher
        return True
    return False


def _take_wechat_byline(header: Header, match: re.Match[str]) -> None:
    """A WeChat byline ("原创 张三 东北亚研究 2023-11-27 08:00 发表于北京"): authors, account as outlet, date, place."""
    if match["names"] and not header.authors:
        header.authors.extend(match["names"].split())
        header.origins["authors"] = "parsed"
    if not header.outlet:
        take_outlet(header, match["account"])
    date = DATE_VALUE_RE.search(match["date"])
    if date and not header.published:
        header.published = iso_from_match(date)
        header.origins["published"] = "parsed"
    if match["place"] and not header.place:
        header.place = match["place"]
        header.origins["place"] = "parsed"


def _take_labelled_date_line(header: Header, text: str) -> bool:
    """A date label and a written date ("Published May 27, 2024 8:00 AM ET", "Updated: Mon May 27, 2024").

    A publication label's date dates the text; a change's is kept aside (Header.date_changed). An agency closing the
    line ("Updated: May 28, 2024 08:21 Xinhua") is the outlet. False unless the rest of the line is a date line.
    """
    match = LABEL_PREFIX_RE.match(text)
    if not match:
        return False
    rest, agency = split_agency(match["rest"])
    trial = Header(title=header.title)
    published = match["label"].casefold() in DATE_PUBLISHED_LABELS
    if not _take_date_line(header if published else trial, rest):
        return False
    if agency and not header.outlet:
        header.outlet = agency
        header.origins["outlet"] = "parsed"
    header.date_changed = header.date_changed or trial.published
    return True


def _opens_fields(text: str) -> bool:
    """A line of fields parted by bars opens with a field's key, a byline, a date or an outlet's name.

    "Source: Xinhua | …", "By Jane Roe | …", "2024年5月27日 | …", "예시일보 | 입력 …".
    """
    first = text.split(" | ")[0]
    return bool(
        _FIELD_KEY_RE.match(text)
        or _BYLINE_FIELD_RE.match(text)
        or is_date_alone(first)
        or ends_as_outlet(first.strip())
    )


def _take_fields(header: Header, text: str, previous: str) -> bool:
    """Header fields on one line parted by bars, each a header line or a credit; False (nothing taken) otherwise."""
    trial = copy.deepcopy(header)
    for n, part in enumerate(p.strip() for p in text.split(" | ")):
        credit = match_credit(part)
        if credit is not None:
            trial.credits.append(credit)
        elif (_DOMAIN_RE.fullmatch(part) or ends_as_outlet(part)) and not trial.outlet:
            take_outlet(trial, part)  # "By Jane Roe | example.com.cn | Updated: …", "예시일보 | 입력 …": the outlet
        elif take_line(trial, part, previous=previous if n == 0 else ""):  # only the first field is under the title
            continue
        elif n and KICKER_LINE_RE.match(part):
            trial.identifiers.append(("section", part))  # "2024-05-27 | Analysis | …": the page's section
        elif n and _BARE_NAME_RE.fullmatch(part) and not trial.outlet:
            take_outlet(trial, part)  # "2024年5月27日 | 示例网 | 記者：王小明": the unlabelled field is the outlet
        else:
            return False
    for name in (f.name for f in fields(Header)):
        setattr(header, name, getattr(trial, name))
    return True


def is_labelled_date_line(text: str) -> bool:
    """A line of labelled dates ("입력 | 2023-11-06 15:49", "Posted May 3, 2021 by Jane Doe"): never a title."""
    trial = Header()
    return (
        take_crawler_date(trial, text)
        or take_labelled_dates(trial, text)
        or _take_labelled_date_line(trial, text)
        or bool((posted := POSTED_BY_RE.match(text)) and WRITTEN_DATE_RE.search(posted.group()))
    )


def _take_date_line(header: Header, text: str) -> bool:
    """A date alone ("March 2024", "11 March 2024", "2024年3月") or after a place ("Seoul, May 27, 2024").

    A time of day after it goes ("May 27, 2024 8:15 PM GMT+9 Updated 6 months ago"), and a comma closing the line
    ("Posted March 12, 2015 01:09,").
    """
    if text.endswith((",", ";", "，", "；")):
        return _take_date_line(header, text.rstrip(" ,;，；"))
    timed = DATE_TIME_TAIL_RE.search(text)
    if timed and timed.start() > 0 and _take_date_line(header, text[: timed.start()]):
        return True
    leading = LEADING_TIME_RE.match(text)
    if leading and _take_date_line(header, text[leading.end() :]):
        return True  # "09:40, March 3, 2019"
    bracketed = BRACKETED_LINE_RE.match(text)
    if bracketed:  # "（2024年5月27日，首尔）", "（2024年5月27日 首尔）", "(Seoul, 27 May 2024)" under a speech's title
        text = bracketed["inner"]
        date_place = DATE_PLACE_LINE_RE.match(text) or DATE_PLACE_LINE_RE.match(_DATE_GAP_RE.sub("，", text, 1))
        if date_place:
            take_place_date(header, date_place)
            return True
    date_place = DATE_PLACE_LINE_RE.match(text) if not bracketed else None
    if date_place and is_weekday(date_place["place"]):  # "May 27, 2024, Monday": the date alone
        take_written_date(header, date_place)
        return True
    if date_place and not is_no_place(date_place["place"]) and not ends_as_outlet(date_place["place"]):
        take_place_date(header, date_place)  # "27 May 2024, Seoul", "2024年5月27日，韩国首尔", not "…，示例日报"
        return True
    place_date = PLACE_DATE_LINE_RE.match(text)
    if place_date:
        take_place_date(header, place_date)
        return True
    place_first = CJK_PLACE_DATE_LINE_RE.match(text)
    if place_first and is_place(place_first["place"]):  # "서울, 2024년 5월 27일", "首尔，2024年5月27日"
        take_place_date(header, place_first)
        return True
    kind_date = KIND_DATE_LINE_RE.match(text)
    if kind_date:  # "Policy brief, 12 March 2024"
        header.identifiers.append(("type", kind_date["kind"]))
        take_written_date(header, kind_date)
        return True
    day_range = WRITTEN_DAY_RANGE_RE.fullmatch(text.strip())
    if day_range:  # "26–27 November 2023": the first day
        take_written_date(header, day_range)
        return True
    match = DATE_LINE_RE.match(text)
    if not match:
        return False
    if match["mon3"] and not header.published:
        header.published = f"{match['year3']}-{MONTHS_SHORT.index(match['mon3'][:3].lower()) + 1:02d}"
        header.origins["published"] = "parsed"
    elif match["zh_month"] and not header.published:
        date = DATE_VALUE_RE.search(fold_korean_date(match["zh_month"]))
        if date:
            header.published = iso_from_match(date)
            header.origins["published"] = "parsed"
    else:
        take_written_date(header, match)
    return True


def _take_byline_date(header: Header, names: str) -> str:
    """The names of a byline without the date that closes it ("Jane Doe · March 11, 2021"), which dates the text."""
    match = BYLINE_DATE_RE.search(names)
    if not match or match.start() == 0:
        return names
    take_written_date(header, match)
    return names[: match.start()].strip()


def _split_latin(names: str) -> list[str]:
    """Split Latin-script author names only on explicit separators; "Wang Fang Li Lei" stays as written."""
    return [p.strip() for p in LIST_SEPARATOR_RE.split(names) if p.strip()] or [names]
