"""The curated vocabulary's people all carry plausible years in office (`in_office:` in actors.yml).

A family name alone is linked to the one vocabulary person of that name in office in the document's year, so
every person needs the years, and the years must be a span a career can have.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

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


def _office_section() -> list[dict[str, object]]:
    text = (_CURATED / "actors.yml").read_text(encoding="utf-8")
    start = text.index("# --- office ---")
    end = text.index("\n# ", start + 1)
    entries = yaml.safe_load("actors:\n" + text[start:end])["actors"]
    assert isinstance(entries, list)
    return entries


def test_the_office_section_names_people_by_full_names_only() -> None:
    entries = _office_section()
    assert len(entries) > 30
    for entry in entries:
        assert entry["type"] == "person", entry["id"]
        aliases = entry.get("aliases") or {}
        assert isinstance(aliases, dict)
        for form in [*aliases.get("en", []), *aliases.get("other", [])]:
            # two words, or a CJK form of three or more characters: never a family name alone
            words = [w for w in re.split(r"[\s·・]+", form) if w]
            assert len(words) >= 2 or len(form) >= 3 and not form.isascii(), (entry["id"], form)


def test_the_office_section_gives_no_title_of_office_in_english() -> None:
    # "Foreign Minister Togo" would fire inside "Vice-Foreign Minister Togo", who is another person
    titles = re.compile(r"\b(?:Minister|Secretary|Premier|President|Senator|Ambassador)\b")
    for entry in _office_section():
        aliases = entry.get("aliases") or {}
        assert isinstance(aliases, dict)
        assert not [form for form in aliases.get("en", []) if titles.search(form)], entry["id"]
