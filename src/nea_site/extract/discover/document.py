"""A document's discovered actors: the rules run per paragraph, names resolved, actors and mentions."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, Span
from nea_site.extract.discover.affiliations import affiliated_bodies, owned_names, person_bodies
from nea_site.extract.discover.agreements import chinese_pacts, english_pacts, with_editions
from nea_site.extract.discover.agreements_cjk import governments_titles, meeting_declarations, party_agreements
from nea_site.extract.discover.agreements_described import described_agreements
from nea_site.extract.discover.anaphora import bare_agreements
from nea_site.extract.discover.assemble import assemble, discovered_actor
from nea_site.extract.discover.bracketed import bracketed_titles
from nea_site.extract.discover.chinese import zh_names, zh_speakers
from nea_site.extract.discover.citations import citation_names
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.country_bodies import country_bodies
from nea_site.extract.discover.english import english_names
from nea_site.extract.discover.filters_general import drop_false_people
from nea_site.extract.discover.ja_ko import ja_names, ko_names
from nea_site.extract.discover.ministries import own_ministries
from nea_site.extract.discover.name_edges import trimmed_names
from nea_site.extract.discover.note_names import note_people
from nea_site.extract.discover.notes import chinese_forms
from nea_site.extract.discover.organizations_tables import table_organisations
from nea_site.extract.discover.organizations_zh import zh_organisations
from nea_site.extract.discover.organizations_zh_context import context_organisations
from nea_site.extract.discover.pair_agreements import pair_agreements
from nea_site.extract.discover.people_company import company_people
from nea_site.extract.discover.people_lists import listed_people
from nea_site.extract.discover.people_names import ja_members, zh_cited_authors, zh_office_names
from nea_site.extract.discover.people_places import english_places, zh_places
from nea_site.extract.discover.rules import (
    ACRONYM_AFTER_RE,
    CJK_RE,
    HAN_RE,
    HANGUL_RE,
    KANA_RE,
    UPPER_RE,
    Discovery,
    Found,
    Rules,
    compiled_rules,
)
from nea_site.extract.discover.short_forms import with_full_names, with_renamed, without_known_actors
from nea_site.extract.discover.speakers import transcript_speakers
from nea_site.extract.discover.variants_cjk import as_known, every_states_body, merge_variants
from nea_site.model import ActorId, ActorType, Mention, Paragraph, merge_found
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

# --- the document ----------------------------------------------------------------------------------------------


def prepare() -> None:
    """Compile the rules now (~0.2 s): with the extractor, before a worker's first document, not inside it."""
    lexicon.build_tables()


