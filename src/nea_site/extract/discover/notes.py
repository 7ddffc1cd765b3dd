"""Names outside a paragraph's plain text: author notes read like paragraphs; a Japanese name's Chinese form.

"Jane Roe is a Visiting Fellow at the Institute of …": the note is the document's metadata, not a paragraph of its
text, but it names its author and where they work.

Each note becomes a paragraph with a negative index (-1 for the first note) for the paragraph rules; its mentions
then point to it as a heading's do: paragraph 0 and `section` "author-note-N".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import CJK_RE, HANGUL_RE, KANA_RE, Found
from nea_site.model import ActorId, ContentLang, Mention, Paragraph
from nea_site.text.script import to_simplified

AUTHOR_NOTE_PREFIX = "author-note-"
_LATIN_RE = re.compile(r"[A-Za-z]")


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


def chinese_forms(
    paragraph: Paragraph, items: list[Found], spans: Sequence[Span], chinese: Mapping[tuple[ActorId, ...], str]
) -> list[Found]:
    """A CJK name's Chinese form as its alias, where the names it holds are the vocabulary's.

    "日中韓投資協定" is "中日韩投资协定", "クアラルンプール宣言" "吉隆坡宣言": each known name inside it written
    with the vocabulary's Chinese name, the rest in Simplified characters. Only for a name mostly in CJK characters
    (never an English or a Korean one), when no kana is left (a Japanese phrase has no Chinese form so), and when it
    differs from the name in Simplified characters.
    """
    if not spans:
        return items
    out = []
    for item in items:
        inner = [s for s in spans if item.start <= s.start and s.end <= item.end and tuple(s.actors) in chinese]
        cjk = len(CJK_RE.findall(item.name)) > len(_LATIN_RE.findall(item.name))
        if not inner or not cjk or item.alias is not None or item.type == "person" or HANGUL_RE.search(item.name):
            out.append(item)
            continue
        text, at = paragraph.text, item.start
        form: list[str] = []
        for span in sorted(inner, key=lambda s: s.start):
            form.extend((text[at : span.start], chinese[tuple(span.actors)]))
            at = span.end
        form.append(text[at : item.end])
        alias = to_simplified("".join(form))
        fresh = not KANA_RE.search(alias) and alias != to_simplified(item.name)
        out.append(replace(item, alias=alias) if fresh else item)
    return out
