"""`manifest.json` of the data page's downloads: build date, record schema version, row counts, sizes, hashes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

MANIFEST_FILE = "manifest.json"


def manifest(files: Mapping[str, bytes], counts: Mapping[str, int], meta: Mapping[str, str]) -> str:
    """`manifest.json`: build date, record schema version, row counts, and size and SHA-256 of every download."""
    data: dict[str, object] = {k: int(v) if k == "record_schema_version" else v for k, v in sorted(meta.items())}
    data["counts"] = dict(counts)
    data["files"] = [
        {"name": name, "bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        for name, content in sorted(files.items())
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
