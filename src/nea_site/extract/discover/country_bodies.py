"""A body named with its country after "of": "machines from Atlas of the Netherlands", "with Borel of Japan".

Business and policy texts place a company by its home country so: after a preposition (lexicon
`organisation_country_openers`: "from", "with", "by"), one capitalised word, "of", maybe "the", and a country the
vocabulary knows. The word is the body's name unless it is a title ("President of Korea"), a head or common word
of bodies' names, a word that opens no name, or a known name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import ActorId, ActorType, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]


@lexicon.table
def _pattern(lex: lexicon.Lexicon) -> re.Pattern[str] | None:
    openers = "|".join(map(re.escape, lex.words("organisation_country_openers", "en")))
    if not openers:
        return None
    return re.compile(rf"(?<![\w-])(?:{openers})\s+(?P<name>[A-Z][\w&-]+)\s+of\s+(?:the\s+)?$")


def country_bodies(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], kinds: Mapping[ActorId, ActorType], rules: Rules
) -> PerParagraph:
    """The found names with the bodies named "<Name> of <known country>" after a preposition."""
    pattern = _pattern(lexicon.current())
    if pattern is None:
        return per_paragraph
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        text = paragraph.text
        if " of " not in text:
            out.append((paragraph, items))
            continue
        own = spans.get(paragraph.index, [])
        added = list(items)
        for country in own:  # read back from each known country: a text names few
            if not text.endswith(("of ", "the "), 0, country.start):
                continue  # most known countries stand after no "of"
            if not any(kinds.get(a) == "country" for a in country.actors):
                continue
            match = pattern.search(text, max(0, country.start - 60), country.start)
            if match is None:
                continue
            start, end = match.span("name")
            if not _may_name(match.group("name"), rules):
                continue
            if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in added):
                continue
            added.append(Found(start, end, match.group("name"), "organization", "country_body"))
        out.append((paragraph, added))
    return out


def _may_name(word: str, rules: Rules) -> bool:
    """No part of the word ("Consul-General"), nor its singular ("Governments"), is a title or a body's word."""
    for part in re.split(r"[-–]", word.casefold()):
        for form in {part, part.removesuffix("s")}:
            if form in rules.title_words or form in rules.org_en or form in rules.generic_en or form in rules.not_names:
                return False
    return True
