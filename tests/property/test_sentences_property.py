"""Sentence breaks: the fast form of the pattern finds what its plain form finds; spans cover the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.extract.sentences import split_sentences
from nea_site.text.patterns import ABBREVIATION_END_RE, SENTENCE_BREAK_RE

# The plain form, as the comment above SENTENCE_BREAK_RE gives it.
PLAIN = re.compile(
    r"[。！？；]+[”’」』）)]*|[.!?]+[\"'”’)]*(?=\s+[\"“‘(「『]?[A-Z0-9\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff])"
    r"|[.!?]+[\"'”’)]*$"
)

pieces = st.one_of(
    st.sampled_from(
        ["。", "！", "？", "；", ".", "!", "?", "...", "”", "’", "」", "』", "）", ")", '"', "'", "“", "‘"]
    ),
    st.sampled_from([" ", "  ", "\n", "A", "a", "1", "中", "다", "の", "「", "U.S.", "No.", "e.g.", "(", "x"]),
    st.text(max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_the_fast_pattern_breaks_where_the_plain_one_does(text: str) -> None:
    assert [m.span() for m in SENTENCE_BREAK_RE.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_sentences_are_ordered_trimmed_and_cover_every_non_space(text: str) -> None:
    spans = split_sentences(text)
    assert all(a < b for a, b in spans) and all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def _split_searching_whole_sentences(text: str) -> list[tuple[int, int]]:
    """split_sentences as first written: the abbreviation pattern searched over the whole sentence so far."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        if match.group().startswith(".") and ABBREVIATION_END_RE.search(text[start : match.start() + 1]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = [
        (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in spans
    ]
    return [(s, e) for s, e in trimmed if e > s]


@settings(max_examples=500, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_abbreviations_are_looked_for_in_the_last_characters_only(text: str) -> None:
    assert split_sentences(text) == _split_searching_whole_sentences(text)
