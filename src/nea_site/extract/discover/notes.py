"""An author's note read like a paragraph for the people and bodies it names.

"Jane Roe is a Visiting Fellow at the Institute of …": the note is the document's metadata, not a paragraph of its
text, but it names its author and where they work.

Each note becomes a paragraph with a negative index (-1 for the first note) for the paragraph rules; its mentions
then point to it as a heading's do: paragraph 0 and `section` "author-note-N".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from nea_site.model import ContentLang, Mention, Paragraph

AUTHOR_NOTE_PREFIX = "author-note-"


def author_note_paragraphs(notes: Sequence[str], lang: ContentLang) -> list[Paragraph]:
    """The document's author notes as paragraphs -1, -2, … for discovery."""
    return [
        Paragraph(index=-i, anchor=f"{AUTHOR_NOTE_PREFIX}{i}", text=note, lang=lang, section_id=None)
        for i, note in enumerate(notes, 1)
    ]


def from_author_notes(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Mentions with the note they are in as paragraph 0 and section "author-note-N"; the others as they are."""
    return tuple(
        replace(m, paragraph=0, section=f"{AUTHOR_NOTE_PREFIX}{-m.paragraph}") if m.paragraph < 0 else m
        for m in mentions
    )
