"""The `nea-site` command: turns NeaSiteError into a message on stderr and exit code 1."""

from __future__ import annotations

import functools
import http.server
import json
import logging
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from nea_site import lexicon
from nea_site.errors import NeaSiteError

if typing.TYPE_CHECKING:
    from nea_site import pipeline
    from nea_site.model import ActorType

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


def _activate_lexicon(project: Path) -> None:
    """Make the project's word lists (the package's, extended by corpus/curated/lexicon.yml) this process's.

    The stages build their matchers when first imported, so every command that reads a project calls this before
    it imports `nea_site.pipeline` (or score, bench); forked workers inherit the lists.
    """
    lexicon.activate(project.resolve() / "corpus" / "curated" / lexicon.PROJECT_FILE)


def _fail_cleanly(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NeaSiteError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return cast(F, wrapper)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Show progress messages.")
def main(verbose: bool) -> None:
    """nea-site: build a bilingual research-corpus website from corpus/."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s")


@main.command()
@_project_option
@click.option("--no-strict", is_flag=True, help="Let MkDocs warnings pass instead of failing the build.")
@click.option("--jobs", default=0, show_default=True, help="Extraction processes (0: one per core for large corpora).")
@_fail_cleanly
def build(project: Path, no_strict: bool, jobs: int) -> None:
    """Parse every source, write records, render both languages and build site/."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve(), strict=not no_strict, jobs=jobs)
    result = pipeline.run_build(settings)
    _report_build(result, project)


def _report_build(result: pipeline.BuildResult, project: Path) -> None:
    pages = ", ".join(f"{lang}: {n}" for lang, n in result.pages.items())
    click.echo(
        f"built {result.documents} documents ({result.extracted} extracted, "
        f"{result.documents - result.extracted} from cache); pages {pages}; site in {project / 'site'}"
    )


@main.command()
@_project_option
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-build", is_flag=True, help="Serve the existing site/ without rebuilding.")
@_fail_cleanly
def serve(project: Path, port: int, no_build: bool) -> None:
    """Build, then serve site/ on http://127.0.0.1:PORT/ until interrupted."""
    _activate_lexicon(project)
    from nea_site import pipeline

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
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    text = pipeline.dump_json(pipeline.export_json(settings))
    if str(json_path) == "-":
        click.echo(text, nl=False)
    else:
        json_path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {json_path}")


@main.command()
@_project_option
@_fail_cleanly
def candidates(project: Path) -> None:
    """List entity-like names that no vocabulary knows: a worklist for corpus/curated/actors.yml."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    lines = pipeline.list_candidates(settings)
    for line in lines:
        click.echo(f"{line.count:4d}  {line.tag:<12}  {line.surface}  [{', '.join(line.sources)}]")
    click.echo(f"{len(lines)} candidate names", err=True)


@main.group()
def actors() -> None:
    """Discovered actors (found in the texts, not yet reviewed): list, accept or reject them."""


@actors.command("list")
@_project_option
@_fail_cleanly
def actors_list(project: Path) -> None:
    """List the actors discovered in the records, with the rule that found each."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    found = pipeline.discovered_actors(settings)
    for actor in found.values():
        click.echo(f"{actor.id}\t{actor.type}\t{actor.name.en or ''}\t{actor.name.zh or ''}\t{actor.found_by}")
    click.echo(f"{len(found)} discovered actors", err=True)


@actors.command("accept")
@_project_option
@click.argument("actor_id")
@click.option("--en", help="English name (else the discovered one).")
@click.option("--zh", help="Chinese name (else the discovered one).")
@click.option(
    "--type",
    "actor_type",
    type=click.Choice(["country", "organization", "person", "agreement", "initiative", "place"]),
    help="Type (else the one the rule guessed).",
)
@click.option("--id", "new_id", help="Vocabulary id (else a slug of the English name).")
@_fail_cleanly
def actors_accept(
    project: Path, actor_id: str, en: str | None, zh: str | None, actor_type: str | None, new_id: str | None
) -> None:
    """Add a discovered actor to corpus/curated/actors.yml; the next build links it as a reviewed actor."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    kind = typing.cast("ActorType | None", actor_type)
    verdict = pipeline.accept_discovered(settings, actor_id, en=en, zh=zh, actor_type=kind, new_id=new_id)
    click.echo(f"accepted {actor_id} as {verdict.actor.id} in {verdict.path}; rebuild to apply")


@actors.command("reject")
@_project_option
@click.argument("actor_id")
@_fail_cleanly
def actors_reject(project: Path, actor_id: str) -> None:
    """Never discover this actor again: its names go to corpus/curated/candidates.yml's ignore list."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    verdict = pipeline.reject_discovered(settings, actor_id)
    click.echo(f"rejected {actor_id} ({'; '.join(verdict.names)}) in {verdict.path}; rebuild to apply")


@main.command()
@_project_option
@click.option("--missing", is_flag=True, required=True, help="List records that lack a translation.")
@_fail_cleanly
def translations(project: Path, missing: bool) -> None:
    """List events, claims and discovered actors whose other-language text is not curated yet."""
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    rows = pipeline.list_missing_translations(settings)
    for record_id, kind, source, text in rows:
        click.echo(f"{record_id}\t{kind}\t{source}\t{text}")
    click.echo(f"{len(rows)} records lack a translation", err=True)


@main.command()
@_project_option
@click.argument("paths", metavar="FILE|FOLDER...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--title-en", help="English title (overrides the parsed one); one FILE only.")
@click.option("--title-zh", help="Chinese title (overrides the parsed one); one FILE only.")
@click.option("--date", help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD; one FILE only.")
@click.option("--lang", help="Main language: en, zh, zh-Hant, ja or ko; one FILE only.")
@click.option("--authors", help="Authors, separated by ';'; one FILE only.")
@click.option("--no-build", is_flag=True, help="Store the files and their metadata; rebuild later with `build`.")
@_fail_cleanly
def add(
    project: Path,
    paths: tuple[Path, ...],
    title_en: str | None,
    title_zh: str | None,
    date: str | None,
    lang: str | None,
    authors: str | None,
    no_build: bool,
) -> None:
    """Add files (a FOLDER: its source files) to corpus/sources with their metadata and rebuild once.

    A refused file is reported with its reason and the others still go in; each file goes in whole or not at
    all; if the build fails, none of the files stays and the corpus, records and site are as they were.
    """
    flags = {
        "--title-en": title_en,
        "--title-zh": title_zh,
        "--date": date,
        "--lang": lang,
        "--authors": authors,
    }
    given = [name for name, value in flags.items() if value is not None]
    if given and (len(paths) != 1 or paths[0].is_dir()):
        raise NeaSiteError(
            f"{', '.join(given)}: these options describe one file, but {len(paths)} paths were given"
            + (" (a folder)" if len(paths) == 1 else "")
            + "\n  hint: add the files without them, then edit corpus/curated/documents/<name>.yml"
        )
    _activate_lexicon(project)
    from nea_site import pipeline

    settings = pipeline.BuildSettings(project_dir=project.resolve())
    files, refused, skipped = pipeline.collect_files(paths)
    requests = [
        pipeline.AddRequest(
            file=file,
            title_en=title_en,
            title_zh=title_zh,
            date=date,
            lang=lang,
            authors=tuple(a.strip() for a in (authors or "").split(";") if a.strip()),
        )
        for file in files
    ]
    result = pipeline.add_documents(settings, requests, build=not no_build, refused=refused, skipped=skipped)
    for passed in result.skipped:
        click.echo(f"skipped {passed.file}: {passed.reason}")
    for passed in result.refused:
        click.echo(f"refused {passed.reason}", err=True)
    if result.build_error is not None:
        names = ", ".join(str(a.file) for a in result.withdrawn)
        click.echo(f"error: {result.build_error}", err=True)
        click.echo(
            f"error: the build failed, so none of the {len(result.withdrawn)} files was added ({names}); "
            "corpus/sources, records and site are as they were before this command",
            err=True,
        )
        sys.exit(1)
    for added in result.added:
        click.echo(f"added {added.file} as corpus/sources/{added.stored_name}")
        if added.missing:
            click.echo(f"  missing metadata (add it in corpus/curated/documents/): {', '.join(added.missing)}")
    total = len(result.added) + len(result.refused)
    click.echo(
        f"{len(result.added)} of {total} files added, {len(result.refused)} refused, {len(result.skipped)} skipped"
    )
    if result.build is not None:
        _report_build(result.build, project)
    elif result.added:
        click.echo("site not rebuilt (--no-build): run `nea-site build` to extract the records and build the site")
    if result.refused:
        sys.exit(1)


@main.command()
@_project_option
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the report.")
@click.option(
    "--save",
    is_flag=True,
    help="Also write the totals and today's date to corpus/curated/scores.yml, shown on the About page.",
)
@_fail_cleanly
def score(project: Path, gold_dir: Path, json_path: Path | None, save: bool) -> None:
    """Extract every document of GOLD_DIR that has a *.gold.yaml beside it and score it against the gold."""
    _activate_lexicon(project)
    from nea_site.score import run_score, save_scores  # imported after the lexicon, as the pipeline is

    report = run_score(gold_dir.resolve(), project.resolve())
    for line in report.lines():
        click.echo(line)
    if json_path is not None:
        json_path.write_text(json.dumps(report.to_plain(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if save:
        path = save_scores(report, gold_dir.resolve(), project.resolve())
        click.echo(f"saved the totals in {path}; the About page shows them after the next build")


@main.command()
@_project_option
@click.option("--docs", "docs", type=click.IntRange(min=1), required=True, help="Documents in the synthetic corpus.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path), help="Leave the synthetic project here.")
@click.option("--runs", default=3, show_default=True, type=click.IntRange(min=1), help="Timed runs of each build.")
@click.option("--add-one", is_flag=True, help="Then add one more document and time the incremental rebuild.")
@_fail_cleanly
def bench(project: Path, docs: int, keep: Path | None, runs: int, add_one: bool) -> None:
    """Time cold builds of a synthetic corpus of N documents against bare MkDocs builds of the same pages."""
    _activate_lexicon(project)  # the synthetic project copies this one's corpus/curated/, lexicon.yml too
    from nea_site.bench import run_bench

    for line in run_bench(docs, keep=keep, runs=runs, repo_dir=project.resolve(), add_one=add_one):
        click.echo(line)
