"""`nea-site actors accept|reject ID`: a curator's verdict on an actor discovered in the records."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from nea_site import curation
from nea_site.errors import NeaSiteError
from nea_site.model import Actor, ActorId, ActorType, LocalizedText, merge_discovered
from nea_site.pipeline.build import load_records
from nea_site.pipeline.settings import BuildSettings

DISCOVERED_PREFIX = "found-"


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    actor: Actor  # as accepted (reviewed), or the discovered one rejected
    path: Path  # the curated file written
    names: tuple[str, ...] = ()  # the names rejected


def discovered_actors(settings: BuildSettings) -> dict[ActorId, Actor]:
    """The actors discovered in the stored records, one per id."""
    return merge_discovered(r.discovered for r in load_records(settings))


def _find(settings: BuildSettings, actor_id: str) -> Actor:
    found = discovered_actors(settings)
    actor = found.get(ActorId(actor_id))
    if actor is None:
        near = ", ".join(sorted(found)[:5])
        raise NeaSiteError(
            f"no discovered actor {actor_id!r} in {settings.records_dir}"
            + (f" (some there: {near})" if near else " (none there: run `nea-site build` first)")
        )
    return actor


def accept(
    settings: BuildSettings,
    actor_id: str,
    *,
    en: str | None = None,
    zh: str | None = None,
    actor_type: ActorType | None = None,
    new_id: str | None = None,
) -> Verdict:
    """Add a discovered actor to the vocabulary (renamed, retyped as given); its id loses the `found-` prefix."""
    found = _find(settings, actor_id)
    name = LocalizedText(en=en or found.name.en, zh=zh or found.name.zh)
    if not (name.en or name.zh):
        raise NeaSiteError(f"{actor_id}: give its name with --en or --zh")
    if new_id is None:
        base = name.en or ""
        new_id = re.sub(r"[^a-z0-9]+", "-", base.casefold()).strip("-") or actor_id.removeprefix(DISCOVERED_PREFIX)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", new_id):
        raise NeaSiteError(f"{new_id!r} is no id: use lower-case letters, digits and hyphens")
    actor = replace(found, id=ActorId(new_id), name=name, type=actor_type or found.type, found_by=None)
    path = curation.accept_actor(settings.curated_dir, actor)
    return Verdict(actor=actor, path=path)


def reject(settings: BuildSettings, actor_id: str) -> Verdict:
    """Never discover this actor again: its names go to the curators' ignore list."""
    found = _find(settings, actor_id)
    names = tuple(n for n in (found.name.en, found.name.zh, *found.aliases.other) if n)
    path = curation.reject_names(settings.curated_dir, list(names))
    return Verdict(actor=found, path=path, names=names)
