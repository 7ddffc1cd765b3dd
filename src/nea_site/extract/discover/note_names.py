"""People an edited record names in full only in an endnote: "2 Atlan Kazuro." under a text that says "Atlan said".

Archival editions (records of conversation, cables) call the people in the text by the family name alone and give
the full name once, in an editor's endnote made of the note's number and the name and nothing else. Such a note
is a person where one of its words stands alone as a name elsewhere in the document ("Atlan said", "saw Atlan"):
the note's name is the person, and each bare occurrence is a mention of them (a family name, which assemble.py
resolves to the full name).

A word of the name that is a title, a head word of a body, or a word that opens no name is no family name; a
word followed by another capitalised word stands inside a longer name there, not alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import Paragraph

# An endnote holding a name only: its number, two or three capitalised words, a full stop.
_NOTE_NAME_RE = re.compile(r"\d{1,3}\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\.?")
_NEXT_CAPITAL_RE = re.compile(r"\s+[A-Z]")
MIN_FAMILY = 3  # letters of a family name read alone

PerParagraph = list[tuple[Paragraph, list[Found]]]


def note_people(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], rules: Rules) -> PerParagraph:
    """The document's found names with the people its name-only endnotes give and their bare mentions."""
    notes: list[tuple[int, re.Match[str]]] = []
    for i, (paragraph, _) in enumerate(per_paragraph):
        text = paragraph.text
        if text[:1].isdigit() and len(text) < 60:
            match = _NOTE_NAME_RE.fullmatch(text.strip())
            if match is not None and not spans.get(paragraph.index):
                notes.append((i, match))
    if not notes:
        return per_paragraph
    out = [(paragraph, list(items)) for paragraph, items in per_paragraph]
    for at, note in notes:
        name = note.group("name")
        words = [w for w in name.split() if len(w) >= MIN_FAMILY and _may_be_family(w, rules)]
        for word in words:
            bare = _bare_occurrences(word, out, spans, skip=at)
            if not bare:
                continue
            paragraph, items = out[at]
            start = paragraph.text.index(name)
            items.append(Found(start, start + len(name), name, "person", "note_name"))
            for i, start in bare:
                out[i][1].append(Found(start, start + len(word), word, "person", "note_name", family=True))
            break
    return out


def _may_be_family(word: str, rules: Rules) -> bool:
    folded = word.casefold()
    return folded not in rules.title_words and folded not in rules.org_en and folded not in rules.not_names


def _bare_occurrences(
    word: str, per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], *, skip: int
) -> list[tuple[int, int]]:
    """(paragraph position, offset) of `word` standing alone: no known name or find over it, no capital after it."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])")
    found: list[tuple[int, int]] = []
    for i, (paragraph, items) in enumerate(per_paragraph):
        if i == skip or word not in paragraph.text:
            continue
        own = spans.get(paragraph.index, [])
        for match in pattern.finditer(paragraph.text):
            start, end = match.span()
            if _NEXT_CAPITAL_RE.match(paragraph.text, end):
                continue
            if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in items):
                continue
            found.append((i, start))
    return found
