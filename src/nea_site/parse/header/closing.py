"""Where and when a text was made, read from its closing lines (parse/document.py calls it after the body).

A declaration's "Done at …", a place and date, an official signature, a labelled date line, a bracketed note, a
Taiwanese agency's date code.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.header.labelled_dates import changed_date
from nea_site.parse.header.lines import is_labelled_date_line, take_line
from nea_site.parse.header.looselines import take_print_edition
from nea_site.parse.header.state import (
    ROC_YEAR_OFFSET,
    Header,
    is_real_date,
    take_place_date,
    take_written_date,
    written_iso,
)
from nea_site.text.header_patterns import (
    DONE_AT_RE,
    LABEL_AFTER_DATE_RE,
    PLACE_DATE_LINE_RE,
    WRITTEN_DATE_RE,
    ZH_ISSUER_RE,
    ZH_SIGNATURE_RE,
)
from nea_site.text.numerals import fold_date_digits

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
    if signature is None and last:
        _read_closing_date_time(header, fold_date_digits(last[-1]))
    if signature is None or header.published or header.dateline_month_day:
        return
    take_written_date(header, signature)
    issuer = signature["issuer"] or (last[-2].strip() if len(last) >= 2 else "")
    if issuer and not header.outlet and ZH_ISSUER_RE.match(issuer):
        header.outlet = issuer
        header.origins["outlet"] = "parsed"


# "2023年11月26日 18時30分", "2024/11/24 15:30", "2024.05.27 (월) 오후 3:20", "2024/11/24": a news page's closing line,
# its date (and time) alone.
_CLOSING_DATE_TIME_RE = re.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})\s*[年년/.\-]\s*(?P<m>\d{1,2})\s*[月월/.\-]\s*(?P<d>\d{1,2})\s*[日일]?\.?"
    r"\s*(?:[（(][^（）()]{1,4}[）)])?\s*(?:午前|午後|上午|下午|오전|오후)?\s*"
    r"(?:\d{1,2}\s*(?::\s*\d{2}|[時时시]\s*(?:\d{1,2}\s*[分분])?)(?::\d{2})?)?\s*$"
)


def _read_closing_date_time(header: Header, line: str) -> bool:
    """A news page's last line holding its date (and time) only dates the text, when nothing else did."""
    found = _CLOSING_DATE_TIME_RE.match(line)
    if found is None or header.published or header.dateline_month_day:
        return False
    iso = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
    if not is_real_date(iso):
        return False
    header.published = iso
    header.origins["published"] = "parsed"
    return True


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
        after = LABEL_AFTER_DATE_RE.match(text)
        if after:  # "2024/11/24 15:30 송고": read as "송고 2024/11/24 15:30"
            text = f"{after['label']} {after['date']}"
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
