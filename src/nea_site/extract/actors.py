"""Actor mentions through the vocabulary (longest match), and unknown entity-like names as candidates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from nea_site.extract.actor_edges import (
    HANGUL,
    HANGUL_RE,
    LATIN,
    WORD_ENDINGS,
    WordEdges,
    edge_script,
    may_follow,
    may_precede,
    verdict,
    word_edges,
)
from nea_site.extract.fast_new import maker
from nea_site.extract.trie import WORD_START_AFTER_FIRST, trie_regex
from nea_site.model import ActorId, ActorType, Mention, Paragraph, Section, Vocabulary
from nea_site.text.literals import ASCII_WORD_CHARS, Literals
from nea_site.text.patterns import LATIN_RE
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter, UserWord


class _Name(NamedTuple):
    """What a name's occurrence needs to be a match, and whom it names."""

    starts: int  # the script of its first letter: LATIN, HANGUL, KANA or OTHER (no condition)
    ends: int  # the script of its last letter
    actors: tuple[ActorId, ...]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every surface form of the vocabulary, found in one pass over a text."""

    # The names as one longest-first regex: what a name match is, by definition (and how names inside a name
    # are found), but for the edges of Korean and katakana names (may_follow, may_precede), which only
    # `names` checks. `names` finds the same matches faster.
    pattern: re.Pattern[str] | None
    targets: dict[str, tuple[ActorId, ...]]
    words: tuple[UserWord, ...]
    # Every name in an Aho-Corasick automaton: all its occurrences in one pass in C, whatever the number of names,
    # where a regex of them stops at every letter that starts some name ("e", "m", "t" of English text).
    names: Literals[_Name]
    kinds: dict[ActorId, ActorType] = field(default_factory=dict)  # each actor's type, for names inside names
    edges: WordEdges | None = None  # what may touch a Korean name inside a word; None: nothing may
    # Names inside a name, by the name as written, offsets relative to it: the same few names recur all through a
    # corpus, so each is searched once per process. A memo of a pure function: it never changes a result.
    inner_names: dict[str, tuple[Span, ...]] = field(default_factory=dict, compare=False, repr=False)


_TYPE_TAGS = {
    "country": "ns",
    "place": "ns",
    "organization": "nt",
    "person": "nr",
    "agreement": "nz",
    "initiative": "nz",
}


def build_gazetteer(vocabulary: Vocabulary) -> Gazetteer:
    """Compile the vocabulary's names, aliases and group abbreviations for matching."""
    targets, words = _targets_and_words(vocabulary)
    if not targets:
        return Gazetteer(pattern=None, targets={}, words=(), names=Literals(()))
    kinds = {actor.id: actor.type for actor in vocabulary.actors}
    # Latin names match whole words only ("Korea" not inside "Koreans" unless listed). The names are compiled
    # into a trie, so the regex engine walks shared prefixes once instead of trying hundreds of alternatives.
    pattern = re.compile(trie_regex(targets, _latin_word_end, _latin_word_start))
    found_by = Literals(
        (name, _Name(edge_script(name[0]), edge_script(name[-1]), actors)) for name, actors in targets.items()
    )
    return Gazetteer(
        pattern=pattern, targets=targets, words=tuple(words), names=found_by, kinds=kinds, edges=word_edges()
    )


def gazetteer_words(vocabulary: Vocabulary) -> tuple[UserWord, ...]:
    """The Chinese names of `build_gazetteer(vocabulary).words`, without compiling its matchers."""
    return tuple(_targets_and_words(vocabulary)[1])


