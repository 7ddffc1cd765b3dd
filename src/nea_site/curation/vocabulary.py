"""Curated vocabularies: curated/actors.yml (+ actors/*.yml) and themes.yml -> Vocabulary, every problem reported.

The actor vocabulary may be split: `actors.yml` and then every `actors/*.yml` in name order (a gazetteer of
countries, one of places...), each with the same keys (`actors`, `groups`, `not_names`). They are read as one
vocabulary: an id or a surface form belongs to one actor across all files, and a group may name an actor of
another file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from nea_site.curation.curated import CANDIDATES_FILE, read_candidate_ignore_list
from nea_site.errors import RecordError
from nea_site.model import Actor, ActorGroup, ActorId, Theme, Vocabulary
from nea_site.records import from_plain, load_yaml

ACTORS_FILE = "actors.yml"
ACTORS_DIR = "actors"  # more actor files: corpus/curated/actors/*.yml, read after actors.yml in name order
THEMES_FILE = "themes.yml"


def actor_files(curated_dir: Path) -> tuple[Path, ...]:
    """The actor vocabulary's files that exist, in reading order: actors.yml, then actors/*.yml by name."""
    main = curated_dir / ACTORS_FILE
    more = sorted((curated_dir / ACTORS_DIR).glob("*.yml")) if (curated_dir / ACTORS_DIR).is_dir() else []
    return tuple(p for p in (main, *more) if p.is_file())


def read_vocabulary(curated_dir: Path) -> Vocabulary:
    """Load and validate both vocabularies; a missing file gives an empty vocabulary of that kind."""
    themes_path = curated_dir / THEMES_FILE
    files = actor_files(curated_dir)
    loaded = [(path, load_yaml(path) or {}) for path in files]
    actors, groups, in_office = _read_actors(loaded)
    not_names = tuple(sorted({n for path, data in loaded for n in _read_not_names(path, data)}))
    themes_data = load_yaml(themes_path) if themes_path.exists() else {}
    themes = _read_themes(themes_path, themes_data or {})
    rejected = tuple(sorted(read_candidate_ignore_list(curated_dir)))
    digest = hashlib.sha256()
    for path in files:  # with actors.yml alone, the digest is what it was before actors/ existed
        if path != curated_dir / ACTORS_FILE:
            digest.update(str(path.relative_to(curated_dir)).encode())
        digest.update(path.read_bytes())
    digest.update(themes_path.read_bytes() if themes_path.exists() else b"")
    candidates_path = curated_dir / CANDIDATES_FILE  # its ignore: list holds rejected discoveries
    digest.update(candidates_path.read_bytes() if candidates_path.exists() else b"")
    return Vocabulary(
        actors=actors,
        themes=themes,
        groups=groups,
        not_names=not_names,
        rejected=rejected,
        version=digest.hexdigest()[:16],
        in_office=in_office,
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


def _read_actors(files: list[tuple[Path, Any]]) -> tuple[tuple[Actor, ...], tuple[ActorGroup, ...], InOffice]:
    """Actors, groups and people's years in office of every file, checked as one vocabulary.

    A problem names its file when there are several.
    """
    problems: list[str] = []
    actors: list[Actor] = []
    in_office: list[tuple[ActorId, int, int | None]] = []
    where: dict[str, str] = {}  # actor id -> the file that lists it, for the messages
    several = len(files) > 1
    for path, data in files:
        prefix = f"{path.name}: " if several else ""
        for i, entry in enumerate(_entries(path, data, "actors")):
            label = f"{prefix}actors[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
            years = entry.get("in_office") if isinstance(entry, dict) else None
            if isinstance(entry, dict) and "in_office" in entry:
                entry = {k: v for k, v in entry.items() if k != "in_office"}
            try:
                actor = from_plain(Actor, entry, where=label)
            except ValueError as exc:
                problems.extend(str(exc).split("\n"))
                continue
            actors.append(actor)
            if years is not None:
                span, problem = _office_years(years, actor.type)
                if problem:
                    problems.append(f"{label}: in_office: {problem}")
                elif span:
                    in_office.append((actor.id, *span))
            where.setdefault(actor.id, path.name)
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
                    in_file = f" in {where[previous]}" if several else ""
                    problems.append(f"actors ({actor.id}): alias {name!r} already names {previous!r}{in_file}")
    groups: list[ActorGroup] = []
    known = set(ids)
    for path, data in files:
        prefix = f"{path.name}: " if several else ""
        for i, entry in enumerate(_entries(path, data, "groups")):
            try:
                group = from_plain(ActorGroup, entry, where=f"{prefix}groups[{i}]")
            except ValueError as exc:
                problems.extend(str(exc).split("\n"))
                continue
            problems.extend(
                f"{prefix}groups[{i}] ({group.text}): unknown actor id {a!r}" for a in group.actors if a not in known
            )
            groups.append(group)
    if problems:
        first = files[0][0] if files else Path(ACTORS_FILE)
        raise RecordError(first, problems, hint="fix the vocabulary entry; ids are lower-case slugs")
    return tuple(actors), tuple(groups), tuple(sorted(in_office))


InOffice = tuple[tuple[ActorId, int, int | None], ...]


def _office_years(value: Any, actor_type: str) -> tuple[tuple[int, int | None] | None, str]:
    """`in_office: [1957, 1960]` (first and last year), or `[2022]` while in office: the span, or a problem."""
    if actor_type != "person":
        return None, "only a person has years in office"
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        return None, "expected [first year, last year], or [first year] while in office"
    if not all(isinstance(y, int) and not isinstance(y, bool) and 1800 <= y <= 2200 for y in value):
        return None, f"expected years, got {value!r}"
    if len(value) == 2 and value[1] < value[0]:
        return None, f"the last year {value[1]} is before the first {value[0]}"
    return (value[0], value[1] if len(value) == 2 else None), ""


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