def discover_actors(
    paragraphs: Sequence[Paragraph],
    spans: Mapping[int, list[Span]],
    gazetteer: Gazetteer,
    segmenter: Segmenter,
    *,
    known_ids: frozenset[str] = frozenset(),
    persons: Mapping[ActorId, tuple[str, ...]] | None = None,
    in_office: Mapping[str, ActorId] | None = None,
    simplified: Mapping[int, str] | None = None,
    rejected: Iterable[str] = (),
    citations: Sequence[Citation] = (),
    chinese: Mapping[tuple[ActorId, ...], str] | None = None,
) -> Discovery:
    """Discovered actors of a document and their mentions. `spans`: the vocabulary's names in each paragraph.

    `persons`: the vocabulary's people (id -> English names), so that "Mr Kishida" names the one the document
    names in full. `in_office`: folded family name -> the one vocabulary person of that name in office in the
    document's year, whom "MR KISHI" names where the document gives no full name (period_people.py).
    `simplified`: paragraph index -> its text in Simplified characters, when the caller has it.
    `rejected`: names a curator rejected (`nea-site actors reject`), never discovered. `citations`: footnotes and
    reference-list entries, read for the outlets and authors they cite only (citations.py). `chinese`: the
    vocabulary's Chinese names by actors, for a Japanese name's Chinese form (notes.py).
    """
    rules = compiled_rules(lexicon.current())
    per_paragraph: list[tuple[Paragraph, list[Found]]] = []
    tabled = table_organisations(paragraphs)  # cells under a "Company" column (organizations_tables.py)
    # A Japanese text's paragraph of kanji alone ("第1回作業部会。") is Japanese: the text is more Japanese than not.
    japanese = sum(p.lang == "ja" for p in paragraphs) > sum(p.lang == "zh" for p in paragraphs)
    for paragraph in paragraphs:
        own = spans.get(paragraph.index, [])
        simple = simplified.get(paragraph.index) if simplified is not None else None
        names = _paragraph_names(
            paragraph, own, rules, segmenter, gazetteer, simple, tabled.get(paragraph.index, []), japanese=japanese
        )
        per_paragraph.append((paragraph, names))
    per_paragraph = drop_false_people(listed_people(per_paragraph, spans, gazetteer.kinds, segmenter))
    per_paragraph = trimmed_names(per_paragraph)  # "陈希在" -> "陈希", "实施…战略" -> "…战略"
    per_paragraph = as_known(merge_variants(per_paragraph, spans, gazetteer.kinds), gazetteer.targets, gazetteer.kinds)
    per_paragraph = without_known_actors(
        with_full_names(with_renamed(per_paragraph), rules), spans, gazetteer.kinds, rules
    )
    per_paragraph = note_people(per_paragraph, spans, rules)  # "2 Atlan Kazuro." under "Atlan said"
    per_paragraph = transcript_speakers(per_paragraph, spans, rules)  # "Wang Wu: …" opening an interview's turns
    per_paragraph = company_people(per_paragraph, spans, gazetteer.kinds, rules)  # "A and B were with C"
    per_paragraph = country_bodies(per_paragraph, spans, gazetteer.kinds, rules)  # "from Atlas of the Netherlands"
    per_paragraph = pair_agreements(per_paragraph, spans, gazetteer.kinds)  # "the Atlantis-Utopia trade agreement"
    per_paragraph = described_agreements(per_paragraph, spans, gazetteer)  # "Atlantis's X treaty with Utopia"
    per_paragraph = person_bodies(per_paragraph, spans, gazetteer.kinds)  # "Dunmore's transition committee"
    per_paragraph = bare_agreements(per_paragraph, spans, gazetteer)  # "the Charter" of a body named
    per_paragraph = own_ministries(per_paragraph, spans, gazetteer)  # "the Foreign Ministry" of one Government
    if chinese:
        per_paragraph = [(p, chinese_forms(p, items, spans.get(p.index, []), chinese)) for p, items in per_paragraph]
    refused = _refused(tuple(rejected))
    if refused:
        per_paragraph = [
            (
                p,
                [
                    i
                    for i in items
                    if _fold_name(i.name) not in refused and _fold_name(p.text[i.start : i.end]) not in refused
                ],
            )
            for p, items in per_paragraph
        ]
    found = assemble(per_paragraph, spans, gazetteer, rules, known_ids, persons or {}, in_office or {})
    return _with_cited(found, citations, gazetteer, known_ids, refused) if citations else found


Citation = tuple[int, str | None, str]  # (paragraph index, or 0 and the footnote's id; text) of a citation


def _with_cited(
    found: Discovery, citations: Sequence[Citation], gazetteer: Gazetteer, known_ids: frozenset[str], refused: Set[str]
) -> Discovery:
    """The outlets and authors the citations name: a vocabulary actor when it is one, else a discovered one."""
    actors = {a.id: a for a in found.actors}
    mentions = list(found.mentions)
    for paragraph, note, text in citations:
        for item in citation_names(text):
            if _fold_name(item.name) in refused:
                continue
            known = gazetteer.targets.get(item.name, gazetteer.targets.get(to_simplified(item.name)))
            if known == () or _places_only(item.name, gazetteer):
                continue  # a phrase the vocabulary says is no name; "London and New York", where it was published
            if known is None:
                actor = discovered_actor(item, known_ids)
                actors[actor.id] = merge_found(actors[actor.id], actor) if actor.id in actors else actor
                known = (actor.id,)
            mentions.extend(
                Mention(
                    actor=a, surface=text[item.start : item.end], paragraph=paragraph, offset=item.start, section=note
                )
                for a in known
            )
    mentions.sort(key=lambda m: (m.paragraph, m.offset if m.paragraph else 0))
    return replace(found, actors=tuple(actors[k] for k in sorted(actors)), mentions=tuple(mentions))


@functools.lru_cache(maxsize=8)
def _refused(rejected: tuple[str, ...]) -> frozenset[str]:
    """The curator's rejected names folded as _fold_name folds (once per list, not per document)."""
    return frozenset(_fold_name(n) for n in rejected)


def _fold_name(name: str) -> str:
    """A name compared with a curator's list: case, script and spacing folded."""
    return " ".join(to_simplified(name).casefold().split())  # str.split's whitespace is the regex's \s


