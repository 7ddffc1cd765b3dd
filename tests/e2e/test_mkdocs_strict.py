"""Strict MkDocs builds fail on a warning (a link to a missing page), lenient ones do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.errors import BuildError
from nea_site.mkdocs_build import run_mkdocs


def _project(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n\nSee [a page that is not there](missing.md).\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: strict check\nsite_dir: out\n", encoding="utf-8")
    return config


def test_a_strict_build_fails_on_a_broken_link(tmp_path: Path) -> None:
    config = _project(tmp_path)
    with pytest.raises(BuildError, match="missing.md"):
        run_mkdocs([config], cwd=tmp_path, strict=True)


def test_a_lenient_build_lets_the_warning_pass(tmp_path: Path) -> None:
    config = _project(tmp_path)
    run_mkdocs([config], cwd=tmp_path, strict=False)
    assert (tmp_path / "out" / "index.html").is_file()
