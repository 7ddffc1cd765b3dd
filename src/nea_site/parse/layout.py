"""Lines -> units: finds footnote blocks, decides whether lines are hard-wrapped and joins them."""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import (
    ANY_CIRCLED_RE,
    ARABIC_NUMBER_RE,
    ATX_HEADING_RE,
    BULLET_RE,
    CIRCLED_NOTE_DEF_RE,
    CIRCLED_NOTE_REF_RE,
    CONTENTS_ENTRY_RE,
    CONTENTS_TITLE_RE,
    COUNTER_LINE_RE,
    FOOTNOTE_DEF_RE,
    HAN_NUMBER_RE,
    HAN_PAREN_NUMBER_RE,
    HAN_RE,
    INDENT_RE,
    LATIN_WORD_RE,
    LEADING_NUMBER_RE,
    LINE_END_CUT_RE,
    LIST_ITEM_MARK,
    MAIL_FOOTER_LINE_RE,
    NUMBER_LINE_RE,
    PAGE_MARK_LINE_RE,
    RELATED_HEADING_RE,
    RULE_LINE_RE,
    SENTENCE_END_RE,
    TEASER_LINE_RE,
    TIME_ITEM_RE,
    TRAILING_NUMBER_RE,
)

UnitKind = Literal["text", "notes"]


@dataclass(slots=True)
class Unit:
    """A paragraph-sized piece of the source before classification (mutable while parsing)."""

    kind: UnitKind
    text: str
    line: int  # 1-based line of the source where it starts
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # (label, text, line) for "notes"
    after_rule: bool = False  # a "---" line came right before
    single_line: bool = True


MIN_EDGE_HEADER_CHARS = 8  # a running header at page breaks, its page number aside
MIN_RUNNING_HEADER_CHARS = 20  # the same without page breaks to tell where pages end


MIN_SPACED_HAN = 20  # spaced-out Han characters a text needs before it is read as a PDF's letter-spaced output
_SPACED_HAN_RE = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")
_ADJACENT_HAN_RE = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])")
_CJK_GAP_RE = re.compile(
    r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef0-9]) (?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef0-9])"
)


def close_letter_spacing(text: str) -> str:
    """A text whose Chinese is letter-spaced ("中 日 韩 合 作", as some PDFs come out) with its spaces closed.

    Only where spaced pairs of Han characters far outnumber adjacent ones (three to one, twenty at least): the
    single spaces between Han characters, CJK punctuation and digits go ("2 0 2 4 年" is "2024年"); spaces next to
    Latin letters stay. Any other text is returned unchanged.
    """
    if " " not in text or not _SPACED_HAN_RE.search(text):
        return text
    spaced = len(_SPACED_HAN_RE.findall(text))
    if spaced < MIN_SPACED_HAN or spaced < 3 * len(_ADJACENT_HAN_RE.findall(text)):
        return text
    return _CJK_GAP_RE.sub("", text)


