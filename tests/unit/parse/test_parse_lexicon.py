"""Parse's word lists are data: a curator extends one by editing the lexicon's YAML, no regex."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from nea_site import lexicon
from nea_site.parse.furniture import drop_page_furniture
from nea_site.parse.header.title import parse_header
from nea_site.parse.layout import split_units

# A byline whose job title ends in a word the package's list lacks.
ANCHOR_BYLINE = "Leaders agree to resume the summit\n\nBy Jane Doe, News Anchor\n\nThe leaders met on Monday."

_SCRIPT = (
    "import sys; from pathlib import Path; import nea_site.lexicon.load as L; L._PACKAGE_DIR = Path(sys.argv[1])\n"
    "from nea_site.parse.layout import split_units\n"
    "from nea_site.parse.header.title import parse_header\n"
    "header, _ = parse_header(split_units(sys.argv[2]))\n"
    "print(header.authors, header.author_notes)"
)


def _lists_with(tmp_path: Path, lang: str, list_name: str, word: str) -> Path:
    """A copy of the package's lexicon with `word` added to one list of one language."""
    lists = tmp_path / "lexicon"
    shutil.copytree(Path(lexicon.__file__).parent, lists, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = lists / f"{lang}.yml"
    text = path.read_text(encoding="utf-8")
    assert f"\n{list_name}:\n" in text
    path.write_text(text.replace(f"\n{list_name}:\n", f'\n{list_name}:\n  - "{word}"\n'), encoding="utf-8")
    return lists


def test_a_job_title_added_to_the_yaml_is_read_as_a_title_not_a_name(tmp_path: Path) -> None:
    header, _ = parse_header(split_units(ANCHOR_BYLINE))
    assert header.author_notes == []  # the package's list has no "anchor": "News Anchor" is not a job title
    lists = _lists_with(tmp_path, "en", "job_titles", "anchor")
    # Matchers are built once per process: a fresh interpreter reads the edited lists.
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(lists), ANCHOR_BYLINE], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "['Jane Doe'] ['News Anchor']"


_FURNITURE_SCRIPT = (
    "import sys; from pathlib import Path; import nea_site.lexicon.load as L; L._PACKAGE_DIR = Path(sys.argv[1])\n"
    "from nea_site.parse.furniture import drop_page_furniture\n"
    "print(drop_page_furniture(sys.argv[2:]))"
)


def test_a_button_added_to_the_yaml_is_dropped_as_page_furniture(tmp_path: Path) -> None:
    lines = ["Donate now", "The ministers met in Seoul."]
    assert drop_page_furniture(lines) == lines  # not in the package's furniture_buttons
    lists = _lists_with(tmp_path, "en", "furniture_buttons", "Donate now")
    run = subprocess.run(
        [sys.executable, "-c", _FURNITURE_SCRIPT, str(lists), *lines], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "['', 'The ministers met in Seoul.']"
