"""Sentence spans of a paragraph (English and Chinese), as offsets so quotes stay verbatim."""

from __future__ import annotations

from nea_site.text.patterns import ABBREVIATION_END_RE, SENTENCE_BREAK_RE


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering every sentence of `text`, leading spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(text, start, match.start() + 1):
            continue  # "U.S." or "No." is not a sentence end
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


# The longest abbreviation ABBREVIATION_END_RE knows, its final "." included ("U.S.", "Mrs.").
_ABBREVIATION_CHARS = 4


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    r"""True when text[start:end] ends with an abbreviation: the pattern searched in its last few characters only.

    Searching the whole sentence so far costs a try at every character of it. The characters before `start` are
    never word characters (a break's punctuation or the text's start), so \b reads the same either way.
    """
    return ABBREVIATION_END_RE.search(text, max(start, end - _ABBREVIATION_CHARS), end) is not None


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
