"""No title, file name or sentence of the seed corpus appears in the code or templates."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import REPO

CODE_DIRS = [REPO / "src", REPO / "templates"]


def _code_text() -> str:
    parts = []
    for directory in CODE_DIRS:
        for path in sorted(directory.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".j2", ".html", ".yml"}:
                parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def _seed_strings() -> list[str]:
    strings: list[str] = []
    for source in sorted((REPO / "corpus" / "sources").iterdir()):
        strings.append(source.name)
        strings.append(Path(source.name).stem)
        text = source.read_text(encoding="utf-8")
        # Every long line's opening words: catches copied titles and sentences.
        strings.extend(line.strip()[:40] for line in text.splitlines() if len(line.strip()) >= 40)
    curated = yaml.safe_load((REPO / "corpus" / "curated" / "documents.yml").read_text(encoding="utf-8"))
    for entry in curated["documents"].values():
        for title in (entry.get("title") or {}).values():
            strings.append(title)
    return strings


def test_no_seed_text_in_code() -> None:
    code = _code_text()
    found = [s for s in _seed_strings() if s and s in code]
    assert not found
