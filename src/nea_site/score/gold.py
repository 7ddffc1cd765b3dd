"""Gold annotations (`<name>.gold.yaml` beside a document): what a reader marked by hand, read into typed values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nea_site.errors import RecordError

GOLD_SUFFIX = ".gold.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldEvent:
    quote: str
    date: str  # ISO partial: the precision the annotator gave
    date_end: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldActor:
    id: str
    type: str
    names: tuple[str, ...]  # English and Chinese names as annotated


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldStatistic:
    quote: str
    number: str
    value: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Gold:
    path: Path
    document_path: Path
    published: str | None
    events: tuple[GoldEvent, ...]
    not_events: tuple[str, ...]  # quotes of dates that are no events
    actors: tuple[GoldActor, ...]
    statistics: tuple[GoldStatistic, ...]


def find_gold(gold_dir: Path) -> list[Gold]:
    """Every `*.gold.yaml` in `gold_dir` whose document sits beside it, in name order; all problems at once."""
    found: list[Gold] = []
    problems: list[str] = []
    for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        try:
            found.append(read_gold(path))
        except (RecordError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
    if problems:
        raise RecordError(gold_dir, problems, hint="each gold file needs `doc:` naming a file beside it")
    return found


def read_gold(path: Path) -> Gold:
    """Read one gold file (safe YAML); raise RecordError when its document is missing."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    document_path = path.parent / str(data["doc"])
    if not document_path.is_file():
        raise RecordError(path, [f"its document {document_path.name} is not beside it"])
    published = data.get("published")
    return Gold(
        path=path,
        document_path=document_path,
        published=str(published) if published is not None else None,
        events=tuple(
            GoldEvent(
                quote=str(e["quote"]),
                date=str(e["date"]),
                date_end=str(e["date_end"]) if e.get("date_end") else None,
            )
            for e in data.get("events") or []
        ),
        not_events=tuple(str(n["quote"]) for n in data.get("not_events") or []),
        actors=tuple(
            GoldActor(
                id=str(a["id"]),
                type=str(a["type"]),
                names=tuple(str(a[k]) for k in ("en", "zh") if a.get(k)),
            )
            for a in data.get("actors") or []
        ),
        statistics=tuple(
            GoldStatistic(quote=str(s["quote"]), number=str(s["number"]), value=float(s["value"]))
            for s in data.get("statistics") or []
        ),
    )
