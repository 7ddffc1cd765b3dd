"""Dates of a text as a whole, and where it was made.

An agency dateline opening the body, a dated title, a closing place and date or signature, a dateline's inferred
year.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

from nea_site import lexicon
from nea_site.model import TABLE_CELL_JOIN
from nea_site.parse.header.state import (
    MONTHS_SHORT,
    Header,
    is_real_date,
    split_names,
    take_written_date,
    written_iso,
)
from nea_site.text.dateline_patterns import (
    JA_DATELINE_RE,
    KO_DATELINE_RE,
    OPENING_DATELINE_RES,
    WIRE_DATELINE_RE,
    WIRE_DATELINE_UNDATED_RE,
    ZH_BRACKET_CREDIT_RE,
    ZH_BRACKET_DATELINE_RE,
    ZH_DATELINE_RE,
    ZH_REPORTER_PLACE_RE,
)
from nea_site.text.header_patterns import (
    DECADE_AFTER_RE,
    TITLE_DATE_RE,
    TITLE_END_COMPACT_DATE_RE,
    TITLE_END_DATE_RE,
    WRITTEN_DATE_RE,
    YEAR_BOUND_AFTER_RE,
    YEAR_BOUND_BEFORE_RE,
    YEAR_FUTURE_RE,
    YEAR_RE,
)
from nea_site.text.numerals import fold_date_digits
from nea_site.text.script import to_simplified

# "本报", "本网": a paper naming itself in a story's credit ("【本报讯】"), no outlet's name.
_SELF_OUTLET_WORDS = frozenset(lexicon.current().words("self_outlet_words", "zh"))
MIN_YEAR_MENTIONS = 2  # how often a text must name a year for a dateline to take it


def opens_with_dateline(text: str) -> bool:
    """The paragraph opens with a news dateline of any form read_opening_dateline reads."""
    simplified = to_simplified(text)
    return any(pattern.match(simplified) for pattern in OPENING_DATELINE_RES)


def read_opening_dateline(header: Header, text: str) -> None:
    """Read a news agency's dateline that opens the first paragraph; the paragraph keeps it, verbatim.

    "SEOUL, Nov. 26 (Yonhap) --", "新华社釜山11月26日电（记者张三）": place, outlet, reporters and month/day fill
    what the header did not say.
    """
    wire = WIRE_DATELINE_RE.match(text)
    simplified = to_simplified(text) if not wire else text  # "新華社…電" reads as "新华社…电"; offsets unchanged
    zh = None if wire else ZH_DATELINE_RE.match(simplified) or ZH_BRACKET_DATELINE_RE.match(simplified)
    undated = None if wire or zh else WIRE_DATELINE_UNDATED_RE.match(text)
    if not (wire or zh or undated) and _read_dated_lead(header, simplified):
        return
    if not (wire or zh or undated):
        local = KO_DATELINE_RE.match(text) or JA_DATELINE_RE.match(text)
        if local:  # "(서울=연합뉴스) 김철수 기자 =", "【ソウル共同】": place, agency and reporters, no date
            _take_unset(header, place=local["place"], outlet=local["outlet"])
            if local["reporters"] and not header.authors:
                header.authors = split_names(local["reporters"])
                header.origins["authors"] = "parsed"
            return
        credit = ZH_BRACKET_CREDIT_RE.match(simplified)
        if credit and credit["outlet"] not in _SELF_OUTLET_WORDS:  # "【明報專訊】": 明報; "【本报讯】": no name
            _take_unset(header, place=None, outlet=_written(text, credit, "outlet"))
            return
        _read_reporter_place(header, text, ZH_REPORTER_PLACE_RE.match(simplified))
        return
    month: int | None = None
    day: int | None = None
    year: str | None = None
    if wire:
        place, outlet, reporters = wire["place"].title(), (wire["outlet"] or "").strip() or None, None
        month, day, year = MONTHS_SHORT.index(wire["mon"].lower()) + 1, int(wire["day"]), wire["year"]
    elif zh:  # the values as written (Traditional or Simplified): the match's offsets into `text`
        place, outlet = _written(text, zh, "place"), _written(text, zh, "outlet")
        reporters = _written(text, zh, "reporters") if "reporters" in zh.groupdict() else None
        month, day = (int(zh["month"]) if zh["month"] else None), int(zh["day"])
    elif undated and not _spells_acronym(undated["outlet"], undated["place"]):
        place, outlet, reporters = undated["place"].title(), undated["outlet"], None
    else:
        return
    if month and day and not is_real_date(f"{year or 2000}-{month:02d}-{day:02d}"):  # 2000: a leap year
        return  # "Nov 31": not a dateline after all
    _take_unset(header, place=place, outlet=outlet)
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


# "央视网消息：2019年5月10日，…", "示例网讯 2024年3月1日，…": an outlet's news lead opening with the full date.
_ZH_DATED_LEAD_RE = re.compile(
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{1,10}?[社网报台](?:新闻)?)(?:消息|讯)\s*(?:[（(][^）)]{1,12}[）)])?\s*[:：]?\s*"
    r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
)


def _read_dated_lead(header: Header, simplified: str) -> bool:
    """A Chinese news lead that opens with its outlet and the full date: the date dates the text."""
    lead = _ZH_DATED_LEAD_RE.match(simplified)
    iso = f"{lead['year']}-{int(lead['month']):02d}-{int(lead['day']):02d}" if lead else ""
    if lead is None or not is_real_date(iso):
        return False
    _take_unset(header, place=None, outlet=lead["outlet"])
    if not header.published and not header.dateline_month_day:
        header.published = iso
        header.origins["published"] = "parsed"
    return True


def _take_unset(header: Header, *, place: str | None, outlet: str | None) -> None:
    for name, value in (("place", place), ("outlet", outlet)):
        if value and not getattr(header, name):
            setattr(header, name, value)
            header.origins[name] = "parsed"


def _written(text: str, match: re.Match[str], group: str) -> str | None:
    return text[match.start(group) : match.end(group)] if match[group] else None


def _read_reporter_place(header: Header, text: str, match: re.Match[str] | None) -> None:
    """A reporter-and-place opening ("〔记者王小明／台北报导〕"): the authors, and where the story was filed."""
    if match is None:
        return
    if not header.authors:
        header.authors = split_names(_written(text, match, "reporters") or "")
        header.origins["authors"] = "parsed"
    if not header.place:
        header.place = _written(text, match, "place")
        header.origins["place"] = "parsed"


def _spells_acronym(words: str, acronym: str) -> bool:
    """True when the initials of `words` spell `acronym`: "(Indo-Pacific Economic Framework)" after "IPEF"."""
    initials = "".join(word[0] for word in re.split(r"[\s\-]+", words) if word)
    return initials.upper() == re.sub(r"[^A-Za-z]", "", acronym).upper()


_TITLE_END_DOTTED_DATE_RE = re.compile(r"(?<=\S)\s+(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\s*$")


def read_title_date(header: Header) -> None:
    """A title opening or closing with a full date dates a text saying no other.

    "2024年5月28日外交部发言人主持例行记者会", "Regular Press Conference on May 27, 2024".
    """
    title = fold_date_digits(header.title or "")
    if header.published or header.dateline_month_day:
        return
    match = TITLE_DATE_RE.match(title) or TITLE_END_DATE_RE.search(title)
    if match:
        take_written_date(header, match)
        return
    dotted = _TITLE_END_DOTTED_DATE_RE.search(title)  # "第7回外相会議の開催 2015.03.21": a listing's date after it
    if dotted and is_real_date(iso := f"{dotted['y']}-{int(dotted['m']):02d}-{int(dotted['d']):02d}"):
        header.published = iso
        header.origins["published"] = "parsed"
        original = header.title or ""
        header.title = (original if len(original) == len(title) else title)[: dotted.start()].rstrip()
        return
    compact = TITLE_END_COMPACT_DATE_RE.search(title)  # "《晚间要闻》 (20190314)": a broadcast's title and its day
    if compact and is_real_date(iso := f"{compact['y']}-{compact['m']}-{compact['d']}"):
        header.published = iso
        header.origins["published"] = "parsed"


def infer_dateline_year(header: Header, body_text: str) -> None:
    """A dateline gives month and day only: the year of a full date of that day in the text, else an inferred year.

    A full date of the dateline's day ("09:40, March 3, 2019" by "SEOUL, March 3 (…)") gives its year, the
    latest where several do (an anniversary names an earlier one). Else the year is inferred: the latest year the
    text names at least twice, bounds left out ("since 2019", "by 2030", "到2030年", "2019年以来" say when the text
    is not written). A year named once is no evidence: a news story names past events and plans as readily as its
    own year, and with no such year the date stays without one.
    """
    if header.published or not header.dateline_month_day:
        return
    month, day = header.dateline_month_day
    same_day = [
        iso
        for written in WRITTEN_DATE_RE.finditer(body_text)
        if (iso := written_iso(written)) and iso[5:] == f"{month:02d}-{day:02d}"
    ]
    if same_day:
        header.published = max(same_day)
        header.origins["published"] = "parsed"
        return
    near = _near_day_year(body_text, month, day)
    if near:  # "on May 13, 2020" in a story datelined "SEOUL, May 15": the dateline's day in 2020
        header.published = f"{near}-{month:02d}-{day:02d}"
        header.origins["published"] = "inferred"
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
    header.published = f"{max(repeated)}-{month:02d}-{day:02d}"
    header.origins["published"] = "inferred"


NEAR_DAYS = 14  # a full date this close to a dateline's month and day tells its year


def _near_day_year(body_text: str, month: int, day: int) -> int | None:
    """The year of the dateline's day that a full date of the text lies closest to, within NEAR_DAYS days."""
    best: tuple[int, int] | None = None  # (distance in days, year)
    for written in WRITTEN_DATE_RE.finditer(body_text):
        iso = written_iso(written)
        if not iso or len(iso) != len("2000-01-01"):
            continue
        stated = datetime.date.fromisoformat(iso)
        for year in (stated.year - 1, stated.year, stated.year + 1):
            if not is_real_date(f"{year}-{month:02d}-{day:02d}"):
                continue
            distance = abs((datetime.date(year, month, day) - stated).days)
            if distance <= NEAR_DAYS and (best is None or (distance, -year) < (best[0], -best[1])):
                best = (distance, year)
    return best[1] if best else None


