"""An agreement described by its parties: "the Atlantis–Utopia civil aviation agreement", "a US-Utopia pact".

Texts name an agreement between two countries by the pair, a few lower-case words of its subject and a head word
in lower case (lexicon `agreement_words`, folded): a specific agreement between named parties, an actor like one
with a proper name. The pair is two known countries joined by a hyphen, a dash or a slash, or a known group of
countries ("Sino-Utopian"). The name is the text as written; the countries in it stay linked (assemble.py).
A plural head ("trade agreements") names a kind, not one; "the … accord on Basic Principles" is named by the
name after it, which the phrase rules read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, ActorType, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
_JOINT_RE = re.compile(r"[-–—/]")
_NAMED_AFTER_RE = re.compile(r"\s+(?:on|of)\s+(?:the\s+)?[A-Z]")
MAX_SUBJECT_WORDS = 4


@functools.cache
def _tail_re(lex: lexicon.Lexicon) -> re.Pattern[str] | None:
    words = {w.casefold() for w in lex.words("agreement_words", "en") if " " not in w}
    heads = sorted([w for w in words if not (w.endswith("s") and w[:-1] in words)], key=len, reverse=True)
    if not heads:
        return None
    return re.compile(rf"\s+(?:[a-z][a-z-]*\s+){{0,{MAX_SUBJECT_WORDS}}}(?:{'|'.join(map(re.escape, heads))})(?![\w-])")


def pair_agreements(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], kinds: Mapping[ActorId, ActorType]
) -> PerParagraph:
    """The found names with the agreements each paragraph describes by a pair of known countries."""
    tail = _tail_re(lexicon.current())
    if tail is None:
        return per_paragraph
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        own = sorted(spans.get(paragraph.index, []))
        added = list(items)
        for start, pair_end in _pairs(paragraph.text, own, kinds):
            match = tail.match(paragraph.text, pair_end)
            if match is None:
                continue
            end = match.end()
            if _NAMED_AFTER_RE.match(paragraph.text, end) or paragraph.text.startswith("s", end):
                continue  # "the Atlantis-Utopia accord on Basic Principles": its name follows; "accords": a kind
            if any(f.start < end and start < f.end for f in added):
                continue
            name = fold_space(paragraph.text[start:end])
            added.append(Found(start, end, name, "agreement", "pair_agreement"))
        out.append((paragraph, added))
    return out


def _is_countries(span: Span, kinds: Mapping[ActorId, ActorType]) -> bool:
    return bool(span.actors) and all(kinds.get(a) == "country" for a in span.actors)


def _pairs(text: str, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> list[tuple[int, int]]:
    """(start, end) of each run of parties: a known group of countries, or known countries joined by hyphens.

    "Sino-Utopian"; "Atlantis-Utopia", "Atlantis–Utopia–Ruritania" (hyphens, dashes or slashes).
    """
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < len(own):
        span = own[i]
        if not _is_countries(span, kinds) or (
            len(span.actors) >= 2 and " " in span.surface and _JOINT_RE.search(span.surface) is None
        ):
            i += 1  # not countries; "Atlantis and Utopia" as one name is a list, not the parties' adjective
            continue
        last, parties = i, len(span.actors)
        while (
            last + 1 < len(own)
            and _is_countries(own[last + 1], kinds)
            and _JOINT_RE.fullmatch(text, own[last].end, own[last + 1].start) is not None
        ):
            last += 1
            parties += len(own[last].actors)
        if parties >= 2:
            pairs.append((span.start, own[last].end))
        i = last + 1
    return pairs
