"""Footnotes of text copied out of a PDF: superscript marks fall into the line as plain digits, notes lose brackets.

"… in 2008.1 Since then …" and, at the foot of the page, "1 Ministry of Foreign Affairs, "Joint Statement," 2008."
A mark is a number glued to the end of a word or sentence ("cooperate.3", "summit3") before a new sentence or the
line's end; a note is a line opening with its number and a space, ending as a sentence. Only numbers that have both,
the mark before the note, are read so, and only when two or more do: then the marks become "<sup>[n]</sup>" and the
notes "[n] …", our plain conventions, and the footnote reader does the rest. Any other text is returned unchanged.

Endnotes numbered like a list ("1. Ministry of …") closing a paper without a "Notes" heading are notes when they are
the text's last lines, numbered 1, 2, 3… (a note may wrap onto the lines right under it), and at least half of them,
two or more, have a mark earlier in the text: a glued number, a superscript digit ("summit.¹") or a bracketed
number ("summit [1]."). A Chinese reference list's entries written without a space ("[1]李四. …") get one.
"""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.text.patterns import BRACKET_NOTE_REF_RE

MIN_CONFIRMED_NOTES = 2
# "1 Ministry of Foreign Affairs, …, 2008.": a note line at the foot of a page.
_NOTE_LINE_RE = re.compile(r"^[ \t]*(?P<label>\d{1,3})[ \t]+(?P<text>[A-Z“\"'(\[].*?[.)”\"'])[ \t]*$", re.MULTILINE)
# "cooperate.3 Since", "2015.2" at a line's end, "summit3 was": a mark glued to a word or a sentence end.
_GLUED_MARK_RE = re.compile(r"(?<=[a-z.,;:)”\"’])(?P<label>\d{1,3})(?=[ \t]+[A-Z“\"(]|[ \t]*$)", re.MULTILINE)
_ANY_NOTE_LINE_RE = re.compile(r"^[ \t]*\d{1,3}[.)]?[ \t]+[A-Z“\"'(\[\u3400-\u9fff]", re.MULTILINE)
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
    if "［" in text:
        text = _halfwidth_note_brackets(text)
    if "[" in text:
        text = _space_bracket_entries(text)
    if _ANY_SUPERSCRIPT_RE.search(text):  # a character class first: the marks' look-behinds are slow on long texts
        text = _mark_superscript_notes(text)
    if not _ANY_NOTE_LINE_RE.search(text):
        return text
    marked = _mark_glued_notes(text)
    return marked if marked != text else _mark_closing_endnotes(text)


def _mark_glued_notes(text: str) -> str:
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
    return _edited(text, edits)


def _edited(text: str, edits: list[tuple[int, int, str]]) -> str:
    out: list[str] = []
    at = 0
    for start, end, replacement in sorted(edits):
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    return "".join(out)


# "1. Ministry of …", "2) Example …", "3. 李四：《…》": an endnote's opening, numbered like a list item.
_ENDNOTE_OPEN_RE = re.compile(r"[ \t]*(?P<label>\d{1,3})[.)][ \t]+(?=[A-Z“\"'(\[\u3400-\u9fff])")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ANY_SUPERSCRIPT_RE = re.compile(f"[{_SUPERSCRIPTS}]")
# "summit.¹ The", "agenda²,": superscript digits after a word or a sentence's end; not a power ("10⁶", "km²").
_SUPERSCRIPT_MARK_RE = re.compile(
    rf"(?<![\d{_SUPERSCRIPTS}])(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bft)(?<!\b[mM])(?<=\S)"
    rf"(?P<sup>[{_SUPERSCRIPTS}]{{1,3}})(?![{_SUPERSCRIPTS}])"
)
# "[1]李四. 东北亚合作…[J]": a reference list's entry run into its number.
_RUN_IN_ENTRY_RE = re.compile(r"^(?P<mark>[ \t]*\[\d{1,3}\])(?=[^\s\d\[\]()（）:：])", re.MULTILINE)


