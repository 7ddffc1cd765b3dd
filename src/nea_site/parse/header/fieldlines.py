"""Header lines of fields: "Source: X | Date: …", "2023-10-18 09:30 来源：新华社", an outlet's name and a date."""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.addresses import URL_RE
from nea_site.parse.header.labelled_dates import MAX_FIELD_LINE_CHARS
from nea_site.parse.header.state import Header, iso_from_match, split_names, take_written_date, written_iso
from nea_site.text.header_patterns import (
    CJK_WEEKDAYS,
    HEADER_DATE_TIME_RE,
    HEADER_FIELD_RE,
    OUTLET_DATE_LINE_RE,
    OUTLET_WRITTEN_DATE_LINE_RE,
    WRITTEN_DATE_RE,
    WRITTEN_DAY_RANGE_RE,
)
from nea_site.text.patterns import DATE_VALUE_RE
from nea_site.text.script import to_simplified

_LEXICON = lexicon.current()
# What a field's key names (lexicon: header_date_keys, header_outlet_keys...), matched on the key in lower case.
_DATE_KEYS = frozenset(_LEXICON.words("header_date_keys") + _LEXICON.words("meta_header_date_keys"))
_OUTLET_KEYS = frozenset(_LEXICON.words("header_outlet_keys") + _LEXICON.words("meta_header_outlet_keys"))
_AUTHOR_KEYS = frozenset(_LEXICON.words("header_author_keys") + _LEXICON.words("meta_header_author_keys"))
_PLACE_KEYS = frozenset(_LEXICON.words("header_place_keys"))
_ORGANISER_KEYS = frozenset(_LEXICON.words("header_organiser_keys"))

_CODE_RE = re.compile(r"[A-Za-z]{0,4}\d{6,}")  # a code of letters and a long number ("sp20241119"): no name
DATE_LABELS = frozenset(
    w.casefold()
    for w in _LEXICON.words("date_published_labels")
    + _LEXICON.words("general_date_published_labels")
    + _LEXICON.words("date_updated_labels")
)  # "입력", "Updated": a date's label, never an outlet's name


def take_outlet(header: Header, name: str) -> None:
    header.outlet = name.strip()
    header.origins["outlet"] = "parsed"


def take_field(header: Header, key: str, value: str) -> None:
    key, value = " ".join(key.lower().split()), value.strip()
    written = WRITTEN_DAY_RANGE_RE.search(value) or WRITTEN_DATE_RE.search(value)  # a range: its first day
    date = written_iso(written) if written else None
    if date is None and (numeric := DATE_VALUE_RE.search(value)):
        date = iso_from_match(numeric)
    if key in _DATE_KEYS and date:
        header.published = date
        header.origins["published"] = "parsed"
    elif URL_RE.fullmatch(value):
        header.identifiers.append(("url", value))  # "Source: https://example.com/…": the page's address, no outlet
    elif _CODE_RE.fullmatch(value) and key in _OUTLET_KEYS:
        header.identifiers.append((key, value))  # "来源: sp20241119": a copying site's code, no outlet
    elif key in _OUTLET_KEYS or (key in _ORGANISER_KEYS and not header.outlet):
        header.outlet = value  # a report's organiser is who issues it
        header.origins["outlet"] = "parsed"
    elif key in _PLACE_KEYS and not header.place:
        header.place = value
        header.origins["place"] = "parsed"
    elif key in _AUTHOR_KEYS:
        header.authors.extend(split_names(value))
        header.origins["authors"] = "parsed"
    else:
        header.identifiers.append((key, value))


def take_field_line(header: Header, text: str) -> bool:
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
        take_field(header, key, value)
    return True


def _take_outlet_date_line(header: Header, text: str) -> bool:
    """An outlet's name and a date under the title ("연합뉴스 2024-05-27", "2022-09-21 10:15 示例晚报")."""
    written = OUTLET_WRITTEN_DATE_LINE_RE.match(text)
    if written:  # "KYODO NEWS - Mar 20, 2025 - 11:05 | World"
        take_written_date(header, written)
        if not header.outlet:
            take_outlet(header, written["outlet"])
        return True
    match = OUTLET_DATE_LINE_RE.match(text)
    if not match:
        return False
    name = (match["outlet"] or match["outlet2"]).strip()
    if name.casefold() in DATE_LABELS or name.strip("（）()") in CJK_WEEKDAYS:
        return False  # "입력 2020.05.15 08:00": a label and its date (read by _take_labelled_dates)
    date = DATE_VALUE_RE.search(match["date"] or match["date2"])
    if date and not header.published:
        header.published = iso_from_match(date)
        header.origins["published"] = "parsed"
    if match["outlet2"] and _CITY_RE.match(name) and is_place(name):  # "2024年5月27日 東京": a city after the date
        if not header.place:
            header.place = name
            header.origins["place"] = "parsed"
    elif not header.outlet:
        header.outlet = name
        header.origins["outlet"] = "parsed"
    return True


# How an outlet's name ends in each CJK language ("…日报", "…일보", "…新聞"): a word so ended is no place.
_OUTLET_ENDINGS = tuple(
    to_simplified(w) for lang in ("zh", "ko", "ja") for w in lexicon.current().words("citation_outlet_endings", lang)
)
_CJK_ONLY_RE = re.compile(r"^[\u3400-\u9fff\uac00-\ud7a3\u30a0-\u30ff]+$")
# A city's name in Han or kana script (Hangul outlets may end otherwise: "…레"); an account's or a journal's name
# before the date is longer or stands first ("东北亚研究 2023-11-27").
_CITY_RE = re.compile(r"^[\u3400-\u9fff\u30a0-\u30ff]{2,4}$")
_LATIN_PLACE_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")


def ends_as_outlet(name: str) -> bool:
    """A CJK name ended as an outlet's name is ("示例日报", "예시일보")."""
    return bool(_CJK_ONLY_RE.match(name)) and to_simplified(name).endswith(_OUTLET_ENDINGS)


def is_place(name: str) -> bool:
    """A name beside a date that is a place: capitalised Latin words, or CJK script not ended as an outlet's name is.

    An agency's name ("Reuters") passes too: take_place_date reads it as the outlet.
    """
    if _LATIN_PLACE_RE.match(name):
        return True
    return bool(_CJK_ONLY_RE.match(name)) and not ends_as_outlet(name)
