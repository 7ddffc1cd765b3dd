"""Sentence spans of a paragraph (English and Chinese), as offsets so quotes stay verbatim."""

from __future__ import annotations

import re

from nea_site.text.patterns import ABBREVIATION_END_RE, SENTENCE_ABBREVIATIONS, SENTENCE_BREAK_RE


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering every sentence of `text`, leading spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(text, start, match.start() + 1):
            continue  # "U.S." or "No." is not a sentence end
        if match.group() == "." and _is_month_before_number(text, start, match.start() + 1):
            continue  # "Sep. 2011", "Nov. 15": an abbreviated month, then its day or year
        if match.group().startswith(".") and _opens_with_dotted_date(text, start, match.start() + 1):
            continue  # "2019.04.10. 甲市 방문": the point closes the date opening the line, not a sentence
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


# The longest abbreviation ABBREVIATION_END_RE knows, its final "." included ("U.S.", "Prof.").
_ABBREVIATION_CHARS = max(len(word) for word in SENTENCE_ABBREVIATIONS) + 1


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    r"""True when text[start:end] ends with an abbreviation: the pattern searched in its last few characters only.

    Searching the whole sentence so far costs a try at every character of it. The characters before `start` are
    never word characters (a break's punctuation or the text's start), so \b reads the same either way.
    """
    return ABBREVIATION_END_RE.search(text, max(start, end - _ABBREVIATION_CHARS), end) is not None


_DOTTED_DATE_RE = re.compile(r"\s*(?:1[89]|20)[0-9]{2}\.[01]?[0-9]\.[0-3]?[0-9]\.(?:\s*[~～\-–]\s*[0-3]?[0-9]\.)?")


def _opens_with_dotted_date(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a date written with points and nothing before it ("2019.04.10.", "… ~ 12.")."""
    found = _DOTTED_DATE_RE.match(text, start, end)
    return found is not None and found.end() == end


_MONTH_ABBREVIATION_END_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_NUMBER_NEXT_RE = re.compile(r"\s+[0-9]")


def _is_month_before_number(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends with an abbreviated month ("Sep.") and a number follows ("Sep. 2011")."""
    return (
        _NUMBER_NEXT_RE.match(text, end) is not None
        and _MONTH_ABBREVIATION_END_RE.search(text, max(start, end - 6), end) is not None
    )


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