def _paragraph_names(
    paragraph: Paragraph,
    own: list[Span],
    rules: Rules,
    segmenter: Segmenter,
    gazetteer: Gazetteer,
    simple: str | None,
    tabled: list[Found],
    *,
    japanese: bool = False,
) -> list[Found]:
    text = paragraph.text
    kinds = gazetteer.kinds

    def known(start: int, end: int) -> bool:
        return any(s.start < end and start < s.end for s in own)

    found: list[Found] = list(tabled)
    if UPPER_RE.search(text):
        names = english_names(text, rules, known, cells=paragraph.cell_spans())
        header = paragraph.kind == "table_header"  # a header names its columns: "Capital City", "Host City"
        found.extend(with_editions(text, [n for n in names if not header or n.type != "place"]))
        if not header:
            # Known places and countries after "in " or ", " (english_places reads a name placed in one only there).
            placed = [
                s.start
                for s in own
                if (text[s.start - 2 : s.start - 1] == "," or text[s.start - 3 : s.start - 1] == "in")
                and s.actors
                and kinds.get(s.actors[0]) in ("place", "country")
            ]
            found.extend(english_places(text, rules, known, lambda at: _known_at(own, kinds, at), placed=placed))
        found.extend(english_pacts(text, rules, known))
        if " at " in text or " with " in text:
            found.extend(affiliated_bodies(text))
        if any(f.type == "organization" for f in found):  # "Acme’s Design Center", "Acme set up the Design Center"
            owners = [(s.start, s.end) for s in own if any(kinds.get(a) == "organization" for a in s.actors)]
            found = owned_names(text, found, owners) if owners else found
    # Each script is looked for once, and not at all in ASCII text (most of an English corpus).
    hangul = not text.isascii() and HANGUL_RE.search(text) is not None
    if hangul or (not text.isascii() and HAN_RE.search(text)):
        simplified = simple if simple is not None else to_simplified(text)
        lang = "ko" if hangul else "ja" if (japanese or paragraph.lang == "ja" or KANA_RE.search(text)) else "zh"
        found.extend(bracketed_titles(text, simplified, rules, lang))
        if lang == "zh":
            found.extend(zh_names(text, simplified, rules, segmenter))  # nothing where no head word or title stands
            found.extend(zh_speakers(text, simplified, rules, segmenter))
            found.extend(zh_organisations(text, simplified, rules, own, kinds))
            found.extend(context_organisations(text, simplified, rules, segmenter))
            if " " in text or ":" in text or "：" in text:
                found.extend(zh_office_names(text, simplified, rules))
            if "《" in text:
                found.extend(zh_cited_authors(text, simplified, rules, segmenter))
            found.extend(
                zh_places(text, simplified, segmenter, lambda a, b: any(s.start == a and s.end == b for s in own))
            )
            found.extend(chinese_pacts(text, simplified, segmenter, known))
            found = _cjk_agreements(found, text, simplified, own, gazetteer)
            found = [
                f
                for f in found
                if f.type != "organization" or not _is_office(f, simplified, _known_at(own, kinds, f.start))
            ]
        elif lang == "ja":
            found.extend(ja_names(text, rules))
            found.extend(ja_members(text, rules))
        else:
            found.extend(ko_names(text, rules, known))
    return [_with_acronym(text, item) for item in _resolve(found, own, kinds, text)]


def _cjk_agreements(
    names: list[Found], text: str, simplified: str, own: list[Span], gazetteer: Gazetteer
) -> list[Found]:
    """The paragraph's finds and the CJK agreement rules (agreements_cjk.py).

    Governments' titles read as the vocabulary's, a meeting's declaration, an agreement named by its parties.
    """
    titled = governments_titles(names, simplified, own, gazetteer.targets, gazetteer.kinds)
    return (
        titled
        + meeting_declarations(text, simplified)
        + party_agreements(text, simplified, own, gazetteer.targets, gazetteer.kinds)
    )


def _places_only(name: str, gazetteer: Gazetteer) -> bool:
    """A list of known places and nothing else ("London and New York")."""
    pieces = _LIST_JOINT_RE.split(name)
    return len(pieces) > 1 and all(
        (ids := gazetteer.targets.get(piece)) and all(gazetteer.kinds.get(a) in ("place", "country") for a in ids)
        for piece in pieces
    )


_LIST_JOINT_RE = re.compile(r"\s+(?:and|&)\s+|\s*[,，、]\s*")


def _is_office(item: Found, simplified: str, opening: tuple[ActorType, int] | None) -> bool:
    """A bare ministry's name that a title's ending goes on: "外交部长：某某" names a minister, not a ministry.

    Whose ministry it is the name does not say; "新西兰财政部长" (a known place first) names New Zealand's.
    """
    return (
        item.type == "organization"
        and simplified.startswith(_office_endings(lexicon.current()), item.end)
        and (opening is None or opening[0] not in ("country", "place"))
    )


