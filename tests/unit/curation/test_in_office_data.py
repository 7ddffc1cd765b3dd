"""The curated vocabulary's people all carry plausible years in office (`in_office:` in actors.yml).

A family name alone is linked to the one vocabulary person of that name in office in the document's year, so
every person needs the years, and the years must be a span a career can have.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from nea_site.curation import read_vocabulary
from nea_site.model.records import Vocabulary

_CURATED = Path(__file__).resolve().parents[3] / "corpus" / "curated"
_NOW = 2026  # the last year a span may reach; a span still open ([first]) runs to now
_LONGEST_CAREER = 60


@cache
def _vocabulary() -> Vocabulary:
    return read_vocabulary(_CURATED)


def _spans() -> dict[str, tuple[int, int]]:
    """Each person's first and last year in office, an open span ending now."""
    return {actor_id: (first, _NOW if last is None else last) for actor_id, first, last in _vocabulary().in_office}


def test_every_person_has_years_in_office() -> None:
    people = {a.id for a in _vocabulary().actors if a.type == "person"}
    assert len(people) > 200
    assert people == set(_spans())


def test_the_years_are_a_career_of_the_last_century() -> None:
    for actor_id, (first, last) in _spans().items():
        assert 1900 <= first <= last <= _NOW, actor_id
        assert last - first <= _LONGEST_CAREER, actor_id


def test_a_span_is_written_right_after_the_type() -> None:
    # `in_office` sits on the line after `type: person`, where a curator looks for it
    text = (_CURATED / "actors.yml").read_text(encoding="utf-8")
    for match in re.finditer(r"^(\s*)in_office: .*$", text, flags=re.MULTILINE):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        assert before.strip() == "type: person", match.group(0)
