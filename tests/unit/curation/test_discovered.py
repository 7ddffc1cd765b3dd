"""A curator's verdict written into curated files: the list it belongs to, comments kept, a bad edit undone."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.curation import accept_actor, read_candidate_ignore_list, read_vocabulary, reject_names
from nea_site.errors import RecordError
from nea_site.model import Actor, ActorId, LocalizedText, Terms

ACTORS = """# a comment a curator wrote
actors:
  - id: china
    type: country
    name: {en: China, zh: 中国}
    iso: CHN

not_names: ["US dollars"]

groups: []
"""


def _actor(actor_id: str = "westbrook-institute") -> Actor:
    return Actor(
        id=ActorId(actor_id),
        type="organization",
        name=LocalizedText(en="Westbrook Institute", zh="韦斯特布鲁克研究所", original="en"),
        aliases=Terms(en=("WI",)),
    )


def test_an_accepted_actor_ends_the_actors_list_and_the_comments_stay(tmp_path: Path) -> None:
    (tmp_path / "actors.yml").write_text(ACTORS, encoding="utf-8")
    accept_actor(tmp_path, _actor())
    text = (tmp_path / "actors.yml").read_text(encoding="utf-8")
    assert text.startswith("# a comment a curator wrote\n")
    assert text.index("westbrook-institute") < text.index("not_names:")
    vocabulary = read_vocabulary(tmp_path)
    accepted = next(a for a in vocabulary.actors if a.id == "westbrook-institute")
    assert accepted.reviewed and accepted.aliases.en == ("WI",) and accepted.name.zh == "韦斯特布鲁克研究所"
    assert vocabulary.not_names == ("US dollars",)


def test_an_accept_that_would_break_the_vocabulary_is_undone(tmp_path: Path) -> None:
    (tmp_path / "actors.yml").write_text(ACTORS, encoding="utf-8")
    with pytest.raises(RecordError, match="duplicate id"):
        accept_actor(tmp_path, _actor("china"))
    assert (tmp_path / "actors.yml").read_text(encoding="utf-8") == ACTORS


def test_rejected_names_join_the_ignore_list_once(tmp_path: Path) -> None:
    (tmp_path / "candidates.yml").write_text("# reviewed\nignore:\n  - GDP\n", encoding="utf-8")
    reject_names(tmp_path, ["Harbour Plan", "GDP"])
    reject_names(tmp_path, ["Harbour Plan"])
    assert read_candidate_ignore_list(tmp_path) == frozenset({"GDP", "Harbour Plan"})
    assert (tmp_path / "candidates.yml").read_text(encoding="utf-8").startswith("# reviewed\n")


def test_rejected_names_make_the_list_when_there_is_none(tmp_path: Path) -> None:
    reject_names(tmp_path, ["国家海洋计划"])
    assert read_candidate_ignore_list(tmp_path) == frozenset({"国家海洋计划"})
    assert read_vocabulary(tmp_path).rejected == ("国家海洋计划",)
