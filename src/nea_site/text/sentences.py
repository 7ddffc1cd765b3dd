"""Sentence spans of a paragraph (English and Chinese), as offsets so quotes stay verbatim."""

from __future__ import annotations

from nea_site.text.patterns import ABBREVIATION_END_RE, SENTENCE_BREAK_RE


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering every sentence of `text`, leading spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        end = match.end()
        if match.group().startswith(".") and ABBREVIATION_END_RE.search(text[start : match.start() + 1]):
            continue  # "U.S." or "No." is not a sentence end
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
