"""Themes per paragraph from vocabulary keywords (jieba tokens for Chinese), weighted per document."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from nea_site.extract.fast_new import maker
from nea_site.model import Paragraph, SectionWeight, ThemeId, ThemeWeight, Vocabulary
from nea_site.text.lang import is_cjk_lang
from nea_site.text.literals import ASCII_WORD_CHARS, Literals
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

# A paragraph is about a theme when its keywords hit at least this often (short paragraphs: once), or once
# when the theme's keywords hit at least MIN_DOCUMENT_HITS times in the whole text: a news report mentions its
# subject once per paragraph, in paragraph after paragraph.
MIN_HITS = 2
SHORT_PARAGRAPH_CHARS = 160
MIN_DOCUMENT_HITS = 3


_ALNUM_RUN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+")  # a word start and its letters and digits
_PLURAL_ENDINGS = ("s", "es", "")  # tried in this order, as the pattern's greedy (?:s|es)? does

_Ranked = tuple[tuple[ThemeId, int], ...]  # the themes a keyword belongs to, with its rank (longest first) in each
_ChineseKeyword = tuple[int, int, ThemeId]  # theme's rank, keyword's rank in its theme, theme


@dataclass(frozen=True, slots=True)
class ThemeMatcher:
    # Per theme: one case-insensitive whole-word pattern of its keywords, longest first (the reference form).
    english: dict[ThemeId, re.Pattern[str]]
    chinese: dict[ThemeId, tuple[str, ...]]
    # The English keywords lower-cased, for one pass over a lower-cased text instead of one per theme. Themes
    # with a keyword that does not start with a letter or digit, or changes length in lower case, are in
    # `english_rest` and go through their patterns.
    english_keywords: Literals[_Ranked]
    english_rest: frozenset[ThemeId]
    # The Chinese keywords, each with every theme that lists it, in the order of `chinese`.
    chinese_keywords: Literals[tuple[_ChineseKeyword, ...]]


def build_theme_matcher(vocabulary: Vocabulary) -> ThemeMatcher:
    """Compile each theme's English keywords into one case-insensitive whole-word pattern."""
    english: dict[ThemeId, re.Pattern[str]] = {}
    chinese: dict[ThemeId, tuple[str, ...]] = {}
    lowered: dict[str, list[tuple[ThemeId, int]]] = defaultdict(list)
    rest: set[ThemeId] = set()
    for theme in vocabulary.themes:
        if theme.keywords.en:
            words = sorted(theme.keywords.en, key=lambda w: (-len(w), w))
            if any(len(w.lower()) != len(w) or not _ALNUM_RUN_RE.match(w.lower()) for w in words):
                rest.add(theme.id)  # the whole theme goes through its pattern
            else:
                for rank, word in enumerate(words):
                    lowered[word.lower()].append((theme.id, rank))
            english[theme.id] = re.compile(
                r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?(?![A-Za-z0-9])",
                re.IGNORECASE,
            )
        if theme.keywords.zh:
            chinese[theme.id] = tuple(sorted(theme.keywords.zh, key=lambda w: (-len(w), w)))
    return ThemeMatcher(
        english=english,
        chinese=chinese,
        english_keywords=Literals((word, tuple(sorted(ranked))) for word, ranked in lowered.items()),
        english_rest=frozenset(rest),
        chinese_keywords=_chinese_keywords(chinese),
    )


def _chinese_keywords(chinese: dict[ThemeId, tuple[str, ...]]) -> Literals[tuple[_ChineseKeyword, ...]]:
    themes: dict[str, list[_ChineseKeyword]] = defaultdict(list)
    for theme_rank, (theme_id, keywords) in enumerate(chinese.items()):
        for keyword_rank, keyword in enumerate(keywords):
            themes[keyword].append((theme_rank, keyword_rank, theme_id))
    return Literals((keyword, tuple(entries)) for keyword, entries in themes.items())


def chinese_hit_positions(text: str, matcher: ThemeMatcher) -> list[tuple[ThemeId, int, int]]:
    """(theme, start, end) of every occurrence of every Chinese keyword, each keyword's occurrences not overlapping.

    The order is that of one `str.find` loop per theme and keyword: by theme, keyword (longest first), offset.
    """
    found: list[tuple[int, int, ThemeId, int, int]] = []
    resume: dict[tuple[int, int], int] = {}  # where the next occurrence of a theme's keyword may start
    for at, end, entries in sorted(matcher.chinese_keywords.find_all(text)):
        for theme_rank, keyword_rank, theme_id in entries:
            if resume.get((theme_rank, keyword_rank), 0) <= at:
                found.append((theme_rank, keyword_rank, theme_id, at, end))
                resume[theme_rank, keyword_rank] = end
    found.sort()
    return [(theme_id, at, end) for _, _, theme_id, at, end in found]


