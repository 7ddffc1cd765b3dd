"""Lines of labelled dates ("입력 2020.05.15 08:00 | 수정 …", "更新時間:2024/05/26"), and a crawler's date line."""

from __future__ import annotations

import re

from nea_site.parse.header.state import Header, fold_korean_date, is_real_date, iso_from_match
from nea_site.text.header_patterns import DATE_PUBLISHED_LABELS, LABELLED_DATE_RE, POSTED_BY_RE
from nea_site.text.patterns import DATE_VALUE_RE

MAX_FIELD_LINE_CHARS = 160


def take_labelled_dates(header: Header, text: str) -> bool:
    """Read a line of labelled dates ("입력 2020.05.15 08:00 | 수정 2020.05.16 09:10", "公開日 2020/05/15").

    The date a publication label names dates the text, a change's does not; False unless the labelled dates are the
    whole line.
    """
    if len(text) > MAX_FIELD_LINE_CHARS:
        return False
    matches = list(LABELLED_DATE_RE.finditer(text))
    if not matches:
        return False
    rest = LABELLED_DATE_RE.sub(" ", text)
    if rest.strip(" \t|｜/·•,;；、"):
        return False
    for match in matches:
        date = DATE_VALUE_RE.search(fold_korean_date(match["date"]))
        if date is None:
            continue
        iso = iso_from_match(date)
        if match["label"].casefold() not in DATE_PUBLISHED_LABELS:
            header.date_changed = header.date_changed or iso  # "Last updated: 2021-03-12": a change's, kept aside
            continue
        if not header.published or len(header.published) < len(iso):  # a day over a year a description gave
            header.published = iso
            header.origins["published"] = "parsed"
    return True


# " date 2023-11-26 快訊": a crawler's date line, maybe with the page's kicker after it.
_CRAWLER_DATE_RE = re.compile(
    r"^\s*(?:date\s+(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})(?:\s+(?P<kicker>\S.{0,20}))?"
    # "2024-05-27T08:21:00+08:00": a page's time stamp as its metadata writes it
    r"|(?P<stamp>(?:19|20)\d{2}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)\s*$"
)


def take_crawler_date(header: Header, text: str) -> bool:
    match = _CRAWLER_DATE_RE.match(text)
    if match is None or POSTED_BY_RE.match(text) or not is_real_date(match["iso"] or match["stamp"]):
        return False
    if not header.published:
        header.published = match["iso"] or match["stamp"]
        header.origins["published"] = "parsed"
    if match["kicker"]:
        header.identifiers.append(("section", match["kicker"]))
    return True


def changed_date(text: str) -> str | None:
    """The date a line of labelled dates gives only as a change's ("更新時間:2024/05/26 22:17"), else None."""
    if not take_labelled_dates(Header(), text):
        return None
    dates = [DATE_VALUE_RE.search(fold_korean_date(m["date"])) for m in LABELLED_DATE_RE.finditer(text)]
    return next((iso_from_match(d) for d in dates if d is not None), None)
