"""`nea-site candidates`: names no vocabulary knows, computed on request from the records (not in `build`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from nea_site.pipeline import BuildSettings, list_candidates, run_build

REPO = Path(__file__).parents[2]
DOC = (
    "Port Notes\n\n"
    "In May 2019, the Zarubino Port Authority met officials of China in Vladivostok to plan a ferry line.\n\n"
    "2019年5月，扎鲁比诺港务局与中国官员在符拉迪沃斯托克会面，商讨开通新的轮渡航线。\n"
)


def _project(make_corpus: Callable[..., Path], ignore: str = "") -> Path:
    project = make_corpus({"corpus/sources/notes.txt": DOC})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus/curated" / name).write_bytes((REPO / "corpus/curated" / name).read_bytes())
    if ignore:
        (project / "corpus/curated/candidates.yml").write_text(f"ignore:\n- {ignore}\n", encoding="utf-8")
    return project


def test_candidates_list_unknown_names_without_being_part_of_the_build(make_corpus: Callable[..., Path]) -> None:
    project = _project(make_corpus)
    run_build(BuildSettings(project_dir=project))
    record_text = next((project / "corpus/records/documents").glob("*.yml")).read_text(encoding="utf-8")
    assert "candidates:" not in record_text  # the build does not pay for the worklist
    lines = list_candidates(BuildSettings(project_dir=project))
    surfaces = {line.surface: line for line in lines}
    assert "Zarubino Port Authority" in surfaces
    assert surfaces["Zarubino Port Authority"].sources == ("notes.txt",)
    assert "China" not in surfaces  # vocabulary names are never candidates


def test_ignored_candidates_are_hidden(make_corpus: Callable[..., Path]) -> None:
    project = _project(make_corpus, ignore="Zarubino Port Authority")
    run_build(BuildSettings(project_dir=project))
    surfaces = {line.surface for line in list_candidates(BuildSettings(project_dir=project))}
    assert "Zarubino Port Authority" not in surfaces
