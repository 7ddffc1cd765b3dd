"""One document's records against its gold: which events, actors, statistics and metadata agree.

The rules are those of `docs/scoring.md` (README, "How far to trust the records"): an event matches when its
quote overlaps the gold quote and its date agrees at the gold's precision; an actor when one of its names or
aliases, in either language, is one of the gold's names; a statistic when its quote overlaps the gold quote and
one of its numbers has the gold's value.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from nea_site.model import ActorId, DocumentRecord, Vocabulary
from nea_site.score.gold import Gold, GoldActor, GoldEvent
from nea_site.text.script import to_simplified

ACTOR_TYPES = ("country", "organization", "person", "agreement", "initiative", "place")
_PAREN_RE = re.compile(r"\s*[(（]([^)）]*)[)）]")
# Markup or an undecoded entity left in a title: it would show on the page as written.
_TITLE_MARKUP_RE = re.compile(r"&#?\w+;|<[a-zA-Z/!]|\{\{|\}\}|\[\[|\]\]|\]\(|^\s*#|\*\*|__|^\W*$")
_MIN_OVERLAP = 10  # characters two quotes must share when neither holds the other


@dataclass(slots=True)
class DocumentScore:
    name: str
    tally: Counter[str] = field(default_factory=Counter)
    missed_events: list[str] = field(default_factory=list)  # gold quotes no event matched
    wrong_events: list[str] = field(default_factory=list)  # event quotes resting on a not-event
    unjudged_events: list[str] = field(default_factory=list)  # neither: for review
    missed_actors: list[str] = field(default_factory=list)
    extra_actors: list[str] = field(default_factory=list)  # linked actors the gold does not list
    missed_statistics: list[str] = field(default_factory=list)
    title: str = ""
    published: str | None = None
    metadata_right: bool = False


def name_keys(name: str) -> set[str]:
    """Comparable forms of a name: case, width, script and punctuation folded; parenthesised parts apart.

    "ASEAN Plus Three (APT)" gives the name without its parentheses and each part inside them.
    """
    forms = {name, _PAREN_RE.sub("", name)}
    for inner in _PAREN_RE.finditer(name):  # "Togo (Deputy Vice-Foreign Minister; Togo Fumihiko)"
        forms.update(re.split(r"[;；,，]\s*", inner.group(1)))
    keys = set()
    for form in forms:
        folded = to_simplified(unicodedata.normalize("NFKC", form)).casefold()
        folded = re.sub(r"^the\s+", "", folded.strip())
        key = "".join(ch for ch in folded if ch.isalnum())
        if key:
            keys.add(key)
    return keys


# Markup a gold quote may keep from a raw source (wikitext links and bold quotes, Markdown links and emphasis),
# which the records quote as the text it displays: `[[上海|上海]]` reads 上海.
_LINK_MARKUP_RE = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]|\[([^\]]*)\]\([^)]*\)|'{2,}|\*{2,}")


def _fold(text: str) -> str:
    shown = _LINK_MARKUP_RE.sub(lambda m: m.group(1) or m.group(2) or "", text)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", shown)).strip()


def quotes_overlap(ours: str, gold: str) -> bool:
    """One quote holds the other, or they share a run of at least ten characters (or all of the shorter one)."""
    a, b = _fold(ours), _fold(gold)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(_MIN_OVERLAP, len(a), len(b))


def event_matches(quote: str, iso: str, gold: GoldEvent) -> bool:
    """Quotes overlap and the date agrees at the gold's precision (a coarser date of ours does not)."""
    return iso.startswith(gold.date) and quotes_overlap(quote, gold.quote)


def is_clean_title(title: str) -> bool:
    """A title a reader can show as it is: not empty, no markup, no undecoded entity."""
    return bool(title.strip()) and not _TITLE_MARKUP_RE.search(title)


def score_document(gold: Gold, record: DocumentRecord, vocabulary: Vocabulary) -> DocumentScore:
    """Compare one document's records with its gold."""
    result = DocumentScore(name=gold.document_path.name)
    _score_events(gold, record, result)
    _score_actors(gold, record, vocabulary, result)
    _score_statistics(gold, record, result)
    result.title = record.meta.title or ""
    result.published = record.meta.published
    if gold.published is not None:  # a gold without `published` does not score the metadata
        result.metadata_right = is_clean_title(result.title) and result.published == gold.published
        result.tally["metadata_scored"] += 1
        result.tally["metadata_right"] += result.metadata_right
    return result