_ACCESS_LABELS = lexicon.alternation(lexicon.current().words("meta_access_date_labels"))
_ACCESS_BEFORE_RE = re.compile(rf"(?:{_ACCESS_LABELS})[^.。;；\n]{{0,25}}$", re.IGNORECASE)
# A magnitude or counter after the digits, or a larger one right before them: the digits are part of a figure.
_MAGNITUDE_RE = re.compile(r"\s?[万萬만亿億억千천百백兆조人명名个個件%％]")
_MAGNITUDE_BEFORE_RE = re.compile(r"[亿億억兆조万萬만]$")
MAX_YEAR_GAP = 5  # a newest year this far beyond all the others, named once, is a target or forecast
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+")


_EDITION_ITEM_RE = re.compile(r"[^\d\n]{2,60}?\s(?:19|20)\d\d")  # "APEC Example City 2027": a label and a year
MIN_EDITION_RUN = 3


def without_edition_lists(items: list[tuple[bool, str]]) -> list[str]:
    """The texts of (is a list item, text), less runs of MIN_EDITION_RUN or more list items that each name an edition.

    A page's navigation lists a series' editions by year ("Example Forum Velmar 2026", "… Tandry 2027"), those
    still to come too: no statement of the page, so no year it was written in.
    """
    kept: list[str] = []
    run: list[str] = []
    for is_item, text in [*items, (False, "")]:
        if is_item and _EDITION_ITEM_RE.fullmatch(text.strip()):
            run.append(text)
            continue
        if len(run) < MIN_EDITION_RUN:
            kept.extend(run)
        run = []
        kept.append(text)
    return kept[:-1]


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|[。！？\n]")


