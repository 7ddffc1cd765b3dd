"""A ministry named without its country, in a text written from inside one government.

Official records and cables say "the Foreign Ministry" for their own host's ministry, and name its units with it:
"Deputy Head, Atlantic Division, Foreign Ministry", "the Treaties Bureau of the Foreign Ministry". Whose it is
the text says by naming that country's Government ("the Atlantean Government", "the Government of Atlantis", a
capital G: the official register). Where one country's Government is named twice or more, and at least three
times as often as any other:

- a bare ministry's name is the vocabulary's ministry of that country: the name written as "<country>'s <name>"
  or "<adjective> <name>" is a vocabulary alias of one organisation ("Atlantis's Foreign Ministry", "Atlantean
  Diet") and its head word heads a state's body (lexicon `organisation_state_heads`: "Ministry", "Diet"; not
  "the Commonwealth", which an Australian record says of its own federal government); each bare occurrence is a
  mention;
- a discovered unit named with it ("Atlantic Division, Foreign Ministry", "Treaties Bureau of the Foreign
  Ministry") is named with the ministry's country-qualified name: "Atlantic Division, Atlantean Foreign Ministry".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, Span
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
_GOVERNMENT_AFTER_RE = re.compile(r"\s+Government\b")
_GOVERNMENT_BEFORE_RE = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?$")
_DEMONYM_RE = re.compile(r"[a-z](?:ese|ian|ean|ish|an)$")  # a people's adjective: "Atlantean", "Japanese"


def own_ministries(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], gazetteer: Gazetteer) -> PerParagraph:
    """The found names with the bare ministries of the one government the text names, and its units renamed."""
    country = _own_country(per_paragraph, spans, gazetteer)
    if country is None:
        return per_paragraph
    bare = _bare_names(country, gazetteer)
    if not bare:
        return per_paragraph
    pattern = re.compile(
        r"(?<![\w’'])(?P<name>" + "|".join(re.escape(n) for n in sorted(bare, key=len, reverse=True)) + r")(?![\w-])"
    )
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        text = paragraph.text
        own = spans.get(paragraph.index, [])
        kept = [_unit(item, text, bare) for item in items]
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if _inside_longer(text, start, end):
                continue  # "Ruritanian Foreign Ministry": another country's; "Cabinet Secretary": a title
            if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in kept):
                continue
            organisation, _ = bare[match.group("name")]
            kept.append(Found(start, end, match.group("name"), "organization", "own_ministry", actor=organisation))
        out.append((paragraph, kept))
    return out


def _own_country(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], gazetteer: Gazetteer) -> ActorId | None:
    """The country whose Government the text names at least twice, and three times as often as any other."""
    counts: Counter[ActorId] = Counter()
    for paragraph, _ in per_paragraph:
        text = paragraph.text
        if "Government" not in text:
            continue
        for span in spans.get(paragraph.index, []):
            if len(span.actors) != 1 or gazetteer.kinds.get(span.actors[0]) != "country":
                continue
            if _GOVERNMENT_AFTER_RE.match(text, span.end) or _GOVERNMENT_BEFORE_RE.search(
                text, max(0, span.start - 20), span.start
            ):
                counts[span.actors[0]] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 3 * ranked[1][1]):
        return None
    return ranked[0][0]


def _bare_names(country: ActorId, gazetteer: Gazetteer) -> dict[str, tuple[ActorId, str]]:
    """Bare name -> (organisation, its name with the country's adjective), from the organisations' aliases.

    "<country>'s <name>" ("Atlantis's Foreign Ministry"), or "<adjective> <name>" with the country's adjective
    ("Atlantean Diet"); not "<country> <name>", which is often a name of its own ("Atlantis Daily").
    """
    names = {n for n, ids in gazetteer.targets.items() if ids == (country,) and n.isascii() and n[:1].isupper()}
    heads = _state_heads(lexicon.current())
    adjectives = tuple(f"{n} " for n in names if " " not in n and _DEMONYM_RE.search(n))
    bare: dict[str, tuple[ActorId, str]] = {}
    for target, ids in sorted(gazetteer.targets.items()):
        if len(ids) != 1 or gazetteer.kinds.get(ids[0]) != "organization":
            continue
        owner, mark, rest = target.replace("’s ", "'s ").partition("'s ")
        if not (mark and owner in names and rest):
            adjective = next((a for a in adjectives if target.startswith(a)), None)
            rest = target[len(adjective) :] if adjective is not None else ""
        if rest[:1].isupper() and _state_head(rest, heads):
            qualified = _qualified(ids[0], rest, gazetteer)
            if qualified is not None:
                bare.setdefault(rest, (ids[0], qualified))
    return bare


@lexicon.table
def _state_heads(lex: lexicon.Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for w in lex.words("organisation_state_heads", "en"))


def _state_head(name: str, heads: frozenset[str]) -> bool:
    """The name's head word (before its first "of", else the last) heads a state's body: "Ministry", "Diet"."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w == "of" and i), len(words))
    return words[cut - 1].casefold() in heads


def _qualified(organisation: ActorId, rest: str, gazetteer: Gazetteer) -> str | None:
    """The organisation's alias "<Adjective> <rest>" ("Atlantean Foreign Ministry"), if the vocabulary has one."""
    return next(
        (
            n
            for n, ids in sorted(gazetteer.targets.items())
            if ids == (organisation,)
            and n.endswith(f" {rest}")
            and len(n.split()) == len(rest.split()) + 1
            and "'" not in n
            and "’" not in n
        ),
        None,
    )


_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w’'-])(?!(?:the|The)\b)[A-Z][\w’'-]*\s+$")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]")


def _inside_longer(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: "Ruritanian Foreign Ministry", "Cabinet Secretary"."""
    return (
        _CAPITAL_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        or _CAPITAL_AFTER_RE.match(text, end) is not None
    )


def _unit(item: Found, text: str, bare: Mapping[str, tuple[ActorId, str]]) -> Found:
    """A discovered unit named with the bare ministry: "Treaties Bureau of the Foreign Ministry", "X Division, …"."""
    if item.type != "organization" or item.actor is not None:
        return item
    for name, (_, qualified) in bare.items():
        for joint in (" of the ", " of "):
            if item.name.endswith(f"{joint}{name}"):
                return replace(item, name=f"{item.name[: -len(joint + name)]}, {qualified}")
        after = re.match(rf",\s*{re.escape(name)}(?![\w-])", text[item.end :])
        if after is not None:
            return replace(item, name=f"{item.name}, {qualified}")
    return item
