"""Curated corrections of extracted records (corpus/curated/corrections.yml), applied on every build."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model import ActorId, Claim, ClaimKind, DocumentRecord, Event, PartialDate, ThemeId, Vocabulary
from nea_site.records import from_plain, key_lines, load_yaml

log = logging.getLogger(__name__)

CORRECTIONS_FILE = "corrections.yml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """What a curator changes in one event or claim; fields left out keep the extracted value."""

    drop: bool = False
    date: str | None = None  # events: ISO date, partial allowed
    date_end: str | None = None
    kind: ClaimKind | None = None  # claims
    actors: tuple[ActorId, ...] | None = None
    themes: tuple[ThemeId, ...] | None = None
    note: str | None = None  # why, for the next curator


def read_corrections(curated_dir: Path, vocabulary: Vocabulary) -> dict[str, Correction]:
    """Load corrections keyed by record id; bad fields and unknown actor or theme ids are errors with lines."""
    path = curated_dir / CORRECTIONS_FILE
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise RecordError(path, ["expected a mapping of record id -> correction"])
    lines = key_lines(path)
    actors = {a.id for a in vocabulary.actors}
    themes = {t.id for t in vocabulary.themes}
    problems: list[str] = []
    found: dict[str, Correction] = {}
    for record_id, entry in data.items():
        line = lines.get((str(record_id),), 1)
        try:
            correction = from_plain(Correction, entry, where=str(record_id))
        except ValueError as exc:
            problems.extend(f"{line}: {message}" for message in str(exc).split("\n"))
            continue
        for field_name, value in (("date", correction.date), ("date_end", correction.date_end)):
            if value is not None:
                try:
                    PartialDate.from_iso(value)
                except ValueError as exc:
                    problems.append(f"{lines.get((str(record_id), field_name), line)}: {record_id}.{field_name}: {exc}")
        for actor in correction.actors or ():
            if actor not in actors:
                problems.append(
                    f"{lines.get((str(record_id), 'actors'), line)}: {record_id}: unknown actor id {actor!r}"
                )
        for theme in correction.themes or ():
            if theme not in themes:
                problems.append(
                    f"{lines.get((str(record_id), 'themes'), line)}: {record_id}: unknown theme id {theme!r}"
                )
        found[str(record_id)] = correction
    if problems:
        raise RecordError(path, problems, hint="ids are listed in corpus/curated/actors.yml and themes.yml")
    return found


def _correct_event(event: Event, c: Correction) -> Event:
    date = PartialDate.from_iso(c.date) if c.date else event.date
    return dataclasses.replace(
        event,
        date=date,
        date_end=PartialDate.from_iso(c.date_end) if c.date_end else event.date_end,
        precision=date.precision if c.date else event.precision,
        resolution="explicit" if c.date else event.resolution,
        actors=c.actors if c.actors is not None else event.actors,
        themes=c.themes if c.themes is not None else event.themes,
    )


def _correct_claim(claim: Claim, c: Correction) -> Claim:
    return dataclasses.replace(
        claim,
        kind=c.kind or claim.kind,
        actors=c.actors if c.actors is not None else claim.actors,
        themes=c.themes if c.themes is not None else claim.themes,
    )


def apply_corrections(record: DocumentRecord, corrections: dict[str, Correction]) -> DocumentRecord:
    """The record with curated corrections applied: dropped records removed, corrected fields replaced."""
    if not corrections:
        return record
    events = tuple(
        _correct_event(e, corrections[e.id]) if e.id in corrections else e
        for e in record.events
        if not (e.id in corrections and corrections[e.id].drop)
    )
    claims = tuple(
        _correct_claim(c, corrections[c.id]) if c.id in corrections else c
        for c in record.claims
        if not (c.id in corrections and corrections[c.id].drop)
    )
    return dataclasses.replace(record, events=events, claims=claims)


def unused_corrections(found: list[DocumentRecord], corrections: dict[str, Correction]) -> list[str]:
    """Correction ids that match no record (the text changed, or a typo): reported, never silently kept."""
    ids = {e.id for r in found for e in r.events} | {c.id for r in found for c in r.claims}
    return sorted(set(corrections) - ids)