def _in_future_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding text[start:end] speaks of what is to come (YEAR_FUTURE_RE)."""
    opening = max((m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 300), start)), default=0)
    closing = _SENTENCE_END_RE.search(text, end)
    return YEAR_FUTURE_RE.search(text, opening, closing.start() if closing else len(text)) is not None


def infer_undated_year(header: Header, texts: list[str]) -> None:
    """A text that states no date of its own (an encyclopedia's article) is dated by the newest year it names.

    It was written in that year or after, so the year is a lower bound, marked inferred. Bounds ("since 2019", "by
    2030", "到2030年") are left out, as is a newest year named once that stands more than MAX_YEAR_GAP years beyond
    every other (a target); years in web addresses are no statements, nor a table's row with a cell still to be
    filled ("TBA": a meeting to come).
    """
    if header.published or header.dateline_month_day:
        return
    years: Counter[int] = Counter()
    placeholders = frozenset(lexicon.current().words("table_cell_placeholders"))
    for text in texts:
        if TABLE_CELL_JOIN in text and any(cell.strip() in placeholders for cell in text.split(TABLE_CELL_JOIN)):
            continue  # a table's row still to be held or filled: "2027 | TBA | Example City"
        text = _URL_RE.sub(" ", text)
        for match in YEAR_RE.finditer(text):
            if YEAR_BOUND_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if YEAR_BOUND_AFTER_RE.match(text, match.end()):
                continue
            if _ACCESS_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Retrieved 10 February 2024", "访问日期：2024-02-10": when a citation was read
            if _MAGNITUDE_RE.match(text, match.end()) or _MAGNITUDE_BEFORE_RE.search(text, 0, match.start()):
                continue  # "683억2017만USD", "2017万人": a figure's digits, no year
            if DECADE_AFTER_RE.match(text, match.end()) or _in_future_sentence(text, match.start(), match.end()):
                continue  # "the early 2040s"; "Atlantis would sell a boat to Utopia in 2038"
            years[int(match.group())] += 1
    ordered = sorted(years)
    while len(ordered) >= 2 and ordered[-1] - ordered[-2] > MAX_YEAR_GAP and years[ordered[-1]] == 1:
        ordered.pop()
    if ordered:
        header.published = str(ordered[-1])
        header.origins["published"] = "inferred"
