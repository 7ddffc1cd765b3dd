"""A curator's verdict on a discovered actor, written into corpus/curated/ so that it survives rebuilds.

Accepting adds the actor to actors.yml (at the end of its `actors:` list, the file's comments kept); from the next
build on the vocabulary names it and it is no longer discovered. Rejecting adds its names to candidates.yml's
`ignore:` list, the names a curator reviewed and decided are no actor: they are never discovered again. Either
edit is checked by reading the file back; a file that would not read is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from nea_site.curation.curated import CANDIDATES_FILE, read_candidate_ignore_list
from nea_site.curation.vocabulary import ACTORS_FILE, read_vocabulary
from nea_site.errors import RecordError
from nea_site.model import Actor
from nea_site.records import emit_yaml, to_plain

_TOP_KEY_RE = re.compile(r"^[A-Za-z_][\w-]*:")


def accept_actor(curated_dir: Path, actor: Actor) -> Path:
    """Add `actor` (reviewed: no `found_by`) to the vocabulary in actors.yml; return the file's path."""
    path = curated_dir / ACTORS_FILE
    entry = {k: v for k, v in to_plain(actor).items() if k != "found_by" and v not in (None, [], {})}
    entry["name"] = {k: v for k, v in entry["name"].items() if v is not None and k != "original"}
    aliases = {k: v for k, v in entry.get("aliases", {}).items() if v}
    if aliases:
        entry["aliases"] = aliases
    else:
        entry.pop("aliases", None)
    block = _indent(emit_yaml([entry]), "  ")
    _insert_in_list(path, "actors", block, lambda: read_vocabulary(curated_dir))
    return path


def reject_names(curated_dir: Path, names: list[str]) -> Path:
    """Add `names` to candidates.yml's `ignore:` list (those not there yet); return the file's path."""
    path = curated_dir / CANDIDATES_FILE
    known = read_candidate_ignore_list(curated_dir)
    fresh = [n for n in dict.fromkeys(names) if n and n not in known]
    if fresh:
        _insert_in_list(
            path, "ignore", _indent(emit_yaml(fresh), "  "), lambda: read_candidate_ignore_list(curated_dir)
        )
    return path


def _indent(text: str, prefix: str) -> str:
    return "".join(prefix + line if line.strip() else line for line in text.splitlines(keepends=True))


def _insert_in_list(path: Path, key: str, block: str, check: Callable[[], object]) -> None:
    """Insert `block` (list items) at the end of the top-level list `key:`, creating the key if absent."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        new = text + ("" if not text or text.endswith("\n") else "\n") + f"{key}:\n" + block
    elif lines[start].split(":", 1)[1].strip() not in ("", "[]"):
        raise RecordError(path, [f"{start + 1}: {key}: a block list is needed to add to it"], hint="edit it by hand")
    else:
        end = next((i for i in range(start + 1, len(lines)) if _TOP_KEY_RE.match(lines[i])), len(lines))
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # after the list's last item, before the blank lines that end it
        head = "".join(lines[:end])
        if head and not head.endswith("\n"):
            head += "\n"
        if lines[start].split(":", 1)[1].strip() == "[]":
            head = head.replace(lines[start], f"{key}:\n", 1)
        new = head + block + "".join(lines[end:])
    path.write_text(new, encoding="utf-8")
    try:
        check()
    except RecordError:
        if text:
            path.write_text(text, encoding="utf-8")
        else:
            path.unlink()
        raise
