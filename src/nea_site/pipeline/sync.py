"""Bring a freshly rendered folder into place, rewriting only the files whose bytes changed.

Render writes every page of a build into a scratch folder; `sync_tree` then moves into the real folder only the
files that are new or differ, deletes those the new render no longer has, and leaves the others untouched (their
mtimes too): after `nea-site add`, the pages that did not change are the same files as before, so a tool that
watches the folder or compares mtimes (`mkdocs serve`, rsync, make) sees only what changed. A file of the scratch
folder that is a hard link to the real folder's (render links the pages it kept, render/page_cache.py) is the
same file: it is not read.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path


def sync_tree(new: Path, old: Path) -> int:
    """Make `old` hold what `new` holds, then remove `new`; return the number of files written or removed."""
    if not old.is_dir():
        if old.exists() or old.is_symlink():
            old.unlink()
        os.replace(new, old)
        return sum(len(files) for _, _, files in os.walk(old))
    changed = 0
    wanted: set[Path] = set()
    for root, _, files in os.walk(new):
        for name in files:
            source = Path(root, name)
            relative = source.relative_to(new)
            wanted.add(relative)
            target = old / relative
            if _same(source, target):
                continue
            _make_room(old, relative)
            os.replace(source, target)
            changed += 1
    for root, dirs, files in os.walk(old, topdown=False):
        for name in files:
            path = Path(root, name)
            if path.relative_to(old) not in wanted:
                path.unlink()
                changed += 1
        for name in dirs:
            path = Path(root, name)
            if path.is_symlink():
                path.unlink()
            elif not any(path.iterdir()):
                path.rmdir()
    shutil.rmtree(new)
    return changed


def _same(source: Path, target: Path) -> bool:
    """`target` is a regular file with the bytes of `source` (or the same file: render links the pages it kept)."""
    try:
        found = target.lstat()
    except OSError:  # absent, or a folder on its path is a file
        return False
    if not stat.S_ISREG(found.st_mode):
        return False
    made = source.stat()
    if os.path.samestat(made, found):
        return True
    return made.st_size == found.st_size and source.read_bytes() == target.read_bytes()


def _make_room(old: Path, relative: Path) -> None:
    """The target's folders exist as folders, and the target itself is no folder."""
    folder = old
    for part in relative.parts[:-1]:
        folder = folder / part
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            folder.unlink()
        folder.mkdir(exist_ok=True)
    target = old / relative
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
