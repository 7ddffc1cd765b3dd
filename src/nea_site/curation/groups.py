"""A curator's joins and splits of event groups (corpus/curated/groups.yml), checked with file and line.

join:                       # these events report one happening
  - events: [ev-2011-09-1a2b3c4d, ev-2011-09-5e6f7a8b]
    note: both report the founding of the secretariat
split:                      # events of different parts never share a group
  - parts:
      - [ev-1999-1a2b3c4d]
      - [ev-1999-11-5e6f7a8b, ev-1999-9c0d1e2f]
    note: a joint statement, not the leaders' first meeting
"""

from __future__ import annotations

from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model import GroupEdits, GroupJoin, GroupSplit
from nea_site.records import key_lines, load_yaml

GROUPS_FILE = "groups.yml"
_ENTRY_KEYS = {"join": ("events", "note"), "split": ("parts", "note")}


def read_group_edits(curated_dir: Path) -> GroupEdits:
    """The joins and splits of groups.yml (none when the file is absent); every problem reported with its line."""
    path = curated_dir / GROUPS_FILE
    if not path.exists():
        return GroupEdits(path=str(path))
    data = load_yaml(path)
    if data is None:
        return GroupEdits(path=str(path))
    if not isinstance(data, dict):
        raise RecordError(path, ["1: expected a mapping with 'join:' and/or 'split:' lists"], hint=_HINT)
    lines = key_lines(path)
    problems: list[str] = []
    joins: list[GroupJoin] = []
    splits: list[GroupSplit] = []
    for key in data:
        if key not in _ENTRY_KEYS:
            problems.append(f"{lines.get((str(key),), 1)}: unknown key {key!r} (expected 'join' or 'split')")
    for kind in ("join", "split"):
        entries = data.get(kind) or []
        if not isinstance(entries, list):
            problems.append(f"{lines.get((kind,), 1)}: '{kind}' must be a list of entries")
            continue
        for n, entry in enumerate(entries):
            line = lines.get((kind, str(n)), lines.get((kind,), 1))
            where = f"{kind}[{n}]"
            if not isinstance(entry, dict):
                problems.append(f"{line}: {where}: expected a mapping with {' and '.join(_ENTRY_KEYS[kind])}")
                continue
            for field in entry:
                if field not in _ENTRY_KEYS[kind]:
                    problems.append(f"{lines.get((kind, str(n), str(field)), line)}: {where}: unknown field {field!r}")
            note = entry.get("note", "")
            if not isinstance(note, str):
                problems.append(f"{lines.get((kind, str(n), 'note'), line)}: {where}.note: expected text")
                note = ""
            if kind == "join":
                events = _ids(entry.get("events"), f"{where}.events", line, problems)
                if events is not None and len(set(events)) < 2:
                    problems.append(f"{line}: {where}.events: a join names two events or more")
                elif events is not None:
                    joins.append(GroupJoin(events=events, note=note, line=line))
            else:
                parts = entry.get("parts")
                if not isinstance(parts, list) or len(parts) < 2:
                    problems.append(f"{line}: {where}.parts: expected a list of two parts or more, each a list of ids")
                    continue
                found = [_ids(part, f"{where}.parts[{p}]", line, problems) for p, part in enumerate(parts)]
                clean = [ids for ids in found if ids is not None]
                if len(clean) == len(found):
                    flat = [i for ids in clean for i in ids]
                    if len(flat) != len(set(flat)):
                        problems.append(f"{line}: {where}.parts: an event is in two parts")
                    else:
                        splits.append(GroupSplit(parts=tuple(clean), note=note, line=line))
    if problems:
        raise RecordError(path, problems, hint=_HINT)
    return GroupEdits(path=str(path), joins=tuple(joins), splits=tuple(splits))


_HINT = "event ids are in corpus/records/documents/*.yml and the export; see README 'Event groups'"


def _ids(value: object, where: str, line: int, problems: list[str]) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.startswith("ev-") for v in value):
        problems.append(f"{line}: {where}: expected a list of event ids (ev-…)")
        return None
    return tuple(value)
