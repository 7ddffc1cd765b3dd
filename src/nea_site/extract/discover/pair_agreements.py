"""An agreement described by its parties: "the Atlantis–Utopia civil aviation agreement", "a US-Utopia pact".

Also "a trade agreement between Atlantis and Utopia": lower-case words of its subject (no determiner), the head
word, "between" and two known countries joined by "and".

Texts name an agreement between two countries by the pair, a few lower-case words of its subject and a head word
in lower case (lexicon `agreement_words`, folded): a specific agreement between named parties, an actor like one
with a proper name. The pair is two known countries joined by a hyphen, a dash or a slash, or a known group of
countries ("Sino-Utopian"). The name is the text as written; the countries in it stay linked (assemble.py).
A plural head ("trade agreements") names a kind, not one; "the … accord on Basic Principles" is named by the
name after it, which the phrase rules read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, ActorType, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
_JOINT_RE = re.compile(r"[-–—/]")
_DETERMINERS = "a|an|the|their|its|his|her|this|that|any|no|new|such"
_AND_RE = re.compile(r"\s+and\s+(?:the\s+)?")
_BETWEEN_BEFORE_RE = re.compile(r"between\s+(?:the\s+)?$")  # how _between_re ends: a literal first, quick
_NAMED_AFTER_RE = re.compile(r"\s+(?:on|of)\s+(?:the\s+)?[A-Z]")
MAX_SUBJECT_WORDS = 4


@lexicon.table
def _between_re(lex: lexicon.Lexicon) -> re.Pattern[str] | None:
    """Lower-case words of a subject and a head word, then "between", before the first party."""
    heads = _heads(lex)
    if not heads:
        return None
    return re.compile(
        rf"(?<![\w-])(?P<words>(?:(?!(?:{_DETERMINERS})\b)[a-z][a-z-]*\s+){{0,{MAX_SUBJECT_WORDS}}}"
        rf"(?:{'|'.join(map(re.escape, heads))}))\s+between\s+(?:the\s+)?$"
    )


@lexicon.table
def _heads(lex: lexicon.Lexicon) -> tuple[str, ...]:
    words = {w.casefold() for w in lex.words("agreement_words", "en") if " " not in w}
    return tuple(sorted([w for w in words if not (w.endswith("s") and w[:-1] in words)], key=len, reverse=True))


@lexicon.table
def _tail_re(lex: lexicon.Lexicon) -> re.Pattern[str] | None:
    heads = _heads(lex)
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
    # Any head word as the tail and "between" rules need it (lower case): what a paragraph must hold to be read.
    # A dozen substring tests take half the time of one alternation's search (lower-case letters start most words).
    heads = _heads(lexicon.current())
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        if not any(map(paragraph.text.__contains__, heads)):
            out.append((paragraph, items))  # no head word in lower case: no agreement described by its parties
            continue
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
        if " between " in paragraph.text:
            added.extend(_between(paragraph.text, own, kinds, added))
        out.append((paragraph, added))
    return out


def _between(text: str, own: list[Span], kinds: Mapping[ActorId, ActorType], found: list[Found]) -> list[Found]:
    """A subject, a head word and two parties: "a trade agreement between Atlantis and Utopia"."""
    pattern = _between_re(lexicon.current())
    if pattern is None:
        return []
    out: list[Found] = []
    for first, second in zip(own, own[1:], strict=False):
        if not (_is_countries(first, kinds) and _is_countries(second, kinds)):
            continue
        if _AND_RE.fullmatch(text, first.end, second.start) is None:
            continue
        if _BETWEEN_BEFORE_RE.search(text, max(0, first.start - 80), first.start) is None:
            continue  # no "between" right before the parties: the pattern, which ends so, cannot match
        match = pattern.search(text, max(0, first.start - 80), first.start)
        if match is None or any(f.start < second.end and match.start() < f.end for f in [*found, *out]):
            continue
        start, end = match.start("words"), second.end
        name = fold_space(text[start:end])
        out.append(Found(start, end, name[0].upper() + name[1:], "agreement", "pair_agreement"))
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
