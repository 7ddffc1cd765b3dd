"""Discovered actors put together: one actor per name, its mentions, a family name taken as the full name.

What the rules found in each paragraph (discover/document.py) becomes the document's Discovery: actors merged by
id, a mention per find, and the bare repeats of a discovered name elsewhere in the document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from slugify import slugify

from nea_site.extract.actors import Gazetteer, Span
from nea_site.extract.discover.rules import CJK_RE, DISCOVERED_PREFIX, HAN_RE, HANGUL_RE, Discovery, Found, Rules
from nea_site.model import Actor, ActorId, Lang, LocalizedText, Mention, Paragraph, Terms, merge_found
from nea_site.model.ids import content_hash
from nea_site.text.script import to_simplified

_DESCRIBED = frozenset({"prose_agreement", "pair_agreement"})  # rules whose names describe, not name


def discovered_id(name_en: str | None, name_cjk: str | None) -> ActorId:
    """`found-` and a slug of the English name, else a short hash of the CJK name (Simplified).

    The slug spells a name's accented letters in ASCII ("Ōkawa Tarō" -> okawa-taro, "Đại" -> dai).
    """
    if name_en:
        latin = name_en.casefold() if CJK_RE.search(name_en) else slugify(name_en)  # no romanised CJK slug
        slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:60].strip("-")
        if slug:
            return ActorId(DISCOVERED_PREFIX + slug)
    return ActorId(DISCOVERED_PREFIX + content_hash(to_simplified(name_cjk or name_en or ""), length=10))


def assemble(
    per_paragraph: list[tuple[Paragraph, list[Found]]],
    spans: Mapping[int, list[Span]],
    gazetteer: Gazetteer,
    rules: Rules,
    known_ids: frozenset[str],
    persons: Mapping[ActorId, tuple[str, ...]],
    in_office: Mapping[str, ActorId],
) -> Discovery:
    # Full names of people in the document: a family name alone ("Mr Kishi") is theirs.
    full_people: dict[str, tuple[str, ActorId | None]] = {}  # family name (folded) -> full name, vocabulary id
    # A known person named in CJK script in the document: a family name with a title alone ("上川大臣", "李总理",
    # "박 장관") is theirs, where one known person's name opens with it.
    cjk_families: dict[str, set[ActorId]] = {}
    kinds = gazetteer.kinds
    people = persons.keys()  # most names are no person's: one test in C, not a lookup per actor
    for paragraph, items in per_paragraph:
        for item in items:
            if item.type == "person" and not item.family and (" " in item.name or "·" in item.name):
                parts = re.split(r"[ ·]+", item.name)  # "Jane Roe", "亚历山大·卢卡申科"
                for part in (parts[0], parts[-1]):
                    full_people.setdefault(part.casefold(), (item.name, None))
        for span in spans.get(paragraph.index, []):  # one walk over the known names for both tables
            surface = span.surface
            for known_id in span.actors if not people.isdisjoint(span.actors) else ():
                for name in persons.get(known_id, ()):
                    if name.casefold() in surface.casefold() or surface.casefold() in name.casefold():
                        for part in (name.split()[0], name.split()[-1]):
                            full_people.setdefault(part.casefold(), (name, known_id))
            if len(surface) >= 3 and not surface.isascii() and (HAN_RE.search(surface) or HANGUL_RE.search(surface)):
                for known_id in span.actors:
                    if kinds.get(known_id) == "person":
                        for length in (1, 2):
                            cjk_families.setdefault(surface[:length], set()).add(known_id)
    actors: dict[ActorId, Actor] = {}
    mentions: list[Mention] = []
    nested: set[tuple[int, int]] = set()
    names_of: dict[str, ActorId] = {}  # a discovered person's name as written -> id, for its bare occurrences
    for paragraph, items in per_paragraph:
        for item in items:
            if item.actor is not None and not item.family:  # a vocabulary actor a rule read ("the Charter")
                mentions.append(_mention(item.actor, paragraph, item))
                continue
            if item.type == "person" and len(item.name) <= 2 and len(cjk_families.get(item.name, ())) == 1:
                mentions.append(_mention(next(iter(cjk_families[item.name])), paragraph, item))
                continue  # "上川大臣" where the text named 上川陽子
            if item.family and item.name.casefold() in full_people:
                full, vocabulary_id = full_people[item.name.casefold()]
                if vocabulary_id is not None:
                    mentions.append(_mention(vocabulary_id, paragraph, item))
                    continue
                item = replace(item, name=full)
            elif item.family and item.name.casefold() in in_office:  # "MR KISHI" of 1957: the one then in office
                mentions.append(_mention(in_office[item.name.casefold()], paragraph, item))
                if item.name.isascii():
                    names_of.setdefault(paragraph.text[item.start : item.end], in_office[item.name.casefold()])
                continue
            actor = discovered_actor(item, known_ids)
            previous = actors.get(actor.id)
            actors[actor.id] = merge_found(previous, actor) if previous else actor
            mentions.append(_mention(actor.id, paragraph, item))
            if item.type == "person" and HAN_RE.search(item.name) is None:
                names_of.setdefault(paragraph.text[item.start : item.end], actor.id)
            if item.acronym:
                names_of.setdefault(item.acronym, actor.id)
            for span in spans.get(paragraph.index, []):
                # An agreement described in prose ("the agreement on a cemetery in Yokohama", "the Japan-China
                # aviation agreement") names its places and parties as such: they stay linked. A proper name
                # holds its names (nested).
                if item.start <= span.start and span.end <= item.end and item.rule not in _DESCRIBED:
                    nested.add((paragraph.index, span.start))
    # Bare occurrences of a discovered name elsewhere in the document: "KISHI said", "the LSTC".
    if names_of:
        # A Latin name stands apart from Latin letters and digits only ("NPRS随后"); any other from any letter.
        pattern = re.compile(
            "|".join(
                rf"(?<![A-Za-z0-9&]){re.escape(n)}(?![A-Za-z0-9&])"
                if n.isascii()
                else rf"(?<![\w&]){re.escape(n)}(?![\w&])"
                for n in sorted(names_of, key=len, reverse=True)
            )
        )
        taken = {(m.paragraph, m.offset) for m in mentions}
        for paragraph, items in per_paragraph:
            own = spans.get(paragraph.index, [])
            for match in pattern.finditer(paragraph.text):
                start, end = match.span()
                if (paragraph.index, start) in taken or paragraph.text[:start].rstrip().endswith(("(", "（")):
                    continue  # the acronym given in parentheses right after the name is no repeat of it
                if any(s.start < end and start < s.end for s in own) or any(
                    i.start < end and start < i.end for i in items
                ):
                    continue
                if " " not in match.group() and _NAME_GOES_ON_RE.match(paragraph.text, end):
                    continue  # "Mr Park" named, then "Park Avenue": a word of another name
                mentions.append(
                    Mention(
                        actor=names_of[match.group()], surface=match.group(), paragraph=paragraph.index, offset=start
                    )
                )
    mentions.sort(key=lambda m: (m.paragraph, m.offset))
    del gazetteer, rules
    return Discovery(
        actors=tuple(actors[k] for k in sorted(actors)), mentions=tuple(mentions), nested=frozenset(nested)
    )


_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z][a-z]")  # a capitalised word right after: the name is longer


def _mention(actor: ActorId, paragraph: Paragraph, item: Found) -> Mention:
    return Mention(
        actor=actor, surface=paragraph.text[item.start : item.end], paragraph=paragraph.index, offset=item.start
    )


def discovered_actor(item: Found, known_ids: frozenset[str]) -> Actor:
    """The actor a find names: its name in the script written, the other form, acronym and alias as aliases."""
    cjk = bool(CJK_RE.search(item.name))
    name_en = item.other if cjk else item.name
    if cjk and name_en and CJK_RE.search(name_en):
        name_en = None  # "윤병세(尹炳世)": the other form is the Chinese one, no English name is given
    name_zh = item.name if cjk else item.other
    if cjk and not HAN_RE.search(item.name) or HANGUL_RE.search(item.name):  # Korean, or Japanese kana only
        name_zh = item.other if item.other and HAN_RE.search(item.other) else None
        aliases = Terms(other=(item.name,))
    else:  # a CJK name's other form is Chinese, an English name's English
        acronyms = (item.acronym,) if item.acronym else ()
        alias = (item.alias,) if item.alias else ()
        aliases = Terms(en=acronyms, zh=alias) if cjk else Terms(en=acronyms + alias)
    actor_id = discovered_id(name_en, None if name_en else item.name)
    if actor_id in known_ids:
        actor_id = ActorId(f"{actor_id}-{content_hash(item.name, length=4)}")
    original: Lang = "zh" if cjk and name_zh else "en"
    return Actor(
        id=actor_id,
        type=item.type,
        name=LocalizedText(en=name_en or (item.name if not name_zh else None), zh=name_zh, original=original),
        aliases=aliases,
        found_by=item.rule,
    )