def split_units(text: str) -> list[Unit]:
    """Split a decoded source into text units and footnote blocks, joining hard-wrapped lines."""
    text = close_letter_spacing(text)
    lines = drop_page_furniture(text.split("\n"))
    blocks = _find_blocks(lines, circled=uses_circled_notes(text))
    text_blocks = [b for kind, b, _ in blocks if kind == "text"]
    width = wrap_width(text_blocks) if is_hard_wrapped(text_blocks) else None
    words = functools.cache(lambda: document_words(text))  # read only where a line ends with a hyphen
    units: list[Unit] = []
    for kind, block, after_rule in blocks:
        if kind == "notes":
            units.append(_notes_unit(block, after_rule))
        else:
            units.extend(_text_units(block, width=width, after_rule=after_rule, words=words))
    return units


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Blank the lines a printed page adds around its text, keeping every other line (and line numbers) in place.

    Page marks ("- 3 -", "Page 3 of 20", "第3页") and teasers of a saved page ("Related: …", "相关阅读：…") go
    wherever they stand. Next to a page break (form feed), a
    number alone goes, and so does a running header or footer: a line on two or more page edges that is the same
    once the page number at its start or end is set aside. Without form feeds, a line of 20 or more characters
    besides that number which recurs three or more times with the number changing is a running header
    ("Journal of X, Vol. 5, No. 2   12"), twice where a wide gap of spaces sets the number apart (a layout-keeping
    export); "1. Section 1", "Article 2" are too short to be one.
    """
    out = [
        "" if PAGE_MARK_LINE_RE.match(line) or TEASER_LINE_RE.match(line) or MAIL_FOOTER_LINE_RE.match(line) else line
        for line in lines
    ]
    _drop_counters(lines, out)
    _drop_contents(out)
    _drop_related_lists(out)
    edges = _page_edges(out)
    keys = Counter(_furniture_key(out[i]) for i in edges)
    for i in edges:
        key = _furniture_key(out[i])
        if NUMBER_LINE_RE.match(out[i]) or (keys[key] >= 2 and MIN_EDGE_HEADER_CHARS <= len(key) <= 120):
            out[i] = ""
    keyed = [_furniture_key(line) if _has_edge_number(line) else "" for line in out]
    forms: dict[str, set[str]] = {}
    for line, key in zip(out, keyed, strict=True):
        if MIN_RUNNING_HEADER_CHARS <= len(key) <= 120:
            forms.setdefault(key, set()).add(" ".join(line.split()))
    counts = Counter(keyed)
    # Set apart from its number by a wide gap, as a PDF's layout-keeping text export leaves it, a line is a running
    # header or footer from its second page on ("Trilateral Trade Monitor 2024                2").
    laid_out = {key for line, key in zip(out, keyed, strict=True) if key and _WIDE_GAP_NUMBER_RE.search(line)}
    repeated = {key for key, seen in forms.items() if len(seen) >= 2 and counts[key] >= (2 if key in laid_out else 3)}
    stamps = _repeated_stamps(out)
    return [
        "" if key in repeated or line.strip() in stamps else line.replace("\f", "")
        for line, key in zip(out, keyed, strict=True)
    ]


MIN_STAMP_REPEATS = 3
_WIDE_GAP_NUMBER_RE = re.compile(r"\S {4,}\d{1,4}\s*$|^\s*\d{1,4} {4,}\S")


def _repeated_stamps(lines: list[str]) -> frozenset[str]:
    """Lines a repository or printer stamps on every page, word for word ("Electronic copy available at: https://…").

    Twenty characters or more, alone on their line, three times or more, each time between other lines (a passage
    copied whole repeats its neighbours too), never ending like a sentence or a label and never a table row.
    """
    text = [line.strip() for line in lines if line.strip()]
    counts = Counter(line for line in text if len(line) >= MIN_RUNNING_HEADER_CHARS)
    candidates = {
        line
        for line, count in counts.items()
        if count >= MIN_STAMP_REPEATS
        and not line.endswith((".", "。", "!", "！", "?", "？", ":", "：", ";", "；", ","))
        and " | " not in line
    }
    if not candidates:
        return frozenset()
    neighbours: dict[str, list[tuple[str, str]]] = {}
    for i, line in enumerate(text):
        if line in candidates:
            around = (text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else "")
            neighbours.setdefault(line, []).append(around)
    return frozenset(line for line, seen in neighbours.items() if len(set(seen)) == len(seen))


def _drop_counters(lines: list[str], out: list[str]) -> None:
    """Blank counts alone on their line ("12" likes, "3" comments) next to a line already blanked as furniture."""
    dropped = [bool(line.strip()) and not kept.strip() for line, kept in zip(lines, out, strict=True)]
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(nonempty):
            if dropped[i] or not COUNTER_LINE_RE.match(lines[i]):
                continue
            if (k > 0 and dropped[nonempty[k - 1]]) or (k + 1 < len(nonempty) and dropped[nonempty[k + 1]]):
                out[i], dropped[i], changed = "", True, True


_MAX_HEADLINE_CHARS = 120
# A line of a hard-wrapped text that, with the next line's first word, fills at most this share of the width
# was broken by the writer, not by the wrap.
_CHOSEN_BREAK_SHARE = 0.75
_MAX_HEADLINES = 12


def _drop_related_lists(lines: list[str]) -> None:
    """Blank a saved page's "Related articles" heading and the headlines under it, up to a blank line.

    A headline is a short line that does not end like a sentence of the text ("." or "。"): the paragraph after
    the list ("Jane Roe is a fellow at …") stays, however it is laid out.
    """
    for i, line in enumerate(lines):
        if not RELATED_HEADING_RE.match(line):
            continue
        end = i + 1
        while (
            end < len(lines)
            and end - i <= _MAX_HEADLINES
            and lines[end].strip()
            and len(lines[end].strip()) <= _MAX_HEADLINE_CHARS
            and not lines[end].rstrip().endswith((".", "。"))
        ):
            end += 1
        if end > i + 1:  # a heading with no headline under it may be the text's own ("Related work")
            lines[i:end] = [""] * (end - i)


def _drop_contents(lines: list[str]) -> None:
    """Blank a table of contents: entries with dot leaders and a page number, and the "Contents" line over them.

    The site gives every document its own outline; a printed one's page numbers point nowhere. In place.
    """
    entries = [i for i, line in enumerate(lines) if _has_leader(line) and CONTENTS_ENTRY_RE.match(line)]
    for i in entries:
        title = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if title is not None and CONTENTS_TITLE_RE.match(lines[title]):
            lines[title] = ""
        lines[i] = ""


def _has_leader(line: str) -> bool:
    return "...." in line or "……" in line or ". . . ." in line or "·" in line or "____" in line


def _has_edge_number(line: str) -> bool:
    """A digit opens or closes the line: only such a line can be a running header that differs by its number."""
    stripped = line.strip()
    return bool(stripped) and (stripped[0].isdigit() or stripped[-1].isdigit())


def _page_edges(lines: list[str]) -> list[int]:
    """Indexes of the last non-blank line before each form feed and the first one after it."""
    edges: list[int] = []
    for i, line in enumerate(lines):
        if "\f" not in line:
            continue
        before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if line.replace("\f", "").strip():
            after: int | None = i
        else:
            after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        edges.extend(j for j in (before, after) if j is not None and j not in edges)
    return edges


def _furniture_key(line: str) -> str:
    """The line without the page number at its start (else at its end), spaces collapsed, lower-cased."""
    line = line.replace("\f", " ")
    stripped = LEADING_NUMBER_RE.sub("", line, count=1)
    if stripped == line:
        stripped = TRAILING_NUMBER_RE.sub("", line, count=1)
    return " ".join(stripped.split()).lower()


def document_words(text: str) -> frozenset[str]:
    """The English words of a text, lower-cased, hyphenated ones whole: evidence for line-end hyphens.

    The pieces of a word cut at a line end ("coopera-" / "tion") are no evidence, and are left out.
    """
    return frozenset(word.lower() for word in LATIN_WORD_RE.findall(LINE_END_CUT_RE.sub(" ", text)))


def is_hard_wrapped(blocks: list[list[tuple[int, str]]]) -> bool:
    """True when blank-line blocks hold many lines of similar length: text cut at a fixed width (PDF export)."""
    inner = [len(line.strip()) for block in blocks if len(block) >= 3 for _, line in block[:-1]]
    if len(inner) < 6:
        return False
    median = statistics.median(inner)
    if not 30 <= median <= 160:
        return False
    close = sum(1 for n in inner if abs(n - median) <= median * 0.3)
    return close >= len(inner) * 0.7


def wrap_width(blocks: list[list[tuple[int, str]]]) -> int:
    """The width a hard-wrapped text was cut at: the length of its long lines (the 90th percentile of all)."""
    lengths = sorted(len(line.strip()) for block in blocks for _, line in block)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _is_chosen_break(line: str, following: str, width: int) -> bool:
    """The line ends well short of the width although the next line's first word would fit: the writer broke it.

    An author over an affiliation ("Min-jun Choi" / "Korea Institute for …"), a heading over its first line of
    text, a label over its paragraph, the last line of a paragraph over the next one. Latin text only: a Chinese
    line's length in characters says less.
    """
    if not line or not following or HAN_RE.search(line) or HAN_RE.search(following):
        return False
    first_word = following.split(maxsplit=1)[0]
    return len(line) + 1 + len(first_word) <= width * _CHOSEN_BREAK_SHARE


def uses_circled_notes(text: str) -> bool:
    """True when the text numbers notes ①, ②…: a line opens with a circled digit and another has one as a mark."""
    if not ANY_CIRCLED_RE.search(text):
        return False
    lines = text.split("\n")
    return any(CIRCLED_NOTE_DEF_RE.match(line) for line in lines) and any(
        CIRCLED_NOTE_REF_RE.search(line) for line in lines if not CIRCLED_NOTE_DEF_RE.match(line)
    )


def _note_match(line: str, *, circled: bool) -> re.Match[str] | None:
    return FOOTNOTE_DEF_RE.match(line) or (CIRCLED_NOTE_DEF_RE.match(line) if circled else None)


def _find_blocks(lines: list[str], *, circled: bool) -> list[tuple[str, list[tuple[int, str]], bool]]:
    """Group lines into ("text" | "notes", [(line_no, line)], after_rule) blocks separated by blank lines."""
    blocks: list[tuple[str, list[tuple[int, str]], bool]] = []
    current: list[tuple[int, str]] = []
    current_kind = "text"
    after_rule = False
    pending_rule = False

    def flush() -> None:
        nonlocal current, after_rule
        if current:
            blocks.append((current_kind, current, after_rule))
        current = []
        after_rule = False

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if not line.strip():
            if current_kind == "text":
                flush()
            continue
        if RULE_LINE_RE.match(line):
            flush()
            current_kind = "text"
            pending_rule = True
            continue
        is_def = _note_match(line, circled=circled) is not None
        if is_def and current_kind != "notes":
            flush()
            current_kind = "notes"
            after_rule = pending_rule
        elif not is_def and current_kind == "notes":
            # A line right after a note with no blank line continues it; after a blank line the notes end.
            if current and number - current[-1][0] == 1:
                current[-1] = (current[-1][0], current[-1][1] + " " + line.strip())
                continue
            flush()
            current_kind = "text"
        if not current and current_kind == "text":
            after_rule = pending_rule
        pending_rule = False
        current.append((number, line))
    flush()
    return blocks


def _notes_unit(block: list[tuple[int, str]], after_rule: bool) -> Unit:
    unit = Unit(kind="notes", text="", line=block[0][0], after_rule=after_rule)
    for number, line in block:
        match = _note_match(line, circled=True)  # the block holds only note lines and their continuations
        if match:
            unit.notes.append((match["label"], match["text"].strip(), number))
    return unit


def looks_numbered(line: str) -> bool:
    """True when a line opens with outline numbering or is a Markdown heading."""
    return bool(
        ATX_HEADING_RE.match(line)
        or HAN_NUMBER_RE.match(line)
        or HAN_PAREN_NUMBER_RE.match(line)
        or ARABIC_NUMBER_RE.match(line)
    )


def _text_units(
    block: list[tuple[int, str]],
    *,
    width: int | None,
    after_rule: bool,
    words: Callable[[], frozenset[str]] | None = None,
) -> list[Unit]:
    units: list[Unit] = []
    if width is None:
        # Each line is a paragraph; a line ending with a comma is continued by the next (addresses, affiliations).
        for number, line in block:
            clean = _as_item(INDENT_RE.sub("", line).rstrip())
            if units and units[-1].text.endswith((",", "，")) and not looks_numbered(clean):
                units[-1].text = join_lines(units[-1].text, clean)
                units[-1].single_line = False
            else:
                units.append(Unit(kind="text", text=clean, line=number, after_rule=after_rule and not units))
        return units
    in_item = False  # the last unit is a list item opened by a bullet glyph
    last_line = ""
    # Lines are measured against the block's own longest line too: a text joined from sources cut at different
    # widths has blocks of each.
    width = min(width, max((len(line.strip()) for _, line in block), default=0))
    for number, line in block:
        bullet = BULLET_RE.match(line)
        clean = _as_item(INDENT_RE.sub("", line).rstrip())
        previous = units[-1].text if units else ""
        # A numbered heading may follow a paragraph's last line with no blank line between.
        starts_new = (
            not units
            or bullet is not None  # "• item": each item is a paragraph of its own
            or TIME_ITEM_RE.match(clean) is not None  # "09:00–09:30 Opening Remarks": a programme's item
            or (in_item and not INDENT_RE.match(line) and _opens_sentence(clean))  # the text goes on after the list
            or (looks_numbered(clean) and bool(SENTENCE_END_RE.search(previous)))
            or " | " in clean  # a table row ("cell | cell") is a paragraph of its own, and so is what follows it
            or " | " in previous
            or _is_chosen_break(last_line, clean, width)
        )
        last_line = clean
        if starts_new:
            in_item = bullet is not None
            units.append(Unit(kind="text", text=clean, line=number, after_rule=after_rule and not units))
        else:
            cut = words() if words is not None and previous.endswith("-") else None
            units[-1].text = join_lines(previous, clean, words=cut)
            units[-1].single_line = False
    return units


def _as_item(line: str) -> str:
    """A line opened by a bullet glyph as a Markdown-style item: "• item" -> "- item"."""
    bullet = BULLET_RE.match(line)
    return f"{LIST_ITEM_MARK}{line[bullet.end() :]}" if bullet else line


def _opens_sentence(line: str) -> bool:
    """The line starts like a new English sentence: a capital letter or a digit.

    A Chinese item's wrapped lines start with Han characters as a new sentence would, so there an item goes on
    to the blank line.
    """
    first = line[:1]
    return first.isupper() or first.isdigit()


def join_lines(left: str, right: str, *, words: frozenset[str] | None = None) -> str:
    """Join two pieces of one paragraph: no space between CJK characters, one space between words.

    A line-end hyphen before a lower-case letter stays, unless `words` (the document's own, see document_words)
    show a word cut in two: "coopera-" + "tion" is "cooperation" where the text has "cooperation" elsewhere, or
    where neither "coopera-tion" nor "coopera" is a word of it and "tion" ends a word as only suffixes do;
    "cross-" + "border" stays.
    """
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if _is_cjk_char(left[-1]) or _is_cjk_char(right[0]):
        return left + right
    if left.endswith("-") and right[:1].islower():
        if words is not None and _is_cut_word(left, right, words):
            return left[:-1] + right
        return left + right  # a hyphenated compound cut at the line end
    return left + " " + right


def _is_cut_word(left: str, right: str, words: frozenset[str]) -> bool:
    head = LATIN_WORD_RE.findall(left[-40:])
    tail = LATIN_WORD_RE.match(right)
    if not head or not tail:
        return False
    first, rest = head[-1].rsplit("-", 1)[-1].lower(), tail.group().split("-", 1)[0].lower()
    if first + rest in words:
        return True
    if f"{first}-{rest}" in words or first in words:
        return False
    return rest.endswith(_WORD_ENDINGS)  # "-tion", "-ment": the end of a word cut in two, not a word of its own


# Endings that close a longer word, never a word of their own (a compound's second word rarely ends so).
_WORD_ENDINGS = tuple(
    "tion tions sion sions ment ments ness ity ities ings ance ances ence ences ous ive ives able ible ical ically "
    "ally ture tures ism isms ists ized izes ised ises ents ated ating ation ations ological".split()
)


def _is_cjk_char(ch: str) -> bool:
    """CJK ideographs, kana, hangul and full-width punctuation take no space around them."""
    return is_cjk_lang(detect_lang(ch)) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
