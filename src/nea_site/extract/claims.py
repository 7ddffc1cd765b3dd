"""Claims: sentences that assert something, by kind (statistic, causal, recommendation, assessment, prediction).

What a sentence states as figures is read in `claim_figures`, the cue words of the other kinds in `claim_cues`.
"""

from __future__ import annotations

from nea_site.extract.actors import Gazetteer
from nea_site.extract.claim_cues import CUE_WORDS, CUES, FOLDS_TO_LATIN, ParagraphCues, paragraph_cues
from nea_site.extract.claim_figures import (
    MIN_CLAIM_CHARS,
    crosses_cells,
    figures_of_row,
    find_stated_numbers,
    has_words,
    is_lone_figure,
    may_hold_figures,
    stated_numbers,
)
from nea_site.extract.events import SentenceContext, without_titles
from nea_site.extract.fast_new import maker
from nea_site.extract.table_figures import CellStatistic, cell_statistics, header_of
from nea_site.model import Claim, ClaimId, ClaimKind, Lang, LocalizedText, Paragraph, Provenance, SourceId
from nea_site.model.ids import content_hash
from nea_site.text.lang import is_cjk_lang
from nea_site.text.numerals import may_count_in_words, number_words_in

__all__ = ["CUES", "CUE_WORDS", "FOLDS_TO_LATIN", "extract_claims", "find_stated_numbers", "paragraph_cues"]


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
    header: tuple[str, ...] | None = None  # the cells of the header row a table's rows stand under
    paragraph: Paragraph | None = None  # the paragraph of the sentences read last, and what they share:
    cjk, index, row, in_advice = False, -1, False, False
    lang: Lang = "en"
    may_state = False  # whether a figure in digits or Chinese numerals may stand in it
    in_paragraph: list[tuple[int, int, bool, bool]] | None = None  # its number words (English text only)
    for sentence in sentences:
        text = sentence.text
        if sentence.paragraph is not paragraph:
            paragraph = sentence.paragraph
            cjk = is_cjk_lang(paragraph.lang)
            lang = "zh" if cjk else "en"
            index, row, in_advice = paragraph.index, paragraph.is_row, paragraph.section_id in advice
            may_state = may_hold_figures(paragraph.text)  # most paragraphs: no figure, found without reading each
            in_paragraph = number_words_in(paragraph.text) if not cjk else None
        if paragraph.kind != "text":
            header = header_of(paragraph, header)
            cells = cell_statistics(sentence, header)
            if cells is not None:  # a figure alone in a cell under a header: one statistic each (table_figures)
                claims.extend(_cell_claim(source_id, sentence, cell) for cell in cells)
                continue
        elif header is not None:
            header = None
        if text.rstrip("”\"'’）) ").endswith(("?", "？")):
            continue  # a question
        if row and crosses_cells(sentence):
            # A table row's cells: no sentence that asserts (its dates may still be events), but a figure alone in
            # a cell is a statistic of the row.
            numbers = figures_of_row(sentence)
            kinds: list[ClaimKind] = ["statistic"] if numbers else []
        else:
            # "two conditions": English only; a paragraph's number words found once
            counts_in_words = not cjk and (
                in_paragraph is None or may_count_in_words(in_paragraph, sentence.start, sentence.end)
            )
            found = stated_numbers(sentence, number_words=counts_in_words) if may_state or counts_in_words else []
            numbers = tuple(q for _, _, q in found)
            short = len(text) < MIN_CLAIM_CHARS[lang]
            if short and not (found and (is_lone_figure(text, found) or has_words(text, found, cjk=cjk))):
                continue  # too short to assert anything, and no figure alone or with words of what it counts
            kinds = ["statistic"] if numbers else []
            if not short:
                if index not in cues:
                    # Words inside a 《title》 are the title's: 《中日韩合作未来十年展望》 forecasts nothing.
                    cues[index] = paragraph_cues(without_titles(sentence.cue_text))
                kind = cues[index].kind(sentence.start, sentence.end)
                if kind in (None, "assessment") and in_advice:
                    kind = "recommendation"
                if kind is not None:
                    kinds.append(kind)
        if not kinds:
            continue
        # What a sentence's claims share (a statistic that is also a prediction is two claims of one sentence).
        digest = content_hash(source_id, text)
        # Made without their __init__ (fast_new): LocalizedText(en, zh, original), Provenance(source_id,
        # paragraph, quote), Claim(id, kind, text, actors, themes, dates, numbers, evidence).
        said = _text(text if lang == "en" else None, text if lang == "zh" else None, lang)
        evidence = _provenance(source_id, sentence.paragraph.index, text)
        dates = tuple(dict.fromkeys(d.start.iso() for d in sentence.dates if d.start is not None))
        for claim_kind in kinds:
            claims.append(
                _claim(
                    ClaimId(f"cl-{digest}-{claim_kind[:4]}"),
                    claim_kind,
                    said,
                    sentence.actors,
                    sentence.themes,
                    dates,
                    numbers if claim_kind in ("statistic", "prediction") else (),
                    evidence,
                )
            )
    return tuple(claims)


def _cell_claim(source_id: SourceId, sentence: SentenceContext, cell: CellStatistic) -> Claim:
    """A cell's statistic: its label and figures said, the cell quoted."""
    lang: Lang = "zh" if is_cjk_lang(sentence.paragraph.lang) else "en"
    said = f"{cell.label}{'：' if lang == 'zh' else ': '}{cell.quote}"
    return _claim(
        ClaimId(f"cl-{content_hash(source_id, str(sentence.paragraph.index), said)}-stat"),
        "statistic",
        _text(said if lang == "en" else None, said if lang == "zh" else None, lang),
        sentence.actors,
        sentence.themes,
        tuple(dict.fromkeys(d.start.iso() for d in sentence.dates if d.start is not None)),
        cell.numbers,
        _provenance(source_id, sentence.paragraph.index, cell.quote),
    )


_text = maker(LocalizedText)
_provenance = maker(Provenance)
_claim = maker(Claim)
