"""Claims: sentences that assert something, by kind (statistic, causal, recommendation, assessment, prediction)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from nea_site.extract.actors import Gazetteer
from nea_site.extract.events import SentenceContext
from nea_site.model import Claim, ClaimId, ClaimKind, Lang, LocalizedText, Provenance, Quantity, SourceId
from nea_site.model.ids import content_hash
from nea_site.text.lang import is_cjk_lang
from nea_site.text.patterns import (
    ASSESSMENT_EN_RE,
    ASSESSMENT_ZH_RE,
    CAUSAL_EN_RE,
    CAUSAL_ZH_RE,
    NUMBER_RE,
    NUMBER_UNIT_RE,
    ORDINAL_NUMBER_RE,
    PREDICTION_EN_RE,
    PREDICTION_ZH_RE,
    RECOMMENDATION_EN_RE,
    RECOMMENDATION_ZH_RE,
)

MIN_CLAIM_CHARS = {"en": 40, "zh": 12}


def find_stated_numbers(sentence: SentenceContext) -> tuple[Quantity, ...]:
    """Numbers in the sentence that are quantities: not dates, not ordinals, not inside names like 10+3."""
    text = sentence.text
    if not _DIGIT_RE.search(text):
        return ()  # most sentences: one scan that the engine runs in C, instead of the number patterns
    date_spans = [(d.start_offset - sentence.start, d.end_offset - sentence.start) for d in sentence.dates]
    ordinals = [(m.start(), m.end()) for m in ORDINAL_NUMBER_RE.finditer(text)]
    numbers: list[Quantity] = []
    years = [d.start.year for d in sentence.dates if d.start is not None]
    for match in NUMBER_RE.finditer(text):
        start, end = match.start(), match.end()
        if any(s <= start < e for s, e in date_spans + ordinals):
            continue
        if text[max(0, start - 1) : start] == "+" or text[end : end + 1] == "+":  # "10+3"-style labels
            continue
        unit_match = NUMBER_UNIT_RE.match(text, end)
        unit = unit_match["unit"] if unit_match and unit_match["unit"] in _UNITS_KEPT else ""
        written = text[start : unit_match.end()] if unit and unit_match else match.group()
        numbers.append(
            Quantity(
                text=written, value=_value_of(match.group()), unit=unit, year=years[0] if len(set(years)) == 1 else None
            )
        )
    return tuple(numbers)


def _value_of(number: str) -> float:
    if "/" in number:
        top, bottom = number.split("/", 1)
        return round(float(top) / float(bottom), 6) if float(bottom) else 0.0
    return float(number.replace(",", ""))


_UNITS_KEPT = frozenset(
    "% ％ percent trillion billion million thousand 亿美元 万亿 亿元 亿 万 美元 元 个百分点 倍".split() + ["per cent"]
)


_DIGIT_RE = re.compile(r"\d")
# The cues of each kind, in the order a sentence is classified: the first kind with a cue in it wins.
CUES: tuple[tuple[ClaimKind, tuple[re.Pattern[str], re.Pattern[str]]], ...] = (  # (English, Chinese)
    ("prediction", (PREDICTION_EN_RE, PREDICTION_ZH_RE)),
    ("recommendation", (RECOMMENDATION_EN_RE, RECOMMENDATION_ZH_RE)),
    ("causal", (CAUSAL_EN_RE, CAUSAL_ZH_RE)),
    ("assessment", (ASSESSMENT_EN_RE, ASSESSMENT_ZH_RE)),
)


@dataclass(frozen=True, slots=True)
class ParagraphCues:
    """Where each kind's cues start in a paragraph: its patterns run once over the paragraph, not per sentence.

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
# A letter that the English cues (case-insensitive, every one has a letter) can match.
_CUE_LETTER_RE = re.compile(f"[A-Za-z{FOLDS_TO_LATIN}]")
_FOLDS_TO_LATIN_RE = re.compile(f"[{FOLDS_TO_LATIN}]")
# The English cues without IGNORECASE, for lower-cased text: ~2.5x faster, and the same matches wherever
# lower-casing keeps every offset and the text has none of the four characters above (their patterns are
# written in lower case; a test checks).
_LOWER_CASE_CUES = {english: re.compile(english.pattern, english.flags & ~re.IGNORECASE) for _, (english, _) in CUES}


def paragraph_cues(text: str) -> ParagraphCues:
    """The cue offsets of a paragraph, per kind (English cues skipped without a letter, Chinese ones in ASCII)."""
    english = _CUE_LETTER_RE.search(text) is not None
    chinese = not text.isascii()
    lower = text.lower() if english else text
    exact = len(lower) == len(text) and not _FOLDS_TO_LATIN_RE.search(text)
    starts: list[tuple[ClaimKind, tuple[int, ...]]] = []
    for kind, (english_cue, chinese_cue) in CUES:
        offsets = []
        if english:
            found = _LOWER_CASE_CUES[english_cue].finditer(lower) if exact else english_cue.finditer(text)
            offsets = [m.start() for m in found]
        if chinese:
            offsets += [m.start() for m in chinese_cue.finditer(text)]
        starts.append((kind, tuple(sorted(offsets))))
    return ParagraphCues(starts=tuple(starts))


def extract_claims(source_id: SourceId, sentences: list[SentenceContext], gazetteer: Gazetteer) -> tuple[Claim, ...]:
    """Every asserting sentence as a claim; a sentence that states numbers as fact is also a statistic claim."""
    claims: list[Claim] = []
    cues: dict[int, ParagraphCues] = {}
    for sentence in sentences:
        text = sentence.text
        cjk = is_cjk_lang(sentence.paragraph.lang)
        lang: Lang = "zh" if cjk else "en"
        if len(text) < MIN_CLAIM_CHARS[lang]:
            continue
        numbers = find_stated_numbers(sentence)
        paragraph = sentence.paragraph
        if paragraph.index not in cues:
            cues[paragraph.index] = paragraph_cues(paragraph.text)
        kind = cues[paragraph.index].kind(sentence.start, sentence.end)
        kinds: list[ClaimKind] = []
        if numbers and kind != "prediction":
            kinds.append("statistic")
        if kind is not None:
            kinds.append(kind)
        if not kinds:
            continue
        actors = sentence.actors
        dates = tuple(dict.fromkeys(d.start.iso() for d in sentence.dates if d.start is not None))
        for claim_kind in kinds:
            claims.append(
                Claim(
                    id=ClaimId(f"cl-{content_hash(source_id, text)}-{claim_kind[:4]}"),
                    kind=claim_kind,
                    text=LocalizedText(
                        en=text if lang == "en" else None, zh=text if lang == "zh" else None, original=lang
                    ),
                    actors=tuple(actors),
                    themes=sentence.themes,
                    dates=dates,
                    numbers=numbers if claim_kind in ("statistic", "prediction") else (),
                    evidence=Provenance(source_id=source_id, paragraph=sentence.paragraph.index, quote=text),
                )
            )
    return tuple(claims)