@lexicon.table
def _office_endings(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("organisation_office_endings", "zh")


def _known_at(own: list[Span], kinds: Mapping[ActorId, ActorType], at: int) -> tuple[ActorType, int] | None:
    """The kind and end of the known name that starts at `at`, if any."""
    span = next((s for s in own if s.start == at and s.actors and s.actors[0] in kinds), None)
    return (kinds[span.actors[0]], span.end) if span is not None else None


def _resolve(found: list[Found], own: list[Span], kinds: Mapping[ActorId, ActorType], text: str) -> list[Found]:
    """Leftmost-longest names that neither equal nor cut across a vocabulary name.

    Holding one is fine, unless it is of the same kind: "美国印太战略" is the vocabulary's Indo-Pacific strategy,
    "三国秘书处" its secretariat; "中国社会科学院" is an institute of its own.
    """
    kept: list[Found] = []
    if not found:
        return kept  # most paragraphs: nothing found, no spans to index
    found = [_without_listed_place(item, own, kinds, text) for item in found]
    # The vocabulary's names of a paragraph are disjoint and in order (find_actor_spans): those an item overlaps
    # are found by bisection, not by a walk over all of them for each item.
    ordered = all(a.end <= b.start for a, b in zip(own, own[1:], strict=False))
    ends = [span.end for span in own] if ordered else []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.rule)):
        if kept and item.start < kept[-1].end:
            continue
        clash = False
        first = bisect_right(ends, item.start) if ordered else 0
        for span in own[first:]:
            if ordered and span.start >= item.end:
                break
            if span.start < item.end and item.start < span.end:
                inside = item.start <= span.start and span.end <= item.end
                # A known name of the same kind ending the found one: a variant of it ("三国秘书处"), not a body
                # of its own ("国务院国资委" begins with the State Council).
                # A place named first makes an organisation that place's own ("新西兰财政部" is New Zealand's,
                # not the vocabulary's bare "财政部"), unless the known name is one body's only ("日本共同通讯社" is
                # the vocabulary's 共同通讯社); a strategy keeps its name ("美国印太战略").
                same_kind = (
                    span.end == item.end
                    and any(kinds.get(a) == item.type for a in span.actors)
                    and not (
                        item.type == "organization"
                        and _opens_with_place(item, span, own[first : first + 1] if ordered else own, kinds)
                        and every_states_body(span.surface)
                    )
                )
                if not inside or (span.start, span.end) == (item.start, item.end) or item.type == "person" or same_kind:
                    clash = True
                    break
        if not clash:
            kept.append(item)
    return kept


_AND_BEFORE_RE = re.compile(r"\s(?:and|&)\s+(?:the\s+)?$")


def _without_listed_place(item: Found, own: list[Span], kinds: Mapping[ActorId, ActorType], text: str) -> Found:
    """A name without a country or place that "and" joins to its end: a list goes on there, the name has ended.

    "the Association of Atlantis and Ruritania, Utopia …" is the association, then Ruritania; "the Agreement between
    Atlantis and Ruritania" keeps its name.
    """
    if item.type == "person" or " and " not in item.name and " & " not in item.name:
        return item
    for span in own:
        if (
            span.end == item.end
            and span.start > item.start
            and any(kinds.get(a) in ("country", "place") for a in span.actors)
        ):
            joint = _AND_BEFORE_RE.search(text, item.start, span.start)
            if joint is None or " between " in text[item.start : span.start]:
                return item
            end = joint.start()
            return replace(item, end=end, name=fold_space(text[item.start : end]))
    return item


def _with_acronym(text: str, item: Found) -> Found:
    """A CJK organisation's, agreement's or initiative's name with the acronym given after it: "东亚论坛（EAF）".

    The acronym becomes the actor's English alias, and its bare occurrences in the document are linked.
    """
    if item.type == "person" or item.acronym is not None or not CJK_RE.search(item.name):
        return item
    match = ACRONYM_AFTER_RE.match(text, item.end)
    return replace(item, acronym=match.group(1)) if match else item


def _opens_with_place(item: Found, ending: Span, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> bool:
    """A known country or place starts the found name and ends before the known name that ends it.

    `own`: the known names that may start where the found one does (of names in order, the first that ends after
    that start: _resolve passes it alone).
    """
    return any(
        span.start == item.start
        and span.end <= ending.start
        and any(kinds.get(a) in ("country", "place") for a in span.actors)
        for span in own
    )
