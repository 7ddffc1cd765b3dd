"""Bodies named by whom they belong to: an acronym as someone's place of work; a unit with its owner's possessive.

"a Visiting Fellow at RUSI", "researcher at KIEP"; "Acme’s Design Center", "Acme set up the Design Center"
(owned_names); "Dunmore’s presidential transition committee" (person_bodies: a known or found person's
possessive, lower-case words and a body's lower-case head word, lexicon `organisation_owned_heads`).

An acronym alone is no organisation anywhere (GDP, EUV, DRAM); after a role of an author's note (lexicon bio_roles:
fellow, professor, researcher, …) and "at" it is the body the person works at. Names of several words are left to
the rules that read how names end ("University of …").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, ActorType, Paragraph

# An acronym after "at"/"with": found first (rare in a text), then the word before it is looked at.
_AT_ACRONYM_RE = re.compile(r" (?:at|with) (?:the )?(?P<name>[A-Z][A-Z&]{1,7})(?![\w&’'-])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s*$")


@lexicon.table
def _roles(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(r.casefold() for r in lex.words("bio_roles", "en"))


def affiliated_bodies(text: str) -> list[Found]:
    """Acronyms after "<role> at": organisations (one regex over the paragraph)."""
    roles = _roles(lexicon.current())
    found = []
    for match in _AT_ACRONYM_RE.finditer(text):
        before = _WORD_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())
        role = before.group(1).casefold() if before else ""
        if role in roles or role.removesuffix("s") in roles:
            found.append(
                Found(match.start("name"), match.end("name"), match.group("name"), "organization", "affiliation")
            )
    return found


_POSSESSIVE_BEFORE_RE = re.compile(r"[’']s\s+$")


@lexicon.table
def _owner_verb_re(lex: lexicon.Lexicon) -> re.Pattern[str]:
    """A verb by which a body makes or holds a unit, and an article, right before the unit's name."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+")
        for v in sorted(lex.words("organisation_owner_verbs", "en"), key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{verbs or '(?!)'})\s+(?:a|an|the|its|their)\s+$")


def owned_names(text: str, items: list[Found], owners: list[tuple[int, int]]) -> list[Found]:
    """A unit named with its known owner: "Acme’s Design Center", "Acme established the Design Center".

    `owners`: spans of the known organisations in the paragraph. The name found is the unit's own; the alias is the
    name it goes by with its owner ("Acme Design Center"), as lists of a company's sites write it. The owner stands
    before a possessive, or before a verb by which a body makes or holds a unit (lexicon `organisation_owner_verbs`:
    "established", "consists of") and an article.
    """
    out = []
    verb_re = _owner_verb_re(lexicon.current())
    for item in items:
        if item.type == "organization" and item.alias is None:
            before = text[max(0, item.start - 40) : item.start]
            joint = _POSSESSIVE_BEFORE_RE.search(before) or verb_re.search(before)
            if joint is not None:
                owner_end = item.start - len(before) + joint.start()
                owner = next((text[a:b] for a, b in owners if b == owner_end), None)
                if owner is not None:
                    item = replace(item, alias=f"{owner} {item.name}")
        out.append(item)
    return out


@lexicon.table
def _person_body_heads(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("organisation_owned_heads", "en")


@lexicon.table
def _person_body_re(lex: lexicon.Lexicon) -> re.Pattern[str] | None:
    heads = "|".join(re.escape(h) for h in sorted(_person_body_heads(lex), key=len, reverse=True))
    if not heads:
        return None
    # The look-behind after the capital: a pattern opening with a character class is searched for in C.
    return re.compile(rf"(?P<who>[A-Z](?<![\w-].)[\w-]+)[’']s\s+(?:[a-z][a-z-]*\s+){{1,3}}(?:{heads})(?![\w-])")


def person_bodies(
    per_paragraph: list[tuple[Paragraph, list[Found]]],
    spans: Mapping[int, list[Span]],
    kinds: Mapping[ActorId, ActorType],
) -> list[tuple[Paragraph, list[Found]]]:
    """A body named by its person's possessive: "Dunmore’s presidential transition committee" (the whole phrase).

    The person is one the document names: a word of a known or a found person's name.
    """
    pattern = _person_body_re(lexicon.current())
    if pattern is None:
        return list(per_paragraph)
    # Where a possessive and a head word (as written: the pattern holds it in lower case) stand: a few paragraphs.
    heads = _person_body_heads(lexicon.current())
    hits = [
        (i, match)
        for i, (paragraph, _) in enumerate(per_paragraph)
        if ("’s " in paragraph.text or "'s " in paragraph.text) and any(map(paragraph.text.__contains__, heads))
        for match in pattern.finditer(paragraph.text)
    ]
    if not hits:
        return list(per_paragraph)
    people: set[str] = set()
    for paragraph, items in per_paragraph:
        people.update(w.casefold() for f in items if f.type == "person" for w in f.name.split())
        for span in spans.get(paragraph.index, []):
            if any(kinds.get(a) == "person" for a in span.actors):
                people.update(w.casefold() for w in span.surface.split())
    out = [(paragraph, list(items)) for paragraph, items in per_paragraph]
    for i, match in hits:
        paragraph, items = out[i]
        start, end = match.span()
        if match.group("who").casefold() not in people:
            continue
        if any(f.start < end and start < f.end for f in items if f.type != "person"):
            continue
        items.append(Found(start, end, " ".join(match.group().split()), "organization", "person_body"))
    return out