# What a citation holds and a numbered paragraph seldom does: a quoted or 《》 title, a web address, "Ibid.", pages.
_CITATION_CUE_RE = re.compile(
    r"[“\"《]|https?://|www\.|\b(?:Ibid|ibid|op\.\s?cit)\b|\bpp?\.\s?\d|同上"
    r"|\[(?:[JMNCDRSPZAG]|EB|[JMN]/OL|EB/OL|DB/OL)\]"  # "[J]", "[M]", "[EB/OL]": a Chinese reference's kind (GB/T 7714)
)
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
MIN_CITATION_COMMAS = 2  # "Kim Minsu, Trade Talks, Example Review, 2024": a year among parted fields


def _is_citation(note: str) -> bool:
    return bool(_CITATION_CUE_RE.search(note)) or (
        bool(_YEAR_RE.search(note)) and note.count(",") + note.count("，") >= MIN_CITATION_COMMAS
    )


_FULLWIDTH_MARK_RE = re.compile(r"［\s*([0-9０-９]{1,3})\s*］")
_FULLWIDTH_ENTRY_RE = re.compile(r"^[ \t]*［\s*[0-9０-９]{1,3}\s*］", re.MULTILINE)


def _halfwidth_note_brackets(text: str) -> str:
    """Fullwidth note brackets ("［1］") as "[1]", where two or more lines open with one (a Chinese paper's notes)."""
    if len(_FULLWIDTH_ENTRY_RE.findall(text)) < MIN_CONFIRMED_NOTES:
        return text
    return _FULLWIDTH_MARK_RE.sub(lambda m: f"[{int(m[1])}]", text)


def _space_bracket_entries(text: str) -> str:
    """Entries run into their numbers ("[1]李四. …") spaced ("[1] 李四. …"): two or more, numbered from 1.

    A notes heading right over them ("注释") becomes our rule over notes, as over endnotes (the notes are no section).
    """
    entries = list(_RUN_IN_ENTRY_RE.finditer(text))
    labels = [m["mark"].strip()[1:-1] for m in entries]
    if len(entries) < MIN_CONFIRMED_NOTES or labels[:2] != ["1", "2"]:
        return text
    edits = [(m.end(), m.end(), " ") for m in entries]
    heading = next(reversed(list(_NOTES_HEADING_RE.finditer(text, 0, entries[0].start()))), None)
    if heading and not text[heading.end() : entries[0].start()].strip():
        edits.append((heading.start(), heading.end(), "---"))
    return _edited(text, edits)


