"""The curators' worklist of names no vocabulary knows: capitalised spans, acronyms, jieba's proper-noun tags."""

from __future__ import annotations

from nea_site.extract.actors import Gazetteer, Span, find_actor_spans
from nea_site.model import Candidate, Paragraph
from nea_site.text.patterns import ACRONYM_RE, CAPITALISED_SPAN_RE
from nea_site.text.segment import Segmenter

# jieba POS tags of proper names, and what a curator should read them as.
_NAME_TAGS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organization", "nz": "name"}
# Capitalised words that open sentences or name months and days rather than entities.
_NOT_NAMES = frozenset(
    "The This That These Those In On At By For From With As Since Under Among Between After Before During "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def find_candidates(
    paragraphs: tuple[Paragraph, ...], gazetteer: Gazetteer, segmenter: Segmenter
) -> tuple[Candidate, ...]:
    """Entity-like names outside the vocabulary: capitalised spans and acronyms, jieba's proper-noun tags."""
    found: list[Candidate] = []
    for paragraph in paragraphs:
        text = paragraph.text
        known = find_actor_spans(text, gazetteer)

        def is_known(start: int, end: int, spans: list[Span] = known) -> bool:
            return any(s.start < end and start < s.end for s in spans)

        seen: set[str] = set()
        for regex, tag in ((CAPITALISED_SPAN_RE, "name"), (ACRONYM_RE, "acronym")):
            for match in regex.finditer(text):
                surface = match.group().strip()
                first = surface.split()[0].split("-")[0]
                if first in _NOT_NAMES or is_known(match.start(), match.end()) or surface in seen:
                    continue
                seen.add(surface)
                found.append(Candidate(surface=surface, tag=tag, paragraph=paragraph.index))
        if paragraph.lang in ("zh", "zh-Hant", "ja"):
            offset = 0
            for word, flag in segmenter.tag(text):
                start, offset = offset, offset + len(word)
                name_tag = _NAME_TAGS.get(flag)
                # Only words jieba's dictionary lacks: its own proper-noun tags cover many common words (三国).
                if (
                    name_tag
                    and len(word) >= 2
                    and not segmenter.is_known_word(word)
                    and not is_known(start, offset)
                    and word not in seen
                ):
                    seen.add(word)
                    found.append(Candidate(surface=word, tag=name_tag, paragraph=paragraph.index))
    return tuple(found)
