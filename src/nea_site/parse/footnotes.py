"""Footnotes: reference marks in body text and note blocks whose numbers may restart on every page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nea_site.text.patterns import (
    ANY_CIRCLED_RE,
    BRACKET_NOTE_REF_RE,
    CIRCLED_NOTE_REF_RE,
    FOOTNOTE_REF_RE,
    MARKDOWN_ESCAPE_RE,
    MD_AUTOLINK_RE,
    MD_EMPHASIS_RE,
    MD_LINK_RE,
)


@dataclass(slots=True)
class PendingRef:
    offset: int
    label: str
    footnote_id: str | None = None


@dataclass(slots=True)
class NoteDraft:
    id: str
    label: str
    text: str
    line: int
    used: bool = False


def strip_refs(text: str, *, circled: bool = False, bracketed: bool = False) -> tuple[str, list[PendingRef]]:
    """Remove reference marks such as <sup>[1]</sup>; return the clean text and the marks with offsets.

    `circled`: the document numbers its notes ①, ②…, so a circled digit in mark position is a mark too.
    `bracketed`: its notes or references are numbered "[1] …", so a bare "[1]" after a word is a mark too.
    """
    out: list[str] = []
    refs: list[PendingRef] = []
    last = 0
    length = 0
    matches = list(FOOTNOTE_REF_RE.finditer(text))
    if circled and ANY_CIRCLED_RE.search(text):
        matches += CIRCLED_NOTE_REF_RE.finditer(text)
    if bracketed and "[" in text:
        matches += BRACKET_NOTE_REF_RE.finditer(text)
    matches.sort(key=lambda m: m.start())
    for match in matches:
        if match.start() < last:
            continue  # inside a mark already taken
        piece = text[last : match.start()]
        out.append(piece)
        length += len(piece)
        groups = match.groupdict()
        label = groups.get("label") or groups.get("md") or ""
        if label.strip("\\") != "*":
            refs.append(PendingRef(offset=length, label=label))
        last = match.end()
    out.append(text[last:])
    return "".join(out), refs


def clean_note_text(text: str) -> str:
    """Reduce Markdown in a note to plain text: links to "text (url)", escapes and emphasis removed."""

    def _link(match: re.Match[str]) -> str:
        groups = match.groupdict()
        label, url = groups["text"].replace("\\", ""), groups["url"]
        return url if label == url or label.replace("\\", "") == url else f"{label} ({url})"

    text = MD_LINK_RE.sub(_link, text)
    text = MD_AUTOLINK_RE.sub(lambda m: m["url"], text)
    text = MARKDOWN_ESCAPE_RE.sub("", text)
    text = MD_EMPHASIS_RE.sub(lambda m: m["text"], text)
    return text.strip()


def resolve_refs(pending: list[PendingRef], block: list[NoteDraft]) -> list[PendingRef]:
    """Point each pending reference at the note with its label in `block`; return those left unresolved."""
    left: list[PendingRef] = []
    for ref in pending:
        note = next((n for n in block if n.label == ref.label and not n.used), None)
        if note is None:
            note = next((n for n in block if n.label == ref.label), None)
        if note is None:
            left.append(ref)
            continue
        ref.footnote_id = note.id
        note.used = True
    return left