def _closing_run(lines: list[str]) -> tuple[int, list[int]] | None:
    """Where the closing run of endnotes numbered 1, 2, 3… starts, and its note lines; None without one."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    for start in range(end - 1, -1, -1):
        opening = _ENDNOTE_OPEN_RE.match(lines[start])
        if opening is None or opening["label"] != "1":
            continue
        note_lines, expected, previous_blank = [start], 2, False
        for i in range(start + 1, end):
            line = lines[i]
            following = _ENDNOTE_OPEN_RE.match(line)
            if not line.strip():
                previous_blank = True
                continue
            if following and following["label"] == str(expected):
                note_lines.append(i)
                expected += 1
            elif previous_blank or following:
                break  # text after a blank line, or a number out of order: no closing run of notes
            previous_blank = False
        else:
            return (start, note_lines) if len(note_lines) >= MIN_CONFIRMED_NOTES else None
        return None
    return None


def _mark_closing_endnotes(text: str) -> str:
    """The paper's closing "1. …" lines as notes "[n] …", their marks as "<sup>[n]</sup>", where they confirm."""
    lines = text.split("\n")
    run = _closing_run(lines)
    if run is None:
        return text
    start, note_lines = run
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    body = text[: offsets[start]]
    labels = {int(_ENDNOTE_OPEN_RE.match(lines[i])["label"]) for i in note_lines}  # type: ignore[index]
    glued = [m for m in _GLUED_MARK_RE.finditer(body) if int(m["label"]) in labels]
    raised = [
        m
        for m in _SUPERSCRIPT_MARK_RE.finditer(body)
        if _superscript_value(m["sup"]) in labels and _in_prose(body, m.start())
    ]
    bracketed = {int(m["label"]) for m in BRACKET_NOTE_REF_RE.finditer(body)} & labels
    confirmed = {int(m["label"]) for m in glued} | {_superscript_value(m["sup"]) for m in raised} | bracketed
    enough = max(MIN_CONFIRMED_NOTES, (len(labels) + 1) // 2)
    if len(confirmed) < enough or sum(_is_citation(_note_text(lines, i)) for i in note_lines) < enough:
        return text  # "1. We met in Seoul." / "2. We agreed.": a declaration's numbered paragraphs, no citations
    edits = [(m.start(), m.end(), f"<sup>[{m['label']}]</sup>") for m in glued]
    edits += [(m.start(), m.end(), f"<sup>[{_superscript_value(m['sup'])}]</sup>") for m in raised]
    for i in note_lines:
        opening = _ENDNOTE_OPEN_RE.match(lines[i])
        assert opening is not None
        edits.append((offsets[i] + opening.start("label"), offsets[i] + opening.end(), f"[{opening['label']}] "))
    return _edited(text, edits)


def _note_text(lines: list[str], i: int) -> str:
    """Note line i with the lines that continue it right under it."""
    end = i + 1
    while end < len(lines) and lines[end].strip() and not _ENDNOTE_OPEN_RE.match(lines[end]):
        end += 1
    return " ".join(line.strip() for line in lines[i:end])


def _superscript_value(digits: str) -> int:
    return int("".join(str(_SUPERSCRIPTS.index(ch)) for ch in digits))


# "¹ Ministry of …": a note line numbered with superscript digits.
_SUPERSCRIPT_NOTE_RE = re.compile(rf"^[ \t]*(?P<sup>[{_SUPERSCRIPTS}]{{1,3}})[ \t]*(?=\S)", re.MULTILINE)
_BRACKET_NOTE_RE = re.compile(r"^[ \t]*\[(?P<label>\d{1,3})\][ \t]+\S", re.MULTILINE)


def _mark_superscript_notes(text: str) -> str:
    """Superscript marks ("summit.¹") as "<sup>[1]</sup>" where notes carry their numbers, two or more of them.

    The notes are "[1] …" lines, or lines numbered with superscript digits ("¹ Ministry of …"), which become
    "[1] …"; a mark counts only before its note, in a line of prose (an author line's "Jane Roe¹" points to an
    affiliation, not a note).
    """
    note_lines = list(_SUPERSCRIPT_NOTE_RE.finditer(text))
    starts = {_superscript_value(m["sup"]): m.start() for m in note_lines}
    for m in _BRACKET_NOTE_RE.finditer(text):
        starts.setdefault(int(m["label"]), m.start())
    line_spans = {m.start("sup") for m in note_lines}
    marks = [
        m
        for m in _SUPERSCRIPT_MARK_RE.finditer(text)
        if m.start() not in line_spans
        and m.start() < starts.get(_superscript_value(m["sup"]), -1)
        and _in_prose(text, m.start())
    ]
    if len({_superscript_value(m["sup"]) for m in marks}) < MIN_CONFIRMED_NOTES:
        return text
    edits = [(m.start(), m.end(), f"<sup>[{_superscript_value(m['sup'])}]</sup>") for m in marks]
    edits += [(m.start("sup"), m.end(), f"[{_superscript_value(m['sup'])}] ") for m in note_lines]
    return _edited(text, edits)


MIN_PROSE_LINE_CHARS = 80


def _in_prose(text: str, at: int) -> bool:
    """The line holding offset `at` is a line of prose (80 characters or more), no author or heading line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return (end if end >= 0 else len(text)) - start >= MIN_PROSE_LINE_CHARS
