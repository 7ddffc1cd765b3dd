"""Footnotes of text copied out of a PDF: superscript marks fall into the line as plain digits, notes lose brackets.

"… in 2008.1 Since then …" and, at the foot of the page, "1 Ministry of Foreign Affairs, "Joint Statement," 2008."
A mark is a number glued to the end of a word or sentence ("cooperate.3", "summit3") before a new sentence or the
line's end; a note is a line opening with its number and a space, ending as a sentence. Only numbers that have both,
the mark before the note, are read so, and only when two or more do: then the marks become "<sup>[n]</sup>" and the
notes "[n] …", our plain conventions, and the footnote reader does the rest. Any other text is returned unchanged.
"""

from __future__ import annotations

import re

from nea_site import lexicon

MIN_CONFIRMED_NOTES = 2
# "1 Ministry of Foreign Affairs, …, 2008.": a note line at the foot of a page.
_NOTE_LINE_RE = re.compile(r"^[ \t]*(?P<label>\d{1,3})[ \t]+(?P<text>[A-Z“\"'(\[].*?[.)”\"'])[ \t]*$", re.MULTILINE)
# "cooperate.3 Since", "2015.2" at a line's end, "summit3 was": a mark glued to a word or a sentence end.
_GLUED_MARK_RE = re.compile(r"(?<=[a-z.,;:)”\"’])(?P<label>\d{1,3})(?=[ \t]+[A-Z“\"(]|[ \t]*$)", re.MULTILINE)
_ANY_NOTE_LINE_RE = re.compile(r"^[ \t]*\d{1,3}[.)]?[ \t]+[A-Z“\"'(\[]", re.MULTILINE)
# "1. Ministry of …, 2008.": an endnote numbered like a list item, read as a note only under a notes heading.
_ENDNOTE_LINE_RE = re.compile(
    r"^[ \t]*(?P<label>\d{1,3})[.)][ \t]+(?P<text>[A-Z“\"'(\[].*?[.)”\"'])[ \t]*$", re.MULTILINE
)
# "Notes", "Endnotes", "## Notes", "注释": the heading of endnotes.
_NOTES_HEADING_RE = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?:{lexicon.alternation(lexicon.current().words('notes_headings'))})"
    r"[ \t]*[:：]?[ \t]*$",
    re.MULTILINE,
)


def mark_pdf_notes(text: str) -> str:
    """Glued note marks and bracketless note lines as "<sup>[n]</sup>" and "[n] …", where they confirm each other."""
    if not _ANY_NOTE_LINE_RE.search(text):
        return text
    notes = list(_NOTE_LINE_RE.finditer(text))
    heading = _NOTES_HEADING_RE.search(text)
    if heading:  # endnotes numbered "1." under their heading
        notes += [m for m in _ENDNOTE_LINE_RE.finditer(text, heading.end())]
        notes.sort(key=lambda m: m.start())
    if len(notes) < MIN_CONFIRMED_NOTES:
        return text
    note_spans = [(m.start(), m.end()) for m in notes]
    marks = [m for m in _GLUED_MARK_RE.finditer(text) if not any(start <= m.start() < end for start, end in note_spans)]
    confirmed: list[re.Match[str]] = []  # notes whose number some earlier mark carries
    used_marks: list[re.Match[str]] = []
    for note in notes:
        earlier = [m for m in marks if m["label"] == note["label"] and m.start() < note.start()]
        if earlier:
            confirmed.append(note)
            used_marks.extend(m for m in earlier if m not in used_marks)
    if len({n["label"] for n in confirmed}) < MIN_CONFIRMED_NOTES:
        return text
    edits = [(m.start(), m.end(), f"<sup>[{m['label']}]</sup>") for m in used_marks]
    edits += [(n.start("label"), n.start("text"), f"[{n['label']}] ") for n in confirmed]
    if heading and any(n.start() > heading.end() for n in confirmed):
        edits.append((heading.start(), heading.end(), "---"))  # the notes' heading: our rule over the notes
    out: list[str] = []
    at = 0
    for start, end, replacement in sorted(edits):
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)
