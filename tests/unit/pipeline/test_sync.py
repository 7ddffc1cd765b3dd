"""sync_tree: a fresh render moved into place, writing only the files whose bytes changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from nea_site.pipeline.sync import sync_tree


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _read(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}


def test_unchanged_files_keep_their_mtime_and_changed_ones_are_replaced(tmp_path: Path) -> None:
    old, new = tmp_path / "build", tmp_path / "build.staging"
    _tree(old, {"docs/a.md": "same", "docs/b.md": "before", "docs/gone.md": "x", "gone/deep/c.md": "y"})
    past = 1_000_000_000
    for path in old.rglob("*.md"):
        os.utime(path, (past, past))
    _tree(new, {"docs/a.md": "same", "docs/b.md": "after!", "docs/new/d.md": "new"})
    changed = sync_tree(new, old)
    assert _read(old) == {"docs/a.md": "same", "docs/b.md": "after!", "docs/new/d.md": "new"}
    assert (old / "docs/a.md").stat().st_mtime == past  # not rewritten
    assert (old / "docs/b.md").stat().st_mtime != past
    assert changed == 4  # b.md and d.md written, gone.md and c.md removed
    assert not new.exists() and not (old / "gone").exists()


def test_a_file_replaced_by_a_folder_and_a_folder_by_a_file(tmp_path: Path) -> None:
    old, new = tmp_path / "build", tmp_path / "build.staging"
    _tree(old, {"x": "a file", "y/inner.md": "in a folder"})
    _tree(new, {"x/inner.md": "now a folder", "y": "now a file"})
    sync_tree(new, old)
    assert _read(old) == {"x/inner.md": "now a folder", "y": "now a file"}


def test_no_old_folder_takes_the_new_one_whole(tmp_path: Path) -> None:
    old, new = tmp_path / "build", tmp_path / "build.staging"
    _tree(new, {"a.md": "a", "b/c.md": "c"})
    assert sync_tree(new, old) == 2
    assert _read(old) == {"a.md": "a", "b/c.md": "c"} and not new.exists()


def test_a_hard_link_to_the_old_file_is_the_same_file_and_is_not_read(
    tmp_path: Path, record_reads: Callable[[], list[Path]]
) -> None:
    old, new = tmp_path / "build", tmp_path / "build.staging"
    _tree(old, {"docs/kept.md": "kept", "docs/edited.md": "before"})
    _tree(new, {"docs/edited.md": "after"})
    os.link(old / "docs/kept.md", new / "docs/kept.md")  # what render does with a page it kept
    read = record_reads()
    assert sync_tree(new, old) == 1
    assert _read(old) == {"docs/kept.md": "kept", "docs/edited.md": "after"}
    assert "kept.md" not in [p.name for p in read] and (old / "docs/kept.md").stat().st_nlink == 1
