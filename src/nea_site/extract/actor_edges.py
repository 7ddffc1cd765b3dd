"""Where a vocabulary name may stand in a text, by the letters around it.

The letters that may touch a Korean or katakana name, and the Chinese names that begin inside a word or straddle
two (see find_actor_spans in extract/actors.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nea_site import lexicon
from nea_site.text.patterns import LATIN_RE
from nea_site.text.segment import Segmenter

# The script of a name's first and last letter, which decides what may touch it (see edge_script).
OTHER, LATIN, HANGUL, KANA = 0, 1, 2, 3
_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"  # the CJK Unified Ideographs: a Han character lies between them
_MAX_ENDINGS = 8  # letters of endings a Korean name may carry: "에서부터는"
HANGUL_RE = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
# Katakana and the long-vowel mark (a katakana word's letter), half-width ones too; not the middle dot ・, which
# separates words ("日・中・韓").
_KANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]")


def edge_script(char: str) -> int:
    if LATIN_RE.match(char):
        return LATIN
    if HANGUL_RE.match(char):
        return HANGUL
    return KANA if _KANA_RE.match(char) else OTHER


class WordEdges(NamedTuple):
    """What may touch a Korean name inside one word (lexicon lists `name_endings`, `name_prefixes`, ko)."""

    endings: re.Pattern[str]  # matches a whole run of letters made of endings: "에서는", "인", "측의"
    prefixes: frozenset[str]  # one letter at a word's start before a name: 대 of "대중국"


def word_edges() -> WordEdges:
    """The current lexicon's Korean name endings and prefixes, compiled."""
    words = lexicon.current()
    endings = sorted(words.words("name_endings", "ko"), key=len, reverse=True)
    return WordEdges(
        endings=re.compile("(?:" + "|".join(map(re.escape, endings)) + ")+") if endings else re.compile(r"(?!)"),
        prefixes=frozenset(words.words("name_prefixes", "ko")),
    )


# A name's first character with the characters that, before it, often make a word that ends with it: "其中",
# "集中", "欧美", "今日", "王朝". There "其中日本" is 其中 + 日本 (Japan), not 其 + 中日 (China and Japan), and
# "欧美国家" is 欧美 + 国家, not the United States; "从中国进口" is 从 + 中国 all the same, so jieba's cut of the
# clause decides, and only where such a pair occurs.
WORD_ENDINGS = {
    "中": frozenset("其之当集从程空心手眼途活动期意胸暗打命射看选猜居适正折高初"),
    "美": frozenset("欧完赞精优甜审健媲南拉"),
    "日": frozenset("今节近昨明每前往平生抗终某旧假周次当即连落元作念"),
    "朝": frozenset("王历本南北唐明清宋元当前两"),
}


def _inside_a_word(text: str, start: int, end: int, next_end: int) -> bool | None:
    """The name at text[start:end] begins inside a word of the text ("其中日本": 中日 begins inside 其中).

    So it does where a name starting one character later runs past it (`next_end`: "过程中日本", where jieba's
    cut, which knows 中日 as a name, would keep it), else where jieba's cut of the clause says so: None is
    "if no word starts at `start`" (the caller asks the segmenter once for all names of the text).
    """
    before = WORD_ENDINGS.get(text[start])
    if before is None or start == 0 or text[start - 1] not in before:
        return False
    return True if next_end > end else None


def may_follow(text: str, start: int, script: int, edges: WordEdges | None) -> bool:
    """Whether a Korean or katakana name may start at `start`: not inside a word of its own script.

    A Hangul letter before a Korean name makes the name the end of a longer word ("태평양", the Pacific, holds no
    평양), unless that letter is a prefix at the start of the word ("대중국", towards China). A katakana letter
    before a katakana name does the same ("ニューギニア" holds no ギニア). A longer name the vocabulary lists
    ("아시아태평양") is found by itself and wins by the leftmost-longest rule.
    """
    before = text[start - 1]
    if script == KANA:
        return not _KANA_RE.match(before)
    if not HANGUL_RE.match(before):
        return True
    return edges is not None and before in edges.prefixes and (start == 1 or not HANGUL_RE.match(text[start - 2]))


def may_precede(text: str, end: int, script: int, edges: WordEdges | None) -> bool:
    """Whether a Korean or katakana name may end at `end`: not the start of a longer word of its own script.

    Hangul letters after a Korean name must all be endings that keep it a name (particles, the copula, a few
    suffixes: "서울에서는", "중국인"); any other makes the name the start of a longer word ("서울경제", an
    outlet; "인도적", humanitarian). A katakana letter after a katakana name does the same ("タイトル").
    """
    if script == KANA:
        return not _KANA_RE.match(text[end])
    if not HANGUL_RE.match(text[end]):
        return True
    if edges is None:
        return False
    run_end = end
    while run_end < len(text) and HANGUL_RE.match(text[run_end]):
        run_end += 1
    # Endings after a name are a few letters; a longer run is a longer word (and never costs the regex a search).
    return run_end - end <= _MAX_ENDINGS and edges.endings.fullmatch(text, end, run_end) is not None


def _straddles_two_words(text: str, start: int, end: int, segmenter: Segmenter) -> bool | None:
    """A two-character Chinese name at text[start:end] that spans a word break ("沿海地区" holds 海地, Haiti).

    So it does where its first character makes a word with the one before it and its last character one with
    the one after it (沿海 + 地区, 湖南 + 宁乡 around 南宁, 增加 + 纳税 around 加纳), and jieba's cut of the
    clause starts no word at it. Names of three or more characters are seldom made by chance; shorter ones
    with a word on one side only are left to `WORD_ENDINGS` and the not-names. None is "if no word starts at
    `start`", as for `_inside_a_word`.
    """
    if end - start != 2 or start == 0 or end >= len(text):
        return False
    # Four Han characters in a row, compared by code point (a regex call, or a loop, costs more).
    if not (
        _HAN_FIRST <= text[start - 1] <= _HAN_LAST
        and _HAN_FIRST <= text[start] <= _HAN_LAST
        and _HAN_FIRST <= text[start + 1] <= _HAN_LAST
        and _HAN_FIRST <= text[end] <= _HAN_LAST
    ):
        return False
    if not (segmenter.has_word(text[start - 1 : start + 1]) and segmenter.has_word(text[end - 1 : end + 1])):
        return False
    return None


def verdict(text: str, start: int, end: int, next_end: int, segmenter: Segmenter) -> bool | None:
    """Whether the name at text[start:end] is out: inside a word or straddling two (None: unless a word starts)."""
    if start == 0 or (end - start != 2 and text[start] not in WORD_ENDINGS):
        return False  # what both tests ask first: most names are out of their reach
    inside = _inside_a_word(text, start, end, next_end)
    if inside is not False:
        return inside  # the straddle test needs no look then: it only ever asks for a word start too
    return _straddles_two_words(text, start, end, segmenter)
