"""Paragraph drafts -> paragraphs, and the footnotes numbered by the paragraph that first cites them.

Whitespace is collapsed with note marks kept in place; a paragraph that a page break or a footnote block cut is
rejoined.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from nea_site.model import ContentLang, Footnote, FootnoteRef, Paragraph
from nea_site.parse.footnotes import NoteDraft, PendingRef
from nea_site.parse.layout import join_lines
from nea_site.parse.structure import ITEM_MARK, is_row, typed
from nea_site.text.header_patterns import DATE_LINE_RE
from nea_site.text.lang import detect_lang
from nea_site.text.numerals import fold_date_digits
from nea_site.text.patterns import (
    CONTINUATION_START_RE,
    SENTENCE_END_RE,
    TIME_ITEM_RE,
    WHITESPACE_RUN_RE,
)


@dataclass(slots=True)
class Piece:
    """A paragraph draft; `joinable` is False when a heading separates it from the previous piece."""

    text: str
    refs: list[PendingRef]
    section_id: str | None
    joinable: bool


def collapse_spaces(text: str, refs: list[PendingRef]) -> tuple[str, list[PendingRef]]:
    """Collapse whitespace runs to one space, moving reference offsets with the text."""
    ends: list[int] = []  # end offset of each whitespace run
    removed_by: list[int] = []  # characters removed up to and including that run
    removed = 0
    for match in WHITESPACE_RUN_RE.finditer(text):
        removed += match.end() - match.start() - 1
        ends.append(match.end())
        removed_by.append(removed)
    collapsed = WHITESPACE_RUN_RE.sub(" ", text)
    lead = len(collapsed) - len(collapsed.lstrip())
    stripped = collapsed.strip()
    for ref in refs:
        runs_before = bisect.bisect_right(ends, ref.offset)
        shift = removed_by[runs_before - 1] if runs_before else 0
        ref.offset = max(0, min(ref.offset - shift - lead, len(stripped)))
    return stripped, refs


_NUMBERED_ITEM_RE = re.compile(r"\d{1,2}\. \S")


def merge_pieces(pieces: list[Piece], *, joinable: bool) -> list[Paragraph]:
    """Rejoin a paragraph that a page break, blank line or footnote block cut mid-sentence (where `joinable`)."""
    merged: list[Piece] = []
    for piece in pieces:
        previous = merged[-1] if merged else None
        if (
            joinable
            and previous is not None
            and piece.joinable
            and piece.section_id == previous.section_id
            and not SENTENCE_END_RE.search(previous.text)
            and CONTINUATION_START_RE.match(piece.text)
            and not is_row(previous.text)  # table rows ("2020 | 317 | 285") stay rows
            and not is_row(piece.text)
            and not DATE_LINE_RE.match(fold_date_digits(piece.text))  # a date alone: a signature's, under its issuer
            and not TIME_ITEM_RE.match(piece.text)  # "11:00–11:15 Coffee Break": a programme's next item
            and not _NUMBERED_ITEM_RE.match(piece.text)  # "2. …": a list's next item
            and not _ends_a_list(previous.text, piece.text)
        ):
            joined = join_lines(previous.text, piece.text)
            offset = len(joined) - len(piece.text)
            for ref in piece.refs:
                ref.offset += offset
            previous.text = joined
            previous.refs.extend(piece.refs)
            continue
        merged.append(piece)
    return [_paragraph(n, piece) for n, piece in enumerate(merged, start=1)]


def _ends_a_list(previous: str, text: str) -> bool:
    """A list's last item before a blank line and a paragraph that is no item: the paragraph starts anew.

    Only words that cannot open a sentence (lower case, a comma) still go on with the item: a page break cut it.
    A Han character or a digit opens the text after a list ("- 第四回 2009年 例示市" / "本文。").
    """
    return previous.startswith(ITEM_MARK) and not text.startswith(ITEM_MARK) and not _GOES_ON_RE.match(text)


_GOES_ON_RE = re.compile(r"^\s*[a-z,，、]")


def _paragraph(n: int, piece: Piece) -> Paragraph:
    """A draft as a paragraph: its kind and cells read from how parse carried it, its text plain."""
    shape = typed(piece.text)
    return Paragraph(
        index=n,
        anchor=f"p-{n}",
        text=shape.text,
        lang=detect_lang(shape.text),
        section_id=piece.section_id,
        refs=tuple(
            FootnoteRef(offset=shape.move(r.offset), label=r.label, footnote_id=r.footnote_id) for r in piece.refs
        ),
        kind=shape.kind,
        cells=shape.cells,
    )


def finish_footnotes(notes: list[NoteDraft], paragraphs: list[Paragraph]) -> tuple[Footnote, ...]:
    first_use: dict[str, int] = {}
    for paragraph in paragraphs:
        for ref in paragraph.refs:
            if ref.footnote_id and ref.footnote_id not in first_use:
                first_use[ref.footnote_id] = paragraph.index
    return tuple(Footnote(id=n.id, label=n.label, text=n.text, paragraph=first_use.get(n.id)) for n in notes)


def main_lang(paragraphs: list[Paragraph], title: str | None) -> ContentLang:
    """The language most of the body's characters are in; the title's when there is no body."""
    weights: Counter[ContentLang] = Counter()
    for paragraph in paragraphs:
        weights[paragraph.lang] += len(paragraph.text)
    if not weights and title:
        return detect_lang(title)
    return weights.most_common(1)[0][0] if weights else "und"
