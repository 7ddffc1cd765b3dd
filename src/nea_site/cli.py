"""The `nea-site` command: turns NeaSiteError into a message on stderr and exit code 1."""

from __future__ import annotations

import functools
import http.server
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from nea_site import pipeline
from nea_site.errors import NeaSiteError

F = TypeVar("F", bound=Callable[..., Any])


def _project_option(func: F) -> F:
    return click.option(
        "--project",
        "project",
        type=click.Path(file_okay=False, path_type=Path),
        default=".",
        show_default=True,
        help="Project folder holding corpus/, templates/ and mkdocs.yml.",
    )(func)


def _fail_cleanly(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NeaSiteError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Show progress messages.")
def main(verbose: bool) -> None:
    """nea-site: build a bilingual research-corpus website from corpus/."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s")


@main.command()
@_project_option
@click.option("--no-strict", is_flag=True, help="Let MkDocs warnings pass instead of failing the build.")
@_fail_cleanly
def build(project: Path, no_strict: bool) -> None:
    """Parse every source, write records, render both languages and build site/."""
    settings = pipeline.BuildSettings(project_dir=project.resolve(), strict=not no_strict)
    result = pipeline.run_build(settings)
    pages = ", ".join(f"{lang}: {n}" for lang, n in result.pages.items())
    click.echo(f"built {result.documents} documents; pages {pages}; site in {project / 'site'}")


@main.command()
@_project_option
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-build", is_flag=True, help="Serve the existing site/ without rebuilding.")
@_fail_cleanly
def serve(project: Path, port: int, no_build: bool) -> None:
    """Build, then serve site/ on http://127.0.0.1:PORT/ until interrupted."""
    settings = pipeline.BuildSettings(project_dir=project.resolve())
    if not no_build:
        pipeline.run_build(settings)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(settings.site_dir))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        click.echo(f"serving {settings.site_dir} at http://127.0.0.1:{port}/ (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


@main.command()
@_project_option
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write the JSON export to ('-' for standard output).",
)
@_fail_cleanly
def export(project: Path, json_path: Path) -> None:
    """Write all records as one JSON object."""
    settings = pipeline.BuildSettings(project_dir=project.resolve())
    text = pipeline.dump_json(pipeline.export_json(settings))
    if str(json_path) == "-":
        click.echo(text, nl=False)
    else:
        json_path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {json_path}")
