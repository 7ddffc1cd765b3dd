"""Lines -> units: finds footnote blocks, decides whether lines are hard-wrapped and joins them."""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from nea_site import lexicon
from nea_site.parse.furniture import drop_page_furniture
from nea_site.parse.structure import ITEM_MARK, is_row
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import (
    ANY_CIRCLED_RE,
    ARABIC_NUMBER_RE,
    ATX_HEADING_RE,
    BULLET_RE,
    CIRCLED_NOTE_DEF_RE,
    CIRCLED_NOTE_REF_RE,
    FOOTNOTE_DEF_RE,
    HAN_NUMBER_RE,
    HAN_PAREN_NUMBER_RE,
    HAN_RE,
    INDENT_RE,
    LATIN_WORD_RE,
    LINE_END_CUT_RE,
    RULE_LINE_RE,
    SENTENCE_END_RE,
    TIME_ITEM_RE,
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


_MD_STAR_ITEM_RE = re.compile(
    r"^[ \t]*[*+][ \t]+\S|^[ \t]+\d{1,2}\.[ \t]+\S"
)  # a Markdown list item marked "*", "+" (never "\\*") or an indented number
_LIST_ITEM_LINE_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}\.)[ \t]+\S")  # a Markdown list item's line
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


# A line of a hard-wrapped text that, with the next line's first word, fills at most this share of the width
# was broken by the writer, not by the wrap.
_CHOSEN_BREAK_SHARE = 0.75


def document_words(text: str) -> frozenset[str]:
    """The English words of a text, lower-cased, hyphenated ones whole: evidence for line-end hyphens.

    The pieces of a word cut at a line end ("coopera-" / "tion") are no evidence, and are left out.
    """
    return frozenset(word.lower() for word in LATIN_WORD_RE.findall(LINE_END_CUT_RE.sub(" ", text)))


def is_hard_wrapped(blocks: list[list[tuple[int, str]]]) -> bool:
    """True when blank-line blocks hold many lines of similar length: text cut at a fixed width (PDF export).

    List items ("- item", "  2. item") are left out of the count: a list of short items of a like length, one a
    line (a wiki page's list of meetings), is no text cut at a width; so are a table's rows ("A | B"), which a
    converter never cuts, and lines indented as a nested list's or a navigation box's entries.
    """
    inner = [
        len(line.strip())
        for block in blocks
        if len(block) >= 3
        for _, line in block[:-1]
        if not _LIST_ITEM_LINE_RE.match(line) and not is_row(line) and not line.startswith("    ")
    ]
    if len(inner) < 6:
        return False
    median = statistics.median(inner)
    if not 30 <= median <= 160:
        return False
    close = sum(1 for n in inner if abs(n - median) <= median * 0.3)
    return close >= len(inner) * 0.7


def wrap_width(blocks: list[list[tuple[int, str]]]) -> int:
    """The width a hard-wrapped text was cut at: the length of its long lines (the 90th percentile of all).

    A table's rows are left out: a converter cuts prose at a width, never a row ("A | B | C" runs on).
    """
    lengths = sorted(len(line.strip()) for block in blocks for _, line in block if not is_row(line))
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
            if units and _continues_sentence(units[-1].text, clean):
                units[-1].text = join_lines(units[-1].text, clean)  # "… stalled after" / "the eighth summit …"
                units[-1].single_line = False
            elif units and units[-1].text.endswith((",", "，")) and not looks_numbered(clean):
                units[-1].text = join_lines(units[-1].text, clean)
                units[-1].single_line = False
            else:
                units.append(Unit(kind="text", text=clean, line=number, after_rule=after_rule and not units))
        return units
    in_item = False  # the last unit is a list item opened by a bullet glyph
    last_line = ""
    # Lines are measured against the block's own longest line too: a text joined from sources cut at different
    # widths has blocks of each.
    text_width = width
    width = min(width, max((len(line.strip()) for _, line in block), default=0))
    for number, line in block:
        bullet = BULLET_RE.match(line)
        clean = _as_item(INDENT_RE.sub("", line).rstrip())
        previous = units[-1].text if units else ""
        # A numbered heading may follow a paragraph's last line with no blank line between.
        starts_new = (
            not units
            or bullet is not None  # "• item": each item is a paragraph of its own
            or _MD_STAR_ITEM_RE.match(line) is not None  # "  * item", "+ item", "  2. item": Markdown's, likewise
            or TIME_ITEM_RE.match(clean) is not None  # "09:00–09:30 Opening Remarks": a programme's item
            or (in_item and not INDENT_RE.match(line) and _opens_sentence(clean))  # the text goes on after the list
            or (looks_numbered(clean) and bool(SENTENCE_END_RE.search(previous)))
            or is_row(clean)  # a table row is a paragraph of its own, and so is what follows it
            or is_row(previous)
            or _is_chosen_break(last_line, clean, text_width if _NESTED_RE.match(line) else width)
        )
        last_line = clean
        if starts_new:
            in_item = bullet is not None or _MD_STAR_ITEM_RE.match(line) is not None
            units.append(Unit(kind="text", text=clean, line=number, after_rule=after_rule and not units))
        else:
            cut = words() if words is not None and previous.endswith("-") else None
            units[-1].text = join_lines(previous, clean, words=cut)
            units[-1].single_line = False
    return units


# A line indented as a nested list's entry or a navigation box's ("    Chairman: A B"): a block of such short
# lines is measured against the text's width, not against its own longest line.
_NESTED_RE = re.compile(r"    ")


# A line goes on with the sentence of the line above it, as a page cut at a width the text never shows, when it
# opens in lower case after a word ("… stalled after" / "the eighth summit …"), or when the line above ends on a
# word that cannot end a sentence ("… established in Seoul in" / "September 2011.": lexicon title_cut_words).
_OPENS_LOWER_RE = re.compile(r"^[a-z]")
_ENDS_ON_WORD_RE = re.compile(r"[A-Za-z]$")
_ENDS_ON_LINKING_WORD_RE = re.compile(
    rf"[A-Za-z,]\s+(?:{lexicon.alternation(lexicon.current().words('title_cut_words', 'en'))})$"
)
_OPENS_WORD_RE = re.compile(r"^[A-Za-z0-9]")


def _continues_sentence(previous: str, line: str) -> bool:
    if BULLET_RE.match(previous):
        return False
    if _OPENS_LOWER_RE.match(line) and _ENDS_ON_WORD_RE.search(previous):
        return True
    return bool(_OPENS_WORD_RE.match(line) and _ENDS_ON_LINKING_WORD_RE.search(previous))


def _as_item(line: str) -> str:
    """A line opened by a bullet glyph as a Markdown-style item: "• item" -> "- item"."""
    bullet = BULLET_RE.match(line)
    return f"{ITEM_MARK}{line[bullet.end() :]}" if bullet else line


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
