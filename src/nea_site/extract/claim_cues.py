"""Cue words of claims: where each kind's cues (prediction, recommendation, causal, assessment) start in a paragraph."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from nea_site.extract.fast_new import fast_init
from nea_site.model import ClaimKind
from nea_site.text.literals import Literals
from nea_site.text.patterns import (
    ASSESSMENT_EN,
    ASSESSMENT_EN_RE,
    ASSESSMENT_ZH,
    ASSESSMENT_ZH_RE,
    CAUSAL_EN,
    CAUSAL_EN_RE,
    CAUSAL_ZH,
    CAUSAL_ZH_RE,
    NOT_CUES_EN,
    NOT_CUES_ZH,
    PREDICTION_EN,
    PREDICTION_EN_RE,
    PREDICTION_ZH,
    PREDICTION_ZH_RE,
    RECOMMENDATION_EN,
    RECOMMENDATION_EN_RE,
    RECOMMENDATION_ZH,
    RECOMMENDATION_ZH_RE,
)
from nea_site.text.scan import holds_any

# The cues of each kind, in the order a sentence is classified: the first kind with a cue in it wins.
CUES: tuple[tuple[ClaimKind, tuple[re.Pattern[str], re.Pattern[str]]], ...] = (  # (English, Chinese)
    ("prediction", (PREDICTION_EN_RE, PREDICTION_ZH_RE)),
    ("recommendation", (RECOMMENDATION_EN_RE, RECOMMENDATION_ZH_RE)),
    ("causal", (CAUSAL_EN_RE, CAUSAL_ZH_RE)),
    ("assessment", (ASSESSMENT_EN_RE, ASSESSMENT_ZH_RE)),
)
# The same cues as words (each pattern is exactly its words, English ones as whole words; a test checks), found
# by two automata: English cues on the lower-cased text, Chinese ones on the text as written.
CUE_WORDS: tuple[tuple[ClaimKind, tuple[tuple[str, ...], tuple[str, ...]]], ...] = (
    ("prediction", (PREDICTION_EN, PREDICTION_ZH)),
    ("recommendation", (RECOMMENDATION_EN, RECOMMENDATION_ZH)),
    ("causal", (CAUSAL_EN, CAUSAL_ZH)),
    ("assessment", (ASSESSMENT_EN, ASSESSMENT_ZH)),
)
# The words that hold a cue without saying it are in the same automata, with the rank _NOT_A_CUE: one pass finds
# both.
_NOT_A_CUE = -1
_ENGLISH_CUES = Literals(
    [(word, rank) for rank, (_, (english, _)) in enumerate(CUE_WORDS) for word in english]
    + [(phrase, _NOT_A_CUE) for phrase in NOT_CUES_EN]
)
_CHINESE_CUES = Literals(
    [(word, rank) for rank, (_, (_, chinese)) in enumerate(CUE_WORDS) for word in chinese]
    + [(word, _NOT_A_CUE) for word in NOT_CUES_ZH]
)


@fast_init
@dataclass(frozen=True, slots=True)
class ParagraphCues:
    """Where each kind's cues start in a paragraph: its cues are looked for once in the paragraph, not per sentence.

    A sentence is of the first kind in CUES with a cue starting inside it. That equals searching the sentence
    alone with each kind's patterns (a property test checks), because sentences begin and end next to
    punctuation, spaces or the paragraph's ends (so word boundaries read the same) and no cue holds punctuation
    (so none runs from one sentence into the next).
    """

    starts: tuple[tuple[ClaimKind, tuple[int, ...]], ...]

    def kind(self, start: int, end: int) -> ClaimKind | None:
        """The kind of claim the sentence at text[start:end] makes besides any statistic it states, or None."""
        for kind, offsets in self.starts:
            i = bisect.bisect_left(offsets, start)
            if i < len(offsets) and offsets[i] < end:
                return kind
        return None


# The four non-ASCII characters that Python's case-insensitive matching equates with a Latin letter: İ ı ſ and
# the Kelvin sign (a test checks every code point).
FOLDS_TO_LATIN = "\u0130\u0131\u017f\u212a"
# Every English cue holds a Latin letter, every Chinese one a non-ASCII character (checked here for the lexicon's
# words): a paragraph without them skips that automaton.
_ANY_LATIN_RE = re.compile(f"[A-Za-z{FOLDS_TO_LATIN}]")
_CHINESE_CUES_NEED_NON_ASCII = not any(word.isascii() for word in _CHINESE_CUES.words)
if any(not re.search("[a-z]", word) for word in _ENGLISH_CUES.words):
    raise ValueError("an English claim cue without a Latin letter: paragraph_cues would miss it")


def paragraph_cues(text: str) -> ParagraphCues:
    """Every offset of a paragraph where a cue of a kind matches, per kind (overlapping cues included).

    English cues are looked for in the lower-cased text, which finds what the case-insensitive patterns find
    wherever lower-casing keeps every offset and the text has none of the four characters that fold to a Latin
    letter; elsewhere the patterns run. A paragraph without a Latin letter has no English cue, an ASCII one no
    Chinese cue: their automata are skipped.
    """
    lower = text.lower()
    found: list[list[int]] = [[] for _ in CUE_WORDS]
    if not _ANY_LATIN_RE.search(text):
        pass  # no Latin letter (nor one that folds to it): no English cue
    elif len(lower) == len(text) and not holds_any(text, FOLDS_TO_LATIN):
        last = len(lower) - 1
        # Cues and phrases that hold one ("political will"), each as whole words ("strong willingness" is no
        # "strong will").
        whole = [
            (start, end, rank)
            for start, end, rank in _ENGLISH_CUES.find_all(lower)
            if not (start and _is_word_character(lower[start - 1]))
            and not (end <= last and _is_word_character(lower[end]))
        ]
        _add_cues(found, whole)
    else:
        for rank, (_, (english, _)) in enumerate(CUES):
            found[rank] += [m.start() for m in english.finditer(text)]
    if not (text.isascii() and _CHINESE_CUES_NEED_NON_ASCII):
        _add_cues(found, _CHINESE_CUES.find_all(text))  # "供应链": its 应 is no cue
    kinds = [kind for kind, _ in CUES]
    return ParagraphCues(starts=tuple((kind, tuple(sorted(at))) for kind, at in zip(kinds, found, strict=True)))


def _add_cues(found: list[list[int]], matches: list[tuple[int, int, int]]) -> None:
    """Add the start of every cue in `matches` that no match of a word holding it (rank _NOT_A_CUE) covers."""
    held = [(start, end) for start, end, rank in matches if rank == _NOT_A_CUE]
    for start, end, rank in matches:
        if rank != _NOT_A_CUE and not (held and any(at <= start and end <= stop for at, stop in held)):
            found[rank].append(start)


def _is_word_character(ch: str) -> bool:
    r"""What the patterns' \b reads as a word character."""
    return ch.isalnum() or ch == "_"