def _targets_and_words(vocabulary: Vocabulary) -> tuple[dict[str, tuple[ActorId, ...]], list[UserWord]]:
    """Every surface form with the actors it names (none: a not-name), and the Chinese ones as jieba words."""
    targets: dict[str, tuple[ActorId, ...]] = {}
    words: list[UserWord] = []
    for actor in vocabulary.actors:
        names = {*actor.aliases.en, *actor.aliases.zh, *actor.aliases.other, actor.name.en or "", actor.name.zh or ""}
        if actor.type == "person":
            names |= {form for name in names for form in capitalised_family_names(name)}
        elif actor.type == "place":
            # A wire story's dateline writes its city in capitals: "HANOI, May 3 (Wire) --"; a country is not.
            names |= {name.upper() for name in names if len(name) >= 4 and LATIN_RE.match(name[0])}
        for name in sorted(names - {""}):
            targets.setdefault(name, (actor.id,))
            # Text is matched in Simplified characters, so a name written with Traditional ones is looked for
            # in its Simplified form too ("离於岛" is found as "离于岛").
            targets.setdefault(to_simplified(name), (actor.id,))
            if not LATIN_RE.search(name) and name not in actor.aliases.other:  # jieba's words are Chinese ones
                words.append(UserWord(name, _TYPE_TAGS[actor.type]))
    for group in vocabulary.groups:
        targets.setdefault(group.text, tuple(group.actors))
        targets.setdefault(to_simplified(group.text), tuple(group.actors))
        if group.lang == "zh" and not HANGUL_RE.search(group.text):  # Korean abbreviations never reach jieba
            words.append(UserWord(group.text, "nz"))
    for phrase in vocabulary.not_names:  # matched like names, so they win over the names inside them, then dropped
        targets.setdefault(phrase, ())
        targets.setdefault(to_simplified(phrase), ())
    return targets, words


def capitalised_family_names(name: str) -> set[str]:
    """A person's English name with its first or its last word in capitals: "IWAYA Takeshi", "Takeshi IWAYA".

    Official English texts of Japan, China and Korea write the family name so; which word it is depends on the
    order the name is given in, so both forms are made.
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(LATIN_RE.match(w[0]) and w[0].isupper() for w in words):
        return set()
    return {" ".join([words[0].upper(), *words[1:]]), " ".join([*words[:-1], words[-1].upper()])}


def _latin_word_start(first: str) -> str:
    """A name starting with a Latin letter must start a word ("Korea" is not in "NorthKorea")."""
    return WORD_START_AFTER_FIRST if LATIN_RE.match(first) else ""


def _latin_word_end(name: str) -> str:
    """A name ending in a Latin letter or digit must end a word ("Korea" is not in "Koreans")."""
    return r"(?![A-Za-z0-9])" if LATIN_RE.match(name[-1]) else ""


class Span(NamedTuple):
    """A name found in a text (a named tuple: made ~20,000 times per 100 documents, 2x faster than a dataclass)."""

    start: int
    end: int
    surface: str
    actors: tuple[ActorId, ...]


def find_actor_spans(
    text: str, gazetteer: Gazetteer, *, simplified: str | None = None, segmenter: Segmenter | None = None
) -> list[Span]:
    """Leftmost-longest, non-overlapping matches of vocabulary names in `text` (Traditional characters too).

    The vocabulary is written in Simplified characters; matching runs on a same-length Simplified copy (given as
    `simplified` when the caller has it, else made here), while each span keeps the text as written. What
    `gazetteer.pattern` finds, from name occurrences: those at word boundaries, the leftmost and there the
    longest, then on from its end. With a `segmenter`, a Chinese name that begins inside a word of the text is
    no match (`WORD_ENDINGS`).
    """
    if simplified is None:
        simplified = to_simplified(text)
    last = len(simplified) - 1
    fitting = [
        (start, -end, actors)
        for start, end, (starts, ends, actors) in gazetteer.names.find_all(simplified)
        if not (starts == LATIN and start and simplified[start - 1] in ASCII_WORD_CHARS)
        and not (ends == LATIN and end <= last and simplified[end] in ASCII_WORD_CHARS)
        and (starts < HANGUL or not start or may_follow(simplified, start, starts, gazetteer.edges))
        and (ends < HANGUL or end > last or may_precede(simplified, end, ends, gazetteer.edges))
    ]
    if segmenter is not None and not simplified.isascii():
        reach: dict[int, int] = {}  # the furthest end of a name starting at each offset
        for start, negative_end, _ in fitting:
            reach[start] = max(reach.get(start, 0), -negative_end)
        # Per name: out (True), in (False), or out unless a word starts there (None); the cut is asked once.
        # verdict's first test inline: most names are out of its reach (not two characters, no WORD_ENDINGS one).
        verdicts = [
            False
            if not start or (negative_end != -start - 2 and simplified[start] not in WORD_ENDINGS)
            else verdict(simplified, start, -negative_end, reach.get(start + 1, 0), segmenter)
            for start, negative_end, _ in fitting
        ]
        asked = [name[0] for name, verdict in zip(fitting, verdicts, strict=True) if verdict is None]
        word_starts = segmenter.word_starts(simplified, asked) if asked else set()
        fitting = [
            name
            for name, verdict in zip(fitting, verdicts, strict=True)
            if verdict is False or (verdict is None and name[0] in word_starts)
        ]
    fitting.sort()
    spans: list[Span] = []
    position = 0
    for start, negative_end, actors in fitting:
        if start >= position:
            position = -negative_end
            if actors:  # a not-name ("US dollars") takes its place and names no one
                spans.append(Span(start, position, text[start:position], actors))
    return spans


_POSSESSIVE_GAP = frozenset({" ", "'s ", "’s "})


def without_ones_own(spans: list[Span], text: str, gazetteer: Gazetteer) -> list[Span]:
    """`spans` without a lower-case name right after an organisation's name: that organisation's own, no mention.

    "the WTO secretariat", "ASEAN's secretariat" name the WTO's and ASEAN's, not the Trilateral Cooperation
    Secretariat.
    """
    return [
        span
        for i, span in enumerate(spans)
        if not (
            i
            and span.surface.islower()
            and text[spans[i - 1].end : span.start] in _POSSESSIVE_GAP
            and any(gazetteer.kinds.get(a) == "organization" for a in spans[i - 1].actors)
        )
    ]


def find_nested_spans(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Names inside a longer name: a country name inside a longer organisation name (Traditional text too).

    The names are looked for in a same-length Simplified copy of the surface, as find_actor_spans does; each
    inner span keeps the surface as written.
    """
    if gazetteer.pattern is None:
        return []
    inner = gazetteer.inner_names.get(span.surface)  # a few hundred surfaces, each met hundreds of times
    if inner is None:
        simplified = to_simplified(span.surface)
        inner = gazetteer.inner_names[span.surface] = tuple(
            s
            for s in _inner_names(simplified, gazetteer.pattern, gazetteer.targets)
            if names_its_own(span.actors, s, simplified, gazetteer.kinds)
        )
    if not inner:
        return []
    # Offsets are relative to the outer name until here; make them relative to the paragraph.
    return [Span(span.start + s.start, span.start + s.end, span.surface[s.start : s.end], s.actors) for s in inner]