def score_refused(gold: Gold, reason: str) -> DocumentScore:
    """A document the pipeline refused: everything its gold holds counts as missed."""
    result = DocumentScore(name=gold.document_path.name, title=f"(refused: {reason.splitlines()[0]})")
    result.tally["metadata_scored"] += gold.published is not None
    result.tally["event_gold"] += len(gold.events)
    result.tally["not_event_gold"] += len(gold.not_events)
    result.tally["stat_gold"] += len(gold.statistics)
    for actor in gold.actors:
        result.tally[f"actor_gold_{actor.type}"] += 1
    result.missed_events.extend(f"{e.date} {e.quote}" for e in gold.events)
    return result


def _score_events(gold: Gold, record: DocumentRecord, out: DocumentScore) -> None:
    ours = [(e.evidence.quote, e.date.iso()) for e in record.events]
    for item in gold.events:
        out.tally["event_gold"] += 1
        if any(event_matches(q, d, item) for q, d in ours):
            out.tally["event_hit"] += 1
        else:
            out.missed_events.append(f"{item.date} {item.quote}")
    taken: set[str] = set()
    for quote, iso in ours:
        out.tally["event_found"] += 1
        if any(event_matches(quote, iso, g) for g in gold.events):
            out.tally["event_right"] += 1
            continue
        hits = [n for n in gold.not_events if quotes_overlap(quote, n)]
        if hits:
            out.tally["event_wrong"] += 1
            taken.update(hits)
            out.wrong_events.append(f"{iso} {quote}")
        else:
            out.unjudged_events.append(f"{iso} {quote}")
    out.tally["not_event_gold"] += len(gold.not_events)
    out.tally["not_event_taken"] += len(taken)


def _actor_keys(record: DocumentRecord, vocabulary: Vocabulary) -> dict[ActorId, set[str]]:
    """The actors linked in the document (nested mentions are not linked), each with every name it goes by.

    An actor discovered in the document's text (record.discovered) goes by its names like a vocabulary actor.
    """
    keys: dict[ActorId, set[str]] = {}
    for mention in record.mentions:
        if not mention.nested:
            keys.setdefault(mention.actor, set()).update(name_keys(mention.surface))
    for actor in (*vocabulary.actors, *record.discovered):
        if actor.id in keys:
            for name in (actor.name.en, actor.name.zh, *actor.aliases.en, *actor.aliases.zh, *actor.aliases.other):
                if name:
                    keys[actor.id] |= name_keys(name)
    return keys


def _score_actors(gold: Gold, record: DocumentRecord, vocabulary: Vocabulary, out: DocumentScore) -> None:
    ours = _actor_keys(record, vocabulary)
    gold_keys: list[tuple[GoldActor, set[str]]] = [
        (a, set().union(*(name_keys(n) for n in a.names))) for a in gold.actors
    ]
    for actor, keys in gold_keys:
        out.tally[f"actor_gold_{actor.type}"] += 1
        if any(keys & mine for mine in ours.values()):
            out.tally[f"actor_hit_{actor.type}"] += 1
        else:
            out.missed_actors.append(f"{actor.type}: {' / '.join(actor.names)}")
    for actor_id, mine in sorted(ours.items()):
        out.tally["actor_found"] += 1
        if any(mine & keys for _, keys in gold_keys):
            out.tally["actor_right"] += 1
        else:
            out.extra_actors.append(actor_id)


def _digits(text: str) -> str:
    return re.sub(r"[^\d.]", "", unicodedata.normalize("NFKC", text).replace(",", ""))


def _score_statistics(gold: Gold, record: DocumentRecord, out: DocumentScore) -> None:
    ours = [(c.evidence.quote, c.numbers) for c in record.claims if c.kind == "statistic"]
    for item in gold.statistics:
        out.tally["stat_gold"] += 1
        digits = _digits(item.number)
        hit = any(
            quotes_overlap(quote, item.quote)
            and any(_same_value(q.value, item.value) or (digits and _digits(q.text) == digits) for q in numbers)
            for quote, numbers in ours
        )
        if hit:
            out.tally["stat_hit"] += 1
        else:
            out.missed_statistics.append(f"{item.number} ← {item.quote}")


def _same_value(ours: float, gold: float) -> bool:
    return abs(ours - gold) <= 1e-6 * max(abs(gold), 1.0)
