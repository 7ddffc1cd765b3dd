"""Themes per paragraph from vocabulary keywords (jieba tokens for Chinese), weighted per document."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from nea_site.model import Paragraph, SectionWeight, ThemeId, ThemeWeight, Vocabulary
from nea_site.text.lang import is_cjk_lang
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

# A paragraph is about a theme when its keywords hit at least this often (short paragraphs: once).
MIN_HITS = 2
SHORT_PARAGRAPH_CHARS = 160


@dataclass(frozen=True, slots=True)
class ThemeMatcher:
    english: dict[ThemeId, re.Pattern[str]]
    chinese: dict[ThemeId, tuple[str, ...]]


def build_theme_matcher(vocabulary: Vocabulary) -> ThemeMatcher:
    """Compile each theme's English keywords into one case-insensitive whole-word pattern."""
    english: dict[ThemeId, re.Pattern[str]] = {}
    chinese: dict[ThemeId, tuple[str, ...]] = {}
    for theme in vocabulary.themes:
        if theme.keywords.en:
            words = sorted(theme.keywords.en, key=lambda w: (-len(w), w))
            english[theme.id] = re.compile(
                r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?(?![A-Za-z0-9])",
                re.IGNORECASE,
            )
        if theme.keywords.zh:
            chinese[theme.id] = tuple(sorted(theme.keywords.zh, key=lambda w: (-len(w), w)))
    return ThemeMatcher(english=english, chinese=chinese)


def theme_hit_positions(
    text: str, lang_is_cjk: bool, matcher: ThemeMatcher, segmenter: Segmenter
) -> list[tuple[ThemeId, int]]:
    """(theme, offset) of every keyword hit in `text`; Chinese keywords must start on a jieba word boundary."""
    hits: list[tuple[ThemeId, int]] = []
    text = to_simplified(text)  # keywords are Simplified; Traditional text matches through a same-length copy
    for theme_id, pattern in matcher.english.items():
        hits.extend((theme_id, m.start()) for m in pattern.finditer(text))
    if lang_is_cjk and matcher.chinese:
        found: list[tuple[ThemeId, int]] = []
        for theme_id, keywords in matcher.chinese.items():
            for keyword in keywords:
                start = text.find(keyword)
                while start != -1:
                    found.append((theme_id, start))
                    start = text.find(keyword, start + len(keyword))
        starts = segmenter.word_starts(text, (at for _, at in found))
        hits.extend((theme_id, at) for theme_id, at in found if at in starts)
    return hits


def count_theme_hits(text: str, lang_is_cjk: bool, matcher: ThemeMatcher, segmenter: Segmenter) -> dict[ThemeId, int]:
    """Keyword hits per theme in `text`."""
    return dict(Counter(theme for theme, _ in theme_hit_positions(text, lang_is_cjk, matcher, segmenter)))


def themes_from_hits(hits: dict[ThemeId, int], text_length: int) -> tuple[ThemeId, ...]:
    """The themes a paragraph is about: hits at least MIN_HITS times (once for a short paragraph)."""
    needed = 1 if text_length < SHORT_PARAGRAPH_CHARS else MIN_HITS
    return tuple(sorted(t for t, n in hits.items() if n >= needed))


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
                SectionWeight(section=s, weight=round(n / (section_total[s] or 1), 4))
                for s, n in sorted(section_chars[t].items())
            ),
        )
        for t in chars
    ]
    return tuple(sorted(weights, key=lambda w: (-w.weight, w.theme)))
