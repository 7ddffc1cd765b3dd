"""A curator changes extraction by editing corpus/curated/lexicon.yml only; a bad one fails the build cleanly.

The builds run through the installed `nea-site` command: the stages build their matchers when first imported, so
a project's word lists take effect in a fresh process (this one's matchers were built from the package's lists).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from nea_site import lexicon
from nea_site.errors import BuildError
from nea_site.pipeline import BuildSettings, load_records, run_build

NEA_SITE = Path(sys.executable).parent / "nea-site"
# Invented texts: a Korean report naming an official by an office the package's lists do not know, and an English
# note whose advice is worded with a cue the package's lists do not hold.
KOREAN_REPORT = (
    "항만 협력 회의\n\n"
    "2019년 5월 3일 부산에서 항만 회의가 열렸다. 해양수산부 항만물류조정관 홍길동은 이날 기조연설을 했다.\n"
)
ENGLISH_NOTE = (
    "Harbour Data Note\n\n"
    "In June 2020, port authorities met in Busan. The three governments are advised to pool their port data.\n"
)
PROJECT_LEXICON = (
    "# Titles of office and recommendation cues this project adds to the package's lists.\n"
    "person_titles:\n"
    '  ko: ["항만물류조정관"]\n'
    "recommendation_cues:\n"
    '  en: ["are advised to"]\n'
)


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEA_SITE), "build", "--project", str(project)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def _found(project: Path) -> tuple[set[str], set[str]]:
    """(names of discovered people, kinds of claims) over the project's stored records."""
    people: set[str] = set()
    kinds: set[str] = set()
    for record in load_records(BuildSettings(project_dir=project)):
        people.update(a.name.best("en") for a in record.discovered if a.type == "person")
        kinds.update(c.kind for c in record.claims)
    return people, kinds


def _tree_digest(*dirs: Path) -> dict[str, str]:
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in dirs
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_editing_the_project_lexicon_changes_the_records(make_corpus: Callable[..., Path]) -> None:
    project = make_corpus({"corpus/sources/ko-report.txt": KOREAN_REPORT, "corpus/sources/en-note.txt": ENGLISH_NOTE})
    first = _build(project)
    assert first.returncode == 0, first.stderr
    people, kinds = _found(project)
    assert "홍길동" not in people and "recommendation" not in kinds

    lexicon_file = project / "corpus/curated/lexicon.yml"
    lexicon_file.write_text(PROJECT_LEXICON, encoding="utf-8")
    second = _build(project)
    assert second.returncode == 0, second.stderr
    assert "(2 extracted, 0 from cache)" in second.stdout  # the lexicon's version is part of the cache key
    people, kinds = _found(project)
    assert "홍길동" in people  # found by the added title of office
    assert "recommendation" in kinds  # found by the added cue

    before = _tree_digest(project / "corpus/records", project / "site", project / ".nea-cache")
    lexicon_file.write_text(PROJECT_LEXICON + "no_such_list:\n  en: [word]\nnot_cues:\n  en: 3\n", encoding="utf-8")
    failed = _build(project)
    assert failed.returncode == 1
    assert str(lexicon_file) in failed.stderr
    assert "6: unknown word list 'no_such_list'" in failed.stderr
    assert "9: not_cues.en: expected a list of words" in failed.stderr
    assert _tree_digest(project / "corpus/records", project / "site", project / ".nea-cache") == before
    assert not (project / "site.staging").exists() and not (project / "corpus/records.staging").exists()


def test_a_process_refuses_a_lexicon_its_matchers_were_not_built_from(make_corpus: Callable[..., Path]) -> None:
    project = make_corpus({"corpus/sources/en-note.txt": ENGLISH_NOTE, "corpus/curated/lexicon.yml": PROJECT_LEXICON})
    lexicon.current()  # this process's matchers: the package's lists
    with pytest.raises(BuildError, match="matchers were built from other word lists"):
        run_build(BuildSettings(project_dir=project))
    assert not (project / "corpus/records").exists() and not (project / ".nea-cache").exists()
    assert lexicon.activate(project / "corpus/curated/absent.yml") is lexicon.current()  # the same lists: no change


SPAWNED_BUILD = """
import sys
from pathlib import Path
from nea_site import lexicon
project = Path(sys.argv[1])
lexicon.activate(project / "corpus/curated/lexicon.yml")
from nea_site.pipeline import BuildSettings, parallel, produce
parallel.can_fork = lambda: False  # as on a system without fork: the workers are spawned
produce.PARALLEL_MIN_DOCUMENTS = 2
production = produce.produce_records(BuildSettings(project_dir=project, jobs=2))
print(sorted(claim.kind for record in production.records for claim in record.claims))
"""


def test_spawned_workers_extract_with_the_project_lexicon(make_corpus: Callable[..., Path]) -> None:
    project = make_corpus(
        {
            "corpus/sources/en-note.txt": ENGLISH_NOTE,
            "corpus/sources/ko-report.txt": KOREAN_REPORT,
            "corpus/curated/lexicon.yml": PROJECT_LEXICON,
        }
    )
    done = subprocess.run(
        [sys.executable, "-c", SPAWNED_BUILD, str(project)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "'recommendation'" in done.stdout  # the added cue reached the spawned workers' matchers