_GEOGRAPHIC: frozenset[ActorType | None] = frozenset({"country", "place"})
# Kinds whose longer name ending with another's name is one of that kind: "ASEAN Secretariat" (a secretariat),
# a longer treaty's name that ends with a shorter one's (an enlarged partnership, not the original one).
_KINDS_OF_ONE_KIND: frozenset[ActorType | None] = frozenset({"organization", "agreement"})
_OF_BEFORE_RE = re.compile(r"\bof(?: the)? $")


def names_its_own(outer: tuple[ActorId, ...], inner: Span, surface: str, kinds: Mapping[ActorId, ActorType]) -> bool:
    """Whether a name inside a longer name is a mention of its own actor.

    Nothing inside a person's name ("Kim Jong UN" holds no United Nations). No place inside a place's name, which
    is built from it ("North Korea", "Inner Mongolia", "东北亚", "印度尼西亚" hold Korea, Mongolia, 东北 and 印度 but
    are other places; the few that name a part of the other, "Northeast China", go too). Not an organisation's
    name that ends a longer organisation's name, unless after "of": the longer body is one of that kind, not that
    body ("ASEAN Secretariat", "亚太经合组织" end with a name of the Secretariat and of the OECD; "Congress of the
    Communist Party of China" does name the party). The same for an agreement's name that ends a longer
    agreement's name (the CPTPP's Chinese name ends with the TPP's).
    """
    outer_kinds = {kinds.get(a) for a in outer}
    inner_kinds = {kinds.get(a) for a in inner.actors}
    if outer_kinds == {"person"} or (outer_kinds <= _GEOGRAPHIC and inner_kinds <= _GEOGRAPHIC):
        return False
    return not (
        outer_kinds == inner_kinds
        and len(outer_kinds) == 1
        and outer_kinds <= _KINDS_OF_ONE_KIND
        and inner.end == len(surface)
        and not _OF_BEFORE_RE.search(surface[: inner.start])
    )


