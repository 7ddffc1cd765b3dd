"""People an edited record names in full only in an endnote: "2 Atlan Kazuro." under a text that says "Atlan said".

Archival editions (records of conversation, cables) call the people in the text by the family name alone and give
the full name once, in an editor's endnote made of the note's number and the name and nothing else. Such a note
is a person where one of its words stands alone as a name elsewhere in the document ("Atlan said", "saw Atlan"):
the note's name is the person, and each bare occurrence is a mention of them (a family name, which assemble.py
resolves to the full name).

Titles before the name are left out ("Sir"); a title, a head word of a body, a common word of bodies' names or a
word that opens no name inside it makes the note no person's ("Italian Foreign Minister", "New Caledonia"). A word
followed by another capitalised word stands inside a longer name there, not alone.
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
        name = _without_titles(note.group("name"), rules)
        if name is None:
            continue
        words = [w for w in name.split() if len(w) >= MIN_FAMILY]
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


def _without_titles(name: str, rules: Rules) -> str | None:
    """The note's name without the titles before it ("Sir"), or None if a word of it is no part of a name.

    A title, a body's head word, a common word of bodies' names or a word that opens no name ("Italian Foreign
    Minister", "New Caledonia") makes the note a role or a place, not a person's name.
    """
    words = name.split()
    while words and words[0].casefold().rstrip(".") in rules.title_words:
        words = words[1:]
    if len(words) < 2:
        return None
    for word in words:
        folded = word.casefold()
        if (
            folded in rules.title_words
            or folded in rules.org_en
            or folded in rules.generic_en
            or folded in rules.not_names
        ):
            return None
    return " ".join(words)


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
