"""A ministry named without its country, in a text written from inside one government.

Official records and cables say "the Foreign Ministry" for their own host's ministry, and name its units with it:
"Deputy Head, Atlantic Division, Foreign Ministry", "the Treaties Bureau of the Foreign Ministry". Whose it is
the text says once, by naming one country's Government ("the Atlantean Government", "the Government of
Atlantis", a capital G: the official register). Where exactly one country's Government is named:

- a bare ministry's name is the vocabulary's ministry of that country: the name written as "<country>'s <name>"
  is a vocabulary alias of one organisation ("Atlantis's Foreign Ministry"); each bare occurrence is a mention;
- a discovered unit named with it ("Atlantic Division, Foreign Ministry", "Treaties Bureau of the Foreign
  Ministry") is named with the ministry's country-qualified name: "Atlantic Division, Atlantean Foreign Ministry".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from nea_site.extract.actors import Gazetteer, Span
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]
_GOVERNMENT_AFTER_RE = re.compile(r"\s+Government\b")
_GOVERNMENT_BEFORE_RE = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?$")


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
            if _capital_before(text, start):
                continue  # "Ruritanian Foreign Ministry": another country's, or a longer name
            if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in kept):
                continue
            organisation, _ = bare[match.group("name")]
            kept.append(Found(start, end, match.group("name"), "organization", "own_ministry", actor=organisation))
        out.append((paragraph, kept))
    return out


def _own_country(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], gazetteer: Gazetteer) -> ActorId | None:
    """The one country whose Government the text names, if exactly one."""
    countries: set[ActorId] = set()
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
                countries.add(span.actors[0])
    return next(iter(countries)) if len(countries) == 1 else None


def _bare_names(country: ActorId, gazetteer: Gazetteer) -> dict[str, tuple[ActorId, str]]:
    """Bare name -> (organisation, its name with the country's adjective): from "<country>'s <name>" aliases."""
    names = {n for n, ids in gazetteer.targets.items() if ids == (country,) and n.isascii() and n[:1].isupper()}
    bare: dict[str, tuple[ActorId, str]] = {}
    for target, ids in sorted(gazetteer.targets.items()):
        if len(ids) != 1 or gazetteer.kinds.get(ids[0]) != "organization":
            continue
        owner, mark, rest = target.replace("’s ", "'s ").partition("'s ")
        if mark and owner in names and rest:
            qualified = _qualified(ids[0], rest, gazetteer)
            if qualified is not None:
                bare.setdefault(rest, (ids[0], qualified))
    return bare


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


def _capital_before(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].rstrip()
    last = before.split()[-1] if before.split() else ""
    return bool(last) and last[0].isupper() and last[-1].isalpha() and last.casefold() != "the"


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
