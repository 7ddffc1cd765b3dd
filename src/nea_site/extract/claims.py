"""Claims: sentences that assert something, by kind (statistic, causal, recommendation, assessment, prediction)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from nea_site.extract.actors import Gazetteer
from nea_site.extract.events import SentenceContext, without_titles
from nea_site.model import Claim, ClaimId, ClaimKind, Lang, LocalizedText, Provenance, Quantity, SourceId
from nea_site.model.ids import content_hash
from nea_site.text.lang import is_cjk_lang
from nea_site.text.literals import Literals
from nea_site.text.numerals import HAN_QUANTITY_RE, HAN_QUANTITY_TRIGGER_RE, han_quantity
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
    NUMBER_RE,
    NUMBER_UNIT_RE,
    ORDINAL_NUMBER_RE,
    PREDICTION_EN,
    PREDICTION_EN_RE,
    PREDICTION_ZH,
    PREDICTION_ZH_RE,
    RECOMMENDATION_EN,
    RECOMMENDATION_EN_RE,
    RECOMMENDATION_ZH,
    RECOMMENDATION_ZH_RE,
    TABLE_CELL_SEPARATOR,
)

MIN_CLAIM_CHARS = {"en": 40, "zh": 12}


def find_stated_numbers(sentence: SentenceContext) -> tuple[Quantity, ...]:
    """Numbers in the sentence that are quantities: not dates, not ordinals, not inside names like 10+3."""
    text = sentence.text
    if not _DIGIT_RE.search(text):
        if text.isascii() or not HAN_QUANTITY_TRIGGER_RE.search(text):
            return ()  # most sentences: one scan that the engine runs in C, instead of the number patterns
        return _han_quantities(sentence)
    date_spans = [(d.start_offset - sentence.start, d.end_offset - sentence.start) for d in sentence.dates]
    ordinals = [(m.start(), m.end()) for m in ORDINAL_NUMBER_RE.finditer(text)]
    if "[" in text or "［" in text:  # "[1]", "[2, 3]": citation marks are no figures either
        ordinals += [(m.start(), m.end()) for m in CITATION_MARK_RE.finditer(text)]
    if ":" in text or "(" in text or "（" in text:  # "10:00 a.m.", "(1) The ministers…": a time, an item's number
        ordinals += [(m.start(), m.end()) for m in NOT_A_FIGURE_RE.finditer(text)]
    numbers: list[Quantity] = []
    years = [d.start.year for d in sentence.dates if d.start is not None]
    taken = date_spans + ordinals  # numbers inside these are parts of a date or a label
    for match in NUMBER_RE.finditer(text):
        start, end = match.start(), match.end()
        if taken and any(s <= start < e for s, e in taken):
            continue
        if text[max(0, start - 1) : start] == "+" or text[end : end + 1] == "+":  # "10+3"-style labels
            continue
        unit_match = NUMBER_UNIT_RE.match(text, end)
        unit = unit_match["unit"] if unit_match and unit_match["unit"] in _UNITS_KEPT else ""
        if not unit and YEAR_LIKE_RE.fullmatch(match.group()):
            continue  # "designate 2025 and 2026 as …": a year the date rules found no context for, not an amount
        written = text[start : unit_match.end()] if unit and unit_match else match.group()
        numbers.append(
            Quantity(
                text=written, value=_value_of(match.group()), unit=unit, year=years[0] if len(set(years)) == 1 else None
            )
        )
    if not text.isascii() and HAN_QUANTITY_TRIGGER_RE.search(text):
        return tuple(numbers) + _han_quantities(sentence)
    return tuple(numbers)


def _han_quantities(sentence: SentenceContext) -> tuple[Quantity, ...]:
    """Amounts in Chinese numerals ("百分之二十", "七千亿美元"), with the unit that makes each one."""
    years = [d.start.year for d in sentence.dates if d.start is not None]
    year = years[0] if len(set(years)) == 1 else None
    found: list[Quantity] = []
    for match in HAN_QUANTITY_RE.finditer(sentence.text):
        value = han_quantity(match["pnum"] or match["num"])
        if value is not None:
            unit = "%" if match["percent"] else match["unit"]
            found.append(Quantity(text=match.group(), value=value, unit=unit, year=year))
    return tuple(found)


def _value_of(number: str) -> float:
    if "/" in number:
        top, bottom = number.split("/", 1)
        return round(float(top) / float(bottom), 6) if float(bottom) else 0.0
    return float(number.replace(",", ""))


_UNITS_KEPT = frozenset(
    "% ％ percent trillion billion million thousand 亿美元 万亿 亿元 亿 万 美元 元 个百分点 倍".split() + ["per cent"]
)


_DIGIT_RE = re.compile(r"\d")
YEAR_LIKE_RE = re.compile(r"(?:19|20)\d{2}")
# "10:00", "9:30:15": a time of day; "(1)", "（2）": the number of an item in a list.
NOT_A_FIGURE_RE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|[(（]\d{1,2}[)）]")
CITATION_MARK_RE = re.compile(r"[\[［]\d{1,3}(?:\s*[,，\-–]\s*\d{1,3})*[\]］]")
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
_FOLDS_TO_LATIN_RE = re.compile(f"[{FOLDS_TO_LATIN}]")


def paragraph_cues(text: str) -> ParagraphCues:
    """Every offset of a paragraph where a cue of a kind matches, per kind (overlapping cues included).

    English cues are looked for in the lower-cased text, which finds what the case-insensitive patterns find
    wherever lower-casing keeps every offset and the text has none of the four characters that fold to a Latin
    letter; elsewhere the patterns run.
    """
    lower = text.lower()
    found: list[list[int]] = [[] for _ in CUE_WORDS]
    if len(lower) == len(text) and not _FOLDS_TO_LATIN_RE.search(text):
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


def extract_claims(
    source_id: SourceId,
    sentences: list[SentenceContext],
    gazetteer: Gazetteer,
    *,
    advice: frozenset[str] = frozenset(),
) -> tuple[Claim, ...]:
    """Every asserting sentence as a claim; a sentence that states numbers as fact is also a statistic claim.

    `advice`: ids of the sections of recommendations, where a sentence with no cue, or an assessment cue only, is
    a recommendation ("1. Establish a trilateral supply-chain dialogue."; imperatives have no cue word).
    """
    claims: list[Claim] = []
    cues: dict[int, ParagraphCues] = {}
    for sentence in sentences:
        text = sentence.text
        cjk = is_cjk_lang(sentence.paragraph.lang)
        lang: Lang = "zh" if cjk else "en"
        if len(text) < MIN_CLAIM_CHARS[lang] or text.rstrip("”\"'’）) ").endswith(("?", "？")):
            continue  # too short to assert anything, or a question
        if TABLE_CELL_SEPARATOR in text:
            continue  # a table row's cells: no sentence that asserts (its dates may still be events)
        numbers = find_stated_numbers(sentence)
        paragraph = sentence.paragraph
        if paragraph.index not in cues:
            # Words inside a 《title》 are the title's: 《中日韩合作未来十年展望》 forecasts nothing.
            cues[paragraph.index] = paragraph_cues(without_titles(sentence.cue_text))
        kind = cues[paragraph.index].kind(sentence.start, sentence.end)
        if kind in (None, "assessment") and paragraph.section_id in advice:
            kind = "recommendation"
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
