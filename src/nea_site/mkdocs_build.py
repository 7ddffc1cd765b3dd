"""Strict MkDocs builds of the generated per-language configs, run in parallel processes."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from nea_site.errors import BuildError

log = logging.getLogger(__name__)

# A fixed date for what MkDocs writes into pages and the sitemap, so two builds are byte-identical.
DEFAULT_SOURCE_DATE_EPOCH = "946684800"  # 2000-01-01T00:00:00Z
PAGE_CACHE_ENV = "NEA_PAGE_CACHE"  # read by nea_site.mkdocs_plugin.pagecache


def mkdocs_command(config_path: Path, *, strict: bool = True) -> list[str]:
    """The exact command that builds one language site."""
    # No --quiet: it silences warnings, and --strict can only fail a build on the warnings it sees.
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config_path)]
    return command + (["--strict"] if strict else [])


def run_mkdocs(config_paths: list[Path], *, cwd: Path, strict: bool = True, page_cache: Path | None = None) -> None:
    """Build every config at once (one process each); raise BuildError with MkDocs' messages on failure.

    With `page_cache`, the project's plugin (nea_site.mkdocs_plugin) keeps each page's conversion there and reuses
    it in the next build for a page that did not change; without it, MkDocs converts every page.
    """
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
    env.pop(PAGE_CACHE_ENV, None)
    if page_cache is not None:
        env[PAGE_CACHE_ENV] = str(page_cache.resolve())
    processes = [
        (
            path,
            subprocess.Popen(
                mkdocs_command(path, strict=strict),
                cwd=cwd,
                env=env,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            ),
        )
        for path in config_paths
    ]
    failures = []
    for path, process in processes:
        output, _ = process.communicate()
        if process.returncode != 0:
            failures.append(f"{path}: mkdocs build failed (exit {process.returncode}):\n{output.strip()}")
        elif output.strip():
            log.info("%s: %s", path, output.strip())
    if failures:
        raise BuildError("\n".join(failures))


def compact_search_index(site_dir: Path) -> None:
    r"""Rewrite search/search_index.json with UTF-8 characters instead of \\uXXXX escapes (CJK: about half the size)."""
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
