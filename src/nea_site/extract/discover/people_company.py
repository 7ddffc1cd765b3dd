"""People named in the company of a person: "Atlan, Borel and Cray were with Dunmore".

Records of conversation say in a note who was present, by family name alone. A list of capitalised single words
(commas, "and") before "were with" / "was with" a person, or after "was accompanied by" / "were joined by" a person
(lexicon `person_company_before`, `person_company_after`), names people, where the person it is joined to is one
the document names as a person (a found person or the vocabulary's). Words that are titles, head words of a body
or no name (lexicon lists) are not read as names; a listed word that is a known name is left to the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import ActorId, ActorType, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
_WORD = r"[A-Z][a-z][\w’'-]*"
_LIST = rf"{_WORD}(?:,\s+{_WORD})*,?\s+and\s+{_WORD}"
_ITEM_RE = re.compile(_WORD)


@lexicon.table
def _patterns(lex: lexicon.Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    before = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lex.words("person_company_before", "en"))
    after = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lex.words("person_company_after", "en"))
    if not before or not after:
        return None
    return (
        re.compile(rf"(?<![\w’'-])(?P<list>{_LIST})\s+(?:{before})\s+(?P<who>{_WORD})"),
        re.compile(rf"(?<![\w’'-])(?P<who>{_WORD})\s+(?:{after})\s+(?P<list>{_LIST})(?![\w-])"),
        re.compile(f"{before}|{after}"),
    )


def company_people(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], kinds: Mapping[ActorId, ActorType], rules: Rules
) -> PerParagraph:
    """The found names with the people listed in the company of a person the document names."""
    patterns = _patterns(lexicon.current())
    if patterns is None:
        return per_paragraph
    quick = patterns[2]
    hits = [
        (i, match)
        for i, (paragraph, _) in enumerate(per_paragraph)
        if quick.search(paragraph.text)  # a literal alternation of the phrases: most paragraphs hold none
        for pattern in patterns[:2]
        for match in pattern.finditer(paragraph.text)
    ]
    if not hits:
        return per_paragraph
    people = _people(per_paragraph, spans, kinds)
    out = [(paragraph, list(items)) for paragraph, items in per_paragraph]
    for i, match in hits:
        if match.group("who").casefold() not in people:
            continue
        paragraph, items = out[i]
        own = spans.get(paragraph.index, [])
        for word in _ITEM_RE.finditer(paragraph.text, match.start("list"), match.end("list")):
            start, end = word.span()
            folded = word.group().casefold()
            if folded in rules.title_words or folded in rules.org_en or folded in rules.not_names:
                continue
            if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in items):
                continue
            items.append(Found(start, end, word.group(), "person", "person_company"))
    return out


def _people(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], kinds: Mapping[ActorId, ActorType]
) -> set[str]:
    """Words the document names people by (folded): found people's names and their words, known people's."""
    words: set[str] = set()
    for paragraph, items in per_paragraph:
        for item in items:
            if item.type == "person":
                words.update(w.casefold() for w in item.name.split())
        for span in spans.get(paragraph.index, []):
            if any(kinds.get(a) == "person" for a in span.actors):
                words.update(w.casefold() for w in span.surface.split())
    return words
