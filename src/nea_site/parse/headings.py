"""Headings: levels from outline numbering (1., 1.1, 一、, （一）); Markdown '#' counts only where used consistently."""

from __future__ import annotations

import re
from dataclasses import dataclass

from slugify import slugify

from nea_site import lexicon
from nea_site.model import Section
from nea_site.parse.structure import is_row, opens_with_cell_mark
from nea_site.text.lang import detect_lang, is_cjk_lang
from nea_site.text.patterns import (
    ABBREVIATION_END_RE,
    ARABIC_NUMBER_RE,
    ATX_HEADING_RE,
    CHAPTER_NUMBER_RE,
    HAN_NUMBER_RE,
    HAN_PAREN_NUMBER_RE,
    KEYWORD_HEADING_RE,
    LETTER_NUMBER_RE,
    MARKDOWN_ESCAPE_RE,
    REFERENCES_HEADING_RE,
    ROMAN_NUMBER_RE,
    RUN_IN_SPLIT_RE,
    SENTENCE_END_RE,
)

_HAN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SMALL_WORDS = frozenset(lexicon.current().words("heading_small_words"))  # "Trade and the Sea"
MAX_HEADING_CHARS_EN = 220
MAX_HEADING_CHARS_ZH = 40
MIN_PROSE_WORDS = 5  # a numbered line ending a sentence this long may be a numbered paragraph
MIN_PROSE_CHARS_ZH = 12


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    system: str  # "chapter", "section", "han", "hanparen", "arabic", "none"
    number: str  # as printed ("2.3.1", "一", "（一）") or ""
    title: str
    rest: str  # text of a run-in paragraph that followed the heading on the same line, or ""
    keyword: bool = False  # "Introduction", "结语": always top level


# Numbering systems from the outermost in: "第一章", "第一节", "I.", "一、", "A.", "（一）"; Arabic "1.1" goes under all
# of them.
_RANKED_SYSTEMS = ("chapter", "section", "roman", "han", "letter", "hanparen")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
MAX_LETTERED_HEADING_WORDS = 12


def roman_to_int(number: str) -> int:
    """1 for "I", 4 for "IV", 9 for "IX", 14 for "XIV"."""
    values = [_ROMAN_VALUES[ch] for ch in number]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _ordinal(heading: HeadingMatch) -> int:
    """The value of a Roman or lettered heading's number: "III." 3, "B." 2."""
    number = heading.number.rstrip(".")
    return roman_to_int(number) if heading.system == "roman" else ord(number) - ord("A") + 1


def _chapter_number(printed: str) -> int:
    """1 for "第一章", "第1节", "第一部分"."""
    number = printed[1:].rstrip("章节部分编")
    return int(number) if number.isdigit() else han_to_int(number)


def han_to_int(number: str) -> int:
    """Convert a Chinese numeral up to 99 (一, 十二, 二十三) to an int."""
    if number.startswith("十"):
        number = "一" + number
    if "十" in number:
        tens, _, ones = number.partition("十")
        return _HAN_DIGITS[tens] * 10 + (_HAN_DIGITS[ones] if ones else 0)
    return _HAN_DIGITS[number]


def _strip_heading_end(title: str) -> str:
    return title.strip().rstrip(".:：;；。").strip()


