"""Event groups of a corpus: candidate pairs by index, judged by the rule, joined strongest first.

Pairs are found through an index (year and shared specific actor; year, month and kind of happening), never by
comparing every event with every other. Joining goes from the strongest pair down; a join that would put two
events of one document, two disagreeing dates or two different kinds of happening into one group is skipped, so
a group holds at most one event per document. Pairs of events with sentences of their own (one year) join before
pairs with an event dated by one clause of a sentence of several years. A curator's joins come first and a
curator's splits forbid joins.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from nea_site.errors import RecordError
from nea_site.group.features import EventFeatures, dates_agree, event_features, finer
from nea_site.group.rule import Evidence, judge
from nea_site.model import Actor, ActorId, DocumentRecord, Event, GroupEdits, PartialDate, content_hash

EventRow = tuple[Event, DocumentRecord]
MAX_TRIES = 8  # member pairs tried when two sentences, each in several documents, are joined


@dataclass(frozen=True, slots=True)
class EventGroup:
    """Events of several documents that report one happening, with the evidence that joined them."""

    id: str
    date: PartialDate
    members: tuple[EventRow, ...]  # one per document, by document id
    reason: str

    @property
    def sources(self) -> tuple[str, ...]:
        """The members' source file names, in member order."""
        return tuple(r.source for _, r in self.members)


@dataclass(slots=True)
class _Cluster:
    members: list[EventFeatures]
    documents: set[str]
    date: PartialDate
    links: list[str] = field(default_factory=list)
    kind_sets: set[frozenset[str]] = field(default_factory=set)  # the members' kinds, each set once


def group_date(events: Iterable[Event]) -> PartialDate:
    """A group's date: the most precise date its events agree on.

    When a curator joined disagreeing dates: the date most events give (then the most precise, then the earliest).
    """
    dates = [e.date for e in events]
    finest = dates[0]
    for date in dates[1:]:
        if not dates_agree(finest, date):
            counts = Counter(d.iso() for d in dates)
            order = {"year": 0, "month": 1, "day": 2}
            best = min(dates, key=lambda d: (-counts[d.iso()], -order[d.precision], d.iso()))
            return best
        finest = finer(finest, date)
    return finest


def group_id(date: PartialDate, event_ids: Iterable[str]) -> str:
    """Stable while the members stay the same: the group's date and a hash of its events' ids."""
    return f"eg-{date.iso()}-{content_hash(*sorted(event_ids))}"


