"""Records on disk: deterministic YAML dumps, atomic directory swaps, loading with file:line errors."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
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


def stage_records(
    records: list[DocumentRecord],
    staging: Path,
    *,
    cache_dir: Path | None = None,
    digests: dict[str, str] | None = None,
    keys: Mapping[str, str] | None = None,
) -> Path:
    """Write all records into a fresh `staging` dir; return it.

    With `cache_dir`, the YAML text of each record but its group links is kept there under a digest of that
    data (the JSON of its plain form, which the YAML is a function of). A record's file is that text followed by
    its group links' YAML (`groups`, the last field: a top-level block mapping is its keys' blocks one after
    another), so a record whose data did not change since a build is not written as YAML again even when the
    cross-document step changed its group links (a document that joins a happening changes the links of every
    record that reports it: 270 of 500 records in an add). Entries no record of this build used are deleted.
    Nothing is read back: that every record loads back equal is a property of the codec and the emitter,
    checked by the tests (tests/unit/records/test_emit.py), not paid for on every build.

    With `digests`, each record's digest (`record_digest`: its data but its group links) is put there under its
    id: render keys the pages it keeps across builds by the digests of the records they show.

    With `keys` (record id -> a key of everything the record's data but its group links is made from) and
    `cache_dir`, each digest is kept in `cache_dir/digests.json` under its key: a record whose key is there
    is neither turned into plain data nor hashed (only its group links are made plain), unless its YAML is not
    cached.
    """
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "documents").mkdir(parents=True)
    used: set[str] = set()
    known = _read_digests(cache_dir) if cache_dir is not None and keys is not None else {}
    kept: dict[str, str] = {}
    for record in sorted(records, key=lambda r: r.id):
        key = keys.get(record.id) if keys is not None else None
        content = known.get(key) if key is not None else None
        body = _cached_bytes(content, cache_dir) if content is not None and cache_dir is not None else None
        if body is not None and content is not None:
            links = to_plain(record.groups)
        else:
            plain = to_plain(record)
            assert next(reversed(plain)) == GROUP_LINKS  # the file is spliced: the group links come last
            links = plain.pop(GROUP_LINKS)
            content = _content_digest(plain)
            body = _cached_yaml(plain, content, cache_dir) if cache_dir is not None else dump_yaml(plain).encode()
        if digests is not None:
            digests[record.id] = content
        if key is not None:
            kept[key] = content
        used.add(_cache_name(content))
        record_path(staging, record).write_bytes(body + dump_yaml({GROUP_LINKS: links}).encode("utf-8"))
    if cache_dir is not None:
        for stale in cache_dir.glob("*.yml"):
            if stale.name not in used:
                stale.unlink(missing_ok=True)
        if keys is not None:
            _write_digests(cache_dir, kept)
    return staging


_DIGESTS_FILE = "digests.json"


def _read_digests(cache_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((cache_dir / _DIGESTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_digests(cache_dir: Path, digests: dict[str, str]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / _DIGESTS_FILE
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(digests, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


GROUP_LINKS = "groups"  # the field of a record that the cross-document step writes (model.GroupLink)


def record_digest(record: DocumentRecord) -> str:
    """SHA-256 of the record's data but its group links (the JSON of its plain form without them).

    The group links name each group by its members and give the evidence that joined them, so a document that
    joins a happening reported by 300 others changes all 300 records' links, and nothing else of them: render,
    which keys the pages it keeps by these digests, keys what a page shows of a group by the group itself.
    """
    return _content_digest(to_plain(record))


def _content_digest(plain: dict[str, Any]) -> str:
    return hashlib.sha256(_json({k: v for k, v in plain.items() if k != GROUP_LINKS}).encode("utf-8")).hexdigest()


def _json(plain: Any) -> str:
    return json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def _cache_name(digest: str) -> str:
    return f"{digest[:32]}.body.yml"  # the YAML of a record but its group links


def _cached_bytes(digest: str, cache_dir: Path) -> bytes | None:
    try:
        return (cache_dir / _cache_name(digest)).read_bytes()
    except OSError:
        return None


def _cached_yaml(plain: Any, digest: str, cache_dir: Path) -> bytes:
    """The YAML bytes of `plain` (whose digest is `digest`), written into the cache if absent there."""
    name = _cache_name(digest)
    path = cache_dir / name
    found = _cached_bytes(digest, cache_dir)
    if found is not None:
        return found
    data = dump_yaml(plain).encode("utf-8")
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{name}.tmp")  # renamed whole: an interrupted build leaves no half-written entry
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return data


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
