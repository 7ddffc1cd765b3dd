"""An agreement described by its parties and its subject: "Atlantis's fisheries agreement with Utopia".

Texts name an agreement by what it is about and who made it, with the parties on both sides of the description:

- "Atlantis's fisheries agreement with Utopia": a known party owning a few lower-case words of a subject, a head
  word (lexicon `agree_described_heads`) and "with" before the other known party;
- "Atlantis signed the peace treaty with the Government of Utopia": a known party as the subject of a signing
  verb (lexicon `agree_signing_verbs`, an auxiliary allowed before it), a determiner, the subject words, the head
  word, "with" and the other party ("the Government of" may stand before it).

The parties are known countries or places, one each, and the second ends the clause's party ("with Utopia and
Ruritania" lists more parties and is left alone). Subject words are what the agreement is about: at least one
must be left once the vague ones (lexicon `agree_vague_words`: "new", "bilateral", "historic") are dropped, so
"Atlantis's new agreement with Utopia" names none.

A description is first read as the vocabulary's agreement when exactly one known agreement has a name that names
both parties and holds every subject word and the head word (case and hyphens folded): "Atlantis signed the
peace treaty with Utopia" is a mention of a listed "Treaty of Peace between Atlantis and Utopia". The same reading
is given to the agreements pair_agreements.py found ("the Atlantis–Utopia peace treaty"). Several such known
agreements: the description names one of them, none is guessed and nothing new is made. None: the description is
a discovered agreement named "<first party>–<second party> <subject> <head>" (as pair_agreements.py names them).

"their fisheries agreement" (lexicon `agree_shared_possessives`) in a paragraph naming two countries and no third
is only ever read as a known agreement of those two, never made anew: "their" may stand for others.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, Span, find_nested_spans
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, ActorType, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
MAX_SUBJECT_WORDS = 4
_PARTY_KINDS: frozenset[ActorType | None] = frozenset({"country", "place"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "any", "no"})
_TOKEN_RE = re.compile(r"[^\W_]+")
_PAIR_RULE = "pair_agreement"
_LIST_RE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?")
_GLUED_RE = re.compile(r"[\w-]")
_NOT_LATIN_RE = re.compile(r"[^\x00-\u024f\u2010-\u2019]")  # a letter of no Latin script: "U.S.–Japan" is Latin


@dataclass(frozen=True, slots=True)
class _Patterns:
    gaps: tuple[re.Pattern[str], ...]  # the gap between the two parties, one per form
    heads: tuple[str, ...]  # lower-case head words: what a paragraph must hold before " with "
    shared: tuple[str, ...]  # "heir", "he two countries'": the possessives without their first letter, either case
    shared_re: re.Pattern[str]  # one of those, subject words and a head word
    vague: frozenset[str]
    stop: frozenset[str]


@lexicon.table
def _patterns(lex: lexicon.Lexicon) -> _Patterns | None:
    heads = sorted({w.casefold() for w in lex.words("agree_described_heads", "en")}, key=len, reverse=True)
    verbs = sorted({w.casefold() for w in lex.words("agree_signing_verbs", "en")}, key=len, reverse=True)
    shared = sorted(set(lex.words("agree_shared_possessives", "en")), key=len, reverse=True)
    if not heads or not verbs:
        return None
    head = "|".join(map(re.escape, heads))
    words = rf"(?P<words>(?:[a-z][a-z-]*\s+){{1,{MAX_SUBJECT_WORDS}}})(?P<head>{head})"
    other = r"\s+with\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?"
    auxiliary = r"(?:(?:has|have|had|will|would|is|are|was|were|to)\s+)?"
    possessive = rf"['’]s?\s+{words}{other}"
    signing = rf"\s+{auxiliary}(?:{'|'.join(map(re.escape, verbs))})\s+(?:a|an|the|its|their)\s+{words}{other}"
    capitalised = [w[0].upper() + w[1:] for w in shared]
    return _Patterns(
        gaps=(re.compile(possessive), re.compile(signing)),
        heads=tuple(heads),
        shared=tuple(dict.fromkeys(w[1:] for w in shared)),
        shared_re=re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, shared + capitalised)) or '(?!)'})\s+{words}(?![\w-])"
        ),
        vague=frozenset(w.casefold() for w in lex.words("agree_vague_words", "en")),
        stop=frozenset(w.casefold() for w in lex.words("pact_prose_stop_words", "en")) | _DETERMINERS,
    )


def described_agreements(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], gazetteer: Gazetteer
) -> PerParagraph:
    """The found names with the agreements each paragraph describes by its parties, known ones read as known."""
    rules = _patterns(lexicon.current())
    if rules is None:
        return per_paragraph
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        text, own = paragraph.text, spans.get(paragraph.index, [])
        with_ = " with " in text
        shared = (
            len(own) >= 2 and any(map(text.__contains__, rules.shared)) and any(map(text.__contains__, rules.heads))
        )
        if not with_ and not shared and not any(item.rule == _PAIR_RULE for item in items):
            out.append((paragraph, items))  # nothing described here (most paragraphs)
            continue
        added = [_as_known(item, text, own, gazetteer, rules.vague) for item in items]
        if with_ and len(own) >= 2 and _head_before_with(text, rules.heads):
            for i, (first, second) in enumerate(zip(own, own[1:], strict=False)):
                if i + 2 < len(own) and _LIST_RE.fullmatch(text, second.end, own[i + 2].start):
                    continue  # "with Utopia and Ruritania": more parties than the one other
                found = _described(text, first, second, rules, gazetteer)
                if found is not None and not any(f.start < found.end and found.start < f.end for f in added):
                    added.append(found)
        if shared:
            for found in _shared(text, own, rules, gazetteer):
                if not any(f.start < found.end and found.start < f.end for f in added):
                    added.append(found)
        out.append((paragraph, added))
    return out


def _shared(text: str, own: list[Span], rules: _Patterns, gazetteer: Gazetteer) -> list[Found]:
    """The one known agreement of a paragraph's two countries that "their free-trade agreement" describes.

    Only a known agreement: the paragraph's two countries (no third) and the subject words must fit exactly one.
    """
    countries = frozenset(
        a for s in own if s.actors and all(gazetteer.kinds.get(x) == "country" for x in s.actors) for a in s.actors
    )
    if len(countries) != 2:
        return []
    out: list[Found] = []
    for match in rules.shared_re.finditer(text):
        words = match.group("words").split()
        subject = [w for w in words if w not in rules.vague]
        if not subject or any(w in rules.stop for w in words):
            continue
        known = _known(gazetteer, countries, (*subject, match.group("head")), rules.vague)
        if len(known) == 1:
            start, end = match.start("words"), match.end("head")
            out.append(Found(start, end, text[start:end], "agreement", _PAIR_RULE, actor=next(iter(known))))
    return out


def _head_before_with(text: str, heads: tuple[str, ...]) -> bool:
    """Whether a head word stands right before some " with " (str.find: a regex over every paragraph costs more)."""
    at = text.find(" with ")
    while at != -1:
        if text[max(0, at - 12) : at].rstrip().endswith(heads):
            return True
        at = text.find(" with ", at + 6)
    return False


def _party(span: Span, kinds: Mapping[ActorId, ActorType]) -> ActorId | None:
    if len(span.actors) == 1 and kinds.get(span.actors[0]) in _PARTY_KINDS:
        return span.actors[0]
    return None


def _parties(span: Span, kinds: Mapping[ActorId, ActorType]) -> bool:
    """Whether a name names parties only: a country or place, or a group of them ("Sino-Utopian")."""
    return bool(span.actors) and all(kinds.get(a) in _PARTY_KINDS for a in span.actors)


def _described(text: str, first: Span, second: Span, rules: _Patterns, gazetteer: Gazetteer) -> Found | None:
    one, other = _party(first, gazetteer.kinds), _party(second, gazetteer.kinds)
    if one is None or other is None or one == other:
        return None
    match = next((m for g in rules.gaps if (m := g.fullmatch(text, first.end, second.start))), None)
    if match is None or _GLUED_RE.match(text, second.end):
        return None  # "with Utopia-based firms": not the party itself
    words = match.group("words").split()
    if any(w in rules.stop for w in words):
        return None
    subject = [w for w in words if w not in rules.vague]
    if not subject:
        return None
    head = match.group("head")
    known = _known(gazetteer, frozenset({one, other}), (*subject, head), rules.vague)
    start, end = match.start("words"), match.end("head")
    if len(known) == 1:
        return Found(start, end, text[start:end], "agreement", _PAIR_RULE, actor=next(iter(known)))
    if known:
        return None  # one of several known agreements: none is guessed, none made anew
    name = f"{first.surface}–{second.surface} {' '.join(subject)} {head}"
    return Found(start, end, name, "agreement", _PAIR_RULE)


def _as_known(item: Found, text: str, own: list[Span], gazetteer: Gazetteer, vague: frozenset[str]) -> Found:
    """A pair agreement read as the vocabulary's one when exactly one known agreement fits its parties and words."""
    if item.rule != _PAIR_RULE or item.actor is not None:
        return item
    inside = [s for s in own if item.start <= s.start and s.end <= item.end]
    parties = frozenset(a for s in inside if _parties(s, gazetteer.kinds) for a in s.actors)
    if len(parties) != 2:
        return item
    words = _tokens(text[item.start : item.end])
    for span in inside:
        words -= _tokens(span.surface)
    words -= vague | {"between", "and", "the"}
    known = _known(gazetteer, parties, tuple(words), vague)
    return replace(item, actor=next(iter(known))) if len(known) == 1 else item


