"""One CJK organisation written two ways in one document becomes one discovered actor, its long name first.

- A short form that ends a longer discovered name of the same kind ("乙丙油田" after "甲公司乙丙油田", "乙丙武装"
  after "甲国乙丙武装"): four characters at least, and not a state body's word that every state's body ends with
  (lexicon zh `organisation_shared_endings`: "国家统计局" is not "甲国国家统计局").
- A known country or place written in full before some words, and its first character alone before the same
  words: "俄罗斯国防部" (the vocabulary's Russia) and "俄国防部", the one-character abbreviation news uses.

The short form keeps its mentions and becomes an alias of the long name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import HAN_RE, Found
from nea_site.model import ActorId, ActorType, Paragraph
from nea_site.text.script import to_simplified

MIN_SHORT = 4  # characters of a short form that ends a longer name: "国防部" is every state's
MIN_REST = 2  # characters after a place's name: "俄国" is no abbreviation of a body


@lexicon.table
def _shared_endings(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("organisation_shared_endings", "zh")


def every_states_body(name: str) -> bool:
    """Whether a name is one that every state's body may bear: short ("国务院") or with a shared ending ("外交部")."""
    simple = to_simplified(name)
    return len(simple) < MIN_SHORT or simple.endswith(_shared_endings(lexicon.current()))


def merge_variants(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]],
    spans: Mapping[int, list[Span]],
    kinds: Mapping[ActorId, ActorType],
) -> list[tuple[Paragraph, list[Found]]]:
    """The finds with each short or abbreviated form renamed to the document's long form of it."""
    shared = _shared_endings(lexicon.current())
    names: dict[str, str] = {}  # Simplified name -> as written, of discovered organisations in Han characters
    placed: dict[str, str] = {}  # a place's first character and the rest of the name -> the name in full
    for paragraph, items in per_paragraph:
        orgs = [item for item in items if item.type == "organization" and HAN_RE.search(item.name)]
        if not orgs:
            continue
        places = _places(spans.get(paragraph.index, []), kinds)
        for item in orgs:
            names.setdefault(to_simplified(item.name), item.name)
            key = _place_key(item, places)
            if key is not None:
                placed.setdefault(key, item.name)
    if not names:
        return list(per_paragraph)
    longer = sorted(names, key=len, reverse=True)
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        if not any(item.type == "organization" for item in items):
            out.append((paragraph, items))
            continue
        places = _places(spans.get(paragraph.index, []), kinds)
        renamed: list[Found] = []
        for item in items:
            long_name = None
            if item.type == "organization" and HAN_RE.search(item.name):
                simple = to_simplified(item.name)
                if item.start not in places and len(simple) > MIN_REST:
                    long_name = placed.get(simple)  # "俄国防部": "俄" and "国防部"
                if long_name is None:
                    long_name = _ended_by(simple, longer, names, shared)
            if long_name is not None and long_name != item.name:
                item = replace(item, name=long_name, alias=item.alias or item.name)
            renamed.append(item)
        out.append((paragraph, renamed))
    return out


def _places(own: Sequence[Span], kinds: Mapping[ActorId, ActorType]) -> dict[int, Span]:
    return {s.start: s for s in own if s.actors and all(kinds.get(a) in ("country", "place") for a in s.actors)}


def _place_key(item: Found, places: Mapping[int, Span]) -> str | None:
    """The first character of the known place a find opens with and the rest of its name: "俄" + "国防部".

    Only where the place's name is longer than one character and the name goes on after it.
    """
    span = places.get(item.start)
    if span is None or span.end - span.start < 2 or item.end - span.end < MIN_REST:
        return None
    return to_simplified(item.name[0] + item.name[span.end - item.start :])


def _ended_by(name: str, longer: Sequence[str], written: Mapping[str, str], shared: tuple[str, ...]) -> str | None:
    """The one other discovered name that `name` ends, when `name` may stand for it.

    Two bodies that it ends ("甲大学国际关系学院", "乙大学国际关系学院") leave it for neither.
    """
    if len(name) < MIN_SHORT or name.endswith(shared):
        return None
    ended = [other for other in longer if len(other) > len(name) and other.endswith(name)]
    return written[ended[0]] if len(ended) == 1 else None


_SERIAL_COMMA_RE = re.compile(r",(\s+(?:and|or)\b)")


def as_known(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]],
    targets: Mapping[str, tuple[ActorId, ...]],
    kinds: Mapping[ActorId, ActorType],
) -> list[tuple[Paragraph, list[Found]]]:
    """Finds whose name, or the other-script form given beside it, is a vocabulary name of one actor of their kind.

    "윤병세(尹炳世)" where the vocabulary knows 尹炳世, a name the vocabulary lists in another script: that actor,
    not a discovered one.
    """
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        kept: list[Found] = []
        for item in items:
            if item.actor is None:
                known = _known_id(item, targets, kinds)
                item = replace(item, actor=known) if known is not None else item
            kept.append(item)
        out.append((paragraph, kept))
    return out


def _known_id(
    item: Found, targets: Mapping[str, tuple[ActorId, ...]], kinds: Mapping[ActorId, ActorType]
) -> ActorId | None:
    for form in (item.name, item.other):
        if not form:
            continue
        # "Ministry of Economy, Trade, and Industry": the serial comma is no part of the vocabulary's name
        for key in dict.fromkeys((form, to_simplified(form), _SERIAL_COMMA_RE.sub(r"\1", form))):
            ids = targets.get(key, ())
            if len(ids) == 1 and kinds.get(ids[0]) == item.type:
                return ids[0]
    return None