def _inner_names(
    surface: str, pattern: re.Pattern[str], targets: Mapping[str, tuple[ActorId, ...]]
) -> tuple[Span, ...]:
    inner: list[Span] = []
    # At the first character the whole name itself would match: look for the longest shorter one.
    match = pattern.match(surface, 0, len(surface) - 1)
    position = 1
    while True:
        if match and len(match.group()) < len(surface):
            inner.append(Span(match.start(), match.end(), match.group(), targets[match.group()]))
            position = max(position, match.end())
        if position >= len(surface):
            break
        # The next start where a name matches (the engine skips the others), at or after the last name's end.
        match = pattern.search(surface, position)
        if match is None:
            break
        position = match.start() + 1
    return tuple(inner)


def heading_mentions(spans: list[Span], gazetteer: Gazetteer, section: str) -> list[Mention]:
    """Mentions of the names `spans` found in a heading or title (paragraph 0, `section` naming which)."""
    return _mentions_in(spans, gazetteer, 0, section)


def _mentions_in(spans: list[Span], gazetteer: Gazetteer, paragraph: int, section: str | None) -> list[Mention]:
    found: list[Mention] = []
    append = found.append
    inner_names = gazetteer.inner_names
    last = len(spans) - 1
    for i, span in enumerate(spans):
        # Most names touch no other (the address test's first condition, asked here without a call).
        address = i < last and span.end == spans[i + 1].start and _is_address(span, spans[i + 1], gazetteer.kinds)
        # Mention(actor, surface, paragraph, offset, nested, section): ~30,000 per 100 documents
        for actor in span.actors:
            append(_mention(actor, span.surface, paragraph, span.start, address, section))
        if inner_names.get(span.surface) == ():
            continue  # a name known to hold no other (most of them, asked again and again): no call
        for inner in find_nested_spans(span, gazetteer):
            found.extend(
                _mention(a, inner.surface, paragraph, inner.start, True, section)
                for a in inner.actors
                if a not in span.actors
            )
    return found


_mention = maker(Mention)


def _is_address(span: Span, following: Span, kinds: Mapping[ActorId, ActorType]) -> bool:
    """A place written right before another place with no gap, as Chinese writes a city's province ("甲省乙市").

    The first is the second's address: the city is what the text names, the province is kept as a nested mention.
    """
    return (
        span.end == following.start
        and not LATIN_RE.search(span.surface[-1])
        and all(kinds.get(a) == "place" for a in span.actors)
        and all(kinds.get(a) == "place" for a in following.actors)
    )


def extract_mentions(
    paragraphs: tuple[Paragraph, ...],
    sections: tuple[Section, ...],
    gazetteer: Gazetteer,
    paragraph_spans: Mapping[int, list[Span]] | None = None,
) -> tuple[Mention, ...]:
    """Mentions in section headings (paragraph 0), then in paragraphs; names inside longer names are nested.

    `paragraph_spans` (paragraph index -> find_actor_spans of its text) saves finding them again.
    """
    mentions: list[Mention] = []
    for section in sections:
        mentions.extend(_mentions_in(find_actor_spans(section.title, gazetteer), gazetteer, 0, section.id))
    for paragraph in paragraphs:
        spans = paragraph_spans.get(paragraph.index) if paragraph_spans is not None else None
        if spans is None:
            spans = find_actor_spans(paragraph.text, gazetteer)
        mentions.extend(_mentions_in(spans, gazetteer, paragraph.index, None))
    return tuple(mentions)
