"""Discovered actors (found in texts by naming rules, not yet reviewed): one actor per id across documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from nea_site.model.ids import ActorId
from nea_site.model.records import Actor, LocalizedText, Terms


def merge_found(first: Actor, other: Actor) -> Actor:
    """One actor found twice: the names and aliases of both, the first's type and rule."""
    return replace(
        first,
        name=LocalizedText(
            en=first.name.en or other.name.en, zh=first.name.zh or other.name.zh, original=first.name.original
        ),
        aliases=Terms(
            en=tuple(dict.fromkeys(first.aliases.en + other.aliases.en)),
            zh=tuple(dict.fromkeys(first.aliases.zh + other.aliases.zh)),
            other=tuple(dict.fromkeys(first.aliases.other + other.aliases.other)),
        ),
    )


def merge_discovered(found: Iterable[Iterable[Actor]]) -> dict[ActorId, Actor]:
    """The discovered actors of several documents (given in document order), one per id, sorted by id."""
    merged: dict[ActorId, Actor] = {}
    for actors in found:
        for actor in actors:
            merged[actor.id] = merge_found(merged[actor.id], actor) if actor.id in merged else actor
    return dict(sorted(merged.items()))
