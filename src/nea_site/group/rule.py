"""The rule that says two events of different documents report one happening, with the evidence it used.

Two events can be joined only when their dates agree at the coarser precision of the two (a day inside the month
another gives) and their sentences name no two different kinds of happening ('signed' against 'entered into
force'). Evidence then counts in points, and a pair joins at JOIN_POINTS:

- a shared actor that is not a country or a place (organisation, person, agreement, initiative): 3 each, two at most;
- the same kind of happening: 2; a number both sentences give (an ordinal: 'the 2nd summit', '第二次'): 2;
- both dates give the month: 1, the same day: 2 more; two shared countries: 1; a shared place: 1;
- wording (Latin words, CJK character pairs) in common: 2 from a Jaccard index of 0.2, 4 from 0.4; two texts
  of one script with (almost) no wording in common lose 2: their words could be compared and differ;
- an event of a sentence of several years is judged on its date's clause (features.date_clause), and joins after
  the pairs of events whose sentences give one year (cluster.py).

Two sentences that each name a person the other does not (a meeting of other leaders) never join either.
Countries alone never join two events: 'China and Japan met in 2019' names too many happenings.
"""

from __future__ import annotations

from dataclasses import dataclass

from nea_site.group.features import EventFeatures, dates_agree

JOIN_POINTS = 6
MAX_SPECIFIC = 2
WORDING_SOME = 0.2
WORDING_MUCH = 0.4
WORDING_NONE = 0.08


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two events were judged one happening (or not): points and the evidence in words."""

    points: int
    items: tuple[str, ...]
    vetoed: str | None = None  # why the pair can never join: dates disagree, kinds differ, one document

    @property
    def joins(self) -> bool:
        """Whether the evidence is enough to join the pair."""
        return self.vetoed is None and self.points >= JOIN_POINTS and self.has_anchor

    @property
    def has_anchor(self) -> bool:
        """Evidence beyond countries, places and dates: a shared specific actor, kind, number or wording."""
        return any(item.startswith(("actors ", "kind ", "numbers ", "wording ")) for item in self.items)


def compatible(a: EventFeatures, b: EventFeatures, *, documents: bool = True) -> str | None:
    """None when two events may share a group; else why not (with `documents` False: whatever their documents)."""
    if documents and a.record.id == b.record.id:
        return "one document"
    if not dates_agree(a.date, b.date):
        return f"dates differ ({a.date.iso()}, {b.date.iso()})"
    if a.kinds and b.kinds and not a.kinds & b.kinds:
        return f"kinds differ ({', '.join(sorted(a.kinds))}; {', '.join(sorted(b.kinds))})"
    if a.people - b.people and b.people - a.people:
        return "each names a person the other does not"
    return None


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared over all: 0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def judge(a: EventFeatures, b: EventFeatures, *, documents: bool = True) -> Evidence:
    """The evidence that two events report one happening, and whether it is enough.

    With `documents` False, two events of one document are judged like any others: for events whose sentences
    stand for the same sentence in other documents (cluster.py compares each distinct sentence once).
    """
    vetoed = compatible(a, b, documents=documents)
    if vetoed is not None:
        return Evidence(points=0, items=(), vetoed=vetoed)
    points = 0
    items: list[str] = []
    specific = sorted(a.specific & b.specific)
    if specific:
        points += 3 * min(len(specific), MAX_SPECIFIC)
        items.append("actors " + ", ".join(specific))
    kinds = sorted(a.kinds & b.kinds)
    if kinds:
        points += 2
        items.append("kind " + ", ".join(kinds))
    numbers = sorted(a.numbers & b.numbers)
    if numbers:
        points += 2
        items.append("numbers " + ", ".join(str(n) for n in numbers))
    if a.date.month is not None and b.date.month is not None:
        points += 1
        if a.date.day is not None and b.date.day is not None:
            points += 2
            items.append("same day")
        else:
            items.append("month " + a.date.iso()[:7])
    countries = sorted(a.countries & b.countries)
    if len(countries) >= 2:
        points += 1
        items.append("countries " + ", ".join(countries))
    places = sorted(a.places & b.places)
    if places:
        points += 1
        items.append("place " + ", ".join(places))
    overlap = jaccard(a.words, b.words)
    if overlap >= WORDING_MUCH:
        points += 4
        items.append(f"wording {overlap:.2f}")
    elif overlap >= WORDING_SOME:
        points += 2
        items.append(f"wording {overlap:.2f}")
    elif a.script == b.script and overlap < WORDING_NONE:
        points -= 2
    return Evidence(points=points, items=tuple(items))
