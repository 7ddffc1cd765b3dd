"""The actor vocabulary split over actors.yml and actors/*.yml is read as one vocabulary."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from nea_site.curation import read_vocabulary
from nea_site.errors import RecordError

MAIN = """\
actors:
  - {id: freedonia, type: country, name: {en: Freedonia, zh: 自由国}, iso: FRD}
groups:
  - {text: Freedonia-Sylvania, lang: en, actors: [freedonia, sylvania]}
not_names: ["Freedonia dollar"]
"""
MORE = """\
actors:
  - {id: sylvania, type: country, name: {en: Sylvania, zh: 西尔瓦尼亚}, iso: SYL}
not_names: ["Sylvania bulbs"]
"""


def _curated(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_files_in_actors_dir_join_the_main_file(tmp_path: Path) -> None:
    vocabulary = read_vocabulary(_curated(tmp_path, {"actors.yml": MAIN, "actors/countries.yml": MORE}))
    assert [a.id for a in vocabulary.actors] == ["freedonia", "sylvania"]
    assert vocabulary.groups[0].actors == ("freedonia", "sylvania")  # a group may name another file's actor
    assert vocabulary.not_names == ("Freedonia dollar", "Sylvania bulbs")


def test_the_main_file_alone_keeps_its_version(tmp_path: Path) -> None:
    """A project without actors/ keeps the cache key it had: the digest of actors.yml and themes.yml."""
    main = MAIN.replace("sylvania]", "freedonia]")
    alone = read_vocabulary(_curated(tmp_path / "a", {"actors.yml": main}))
    assert alone.version == hashlib.sha256(main.encode()).hexdigest()[:16]
    split = read_vocabulary(_curated(tmp_path / "b", {"actors.yml": main, "actors/x.yml": MORE}))
    assert split.version != alone.version  # a new file is a new vocabulary: records are extracted again


def test_an_alias_owned_in_another_file_is_reported_with_that_file(tmp_path: Path) -> None:
    clash = MORE.replace("zh: 西尔瓦尼亚", "zh: 自由国")
    with pytest.raises(RecordError) as caught:
        read_vocabulary(_curated(tmp_path, {"actors.yml": MAIN, "actors/countries.yml": clash}))
    assert "alias '自由国' already names 'freedonia' in actors.yml" in str(caught.value)


def test_a_duplicate_id_across_files_is_reported(tmp_path: Path) -> None:
    twin = MORE.replace("id: sylvania", "id: freedonia").replace("Sylvania", "Sylvania2")
    with pytest.raises(RecordError, match="duplicate id 'freedonia'"):
        read_vocabulary(_curated(tmp_path, {"actors.yml": MAIN, "actors/more.yml": twin}))