def title_case_ratio(text: str) -> float:
    """Share of content words that start with a capital letter."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def split_run_in(title: str, *, max_chars: int) -> tuple[str, str]:
    """Split "2.3.2 Heading sentence. Paragraph…" into heading and paragraph when the line runs on."""
    if len(title) <= max_chars and not _has_inner_sentence_end(title):
        return title, ""
    for match in sentence_breaks(title):
        head, rest = title[: match.start()].strip(), title[match.end() :].strip()
        if head and rest:
            return head, rest
    return title, ""


def sentence_breaks(text: str) -> list[re.Match[str]]:
    """Candidate sentence breaks in `text`, skipping those right after an abbreviation such as "U.S."."""
    return [m for m in RUN_IN_SPLIT_RE.finditer(text) if not ABBREVIATION_END_RE.search(text[: m.start()])]


def _has_inner_sentence_end(text: str) -> bool:
    return any(m.end() < len(text.rstrip()) for m in sentence_breaks(text.rstrip()))


def match_numbered(text: str) -> HeadingMatch | None:
    """Recognise a numbered heading line; long lines are split into run-in heading and paragraph."""
    chapter = CHAPTER_NUMBER_RE.match(text)
    if chapter:
        system = "section" if chapter["unit"] == "节" else "chapter"
        printed = f"第{chapter['number']}{chapter['unit']}"
        return HeadingMatch(system=system, number=printed, title=_strip_heading_end(chapter["rest"]), rest="")
    for system, regex in (("roman", ROMAN_NUMBER_RE), ("letter", LETTER_NUMBER_RE)):
        match = regex.match(text)
        if match:
            # Only a whole heading line: "A. Smith argues that …" opens a sentence with an initial.
            rest = match["rest"].strip()
            if not rest[:1].isupper() or SENTENCE_END_RE.search(rest) or len(rest.split()) > MAX_LETTERED_HEADING_WORDS:
                return None
            return HeadingMatch(system=system, number=f"{match['number']}.", title=rest, rest="")
    for system, regex in (("hanparen", HAN_PAREN_NUMBER_RE), ("han", HAN_NUMBER_RE), ("arabic", ARABIC_NUMBER_RE)):
        match = regex.match(text)
        if not match:
            continue
        rest = match["rest"].strip()
        if opens_with_cell_mark(rest) or is_row(rest):
            return None  # "1 | 2008年12月13日 | 東京 | …": a table row whose first cell is a number
        cjk = is_cjk_lang(detect_lang(rest))
        if not (rest[:1].isupper() or rest[:1] in "\"“‘'" or cjk):
            return None
        if system == "arabic" and not cjk and _is_bare_note(text, match):
            return None  # "1 Watt and Brown were with the minister. …": an archive's note, not a heading
        head, body = split_run_in(rest, max_chars=MAX_HEADING_CHARS_ZH if cjk else MAX_HEADING_CHARS_EN)
        if len(head) > (MAX_HEADING_CHARS_ZH * 2 if cjk else MAX_HEADING_CHARS_EN * 1.5):
            return None
        number = match["number"]
        printed = {"hanparen": f"（{number}）", "han": f"{number}、"}.get(system, number)
        return HeadingMatch(system=system, number=printed, title=_strip_heading_end(head), rest=body)
    return None


def _is_bare_note(text: str, match: re.Match[str]) -> bool:
    """A number without a dot, then sentences ending in a full stop: a note under an archive's record.

    "1 Watt, Brown and Smith were with the minister. The record says …", "2 Allied Occupation Forces." A heading
    numbered so ("1 Introduction") ends without one.
    """
    after = text[match.end("number") :]
    return after[:1].isspace() and "." not in match["number"] and text.rstrip().endswith(".")


def numbered_prose(text: str) -> tuple[str, int] | None:
    """(system, number) of a top-level numbered line that is a sentence: "1. We reaffirmed that …."; else None.

    It ends with a sentence end and is prose-long (5+ words, or 12+ characters of Chinese). One such line may still
    be a heading (a report's "3. Three countries face new opportunities."); a run of them is a numbered list.
    """
    for system, regex in (("han", HAN_NUMBER_RE), ("arabic", ARABIC_NUMBER_RE)):
        match = regex.match(text)
        if not match or "." in match["number"]:
            continue
        rest = match["rest"].strip()
        if not SENTENCE_END_RE.search(rest):
            return None
        cjk = is_cjk_lang(detect_lang(rest))
        if (len(rest) if cjk else len(rest.split())) < (MIN_PROSE_CHARS_ZH if cjk else MIN_PROSE_WORDS):
            return None
        return system, han_to_int(match["number"]) if system == "han" else int(match["number"])
    return None


def match_atx(text: str) -> tuple[int, str] | None:
    """Return (number of '#', text) for a Markdown heading line (a table row whose first cell is "#" is none)."""
    match = ATX_HEADING_RE.match(text) if not is_row(text) else None
    return (len(match["hashes"]), match["text"]) if match else None


_LIST_ITEM_OPENINGS = ("- ", "* ", "+ ", "• ")


def match_unnumbered(text: str, *, single_line: bool, next_text: str | None) -> HeadingMatch | None:
    """Recognise an unnumbered heading: a short line without a sentence end, followed by body text."""
    stripped = text.strip()
    if KEYWORD_HEADING_RE.match(stripped):
        return HeadingMatch(system="none", number="", title=_strip_heading_end(stripped), rest="", keyword=True)
    if not single_line or next_text is None or not stripped or is_row(stripped):
        return None  # a table row
    if stripped.startswith(_LIST_ITEM_OPENINGS):
        return None  # "- See also": an item of a list, however short the line
    if stripped.endswith((",", "，", "、", ";", "；")):
        return None  # "Dear readers,", "尊敬的各位来宾，": a salutation or a cut line, never a heading
    cjk = is_cjk_lang(detect_lang(stripped))
    if cjk:
        if len(stripped) > MAX_HEADING_CHARS_ZH or SENTENCE_END_RE.search(stripped):
            return None
        if "，" in stripped[:-1] and len(stripped) > 24:
            return None
        return HeadingMatch(system="none", number="", title=stripped, rest="")
    if not stripped[:1].isupper() or len(stripped) > MAX_HEADING_CHARS_EN:
        return None
    if stripped.rsplit(None, 1)[-1].lower() in _SMALL_WORDS:
        return None  # "… began in": a line cut mid-sentence, not a heading
    ratio = title_case_ratio(stripped)
    words = len(stripped.split())
    ends_sentence = bool(SENTENCE_END_RE.search(stripped))
    if not ends_sentence and (words <= 12 or ratio >= 0.6):
        return HeadingMatch(system="none", number="", title=stripped, rest="")
    if stripped.endswith(".") and not _has_inner_sentence_end(stripped) and ratio >= 0.75 and words <= 30:
        return HeadingMatch(system="none", number="", title=_strip_heading_end(stripped), rest="")
    # "Trends of X's Industrial Policy. In 2021, …": a short title-case run-in heading.
    head, rest = split_run_in(stripped, max_chars=0)
    if rest and len(head.split()) <= 8 and title_case_ratio(head) >= 0.75 and len(rest) > len(head) * 3:
        return HeadingMatch(system="none", number="", title=_strip_heading_end(head), rest=rest)
    return None


class Outline:
    """Builds the section tree in document order; checks that numbering follows on."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self._stack: list[Section] = []
        self._last_arabic: tuple[int, ...] | None = None
        self._last_han = 0
        self._last_paren = 0
        self._last_ordinal: dict[str, int] = {}  # the last "roman" and "letter" numbers
        self._last_chapter: dict[str, int] = {}
        self._systems: set[str] = set()
        self._last_numbered_level = 0
        self._ids: set[str] = set()
        self._hash_levels: dict[int, int] = {}  # Markdown '#' count -> level, while the document uses them consistently
        self._hashes_consistent = True

    @property
    def current(self) -> str | None:
        """Id of the innermost open section."""
        return self._stack[-1].id if self._stack else None

    @property
    def in_references(self) -> bool:
        """True inside a reference list's section ("References", "参考文献") or a section under it."""
        return any(REFERENCES_HEADING_RE.match(section.title) for section in self._stack)

    def accepts(self, heading: HeadingMatch) -> bool:
        """True when a numbered heading continues the numbering seen so far (guards against list items)."""
        if heading.system == "arabic":
            parts = tuple(int(p) for p in heading.number.split("."))
            prev = self._last_arabic
            if prev is None:
                return parts[-1] == 1 or len(parts) == 1
            if parts == prev + (1,):
                return True
            return any(parts == prev[:k] + (prev[k] + 1,) for k in range(len(prev)))
        if heading.system in ("chapter", "section"):
            value = _chapter_number(heading.number)
            return value in (self._last_chapter.get(heading.system, 0) + 1, 1)
        if heading.system == "han":
            return han_to_int(heading.number.rstrip("、")) in (self._last_han + 1, 1) or self._last_han == 0
        if heading.system == "hanparen":
            value = han_to_int(heading.number.strip("（）"))
            return value in (self._last_paren + 1, 1)
        if heading.system in ("roman", "letter"):
            return _ordinal(heading) in (self._last_ordinal.get(heading.system, 0) + 1, 1)
        return True

    def add(self, heading: HeadingMatch, *, hashes: int | None = None) -> Section:
        """Open a section for `heading` and return it."""
        level = self._level_for(heading, hashes)
        if hashes is not None:
            self._note_hashes(hashes, level)
        while self._stack and self._stack[-1].level >= level:
            self._stack.pop()
        parent = self._stack[-1].id if self._stack else None
        section = Section(
            id=self._unique_id(heading, parent),
            number=heading.number,
            title=MARKDOWN_ESCAPE_RE.sub("", heading.title),  # "고대\~18세기의 관계": no escape shown
            level=level,
            parent=parent,
        )
        self.sections.append(section)
        self._stack.append(section)
        return section

    def _level_for(self, heading: HeadingMatch, hashes: int | None) -> int:
        if heading.system in _RANKED_SYSTEMS:
            self._systems.add(heading.system)
            if heading.system == "chapter":
                self._last_chapter = {"chapter": _chapter_number(heading.number)}  # sections count anew
            elif heading.system == "section":
                self._last_chapter["section"] = _chapter_number(heading.number)
            elif heading.system == "han":
                self._last_han = han_to_int(heading.number.rstrip("、"))
                self._last_paren = 0
            elif heading.system == "roman":
                self._last_ordinal = {"roman": _ordinal(heading)}  # letters count anew under each Roman number
            elif heading.system == "letter":
                self._last_ordinal["letter"] = _ordinal(heading)
            else:
                self._last_paren = han_to_int(heading.number.strip("（）"))
            rank = _RANKED_SYSTEMS.index(heading.system)
            level = 1 + sum(1 for above in _RANKED_SYSTEMS[:rank] if above in self._systems)
            self._last_numbered_level = level
            return level
        if heading.system == "arabic":
            parts = tuple(int(p) for p in heading.number.split("."))
            self._last_arabic = parts
            level = sum(1 for system in _RANKED_SYSTEMS if system in self._systems) + len(parts)
            self._last_numbered_level = level
            return level
        if heading.keyword:
            self._last_numbered_level = 0
            return 1
        if hashes is not None and self._hashes_consistent and hashes in self._hash_levels:
            return self._hash_levels[hashes]  # "## References" after "## 3. Outlook": a sibling, not a child
        if self._last_numbered_level:
            return self._last_numbered_level + 1
        if hashes is not None and self._stack:
            return max(1, min(hashes - 1, self._stack[-1].level + 1))
        return 1

    def _note_hashes(self, hashes: int, level: int) -> None:
        """Trust '#' counts only while each count has had one level and each level one count.

        Sources print numbered headings with any number of '#' (a seed has "二、" as #### and "（一）" as ##): there
        the numbering decides, and an unnumbered heading falls back to following the numbered one before it.
        """
        known = self._hash_levels.get(hashes)
        if (known is not None and known != level) or any(
            other == level and count != hashes for count, other in self._hash_levels.items()
        ):
            self._hashes_consistent = False
        self._hash_levels[hashes] = level

    def _unique_id(self, heading: HeadingMatch, parent: str | None) -> str:
        """Numbered sections: the parent's id plus their own number ("s-2-3-1"); others: a slug of the title."""
        if heading.system == "arabic":
            own = heading.number.split(".")[-1]
        elif heading.system == "han":
            own = str(self._last_han)
        elif heading.system == "hanparen":
            own = str(self._last_paren)
        else:
            own = ""
        if own:
            base = f"{parent}-{own}" if parent and parent[2:3].isdigit() else f"s-{own}"
        else:
            base = "s-" + (slugify(heading.title, max_length=40, word_boundary=True) or "section")
        candidate, n = base, 2
        while candidate in self._ids:
            candidate, n = f"{base}-{n}", n + 1
        self._ids.add(candidate)
        return candidate