def _tokens(text: str) -> set[str]:
    return set(_TOKEN_RE.findall(text.casefold()))


def _known(
    gazetteer: Gazetteer, parties: frozenset[ActorId], words: tuple[str, ...], vague: frozenset[str]
) -> frozenset[ActorId]:
    """The known agreements with a name naming both parties and holding every word (folded, vague ones left out)."""
    wanted = {t for w in words for t in _tokens(w)} - vague
    return frozenset(
        actor for actor, named, tokens in _known_agreements(gazetteer) if parties <= named and wanted <= tokens
    )


_CACHE: dict[int, tuple[Gazetteer, tuple[tuple[ActorId, frozenset[ActorId], frozenset[str]], ...]]] = {}


def _known_agreements(gazetteer: Gazetteer) -> tuple[tuple[ActorId, frozenset[ActorId], frozenset[str]], ...]:
    """Each Latin name of a known agreement: its actor, the parties its name names and its words (folded).

    Made once per vocabulary, the first time a description is met (a memo of a pure function of the gazetteer).
    """
    cached = _CACHE.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    rows = []
    for name, ids in gazetteer.targets.items():
        if len(ids) != 1 or gazetteer.kinds.get(ids[0]) != "agreement" or _NOT_LATIN_RE.search(name):
            continue
        inner = find_nested_spans(Span(0, len(name), name, ids), gazetteer)
        named = frozenset(a for s in inner if _parties(s, gazetteer.kinds) for a in s.actors)
        if len(named) >= 2:
            rows.append((ids[0], named, frozenset(_tokens(name))))
    _CACHE.clear()
    _CACHE[id(gazetteer)] = (gazetteer, tuple(rows))
    return _CACHE[id(gazetteer)][1]
