"""Dates of a text as a whole, and where it was made.

An agency dateline opening the body, a dated title, a closing place and date or signature, a dateline's inferred
year.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

from nea_site import lexicon
from nea_site.parse.header.labelled_dates import changed_date
from nea_site.parse.header.lines import is_labelled_date_line, take_line
from nea_site.parse.header.looselines import take_print_edition
from nea_site.parse.header.state import (
    MONTHS_SHORT,
    ROC_YEAR_OFFSET,
    Header,
    is_real_date,
    split_names,
    take_place_date,
    take_written_date,
    written_iso,
)
from nea_site.text.header_patterns import (
    DONE_AT_RE,
    JA_DATELINE_RE,
    KO_DATELINE_RE,
    OPENING_DATELINE_RES,
    PLACE_DATE_LINE_RE,
    TITLE_DATE_RE,
    TITLE_END_COMPACT_DATE_RE,
    TITLE_END_DATE_RE,
    WIRE_DATELINE_RE,
    WIRE_DATELINE_UNDATED_RE,
    WRITTEN_DATE_RE,
    YEAR_BOUND_AFTER_RE,
    YEAR_BOUND_BEFORE_RE,
    YEAR_RE,
    ZH_BRACKET_CREDIT_RE,
    ZH_BRACKET_DATELINE_RE,
    ZH_DATELINE_RE,
    ZH_ISSUER_RE,
    ZH_REPORTER_PLACE_RE,
    ZH_SIGNATURE_RE,
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


CLOSING_PARAGRAPHS = 3  # how far from the end a closing formula or signature is looked for


def read_closing_lines(header: Header, paragraphs: list[str]) -> None:
    """Read where and when a text was made from its closing lines, when the header did not say.

    "Done at Seoul on 27 May 2024, …" (a declaration: place and date), "Seoul, 27 May 2024" alone on the last
    line, and an official text's signature: the issuing body over the full date ("中华人民共和国外交部" /
    "2024年5月27日", or both on one line), read as the outlet and the date. The paragraphs keep the lines.
    """
    last = paragraphs[-CLOSING_PARAGRAPHS:]
    _read_roc_code(header, paragraphs[-2 * CLOSING_PARAGRAPHS :])
    _read_closing_date_line(header, last)
    _read_closing_note(header, last[-1:])
    _take_changed_date(header)
    for i in range(len(last) - 1, -1, -1):
        done = DONE_AT_RE.search(last[i])
        if done:
            take_place_date(header, done)
            return
    place_date = PLACE_DATE_LINE_RE.match(last[-1]) if last else None
    if place_date:  # "Seoul, 27 May 2024" under a statement's last paragraph
        take_place_date(header, place_date)
        return
    date_at = _CJK_DATE_AT_PLACE_RE.match(fold_date_digits(last[-1])) if last else None
    if date_at:  # "2024年5月27日于首尔", "2024年5月27日 ソウルにて", "2024년 5월 27일 서울에서"
        take_place_date(header, date_at)
        return
    signature = ZH_SIGNATURE_RE.match(fold_date_digits(last[-1])) if last else None  # "二〇二四年五月二十七日"
    if signature is None or header.published or header.dateline_month_day:
        return
    take_written_date(header, signature)
    issuer = signature["issuer"] or (last[-2].strip() if len(last) >= 2 else "")
    if issuer and not header.outlet and ZH_ISSUER_RE.match(issuer):
        header.outlet = issuer
        header.origins["outlet"] = "parsed"


# "2024年5月27日于首尔", "2024年5月27日 ソウルにて", "2024년 5월 27일 서울에서": the date and place closing a statement.
_CJK_DATE_AT_PLACE_RE = re.compile(
    r"^\s*(?P<iso>(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*"
    r"(?=[于於]|\S{2,10}\s*(?:にて|에서)\s*[。.]?\s*$)[于於]?\s*(?P<place>[\u4e00-\u9fff\u30a0-\u30ff가-힣]{2,10}?)"
    r"\s*(?:にて|에서)?\s*[。.]?\s*$"
)


# "（編輯：張三）1130404": a Taiwanese agency's editor credit closing the story, then the date in the Republic of
# China's years (113 = 2024) and month and day.
_ROC_CODE_RE = re.compile(
    r"[（(]\s*(?:编辑|編輯)\s*[:：][^）)]{1,20}[）)]\s*(?P<y>1\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$"
)


def _read_roc_code(header: Header, paragraphs: list[str]) -> None:
    """A story closing with an editor's credit and a date code in the Republic of China's years dates the text."""
    if header.published:
        return
    for text in reversed(paragraphs):
        code = _ROC_CODE_RE.search(text)
        iso = f"{int(code['y']) + ROC_YEAR_OFFSET}-{code['m']}-{code['d']}" if code else ""
        if code and is_real_date(iso):
            header.published = iso
            header.origins["published"] = "parsed"
            header.dateline_month_day = None
            return


def _take_changed_date(header: Header) -> None:
    """With no date of its own but a change's ("Updated: May 28, 2024"), the text is dated by it, marked inferred.

    A dateline's month and day ("BEIJING, May 27 (Xinhua) --") is then the day, in the latest year not after it.
    """
    changed = header.date_changed
    if header.published or not changed or len(changed) < len("2000-01-01"):
        return
    if header.dateline_month_day:
        month, day = header.dateline_month_day
        year = int(changed[:4]) - (1 if f"{month:02d}-{day:02d}" > changed[5:] else 0)
        header.published, header.dateline_month_day = f"{year}-{month:02d}-{day:02d}", None
        header.origins["published"] = "parsed"
        return
    header.published = changed
    header.origins["published"] = "inferred"


MAX_CLOSING_DATE_LINE_CHARS = 60


def _read_closing_date_line(header: Header, last: list[str]) -> None:
    """A labelled date line closing a saved page ("發佈時間：2024/05/26", "更新時間:2024/05/26 22:17").

    A publication date dates the text; a change's only (the page says no other) bounds it and is marked inferred.
    """
    if header.published or header.dateline_month_day:
        return
    for text in reversed(last):
        if len(text) <= MAX_CLOSING_DATE_LINE_CHARS and take_print_edition(header, text):
            return  # "《人民日报》（2024年05月28日 第 03 版）" closing a reposted story
        if len(text) > MAX_CLOSING_DATE_LINE_CHARS or not is_labelled_date_line(text):
            continue
        trial = Header()
        take_line(trial, text, previous="")
        changed = None if trial.published else changed_date(text)
        if trial.published or changed:
            header.published = trial.published or changed
            header.origins["published"] = "parsed" if trial.published else "inferred"
        return


# "(Interview conducted on May 20, 2024, in Beijing.)", "[This article first appeared on 3 June 2024.]": a note in
# brackets closing the text, naming the day it was made.
_CLOSING_NOTE_RE = re.compile(r"^\s*[(（\[](?P<note>[^()（）\[\]]{8,160})[)）\]]\s*[.。]?\s*$")
_CHANGE_WORD_RE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.current().words('date_updated_labels', 'en'))})\b", re.IGNORECASE
)


def _read_closing_note(header: Header, last: list[str]) -> None:
    """A bracketed note closing the text with one full date dates it, when nothing else did (not a change's note)."""
    if header.published or header.dateline_month_day:
        return
    for text in last:
        note = _CLOSING_NOTE_RE.match(text)
        if note is None or _CHANGE_WORD_RE.search(note["note"]):
            continue
        dates = list(WRITTEN_DATE_RE.finditer(note["note"]))
        if len(dates) == 1 and (iso := written_iso(dates[0])):
            header.published = iso
            header.origins["published"] = "parsed"


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
MAX_YEAR_GAP = 5  # a newest year this far beyond all the others, named once, is a target or forecast
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+")


def infer_undated_year(header: Header, texts: list[str]) -> None:
    """A text that states no date of its own (an encyclopedia's article) is dated by the newest year it names.

    It was written in that year or after, so the year is a lower bound, marked inferred. Bounds ("since 2019", "by
    2030", "到2030年") are left out, as is a newest year named once that stands more than MAX_YEAR_GAP years beyond
    every other (a target); years in web addresses are no statements.
    """
    if header.published or header.dateline_month_day:
        return
    years: Counter[int] = Counter()
    for text in texts:
        text = _URL_RE.sub(" ", text)
        for match in YEAR_RE.finditer(text):
            if YEAR_BOUND_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if YEAR_BOUND_AFTER_RE.match(text, match.end()):
                continue
            if _ACCESS_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Retrieved 10 February 2024", "访问日期：2024-02-10": when a citation was read
            years[int(match.group())] += 1
    ordered = sorted(years)
    while len(ordered) >= 2 and ordered[-1] - ordered[-2] > MAX_YEAR_GAP and years[ordered[-1]] == 1:
        ordered.pop()
    if ordered:
        header.published = str(ordered[-1])
        header.origins["published"] = "inferred"