def english_hit_positions(text: str, matcher: ThemeMatcher) -> list[tuple[ThemeId, int]]:
    """(theme, offset) of every English keyword hit: what each theme's pattern finds, in one pass over the text.

    At each word start, a theme's keywords are tried longest first; a hit resumes that theme's search at its end.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: offsets would drift
        found = [(t, m.start()) for t, pattern in matcher.english.items() for m in pattern.finditer(text)]
        return sorted(found, key=lambda hit: (hit[1], hit[0]))
    candidates: list[tuple[int, ThemeId, int, int]] = []  # start, theme, rank, end with the plural ending
    size = len(lower)
    for start, end, ranked in matcher.english_keywords.find_all(lower):
        if start and lower[start - 1] in ASCII_WORD_CHARS:
            continue  # not at a word start
        if end < size and lower[end] in ASCII_WORD_CHARS:  # no word boundary: a plural ending may come first
            word_end = _whole_word_end(lower, end)
            if word_end is None:
                continue
        else:
            word_end = end  # most keywords: a space or a mark follows
        for theme_id, rank in ranked:
            candidates.append((start, theme_id, rank, word_end))
    candidates.sort()
    hits: list[tuple[ThemeId, int]] = []
    resume: dict[ThemeId, int] = {}
    for start, theme_id, _, end in candidates:
        if resume.get(theme_id, 0) <= start:
            hits.append((theme_id, start))
            resume[theme_id] = end
    for theme_id in sorted(matcher.english_rest):
        hits.extend((theme_id, m.start()) for m in matcher.english[theme_id].finditer(text))
    return sorted(hits, key=lambda hit: (hit[1], hit[0]))


def _whole_word_end(lower: str, end: int) -> int | None:
    """Where a keyword ending at `end` ends with its optional plural ending, if a word boundary follows."""
    for ending in _PLURAL_ENDINGS:
        stop = end + len(ending)
        if lower.startswith(ending, end) and (stop == len(lower) or lower[stop] not in ASCII_WORD_CHARS):
            return stop
    return None


def theme_hit_positions(
    text: str, lang_is_cjk: bool, matcher: ThemeMatcher, segmenter: Segmenter, *, simplified: str | None = None
) -> list[tuple[ThemeId, int]]:
    """(theme, offset) of every keyword hit in `text`; Chinese keywords must start on a jieba word boundary.

    Keywords are Simplified, so Traditional text matches through a same-length copy: `simplified`, when the
    caller has it already (`to_simplified(text)`), else made here.
    """
    hits: list[tuple[ThemeId, int]] = []
    text = to_simplified(text) if simplified is None else simplified
    hits.extend(english_hit_positions(text, matcher))
    if lang_is_cjk and matcher.chinese:
        found = chinese_hit_positions(text, matcher)
        # A keyword starts a word, or ends one as its head: "自贸协定" in "中日韩自贸协定" (a kind of 自贸协定).
        kept = segmenter.either_starts_word(text, [(at, end) for _, at, end in found])
        hits.extend((theme_id, at) for (theme_id, at, _), keep in zip(found, kept, strict=True) if keep)
    return hits


def count_theme_hits(text: str, lang_is_cjk: bool, matcher: ThemeMatcher, segmenter: Segmenter) -> dict[ThemeId, int]:
    """Keyword hits per theme in `text`."""
    return dict(Counter(theme for theme, _ in theme_hit_positions(text, lang_is_cjk, matcher, segmenter)))


def themes_from_hits(
    hits: Mapping[ThemeId, int], text_length: int, document_hits: Mapping[ThemeId, int] | None = None
) -> tuple[ThemeId, ...]:
    """The themes a paragraph is about: hits at least MIN_HITS times, or once where that is enough.

    Once is enough in a short paragraph, and for a theme whose keywords hit at least MIN_DOCUMENT_HITS times in
    `document_hits` (the whole text's hits per theme).
    """
    needed = 1 if text_length < SHORT_PARAGRAPH_CHARS else MIN_HITS
    recurring = document_hits or {}
    return tuple(sorted(t for t, n in hits.items() if n >= needed or recurring.get(t, 0) >= MIN_DOCUMENT_HITS))


def paragraph_themes(paragraph: Paragraph, matcher: ThemeMatcher, segmenter: Segmenter) -> tuple[ThemeId, ...]:
    """The themes a paragraph is about, by id."""
    hits = count_theme_hits(paragraph.text, is_cjk_lang(paragraph.lang), matcher, segmenter)
    return themes_from_hits(hits, len(paragraph.text))


def extract_theme_weights(
    paragraphs: tuple[Paragraph, ...], per_paragraph: dict[int, tuple[ThemeId, ...]]
) -> tuple[ThemeWeight, ...]:
    """Document weight of a theme: the share of body text (by characters) in paragraphs about it."""
    total = sum(len(p.text) for p in paragraphs) or 1
    section_total: dict[str, int] = defaultdict(int)
    for paragraph in paragraphs:
        if paragraph.section_id:
            section_total[paragraph.section_id] += len(paragraph.text)
    chars: dict[ThemeId, int] = defaultdict(int)
    section_chars: dict[ThemeId, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    where: dict[ThemeId, list[int]] = defaultdict(list)
    for paragraph in paragraphs:
        for theme_id in per_paragraph.get(paragraph.index, ()):
            chars[theme_id] += len(paragraph.text)
            where[theme_id].append(paragraph.index)
            if paragraph.section_id:
                section_chars[theme_id][paragraph.section_id] += len(paragraph.text)
    weights = [
        ThemeWeight(
            theme=t,
            weight=round(chars[t] / total, 4),
            paragraphs=tuple(where[t]),
            sections=tuple(
                _section_weight(s, round(n / (section_total[s] or 1), 4))  # SectionWeight(section, weight)
                for s, n in sorted(section_chars[t].items())
            ),
        )
        for t in chars
    ]
    return tuple(sorted(weights, key=lambda w: (-w.weight, w.theme)))


_section_weight = maker(SectionWeight)  # ~50 per document: made without its __init__ (fast_new)
