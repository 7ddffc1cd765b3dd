"""Discovered actors through the whole pipeline, from sources to pages, export and a curator's verdict.

One page per id across documents, marked as not reviewed in both languages, listed by the export, and settled by
`nea-site actors accept|reject` so that rebuilds keep the verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from nea_site.cli import main
from nea_site.pipeline import BuildSettings, discovered_actors, export_json, load_records

REPO = Path(__file__).parents[2]
DOC_A = (
    "Harbour Notes\n\n"
    "In May 2019, researchers of the Westbrook Maritime Institute met officials of China in Vladivostok.\n\n"
    "Ambassador Hiroshi Tanabe opened the meeting. Mr Tanabe said the Lisbon Fisheries Accord would help.\n"
)
DOC_B = "Port Letter\n\nIn June 2020, the Westbrook Maritime Institute published a study of ferry lines.\n"


def _project(make_corpus: Callable[..., Path]) -> Path:
    project = make_corpus({"corpus/sources/a.txt": DOC_A, "corpus/sources/b.txt": DOC_B})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus/curated" / name).write_bytes((REPO / "corpus/curated" / name).read_bytes())
    return project


def test_discovered_actors_are_records_pages_and_export_entries(make_corpus: Callable[..., Path]) -> None:
    project = _project(make_corpus)
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 0, result.output
    found = discovered_actors(BuildSettings(project_dir=project))
    assert {"found-westbrook-maritime-institute", "found-hiroshi-tanabe", "found-lisbon-fisheries-accord"} <= set(found)
    institute = "found-westbrook-maritime-institute"
    in_documents = [r.id for r in load_records(BuildSettings(project_dir=project)) if any(
        m.actor == institute for m in r.mentions
    )]  # fmt: skip
    assert len(in_documents) == 2  # same id from two documents: one actor, one page
    for lang, note in (("en", "not yet reviewed"), ("zh", "尚未审核")):
        page = project / f"build/docs/{lang}/actors/{institute}.md"
        assert page.is_file()
        assert note in page.read_text(encoding="utf-8")
    exported = {a["id"]: a for a in export_json(BuildSettings(project_dir=project))["actors"]}
    assert exported[institute]["reviewed"] is False
    assert exported[institute]["found_by"] == "organisation_suffix"
    assert sorted(exported[institute]["documents"]) == ["a.txt", "b.txt"]
    assert exported["china"]["reviewed"] is True  # the vocabulary's actors: the same shape, one key more


def test_accept_and_reject_survive_rebuilds(make_corpus: Callable[..., Path]) -> None:
    project = _project(make_corpus)
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--project", str(project)]).exit_code == 0
    accepted = runner.invoke(
        main,
        ["actors", "accept", "found-hiroshi-tanabe", "--zh", "田边浩", "--project", str(project)],
    )
    assert accepted.exit_code == 0, accepted.output
    rejected = runner.invoke(main, ["actors", "reject", "found-lisbon-fisheries-accord", "--project", str(project)])
    assert rejected.exit_code == 0, rejected.output
    assert "Lisbon Fisheries Accord" in (project / "corpus/curated/candidates.yml").read_text(encoding="utf-8")
    assert runner.invoke(main, ["build", "--project", str(project)]).exit_code == 0
    found = discovered_actors(BuildSettings(project_dir=project))
    assert "found-hiroshi-tanabe" not in found and "found-lisbon-fisheries-accord" not in found
    record = next(r for r in load_records(BuildSettings(project_dir=project)) if r.source == "a.txt")
    tanabe = [m.surface for m in record.mentions if m.actor == "hiroshi-tanabe"]
    assert tanabe[0] == "Hiroshi Tanabe"  # the vocabulary's actor now, named as accepted
    exported = {a["id"]: a for a in export_json(BuildSettings(project_dir=project))["actors"]}
    assert exported["hiroshi-tanabe"]["name"] == {"en": "Hiroshi Tanabe", "zh": "田边浩"}
    assert exported["hiroshi-tanabe"]["reviewed"] is True


def test_accept_of_an_unknown_id_fails_cleanly(make_corpus: Callable[..., Path]) -> None:
    project = _project(make_corpus)
    result = CliRunner().invoke(main, ["actors", "accept", "found-nobody", "--project", str(project)])
    assert result.exit_code == 1
    assert "no discovered actor 'found-nobody'" in result.output
    # the command wrote nothing: actors.yml is the repo's
    assert (project / "corpus/curated/actors.yml").read_bytes() == (REPO / "corpus/curated/actors.yml").read_bytes()
