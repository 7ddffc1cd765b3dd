"""Records on disk: deterministic YAML dumps, atomic directory swaps, loading with file:line errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml

from nea_site.errors import RecordError
from nea_site.model import DocumentRecord
from nea_site.records.codec import from_plain, to_plain
from nea_site.records.emit import emit_yaml

# libyaml's C parser when PyYAML has it (10x faster than the pure-Python one); same data.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def dump_yaml(data: Any) -> str:
    """Serialise plain data the same way every time (block style, insertion order, unicode, literal blocks)."""
    return emit_yaml(data)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file safely; a syntax error becomes a RecordError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RecordError(path, [f"cannot read: {exc.strerror}"]) from exc
    except UnicodeDecodeError as exc:
        raise RecordError(path, [f"not UTF-8 text: {exc.reason}"]) from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"{mark.line + 1}" if mark else "1"
        raise RecordError(
            path, [f"{line}: YAML syntax error: {exc.problem or exc.context}"], hint="fix the YAML syntax"
        ) from exc
    except yaml.YAMLError as exc:
        raise RecordError(path, [f"YAML error: {exc}"]) from exc


def key_lines(path: Path) -> dict[tuple[str, ...], int]:
    """1-based line of every mapping key in a YAML file, by key path: {("documents", "a.txt", "title"): 7}."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    lines: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node | None, prefix: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = (*prefix, str(key.value))
                lines[here] = key.start_mark.line + 1
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                here = (*prefix, str(i))
                lines.setdefault(here, item.start_mark.line + 1)
                walk(item, here)

    walk(root, ())
    return lines


def record_path(records_dir: Path, record: DocumentRecord) -> Path:
    """Where a document's record lives: records/documents/<id>.yml."""
    return records_dir / "documents" / f"{record.id}.yml"


def write_records(records: list[DocumentRecord], records_dir: Path) -> None:
    """Write all records to a staging directory, then swap it in."""
    staging = stage_records(records, records_dir.with_name(records_dir.name + ".staging"))
    swap_dir(staging, records_dir)


def stage_records(records: list[DocumentRecord], staging: Path) -> Path:
    """Write all records into a fresh `staging` dir; return it.

    Nothing is read back: that every record loads back equal is a property of the codec and the emitter,
    checked by the tests (tests/unit/records/test_emit.py), not paid for on every build.
    """
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "documents").mkdir(parents=True)
    for record in sorted(records, key=lambda r: r.id):
        record_path(staging, record).write_text(dump_yaml(to_plain(record)), encoding="utf-8")
    return staging


def read_record(path: Path) -> DocumentRecord:
    """Load and validate one record file."""
    data = load_yaml(path)
    try:
        return from_plain(DocumentRecord, data, where="document")
    except ValueError as exc:
        raise RecordError(path, str(exc).split("\n"), hint="records are generated: rebuild instead of editing") from exc


def read_records(records_dir: Path) -> list[DocumentRecord]:
    """Load every record under records_dir, sorted by id."""
    paths = sorted((records_dir / "documents").glob("*.yml"))
    return [read_record(p) for p in paths]


def swap_dir(staging: Path, target: Path) -> None:
    """Replace `target` by `staging` with renames only, so a failure leaves one of the two whole."""
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    if old.exists():
        shutil.rmtree(old)
