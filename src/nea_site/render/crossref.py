"""Cross-references built once for the whole corpus: where each actor and theme occurs, where each record is listed.

Events and claims are placed on their list pages here (placement.py), before any row is rendered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from nea_site.group import EventGroup, StatisticGroup, collect_event_groups, find_statistic_groups
from nea_site.model import Actor, ActorId, Claim, DocumentRecord, Event, Theme, ThemeId, Vocabulary, merge_discovered
from nea_site.render.entries import RowCache
from nea_site.render.placement import Placement, place_records, sort_events


@dataclass(slots=True)
class EntityIndex:
    """What the corpus says about one actor or theme."""

    documents: Counter[str] = field(default_factory=Counter)  # record id -> mentions (actors) or 1 (themes)
    weights: dict[str, float] = field(default_factory=dict)  # record id -> theme weight
    events: list[tuple[Event, DocumentRecord]] = field(default_factory=list)
    claims: list[tuple[Claim, DocumentRecord]] = field(default_factory=list)
    co_actors: Counter[ActorId] = field(default_factory=Counter)  # actors named in the same paragraphs
    co_themes: Counter[ThemeId] = field(default_factory=Counter)


@dataclass(slots=True)
class CrossRef:
    records: list[DocumentRecord]
    actors: dict[ActorId, Actor]
    themes: dict[ThemeId, Theme]
    by_actor: dict[ActorId, EntityIndex]
    by_theme: dict[ThemeId, EntityIndex]
    records_by_id: dict[str, DocumentRecord]
    placement: Placement
    # Rendered event and claim rows (render/rows.py): links in a row depend only on the depth of its page.
    rows: RowCache = field(default_factory=RowCache)
    # Happenings that several documents report (nea_site.group), and each member event's group by event id.
    event_groups: list[EventGroup] = field(default_factory=list)
    group_of: dict[str, EventGroup] = field(default_factory=dict)
    statistic_groups: list[StatisticGroup] = field(default_factory=list)  # differing figures first

    def countries(self) -> list[Actor]:
        """Countries of the vocabulary that the corpus names, by id."""
        return [a for a in self.actors.values() if a.type == "country" and self.by_actor[a.id].documents]

    def named_actors(self) -> list[Actor]:
        """Non-country actors that the corpus names, by id."""
        return [a for a in self.actors.values() if a.type != "country" and self.by_actor[a.id].documents]

    def used_themes(self) -> list[Theme]:
        """Themes with at least one document."""
        return [t for t in self.themes.values() if self.by_theme[t.id].documents]


def build_crossref(records: list[DocumentRecord], vocabulary: Vocabulary) -> CrossRef:
    """Index mentions, theme weights, events and claims by entity; linear in the number of records."""
    # Actors discovered in the documents' texts join the vocabulary's (one per id, whichever documents found it).
    found = merge_discovered([r.discovered for r in sorted(records, key=lambda r: r.id)])
    known = {a.id: a for a in vocabulary.actors}
    every = [*known.values(), *(a for i, a in found.items() if i not in known)]
    actors = {a.id: a for a in sorted(every, key=lambda a: a.id)}
    themes = {t.id: t for t in sorted(vocabulary.themes, key=lambda t: t.id)}
    by_actor: dict[ActorId, EntityIndex] = defaultdict(EntityIndex)
    by_theme: dict[ThemeId, EntityIndex] = defaultdict(EntityIndex)
    for record in sorted(records, key=lambda r: r.id):
        paragraph_actors: dict[int, set[ActorId]] = defaultdict(set)
        for mention in record.mentions:
            by_actor[mention.actor].documents[record.id] += 1
            if mention.paragraph:  # headings (paragraph 0) count for the document, not for co-occurrence
                paragraph_actors[mention.paragraph].add(mention.actor)
        paragraph_themes: dict[int, set[ThemeId]] = defaultdict(set)
        for weight in record.themes:
            by_theme[weight.theme].documents[record.id] = 1
            by_theme[weight.theme].weights[record.id] = weight.weight
            for index in weight.paragraphs:
                paragraph_themes[index].add(weight.theme)
        for index, names in paragraph_actors.items():
            for actor in names:
                by_actor[actor].co_actors.update(n for n in names if n != actor)
                by_actor[actor].co_themes.update(paragraph_themes.get(index, ()))
            for theme in paragraph_themes.get(index, ()):
                by_theme[theme].co_actors.update(names)
        for theme_ids in paragraph_themes.values():
            for theme in theme_ids:
                by_theme[theme].co_themes.update(t for t in theme_ids if t != theme)
        for event in record.events:
            for actor in event.actors:
                by_actor[actor].events.append((event, record))
            for theme in event.themes:
                by_theme[theme].events.append((event, record))
        for claim in record.claims:
            for actor in claim.actors:
                by_actor[actor].claims.append((claim, record))
            for theme in claim.themes:
                by_theme[theme].claims.append((claim, record))
    for entity in [*by_actor.values(), *by_theme.values()]:
        entity.events[:] = sort_events(entity.events)
    event_groups = collect_event_groups(records)
    return CrossRef(
        records=sorted(records, key=lambda r: r.id),
        actors=actors,
        themes=themes,
        by_actor={a: by_actor[a] for a in actors},
        by_theme={t: by_theme[t] for t in themes},
        records_by_id={r.id: r for r in records},
        placement=place_records(records, event_groups),
        event_groups=event_groups,
        group_of={e.id: g for g in event_groups for e, _ in g.members},
        statistic_groups=find_statistic_groups(records, actors),
    )
