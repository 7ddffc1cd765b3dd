"""Actor mentions through the vocabulary (longest match), and unknown entity-like names as candidates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from nea_site.model import ActorId, Candidate, Mention, Paragraph, Section, Vocabulary
from nea_site.text.patterns import ACRONYM_RE, CAPITALISED_SPAN_RE, LATIN_RE
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter, UserWord
from nea_site.text.trie import WORD_START_AFTER_FIRST, trie_regex

# jieba POS tags of proper names, and what a curator should read them as.
_NAME_TAGS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organization", "nz": "name"}
# Capitalised words that open sentences or name months and days rather than entities.
_NOT_NAMES = frozenset(
    "The This That These Those In On At By For From With As Since Under Among Between After Before During "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every surface form of the vocabulary compiled into one longest-first pattern."""

    pattern: re.Pattern[str] | None
    targets: dict[str, tuple[ActorId, ...]]
    words: tuple[UserWord, ...]
    # What `find_actor_spans` runs, matching together what `pattern` matches: names starting with a lowercase
    # letter ("mainland China") each as a pattern of its own, the others as one trie. In the trie they would stop
    # the regex engine at every "e", "m", "t" of English text; alone, each starts with its whole name as a
    # literal, which the engine looks for in C (the gazetteer's scan of English text 2x faster). A name's first
    # character picks its branch of the trie, so the trie and a name scanned alone never match at one offset;
    # where names scanned alone do, the longest wins, as in the trie.
    scanners: tuple[re.Pattern[str], ...]
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
    targets: dict[str, tuple[ActorId, ...]] = {}
    words: list[UserWord] = []
    for actor in vocabulary.actors:
        names = {*actor.aliases.en, *actor.aliases.zh, actor.name.en or "", actor.name.zh or ""} - {""}
        for name in names:
            targets.setdefault(name, (actor.id,))
            # Text is matched in Simplified characters, so a name written with Traditional ones is looked for
            # in its Simplified form too ("离於岛" is found as "离于岛").
            targets.setdefault(to_simplified(name), (actor.id,))
            if not LATIN_RE.search(name):
                words.append(UserWord(name, _TYPE_TAGS[actor.type]))
    for group in vocabulary.groups:
        targets.setdefault(group.text, tuple(group.actors))
        targets.setdefault(to_simplified(group.text), tuple(group.actors))
        if group.lang == "zh":
            words.append(UserWord(group.text, "nz"))
    if not targets:
        return Gazetteer(pattern=None, targets={}, words=(), scanners=())
    # Latin names match whole words only ("Korea" not inside "Koreans" unless listed). The names are compiled
    # into tries, so the regex engine walks shared prefixes once instead of trying hundreds of alternatives.
    pattern = re.compile(trie_regex(targets, _latin_word_end, _latin_word_start))
    alone = sorted(name for name in targets if name[0] in _LOWER_LATIN)
    if len(alone) > MAX_SEPARATE_NAMES:
        alone = []  # one scan per name would cost more than the trie's stops
    rest = [name for name in targets if name[0] not in _LOWER_LATIN or not alone]
    scanners = [re.compile(_literal_first_regex(name)) for name in alone]
    if rest:
        scanners.insert(0, re.compile(trie_regex(rest, _latin_word_end, _latin_word_start)))
    return Gazetteer(pattern=pattern, targets=targets, words=tuple(words), scanners=tuple(scanners))


_LOWER_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
MAX_SEPARATE_NAMES = 40  # names starting with a lowercase letter scanned one by one, at most


def _literal_first_regex(name: str) -> str:
    """`name` as the trie matches it, written so that the pattern starts with the whole name as a literal."""
    return re.escape(name) + f"(?<![A-Za-z0-9].{{{len(name)}}})" + _latin_word_end(name)


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


def find_actor_spans(text: str, gazetteer: Gazetteer, *, simplified: str | None = None) -> list[Span]:
    """Leftmost-longest, non-overlapping matches of vocabulary names in `text` (Traditional characters too).

    The vocabulary is written in Simplified characters; matching runs on a same-length Simplified copy (given as
    `simplified` when the caller has it, else made here), while each span keeps the text as written.
    """
    if gazetteer.pattern is None:
        return []
    if simplified is None:
        simplified = to_simplified(text)
    targets = gazetteer.targets
    if len(gazetteer.scanners) == 1:
        return [
            Span(m.start(), m.end(), text[m.start() : m.end()], targets[m.group()])
            for m in gazetteer.scanners[0].finditer(simplified)
        ]
    return [
        Span(m.start(), m.end(), text[m.start() : m.end()], targets[m.group()])
        for m in _merged_matches(gazetteer.scanners, simplified)
    ]


def _merged_matches(scanners: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """What one pattern holding all of `scanners` finds: the leftmost match (the longest there), on from its end.

    Each scanner's own matches, sorted, are that result whenever no two of them overlap: then every scanner's
    next match from where the one pattern resumes is the one it found alone. Names scanned alone are rare in a
    text and seldom touch another name; where two matches overlap, the scanners search again match by match.
    """
    found = sorted((m for scanner in scanners for m in scanner.finditer(text)), key=_leftmost_longest)
    if all(before.end() <= after.start() for before, after in zip(found, found[1:], strict=False)):
        return found
    return _merged_step_by_step(scanners, text)


def _leftmost_longest(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), -match.end()


def _merged_step_by_step(scanners: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    upcoming = {i: m for i, scanner in enumerate(scanners) if (m := scanner.search(text))}
    while upcoming:
        match = min(upcoming.values(), key=_leftmost_longest)
        found.append(match)
        position = match.end()
        for i, next_match in list(upcoming.items()):
            if next_match.start() < position:  # overlaps the match taken (or is it): look again after it
                again = scanners[i].search(text, position)
                if again is None:
                    del upcoming[i]
                else:
                    upcoming[i] = again
    return found


def find_nested_spans(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Names inside a longer name: a country name inside a longer organisation name."""
    if gazetteer.pattern is None:
        return []
    inner = gazetteer.inner_names.get(span.surface)
    if inner is None:
        inner = gazetteer.inner_names[span.surface] = _inner_names(span.surface, gazetteer.pattern, gazetteer.targets)
    # Offsets are relative to the outer name until here; make them relative to the paragraph.
    return [Span(span.start + s.start, span.start + s.end, s.surface, s.actors) for s in inner]


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


def _mentions_in(spans: list[Span], gazetteer: Gazetteer, paragraph: int, section: str | None) -> list[Mention]:
    found: list[Mention] = []
    for span in spans:
        for actor in span.actors:
            found.append(
                Mention(actor=actor, surface=span.surface, paragraph=paragraph, offset=span.start, section=section)
            )
        for inner in find_nested_spans(span, gazetteer):
            found.extend(
                Mention(
                    actor=actor,
                    surface=inner.surface,
                    paragraph=paragraph,
                    offset=inner.start,
                    nested=True,
                    section=section,
                )
                for actor in inner.actors
                if actor not in span.actors
            )
    return found


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
