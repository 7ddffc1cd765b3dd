"""A document's discovered names read against each other and against the vocabulary's countries.

- A short form of a longer name found in the same document is that name: "the Economic Policy Committee" after
  "the Atlantis-Ruritania Economic Policy Committee" (the words before its own two or more dropped), "the Government of
  the Federal Republic" after "the Government of the Federal Republic of Atlantis" (the name cut before its last
  "of …"). Only where exactly one longer name of the same kind has that form, and the short one keeps two words.
- A name whose words are an acronym another find gives in parentheses and the same head word is that find:
  "the Acme RAI Project" after "Renewing Atlantean Industry (RAI) Project".
- "The Government of <a country the vocabulary knows>" names the country, no body of its own: the find is dropped
  and the country's own mention stands. "The Government of Flanders" (no country) stays a body. So is a country's
  name with a word for its representation (lexicon `organisation_country_organs`): "the Atlantean Embassy".
- A known name and "on/for/of …" after it is that known actor and a phrase, not a new name: "Acme Daily on
  Twitter and Facebook" (not where the known name is a bare head word: "Secretariat for …").
- A body's other name in parentheses after "now", "formerly", "later" ("the Bank of Atlantis (now the Atlantean
  Commercial Bank)") is the same body: the later name is the first one's alias.
- A name after "<Capitalised word> or" shares its head with an alternative: "an Atlantic or Pacific Policy
  Dialogue" proposes a kind of dialogue, it names none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import ACRONYM_AFTER_RE, Found, Rules
from nea_site.model import ActorId, ActorType, Paragraph

_CONTINUING = frozenset({"of", "for", "on"})  # a longer name goes on after the short one with these
_COMPOUND_RE = re.compile(r"[-–][a-z]+$")  # "Velmar-based", "UK-led": an adjective made with a hyphen
_JOINING = frozenset({"of", "for", "on", "and", "the"})  # before a short form: "X of the Y" is Y's, not Y
_KINDS = frozenset({"organization", "agreement", "initiative"})
_HEAD_OF_RE = re.compile(r"[^\W\d_]+\s+of\s+(?:the\s+)?")  # "Government of the ", before the country


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.replace("’", "'").casefold().split())


def _shorter_of(
    short: tuple[str, ...], long: tuple[str, ...], raw: str, titles: frozenset[str], not_names: frozenset[str]
) -> bool:
    """`short` is `long` without the words before it, or `long` cut before an "of/for/on …" that goes on.

    Not where the words before it join another name ("Committee of the Atlantic Board" is not the Board's) or hold
    a title, a word that opens no name or an adjective made with a hyphen ("Chairman Atlantic Board", "Other
    Atlantic Board", "Velmar-based Atlantic Board": a misread, not the Board's full name).
    """
    if len(short) < 2 or len(short) >= len(long):
        return False
    before = long[: -len(short)]
    if long[-len(short) :] == short and _JOINING.isdisjoint(before) and not (titles | not_names) & set(before):
        if any(_COMPOUND_RE.search(w) for w in raw.split()[: len(before)]):
            return False  # "Oslo-based Nobel Committee": a description read into the name
        # "Economic Policy Committee" of "Atlantis Economic Policy Committee"; not "Bank of Atlantis" of
        # "Commercial Bank of Atlantis": a head word and its "of …" alone may be another body's name.
        cut = next((i for i, w in enumerate(short) if w in _CONTINUING), len(short))
        return cut >= 2
    return long[: len(short)] == short and long[len(short)] in _CONTINUING


def with_full_names(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]], rules: Rules
) -> list[tuple[Paragraph, list[Found]]]:
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
        longer = [
            f
            for (k, w), f in longest.items()
            if k == kind and _shorter_of(words, w, f.name, rules.title_words, rules.not_names)
        ]
        if len({_words(f.name) for f in longer}) == 1:
            full[(kind, words)] = longer[0]
    by_acronym = {(f.type, _acronym(f), _words(f.name)[-1]): f for f in longest.values() if _acronym(f)}
    for kind, words in longest:
        if (kind, words) not in full and len(words) >= 2:
            whole = next(
                (by_acronym[(kind, w, words[-1])] for w in words[:-1] if (kind, w, words[-1]) in by_acronym), None
            )
            if whole is not None and _words(whole.name) != words:
                full[(kind, words)] = whole
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


_RENAMED_RE = re.compile(r"\s*[(（]\s*(?:now|formerly|later|renamed)\s+(?:the\s+)?")


def with_renamed(per_paragraph: Sequence[tuple[Paragraph, list[Found]]]) -> list[tuple[Paragraph, list[Found]]]:
    """A name in "(now the …)" right after another of the same kind is that one's alias, found as it."""
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        if "(" in paragraph.text or "（" in paragraph.text:
            items = _renamed(paragraph.text, items)
        out.append((paragraph, items))
    return out


def _renamed(text: str, items: list[Found]) -> list[Found]:
    ordered = sorted(items, key=lambda f: f.start)
    for i, first in enumerate(ordered[:-1]):
        later = ordered[i + 1]
        joint = _RENAMED_RE.match(text, first.end)
        if first.type in _KINDS and later.type == first.type and joint is not None and joint.end() == later.start:
            if first.alias is None:
                ordered[i] = first = replace(first, alias=later.name)
            ordered[i + 1] = replace(first, start=later.start, end=later.end)
    return ordered


def _acronym(item: Found) -> str:
    """The acronym a find was given with, or that its name holds in parentheses, folded."""
    if item.acronym:
        return item.acronym.casefold()
    inner = next(ACRONYM_AFTER_RE.finditer(item.name), None)
    return inner.group(1).casefold() if inner is not None else ""


def without_known_actors(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]],
    spans: Mapping[int, list[Span]],
    kinds: Mapping[ActorId, ActorType],
    rules: Rules,
) -> list[tuple[Paragraph, list[Found]]]:
    """The finds without those naming a known actor: a country's Government or organ, a known name and a phrase.

    "Government of <country>" (rule of_head) whose name after "of" is a country the vocabulary knows, a country's
    organ ("Atlantean Embassy"), a known name with a phrase after it ("Acme Daily on Twitter").
    Run after `with_full_names`: a short form that took such a name goes with it.
    """
    dropped = {
        _words(item.name)
        for paragraph, items in per_paragraph
        for item in items
        if item.rule == "of_head" and _country_after_of(paragraph.text, item, spans.get(paragraph.index, []), kinds)
    }
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        own = spans.get(paragraph.index, [])
        kept = [
            item
            for item in items
            if not (item.rule == "of_head" and _words(item.name) in dropped)
            and not (item.type == "organization" and _country_organ(paragraph.text, item, own, kinds))
            and not (item.type != "person" and _known_then_phrase(paragraph.text, item, own, rules))
            and not (
                item.type != "person"
                and _ALTERNATIVE_BEFORE_RE.search(paragraph.text, max(0, item.start - 40), item.start)
            )
        ]
        out.append((paragraph, kept))
    return out