def _candidate_pairs(features: list[EventFeatures]) -> list[tuple[int, int]]:
    """Pairs of events that share a year and a specific actor, or a month and a kind."""
    index: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for actor in f.specific:
            index[(f.date.year, "actor", actor)].append(i)
        if f.date.month is not None:
            for kind in f.kinds:
                index[(f.date.year, f.date.month, "kind", kind)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _features(records: list[DocumentRecord], actors: dict[ActorId, Actor]) -> list[EventFeatures]:
    """Every event's features; an event of the same sentence, date and actors as one seen before reuses its."""
    seen: dict[tuple[object, ...], EventFeatures] = {}
    out = []
    for record in sorted(records, key=lambda r: r.id):
        for event in record.events:
            key = (event.date, event.evidence.quote, event.actors)
            known = seen.get(key)
            if known is None:
                known = seen[key] = event_features(event, record, actors)
            out.append(dataclasses.replace(known, event=event, record=record))
    return out


def find_event_groups(
    records: list[DocumentRecord], actors: dict[ActorId, Actor], edits: GroupEdits
) -> tuple[list[EventGroup], list[str]]:
    """The event groups of a corpus (two documents or more) and warnings about curated entries that match nothing.

    A curated join of two events of one document, or one that a curated split forbids, is a RecordError.
    """
    features = _features(records, actors)
    by_id: dict[str, int] = {f.event.id: i for i, f in enumerate(features)}
    warnings: list[str] = []
    clusters: dict[int, _Cluster] = {
        i: _Cluster(members=[f], documents={f.record.id}, date=f.date, kind_sets={f.kinds})
        for i, f in enumerate(features)
    }
    root = list(range(len(features)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    apart: dict[str, list[tuple[int, int]]] = defaultdict(list)  # event id -> (split number, part number)
    for s, split in enumerate(edits.splits):
        for p, part in enumerate(split.parts):
            for event_id in part:
                if event_id not in by_id:
                    warnings.append(f"{edits.path}:{split.line}: split names {event_id!r}, which matches no event")
                apart[event_id].append((s, p))

    def forbidden(a: _Cluster, b: _Cluster) -> bool:
        if not apart:
            return False
        parts_a = {sp for m in a.members for sp in apart.get(m.event.id, ())}
        parts_b = {sp for m in b.members for sp in apart.get(m.event.id, ())}
        return any(s == t and p != q for s, p in parts_a for t, q in parts_b)

    def merge(i: int, j: int, link: str) -> None:
        a, b = find(i), find(j)
        keep, gone = (a, b) if a < b else (b, a)
        kept, absorbed = clusters[keep], clusters.pop(gone)
        kept.members.extend(absorbed.members)
        kept.documents |= absorbed.documents
        kept.links.extend([*absorbed.links, link])
        kept.kind_sets |= absorbed.kind_sets
        kept.date = finer(kept.date, absorbed.date) if dates_agree(kept.date, absorbed.date) else kept.date
        root[gone] = keep

    problems: list[str] = []
    for join in edits.joins:
        known = [by_id[e] for e in join.events if e in by_id]
        for event_id in join.events:
            if event_id not in by_id:
                warnings.append(f"{edits.path}:{join.line}: join names {event_id!r}, which matches no event")
        for other in known[1:]:
            a, b = clusters[find(known[0])], clusters[find(other)]
            if a is b:
                continue
            if a.documents & b.documents:
                problems.append(f"{join.line}: join puts two events of one document into a group")
                break
            if forbidden(a, b):
                problems.append(f"{join.line}: join joins events that a split keeps apart")
                break
            note = f" ({join.note})" if join.note else ""
            merge(known[0], other, f"curator join at line {join.line}{note}")
    if problems:
        raise RecordError(edits.path, problems, hint="a group holds one event per document; see README 'Event groups'")

    # Events of one sentence (same date, quote and actors) in several documents are compared once: a class.
    classes: dict[tuple[str, str, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        classes[(f.date.iso(), f.event.evidence.quote, f.event.actors)].append(i)
    members = list(classes.values())
    reps = [features[m[0]] for m in members]
    judged: list[tuple[int, Evidence, int, int]] = []  # (0: same sentence, 1: other), evidence, classes
    for c, m in enumerate(members):
        if len(m) > 1 and (same := judge(reps[c], reps[c], documents=False)).joins:
            judged.append((0, same, c, c))
    for ca, cb in _candidate_pairs(reps):
        evidence = judge(reps[ca], reps[cb], documents=False)
        if evidence.joins:
            judged.append((1, evidence, ca, cb))
    judged.sort(
        key=lambda t: (
            t[0],
            reps[t[2]].shared_sentence + reps[t[3]].shared_sentence,
            -t[1].points,
            reps[t[2]].event.id,
            reps[t[3]].event.id,
        )
    )

    def attempt(i: int, j: int, evidence: Evidence) -> bool:
        one, two = clusters[find(i)], clusters[find(j)]
        if one is two or one.documents & two.documents or not dates_agree(one.date, two.date) or forbidden(one, two):
            return False
        if any(x and y and not x & y for x in one.kind_sets for y in two.kind_sets):
            return False
        fi, fj = features[i].event.id, features[j].event.id
        merge(i, j, f"{fi} + {fj}: " + "; ".join(evidence.items))
        return True

    for _, evidence, ca, cb in judged:
        if ca == cb:  # one sentence in several documents: chained in document order
            for i, j in itertools.pairwise(members[ca]):
                attempt(i, j, evidence)
            continue
        tries = 0
        for i, j in itertools.product(members[ca], members[cb]):
            if attempt(i, j, evidence) or (tries := tries + 1) >= MAX_TRIES:
                break
    groups = [_event_group(c) for c in clusters.values() if len(c.documents) > 1]
    return sorted(groups, key=lambda g: (g.date.iso(), g.id)), warnings


def _event_group(cluster: _Cluster) -> EventGroup:
    members = tuple(sorted(((m.event, m.record) for m in cluster.members), key=lambda p: (p[1].id, p[0].id)))
    date = group_date(e for e, _ in members)
    return EventGroup(
        id=group_id(date, (e.id for e, _ in members)), date=date, members=members, reason=" | ".join(cluster.links)
    )
