"""Event groups of a corpus: candidate pairs by index, judged by the rule, joined strongest first.

Pairs are found through an index (year and shared specific actor; year, month and kind of happening), never by
comparing every event with every other. Joining goes from the strongest pair down; a join that would put two
events of one document, two disagreeing dates or two different kinds of happening into one group is skipped, so
a group holds at most one event per document. Pairs of events with sentences of their own (one year) join before
pairs with an event dated by one clause of a sentence of several years. A curator's joins come first and a
curator's splits forbid joins.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from nea_site.errors import RecordError
from nea_site.group.features import EventFeatures, dates_agree, event_features, finer
from nea_site.group.rule import Evidence, judge
from nea_site.model import Actor, ActorId, DocumentRecord, Event, GroupEdits, PartialDate, content_hash

EventRow = tuple[Event, DocumentRecord]


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
    """Pairs of events of different documents that share a year and a specific actor, or a month and a kind."""
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
                if features[i].record.id != features[j].record.id:
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def find_event_groups(
    records: list[DocumentRecord], actors: dict[ActorId, Actor], edits: GroupEdits
) -> tuple[list[EventGroup], list[str]]:
    """The event groups of a corpus (two documents or more) and warnings about curated entries that match nothing.

    A curated join of two events of one document, or one that a curated split forbids, is a RecordError.
    """
    features = [event_features(e, r, actors) for r in sorted(records, key=lambda r: r.id) for e in r.events]
    by_id: dict[str, int] = {f.event.id: i for i, f in enumerate(features)}
    warnings: list[str] = []
    clusters: dict[int, _Cluster] = {
        i: _Cluster(members=[f], documents={f.record.id}, date=f.date) for i, f in enumerate(features)
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

    judged: list[tuple[Evidence, int, int]] = []
    for i, j in _candidate_pairs(features):
        evidence = judge(features[i], features[j])
        if evidence.joins:
            judged.append((evidence, i, j))
    judged.sort(
        key=lambda t: (
            features[t[1]].shared_sentence + features[t[2]].shared_sentence,
            -t[0].points,
            features[t[1]].event.id,
            features[t[2]].event.id,
        )
    )
    for evidence, i, j in judged:
        a, b = clusters[find(i)], clusters[find(j)]
        if a is b or a.documents & b.documents or not dates_agree(a.date, b.date) or forbidden(a, b):
            continue
        if any(x.kinds and y.kinds and not x.kinds & y.kinds for x in a.members for y in b.members):
            continue
        fi, fj = features[i].event.id, features[j].event.id
        merge(i, j, f"{fi} + {fj}: " + "; ".join(evidence.items))
    groups = [_event_group(c) for c in clusters.values() if len(c.documents) > 1]
    return sorted(groups, key=lambda g: (g.date.iso(), g.id)), warnings


def _event_group(cluster: _Cluster) -> EventGroup:
    members = tuple(sorted(((m.event, m.record) for m in cluster.members), key=lambda p: (p[1].id, p[0].id)))
    date = group_date(e for e, _ in members)
    return EventGroup(
        id=group_id(date, (e.id for e, _ in members)), date=date, members=members, reason=" | ".join(cluster.links)
    )
