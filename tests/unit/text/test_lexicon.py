"""The lexicon: word lists as data, read with their languages; a project's additions are checked by line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nea_site import lexicon
from nea_site.errors import RecordError
from nea_site.extract.claims import paragraph_cues


def test_package_lists_are_read_per_language() -> None:
    lex = lexicon.current()
    assert "should" in lex.words("recommendation_cues", "en")
    assert "建议" in lex.words("recommendation_cues", "zh")
    assert set(lex.words("recommendation_cues")) >= {"should", "建议"}
    with pytest.raises(KeyError):
        lex.words("no_such_list")


def test_a_cue_word_added_to_the_yaml_makes_a_recommendation(tmp_path: Path) -> None:
    sentence = "The three governments are advised to pool their data."
    assert paragraph_cues(sentence).kind(0, len(sentence)) is None
    lists = tmp_path / "lexicon"
    shutil.copytree(Path(lexicon.__file__).parent, lists, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    en = lists / "en.yml"
    en.write_text(
        en.read_text(encoding="utf-8").replace(
            "recommendation_cues:\n", 'recommendation_cues:\n  - "are advised to"\n'
        ),
        encoding="utf-8",
    )
    # Matchers are built once per process: a fresh interpreter reads the edited lists.
    script = (
        "import sys; from pathlib import Path; import nea_site.lexicon.load as L; L._PACKAGE_DIR = Path(sys.argv[1])\n"
        "from nea_site.extract.claims import paragraph_cues\n"
        "print(paragraph_cues(sys.argv[2]).kind(0, len(sys.argv[2])))"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(lists), sentence], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "recommendation"


def test_project_lexicon_extends_lists_and_reports_mistakes_by_line(tmp_path: Path) -> None:
    good = tmp_path / "lexicon.yml"
    good.write_text('recommendation_cues:\n  en: ["is advisable"]\n  ko: ["해야 한다"]\n', encoding="utf-8")
    lex = lexicon.load_lexicon(good)
    assert "is advisable" in lex.words("recommendation_cues", "en")
    assert lex.words("recommendation_cues", "ko") == ("해야 한다",)
    assert lex.version != lexicon.current().version
    bad = tmp_path / "bad.yml"
    bad.write_text("recommendation_cues:\n  xx: [a]\nno_such_list:\n  en: [b]\nnot_cues:\n  en: 3\n", encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        lexicon.load_lexicon(bad)
    message = str(caught.value)
    assert "2: recommendation_cues: unknown language 'xx'" in message
    assert "3: unknown word list 'no_such_list'" in message
    assert "6: not_cues.en: expected a list of words" in message


def test_a_misspelt_list_name_is_answered_with_the_names_it_resembles(tmp_path: Path) -> None:
    misspelt = tmp_path / "lexicon.yml"
    misspelt.write_text('person_title:\n  ko: ["본부장"]\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"1: unknown word list 'person_title' \(did you mean 'person_titles'"):
        lexicon.load_lexicon(misspelt)


def test_an_extractor_is_made_with_every_rule_table_built() -> None:
    # In a fresh process, as in a worker: a table first built inside a document would cost it its compilation.
    script = (
        "from nea_site import curation, extract\n"
        "from nea_site.extract.discover import agreements, cues, organizations\n"
        "from pathlib import Path\n"
        "extract.make_extractor(curation.read_vocabulary(Path('corpus/curated')))\n"
        "tables = (organizations.org_rules, agreements.pact_rules, cues._automaton)\n"
        "print([t.cache_info().currsize for t in tables])\n"
    )
    root = Path(__file__).parents[3]
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[1, 1, 1]"
