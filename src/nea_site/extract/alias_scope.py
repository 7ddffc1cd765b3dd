"""Where a vocabulary alias names its actor, and where its words name someone or something else.

A bare head word ("Secretariat", "秘书处") names its actor only where it is named.

A curator may give an actor a short form its own texts use ("the Secretariat" in a text about the Trilateral
Cooperation Secretariat). Alone, such a word is the head word of many bodies' names (lexicon head-word lists: the
GATT Secretariat, the ASEAN Secretariat): in a document that never names the actor otherwise, it names another
body, and a link to the curated one would be a visible error. So a short form links only in a document that also
names its actor by another name.

An acronym alias ("ISIS") names its actor unless the document spells it out as another name: "Institute for
Science and International Security (ISIS)" makes every ISIS of that document the institute's, not the vocabulary's.

An alias with an office ("Prime Minister Kishi", "Foreign Minister Togo") names its holder, but not after a word
that makes it another office (lexicon `office_other_holder_modifiers`): "Vice-Foreign Minister Togo", "Deputy
Prime Minister Sato" are other people of the same family name.

A country's name that is also a given name ("Chad", "Jordan") before a family name names a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import HEAD_LISTS
from nea_site.model import ActorId, Vocabulary
from nea_site.text.script import to_simplified

ShortForms = tuple[frozenset[str], frozenset[ActorId]]  # the folded forms, and the actors that have one


def short_forms(vocabulary: Vocabulary) -> ShortForms:
    """The vocabulary's names and aliases that are a head word alone, and the actors they name.

    The forms are folded: case, and Traditional characters as Simplified.
    """
    lex = lexicon.current()
    heads = {_fold(w) for _, name in HEAD_LISTS for w in lex.words(name)}
    forms: set[str] = set()
    actors: set[ActorId] = set()
    for actor in vocabulary.actors:
        for name in (actor.name.en, actor.name.zh, *actor.aliases.en, *actor.aliases.zh, *actor.aliases.other):
            if name and _fold(name) in heads:
                forms.add(_fold(name))
                actors.add(actor.id)
    return frozenset(forms), frozenset(actors)


def without_lone_short_forms(spans_of: Iterable[list[Span]], short: ShortForms) -> list[list[Span]]:
    """The document's name spans per paragraph, without short forms of actors the document names no other way."""
    spans_of = list(spans_of)
    forms, owners = short
    if not forms:
        return spans_of
    # Only a span of an actor that has a short form can be one: the others are not folded at all.
    lone = [s for spans in spans_of for s in spans if not owners.isdisjoint(s.actors) and _fold(s.surface) in forms]
    if not lone:
        return spans_of
    short_spans = {id(s) for s in lone}
    named = {
        a
        for spans in spans_of
        for s in spans
        if not owners.isdisjoint(s.actors) and id(s) not in short_spans
        for a in s.actors
    }
    dropped = {id(s) for s in lone if not named.intersection(s.actors)}
    if not dropped:
        return spans_of
    return [[s for s in spans if id(s) not in dropped] if spans else spans for spans in spans_of]


def _fold(name: str) -> str:
    return to_simplified(name).casefold()


def titled_aliases(vocabulary: Vocabulary) -> frozenset[str]:
    """The vocabulary's English names of people that open with an office title ("Prime Minister Kishi")."""
    lex = lexicon.current()
    titles = tuple(t + " " for t in lex.words("person_titles", "en") if t[:1].isupper())
    return frozenset(
        n
        for a in vocabulary.actors
        if a.type == "person"
        for n in (a.name.en, *a.aliases.en)
        if n and n.startswith(titles)
    )


def without_other_offices(spans: list[Span], text: str, titled: frozenset[str]) -> list[Span]:
    """`spans` without an office alias read after a word that makes it another office ("Deputy Prime Minister X")."""
    if not titled or titled.isdisjoint([s.surface for s in spans]):
        return spans
    modifiers = _other_holder_re()
    return [
        s for s in spans if s.surface not in titled or modifiers.search(text, max(0, s.start - 40), s.start) is None
    ]


def without_given_names(spans: list[Span], text: str) -> list[Span]:
    """`spans` without a name that is also a given name read before a family name: "Chad Smith", "Jordan Lee".

    A country's or place's name that people are named too (lexicon `actor_names_also_given_names`) names them
    when a capitalised word follows it that is no head word of a place's or body's name ("Jordan River",
    "Georgia Institute" stay the country's, as nested names).
    """
    given, heads = _given_names()
    if not any(s.surface in given for s in spans):
        return spans
    kept = []
    for s in spans:
        after = _FOLLOWING_WORD_RE.match(text, s.end) if s.surface in given else None
        if after is None or after.group(1) in heads:
            kept.append(s)
    return kept


_FOLLOWING_WORD_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon.current()
    heads = {w for _, name in HEAD_LISTS for w in lex.words(name, "en")}
    heads.update(lex.words("place_words", "en"), lex.words("place_feature_words", "en"))
    return frozenset(lex.words("actor_names_also_given_names", "en")), frozenset(heads)


@cache
def _other_holder_re() -> re.Pattern[str]:
    words = sorted(lexicon.current().words("office_other_holder_modifiers", "en"), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})[\s-]*$", re.IGNORECASE)


_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,7}")
# A capitalised name of two or more words right before "(": "Institute for Science and International Security ("
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’.&-]*)+\s*[(（]$")
_WORD_RE = re.compile(r"[^\W\d_]+")

Expansions = dict[str, tuple[frozenset[str], ...]]  # acronym alias -> the words of its actors' other names


def acronym_expansions(vocabulary: Vocabulary) -> Expansions:
    """Each acronym alias of the vocabulary with the words of the other English names of the actors it names."""
    found: dict[str, list[frozenset[str]]] = {}
    for actor in vocabulary.actors:
        names = [n for n in (actor.name.en, *actor.aliases.en) if n]
        for name in names:
            if _ACRONYM_RE.fullmatch(name):
                found.setdefault(name, []).extend(_words(n) for n in names if not _ACRONYM_RE.fullmatch(n))
    return {k: tuple(v) for k, v in found.items()}


def without_redefined_acronyms(
    spans_of: list[list[Span]], texts: list[str], expansions: Expansions
) -> list[list[Span]]:
    """The spans without a vocabulary acronym that the document defines as another name's ("… Security (ISIS)").

    The name before "(ACRONYM)" is another name when it shares under half of its words with every name of the
    acronym's actors ("United States-Mexico-Canada Agreement (USMCA)" is the vocabulary's, written otherwise).
    """
    redefined: set[str] = set()
    for spans, text in zip(spans_of, texts, strict=True):
        for span in spans:
            if span.surface not in expansions or not 0 < span.start < span.end < len(text):
                continue
            if text[span.start - 1] not in "(（" or text[span.end] not in ")）":
                continue
            before = _NAME_BEFORE_RE.search(text, max(0, span.start - 120), span.start)
            if before is None:
                continue
            words = _words(before.group())
            if not any(len(words & own) * 2 >= len(own) for own in expansions[span.surface] if own):
                redefined.add(span.surface)
    if not redefined:
        return spans_of
    return [[s for s in spans if s.surface not in redefined] for spans in spans_of]


def _words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD_RE.findall(name) if len(w) > 2 or w.isupper())