@lexicon.table
def _organs(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lex.words("organisation_country_organs", "en"))


def _country_organ(text: str, item: Found, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> bool:
    """A known country's name or adjective and one word for its representation: "Atlantean Embassy"."""
    return any(
        span.start == item.start
        and any(kinds.get(a) == "country" for a in span.actors)
        and text[span.end : item.end].strip().casefold() in _organs(lexicon.current())
        for span in own
    )


_ALTERNATIVE_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*\s+or\s+$")  # "an Atlantic or " before a name
_CONNECTOR_RE = re.compile(r"\s+(?:on|for|of)\s")


def _known_then_phrase(text: str, item: Found, own: list[Span], rules: Rules) -> bool:
    """A known name of more than a head word opens the find, and "on/for/of" follows it: "Acme Daily on Twitter"."""
    return any(
        span.start == item.start
        and span.end < item.end
        and span.surface.casefold() not in rules.org_en
        and _CONNECTOR_RE.match(text, span.end) is not None
        for span in own
    )


def _country_after_of(text: str, item: Found, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> bool:
    """A known country ends the name, right after its "of" ("of the People's Republic of Atlantis")."""
    if any(
        span.end == item.end
        and span.start > item.start
        and any(kinds.get(a) == "country" for a in span.actors)
        and _HEAD_OF_RE.fullmatch(text, item.start, span.start) is not None
        for span in own
    ):
        return True
    # "of the United States of America", where the vocabulary's "the United States" and "America" (one country's
    # names) were found as two: the country's names, joined by "of", fill the rest of the find.
    inside = [s for s in own if item.start < s.start and s.end <= item.end and s.actors]
    head = _HEAD_OF_RE.match(text, item.start)
    return (
        len(inside) > 1
        and head is not None
        and inside[0].start <= head.end()
        and inside[-1].end == item.end
        and len({s.actors for s in inside}) == 1
        and all(kinds.get(a) == "country" for a in inside[0].actors)
        and all(_OF_GAP_RE.fullmatch(text, a.end, b.start) for a, b in zip(inside, inside[1:], strict=False))
    )


_OF_GAP_RE = re.compile(r"\s+of\s+")
