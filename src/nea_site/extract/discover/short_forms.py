"""A document's discovered names read against each other and against the vocabulary's countries.

- A short form of a longer name found in the same document is that name: "the Economic Policy Committee" after
  "the Atlantis-Ruritania Economic Policy Committee" (the words before its own two or more dropped), "the Government of
  the Federal Republic" after "the Government of the Federal Republic of Atlantis" (the name cut before its last
  "of …"). Only where exactly one longer name of the same kind has that form, and the short one keeps two words.
- "The Government of <a country the vocabulary knows>" names the country, no body of its own: the find is dropped
  and the country's own mention stands. "The Government of Flanders" (no country) stays a body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, ActorType, Paragraph

_CONTINUING = frozenset({"of", "for", "on"})  # a longer name goes on after the short one with these
_KINDS = frozenset({"organization", "agreement", "initiative"})
_HEAD_OF_RE = re.compile(r"[^\W\d_]+\s+of\s+(?:the\s+)?")  # "Government of the ", before the country


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.replace("’", "'").casefold().split())


def _shorter_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` without the words before it, or `long` cut before an "of/for/on …" that goes on."""
    if len(short) < 2 or len(short) >= len(long):
        return False
    if long[-len(short) :] == short:
        # "Economic Policy Committee" of "Atlantis Economic Policy Committee"; not "Bank of Atlantis" of
        # "Commercial Bank of Atlantis": a head word and its "of …" alone may be another body's name.
        cut = next((i for i, w in enumerate(short) if w in _CONTINUING), len(short))
        return cut >= 2
    return long[: len(short)] == short and long[len(short)] in _CONTINUING


def with_full_names(per_paragraph: Sequence[tuple[Paragraph, list[Found]]]) -> list[tuple[Paragraph, list[Found]]]:
    """Each find whose name is a short form of exactly one longer find's name (same kind) takes that name."""
    longest: dict[tuple[ActorType, tuple[str, ...]], Found] = {}
    for _, items in per_paragraph:
        for item in items:
            if item.type in _KINDS:
                longest.setdefault((item.type, _words(item.name)), item)
    if len(longest) < 2:
        return list(per_paragraph)
    full: dict[tuple[ActorType, tuple[str, ...]], Found] = {}
    for kind, words in longest:
        longer = [f for (k, w), f in longest.items() if k == kind and _shorter_of(words, w)]
        if len({_words(f.name) for f in longer}) == 1:
            full[(kind, words)] = longer[0]
    if not full:
        return list(per_paragraph)
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        kept = []
        for item in items:
            whole = full.get((item.type, _words(item.name)))
            if whole is not None:
                item = replace(
                    item, name=whole.name, rule=whole.rule, acronym=whole.acronym, alias=whole.alias, other=whole.other
                )
            kept.append(item)
        out.append((paragraph, kept))
    return out


def without_country_governments(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]],
    spans: Mapping[int, list[Span]],
    kinds: Mapping[ActorId, ActorType],
) -> list[tuple[Paragraph, list[Found]]]:
    """Drop "Government of <country>" finds (rule of_head) whose name after "of" is a country the vocabulary knows.

    Run after `with_full_names`: a short form that took such a name goes with it.
    """
    dropped = {
        _words(item.name)
        for paragraph, items in per_paragraph
        for item in items
        if item.rule == "of_head" and _country_after_of(paragraph.text, item, spans.get(paragraph.index, []), kinds)
    }
    if not dropped:
        return list(per_paragraph)
    return [
        (paragraph, [item for item in items if item.rule != "of_head" or _words(item.name) not in dropped])
        for paragraph, items in per_paragraph
    ]


def _country_after_of(text: str, item: Found, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> bool:
    """A known country ends the name, right after its "of" ("of the People's Republic of Atlantis")."""
    return any(
        span.end == item.end
        and span.start > item.start
        and any(kinds.get(a) == "country" for a in span.actors)
        and _HEAD_OF_RE.fullmatch(text, item.start, span.start) is not None
        for span in own
    )
