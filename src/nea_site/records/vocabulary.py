"""Curated vocabularies: corpus/curated/actors.yml and themes.yml -> Vocabulary, every problem reported."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from nea_site.errors import RecordError
from nea_site.model import Actor, ActorGroup, Theme, Vocabulary
from nea_site.records.codec import from_plain
from nea_site.records.curated import CANDIDATES_FILE, read_candidate_ignore_list
from nea_site.records.store import load_yaml

ACTORS_FILE = "actors.yml"
THEMES_FILE = "themes.yml"


def read_vocabulary(curated_dir: Path) -> Vocabulary:
    """Load and validate both vocabularies; a missing file gives an empty vocabulary of that kind."""
    actors_path, themes_path = curated_dir / ACTORS_FILE, curated_dir / THEMES_FILE
    actors_data = load_yaml(actors_path) if actors_path.exists() else {}
    themes_data = load_yaml(themes_path) if themes_path.exists() else {}
    actors, groups = _read_actors(actors_path, actors_data or {})
    not_names = _read_not_names(actors_path, actors_data or {})
    themes = _read_themes(themes_path, themes_data or {})
    rejected = tuple(sorted(read_candidate_ignore_list(curated_dir)))
    digest = hashlib.sha256()
    for path in (actors_path, themes_path, curated_dir / CANDIDATES_FILE):
        digest.update(path.read_bytes() if path.exists() else b"")
    return Vocabulary(
        actors=actors,
        themes=themes,
        groups=groups,
        not_names=not_names,
        rejected=rejected,
        version=digest.hexdigest()[:16],
    )


def _read_not_names(path: Path, data: Any) -> tuple[str, ...]:
    """Phrases that hold an actor's name but name no actor ("US dollars"): a list of strings."""
    entries = _entries(path, data, "not_names")
    problems = [
        f"not_names[{i}]: expected a non-empty string"
        for i, e in enumerate(entries)
        if not isinstance(e, str) or not e.strip()
    ]
    if problems:
        raise RecordError(path, problems, hint="list each phrase as a string")
    return tuple(sorted(set(entries)))


def _entries(path: Path, data: Any, key: str) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get(key, []), list):
        raise RecordError(path, [f"expected a top-level list '{key}:'"])
    return list(data.get(key, []))


def _read_actors(path: Path, data: Any) -> tuple[tuple[Actor, ...], tuple[ActorGroup, ...]]:
    problems: list[str] = []
    actors: list[Actor] = []
    for i, entry in enumerate(_entries(path, data, "actors")):
        label = f"actors[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
        try:
            actors.append(from_plain(Actor, entry, where=label))
        except ValueError as exc:
            problems.extend(str(exc).split("\n"))
    ids = [a.id for a in actors]
    problems.extend(f"actors: duplicate id {d!r}" for d in sorted({i for i in ids if ids.count(i) > 1}))
    owner: dict[tuple[str, str], str] = {}
    for actor in actors:
        if actor.type == "country" and not actor.iso:
            problems.append(f"actors ({actor.id}): a country needs an ISO code ('iso: XXX')")
        for lang, names in (
            ("en", actor.aliases.en + ((actor.name.en,) if actor.name.en else ())),
            ("zh", actor.aliases.zh + ((actor.name.zh,) if actor.name.zh else ())),
            ("other", actor.aliases.other),
        ):
            for name in names:
                previous = owner.setdefault((lang, name), actor.id)
                if previous != actor.id:
                    problems.append(f"actors ({actor.id}): alias {name!r} already names {previous!r}")
    groups: list[ActorGroup] = []
    known = set(ids)
    for i, entry in enumerate(_entries(path, data, "groups")):
        try:
            group = from_plain(ActorGroup, entry, where=f"groups[{i}]")
        except ValueError as exc:
            problems.extend(str(exc).split("\n"))
            continue
        problems.extend(f"groups[{i}] ({group.text}): unknown actor id {a!r}" for a in group.actors if a not in known)
        groups.append(group)
    if problems:
        raise RecordError(path, problems, hint="fix the vocabulary entry; ids are lower-case slugs")
    return tuple(actors), tuple(groups)


def _read_themes(path: Path, data: Any) -> tuple[Theme, ...]:
    problems: list[str] = []
    themes: list[Theme] = []
    for i, entry in enumerate(_entries(path, data, "themes")):
        label = f"themes[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
        try:
            themes.append(from_plain(Theme, entry, where=label))
        except ValueError as exc:
            problems.extend(str(exc).split("\n"))
    ids = [t.id for t in themes]
    problems.extend(f"themes: duplicate id {d!r}" for d in sorted({i for i in ids if ids.count(i) > 1}))
    for theme in themes:
        if not (theme.name.en and theme.name.zh):
            problems.append(f"themes ({theme.id}): name needs both en and zh")
    if problems:
        raise RecordError(path, problems, hint="fix the theme entry")
    return tuple(themes)
